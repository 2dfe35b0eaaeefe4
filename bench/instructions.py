"""W1's ratios in instructions, not seconds: the same comparison as bench.core, immune to the machine's load.

    python -m bench.instructions [--epochs 40] [--only dropout,schedule]

On this shared 2-vCPU machine timings drift by tens of percent from one round to the next (other programs take
the cores); valgrind's callgrind counts the instructions a run executes, which is the same whatever else the
machine does. Each system runs in its own interpreter twice, with 2 and with 2 + `epochs` epochs after the same
set-up, and the difference over `epochs` is its instructions per epoch. Instructions are not time (a cache miss
or a slower BLAS kernel costs cycles, not instructions), but a W1 step is ~25 small NumPy calls whose cost is
mostly the interpreter's and NumPy's own code: the two agree within a few percent (compare bench.core).
Needs valgrind (Debian's package); takes a couple of minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

from bench.common import table

CHILD = r"""
import os, sys
sys.path.insert(0, os.getcwd())
import numpy as np
from bench.core import PIECES, WORKLOADS, api_epoch, ours
from bench.handtuned import w1_epoch
which, k = sys.argv[1], int(sys.argv[2])
w = WORKLOADS["W1"]
t = ours(w)
make = {"hand": lambda: w1_epoch(t)[0], "trainer": lambda: t.step_epoch,
        "api": lambda: api_epoch(w, False), "lean": lambda: api_epoch(w, True),
        **{key: (lambda kw=kw: ours(w, **kw).step_epoch) for key, kw in PIECES.items()}}
epoch = make[which]()
with np.errstate(all="ignore"):
    for _ in range(k):
        epoch()
"""

LABELS = {
    "hand": "hand-tuned NumPy step",
    "trainer": "nnplayground Trainer",
    "api": "scripting API: gradients + step",
    "lean": "scripting API, lean: flat_gradient + step",
    "dropout": "the Trainer with dropout 0.2",
    "schedule": "the Trainer with a warm-up + cosine schedule",
}


def instructions(system: str, epochs: int) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--cache-sim=no", "--branch-sim=no",
         sys.executable, "-c", CHILD, system, str(epochs)],
        capture_output=True, text=True, check=True, env=dict(os.environ, OPENBLAS_NUM_THREADS="1"),
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", out.stderr)
    if not found:
        raise SystemExit(f"callgrind gave no count for {system}:\n{out.stderr[-1500:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--only", default="", help="comma-separated systems (default: all): " + ",".join(LABELS))
    args = ap.parse_args(argv)
    if not shutil.which("valgrind"):
        raise SystemExit("bench.instructions needs valgrind (apt-get install valgrind)")
    per_epoch = {}
    chosen = {"trainer", *args.only.split(",")} if args.only else set(LABELS)  # the Trainer is the yardstick
    for system in [s for s in LABELS if s in chosen]:
        per_epoch[system] = (instructions(system, 2 + args.epochs) - instructions(system, 2)) / args.epochs
        print(f"{system} done", file=sys.stderr)
    hand, trainer = per_epoch.get("hand", float("nan")), per_epoch["trainer"]
    rows = []
    for system, n in per_epoch.items():
        label = LABELS[system]
        note = f"{trainer / n:.2f} of the Trainer" + (" without" if system in ("dropout", "schedule") else "")
        if system in ("hand", "trainer"):
            note = "the reference" if system == "hand" or hand != hand else f"{hand / n:.2f} of hand-tuned"
        rows.append((label, f"{n / 1e6:.2f}", note))
    print(f"W1: million instructions per epoch (callgrind, {args.epochs} epochs; speed ratio = inverse ratio)\n")
    print(table(rows, ("system", "M instructions / epoch", "speed, side by side")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
