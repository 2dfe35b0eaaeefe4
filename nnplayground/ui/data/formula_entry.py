"""The data panel's rule entry: type `y > sin(x)` or `f = sin(x) * cos(y)`, press Enter, get a data set made by
that rule (core/formula_data.py). The rule is the data set's name, so it goes the way a preset goes (one undo step,
saved in the session); a rule that cannot be read is refused with the core's sentence (in the status bar) and the
entry selects the place that is wrong, keeping what was typed so it can be corrected."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from nnplayground.core import formula_data
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.tooltip import tooltip

HELP = QT_TRANSLATE_NOOP(
    "ui.data.formula_entry",
    "A data set from a rule: two classes where a comparison holds or not (y > sin(x), x**2 + y**2 < 9, "
    "abs(x) + abs(y) < 4, and/or/not to combine), or values for regression (f = sin(x) * cos(y)). "
    "Names: x, y, {constants}; functions: {functions}; "
    "operators + - * / ** %. Press Enter to generate; noise, points and seed apply as to any set.",
)


def help_text() -> str:
    """The entry's tooltip text, in the window's language, with the names a rule may use."""
    return translate("ui.data.formula_entry", HELP).format(
        constants=", ".join(formula_data.CONSTANTS), functions=", ".join(formula_data.FUNCTIONS)
    )


class FormulaEntry(QLineEdit):
    chosen = Signal(str)  # a rule to generate from (the window checks it and says what is wrong)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formulaEdit")
        self.setPlaceholderText(translate("ui.data.formula_entry", "y > sin(x)  or  f = sin(x) * cos(y)"))
        self.setToolTip(tooltip(help_text()))
        self.setClearButtonEnabled(True)
        self._submitting = ""
        self.returnPressed.connect(self.submit)

    def submit(self) -> None:
        text = self.text().strip()
        if not text:
            return
        self._submitting = text
        try:
            self.chosen.emit(text)
        finally:
            self._submitting = ""
        try:
            formula_data.parse(text)
        except formula_data.FormulaError as e:  # the message went to the status bar: point at the spot here
            self.setFocus()
            self.setSelection(e.start, max(1, e.length))

    def show_name(self, name: str) -> None:
        """Show the data set's rule, or nothing for a generator's set; a rule being refused stays as typed."""
        if self._submitting and name != self._submitting:
            return
        self.setText(name if formula_data.looks_like_formula(name) else "")
