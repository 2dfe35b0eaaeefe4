"""The CSV import dialog (`csvImportDialog`): a wide file's columns picked with a preview, bad rows listed with
their lines and skipped only when asked, the rescaling shown and chosen, nothing changed until OK; through the
window, an import is one undo step and its class names reach the legend and the Class menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from nnplayground.core.csvio import read_import
from nnplayground.ui.data import csv_dialog
from nnplayground.ui.data.csv_dialog import CsvImportDialog

FIVE = (
    "id;bill_length_mm;bill_depth_mm;species;year\n"
    "1;39,1;18,7;Adelie;2007\n2;46,5;17,9;Chinstrap;2007\n3;50,0;16,3;Gentoo;2008\n4;38,6;21,2;Adelie;2009\n"
    "5;42,0;zwanzig;Gentoo;2009\n6;45,2;15,8;Gentoo;2009\n"
)


@pytest.fixture
def five(tmp_path):
    path = tmp_path / "penguins.csv"
    path.write_text(FIVE, encoding="utf-8")
    return path


def dialog_for(qtbot, path) -> CsvImportDialog:
    table, result = read_import(path)
    d = CsvImportDialog(table, result)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def ok_button(d: CsvImportDialog):
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_five_column_file_picks_its_columns_with_a_preview(qtbot, five):
    d = dialog_for(qtbot, five)
    assert d.objectName() == "csvImportDialog"
    assert "semicolon-separated, decimal comma, with a header" in d.about.text()
    assert d.preview.columnCount() == 5 and d.preview.rowCount() == 6
    assert d.preview.item(0, 1).text() == "39,1"
    assert d.preview.verticalHeaderItem(0).text() == "2"  # the file's line
    assert d.target_box.currentData() == 3  # species, found by its name
    d.x_box.setCurrentIndex(1)
    d.y_box.setCurrentIndex(2)
    assert d.preview.horizontalHeaderItem(1).text() == "x: bill_length_mm"
    assert d.preview.horizontalHeaderItem(3).text() == "label: species"
    r = d.chosen()
    assert r is not None and r.class_names == ("Adelie", "Chinstrap", "Gentoo")
    assert [b.line for b in r.bad] == [6]  # "zwanzig"
    assert "line 6: y 'zwanzig' is not a number" in d.bad_list.item(0).text()
    assert not ok_button(d).isEnabled()  # a bad row: skip it or cancel
    qtbot.mouseClick(d.skip_box, Qt.MouseButton.LeftButton, pos=QPoint(8, d.skip_box.height() // 2))  # its box
    assert ok_button(d).isEnabled() and d.chosen().points.n == 5
    assert "5 points, 3 classes (Adelie, Chinstrap, Gentoo), rescaled min-max" in d.summary.text()


def test_the_rescaling_is_shown_and_can_be_chosen(qtbot, five):
    d = dialog_for(qtbot, five)
    d.x_box.setCurrentIndex(1)
    d.y_box.setCurrentIndex(2)
    d.skip_box.setChecked(True)
    d.rescale_box.setCurrentIndex(d.rescale_box.findData("standard"))
    assert d.chosen().rescale == "standard" and "standardised" in d.summary.text()
    d.rescale_box.setCurrentIndex(d.rescale_box.findData("none"))  # mm do not fit the square as they are
    assert "outside the square" in d.bad_list.item(0).text() and not ok_button(d).isEnabled()


def test_choices_that_give_no_import_say_why_and_disable_ok(qtbot, five):
    d = dialog_for(qtbot, five)
    d.y_box.setCurrentIndex(d.x_box.currentIndex())
    assert "three different columns" in d.summary.text() and not ok_button(d).isEnabled()
    assert d.chosen() is None


def drive(qtbot, answer: str):
    """An ask_import that shows the real dialog, picks the bill columns and answers `answer`."""

    def ask(table, result, parent=None):
        d = CsvImportDialog(table, result, parent)
        qtbot.addWidget(d)
        d.show()
        d.x_box.setCurrentIndex(1)
        d.y_box.setCurrentIndex(2)
        d.skip_box.setChecked(True)
        if answer == "ok":
            qtbot.mouseClick(ok_button(d), Qt.MouseButton.LeftButton)
            return d.chosen()
        d.reject()
        return None

    return ask


def test_through_the_window_ok_imports_as_one_undo_step_with_the_names(qtbot, make_window, five, monkeypatch):
    w = make_window("--dataset", "spiral")
    before, points = w.work.experiment, w.points
    monkeypatch.setattr(csv_dialog, "ask_import", drive(qtbot, "ok"))
    assert w.import_csv(str(five))
    e = w.work.experiment
    assert w.points.n == 5 and e.data.class_names == ("Adelie", "Chinstrap", "Gentoo") and e.data.x_scale != 1
    assert "Gentoo" in w.canvas.legend_html
    assert w.findChild(QAction, "actionClass2").text() == "Class 2: Chinstrap"
    assert "Imported 5 points, 3 classes" in w.statusBar().currentMessage()
    w.findChild(QAction, "actionUndo").trigger()
    assert w.work.experiment == before and w.points == points
    assert "Gentoo" not in w.canvas.legend_html and w.findChild(QAction, "actionClass2").text() == "Class 2"


def test_through_the_window_cancel_changes_nothing(qtbot, make_window, five, monkeypatch):
    w = make_window("--dataset", "spiral")
    before, points, steps = w.work.experiment, w.points, w.undo_stack.count()
    monkeypatch.setattr(csv_dialog, "ask_import", drive(qtbot, "cancel"))
    assert not w.import_csv(str(five))
    assert (w.work.experiment, w.points, w.undo_stack.count()) == (before, points, steps)
    assert "nothing changed" in w.statusBar().currentMessage()


def test_a_plain_file_needs_no_dialog(make_window, tmp_path, monkeypatch):
    w = make_window("--dataset", "spiral")
    monkeypatch.setattr(csv_dialog, "ask_import", lambda *a: pytest.fail("no choice to make: no dialog"))
    path = tmp_path / "plain.csv"
    path.write_text("x\ty\tspecies\n1,5\t2\tsetosa\n-1\t0,5\tvirginica\n", encoding="utf-8")
    assert w.import_csv(str(path))
    assert w.work.experiment.data.class_names == ("setosa", "virginica") and w.points.n == 2
