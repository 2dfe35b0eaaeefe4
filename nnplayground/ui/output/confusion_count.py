"""Counting a confusion matrix without holding up the window: a slice of points at a time.

10,000 points through an 8 x 64 network take ~40 ms on a quiet machine and ~200 ms beside a training process at
full speed; done at once in the GUI thread that would freeze the window. So the points go through the network a
slice at a time, each slice a few milliseconds, and the event loop runs between slices. The counts are made once
every slice is in (`core.confusion.confusion_from`), so a matrix never mixes two networks.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from nnplayground.core.confusion import Confusion, confusion_from, predictions
from nnplayground.core.network import Network
from nnplayground.core.point_report import network_of
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot

SLICE = 512  # points a slice (an 8 x 64 network: ~2 ms alone, ~12 ms beside a training process at full speed)


class ConfusionCount(QObject):
    """One count at a time: `start` it, and `done` says when `result` holds it (None: regression, or a snapshot
    whose network does not fit the points). `finish_now` completes a running count at once (a click, a test)."""

    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: Confusion | None = None
        self.counted: tuple[Snapshot, PointSet] | None = None  # what `result` was counted from
        self.seconds = 0.0  # the computing time of the last finished count (slices together)
        self._job: tuple[Snapshot, PointSet, np.ndarray, Network, np.ndarray] | None = None
        self._next = 0
        self._spent = 0.0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._slice)

    @property
    def running(self) -> bool:
        return self._job is not None

    def is_counting(self, snap: Snapshot, points: PointSet) -> bool:
        return self._job is not None and self._job[0] is snap and self._job[1] is points

    def start(self, snap: Snapshot, points: PointSet, test_mask: np.ndarray) -> None:
        """Count `snap`'s network on `points` (dropping a count under way)."""
        self._timer.stop()
        self._job, self._next, self._spent = None, 0, 0.0
        regression = snap.regression or points.regression
        test = np.asarray(test_mask, dtype=bool)
        if regression or snap.sizes[0] != len(snap.features) or test.shape != (points.n,):
            self._finish(snap, points, None)
            return
        start = time.perf_counter()
        self._job = (snap, points, test, network_of(snap), np.zeros(points.n, dtype=np.int64))
        self._spent = time.perf_counter() - start
        self._slice()

    def finish_now(self) -> None:
        while self._job is not None:
            self._slice()

    def _slice(self) -> None:
        if self._job is None:
            return
        start = time.perf_counter()
        snap, points, test, net, pred = self._job
        stop = min(points.n, self._next + SLICE)
        pred[self._next : stop] = predictions(net, snap.features, points.xy[self._next : stop])
        self._next = stop
        self._spent += time.perf_counter() - start
        if stop < points.n:
            self._timer.start()
            return
        self._job = None
        labels = points.labels if points.n else np.zeros(0, dtype=np.int64)
        self._finish(snap, points, confusion_from(int(snap.num_classes), labels, pred, test))

    def _finish(self, snap: Snapshot, points: PointSet, result: Confusion | None) -> None:
        self.result, self.counted, self.seconds = result, (snap, points), self._spent
        self.done.emit()
