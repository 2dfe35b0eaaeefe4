"""What the settings of issue 16 cost at W1 (500-point spiral, 2-8-8-1 tanh, batch 10, SGD lr 0.03), measured
in one interleaved run: epochs per second with each setting on, beside the same run without it.

    python -m bench.pieces [--repeats 5] [--seconds 0.3]

The issue's budget: dropout and schedules cost at most 10% at W1.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys

import numpy as np

from bench.common import interleaved, rate, table
from bench.core import data
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer

CASES = {
    "plain": {},
    "cosine schedule with warm-up": dict(schedule="cosine", lr_period=500, warmup=5),
    "stop rules (none firing)": dict(stop_patience=1_000_000, stop_loss=1e-12, stop_accuracy=1.0),
    "dropout 0.2": dict(dropout=0.2),
}


def trainer(**settings: object) -> Trainer:
    X, y = data(500)
    points = dataclasses.replace(PointSet.from_arrays(X, y), split=np.zeros(len(X)))  # every point trains
    exp = Experiment(data=DataSpec(name="spiral", n=500, noise=0.1, seed=1), hidden=(8, 8),
                     activations=("tanh", "tanh"), batch_size=10, lr=0.03, seed=0, **settings)  # fmt: skip
    return Trainer(exp, points)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.3, help="minimum time per measurement")
    args = ap.parse_args(argv)
    trainers = {name: trainer(**kw) for name, kw in CASES.items()}
    eps = interleaved({n: (lambda t=t: rate(t.step_epoch, args.seconds)) for n, t in trainers.items()}, args.repeats)
    rows = [(n, f"{v:,.0f}", f"{v / eps['plain']:.2f}x") for n, v in eps.items()]
    print(table(rows, ("W1 with", "epochs/s", "of plain")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
