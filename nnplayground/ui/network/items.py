"""A column of neurons in the network diagram: many thumbnails drawn by one item.

A diagram at 8 layers of 64 has ~530 neurons; one QGraphicsItem each would make every snapshot cost thousands of
Python calls. A `ColumnItem` draws a whole column in one `paint()` and finds the neuron under the mouse by
arithmetic on the layout. It is fed grids, not pictures: the column's picture (all its thumbnails in one image,
one blit) is made when the column is next painted, so snapshots that arrive faster than the screen refreshes cost
almost nothing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsObject, QWidget

from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.network import images
from nnplayground.ui.network import layout as nl

BORDER = QColor("#9a9a9a")
DARK = QColor("#202124")
EMPTY = QColor("#e8e8e8")
FADED = 0.3  # opacity of a switched-off feature
MIN_BIAS_NODE = 14.0  # smaller nodes show no bias mark (it could not be seen nor clicked)


class ColumnItem(QGraphicsObject):
    """One column of neurons (or input features): thumbnails, bias marks, labels, hover and clicks."""

    hovered = Signal(int, int)  # (layer, index): layer -1 = input features
    left = Signal()
    clicked = Signal(int, int, str, QPointF)  # (layer, index, "node" | "bias", scene position)

    def __init__(self, layer: int, column: nl.Column) -> None:
        super().__init__()
        self.layer = layer
        self.column = column
        self.labels: list[str] = []  # drawn left of the nodes (the input features' names)
        self.text_scale = 1.0  # the window's zoom (ui/network/look.py): larger labels for a classroom
        self.enabled = np.ones(len(column), dtype=bool)
        self.biases: np.ndarray | None = None
        self.selected: int | None = None
        self.hover_index: int | None = None
        self.tooltip_for = lambda index: ""  # set by the view: tooltips need the experiment and snapshot
        self._static: np.ndarray | None = None
        self._grids: np.ndarray | None = None
        self._activation = ""
        self._per_class = False
        self._pictures: np.ndarray | None = None  # (n, h, w, 4) RGBA, top row first
        self._drawn: tuple[QImage, QPointF] | None = None  # the whole column as one image, and where it goes
        self._bias_colors: list[QColor] | None = None
        self.setAcceptHoverEvents(True)
        self.setZValue(2)

    # ---- state ---------------------------------------------------------------------------------------------------
    def set_geometry(self, layer: int, column: nl.Column, enabled: np.ndarray, labels: list[str]) -> None:
        self.prepareGeometryChange()
        self.layer, self.column, self.enabled, self.labels = layer, column, enabled, labels
        self.hover_index = None
        self._pictures, self._drawn = self._static, None
        self._grids, self.biases, self._bias_colors = None, None, None

    def set_dropped(self, dropped: np.ndarray | None) -> None:
        """Grey out the hidden neurons the last step dropped (dropout); None shows every neuron on."""
        enabled = np.ones(len(self.column), dtype=bool) if dropped is None else ~np.asarray(dropped, dtype=bool)
        if enabled.shape == self.enabled.shape and np.array_equal(enabled, self.enabled):
            return
        self.enabled, self._drawn = enabled, None
        self.update()

    def set_static_pictures(self, pictures: np.ndarray) -> None:
        """Pictures that never change (the input features), (n, h, w, 4) RGBA."""
        self._static = self._pictures = pictures
        self._drawn = None
        self.update()

    def set_grids(self, grids: np.ndarray, activation: str, per_class: bool, biases: np.ndarray) -> None:
        """A snapshot's outputs (units, g, g) and biases for this column; pictures follow on the next paint."""
        self._grids, self._activation, self._per_class = grids, activation, per_class
        self.biases = np.asarray(biases)
        self._pictures = self._drawn = self._bias_colors = None
        self.update()

    def pictures(self) -> np.ndarray | None:
        """One RGBA picture per node, (n, h, w, 4), made now if a new snapshot is waiting; None before any."""
        if self._pictures is None and self._grids is not None:
            px = self.column.size * self._device_ratio()
            if self._per_class:
                self._pictures = images.class_pictures(self._grids, px)
            else:
                self._pictures = images.layer_pictures(self._grids, self._activation, px)
        if self._pictures is None or len(self._pictures) < len(self.column):
            return None
        return self._pictures

    @property
    def images(self) -> list[QImage | None]:
        """Each node's picture as a QImage (None until a snapshot arrived): for tooltips, tests and exports."""
        pictures = self.pictures()
        if pictures is None:
            return [None] * len(self.column)
        return list(images.to_qimages(pictures[: len(self.column)]))

    def bias_colors(self) -> list[QColor]:
        if self._bias_colors is None:
            self._bias_colors = [] if self.biases is None else images.value_colors(self.biases)
        return self._bias_colors

    def _device_ratio(self) -> float:
        views = self.scene().views() if self.scene() else []
        return float(views[0].devicePixelRatioF()) if views else 1.0

    def set_selected(self, index: int | None) -> None:
        self.selected = index
        self.update()

    def node_rect(self, i: int) -> QRectF:
        c = self.column
        return QRectF(c.xs[i] - c.size / 2, c.ys[i] - c.size / 2, c.size, c.size)

    def bias_rect(self, i: int) -> QRectF:
        s = max(3.0, self.column.size * 0.24)
        r = self.node_rect(i)
        return QRectF(r.left() - s * 0.55, r.bottom() - s * 0.45, s, s)

    def shows_bias(self) -> bool:
        return self.biases is not None and self.column.size >= MIN_BIAS_NODE

    # ---- QGraphicsItem -----------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        c = self.column
        if not len(c):
            return QRectF()
        pad = max(3.0, c.size * 0.24) + 3
        left = c.left - pad - (nl.LEFT_MARGIN - 4 if self.labels else 0)
        top, bottom = c.ys[0] - max(c.pitch, c.size) / 2, c.ys[-1] + max(c.pitch, c.size) / 2
        return QRectF(left, top - 3, c.right + 3 - left, bottom - top + 6)

    def _column_image(self, ratio: float) -> tuple[QImage, QPointF]:
        if self._drawn is None or self._drawn[0].devicePixelRatio() != ratio:
            c = self.column
            pictures = self.pictures()
            if pictures is None:  # no snapshot yet: grey squares
                pictures = np.broadcast_to(np.array([*EMPTY.getRgb()], dtype=np.uint8), (len(c), 1, 1, 4))
            self._drawn = images.column_image(pictures, c.xs, c.ys, c.size, ratio, ~self.enabled, FADED)
        return self._drawn

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001 - Qt's signature
        c = self.column
        if not len(c):
            return
        image, corner = self._column_image(painter.device().devicePixelRatioF())
        painter.drawImage(corner, image)
        framed = c.size > 8  # tiny thumbnails are all picture: a border would be most of them
        for on, opacity in ((True, 1.0), (False, FADED)) if framed or self.labels else ():
            painter.setOpacity(opacity)  # a feature switched off is drawn faded
            nodes = np.flatnonzero(self.enabled == on)
            if framed and nodes.size:
                painter.setPen(QPen(BORDER, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRects([self.node_rect(i) for i in nodes])
            for i in nodes if self.labels else ():
                self._paint_label(painter, i, self.node_rect(i), _ink(widget))
        painter.setOpacity(1.0)
        if self.shows_bias():
            painter.setPen(QPen(BORDER, 0.0))
            for i, colour in enumerate(self.bias_colors()):
                painter.setBrush(colour)
                painter.drawRect(self.bias_rect(i))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, width in ((self.hover_index, 1.5), (self.selected, 2.5)):
            if index is not None and index < len(c):
                painter.setPen(QPen(_ink(widget), width))
                painter.drawRect(self.node_rect(index).adjusted(-1.5, -1.5, 1.5, 1.5))

    def _paint_label(self, painter: QPainter, i: int, r: QRectF, ink: QColor) -> None:
        font = QFont(painter.font())
        box = QRectF(r.left() - nl.LEFT_MARGIN + 4, r.top(), nl.LEFT_MARGIN - 10, r.height())
        size = int(max(9, min(13, int(self.column.size * 0.42))) * self.text_scale)  # the zoom's, up to the margin
        font.setPixelSize(size)
        while size > 9 and QFontMetricsF(font).horizontalAdvance(self.labels[i]) > box.width():
            size -= 1
            font.setPixelSize(size)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.labels[i])

    # ---- the mouse ---------------------------------------------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[int, str] | None:
        """(index, "bias" | "node") at a position in item coordinates; tiny nodes get a full pitch of slack."""
        c = self.column
        if not len(c):
            return None
        i = int(np.argmin((c.xs - pos.x()) ** 2 + (c.ys - pos.y()) ** 2))
        if self.shows_bias() and self.bias_rect(i).adjusted(-2, -2, 2, 2).contains(pos):
            return i, "bias"
        half_w = max(c.size / 2, 5.0) + 2
        half_h = max(c.size / 2, c.pitch / 2)
        if abs(pos.y() - c.ys[i]) > half_h:
            return None
        if abs(pos.x() - c.xs[i]) <= half_w:
            return i, "node"
        if self.labels and c.left - nl.LEFT_MARGIN < pos.x() < c.left:
            return i, "node"  # a feature's name is part of its button
        return None

    def hoverMoveEvent(self, event) -> None:  # noqa: ANN001
        hit = self.hit(event.pos())
        index = hit[0] if hit else None
        if index != self.hover_index:
            self.hover_index = index
            self.setToolTip(tooltip(self.tooltip_for(index) if index is not None else ""))
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


def _ink(widget: QWidget | None) -> QColor:
    """Labels and rings in the window's text colour (light on the dark look), dark ink without a widget."""
    return widget.palette().color(QPalette.ColorRole.WindowText) if widget is not None else DARK
