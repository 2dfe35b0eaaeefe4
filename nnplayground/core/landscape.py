"""The loss landscape: the training loss over a 2-D slice of weight space through the current weights.

A plane is the current parameters theta plus a * d1 + b * d2 for two directions d1, d2 in parameter space (flat
vectors laid out as `Network.params`). Three ways to choose them:

- "random": two Gaussian directions, each neuron's part (its incoming weights and its bias, one row of the layer
  block [W^T | b]) rescaled to the norm of that neuron's own parameters. This is Li et al. 2018's "filter
  normalisation" (Visualizing the Loss Landscape of Neural Nets), with a neuron as the filter: without it a
  direction moves a layer of small weights relatively far more than one of large weights, and the picture says
  more about the scale of the weights than about the loss. a = 1 is then "every neuron moved by its own size".
- "path": the first two principal components of the recent training path (the checkpoints of the last epochs,
  relative to the current weights), unit vectors in parameter units. Random directions in weight space are nearly
  orthogonal to any path, so the path shows only along these (Li et al., section 7).
- "weights": two chosen weights (or biases): a and b are then simply how far each is moved from its value.

The optimizer's path is the checkpoints projected onto the plane (least squares: the plane's coordinates of the
point nearest each checkpoint). Pure NumPy: it runs in the training process, on a copy of the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from . import losses
from .network import Network, Workspace, layer_blocks
from .texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from .trainer import Trainer

DIRECTIONS = ("random", "path", "weights")
STEPS = 41  # grid points a side
PATH_EPOCHS = 200  # the path drawn: at most this many of the latest checkpoints
RANDOM_SPAN = 1.0  # a filter-normalised direction: a = 1 moves every neuron by its own norm
PATH_MARGIN = 1.3  # the slice reaches this far beyond the farthest point of the path
MIN_SPAN = 1e-3
_RANDOM_AXIS = QT_TRANSLATE_NOOP("core.landscape", "random direction {k}")
_RANDOM_HOW = QT_TRANSLATE_NOOP("core.landscape", "random, normalised per neuron")
_PATH_AXIS = QT_TRANSLATE_NOOP("core.landscape", "path component {k} ({share:.0%})")
_PATH_HOW = QT_TRANSLATE_NOOP("core.landscape", "principal components of the recent path")
_WEIGHTS_HOW = QT_TRANSLATE_NOOP("core.landscape", "two weights")
_NO_LAYER = QT_TRANSLATE_NOOP("core.landscape", "there is no layer {layer}: the network has {n}")
_NO_WEIGHT = QT_TRANSLATE_NOOP("core.landscape", "layer {layer} has no weight {weight}")
_TWO_WEIGHTS = QT_TRANSLATE_NOOP("core.landscape", "choose two different weights")
_BAD_SLICE = QT_TRANSLATE_NOOP("core.landscape", "a slice needs at least 2 steps a side and a positive, finite span")
_UNKNOWN = QT_TRANSLATE_NOOP("core.landscape", "unknown directions {directions}; choose one of {choices}")
_NO_POINTS = QT_TRANSLATE_NOOP("core.landscape", "There are no training points: draw or generate some data first.")
_CHOOSE_WEIGHTS = QT_TRANSLATE_NOOP("core.landscape", "choose the two weights the slice moves")
_PATH_STILL = QT_TRANSLATE_NOOP(
    "core.landscape", "The path has not moved in two directions yet (train a few epochs): random ones shown."
)
_PATH_OUTSIDE = QT_TRANSLATE_NOOP(
    "core.landscape", "Most of the path lies outside this plane: choose the path's directions to see it."
)
_OTHER_NETWORK = QT_TRANSLATE_NOOP(
    "core.landscape",
    "Those weights are of another network than the run's now: show the newest epoch and compute again.",
)


@dataclass(frozen=True)
class Plane:
    """Two directions in parameter space (flat vectors) and what to call them."""

    d1: np.ndarray
    d2: np.ndarray
    labels: tuple[str, str]
    note: str = ""  # how they were chosen, in words

    def coordinates(self, params: np.ndarray, origin: np.ndarray) -> np.ndarray:
        """(m, 2): the plane's (a, b) of the point nearest each row of `params` (m, P), relative to `origin`."""
        D = np.stack([self.d1, self.d2], axis=1)  # (P, 2)
        delta = np.atleast_2d(params) - origin
        coef, *_ = np.linalg.lstsq(D, delta.T, rcond=None)
        return coef.T


def random_plane(net: Network, seed: int = 0) -> Plane:
    """Two random directions, normalised neuron by neuron (see the module's docstring)."""
    rng = np.random.default_rng(seed)
    ds = []
    for _ in range(2):
        d = rng.standard_normal(net.params.size)
        for D, P in zip(layer_blocks(d, net.sizes), net.blocks, strict=True):
            own = np.linalg.norm(P, axis=1, keepdims=True)
            D *= own / np.maximum(np.linalg.norm(D, axis=1, keepdims=True), 1e-300)
        ds.append(d)
    axes = (Text(_RANDOM_AXIS, {"k": 1}), Text(_RANDOM_AXIS, {"k": 2}))
    return Plane(ds[0], ds[1], axes, _RANDOM_HOW)


def path_plane(path: np.ndarray, origin: np.ndarray) -> Plane | None:
    """The first two principal components of the path (m, P) about `origin`; None if it has not moved in two
    independent directions yet (fewer than two other checkpoints, or a straight line)."""
    delta = np.atleast_2d(path) - origin
    delta = delta[np.abs(delta).sum(axis=1) > 0]
    if len(delta) < 2:
        return None
    _, s, vt = np.linalg.svd(delta - delta.mean(axis=0), full_matrices=False)
    if len(s) < 2 or s[1] <= 1e-12 * max(s[0], 1e-300):
        return None
    share = s[:2] ** 2 / (s**2).sum()
    return Plane(
        vt[0].copy(),
        vt[1].copy(),
        (Text(_PATH_AXIS, {"k": 1, "share": share[0]}), Text(_PATH_AXIS, {"k": 2, "share": share[1]})),
        _PATH_HOW,
    )


Weight = tuple[int, int | None, int]  # (layer, source neuron or None for the bias, target neuron), 0-based


def weight_name(w: Weight) -> str:
    layer, row, col = w
    return f"b[{layer + 1}][{col + 1}]" if row is None else f"w[{layer + 1}][{row + 1}→{col + 1}]"


def weight_index(net: Network, w: Weight) -> int:
    """The position of a weight (layer, row, col) or bias (row None) in `net.params`; ValueError if none."""
    layer, row, col = w
    if not 0 <= layer < len(net.blocks):
        raise ValueError(Text(_NO_LAYER, {"layer": layer + 1, "n": len(net.blocks)}))
    fan_out, width = net.blocks[layer].shape
    if not 0 <= col < fan_out or (row is not None and not 0 <= row < width - 1):
        raise ValueError(Text(_NO_WEIGHT, {"layer": layer + 1, "weight": weight_name(w)}))
    start = sum(B.size for B in net.blocks[:layer])
    return start + col * width + (width - 1 if row is None else row)


def weights_plane(net: Network, first: Weight, second: Weight) -> Plane:
    i, j = weight_index(net, first), weight_index(net, second)
    if i == j:
        raise ValueError(_TWO_WEIGHTS)
    d1, d2 = np.zeros(net.params.size), np.zeros(net.params.size)
    d1[i] = d2[j] = 1.0
    return Plane(d1, d2, (weight_name(first), weight_name(second)), _WEIGHTS_HOW)


def loss_surface(
    net: Network,
    X: np.ndarray,
    T: np.ndarray,
    loss: str,
    plane: Plane,
    span: float,
    steps: int = STEPS,
    l1: float = 0.0,
    l2: float = 0.0,
) -> np.ndarray:
    """(steps, steps) loss at theta + a d1 + b d2 for a and b on an even grid over [-span, span], indexed [b, a]
    (rows along d2, as an image is). X (n, d) are the inputs, T (k, n) the targets in the network's
    feature-major layout (`network.targets`). The penalty is added when l1 or l2 is given. `net` is unchanged."""
    if steps < 2 or not np.isfinite(span) or span <= 0:
        raise ValueError(_BAD_SLICE)
    twin = net.copy()
    ws = Workspace(twin, X.shape[0], backward=False)
    inputs = ws.load_inputs(np.asarray(X, dtype=np.float64))
    origin = net.params.copy()
    ticks = np.linspace(-span, span, steps)
    out = np.empty((steps, steps))
    with np.errstate(all="ignore"):  # far out, a slice may overflow: an infinite loss is drawn as the highest
        for j, b in enumerate(ticks):
            row = origin + b * plane.d2
            for i, a in enumerate(ticks):
                np.add(row, a * plane.d1, out=twin.params)
                ws.forward(inputs)
                out[j, i] = ws.loss_value(T, loss) + losses.penalty(twin.weights, l1, l2)
    return out


@dataclass(frozen=True)
class Landscape:
    """A computed slice: what the view draws."""

    ticks: np.ndarray  # (steps,) the grid's coordinates along both directions
    losses: np.ndarray  # (steps, steps) indexed [b, a]
    path: np.ndarray  # (m, 2) the recent checkpoints on the plane, oldest first, the current weights last
    path_epochs: np.ndarray  # (m,)
    gradient: np.ndarray  # (2,) the loss's gradient at the origin projected on d1, d2 (a step goes against it)
    labels: tuple[str, str]
    epoch: int
    loss: float  # at the origin: the current weights
    note: str = ""
    warnings: tuple[str, ...] = field(default_factory=tuple)


def train_data(trainer: Trainer) -> tuple[np.ndarray, np.ndarray]:
    """The trainer's training inputs (n, d) and targets (k, n), as its training step sees them."""
    M = trainer.data_matrices["train"]
    d = len(trainer.experiment.features)
    return M[:d].T, M[d + 1 :]


def recent_path(trainer: Trainer, limit: int = PATH_EPOCHS, upto: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The latest checkpoints up to the current epoch, or up to epoch `upto` (params (m, P), epochs (m,)), oldest
    first."""
    last = trainer.epoch if upto is None else upto
    epochs = [int(e) for e in trainer.history.checkpoint_epochs if e <= last][-limit:]
    if not epochs:
        return np.zeros((0, trainer.network.params.size)), np.zeros(0, np.int64)
    params = np.stack([trainer.history.checkpoints[e].params for e in epochs])
    return params, np.array(epochs, np.int64)


def landscape(
    trainer: Trainer,
    directions: str = "random",
    first: Weight | None = None,
    second: Weight | None = None,
    seed: int = 0,
    steps: int = STEPS,
    span: float | None = None,
    params: np.ndarray | None = None,
    epoch: int | None = None,
) -> Landscape:
    """The slice through the trainer's current weights, or through `params` (the weights of the earlier `epoch`
    the timeline shows, a snapshot's; the path then ends there). Module-level, so a functools.partial of it can
    be sent to the training process. `span` None fits the slice to the path (at least RANDOM_SPAN for random
    directions). ValueError with a sentence for a user when it cannot be made."""
    if directions not in DIRECTIONS:
        raise ValueError(Text(_UNKNOWN, {"directions": repr(directions), "choices": ", ".join(DIRECTIONS)}))
    net, loss = trainer.network, trainer.head.loss
    at_epoch, mid_epoch = trainer.epoch, trainer.batch_index  # where the weights sliced through stand
    if params is not None:
        if epoch is None or np.shape(params) != net.params.shape:
            raise ValueError(_OTHER_NETWORK)
        net = net.copy()
        net.params[...] = params
        at_epoch, mid_epoch = int(epoch), 0  # (a snapshot of a recorded epoch: its end)
    X, T = train_data(trainer)
    if X.shape[0] == 0:
        raise ValueError(_NO_POINTS)
    origin = net.params.copy()
    path, epochs = recent_path(trainer, upto=at_epoch)
    warnings: list[str] = []
    plane: Plane | None
    if directions == "weights":
        if first is None or second is None:
            raise ValueError(_CHOOSE_WEIGHTS)
        plane = weights_plane(net, first, second)
    elif directions == "path":
        plane = path_plane(path, origin)
        if plane is None:
            warnings.append(_PATH_STILL)
            plane = random_plane(net, seed)
    else:
        plane = random_plane(net, seed)
    xy = plane.coordinates(path, origin) if len(path) else np.zeros((0, 2))
    if len(path) and directions != "weights":
        # How much of the path the plane shows: random directions see almost none of it.
        off = np.linalg.norm((path - origin) - xy @ np.stack([plane.d1, plane.d2]), axis=1)
        full = np.linalg.norm(path - origin, axis=1)
        if full.max() > 0 and off.max() > 0.5 * full.max():
            warnings.append(_PATH_OUTSIDE)
    if span is None:
        reach = float(np.abs(xy).max()) * PATH_MARGIN if len(xy) else 0.0
        base = RANDOM_SPAN if directions == "random" else (1.0 if directions == "weights" else MIN_SPAN)
        span = max(base, reach, MIN_SPAN)
    l1, l2 = trainer.experiment.l1, trainer.experiment.l2
    surface = loss_surface(net, X, T, loss, plane, span, steps, l1, l2)
    value, gw, gb = net.gradients(X, _labels(T, loss), loss, l1, l2)
    g = _flat(net, gw, gb)
    if not len(epochs) or epochs[-1] != at_epoch or mid_epoch:  # the weights sliced through are no checkpoint
        xy, epochs = np.vstack([xy, [0.0, 0.0]]), np.append(epochs, at_epoch)
    return Landscape(
        ticks=np.linspace(-span, span, steps),
        losses=surface,
        path=xy,
        path_epochs=epochs,
        gradient=np.array([g @ plane.d1, g @ plane.d2]),
        labels=plane.labels,
        epoch=at_epoch,
        loss=float(value),
        note=plane.note,
        warnings=tuple(warnings),
    )


def _labels(T: np.ndarray, loss: str) -> np.ndarray:
    """Targets (k, n) back into what `Network.gradients` takes: labels for cross_entropy, (n, k) otherwise."""
    return T.argmax(axis=0) if loss == "cross_entropy" else T.T


def _flat(net: Network, grads_w: list[np.ndarray], grads_b: list[np.ndarray]) -> np.ndarray:
    """Weight and bias gradients as one vector laid out as `net.params`."""
    flat = np.empty_like(net.params)
    for B, gw, gb in zip(layer_blocks(flat, net.sizes), grads_w, grads_b, strict=True):
        B[:, :-1] = gw.T
        B[:, -1] = gb
    return flat
