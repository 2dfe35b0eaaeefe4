"""What the three "how learning goes" views cost, computed as the training process computes them (no window).

    python -m bench.insight [--repeats 5] [--epochs 30]

landscape: one 41 x 41 slice (random, path and two-weight directions) of the default network (2-8-8-1 tanh on the
  default data set, after `--epochs` epochs), in milliseconds. Budget: well under a second (issue 14).
Also for the largest network the settings allow in depth (8 x 64 ReLU), to say what a big one costs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from bench.common import table
from nnplayground.core import landscape as L
from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=30)
    args = ap.parse_args(argv)
    nets = {
        "default 2-8-8-1 tanh": trainer(args.epochs),
        "8 x 64 relu": trainer(args.epochs, hidden=(64,) * 8, activations=("relu",) * 8),
    }
    rows = []
    for name, t in nets.items():
        n = t.n_train
        for directions in L.DIRECTIONS:
            cost = ms(lambda t=t, d=directions: L.landscape(t, d, first=(0, 0, 0), second=(1, 0, 0)), args.repeats)
            rows.append((name, f"{n} points", f"landscape 41x41 {directions}", f"{cost:.0f} ms"))
    print(table(rows, ("network", "training points", "view", "median time")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
