"""Epochs per second of the learning core beside scikit-learn and PyTorch, measured in one interleaved run.

    python -m bench.core [--repeats 5] [--seconds 0.3]

W1: 500-point spiral, 2-8-8-1 tanh, sigmoid + bce, batch 10, SGD lr 0.03
W2: the same, full batch
W3: 2000 points, 2-64-64-64-1 relu, batch 32, Adam lr 0.01
Rows: a hand-tuned NumPy step for W1's shape (bench/handtuned.py, checked to reach the Trainer's weights bit for
bit), the Trainer (on W1 also with dropout and with a schedule, side by side), the README's scripting-API loop
(plain and lean), scikit-learn, PyTorch (when installed).
grid: the output and every neuron of the W1 network on a 100x100 grid (milliseconds per evaluation)
Budgets: on W1 the Trainer >= 0.8 of the hand-tuned step and >= 10x the faster peer; the scripting API >= 0.8 of
the Trainer; the Trainer with dropout, and with a schedule, >= 0.9 of itself without (issue 16, W1 only). One
table; `python -m bench.profile` says where a Trainer epoch's time goes.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import statistics
import sys

import numpy as np

from bench.common import rate, ratio, samples, table
from bench.handtuned import same_as_trainer, w1_epoch
from nnplayground.core import Network, Optimizer, datasets
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


# Issue 16's settings, each measured on W1 side by side with the plain Trainer (the cost budget: 10% at most).
PIECES = {
    "dropout": dict(dropout=0.2),
    "schedule": dict(schedule="cosine", lr_period=500, warmup=5),  # a warm-up, then cosine annealing
}


def ours(w: dict, **settings: object) -> Trainer:
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
        **settings,
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


def have_sklearn() -> bool:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return False
    return True


def api_epoch(w: dict, lean: bool):
    """An epoch of the README's scripting-API loop on workload `w`: shuffle, then per mini-batch
    `Network.gradients` + `Optimizer.step` (or, `lean`, `Network.flat_gradient` + `Optimizer.step`)."""
    X, y = data(w["n"])
    Y = y[:, None].astype(float)
    net = Network([2, *w["hidden"], 1], activation=w["act"], output="sigmoid", seed=0)
    opt = Optimizer(w["opt"], lr=w["lr"])
    rng = np.random.default_rng(0)
    n, b = len(X), w["batch"]

    def epoch() -> None:
        perm = rng.permutation(n)
        Xs, Ys = X[perm], Y[perm]
        for i in range(0, n, b):
            if lean:
                opt.step(net, net.flat_gradient(Xs[i : i + b], Ys[i : i + b], loss="bce"))
            else:
                _, grads_w, grads_b = net.gradients(Xs[i : i + b], Ys[i : i + b], loss="bce")
                opt.step(net, grads_w, grads_b)

    return epoch


SYSTEMS = {  # row labels, in the table's order
    "hand": "hand-tuned NumPy step (bench/handtuned.py)",
    "trainer": "nnplayground Trainer",
    "dropout": "the Trainer with dropout 0.2",
    "schedule": "the Trainer with a warm-up + cosine schedule",
    "api": "scripting API: gradients + step",
    "lean": "scripting API, lean: flat_gradient + step",
    "scikit-learn": "scikit-learn partial_fit",
    "pytorch": "PyTorch CPU",
    "pytorch float32": "PyTorch CPU float32",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--seconds", type=float, default=0.3, help="minimum time per measurement")
    args = ap.parse_args(argv)
    sec = args.seconds
    peers = (["scikit-learn"] if have_sklearn() else []) + (["pytorch"] if have_torch() else [])
    got: dict[str, dict[str, list[float]]] = {}
    for name, w in WORKLOADS.items():
        trainer = ours(w)
        systems = {}
        if name in ("W1", "W2"):  # the hand-tuned step is written for this shape only
            if not same_as_trainer(ours(w)):
                raise SystemExit("the hand-tuned step no longer reaches the Trainer's weights: fix it first")
            hand, _ = w1_epoch(trainer)
            systems["hand"] = lambda f=hand: rate(f, sec)
        epochs = {"trainer": trainer.step_epoch}
        if name == "W1":
            epochs.update({key: ours(w, **kw).step_epoch for key, kw in PIECES.items()})
        epochs["api"] = api_epoch(w, False)
        if hasattr(Network, "flat_gradient"):  # (absent before issue 21: lets this module measure older code)
            epochs["lean"] = api_epoch(w, True)
        if have_sklearn():
            epochs["scikit-learn"] = sklearn_epoch(w)[0]
        if have_torch():
            epochs["pytorch"] = torch_epoch(w)[0]
        systems.update({key: (lambda f=f: rate(f, sec)) for key, f in epochs.items()})
        with np.errstate(all="ignore"):
            got[name] = samples(systems, args.repeats)
        print(f"{name} done", file=sys.stderr)
    grid = grid_samples(args)
    print(
        f"Epochs per second (median of {args.repeats} interleaved rounds of >= {sec} s each; ratios are the median of "
        "the ratios within each round, [lowest-highest] the spread over rounds); the last column: ms to draw a "
        "100x100 grid of the output and every neuron of W1's network (ours float32, the peers float64 unless said)\n"
    )
    med = statistics.median
    rows = []
    for key, label in SYSTEMS.items():
        cells = [f"{med(got[w][key]):,.0f}" if key in got[w] else "" for w in WORKLOADS]
        w1 = got["W1"]
        note = ""
        if key == "hand":
            note = "the reference"
        elif key == "trainer":
            note = f"{_ratio(w1['trainer'], w1['hand'])} of hand-tuned"
            if peers:  # (the peers are optional: a venv without scikit-learn or PyTorch measures the rest)
                best = max(peers, key=lambda p: med(w1[p]))
                note += f"; {_ratio(w1['trainer'], w1[best], 'x')} {best}"
        elif key in ("api", "lean"):
            note = f"{_ratio(w1[key], w1['trainer'])} of the Trainer" if key in w1 else ""
        elif key in PIECES:
            note = f"{_ratio(w1[key], w1['trainer'])} of the Trainer without"
        elif key in w1:
            note = f"the Trainer is {_ratio(w1['trainer'], w1[key], 'x')}"
        ms = f"{med(grid[key]):.2f}" if key in grid else ""
        if any(cells) or ms:
            rows.append((label, *cells, note, ms))
    print(table(rows, ("system", *WORKLOADS, "W1 side by side", "grid ms")))
    print(
        "\nBudgets (issue 21): Trainer >= 0.8 of hand-tuned and >= 10x the faster peer on W1; scripting API "
        ">= 0.8 of the Trainer on W1 (the lean form; the plain one computes the loss and new arrays each step). "
        "Issue 16: dropout and a schedule each cost <= 10% at W1 (>= 0.90 of the Trainer without)."
    )
    return 0


def _ratio(a: list[float], b: list[float], unit: str = "") -> str:
    r, lo, hi = ratio(a, b)
    if unit:
        return f"{r:.1f}x [{lo:.1f}-{hi:.1f}]"
    return f"{r:.2f} [{lo:.2f}-{hi:.2f}]"


def grid_samples(args) -> dict[str, list[float]]:
    """Milliseconds to evaluate the output and every neuron over a 100x100 grid (W1's network)."""
    w = WORKLOADS["W1"]
    trainer = ours(w)
    ev = GridEvaluator(trainer.network, trainer.experiment.features, 100, 100)
    pts = grid_points(100)

    systems = {"trainer": lambda: 1000.0 / rate(ev.evaluate, args.seconds)}
    if have_sklearn():
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
    return samples(systems, args.repeats)


if __name__ == "__main__":
    raise SystemExit(main())
