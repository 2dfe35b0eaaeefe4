"""A sweep's wall time against the same runs trained one after another in this process.

    python -m bench.sweep [--epochs 300] [--repeats 3]

Workload: the default spiral (500 points), 2-8-8-1 tanh, batch 10, SGD, 4 learning rates (0.003, 0.01, 0.03, 0.1).
- one after another: Trainer(...).run(epochs) for each value, in this process;
- sweep, default pool: `training.sweeper.run_sweep` with its default (one process per core less one);
- sweep, every core: the same with one process per core.
The times include starting the pool's processes (spawn: a fresh interpreter each). Ratios are sweep / one after
another (below 1: the sweep is faster). Medians of interleaved repeats. The load average is printed with them: other
work on the machine takes the cores the pool would use (on 2 cores the default pool has one process anyway).
"""

from __future__ import annotations

import argparse
import os
import time

from bench.common import interleaved, table
from nnplayground.core import sweep
from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from nnplayground.training import sweeper

VALUES = ("0.003", "0.01", "0.03", "0.1")


def workload(epochs: int) -> sweep.Plan:
    e = Experiment()
    d = e.data
    points = PointSet.generate(d.name, d.n, d.noise, d.seed, d.classes)
    return sweep.plan(e, points, "lr", VALUES, epochs)


def one_after_another(p: sweep.Plan) -> float:
    began = time.perf_counter()
    for e in p.experiments:
        Trainer(e, p.points).run(p.epochs)
    return time.perf_counter() - began


def swept(p: sweep.Plan, workers: int) -> float:
    began = time.perf_counter()
    result = sweeper.run_sweep(p, workers=workers)
    assert not result.stopped and all(r.epoch == p.epochs for r in result.runs)
    return time.perf_counter() - began


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    p = workload(args.epochs)
    default, every = sweeper.default_workers(), sweeper.cores()
    systems = {
        "one after another": lambda: one_after_another(p),
        f"sweep, default pool ({default} process{'es' if default > 1 else ''})": lambda: swept(p, default),
        f"sweep, every core ({every} processes)": lambda: swept(p, every),
    }
    load_before = os.getloadavg()[0]
    times = interleaved(systems, args.repeats)
    base = times["one after another"]
    rows = [(name, f"{t:.2f} s", f"{t / base:.2f}") for name, t in times.items()]
    load = f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"  # a busy machine gains nothing
    print(f"{len(VALUES)} runs of {args.epochs} epochs, {every} cores, medians of {args.repeats}; {load}")
    print(table(rows, ("system", "wall time", "ratio")))


if __name__ == "__main__":
    main()
