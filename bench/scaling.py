"""How training and snapshots cost grows with the points and with the network, beside PyTorch.

    python -m bench.scaling [--repeats 3] [--seconds 0.5] [--quick]

Every row: the app's default run (spiral, tanh, sigmoid + log-loss, SGD 0.03, batch 10, every point trains)
with one thing changed: the points (500 to 1,000,000, network 2-8-8-1) or the width of 8 hidden layers (8 to 64,
500 points). Columns:
- epochs/s of `Trainer.step_epoch` (with its per-epoch evaluation and record);
- PyTorch CPU (float64, one thread) on the same network and batches: its mini-batch steps per second over the
  steps of one epoch (so no evaluation: a bound in PyTorch's favour), when PyTorch is installed;
- a snapshot as the app makes one while playing: `Trainer.snapshot` at the grid sizes the training process
  picks for that network (the output and every neuron over the square), pickled as the pipe sends it: ms and KB
  (made in the training process: each one is time taken from training).
Interleaved rounds, medians; the ratio is the median of the ratios within each round.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time

import numpy as np

from bench.common import rate, ratio, samples, table
from bench.core import have_torch, ours, torch_epoch
from nnplayground.core.trainer import Trainer
from nnplayground.training.protocol import CurveRows, SnapshotReply
from nnplayground.training.runner import grid_sizes

BASE = dict(n=500, hidden=(8, 8), act="tanh", batch=10, opt="sgd", lr=0.03)
POINTS = (500, 5_000, 50_000, 1_000_000)
WIDTHS = (8, 16, 32, 64)


def rows_wanted(quick: bool) -> list[tuple[str, dict]]:
    points = POINTS[:3] if quick else POINTS
    rows = [(f"{n:,} points, 2-8-8-1", {**BASE, "n": n}) for n in points]
    rows += [(f"500 points, 8 x {h}", {**BASE, "hidden": (h,) * 8}) for h in WIDTHS]
    return rows


def torch_steps_rate(w: dict, seconds: float):
    """PyTorch epochs/s as mini-batch steps/s over the steps of an epoch (a 1,000,000-point epoch in PyTorch
    takes tens of seconds: timing some of its steps is enough)."""
    import torch

    epoch, model = torch_epoch({**w, "n": min(w["n"], 5000)})  # the steps cost the same whatever n is
    X = torch.randn(w["batch"], 2, dtype=torch.float64)
    y = (torch.rand(w["batch"], 1) > 0.5).to(torch.float64)
    opt = torch.optim.SGD(model.parameters(), lr=w["lr"])
    loss_fn = torch.nn.BCEWithLogitsLoss()

    def step() -> None:
        opt.zero_grad()
        loss_fn(model(X), y).backward()
        opt.step()

    steps_per_epoch = -(-w["n"] // w["batch"])
    return lambda: rate(step, seconds) / steps_per_epoch


def snapshot_cost(trainer: Trainer, seconds: float) -> tuple[float, float]:
    """(ms, KB) of one snapshot made and pickled as the pipe sends it while playing (`SnapshotReply`, the
    curve's new rows aside: a few dozen floats), at the grids the training process would choose."""
    grids = grid_sizes(trainer.network.num_params, None, None)
    no_rows = CurveRows(len(trainer.history), np.zeros(0), np.zeros(0), np.zeros(0))

    def once() -> int:
        reply = SnapshotReply.of(trainer.snapshot(*grids, reason="play"), no_rows, None)
        return len(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))

    return (1000.0 / rate(once, seconds) if seconds else 0.0), once() / 1024


def _rate(v: float) -> str:
    return f"{v:,.0f}" if v >= 100 else f"{v:.3g}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=0.5, help="minimum time per measurement")
    ap.add_argument("--quick", action="store_true", help="leave out the 1,000,000-point row (the slowest)")
    args = ap.parse_args(argv)
    sec, torch = args.seconds, have_torch()
    out = []
    for label, w in rows_wanted(args.quick):
        t0 = time.perf_counter()
        trainer = ours(w)
        systems = {"ours": lambda t=trainer: rate(t.step_epoch, sec)}
        if torch:
            systems["pytorch"] = torch_steps_rate(w, sec)
        systems["snapshot"] = lambda t=trainer: snapshot_cost(t, sec)[0]
        with np.errstate(all="ignore"):
            got = samples(systems, args.repeats)
        med = statistics.median
        cells = [_rate(med(got["ours"]))]
        if torch:
            r, lo, hi = ratio(got["ours"], got["pytorch"])
            cells += [_rate(med(got["pytorch"])), f"{r:.1f}x [{lo:.1f}-{hi:.1f}]"]
        kb = snapshot_cost(trainer, 0.0)[1]
        g = grid_sizes(trainer.network.num_params, None, None)
        size = f"{trainer.network.num_params:,}"
        out.append((label, size, *cells, f"{med(got['snapshot']):.2f}", f"{kb:,.0f}", f"{g[0]}/{g[1]}"))
        print(f"{label} done in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    head = ["run", "parameters", "epochs/s"]
    if torch:
        head += ["PyTorch epochs/s", "ours vs PyTorch"]
    head += ["snapshot ms", "snapshot KB", "grids (output/neuron)"]
    print(
        "Default run (spiral, tanh, SGD, batch 10, every point trains) with the points or the width changed; "
        f"medians of {args.repeats} interleaved rounds of >= {sec} s\n"
    )
    print(table(out, tuple(head)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
