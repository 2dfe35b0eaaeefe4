"""The output column: the losses (with accuracy), the loss chart or the confusion matrix (a toggle in the title row
chooses, so the canvas keeps its height), the canvas, the timeline and the view toggles."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core.numbers import loss_text, percent_text
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.output.confusion import ConfusionMatrix, Points
from nnplayground.ui.output.timeline import Timeline

CHART_HEIGHT = 150
MIN_CHART_HEIGHT = 100  # on a short screen (a 1366 x 768 laptop at 125%) the chart gives up a third of its height
CHART_SHARE = 0.25  # ... being a quarter of the column's height at most, so the canvas keeps the room
VIEWS = (
    (
        "showLossChart",
        QT_TRANSLATE_NOOP("ui.output.panel", "Loss"),
        QT_TRANSLATE_NOOP("ui.output.panel", "The training and test loss over the epochs"),
    ),
    (
        "showConfusion",
        QT_TRANSLATE_NOOP("ui.output.panel", "Confusion"),
        QT_TRANSLATE_NOOP(
            "ui.output.panel",
            "The confusion matrix: how many points of each class the network gets right, and"
            " which class it takes the others for (training and test). Click a cell to ring its points on the canvas.",
        ),
    ),
)


RATE_TIP = QT_TRANSLATE_NOOP(
    "ui.output.panel", "The learning rate of the epoch being trained (a schedule changes it from epoch to epoch)."
)


class OutputPanel(QWidget):
    """The right column: the losses (with accuracy), the loss chart, the canvas, the timeline, the view toggles."""

    def __init__(self, canvas: Points, loss_chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputPanel")
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 8, 10, 6)
        title = QLabel(translate("ui.output.panel", "OUTPUT"))
        title.setObjectName("sectionTitle")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        # The learning rate the schedule sets for the epoch being trained: in the title row, where a 1024-pixel
        # window still has room (beside the losses it squeezed their captions).
        self.rate = QLabel("")
        self.rate.setObjectName("rateLabel")
        self.rate.setToolTip(tooltip(translate("ui.output.panel", RATE_TIP)))
        head.addWidget(self.rate)
        head.addStretch(1)
        self.view_buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        for i, (name, text, tip) in enumerate(VIEWS):
            b = QToolButton()
            b.setObjectName(name)
            b.setText(translate("ui.output.panel", text))
            b.setCheckable(True)
            b.setChecked(i == 0)
            b.setAutoRaise(True)
            b.setToolTip(tooltip(translate("ui.output.panel", tip)))
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the keys with the playground
            group.addButton(b, i)
            head.addWidget(b)
            self.view_buttons[name] = b
        group.idClicked.connect(self.show_view)
        col.addLayout(head)
        losses = QGridLayout()
        losses.setHorizontalSpacing(10)
        labels = []
        captions = (
            (translate("ui.output.panel", "Training loss"), "train"),
            (translate("ui.output.panel", "Test loss"), "test"),
        )
        loss_tip = translated(TIPS["loss"])
        for row, (caption, name) in enumerate(captions):
            cap = QLabel(caption)
            cap.setToolTip(tooltip(loss_tip))
            value = QLabel("—")
            value.setObjectName(f"{name}LossLabel")
            value.setToolTip(tooltip(f"{loss_tip}\n\n{translated(TIPS['overfitting'])}"))
            acc = QLabel("")
            acc.setObjectName(f"{name}AccLabel")
            for c, w in enumerate((cap, value, acc)):
                losses.addWidget(w, row, c)
            labels += [value, acc]
        losses.setColumnStretch(2, 1)
        self.train_loss, self.train_accuracy, self.test_loss, self.test_accuracy = labels
        col.addLayout(losses)
        self.confusion = ConfusionMatrix(canvas)
        self.views = QStackedWidget()
        self.views.setObjectName("outputViews")
        self.views.setFixedHeight(CHART_HEIGHT)  # (then a share of the column's height: resizeEvent)
        self.views.setMinimumHeight(MIN_CHART_HEIGHT)
        self.views.addWidget(loss_chart)
        self.views.addWidget(self.confusion)
        col.addWidget(self.views)
        col.addWidget(canvas, 1)  # type: ignore[arg-type]
        self.timeline = Timeline()
        col.addWidget(self.timeline)
        self.toggles: dict[str, QCheckBox] = {}
        for name, text in (
            ("actionDiscretize", translate("ui.output.panel", "Discretize output")),
            ("actionShowTest", translate("ui.output.panel", "Show test data")),
            ("actionLogLoss", translate("ui.output.panel", "Log-scale loss")),
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
        chart = max(MIN_CHART_HEIGHT, min(CHART_HEIGHT, int(CHART_SHARE * self.height())))
        if chart != self.views.maximumHeight():
            self.views.setMaximumHeight(chart)

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

    def show_view(self, i: int) -> None:
        """0: the loss chart, 1: the confusion matrix (in the same place)."""
        self.views.setCurrentIndex(int(i))
        self.view_buttons[VIEWS[int(i)][0]].setChecked(True)

    def show_numbers(self, snap: Snapshot) -> None:
        self.confusion.follow(snap)
        self.train_loss.setText(loss_text(snap.train_loss))
        self.test_loss.setText(loss_text(snap.test_loss))
        self.train_accuracy.setText(_accuracy_text(snap.train_accuracy))
        self.test_accuracy.setText(_accuracy_text(snap.test_accuracy))

    def show_rate(self, rate: float) -> None:
        """The learning rate the epoch on show trains with: "rate 0.0271"."""
        # (short: at 1024 px the title row has room for this)
        self.rate.setText(translate("ui.output.panel", "rate {rate}").format(rate=f"{rate:.3g}"))


def _accuracy_text(v: float | None) -> str:
    if v is None or not math.isfinite(v):
        return ""
    return translate("ui.output.panel", "accuracy {accuracy}").format(accuracy=percent_text(v))
