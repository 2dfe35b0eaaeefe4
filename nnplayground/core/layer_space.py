"""The space a hidden layer makes (ConvNetJS classify2d's "transformed space"): the data points and a grid of
lines over the input square, drawn where a chosen hidden layer puts them.

A layer of two neurons is drawn as its two outputs. A wider one as two chosen neurons, or as its first two
principal components over the data points (centred on their mean; each component's sign fixed so that its largest
coefficient is positive, so the picture does not flip from one frame to the next). A one-neuron layer is a line:
its output along x. The grid lines bend as the layer bends the plane; at the last hidden layer the classes of a
trained network lie on either side of a line, the output layer's own boundary (drawn for two neurons and two
classes, where it is exact).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from . import features as feats
from .network import Network
from .square import LIMIT
from .texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from .trainer import Trainer

GRID_LINES = 13  # lines each way across the square (one every unit of its 12)
LINE_SAMPLES = 61  # points along each line: enough for a smooth bend

NEURON = QT_TRANSLATE_NOOP("core.layer_space", "neuron {k}")
COMPONENT = QT_TRANSLATE_NOOP("core.layer_space", "component {k} ({share:.0%})")
NO_HIDDEN_LAYER = QT_TRANSLATE_NOOP(
    "core.layer_space", "the network has no hidden layer: add one to see the space it makes"
)
TWO_NEURONS = QT_TRANSLATE_NOOP("core.layer_space", "choose two different neurons of layer {layer}, from 1 to {width}")
PRINCIPAL = QT_TRANSLATE_NOOP(
    "core.layer_space", "the first two principal components of its {width} neurons over the data"
)


@dataclass(frozen=True)
class LayerSpace:
    layer: int  # the hidden layer, 0-based
    width: int  # its neurons
    points: np.ndarray  # (n, 2) where the layer puts each data point
    lines: np.ndarray  # (2 * GRID_LINES, LINE_SAMPLES, 2): the lines of constant y first, then of constant x
    axes: tuple[str, str]
    how: str  # what the axes are, in words
    boundary: np.ndarray | None = None  # (3,) the output's line a x + b y + c = 0 in these axes, when exact
    targets: np.ndarray | None = None  # (n,) the points' classes or values
    test: np.ndarray | None = None  # (n,) which points are test points


def grid_lines(lines: int = GRID_LINES, samples: int = LINE_SAMPLES, limit: float = LIMIT) -> np.ndarray:
    """(2 * lines, samples, 2) points along the lines of an even grid over [-limit, limit]^2."""
    at = np.linspace(-limit, limit, lines)
    along = np.linspace(-limit, limit, samples)
    horizontal = np.stack(np.broadcast_arrays(along[None, :], at[:, None]), axis=-1)
    vertical = np.stack(np.broadcast_arrays(at[:, None], along[None, :]), axis=-1)
    return np.concatenate([horizontal, vertical])


def layer_space(
    net: Network,
    features: tuple[str, ...],
    layer: int,
    xy: np.ndarray,
    neurons: tuple[int, int] | None = None,
    lines: int = GRID_LINES,
    samples: int = LINE_SAMPLES,
) -> LayerSpace:
    """Where hidden layer `layer` (0-based) puts the points `xy` (n, 2) and a grid of the square. `neurons`
    (0-based) picks two of a wider layer's neurons; None takes its outputs (two neurons or one) or its first two
    principal components. ValueError with a sentence for a user for a layer or neuron that is not there."""
    hidden = len(net.sizes) - 2
    if not 0 <= layer < hidden:
        raise ValueError(
            Text(NO_HIDDEN_LAYER)
            if hidden == 0
            else Text(
                QT_TRANSLATE_NOOP("core.layer_space", "there is no hidden layer {layer}: the network has {hidden}"),
                {"layer": layer + 1, "hidden": hidden},
            )
        )
    width = net.sizes[layer + 1]
    if neurons is not None:
        i, j = neurons
        if not (0 <= i < width and 0 <= j < width) or i == j:
            raise ValueError(
                Text(
                    TWO_NEURONS,
                    {"layer": layer + 1, "width": width},
                )
            )
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    grid = grid_lines(lines, samples)
    both = np.concatenate([xy, grid.reshape(-1, 2)])
    with np.errstate(all="ignore"):
        H = net.activations(feats.transform(both, features))[layer]
    boundary = None
    if neurons is not None:
        out = H[:, list(neurons)]
        axes = (Text(NEURON, {"k": neurons[0] + 1}), Text(NEURON, {"k": neurons[1] + 1}))
        how = Text(
            QT_TRANSLATE_NOOP("core.layer_space", "neurons {i} and {j} of its {width}"),
            {"i": neurons[0] + 1, "j": neurons[1] + 1, "width": width},
        )
    elif width == 1:
        out = np.column_stack([H[:, 0], np.zeros(len(H))])
        axes = (Text(NEURON, {"k": 1}), "")
        how = Text(QT_TRANSLATE_NOOP("core.layer_space", "its one neuron, along x"))
    elif width == 2:
        out = H
        axes = (Text(NEURON, {"k": 1}), Text(NEURON, {"k": 2}))
        how = Text(QT_TRANSLATE_NOOP("core.layer_space", "its two neurons' outputs"))
        if layer == hidden - 1 and net.sizes[-1] == 1:
            w, b = net.weights[-1][:, 0], net.biases[-1][0]
            boundary = np.array([w[0], w[1], b])  # the output's z = 0: p = 0.5 (sigmoid) or value 0 (linear)
    else:
        out, share = principal_components(H, len(xy))
        axes = (Text(COMPONENT, {"k": 1, "share": share[0]}), Text(COMPONENT, {"k": 2, "share": share[1]}))
        how = Text(
            PRINCIPAL,
            {"width": width},
        )
    n = len(xy)
    return LayerSpace(layer, width, out[:n].copy(), out[n:].reshape(grid.shape).copy(), axes, how, boundary)


def principal_components(H: np.ndarray, n_data: int) -> tuple[np.ndarray, np.ndarray]:
    """(rows, 2) the projection of every row of H on the first two principal components of its first `n_data`
    rows (of every row when there are fewer than two), and the share of the variance each holds."""
    base = H[:n_data] if n_data >= 2 else H
    finite = base[np.isfinite(base).all(axis=1)]
    mean = finite.mean(axis=0) if len(finite) else np.zeros(H.shape[1])
    _, s, vt = np.linalg.svd(finite - mean, full_matrices=False) if len(finite) >= 2 else (None, np.ones(2), None)
    if vt is None:
        vt = np.eye(H.shape[1])[:2]
    comps = vt[:2] * np.sign(vt[:2][np.arange(2), np.abs(vt[:2]).argmax(axis=1)])[:, None]
    total = float((s**2).sum())
    share = s[:2] ** 2 / total if total > 0 else np.zeros(2)
    return (H - mean) @ comps.T, share


def trainer_layer_space(
    trainer: Trainer, layer: int, neurons: tuple[int, int] | None = None, params: np.ndarray | None = None
) -> LayerSpace:
    """The space of the trainer's network (module-level, for `TrainingController.call`), with every point and
    which are test points. `params`, if it fits the network, are the weights to use instead of the current ones
    (an earlier epoch the timeline shows)."""
    net = trainer.network
    if params is not None and np.shape(params) == net.params.shape:
        net = net.copy()
        net.params[...] = params
    ps = trainer.points
    space = layer_space(net, tuple(trainer.experiment.features), layer, np.asarray(ps.xy), neurons)
    test = ps.test_mask(trainer.experiment.data.train_ratio)
    return dataclasses.replace(space, targets=np.asarray(ps.target).copy(), test=test)
