"""The confusion matrix: how many points of each true class the network gives each class, for the training and the
test points of a snapshot.

Pure NumPy on the snapshot's own network (rebuilt from its parameters by `point_report.network_of`), so the window,
a script and the tests count the same way; the rule for "the predicted class" is the trainer's accuracy rule
(one output: above 0.5 is class 1; several: the largest).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import features as feats
from .network import Network
from .points import PointSet
from .snapshot import Snapshot

SIDES = ("train", "test")


def predicted_classes(outputs: np.ndarray) -> np.ndarray:
    """(n,) int64 classes from (n, width) network outputs: one output is p(class 1), several are per class."""
    out = np.asarray(outputs)
    if out.ndim != 2:
        raise ValueError(f"outputs must have shape (n, width), got {out.shape}")
    if out.shape[1] == 1:
        return (out[:, 0] > 0.5).astype(np.int64)
    return out.argmax(axis=1).astype(np.int64)


def confusion_counts(true: np.ndarray, predicted: np.ndarray, k: int) -> np.ndarray:
    """(k, k) int64: row = the true class, column = the predicted class. Labels outside 0..k-1 are refused."""
    t, p = np.asarray(true, dtype=np.int64).reshape(-1), np.asarray(predicted, dtype=np.int64).reshape(-1)
    if t.shape != p.shape:
        raise ValueError(f"{t.size} true labels but {p.size} predictions")
    if k < 1:
        raise ValueError(f"a confusion matrix needs at least one class, got {k}")
    if t.size and (min(t.min(), p.min()) < 0 or max(t.max(), p.max()) >= k):
        raise ValueError(f"labels and predictions must be classes 0..{k - 1}")
    return np.bincount(t * k + p, minlength=k * k).reshape(k, k).astype(np.int64)


def row_shares(counts: np.ndarray) -> np.ndarray:
    """Each row divided by its total (the share of a true class given each class); an empty row stays 0."""
    c = np.asarray(counts, dtype=np.float64)
    totals = c.sum(axis=1, keepdims=True)
    return np.divide(c, totals, out=np.zeros_like(c), where=totals > 0)


@dataclass(frozen=True, eq=False)
class Confusion:
    """Both matrices of one snapshot on one point set, and what they were counted from (to find a cell's points)."""

    k: int
    counts: dict[str, np.ndarray]  # "train" / "test" -> (k, k)
    true: np.ndarray  # (n,) every point's class (-1 where the snapshot's network has no output for it)
    predicted: np.ndarray  # (n,) the network's class for every point
    test: np.ndarray  # (n,) bool: a test point

    def members(self, side: str, true: int, predicted: int) -> np.ndarray:
        """Indices (into the point set, ascending) of the points counted in one cell."""
        if side not in SIDES:
            raise ValueError(f"side must be one of {', '.join(SIDES)}, got {side!r}")
        on_side = self.test if side == "test" else ~self.test
        return np.flatnonzero(on_side & (self.true == true) & (self.predicted == predicted))


def predictions(net: Network, features: tuple[str, ...], xy: np.ndarray) -> np.ndarray:
    """(n,) the network's class for every point (n, 2), its features computed as the trainer computes them."""
    if not len(xy):
        return np.zeros(0, dtype=np.int64)
    with np.errstate(all="ignore"):  # a diverged network still gets counted (as what its NaNs make of it)
        out = net.forward(feats.transform(xy, features))
    return predicted_classes(out)


def confusion_from(k: int, labels: np.ndarray, predicted: np.ndarray, test_mask: np.ndarray) -> Confusion:
    """Both matrices from every point's class and prediction. A point of a class the network has no output for
    (drawn just now, before the run has rebuilt for it) is not counted."""
    true = np.asarray(labels, dtype=np.int64).copy()
    pred = np.asarray(predicted, dtype=np.int64)
    test = np.asarray(test_mask, dtype=bool).reshape(-1)
    if not true.shape == pred.shape == test.shape:
        raise ValueError(f"{true.size} labels, {pred.size} predictions and {test.size} test marks")
    true[(true < 0) | (true >= k)] = -1
    counted = true >= 0
    sides = {"train": counted & ~test, "test": counted & test}
    counts = {side: confusion_counts(true[mask], pred[mask], k) for side, mask in sides.items()}
    return Confusion(int(k), counts, true, pred, test)


def confusion_of(snap: Snapshot, net: Network, points: PointSet, test_mask: np.ndarray) -> Confusion | None:
    """The confusion matrices of `net` (the snapshot's network) on `points`; None for regression."""
    if snap.regression or points.regression:
        return None
    test = np.asarray(test_mask, dtype=bool).reshape(-1)
    if test.shape != (points.n,):
        raise ValueError(f"the test mask has {test.size} entries for {points.n} points")
    labels = points.labels if points.n else np.zeros(0, dtype=np.int64)
    return confusion_from(int(snap.num_classes), labels, predictions(net, snap.features, points.xy), test)
