"""The output column: the losses (with accuracy), the loss chart, the canvas, the timeline and the view toggles."""

from __future__ import annotations

import math

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from nnplayground.core.numbers import loss_text, percent_text
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.output.timeline import Timeline


class OutputPanel(QWidget):
    """The right column: the losses (with accuracy), the loss chart, the canvas, the timeline, the view toggles."""

    def __init__(self, canvas: QWidget, loss_chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputPanel")
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 8, 10, 6)
        title = QLabel("OUTPUT")
        title.setObjectName("sectionTitle")
        col.addWidget(title)
        losses = QGridLayout()
        losses.setHorizontalSpacing(10)
        labels = []
        for row, (caption, name) in enumerate((("Training loss", "train"), ("Test loss", "test"))):
            cap = QLabel(caption)
            cap.setToolTip(tooltip(TIPS["loss"]))
            value = QLabel("—")
            value.setObjectName(f"{name}LossLabel")
            value.setToolTip(tooltip(f"{TIPS['loss']}\n\n{TIPS['overfitting']}"))
            acc = QLabel("")
            acc.setObjectName(f"{name}AccLabel")
            for c, w in enumerate((cap, value, acc)):
                losses.addWidget(w, row, c)
            labels += [value, acc]
        losses.setColumnStretch(2, 1)
        self.train_loss, self.train_accuracy, self.test_loss, self.test_accuracy = labels
        col.addLayout(losses)
        loss_chart.setFixedHeight(150)
        col.addWidget(loss_chart)
        col.addWidget(canvas, 1)
        self.timeline = Timeline()
        col.addWidget(self.timeline)
        self.toggles: dict[str, QCheckBox] = {}
        for name, text in (
            ("actionDiscretize", "Discretize output"),
            ("actionShowTest", "Show test data"),
            ("actionLogLoss", "Log-scale loss"),
        ):
            box = QCheckBox(text)
            box.setObjectName(name.replace("action", "check"))
            self.toggles[name] = box
        self._toggle_grid = QGridLayout()
        self._toggle_grid.setContentsMargins(0, 0, 0, 0)
        self._toggle_columns = 0
        col.addLayout(self._toggle_grid)
        self._flow_toggles()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        self._flow_toggles()

    def _flow_toggles(self) -> None:
        """The check boxes in one row where they fit, else in two (in one row they were cut off at 1024 px)."""
        boxes = list(self.toggles.values())
        margins = self.layout().contentsMargins()
        need = sum(b.sizeHint().width() for b in boxes) + self._toggle_grid.horizontalSpacing() * (len(boxes) - 1)
        columns = len(boxes) if need <= self.width() - margins.left() - margins.right() else 2
        if columns == self._toggle_columns:
            return
        self._toggle_columns = columns
        for i, b in enumerate(boxes):
            self._toggle_grid.removeWidget(b)
            self._toggle_grid.addWidget(b, i // columns, i % columns)
        self._toggle_grid.setColumnStretch(columns, 1)

    def bind_toggles(self, actions: dict[str, QAction]) -> None:
        """The View actions and these check boxes are one setting each, kept in step both ways."""
        for name, box in self.toggles.items():
            act = actions[name]
            box.setToolTip(act.toolTip())
            box.toggled.connect(act.setChecked)
            act.toggled.connect(box.setChecked)

    def show_numbers(self, snap: Snapshot) -> None:
        self.train_loss.setText(loss_text(snap.train_loss))
        self.test_loss.setText(loss_text(snap.test_loss))
        self.train_accuracy.setText(_accuracy_text(snap.train_accuracy))
        self.test_accuracy.setText(_accuracy_text(snap.test_accuracy))


def _accuracy_text(v: float | None) -> str:
    return "" if v is None or not math.isfinite(v) else f"accuracy {percent_text(v)}"
