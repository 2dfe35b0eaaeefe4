"""Where a Trainer epoch's time goes, against the hand-tuned step that does only the mini-batches.

    python -m bench.profile [--workload W1] [--repeats 7] [--seconds 0.3]

Each part of `Trainer.step_epoch` is timed on its own (interleaved rounds, medians): the mini-batch steps, the
epoch's shuffle, the evaluation at the epoch's end (a forward pass over the training and test points for the
loss and accuracy the history records), the divergence checks, and the record itself (a checkpoint: the
parameters, the optimizer's running averages and the shuffling generator's state, then the history's row).
"""

from __future__ import annotations

import argparse
import statistics
import sys

import numpy as np

from bench.common import rate, samples, table
from bench.core import WORKLOADS, ours
from bench.handtuned import w1_epoch


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workload", default="W1", choices=sorted(WORKLOADS))
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--seconds", type=float, default=0.3)
    args = ap.parse_args(argv)
    w, sec = WORKLOADS[args.workload], args.seconds
    trainer, parts = ours(w), ours(w)  # parts: a second run, so that timing a part alone disturbs nothing
    n = len(parts.batches)
    ev = parts.evaluate()

    def record() -> None:
        # A run records each epoch once: recording one epoch over and over would take the health's record every
        # time, where its cadence (core/health_history.py) takes it ever more rarely as the run goes on.
        parts.epoch += 1
        parts._record(ev)

    def checks() -> None:
        parts._reference_loss()
        np.isfinite(parts.network.params).all()

    us = {
        "whole epoch (step_epoch)": trainer.step_epoch,
        f"{n} mini-batch steps": lambda: parts._run_batches(0, n),
        "shuffle": parts._shuffle,
        "evaluation (loss and accuracy, train + test)": parts.evaluate,
        "divergence checks": checks,
        "record (checkpoint + history row + the health's cadence)": record,
    }
    if args.workload in ("W1", "W2"):
        us["hand-tuned epoch (steps + shuffle only)"] = w1_epoch(ours(w))[0]
    with np.errstate(all="ignore"):
        got = samples({k: (lambda f=f: 1e6 / rate(f, sec)) for k, f in us.items()}, args.repeats)
    med = {k: statistics.median(v) for k, v in got.items()}
    whole = med["whole epoch (step_epoch)"]
    parts_sum = sum(v for k, v in med.items() if k not in ("whole epoch (step_epoch)",) and not k.startswith("hand"))
    rows = [(k, f"{v:,.1f}", f"{v / whole:.0%}") for k, v in med.items()]
    rows.append(("rest (calls, slicing, errstate; whole - parts)", f"{whole - parts_sum:,.1f}", ""))
    print(
        f"{args.workload}: microseconds per epoch, median of {args.repeats} interleaved rounds "
        "(each part timed alone; share of the whole epoch)\n"
    )
    print(table(rows, ("part", "us", "of the epoch")))
    print(f"{args.workload} done", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
