"""The two kinds of item the network diagram is made of, each drawing many things in one `paint()`.

A diagram at 8 layers of 64 has ~530 neurons and ~28,000 links; one QGraphicsItem each would make every snapshot
cost tens of thousands of Python calls. Instead a `ColumnItem` draws a whole column of thumbnails and a
`LinksItem` draws all links between two columns as a dozen QPainterPaths, one per colour/width bucket, built from
NumPy arrays. Both are made when the shape changes and only fed new numbers afterwards; hit-testing (which neuron,
which link is under the mouse) is arithmetic on the layout, not a search through items.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsObject

from . import colors
from . import network_layout as nl

BORDER = QColor("#9a9a9a")
DARK = QColor("#202124")
EMPTY = QColor("#e8e8e8")

# Link buckets by |w|: TF Playground's idea (width and colour strength grow with the magnitude), quantised so a
# whole layer pair is drawn with a dozen pens. Weak links fade almost to nothing, so big layers stay readable.
LEVELS = np.array([0.05, 0.15, 0.3, 0.6, 1.0, 2.0, 4.0])
LEVEL_WIDTH = np.array([0.6, 0.8, 1.1, 1.6, 2.2, 3.0, 4.2, 5.5])
LEVEL_ALPHA = np.array([0.10, 0.22, 0.40, 0.60, 0.80, 0.95, 1.0, 1.0])
MAX_DRAWN = (
    1200  # per layer pair: beyond this only the strongest links are drawn (the rest would be a grey fog)
)


class ColumnItem(QGraphicsObject):
    """One column of neurons (or input features): thumbnails, bias marks, labels, hover and clicks."""

    hovered = Signal(int, int)  # (layer, index): layer -1 = input features
    left = Signal()
    clicked = Signal(int, int, str, QPointF)  # (layer, index, "node" | "bias", scene position)

    def __init__(self, layer: int, column: nl.Column, labels: list[str] | None = None) -> None:
        super().__init__()
        self.layer = layer
        self.column = column
        self.labels = labels or []
        self.images: list[QImage | None] = [None] * len(column)
        self.enabled = np.ones(len(column), dtype=bool)
        self.biases: np.ndarray | None = None
        self.bias_colors: list[QColor] = []
        self.selected: int | None = None
        self.hover_index: int | None = None
        self.tooltip_for = lambda index: ""  # set by the view: tooltips need the experiment and snapshot
        self.setAcceptHoverEvents(True)
        self.setZValue(2)

    # ---- state ---------------------------------------------------------------------------------------------------
    def set_images(self, images: list[QImage]) -> None:
        self.images = list(images)[: len(self.column)] + [None] * max(0, len(self.column) - len(images))
        self.update()

    def set_biases(self, biases: np.ndarray | None, colours: list[QColor]) -> None:
        self.biases, self.bias_colors = biases, colours
        self.update()

    def set_selected(self, index: int | None) -> None:
        self.selected = index
        self.update()

    def node_rect(self, i: int) -> QRectF:
        c = self.column
        return QRectF(c.left, c.ys[i] - c.size / 2, c.size, c.size)

    def bias_rect(self, i: int) -> QRectF:
        s = max(3.0, self.column.size * 0.24)
        r = self.node_rect(i)
        return QRectF(r.left() - s * 0.55, r.bottom() - s * 0.45, s, s)

    # ---- QGraphicsItem -----------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        c = self.column
        if not len(c):
            return QRectF()
        pad = max(3.0, c.size * 0.24)
        left = c.left - pad - (nl.LEFT_MARGIN - 4 if self.labels else 0)
        top, bottom = c.ys[0] - c.pitch / 2, c.ys[-1] + c.pitch / 2
        return QRectF(left, top - 2, c.right + 2 - left, bottom - top + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001 - Qt's signature
        c = self.column
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, c.size > 12)
        thin = QPen(BORDER, 1.0 if c.size > 12 else 0.0)
        for i in range(len(c)):
            r = self.node_rect(i)
            painter.setOpacity(1.0 if self.enabled[i] else 0.3)
            img = self.images[i]
            if img is None:
                painter.fillRect(r, EMPTY)
            else:
                painter.drawImage(r, img)
            painter.setPen(thin)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r)
            if self.labels:
                self._paint_label(painter, i, r)
            if self.bias_colors and c.size >= 8:
                painter.setPen(QPen(BORDER, 0.0))
                painter.setBrush(self.bias_colors[i])
                painter.drawRect(self.bias_rect(i))
        painter.setOpacity(1.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, width in ((self.hover_index, 1.5), (self.selected, 2.5)):
            if index is not None and index < len(c):
                painter.setPen(QPen(DARK, width))
                painter.drawRect(self.node_rect(index).adjusted(-1.5, -1.5, 1.5, 1.5))

    def _paint_label(self, painter: QPainter, i: int, r: QRectF) -> None:
        font = QFont(painter.font())
        font.setPixelSize(max(9, min(13, int(self.column.size * 0.42))))
        painter.setFont(font)
        painter.setPen(DARK)
        box = QRectF(r.left() - nl.LEFT_MARGIN + 4, r.top(), nl.LEFT_MARGIN - 10, r.height())
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.labels[i]
        )

    # ---- the mouse ---------------------------------------------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[int, str] | None:
        """(index, "bias" | "node") under a position in item coordinates; tiny nodes get a full pitch of slack."""
        c = self.column
        if not len(c):
            return None
        i = int(np.argmin(np.abs(c.ys - pos.y())))
        if self.bias_colors and c.size >= 8 and self.bias_rect(i).adjusted(-2, -2, 2, 2).contains(pos):
            return i, "bias"
        half_w = max(c.size / 2, 5.0) + 2
        half_h = max(c.size / 2, c.pitch / 2)
        if abs(pos.x() - c.x) <= half_w and abs(pos.y() - c.ys[i]) <= half_h:
            return i, "node"
        if self.labels and c.left - nl.LEFT_MARGIN < pos.x() < c.left and abs(pos.y() - c.ys[i]) <= half_h:
            return i, "node"  # the feature's name is part of its button
        return None

    def hoverMoveEvent(self, event) -> None:  # noqa: ANN001
        hit = self.hit(event.pos())
        index = hit[0] if hit else None
        if index != self.hover_index:
            self.hover_index = index
            self.setToolTip(self.tooltip_for(index) if index is not None else "")
            self.update()
            if index is None:
                self.left.emit()
            else:
                self.hovered.emit(self.layer, index)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001
        if self.hover_index is not None:
            self.hover_index = None
            self.update()
            self.left.emit()

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        hit = self.hit(event.pos())
        if hit is None or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self.clicked.emit(self.layer, hit[0], hit[1], event.scenePos())


class LinksItem(QGraphicsObject):
    """Every weight between two columns: colour by sign, width and strength by magnitude."""

    hovered = Signal(int, int, int)  # (layer, row, col)
    left = Signal()
    clicked = Signal(int, int, int, QPointF)  # (layer, row, col, scene position)

    def __init__(
        self, layer: int, src: nl.Column, src_rows: list[int], dst: nl.Column, density: float
    ) -> None:
        """`src_rows[r]` is the node of `src` that weight row r leaves from (the enabled features for layer 0)."""
        super().__init__()
        self.layer = layer
        self.x0, self.x1 = src.right, dst.left
        self.y0 = src.ys[np.asarray(src_rows, dtype=np.int64)] if len(src_rows) else np.zeros(0)
        self.y1 = dst.ys.copy()
        self.shape_ = (len(self.y0), len(self.y1))
        self.density = density  # 1 at the default shape, smaller as columns get crowded: links get thinner
        n = self.shape_[0] * self.shape_[1]
        self.points = nl.segments_for(min(n, MAX_DRAWN))
        self.xs, self.ys = nl.link_curves(self.x0, self.y0, self.x1, self.y1, self.points)
        self.weights: np.ndarray | None = None
        self.levels = np.zeros(self.shape_, dtype=np.int64)  # bucket of each link (see LEVELS)
        self.drawn = np.zeros(self.shape_, dtype=bool)
        self.paths: list[tuple[QPen, QPainterPath]] = []
        self.highlight: tuple[int, int] | None = None
        self.tooltip_for = lambda row, col: ""
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    # ---- state ---------------------------------------------------------------------------------------------------
    def set_weights(self, W: np.ndarray | None) -> None:
        """Re-bucket the links for new weights; nothing is rebuilt when they did not change."""
        if W is None or W.shape != self.shape_:
            self.weights, self.paths = None, []
            self.drawn[...] = False
            self.update()
            return
        if self.weights is not None and np.array_equal(self.weights, W):
            return
        self.weights = np.array(W, dtype=np.float64)
        m = np.nan_to_num(np.abs(self.weights), nan=0.0).ravel()
        self.levels = np.searchsorted(LEVELS, m, side="right").reshape(self.shape_)
        drawn = np.ones(m.size, dtype=bool)
        if m.size > MAX_DRAWN:
            drawn[:] = False
            drawn[np.argpartition(-m, MAX_DRAWN - 1)[:MAX_DRAWN]] = True
        self.drawn = drawn.reshape(self.shape_)
        positive = (self.weights >= 0).ravel()
        levels = self.levels.ravel()
        paths = []
        for level in range(len(LEVEL_WIDTH)):  # weak first, so strong links are drawn on top
            for sign in (False, True):
                members = np.flatnonzero(drawn & (levels == level) & (positive == sign))
                if members.size:
                    paths.append((self.pen(level, sign), self._path(members)))
        self.paths = paths
        self.update()

    def pen(self, level: int, positive: bool) -> QPen:
        colour = QColor(colors.POSITIVE if positive else colors.NEGATIVE)
        colour.setAlphaF(float(LEVEL_ALPHA[level]))
        pen = QPen(colour, float(LEVEL_WIDTH[level]) * self.density)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def style(self, row: int, col: int) -> tuple[QColor, float] | None:
        """The colour and width link (row, col) is drawn with, or None if it is not drawn."""
        if self.weights is None or not self.drawn[row, col]:
            return None
        pen = self.pen(int(self.levels[row, col]), bool(self.weights[row, col] >= 0))
        return pen.color(), pen.widthF()

    def _path(self, members: np.ndarray) -> QPainterPath:
        p = self.points
        x = np.tile(self.xs, members.size)
        y = self.ys[members].ravel()
        connect = np.ones(x.size, dtype=np.int32)
        connect[p - 1 :: p] = 0  # the last point of a link does not join the next link's first
        return pg.arrayToQPath(x, y, connect=connect, finiteCheck=False)

    # ---- QGraphicsItem -----------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        if not (len(self.y0) and len(self.y1)):
            return QRectF()
        top = min(self.y0.min(), self.y1.min()) - 6
        bottom = max(self.y0.max(), self.y1.max()) + 6
        return QRectF(self.x0, top, self.x1 - self.x0, bottom - top)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001 - Qt's signature
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, path in self.paths:
            painter.setPen(pen)
            painter.drawPath(path)
        if self.highlight is not None and self.weights is not None:
            r, c = self.highlight
            pen = QPen(DARK, max(2.0, LEVEL_WIDTH[self.levels[r, c]] * self.density + 1.0))
            painter.setPen(pen)
            painter.drawPath(self._path(np.array([r * self.shape_[1] + c])))

    # ---- the mouse ---------------------------------------------------------------------------------------------
    def link_at(self, pos: QPointF) -> tuple[int, int] | None:
        """The drawn link nearest the position (within a few pixels), or None."""
        if self.weights is None or not self.drawn.any() or not (self.x0 <= pos.x() <= self.x1):
            return None
        ys = nl.link_y_at(self.x0, self.y0, self.x1, self.y1, pos.x())
        d = np.where(self.drawn, np.abs(ys - pos.y()), np.inf)
        r, c = np.unravel_index(int(np.argmin(d)), d.shape)
        tolerance = max(3.0, LEVEL_WIDTH[self.levels[r, c]] * self.density / 2 + 2.0)
        return (int(r), int(c)) if d[r, c] <= tolerance else None

    def _set_highlight(self, link: tuple[int, int] | None) -> None:
        if link != self.highlight:
            self.highlight = link
            self.setToolTip(self.tooltip_for(*link) if link else "")
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
