"""A box of fixed height for the text under the diagram, so that longer text scrolls instead of moving it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from nnplayground.ui.common.i18n import translate


def fixed_text_box(lines: int, *labels: QLabel) -> QScrollArea:
    """The labels one under the other in a box `lines` lines high: a selected neuron's formula (four lines) or a
    long message must not push the diagram up; text longer than that scrolls."""
    inner = QWidget()
    col = QVBoxLayout(inner)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(0)
    for label in labels:
        col.addWidget(label)
    col.addStretch(1)
    area = QScrollArea()
    area.setObjectName("diagramText")
    area.setAccessibleName(translate("ui.network.text_box", "The selected neuron's formula and messages"))
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFixedHeight(lines * labels[0].fontMetrics().lineSpacing() + 8)
    return area
