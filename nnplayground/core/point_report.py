"""One data point taken through a snapshot's network: its features, every hidden layer's activations, the output,
the target and the point's own loss. What the canvas's point inspector shows on hover.

Every number comes from the core: the network is the snapshot's (`network_of` rebuilds it from its parameters),
the activations are `Network.activations`, the loss `Network.loss` on that one point. No second forward pass is
written here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import features as feats
from .confusion import predicted_classes
from .network import Network
from .points import PointSet
from .snapshot import Snapshot
from .texts import QT_TRANSLATE_NOOP, Text

_NO_POINT = QT_TRANSLATE_NOOP("core.point_report", "no point {index}: the set has {n} points")


def network_of(snap: Snapshot) -> Network:
    """The snapshot's network as a `Network` (float64), its parameters copied from the snapshot."""
    net = Network(snap.sizes, snap.activations[:-1], snap.activations[-1])
    net.params[...] = snap.params
    return net


def loss_targets(target: np.ndarray, loss: str, width: int, num_classes: int) -> np.ndarray:
    """Targets as `Network.loss` takes them for the run's head, as the trainer builds them: class labels for
    cross-entropy, one-hot rows for the squared error over several classes, else one column (0/1 or the value)."""
    t = np.asarray(target, dtype=np.float64).reshape(-1)
    if loss == "cross_entropy":
        return t.astype(np.int64)
    if loss == "mse" and num_classes > 2:
        return np.eye(width)[t.astype(np.int64)]
    return t[:, None]


@dataclass(frozen=True, eq=False)
class PointReport:
    index: int  # in the point set
    xy: tuple[float, float]
    features: tuple[tuple[str, float], ...]  # (name, value) of each input feature, in the network's order
    hidden: tuple[tuple[str, np.ndarray], ...]  # (activation, outputs) of each hidden layer
    output: np.ndarray  # (width,) after the output activation
    output_activation: str
    num_classes: int  # 0 for regression
    target: float  # the class (0-based) or the value
    predicted: int | None  # the network's class (None for regression)
    loss: float | None  # the point's own loss (None when its class has no output yet)
    loss_name: str
    test: bool

    @property
    def class_scores(self) -> np.ndarray | None:
        """One score per class (two classes with one sigmoid output: [1 - p, p]); None for regression."""
        if self.num_classes == 0:
            return None
        if self.output.size == 1:
            return np.array([1.0 - self.output[0], self.output[0]])
        return self.output

    @property
    def probabilities(self) -> bool:
        """Whether the class scores are probabilities (they sum to 1); sigmoid outputs under MSE need not."""
        return self.num_classes > 0 and (self.output.size == 1 or self.output_activation == "softmax")


def point_report(snap: Snapshot, net: Network, points: PointSet, index: int, test: bool = False) -> PointReport:
    """The report of point `index` of `points` through `net` (the snapshot's network, see `network_of`)."""
    if not 0 <= index < points.n:
        raise ValueError(Text(_NO_POINT, {"index": index, "n": points.n}))
    xy = points.xy[index : index + 1]
    x = feats.transform(xy, snap.features)
    with np.errstate(all="ignore"):
        layers = net.activations(x)
    out = layers[-1][0]
    target = float(points.target[index])
    k = int(snap.num_classes)
    predicted = None if k == 0 or points.regression else int(predicted_classes(layers[-1])[0])
    loss: float | None = None
    if k == 0 or (not points.regression and 0 <= target < k):
        with np.errstate(all="ignore"):
            loss = net.loss(x, loss_targets(np.array([target]), snap.loss, net.sizes[-1], k), snap.loss)
    return PointReport(
        index=int(index),
        xy=(float(xy[0, 0]), float(xy[0, 1])),
        features=tuple((name, float(v)) for name, v in zip(snap.features, x[0], strict=True)),
        hidden=tuple((act, a[0]) for act, a in zip(snap.activations[:-1], layers[:-1], strict=True)),
        output=out,
        output_activation=snap.activations[-1],
        num_classes=k,
        target=target,
        predicted=predicted,
        loss=loss,
        loss_name=snap.loss,
        test=bool(test),
    )
