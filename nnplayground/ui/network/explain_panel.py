"""The step explainer's panel under the diagram: which stage, the stage's equation with its numbers, and the keys.

It only shows and asks: Back, Next and Apply go out as signals (the explainer decides), and the article's sign
convention is a toggle the explainer reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.network.explain_text import sign_note

BODY_LINES = 7  # the stage's text: an equation, three vectors, one neuron written out, a note


class ExplainPanel(QFrame):
    back = Signal()
    next = Signal()
    apply = Signal()
    closed = Signal()
    signs_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explainPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#explainPanel { background: #fffdf5; border: 1px solid #f0c36d; border-radius: 4px; }")
        col = QVBoxLayout(self)
        col.setContentsMargins(8, 4, 8, 6)
        col.setSpacing(2)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("explainTitle")
        self.title.setStyleSheet("font-weight: bold;")
        close = QToolButton()
        close.setObjectName("explainClose")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(tooltip(translate("ui.network.explain_panel", "Leave the step explainer (X)")))
        close.clicked.connect(self.closed)
        top.addWidget(self.title, 1)
        top.addWidget(close)
        col.addLayout(top)
        self.subject = QLabel()
        self.subject.setObjectName("explainSubject")
        self.subject.setStyleSheet("color: #5f6368;")
        self.subject.setWordWrap(True)
        col.addWidget(self.subject)
        self.body = QLabel()
        self.body.setObjectName("explainText")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        area = QScrollArea()
        area.setWidget(self.body)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFixedHeight(BODY_LINES * self.body.fontMetrics().lineSpacing() + 6)
        area.setStyleSheet("background: transparent;")
        col.addWidget(area)
        row = QHBoxLayout()
        back, ahead = (
            translate("ui.network.explain_panel", "◀ Back"),
            translate("ui.network.explain_panel", "The previous stage (Left)"),
        )
        self.back_button = self._button("explainBack", back, ahead, self.back)
        ahead, tip = (
            translate("ui.network.explain_panel", "Next ▶"),
            translate("ui.network.explain_panel", "The next stage (Right)"),
        )
        self.next_button = self._button("explainNext", ahead, tip, self.next)
        tip = translate(
            "ui.network.explain_panel", "Take this step for real: the weights change, the boundary moves (Return)"
        )
        self.apply_button = self._button(
            "explainApply", translate("ui.network.explain_panel", "Apply step"), tip, self.apply
        )
        self.signs = QCheckBox(translate("ui.network.explain_panel", "Article's signs"))
        self.signs.setObjectName("explainArticleSigns")
        self.signs.setToolTip(tooltip(sign_note()))
        self.signs.toggled.connect(self.signs_changed)
        for w in (self.back_button, self.next_button, self.apply_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.signs)
        col.addLayout(row)
        self.hide()

    @staticmethod
    def _button(name: str, text: str, tip: str, signal: Signal) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setToolTip(tooltip(tip))
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys (← →) with the window
        b.clicked.connect(signal)
        return b

    def show_stage(self, title: str, subject: str, body: str, first: bool, last: bool, can_apply: bool) -> None:
        self.title.setText(title)
        self.subject.setText(subject)
        self.body.setText(body)
        self.back_button.setEnabled(not first)
        self.next_button.setEnabled(not last)
        self.apply_button.setEnabled(can_apply)

    def show_problem(self, text: str) -> None:
        """Nothing to explain (no training points, no run): say why, offer nothing to press."""
        self.show_stage(translate("ui.network.explain_panel", "One training step"), "", text, True, True, False)
