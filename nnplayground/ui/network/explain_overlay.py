"""Numbers on the neurons while a training step is taken apart: z and h going forward, δ coming back.

One item over the whole diagram draws a small label beside each labelled neuron and a ring around the column the
stage is about. Neurons too small to carry a label (a crowded layer) get none: their tooltips say the numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

MIN_NODE = 14.0  # nodes smaller than this carry no label (they would cover each other)
RING = QColor("#e8a33d")
INK = QColor("#202124")
PAPER = QColor(255, 255, 255, 230)


class ExplainOverlay(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.labels: list[tuple[QRectF, str]] = []  # (the node's rect, its text: one or two lines)
        self.ring: QRectF | None = None
        self.font = QFont()
        self.font.setPointSizeF(7.5)
        self.setZValue(5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks and hovers go to the diagram below

    def show(self, labels: list[tuple[QRectF, str]], ring: QRectF | None) -> None:
        self.prepareGeometryChange()
        self.labels = [(r, t) for r, t in labels if r.width() >= MIN_NODE]
        self.ring = ring
        self.update()

    def clear(self) -> None:
        self.show([], None)

    def boundingRect(self) -> QRectF:
        rect = QRectF()
        for r, _ in self.labels:
            rect = rect.united(r.adjusted(-90, -20, 90, 20))
        return rect.united(self.ring.adjusted(-4, -4, 4, 4)) if self.ring is not None else rect

    def label_rect(self, node: QRectF, text: str) -> QRectF:
        """Where a node's label goes: just right of it, centred on it vertically; left of it where the diagram ends
        (the output column)."""
        fm = QFontMetricsF(self.font)
        lines = text.split("\n")
        w = max(fm.horizontalAdvance(line) for line in lines) + 6
        h = fm.height() * len(lines) + 2
        right = self.scene().sceneRect().right() if self.scene() is not None else float("inf")
        x = node.right() + 2 if node.right() + 2 + w <= right else node.left() - 2 - w
        return QRectF(x, node.center().y() - h / 2, w, h)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001 - Qt's signature
        if self.ring is not None:
            painter.setPen(QPen(RING, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.ring, 6, 6)
        painter.setFont(self.font)
        for node, text in self.labels:
            box = self.label_rect(node, text)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PAPER)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(INK)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
