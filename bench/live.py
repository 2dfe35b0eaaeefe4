"""Training speed with snapshots flowing (and with the window drawing them) against the headless Trainer.

    python -m bench.live [--seconds 3] [--repeats 3] [--no-window]

Runs on the offscreen platform unless a display is set. Reports, as medians of interleaved repeats:
- headless: epochs/s of `Trainer.step_epoch` alone (default spiral, 2-8-8-1, batch 10);
- controller: epochs/s of the same run inside `TrainingController`, snapshots consumed by a no-op slot;
- window: the same inside the real main window (canvas, loss chart, network view all drawing), with the
  frames the canvas drew per second and the GUI thread's timer lateness (95th percentile, a 10 ms timer);
- window, 10,000 points: the canvas frame rate with 10,000 drawn points.
Budgets (issue 5): window >= 90% of headless, >= 30 frames/s, lateness p95 < 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import numpy as np  # noqa: E402

from bench.common import table  # noqa: E402
from nnplayground.core.experiment import Experiment  # noqa: E402
from nnplayground.core.points import PointSet  # noqa: E402
from nnplayground.core.trainer import Trainer  # noqa: E402

DEEP = ("64,64,64,64,64,64,64,64", "relu", "adam", 0.01)  # the largest shape the designer allows


def headless(seconds: float, points: int = 500, deep: bool = False) -> float:
    exp = Experiment()
    if deep:
        exp = exp.with_hidden((64,) * 8, ("relu",) * 8).replace(optimizer="adam", lr=0.01)
    t = Trainer(exp, PointSet.generate("spiral", points, 0.0, exp.data.seed))
    t.step_epoch()
    start, e0 = time.perf_counter(), t.epoch
    while time.perf_counter() - start < seconds:
        t.step_epoch()
    return (t.epoch - e0) / (time.perf_counter() - start)


def fresh(fn, *args, **kw):
    """`fn(*args, **kw)` in a fresh interpreter, as the app's training process runs: a fair baseline (this
    process, with Qt and every earlier window's objects loaded, trains measurably slower)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(fn, *args, **kw).result()


def controller(app, seconds: float) -> float:
    from nnplayground.training.controller import TrainingController

    exp = Experiment()
    c = TrainingController(exp, PointSet.generate("spiral", 500, 0.0, exp.data.seed))
    seen: list = []
    c.snapshot.connect(seen.append)
    _wait(app, lambda: seen, 5)
    c.play()
    _wait(app, lambda: seen[-1].epoch > 20, 10)
    e0, start = seen[-1].epoch, time.perf_counter()
    _spin(app, seconds)
    rate = (seen[-1].epoch - e0) / (time.perf_counter() - start)
    c.shutdown()
    return rate


class _Lateness:
    """A 10 ms timer in the GUI thread; how late each tick fires is how long the window could not answer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.samples: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.samples.append(max(0.0, (now - self.last) - 0.010) * 1000)
        self.last = now

    def p95(self) -> float:
        return float(np.percentile(self.samples, 95)) if self.samples else float("nan")


def window(app, seconds: float, points: int | None = None, deep: bool = False) -> tuple[float, float, float]:
    """(epochs/s, canvas frames/s, timer lateness p95 in ms) inside the real main window."""
    from nnplayground.app import create_window

    args = ["--speed", "max"] + (["--points", str(points)] if points else [])
    if deep:
        hidden, act, opt, lr = DEEP
        args += ["--hidden", hidden, "--activation", act, "--optimizer", opt, "--lr", str(lr)]
    w = create_window(args)
    w.show()
    snaps: list = []
    w.controller.snapshot.connect(snaps.append)
    _spin(app, 0.5)
    w.controller.play()
    _wait(app, lambda: snaps and snaps[-1].epoch > 5, 30)
    frames0, e0, start = len(snaps), snaps[-1].epoch, time.perf_counter()
    late = _Lateness()
    _spin(app, seconds)
    elapsed = time.perf_counter() - start
    result = ((snaps[-1].epoch - e0) / elapsed, (len(snaps) - frames0) / elapsed, late.p95())
    late.timer.stop()
    w.controller.pause()
    w.close()
    _spin(app, 0.2)
    return result


def _spin(app, seconds: float) -> None:
    """Run the event loop for `seconds`, as the app idles in it (a busy-wait would steal the GIL)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _wait(app, cond, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while not cond():
        if time.perf_counter() > end:
            raise TimeoutError("the run did not start")
        _spin(app, 0.02)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-window", action="store_true", help="skip the main-window measurements")
    args = ap.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    runs: dict[str, list] = {
        k: [] for k in ("headless", "headless10k", "headless_deep", "controller", "window", "window10k", "window_deep")
    }
    for r in range(args.repeats):  # each measurement right after its headless reference
        runs["headless"].append(fresh(headless, args.seconds))
        runs["controller"].append(controller(app, args.seconds))
        if not args.no_window:
            runs["window"].append(window(app, args.seconds))
        runs["headless10k"].append(fresh(headless, args.seconds, points=10_000))
        if not args.no_window:
            runs["window10k"].append(window(app, args.seconds, points=10_000))
        runs["headless_deep"].append(fresh(headless, args.seconds, deep=True))
        if not args.no_window:
            runs["window_deep"].append(window(app, args.seconds, deep=True))
        print(f"repeat {r + 1}/{args.repeats} done", file=sys.stderr)
    med = statistics.median

    def ratio(key: str, ref: str) -> float:
        """The median of each repeat's ratio to the headless run next to it: this machine's speed drifts by
        tens of percent from minute to minute, and a ratio of neighbours cancels most of that drift."""
        return med(x[0] / h if isinstance(x, tuple) else x / h for x, h in zip(runs[key], runs[ref], strict=True))

    rows = [
        ("headless Trainer, 500 points", f"{med(runs['headless']):,.0f}", "100%", "", ""),
        ("headless Trainer, 10,000 points", f"{med(runs['headless10k']):,.0f}", "100%", "", ""),
        ("headless Trainer, 8 x 64 ReLU, Adam", f"{med(runs['headless_deep']):,.0f}", "100%", "", ""),
        (
            "controller (snapshots flowing), 500 points",
            f"{med(runs['controller']):,.0f}",
            f"{ratio('controller', 'headless'):.0%}",
            "",
            "",
        ),
    ]
    if not args.no_window:
        for key, label, ref in (
            ("window", "main window, 500 points", "headless"),
            ("window10k", "main window, 10,000 points", "headless10k"),
            ("window_deep", "main window, 8 x 64 ReLU, Adam", "headless_deep"),
        ):
            eps, fps, late = (med([x[i] for x in runs[key]]) for i in range(3))
            rows.append((label, f"{eps:,.0f}", f"{ratio(key, ref):.0%}", f"{fps:.0f}", f"{late:.1f}"))
    print(
        "Default spiral (500 points, half for training), 2-8-8-1 tanh unless said, batch 10; "
        f"medians of {args.repeats} interleaved repeats of {args.seconds} s"
    )
    print("(of headless: the median over repeats of the ratio to the headless run of the same repeat)\n")
    print(table(rows, ("where", "epochs/s", "of headless", "canvas frames/s", "timer lateness p95 (ms)")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
