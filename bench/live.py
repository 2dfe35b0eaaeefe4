"""Training speed with snapshots flowing (and with the window drawing them) against the headless Trainer.

    python -m bench.live [--seconds 3] [--repeats 3] [--no-window]

Runs on the offscreen platform unless a display is set. Reports, as medians of repeats:
- headless: epochs/s of `Trainer.step_epoch` alone in a fresh interpreter (default spiral, 2-8-8-1, batch 10);
- training loop alone: the same run in `runner.Runner`, snapshots made and pickled but no window and no pipe;
- controller: epochs/s of the same run inside `TrainingController`, snapshots consumed by a no-op slot;
- window: the same inside the real main window (canvas, loss chart, network view all drawing), with the
  frames the canvas drew per second and the GUI thread's timer lateness (95th percentile, a 10 ms timer);
  also with 10,000 points and with the largest network (8 x 64).
Each of those runs is compared with the mean of headless runs just before and just after it, measured two ways:
in a fresh interpreter (as the app's training process is one) and in this process (which has Qt and the windows
loaded). "event loop alone" is the timer's lateness with nothing running: this machine's own noise floor.
Budgets: window >= 90% of headless by both measures, >= 30 frames/s, lateness p95 <= 16 ms, also at 8 x 64 and
with 5,000 points (issues 5, 6, 21).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import numpy as np  # noqa: E402

from bench.common import rate, table  # noqa: E402
from nnplayground.core.experiment import Experiment  # noqa: E402
from nnplayground.core.points import PointSet  # noqa: E402
from nnplayground.core.trainer import Trainer  # noqa: E402

DEEP = ("64,64,64,64,64,64,64,64", "relu", "adam", 0.01)  # the largest shape the designer allows


def headless(seconds: float, points: int = 500, deep: bool = False) -> float:
    exp = Experiment()
    if deep:
        exp = exp.with_hidden((64,) * 8, ("relu",) * 8).replace(optimizer="adam", lr=0.01)
    t = Trainer(exp, PointSet.generate("spiral", points, 0.0, exp.data.seed))
    return rate(t.step_epoch, seconds)


def fresh(fn, *args, **kw):
    """`fn(*args, **kw)` in a fresh interpreter, as the app's training process runs: a fair baseline (this
    process, with Qt and every earlier window's objects loaded, trains measurably slower)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(fn, *args, **kw).result()


class _FakeWindow:
    """Both ends of the runner's pipes in its own process: commands play and then quit after `seconds`, every
    snapshot is pickled (as the pipe would) and acknowledged at once."""

    def __init__(self, seconds: float) -> None:
        from nnplayground.training.protocol import Play

        self.queue: list[object] = [Play()]
        self.end, self.quitting = time.perf_counter() + seconds, False

    def poll(self, timeout: float = 0.0) -> bool:
        if not self.quitting and time.perf_counter() > self.end:
            from nnplayground.training.protocol import Quit

            self.queue.append(Quit())
            self.quitting = True
        return bool(self.queue)

    def recv(self) -> object:
        return self.queue.pop(0)

    def send(self, message: object) -> None:
        import pickle

        from nnplayground.training.protocol import Ack, SnapshotReply

        pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        if isinstance(message, SnapshotReply):
            self.queue.append(Ack())


def loop_alone(seconds: float) -> float:
    """Epochs/s of the training loop (`runner.Runner`) with no window and no pipe: what making and pickling
    snapshots costs training, without this machine's cross-process effects."""
    from nnplayground.training.runner import Runner

    exp = Experiment()
    fake = _FakeWindow(seconds)
    runner = Runner(fake, fake, exp, PointSet.generate("spiral", 500, 0.0, exp.data.seed), None, None)
    start = time.perf_counter()
    runner.run()
    assert runner.trainer is not None
    return runner.trainer.epoch / (time.perf_counter() - start)


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


def playing_window(app, points: int | None = None, deep: bool = False):  # noqa: ANN001, ANN201 (Qt objects)
    """The real main window on the spiral at `--speed max`, playing, its first epochs done: (window, the list its
    snapshots are appended to)."""
    from nnplayground.app import create_window

    # The data set is always named: a bare launch would start from the last session's experiment instead.
    args = ["--dataset", "spiral", "--speed", "max"] + (["--points", str(points)] if points else [])
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
    return w, snaps


def close_window(app, w) -> None:  # noqa: ANN001
    w.controller.pause()
    w.close()
    _spin(app, 0.2)


def window(app, seconds: float, points: int | None = None, deep: bool = False) -> tuple[float, float, float]:
    """(epochs/s, canvas frames/s, timer lateness p95 in ms) inside the real main window."""
    w, snaps = playing_window(app, points, deep)
    frames0, e0, start = len(snaps), snaps[-1].epoch, time.perf_counter()
    late = _Lateness()
    _spin(app, seconds)
    elapsed = time.perf_counter() - start
    result = ((snaps[-1].epoch - e0) / elapsed, (len(snaps) - frames0) / elapsed, late.p95())
    late.timer.stop()
    close_window(app, w)
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


def idle_lateness(app, seconds: float) -> tuple[float]:
    """The timer's lateness with no window and no training: the machine's own scheduling noise, the floor
    under every lateness below (other programs on these two CPUs delay the GUI thread too)."""
    late = _Lateness()
    _spin(app, seconds)
    late.timer.stop()
    return (late.p95(),)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-window", action="store_true", help="skip the main-window measurements")
    args = ap.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    sec = args.seconds
    kinds = {  # keyword arguments of `headless` for each kind of run
        "500 points": {},
        "10,000 points": {"points": 10_000},
        "8 x 64 ReLU, Adam": {"deep": True},
        "8 x 64 ReLU, Adam, 5,000 points": {"deep": True, "points": 5_000},
    }
    measured = [
        # The same headless runs, bracketed like the others: how far from 100% this machine's noise alone moves
        # a ratio, and how a fresh interpreter's speed compares with this process's.
        ("headless Trainer, fresh interpreter (noise check)", "500 points", lambda: (fresh(headless, sec),)),
        ("headless Trainer, this process (noise check)", "500 points", lambda: (headless(sec),)),
        ("training loop alone (snapshots made, no window)", "500 points", lambda: (fresh(loop_alone, sec),)),
        ("controller (snapshots flowing)", "500 points", lambda: (controller(app, sec),)),
    ]
    if not args.no_window:
        measured += [
            ("event loop alone (no window, no training)", "", lambda: (np.nan, np.nan, *idle_lateness(app, sec))),
            ("main window", "500 points", lambda: window(app, sec)),
            ("main window", "10,000 points", lambda: window(app, sec, 10_000)),
            ("main window", "8 x 64 ReLU, Adam", lambda: window(app, sec, deep=True)),
            ("main window", "8 x 64 ReLU, Adam, 5,000 points", lambda: window(app, sec, 5_000, deep=True)),
        ]
    # Each run is bracketed by headless runs just before and just after it, both in a fresh interpreter (as the
    # app's training process is one) and in this process, and compared with their means: this machine's speed
    # drifts by tens of percent from one minute to the next, and a bracket cancels most of that.
    runs: dict[int, list[tuple[tuple[float, ...], float, float]]] = {i: [] for i in range(len(measured))}
    for r in range(args.repeats):
        for i, (_, kind, run) in enumerate(measured):
            if not kind:
                runs[i].append((run(), float("nan"), float("nan")))
                continue
            kw = kinds[kind]
            before = fresh(headless, sec, **kw), headless(sec, **kw)
            got = run()
            after = fresh(headless, sec, **kw), headless(sec, **kw)
            runs[i].append((got, (before[0] + after[0]) / 2, (before[1] + after[1]) / 2))
        print(f"repeat {r + 1}/{args.repeats} done", file=sys.stderr)
    med = statistics.median
    rows = []
    for kind in kinds:
        refs = [(f, h) for i, (_, k, _) in enumerate(measured) if k == kind for _, f, h in runs[i]]
        if refs:
            rows.append(
                (f"headless Trainer, {kind}", f"{med(f for f, _ in refs):,.0f} / {med(h for _, h in refs):,.0f}",
                 "100%", "100%", "", "")
            )  # fmt: skip
    for i, (label, kind, _) in enumerate(measured):
        results = runs[i]
        columns = list(zip(*(got for got, _, _ in results), strict=True))
        eps = f"{med(columns[0]):,.0f}" if kind else ""
        of_fresh = f"{med(got[0] / f for got, f, _ in results):.0%}" if kind else ""
        of_here = f"{med(got[0] / h for got, _, h in results):.0%}" if kind else ""
        fps = f"{med(columns[1]):.0f}" if len(columns) > 1 and kind else ""
        late = f"{med(columns[2]):.1f}" if len(columns) > 2 else ""
        rows.append((f"{label}, {kind}" if kind else label, eps, of_fresh, of_here, fps, late))
    print(
        "Default spiral (500 points, half for training), 2-8-8-1 tanh unless said, batch 10; "
        f"medians of {args.repeats} repeats of {args.seconds} s"
    )
    print(
        "(of headless: the median of the ratios to the mean of headless runs just before and just after, in a fresh "
        "interpreter / in this process; the headless rows give both epochs/s)\n"
    )
    head = ("where", "epochs/s", "of headless, fresh", "of headless, this process", "canvas frames/s",
            "timer lateness p95 (ms)")  # fmt: skip
    print(table(rows, head))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
