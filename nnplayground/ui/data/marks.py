"""Marks over the canvas's points: the one point the user picked (a ring), and the points a view highlights.

The pick is an index into the `PointSet` on the canvas. It survives training frames (they do not touch the points)
and a new split (the same points); it is dropped, with `picked_changed(None)`, as soon as that index no longer
holds the same point (an edit, a new data set, an undo). Highlights (a confusion-matrix cell's points) are dropped
whenever the points change at all: they were computed from the old ones.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGraphicsItem

from nnplayground.core import colors
from nnplayground.core.points import PointSet
from nnplayground.ui.data.scatter import PointLayer, UniformScatter

PICK_PIXELS = 6.0  # a click within this many pixels of a point's centre picks it (a point is 7 px wide)
RING_SIZE = 19  # px: the picked point's ring, well outside the point so its colour still shows
HIGHLIGHT_SIZE = 13
NO_BRUSH = pg.mkBrush(0, 0, 0, 0)


def nearest_within(xy: np.ndarray, allowed: np.ndarray, x: float, y: float, radius: float) -> int | None:
    """The index of the allowed point nearest (x, y) if it lies within `radius`, else None."""
    if not len(xy) or not allowed.any():
        return None
    d2 = np.where(allowed, (xy[:, 0] - x) ** 2 + (xy[:, 1] - y) ** 2, np.inf)
    i = int(np.argmin(d2))
    return i if d2[i] <= radius * radius else None


def _ring(plot: pg.PlotItem, size: int, colour: str, width: float, z: float) -> UniformScatter:
    item = UniformScatter(size=size, pxMode=True, useCache=True, pen=pg.mkPen(colour, width=width), brush=NO_BRUSH)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    item.setZValue(z)
    plot.addItem(item)
    return item


class Marks(QObject):
    """The picked point's ring and the highlight rings, drawn on `plot` above every point."""

    picked_changed = Signal(object)  # the picked index, or None
    highlight_changed = Signal(object)  # (m,) int64 indices, empty when cleared

    def __init__(self, plot: pg.PlotItem, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._points = PointSet.empty()
        self._picked: int | None = None
        self._highlight = np.zeros(0, dtype=np.int64)
        # A light halo under a dark line, as the eraser's cursor: the ring reads on orange, blue and white alike.
        # The highlighted points themselves, drawn over everything: a test point shows even while test data is hidden.
        self._brushes = np.array([pg.mkBrush(c) for c in colors.CLASS_COLORS], dtype=object)
        self._point_pen = pg.mkPen("#111111", width=1.2)  # the test points' dark rim
        self.highlight_points = PointLayer(plot, self._point_pen, z=4.2)
        self.highlight_items = (
            _ring(plot, HIGHLIGHT_SIZE, "#ffd21f", 3.6, 4.0),
            _ring(plot, HIGHLIGHT_SIZE, "#222222", 1.2, 4.1),
        )
        self.pick_items = (_ring(plot, RING_SIZE, "#ffffff", 5.0, 5.0), _ring(plot, RING_SIZE, "#111111", 2.2, 5.1))

    # ---- the pick --------------------------------------------------------------------------------------------------
    @property
    def picked(self) -> int | None:
        return self._picked

    def pick(self, index: int | None) -> None:
        """Pick point `index` (None: no point); emits `picked_changed` when the pick changes."""
        if index is not None:
            if isinstance(index, bool) or not isinstance(index, (int, np.integer)):
                raise ValueError(f"a point is picked by its index, not {index!r}")
            if not 0 <= int(index) < self._points.n:
                raise ValueError(f"no point {index}: there are {self._points.n} points")
            index = int(index)
        if index == self._picked:
            return
        self._picked = index
        self._draw_pick()
        self.picked_changed.emit(index)

    def pick_next(self, step: int, allowed: np.ndarray) -> int | None:
        """Move the pick `step` points on among the allowed (drawn) ones, wrapping at the ends; with no pick,
        forward starts at the first and backward at the last."""
        order = np.flatnonzero(allowed)
        if not len(order):
            self.pick(None)
            return None
        if self._picked is None:  # as if the pick sat just before the first point
            pos = (step - 1) if step > 0 else step
        else:
            at = int(np.searchsorted(order, self._picked))
            here = at < len(order) and order[at] == self._picked
            pos = at + step - (0 if here or step < 0 else 1)  # a hidden pick sits between two drawn points
        self.pick(int(order[pos % len(order)]))
        return self._picked

    # ---- highlights ------------------------------------------------------------------------------------------------
    @property
    def highlighted(self) -> np.ndarray:
        return self._highlight.copy()

    def highlight(self, indices: object) -> None:
        """Ring the points at `indices` (None or empty clears); emits `highlight_changed` when they change."""
        idx = np.unique(np.asarray([] if indices is None else indices, dtype=np.int64).reshape(-1))
        if len(idx) and (idx[0] < 0 or idx[-1] >= self._points.n):
            raise ValueError(f"highlight indices must be points 0..{self._points.n - 1}")
        if np.array_equal(idx, self._highlight):
            return
        self._highlight = idx
        self._draw_highlight()
        self.highlight_changed.emit(idx.copy())

    # ---- the points ------------------------------------------------------------------------------------------------
    def set_points(self, ps: PointSet) -> None:
        old, self._points = self._points, ps
        if ps is old:
            return
        i = self._picked
        same = i is not None and i < ps.n and np.array_equal(ps.xy[i], old.xy[i]) and ps.target[i] == old.target[i]
        if i is not None and not same:
            self._picked = None
            self.picked_changed.emit(None)
        self._draw_pick()
        if len(self._highlight) and ps != old:
            self._highlight = np.zeros(0, dtype=np.int64)
            self._draw_highlight()
            self.highlight_changed.emit(self._highlight.copy())

    # ---- what is drawn (read back from the items, for tests and checks) ----------------------------------------------
    def ring_xy(self) -> np.ndarray:
        """(0 or 1, 2) where the pick's ring is drawn."""
        return np.column_stack(self.pick_items[1].getData())

    def highlight_xy(self) -> np.ndarray:
        """(m, 2) where the highlight rings are drawn."""
        return np.column_stack(self.highlight_items[1].getData())

    def _draw_highlight(self) -> None:
        idx = self._highlight
        xy = self._points.xy[idx]
        for item in self.highlight_items:
            item.setData(x=xy[:, 0], y=xy[:, 1])
        # only classes are highlighted (confusion cells); a value set gets its rings alone
        ps = self._points
        bucket = (ps.labels[idx] % len(self._brushes)).astype(np.intp) if not ps.regression else None
        if bucket is None:
            bucket, xy = np.zeros(0, dtype=np.intp), xy[:0]
        self.highlight_points.set(xy, bucket, self._brushes, self._point_pen)

    def _draw_pick(self) -> None:
        xy = self._points.xy[[] if self._picked is None else [self._picked]]
        for item in self.pick_items:
            item.setData(x=xy[:, 0], y=xy[:, 1])
