"""The health of every layer: how its activations, backpropagated gradients and weights are spread over the
training points, how far the last epoch moved its weights, and flags with a plain hint when something is wrong.

Per layer after the input (the hidden layers, then the output):
- activations f(z) and gradients dl_i/dz (the gradient of point i's own loss with respect to the layer's
  pre-activations: the backpropagated error of that point), as one histogram per unit over the training points,
  on bins shared by the layer (each unit's counts sum to the number of points);
- the layer's incoming weights as one histogram, and |delta w| / |w| since the previous checkpoint.
Flags: dead ReLUs (a unit whose output is 0 on every training point: it gets no gradient and never learns again),
saturated tanh or sigmoid units (their slope nearly 0 on most points), and vanishing or exploding gradients
across depth (the first hidden layer's gradient against the last hidden layer's).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from . import activations as acts
from . import losses
from .history import History
from .network import Network
from .texts import QT_TRANSLATE_NOOP, Text, listed

BINS = 30
FLAG_SHARE = 0.5  # a layer is flagged when at least this share of its units is dead or saturated (a deep ReLU
# network starts with about a third of a layer dead on the spiral, and learns: measured, 8 x 64, He initialisation)
SATURATED_SLOPE = 0.05  # a unit is saturated at a point where f'(z) is below this share of f's steepest slope
SATURATED_POINTS = 0.9  # ... and saturated when that holds on at least this share of the points
STEEPEST = {"tanh": 1.0, "sigmoid": 0.25}  # f' at 0: the slope the saturation is measured against
VANISHING, EXPLODING = 1e-3, 1e3  # first hidden layer's gradient over the last hidden layer's
BOUNDED = {"tanh": (-1.0, 1.0), "sigmoid": (0.0, 1.0)}  # activation histograms on the function's own range

_NO_POINTS = QT_TRANSLATE_NOOP("core.health", "There are no training points: draw or generate some data first.")
_UNITS = QT_TRANSLATE_NOOP("core.health", "{count} of {units} in layer {layer}")
_DEAD_ONE = QT_TRANSLATE_NOOP("core.health", "{count} of {units} ReLUs in layer {layer}")
_DEAD_MANY = QT_TRANSLATE_NOOP("core.health", "Dead ReLUs: {layers}")
_DEAD = QT_TRANSLATE_NOOP(
    "core.health",
    "{where} never fire on the data: try a smaller learning rate, Leaky ReLU or He initialisation. "
    "(A unit that never fires gets no gradient, so it never learns again.)",
)
_OR = QT_TRANSLATE_NOOP("core.health", "{first} or {second}")
_SATURATED = QT_TRANSLATE_NOOP(
    "core.health",
    "Saturated {names} units: {layers} are stuck near their limits on most points, where their slope (and so "
    "their gradient) is near 0: try a smaller learning rate, L2 regularisation or Xavier initialisation.",
)
_VANISHING_RATIO = QT_TRANSLATE_NOOP("core.health", "the gradient at layer 1 is {ratio} of layer {last}'s")
_VANISHING_NONE = QT_TRANSLATE_NOOP("core.health", "no gradient reaches layer 1 from layer {last}")
_VANISHING = QT_TRANSLATE_NOOP(
    "core.health",
    "Vanishing gradients: {what}, so the first layers barely learn: try ReLU (with He initialisation) instead of "
    "tanh or sigmoid, or fewer layers.",
)
_EXPLODING = QT_TRANSLATE_NOOP(
    "core.health",
    "Exploding gradients: the gradient at layer 1 is {ratio} times layer {last}'s: try a smaller learning rate or "
    "smaller initial weights (Xavier or He initialisation).",
)


class Measured(Protocol):
    """What the health needs of a trainer (core.trainer.Trainer; a Protocol, as core.trainer records the health
    over epochs through core.health_history)."""

    data_matrices: dict[str, np.ndarray]  # feature-major: features, a row of ones, targets
    experiment: Any  # its .features
    head: Any  # its .loss
    network: Network
    history: History
    epoch: int
    batch_index: int
    n_train: int


@dataclass(frozen=True)
class Histogram:
    edges: np.ndarray  # (bins + 1,)
    counts: np.ndarray  # (units, bins): one row per unit (or one row for a layer's weights)

    @property
    def total(self) -> np.ndarray:
        """(bins,) the counts of every unit together."""
        return self.counts.sum(axis=0)


@dataclass(frozen=True)
class LayerHealth:
    layer: int  # 0-based among the layers after the input; the output layer is the last
    activation: str
    units: int
    activations: Histogram
    gradients: Histogram
    weights: Histogram
    gradient_rms: float  # root mean square of dl_i/dz over the points and units
    update_ratio: float | None  # |delta w| / |w| since the previous checkpoint; None without one
    dead: int  # units whose output is 0 on every point (ReLU)
    saturated: int  # units saturated on most points (tanh, sigmoid)


@dataclass(frozen=True)
class Flag:
    kind: str  # "dead", "saturated", "vanishing", "exploding"
    layer: int | None  # the layer it is about (0-based), None for one across depth
    text: str


@dataclass(frozen=True)
class Health:
    layers: tuple[LayerHealth, ...]
    flags: tuple[Flag, ...]
    points: int
    epoch: int = 0
    since: int | None = None  # the epoch the update ratios are measured from


def per_point(net: Network, X: np.ndarray, T: np.ndarray, loss: str) -> tuple[list, list, list]:
    """Every layer's pre-activations Z, outputs A and per-point gradients dl_i/dZ, each (n, units). X (n, d); T
    (k, n) in the network's feature-major layout (`network.targets`)."""
    losses.check(loss, net.output)
    n = X.shape[0]
    Zs, As = [], []
    a = np.asarray(X, dtype=np.float64)
    for l, (W, b) in enumerate(zip(net.weights, net.biases, strict=True)):
        z = a @ W + b
        if l < len(net.weights) - 1:
            a = acts.get(net.hidden_activations[l]).apply(z, np.empty_like(z))
        else:
            softmax = net.output == "softmax"
            a = acts.softmax_rows(z, np.empty_like(z), axis=1) if softmax else acts.forward(net.output, z)
        Zs.append(z)
        As.append(a)
    delta = losses.output_delta(loss, net.output, Zs[-1].T, As[-1].T, T, np.empty_like(T)).T * n  # mean -> point
    deltas = [delta]
    for l in range(len(net.weights) - 1, 0, -1):
        E = deltas[0] @ net.weights[l].T
        f = acts.get(net.hidden_activations[l - 1])
        deltas.insert(0, f.grad_mul(E, Zs[l - 1], As[l - 1], np.empty_like(E)))
    return Zs, As, deltas


def histogram(values: np.ndarray, lo: float, hi: float, bins: int = BINS) -> Histogram:
    """One histogram per column of `values` (n, units) on `bins` even bins over [lo, hi]; values outside go to
    the end bins, NaN to none. A loop over nothing: one bincount for every unit."""
    if not hi > lo:
        lo, hi = lo - 0.5, hi + 0.5
    v = np.asarray(values, dtype=np.float64)
    v = v[:, None] if v.ndim == 1 else v
    units = v.shape[1]
    finite = ~np.isnan(v)
    with np.errstate(invalid="ignore"):
        idx = np.clip(np.floor((np.where(finite, v, lo) - lo) / (hi - lo) * bins), 0, bins - 1).astype(np.int64)
    idx += np.arange(units) * bins
    counts = np.bincount(idx[finite], minlength=units * bins).reshape(units, bins)
    return Histogram(np.linspace(lo, hi, bins + 1), counts)


def _finite_range(v: np.ndarray, symmetric: bool) -> tuple[float, float]:
    f = v[np.isfinite(v)]
    if not f.size:
        return -1.0, 1.0
    if symmetric:
        m = float(np.abs(f).max())
        return (-m, m) if m > 0 else (-1.0, 1.0)
    return float(f.min()), float(f.max())


def layer_health(
    net: Network, X: np.ndarray, T: np.ndarray, loss: str, previous: np.ndarray | None = None, bins: int = BINS
) -> Health:
    """The health of every layer of `net` on the training data (X (n, d), T (k, n)); `previous` are earlier
    parameters (laid out as `net.params`) to measure the update ratio against."""
    n = X.shape[0]
    if n == 0:
        raise ValueError(_NO_POINTS)
    with np.errstate(all="ignore"):
        Zs, As, deltas = per_point(net, X, T, loss)
    before = None
    if previous is not None:
        twin = net.copy()
        twin.params[...] = previous
        before = twin.weights
    layers = []
    for l, (Z, A, D) in enumerate(zip(Zs, As, deltas, strict=True)):
        name = net.layer_activations[l]
        lo, hi = BOUNDED.get(name, _finite_range(A, symmetric=False))
        W = net.weights[l]
        ratio = None
        if before is not None:
            norm = float(np.linalg.norm(W))
            ratio = float(np.linalg.norm(W - before[l]) / norm) if norm > 0 else math.inf
        hidden = l < len(Zs) - 1
        layers.append(
            LayerHealth(
                layer=l,
                activation=name,
                units=Z.shape[1],
                activations=histogram(A, lo, hi, bins),
                gradients=histogram(D, *_finite_range(D, symmetric=True), bins),
                weights=histogram(W.reshape(-1, 1), *_finite_range(W, symmetric=True), bins),
                gradient_rms=float(np.sqrt(np.mean(D**2))),
                update_ratio=ratio,
                dead=int(np.all(A == 0, axis=0).sum()) if hidden and name == "relu" else 0,
                saturated=_saturated(name, Z) if hidden else 0,
            )
        )
    return Health(tuple(layers), tuple(flags(layers)), n)


def _saturated(name: str, Z: np.ndarray) -> int:
    if name not in STEEPEST:
        return 0
    slope = acts.derivative(name, Z) / STEEPEST[name]
    return int(((slope < SATURATED_SLOPE).mean(axis=0) >= SATURATED_POINTS).sum())


def power_of_ten(x: float) -> str:
    """1e-6 as "10⁻⁶" (the nearest power), for a sentence."""
    e = round(math.log10(x))
    digits = str(abs(e)).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return f"10{'⁻' if e < 0 else ''}{digits}"


def _units(layers: list[LayerHealth], count: str, template: str = _UNITS) -> list[str]:
    """ "6 of 8 ... in layer 2" parts for the layers where `count` reaches the flag's share."""
    return [
        Text(template, {"count": getattr(h, count), "units": h.units, "layer": h.layer + 1})
        for h in layers
        if getattr(h, count) and getattr(h, count) >= FLAG_SHARE * h.units
    ]


def flags(layers: list[LayerHealth]) -> list[Flag]:
    """What is wrong, one flag per kind with a hint (layers are named 1-based, as the diagram counts them)."""
    out = []
    hidden = layers[:-1]
    if dead := _units(hidden, "dead"):
        where = _units(hidden, "dead", _DEAD_ONE)[0] if len(dead) == 1 else Text(_DEAD_MANY, {"layers": listed(dead)})
        out.append(
            Flag(
                "dead",
                [h.layer for h in hidden if h.dead and h.dead >= FLAG_SHARE * h.units][0],
                Text(_DEAD, {"where": where}),
            )
        )
    if saturated := _units(hidden, "saturated"):
        kinds = sorted({h.activation for h in hidden if h.saturated})  # tanh, sigmoid or both (see STEEPEST)
        names = kinds[0] if len(kinds) == 1 else Text(_OR, {"first": kinds[0], "second": kinds[1]})
        out.append(
            Flag(
                "saturated",
                [h.layer for h in hidden if h.saturated >= FLAG_SHARE * h.units and h.saturated][0],
                Text(_SATURATED, {"names": names, "layers": listed(saturated)}),
            )
        )
    if len(hidden) >= 2 and hidden[-1].gradient_rms > 0 and np.isfinite(hidden[0].gradient_rms):
        last = hidden[-1]
        ratio = hidden[0].gradient_rms / last.gradient_rms
        if ratio < VANISHING:
            text = (
                Text(_VANISHING_RATIO, {"ratio": power_of_ten(ratio), "last": last.layer + 1})
                if ratio > 0
                else Text(_VANISHING_NONE, {"last": last.layer + 1})
            )
            out.append(
                Flag(
                    "vanishing",
                    None,
                    Text(_VANISHING, {"what": text}),
                )
            )
        elif ratio > EXPLODING:
            out.append(
                Flag(
                    "exploding",
                    None,
                    Text(_EXPLODING, {"ratio": power_of_ten(ratio), "last": last.layer + 1}),
                )
            )
    return out


def trainer_health(trainer: Measured, bins: int = BINS) -> Health:
    """The health of the trainer's network now (module-level, for `TrainingController.call`); the update ratios
    are measured from the newest checkpoint before the current weights."""
    M = trainer.data_matrices["train"]
    d = len(trainer.experiment.features)
    epochs = [int(e) for e in trainer.history.checkpoint_epochs]
    before = [e for e in epochs if e < trainer.epoch or (e == trainer.epoch and trainer.batch_index > 0)]
    since = before[-1] if before else None
    previous = trainer.history.checkpoints[since].params if since is not None else None
    h = layer_health(trainer.network, M[:d].T, M[d + 1 :], trainer.head.loss, previous, bins)
    return Health(h.layers, h.flags, h.points, trainer.epoch, since)
