"""All the weights between two columns of the network diagram, drawn by one item.

Colour by sign (blue positive, orange negative, as TF Playground), width and strength by magnitude. Links are
put in a dozen buckets by |w| and each bucket is drawn with one pen in one call, built from NumPy arrays. The
colours are opaque, pre-blended with the white background: Qt strokes a translucent or wide path with thousands
of sub-paths through its general (and very slow) stroker, while opaque thin paths and line lists take its fast
path. When there are very many links only the strongest are drawn; the rest would only make a grey fog.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from nnplayground.core import colors
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.network import layout as nl

DARK = QColor("#202124")
# Buckets by |w|: upper bounds of levels 0..6 (level 7 is everything above 4).
LEVELS = np.array([0.05, 0.15, 0.3, 0.6, 1.0, 2.0, 4.0])
LEVEL_WIDTH = np.array([0.6, 0.8, 1.1, 1.6, 2.2, 3.0, 4.2, 5.5])
LEVEL_STRENGTH = np.array([0.12, 0.25, 0.42, 0.6, 0.8, 0.95, 1.0, 1.0])  # 0 = white, 1 = the full colour
MAX_DRAWN = 1200


def max_drawn(n0: int, n1: int) -> int:
    """How many links of an n0 x n1 pair are drawn: all of a small pair, ~5 per neuron of a big one."""
    return int(min(MAX_DRAWN, max(256, 5 * max(n0, n1))))


def _blend(hex_color: str, strength: float) -> QColor:
    rgb = 255.0 + (colors.rgb(hex_color) - 255.0) * strength
    return QColor(*(int(round(v)) for v in rgb))


class LinksItem(QGraphicsObject):
    """Every weight W[r, c] from one column's node r to the next column's node c."""

    hovered = Signal(int, int, int)  # (layer, row, col)
    left = Signal()
    clicked = Signal(int, int, int, QPointF)  # (layer, row, col, scene position)

    def __init__(self, layer: int, src: nl.Column, src_rows: list[int], dst: nl.Column, density: float) -> None:
        """`src_rows[r]` is the node of `src` that weight row r leaves from (the enabled features, for layer 0)."""
        super().__init__()
        self.layer = layer
        rows = np.asarray(src_rows, dtype=np.int64)
        self.x0, self.y0 = src.xs[rows] + src.size / 2, src.ys[rows]  # from the right edge of each source node
        self.x1, self.y1 = dst.xs - dst.size / 2, dst.ys.copy()  # to the left edge of each target
        self.shape_ = (len(self.y0), len(self.y1))
        self.density = density  # 1 at the default shape, smaller as columns get crowded: thinner links
        self.cap = max_drawn(*self.shape_)
        self.points = nl.segments_for(min(self.shape_[0] * self.shape_[1], self.cap))
        self.xs, self.ys = nl.link_curves(self.x0, self.y0, self.x1, self.y1, self.points)
        self._segments: dict[int, list[QLineF]] = {}  # link -> its segments, made when first drawn wide
        self.weights: np.ndarray | None = None
        self.levels = np.zeros(self.shape_, dtype=np.int64)  # bucket of each link
        self.drawn = np.zeros(self.shape_, dtype=bool)
        self._batches: list[tuple[QPen, QPainterPath | list[QLineF]]] | None = []
        self._keys: np.ndarray | None = None  # bucket * 2 + sign of each link, -1 if not drawn
        self.highlight: tuple[int, int] | None = None
        self.tooltip_for = lambda row, col: ""
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # hovering a neuron need not redraw us
        self.setZValue(1)

    # ---- state ---------------------------------------------------------------------------------------------------
    def set_weights(self, W: np.ndarray | None) -> None:
        """New weights. The picture depends only on each link's bucket, so it is redrawn only when a weight
        crossed into another bucket (or sign): while training that is a small fraction of the snapshots."""
        if W is None or np.shape(W) != self.shape_:
            self.weights, self._batches, self._keys = None, [], None
            self.drawn[...] = False
            self.update()
            return
        if self.weights is not None and np.array_equal(self.weights, W):
            return
        self.weights = np.array(W, dtype=np.float64)
        m = np.nan_to_num(np.abs(self.weights), nan=0.0).ravel()
        levels = np.searchsorted(LEVELS, m, side="right")
        drawn = np.ones(m.size, dtype=bool)
        if m.size > self.cap:
            drawn[:] = False
            drawn[np.argpartition(-m, self.cap - 1)[: self.cap]] = True
        keys = np.where(drawn, levels * 2 + (self.weights.ravel() >= 0), -1)
        if self._keys is not None and np.array_equal(keys, self._keys):
            return  # same buckets: the cached picture is still right (tooltips read self.weights)
        self.levels, self.drawn, self._keys = levels.reshape(self.shape_), drawn.reshape(self.shape_), keys
        self._batches = None
        self.update()

    def pen(self, level: int, positive: bool) -> QPen:
        colour = _blend(colors.POSITIVE if positive else colors.NEGATIVE, float(LEVEL_STRENGTH[level]))
        pen = QPen(colour, float(LEVEL_WIDTH[level]) * self.density)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def style(self, row: int, col: int) -> tuple[QColor, float] | None:
        """The colour and width link (row, col) is drawn with, or None if it is not drawn."""
        if self.weights is None or not self.drawn[row, col]:
            return None
        pen = self.pen(int(self.levels[row, col]), bool(self.weights[row, col] >= 0))
        return pen.color(), pen.widthF()

    def _build(self) -> list[tuple[QPen, QPainterPath | list[QLineF]]]:
        batches: list[tuple[QPen, QPainterPath | list[QLineF]]] = []
        if self.weights is None or self._keys is None:
            return batches
        links = np.flatnonzero(self._keys >= 0)
        keys = self._keys[links]
        order = np.argsort(keys, kind="stable")  # weak first, so strong links lie on top
        links, keys = links[order], keys[order]
        bounds = np.flatnonzero(np.diff(keys)) + 1
        for members, key in zip(np.split(links, bounds), keys[np.r_[0, bounds]] if links.size else [], strict=False):
            if members.size:
                level, positive = divmod(int(key), 2)
                pen = self.pen(level, bool(positive))
                thin = pen.widthF() <= 1.0
                batches.append((pen, self._path(members) if thin else self._lines(members)))
        return batches

    def _path(self, members: np.ndarray) -> QPainterPath:
        p = self.points
        x = self.xs[members].ravel()
        connect = np.ones(x.size, dtype=np.int32)
        connect[p - 1 :: p] = 0  # a link's last point does not join the next link's first
        return pg.arrayToQPath(x, self.ys[members].ravel(), connect=connect, finiteCheck=False)

    def _lines(self, members: np.ndarray) -> list[QLineF]:
        """The links' segments. A link never moves (only its bucket changes), so its QLineFs are made once: while
        training, links change bucket at almost every update, and making them anew was most of a redraw."""
        lines: list[QLineF] = []
        for m in members.tolist():
            segments = self._segments.get(m)
            if segments is None:
                x, y = self.xs[m].tolist(), self.ys[m].tolist()
                segments = self._segments[m] = [QLineF(x[i], y[i], x[i + 1], y[i + 1]) for i in range(len(x) - 1)]
            lines.extend(segments)
        return lines

    # ---- QGraphicsItem -----------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        if not (len(self.y0) and len(self.y1)):
            return QRectF()
        top = min(self.y0.min(), self.y1.min()) - 6
        bottom = max(self.y0.max(), self.y1.max()) + 6
        left, right = self.x0.min(), self.x1.max()
        return QRectF(left, top, right - left, bottom - top)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001 - Qt's signature
        if self._batches is None:
            self._batches = self._build()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, shape in self._batches:
            painter.setPen(pen)
            if isinstance(shape, QPainterPath):
                painter.drawPath(shape)
            else:
                painter.drawLines(shape)
        if self.highlight is not None and self.weights is not None:
            r, c = self.highlight
            painter.setPen(QPen(DARK, max(2.0, LEVEL_WIDTH[self.levels[r, c]] * self.density + 1.0)))
            painter.drawLines(self._lines(np.array([r * self.shape_[1] + c])))

    # ---- the mouse ---------------------------------------------------------------------------------------------
    def link_at(self, pos: QPointF) -> tuple[int, int] | None:
        """The drawn link nearest the position (within a few pixels), or None."""
        if self.weights is None or not self.drawn.any():
            return None
        ys = nl.link_y_at(self.x0, self.y0, self.x1, self.y1, pos.x(), straight=self.points == 2)
        d = np.where(self.drawn & np.isfinite(ys), np.abs(ys - pos.y()), np.inf)
        r, c = np.unravel_index(int(np.argmin(d)), d.shape)
        tolerance = max(3.0, LEVEL_WIDTH[self.levels[r, c]] * self.density / 2 + 2.0)
        return (int(r), int(c)) if d[r, c] <= tolerance else None

    def _set_highlight(self, link: tuple[int, int] | None) -> None:
        if link != self.highlight:
            self.highlight = link
            self.setToolTip(tooltip(self.tooltip_for(*link) if link else ""))
            self.update()
            if link is None:
                self.left.emit()
            else:
                self.hovered.emit(self.layer, *link)

    def hoverMoveEvent(self, event) -> None:  # noqa: ANN001
        self._set_highlight(self.link_at(event.pos()))

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001
        self._set_highlight(None)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        link = self.link_at(event.pos())
        if link is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self.clicked.emit(self.layer, link[0], link[1], event.scenePos())
