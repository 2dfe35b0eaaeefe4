"""What the three "how learning goes" views cost: computed as the training process computes them, and what the
two that follow the run take from a playing run in the real window.

    python -m bench.insight [--repeats 5] [--epochs 30] [--seconds 3] [--no-window] [--no-recording]

Computed alone (milliseconds, median of --repeats), on the default data set after --epochs epochs:
- landscape: one 41 x 41 slice (random, path and two-weight directions). Budget: well under a second for the
  default network (issue 14);
- layer space: the points and the grid through the last hidden layer (principal components for 8 neurons);
- layer health: every layer's histograms and flags;
for the default 2-8-8-1 tanh network and the largest (8 x 64 ReLU).
Recording the layers' health over epochs (core.health_history, always on): epochs/s of the default run (W1: the
500-point spiral, 2-8-8-1 tanh, batch 10) with and without it, headless in fresh processes, taken in turns: the
trainer alone (`Trainer.step_epoch`) and the playing loop (`runner.Runner`, making and pickling snapshots as for
the window), and the share of the run's time the records took (the precise figure: on a busy machine the two
rates differ by more than the cost). Budget: <= 5% (with at least 95% of the speed without).
In the window (offscreen unless a display is set): epochs/s of the default run playing at full speed with no
insight view open, with Layer Space open, and with Layer Health open, each against the mean of headless runs just
before and after it (as bench.live measures). Budget: >= 90% of headless with the views closed (issue 5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import ratio, table  # noqa: E402
from nnplayground.core import health as H  # noqa: E402
from nnplayground.core import health_history as HH  # noqa: E402
from nnplayground.core import landscape as L  # noqa: E402
from nnplayground.core import layer_space as S  # noqa: E402
from nnplayground.core.experiment import Experiment  # noqa: E402
from nnplayground.core.points import PointSet  # noqa: E402
from nnplayground.core.trainer import Trainer  # noqa: E402


def trainer(epochs: int, **changes: object) -> Trainer:
    e = Experiment().replace(**changes) if changes else Experiment()
    d = e.data
    t = Trainer(e, PointSet.generate(d.name, d.n, d.noise, d.seed, d.classes))
    t.run(epochs)
    return t


def ms(fn: Callable[[], object], repeats: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def computed(repeats: int, epochs: int) -> list[tuple[str, ...]]:
    nets = {
        "default 2-8-8-1 tanh": trainer(epochs),
        "8 x 64 relu, adam": trainer(epochs, hidden=(64,) * 8, activations=("relu",) * 8, optimizer="adam", lr=0.01),
    }
    rows = []
    for name, t in nets.items():
        jobs: dict[str, Callable[[], object]] = {
            f"landscape 41x41 {d}": (lambda t=t, d=d: L.landscape(t, d, first=(0, 0, 0), second=(1, 0, 0)))
            for d in L.DIRECTIONS
        }
        last = len(t.network.sizes) - 3
        jobs["layer space, last hidden layer"] = lambda t=t, last=last: S.trainer_layer_space(t, last)
        jobs["layer health"] = lambda t=t: H.trainer_health(t)
        for view, job in jobs.items():
            rows.append((name, f"{t.n_train}", view, f"{ms(job, repeats):.0f} ms"))
    return rows


def headless_run(seconds: float, record: bool, loop: bool) -> tuple[float, float]:
    """Epochs/s of the default run in this process, recording the layers' health or not, and the share of the
    time the records took; `loop`: as the app's training process plays (bench.live.loop_alone), else the
    trainer alone (bench.live.headless)."""
    from bench import live

    spent = [0.0]
    real = HH.record

    def timed(trainer: Trainer) -> None:
        t0 = time.perf_counter()
        real(trainer)
        spent[0] += time.perf_counter() - t0

    HH.record = timed if record else (lambda trainer: None)  # (a fresh process of its own: nothing else sees it)
    start = time.perf_counter()
    rate = live.loop_alone(seconds) if loop else live.headless(seconds)
    return rate, spent[0] / (time.perf_counter() - start)


def recording(seconds: float, repeats: int) -> list[tuple[str, ...]]:
    from bench.live import fresh

    rows = []
    for loop, name in ((False, "trainer alone"), (True, "playing loop (snapshots)")):
        got: dict[bool, list[float]] = {True: [], False: []}
        shares = []
        for _ in range(repeats):  # in turns, so that the machine's drift hits both alike
            for record in (True, False):
                rate, share = fresh(headless_run, seconds, record, loop)
                got[record].append(rate)
                if record:
                    shares.append(share)
        med, lo, hi = ratio(got[True], got[False])
        with_, without = statistics.median(got[True]), statistics.median(got[False])
        spent = f"{statistics.median(shares):.1%}"
        rows.append((name, f"{without:,.0f}", f"{with_:,.0f}", f"{med:.1%} ({lo:.1%} - {hi:.1%})", spent))
    return rows


def window_with(app, seconds: float, view: str | None) -> float:
    """Epochs/s of the default run at full speed in the real window, with the insight view `view` open."""
    from bench.live import _spin, _wait
    from nnplayground.app import create_window

    w = create_window(["--dataset", "spiral", "--speed", "max"])
    w.show()
    snaps: list = []
    w.controller.snapshot.connect(snaps.append)
    _spin(app, 0.5)
    if view:
        w.insight.open(view)
    w.controller.play()
    _wait(app, lambda: snaps and snaps[-1].epoch > 5, 30)
    e0, start = snaps[-1].epoch, time.perf_counter()
    _spin(app, seconds)
    rate = (snaps[-1].epoch - e0) / (time.perf_counter() - start)
    w.controller.pause()
    w.close()
    _spin(app, 0.2)
    return rate


def in_window(seconds: float, repeats: int) -> list[tuple[str, ...]]:
    from PySide6.QtWidgets import QApplication

    from bench.live import fresh, headless

    app = QApplication.instance() or QApplication(sys.argv[:1])
    views = {
        "no insight view": None,
        "Layer Space open": "actionTransformedSpace",
        "Layer Health open": "actionLayerHealth",
    }
    ratios: dict[str, list[float]] = {k: [] for k in views}
    rates: dict[str, list[float]] = {k: [] for k in views}
    for _ in range(repeats):
        for label, view in views.items():
            before = fresh(headless, seconds)
            got = window_with(app, seconds, view)
            ratios[label].append(got / ((before + fresh(headless, seconds)) / 2))
            rates[label].append(got)
    med = statistics.median
    return [(f"main window, {k}", f"{med(rates[k]):,.0f}", f"{med(ratios[k]):.0%}") for k in views]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--no-window", action="store_true", help="skip the main-window measurements")
    ap.add_argument("--no-recording", action="store_true", help="skip the cost of recording the layers' health")
    ap.add_argument("--recording-only", action="store_true", help="only the cost of recording the layers' health")
    args = ap.parse_args(argv)
    if not args.no_recording:
        print(f"Recording the layers' health: W1 headless, medians of {args.repeats} x {args.seconds} s, in turns")
        heads = ("run", "epochs/s without", "epochs/s with", "with / without (range)", "time in records")
        print(table(recording(args.seconds, args.repeats), heads) + "\n")
    if args.recording_only:
        return 0
    print(table(computed(args.repeats, args.epochs), ("network", "training points", "view", "median time")))
    if not args.no_window:
        print(f"\nDefault spiral, 2-8-8-1 tanh, batch 10, full speed; medians of {args.repeats} x {args.seconds} s")
        print(table(in_window(args.seconds, args.repeats), ("where", "epochs/s", "of headless")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
