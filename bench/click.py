"""How soon the canvas shows a point clicked while a run plays at full speed.

    python -m bench.click [--clicks 40] [--repeats 3]

In the real main window (offscreen unless a display is set), training at `--speed max`, a left click is posted to
the canvas every 150 ms at a random spot of the square, as the window system would deliver it: into the event
queue, behind whatever the window is busy with. The latency is from posting the click to the end of the first
canvas paint that holds the new point. Reported per shape as the median and 95th percentile of every click over
the repeats, beside a frame at 60 Hz (16.7 ms) and the canvas's own frame while playing (~28 ms at 36 frames/s).
Budget: the canvas follows a click within one frame (issue 21).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import numpy as np  # noqa: E402

from bench.common import table  # noqa: E402
from bench.live import _wait, close_window, playing_window  # noqa: E402

SHAPES = {"default spiral, 2-8-8-1": {}, "8 x 64 ReLU, Adam, 5,000 points": {"points": 5000, "deep": True}}
GAP_MS = 150  # between clicks: a quick user, and room for each click's paint to be seen alone


def clicks(app, shape: dict, count: int, seed: int) -> list[float]:  # noqa: ANN001
    """Milliseconds from each posted click to the end of the canvas paint that first shows its point."""
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
    from PySide6.QtGui import QMouseEvent

    w, _ = playing_window(app, **shape)
    canvas = w.canvas

    waiting: list[tuple[int, float]] = []  # (points before the click, when it was posted)
    latencies: list[float] = []
    paint = canvas.paintEvent

    def painted(event) -> None:  # noqa: ANN001
        paint(event)
        if waiting and canvas.points.n > waiting[0][0]:
            latencies.append((time.perf_counter() - waiting.pop(0)[1]) * 1000)

    canvas.paintEvent = painted  # the instance's own handler, called by Qt for every paint of the canvas
    rng = np.random.default_rng(seed)

    def click() -> None:
        if waiting:  # the last click is not shown yet: wait for it rather than stack clicks up
            return
        pos = QPointF(canvas.data_to_widget(*rng.uniform(-5.0, 5.0, 2)))
        waiting.append((canvas.points.n, time.perf_counter()))
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            buttons = Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
            event = QMouseEvent(kind, pos, canvas.viewport().mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
                                Qt.KeyboardModifier.NoModifier)  # fmt: skip
            QCoreApplication.postEvent(canvas.viewport(), event)

    timer = QTimer()
    timer.setInterval(GAP_MS)
    timer.timeout.connect(click)
    timer.start()
    _wait(app, lambda: len(latencies) >= count, 60)
    timer.stop()
    close_window(app, w)
    return latencies


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clicks", type=int, default=40, help="clicks per repeat")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows = []
    for label, shape in SHAPES.items():
        got: list[float] = []
        for r in range(args.repeats):
            got += clicks(app, shape, args.clicks, seed=r)
        within = np.mean(np.array(got) <= 1000 / 60)
        rows.append((label, f"{np.median(got):.1f}", f"{np.percentile(got, 95):.1f}", f"{max(got):.1f}",
                     f"{within:.0%}"))  # fmt: skip
    print(f"Click on the canvas while playing at full speed, to the paint that shows it ({args.repeats} x "
          f"{args.clicks} clicks per shape); a 60 Hz frame is 16.7 ms\n")  # fmt: skip
    print(table(rows, ("run", "median ms", "p95 ms", "max ms", "within 16.7 ms")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
