"""Epochs per second of the learning core beside scikit-learn and PyTorch, measured in one interleaved run.

    python -m bench.core [--repeats 5] [--seconds 0.3]

W1: 500-point spiral, 2-8-8-1 tanh, sigmoid + bce, batch 10, SGD lr 0.03
W2: the same, full batch
W3: 2000 points, 2-64-64-64-1 relu, batch 32, Adam lr 0.01
grid: the output and every neuron of the W1 network on a 100x100 grid (milliseconds per evaluation)
Budget: W1 at least 10x the faster peer.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import sys

import numpy as np

from bench.common import interleaved, rate, table
from nnplayground.core import datasets
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.features import grid_points
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import GridEvaluator
from nnplayground.core.trainer import Trainer

WORKLOADS = {
    "W1": dict(n=500, hidden=(8, 8), act="tanh", batch=10, opt="sgd", lr=0.03),
    "W2": dict(n=500, hidden=(8, 8), act="tanh", batch=500, opt="sgd", lr=0.03),
    "W3": dict(n=2000, hidden=(64, 64, 64), act="relu", batch=32, opt="adam", lr=0.01),
}


def data(n: int) -> tuple[np.ndarray, np.ndarray]:
    return datasets.generate("spiral", n=n, noise=0.1, seed=1)


def ours(w: dict) -> Trainer:
    X, y = data(w["n"])
    points = dataclasses.replace(PointSet.from_arrays(X, y), split=np.zeros(len(X)))  # every point trains
    exp = Experiment(
        data=DataSpec(name="spiral", n=w["n"], noise=0.1, seed=1),
        hidden=w["hidden"],
        activations=(w["act"],) * len(w["hidden"]),
        optimizer=w["opt"],
        lr=w["lr"],
        batch_size=w["batch"],
        seed=0,
    )
    return Trainer(exp, points)


def sklearn_epoch(w: dict):
    from sklearn.neural_network import MLPClassifier

    X, y = data(w["n"])
    clf = MLPClassifier(
        hidden_layer_sizes=w["hidden"],
        activation=w["act"],
        solver=w["opt"],
        learning_rate_init=w["lr"],
        batch_size=w["batch"],
        alpha=0.0,
        momentum=0.0,
        nesterovs_momentum=False,
        shuffle=True,
        random_state=0,
    )
    return lambda: clf.partial_fit(X, y, classes=[0, 1]), clf


def torch_epoch(w: dict):
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(0)
    X, y = data(w["n"])
    Xt, yt = torch.tensor(X), torch.tensor(y, dtype=torch.float64)[:, None]
    layers, prev = [], 2
    act = torch.nn.Tanh if w["act"] == "tanh" else torch.nn.ReLU
    for h in w["hidden"]:
        layers += [torch.nn.Linear(prev, h, dtype=torch.float64), act()]
        prev = h
    model = torch.nn.Sequential(*layers, torch.nn.Linear(prev, 1, dtype=torch.float64))
    opt = (torch.optim.SGD if w["opt"] == "sgd" else torch.optim.Adam)(model.parameters(), lr=w["lr"])
    loss_fn = torch.nn.BCEWithLogitsLoss()
    n, b = len(X), w["batch"]

    def epoch():
        perm = torch.randperm(n)
        for i in range(0, n, b):
            idx = perm[i : i + b]
            opt.zero_grad()
            loss_fn(model(Xt[idx]), yt[idx]).backward()
            opt.step()

    return epoch, model


def have_torch() -> bool:
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.3, help="minimum time per measurement")
    args = ap.parse_args(argv)
    peers = ["scikit-learn"] + (["pytorch"] if have_torch() else [])
    rows = []
    for name, w in WORKLOADS.items():
        trainer = ours(w)
        systems = {"nnplayground": lambda t=trainer: rate(t.step_epoch, args.seconds)}
        sk, _ = sklearn_epoch(w)
        systems["scikit-learn"] = lambda f=sk: rate(f, args.seconds)
        if have_torch():
            te, _ = torch_epoch(w)
            systems["pytorch"] = lambda f=te: rate(f, args.seconds)
        med = interleaved(systems, args.repeats)
        best_peer = max(med[p] for p in peers)
        rows.append(
            (
                name,
                f"{med['nnplayground']:,.0f}",
                *(f"{med[p]:,.0f}" for p in peers),
                f"{med['nnplayground'] / best_peer:.1f}x",
            )
        )
        print(f"{name} done", file=sys.stderr)
    print(f"Epochs per second (median of {args.repeats} interleaved repeats)\n")
    print(table(rows, ("workload", "nnplayground", *peers, "vs faster peer")))
    print()
    print(grid_table(args))
    return 0


def grid_table(args) -> str:
    """Milliseconds to evaluate the output and every neuron over a 100x100 grid (W1's network)."""
    w = WORKLOADS["W1"]
    trainer = ours(w)
    ev = GridEvaluator(trainer.network, trainer.experiment.features, 100, 100)
    pts = grid_points(100)

    systems = {"nnplayground": lambda: 1000.0 / rate(ev.evaluate, args.seconds)}
    _, clf = sklearn_epoch(w)
    X, y = data(w["n"])
    clf.partial_fit(X, y, classes=[0, 1])

    def sk_grid():  # every layer's activations, as scikit-learn's own forward pass computes them
        acts = [pts] + [None] * (clf.n_layers_ - 1)
        clf._forward_pass(acts)

    systems["scikit-learn"] = lambda: 1000.0 / rate(sk_grid, args.seconds)
    if have_torch():
        import torch

        _, model = torch_epoch(w)
        gt = torch.tensor(pts)

        def torch_grid(model, inputs):  # noqa: ANN001, ANN202
            def run() -> None:
                with torch.no_grad():
                    a = inputs
                    for layer in model:
                        a = layer(a)

            return lambda: 1000.0 / rate(run, args.seconds)

        systems["pytorch"] = torch_grid(model, gt)
        # Our grids are float32 pictures (GridEvaluator): PyTorch in float32 too, for a like-for-like row.
        systems["pytorch float32"] = torch_grid(copy.deepcopy(model).float(), gt.float())
    med = interleaved(systems, args.repeats)
    rows = [(name, f"{ms:.2f}") for name, ms in med.items()]
    title = "100x100 grid, output + every neuron (ms, median; ours in float32, the peers in float64 unless said)"
    return title + "\n\n" + table(rows, ("system", "ms"))


if __name__ == "__main__":
    raise SystemExit(main())
