"""Points drawn fast: one pyqtgraph scatter item per colour (and shape), so 10,000 points redraw in milliseconds."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem

POINT_SIZE = 7  # pixels: points keep their size whatever the canvas size, as in the playground (times the zoom)


class UniformScatter(pg.ScatterPlotItem):
    """A scatter whose points all share the item's one style (symbol, size, pen, brush).

    pyqtgraph looks every point's style up in its symbol atlas one Python call at a time (about 1 us a point);
    with one style per item a single look-up serves them all, so `setData` with 10,000 points stays a few
    milliseconds. Anything unexpected falls back to pyqtgraph's own path.
    """

    def updateSpots(self, dataSet: np.ndarray | None = None) -> None:  # noqa: N802, N803 (pyqtgraph's names)
        data = self.data if dataSet is None else dataSet
        if not (self.opts["pxMode"] and self.opts["useCache"]) or not len(data):
            super().updateSpots(dataSet)
            return
        fresh = data["sourceRect"]["w"] == 0
        if fresh.any():
            style = (self.opts["symbol"], self.opts["size"], self.opts["pen"], self.opts["brush"])
            data["sourceRect"][fresh] = self.fragmentAtlas[[style]][0]
        self._updateMaxSpotSizes(data=data)
        self.invalidate()


class PointLayer:
    """One kind of point (training or test) as one `UniformScatter` per colour, made on first use."""

    def __init__(self, plot: pg.PlotItem, pen: QPen, z: float) -> None:
        self._plot, self._pen, self._z = plot, pen, z
        self.items: list[UniformScatter] = []
        self._visible = True
        self._size = float(POINT_SIZE)

    def _item(self, i: int) -> UniformScatter:
        while len(self.items) <= i:
            item = UniformScatter(size=self._size, pxMode=True, useCache=True, pen=self._pen, antialias=True)
            # Points stay put while the boundary under them changes at every frame: drawn once into a pixmap,
            # 10,000 points cost a blit per frame instead of 10,000 fragments.
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            item.setZValue(self._z)
            item.setVisible(self._visible)
            self._plot.addItem(item)
            self.items.append(item)
        return self.items[i]

    def set(
        self, xy: np.ndarray, bucket: np.ndarray, brushes: np.ndarray, pen: QPen, symbols: tuple[str, ...] = ()
    ) -> None:
        """Points `xy` coloured `brushes[bucket]` and shaped `symbols[bucket]` (a circle where `symbols` has none):
        sorted by bucket once, then one `setData` per bucket."""
        order = np.argsort(bucket, kind="stable")
        ends = np.cumsum(np.bincount(bucket, minlength=len(brushes)))
        xs, ys = xy[order, 0], xy[order, 1]
        start = 0
        for i, end in enumerate(ends):  # a loop over colours (at most VALUE_LEVELS), never over points
            if end > start or (i < len(self.items) and len(self.items[i].data)):
                item = self._item(i)
                if item.opts["brush"] is not brushes[i]:
                    item.setBrush(brushes[i])
                if item.opts["pen"] is not pen:
                    item.setPen(pen)
                symbol = symbols[i] if i < len(symbols) else "o"
                if item.opts["symbol"] != symbol:
                    item.setSymbol(symbol)
                x, y = xs[start:end], ys[start:end]
                old_x, old_y = item.getData()
                # an edit usually touches one colour: leave the others' items (and their atlas look-ups) alone
                if not (len(old_x) == len(x) and np.array_equal(old_x, x) and np.array_equal(old_y, y)):
                    item.setData(x=x, y=y)
            start = end
        for item in self.items[len(ends) :]:
            if len(item.data):
                item.clear()

    def set_size(self, pixels: float) -> None:
        """Every point's size on screen (the zoom makes them larger for a classroom)."""
        self._size = float(pixels)
        for item in self.items:
            if item.opts["size"] != self._size:
                item.setSize(self._size)

    def set_visible(self, on: bool) -> None:
        self._visible = on
        for item in self.items:
            item.setVisible(on)

    def xy(self) -> np.ndarray:
        """(m, 2) every point this layer draws (for tests and exports)."""
        parts = [np.column_stack(item.getData()) for item in self.items if len(item.data)]
        return np.concatenate(parts) if parts else np.empty((0, 2))
