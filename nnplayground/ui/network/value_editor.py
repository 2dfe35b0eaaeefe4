"""A small inline editor for one number (a weight or a bias), opened where the user clicked.

Enter applies, Escape or clicking elsewhere cancels. A typed value that is not a number keeps the editor open with
a red frame and says what is expected, instead of raising.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.tooltip import tooltip

BAD = "QLineEdit { border: 2px solid #d62728; }"


class ValueEditor(QLineEdit):
    submitted = Signal(tuple, float)  # (the target it was opened for, the value)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("parameterEditor")
        self.setFixedWidth(110)
        validator = QDoubleValidator(-1e6, 1e6, 6, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        validator.setLocale(QLocale.c())  # "0.5" everywhere: the value is read with float()
        self.setValidator(validator)
        self.target: tuple = ()
        self.hide()

    def open_at(self, target: tuple, value: float, at: QPoint) -> None:
        """Show the current value at a point of the parent, selected, ready to be typed over."""
        self.target = target
        self.setStyleSheet("")
        self.setToolTip(
            tooltip(translate("ui.network.value_editor", "Type a new value and press Enter (Escape cancels)."))
        )
        self.setText(f"{value:.4g}")
        parent = self.parentWidget()
        x = min(max(0, at.x() - self.width() // 2), max(0, parent.width() - self.width()))
        y = min(max(0, at.y() - self.height() // 2), max(0, parent.height() - self.height()))
        self.move(x, y)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()

    def _submit(self) -> None:
        try:
            value = float(self.text().strip().replace(",", "."))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.setStyleSheet(BAD)
            self.setToolTip(
                tooltip(translate("ui.network.value_editor", "Type a number such as 0.5 or -1.2, then press Enter."))
            )
            return
        self.hide()
        self.submitted.emit(self.target, value)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()  # handled here: QLineEdit stays silent on Enter while the text is not yet valid
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001
        super().focusOutEvent(event)
        self.hide()
