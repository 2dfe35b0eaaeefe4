"""For a screen reader: every control has a name, and the pictures say what they show now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from nnplayground.ui.common.accessibility import focusable, plain
from tests.ui.window_driver import WAIT, act, wait_epoch


def unnamed(w) -> list[str]:
    return [f"{type(x).__name__} {x.objectName()!r}" for x in focusable(w) if not x.accessibleName().strip()]


def test_every_focusable_widget_has_a_name_also_after_the_diagram_and_data_panel_change(qtbot, make_window):
    w = make_window()
    assert len(focusable(w)) > 60 and unnamed(w) == []
    qtbot.mouseClick(w.network_view.add_layer, Qt.MouseButton.LeftButton)  # new layer headers: +, -, activation
    qtbot.waitUntil(lambda: len(w.experiment.hidden) == 3, timeout=WAIT)
    w.data_panel.findChild(QComboBox, "problemCombo").setCurrentIndex(1)  # regression: other presets
    QApplication.processEvents()
    assert unnamed(w) == []


def test_names_come_from_what_a_sighted_user_reads(make_window):
    w = make_window()
    names = {x.objectName(): x.accessibleName() for x in focusable(w) if x.objectName()}
    assert names["lrCombo"] == "Learning rate"  # the caption over it
    assert names["pointsSpin"] == "Points"  # its form row's label
    assert names["playButton"] == "Play"  # its action's text
    assert names["addLayerButton"].startswith("Add a hidden layer")  # "+" says nothing: its tooltip does
    assert names["classSwatch3"] == "Class 3"  # "3" alone would be a number, not a class
    spin_edit = w.findChild(QSpinBox, "seedSpin").lineEdit()
    assert spin_edit.accessibleName() == "Seed"  # the part of a control is named as the control
    assert all(len(n) < 90 for n in names.values())  # names, not the tooltips' paragraphs


def test_plain_turns_rich_text_into_one_line():
    assert plain("<b>Zoom &In</b><br>more") == "Zoom In"
    assert plain("Save &amp; quit.") == "Save & quit"


def test_the_pictures_describe_what_they_show_and_follow_a_step(qtbot, make_window):
    w = make_window("--dataset", "xor", "--points", "200")
    chart, canvas, diagram = w.loss_chart, w.canvas, w.network_view.view
    first = chart.accessibleDescription()
    assert first.startswith("training loss ") and "test loss" in first and first.endswith("epoch 0")
    assert "200 points" in canvas.accessibleDescription() and "classes" in canvas.accessibleDescription()
    assert "2 hidden layers" in diagram.accessibleDescription()
    act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 1)
    snap = w.shown_snapshot
    after = chart.accessibleDescription()
    assert after.endswith("epoch 1") and after != first
    assert f"{snap.train_loss:.4f}"[:4] in after  # the loss on screen, not an old one
    assert canvas.accessibleDescription().endswith("at epoch 1") and diagram.accessibleDescription().endswith("epoch 1")


def test_while_playing_the_descriptions_are_renewed_only_a_few_times_a_second(qtbot, make_window):
    w = make_window("--speed", "max")
    changes: list[str] = []
    frames: list[int] = []
    original = w.loss_chart.setAccessibleDescription
    w.loss_chart.setAccessibleDescription = lambda text: (changes.append(text), original(text))  # type: ignore
    w.work.snapshot.connect(lambda snap: frames.append(snap.epoch))
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: len(frames) > 40, timeout=WAIT)
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: not w.work.is_playing, timeout=WAIT)
    assert 1 <= len(changes) < len(frames) / 4  # at most every half second, while frames come 30-60 a second
    assert all(c.startswith("training loss") for c in changes)
