"""The data panel's rule entry: a typed rule becomes the data set (one undo step, the problem following it), a
rule that cannot be read is refused with the core's sentence and the entry selects the mistake."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from nnplayground.core.points import PointSet


def type_rule(qtbot, w, text: str) -> QLineEdit:
    entry = w.findChild(QLineEdit, "formulaEdit")
    entry.setFocus()
    entry.setText(text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    return entry


def test_a_typed_rule_becomes_the_data_set_and_undo_brings_the_preset_back(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--points", "200")
    type_rule(qtbot, w, "x**2 + y**2 < 9")
    d = w.experiment.data
    assert d.name == "x**2 + y**2 < 9" and w.points == PointSet.generate(d.name, 200, d.noise, d.seed, d.classes)
    assert not w.findChild(QToolButton, "preset_gauss").isChecked()
    assert w.undo_stack.undoText() == "Generate x**2 + y**2 < 9"
    entry = type_rule(qtbot, w, "f = sin(x) * cos(y)")
    assert w.experiment.problem == "regression" and w.points.regression and entry.text() == "f = sin(x) * cos(y)"
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert w.experiment.data.name == "gauss" and w.experiment.problem == "classification"
    assert w.findChild(QToolButton, "preset_gauss").isChecked() and entry.text() == ""


def test_a_bad_rule_is_refused_and_the_mistake_selected(qtbot, make_window):
    w = make_window("--dataset", "gauss")
    before, points = w.experiment, w.points
    entry = type_rule(qtbot, w, "y > sinn(x)")
    assert w.experiment == before and w.points is points
    assert "character 5: unknown function 'sinn'" in w.statusBar().currentMessage()
    assert entry.text() == "y > sinn(x)" and entry.selectedText() == "sinn(x)"
