"""The window's keys: every shortcut fires, and a focused control keeps the keys it understands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSlider, QSpinBox, QToolButton

from tests.ui.window_driver import WAIT, act, epoch

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def enabled_keys(w) -> dict[str, str]:
    """Every key of an enabled action (a disabled action's keys are not in play), asserting each is bound once."""
    seen: dict[str, str] = {}
    for a in w.findChildren(QAction):
        for seq in a.shortcuts() if a.isEnabled() else ():
            key = seq.toString()
            assert key not in seen, f"{key} is bound to {seen[key]} and {a.objectName()}"
            seen[key] = a.objectName()
    return seen


def test_no_key_is_bound_twice(qtbot, make_window):
    """A sequence bound twice is an "ambiguous shortcut" that Qt fires for neither (Ctrl+Q on Linux was). The
    step explainer's Right and Left are live only while it explains, when Step (Right) waits."""
    w = make_window()
    seen = enabled_keys(w)
    assert {"Ctrl+Q", "Ctrl+Shift+S", "Space", "Right"} <= set(seen) and seen["Right"] == "actionStep"
    act(w, "actionExplainStep").trigger()
    qtbot.waitUntil(lambda: w.explainer.trace is not None, timeout=WAIT)
    seen = enabled_keys(w)
    keys = (seen["Right"], seen["Left"], seen["Return"])
    assert keys == ("actionExplainNext", "actionExplainBack", "actionExplainApply")


def test_ctrl_q_quits_and_ctrl_shift_s_saves_as(qtbot, make_window, monkeypatch):
    w = make_window()
    asked = []
    monkeypatch.setattr(w.files, "ask_save_path", lambda *_: asked.append("save as"))  # the question Save As asks
    qtbot.keyClick(w, Qt.Key.Key_S, CTRL | SHIFT)
    assert asked == ["save as"]
    qtbot.keyClick(w, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=WAIT)


def test_space_on_a_focused_preset_chooses_it_and_does_not_play(qtbot, make_window):
    w = make_window("--dataset", "spiral")
    tile = w.findChild(QToolButton, "preset_circle")
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tile.hasFocus, timeout=WAIT)
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert w.experiment.data.name == "circle"
    assert not act(w, "actionPlay").isChecked() and not w.controller.is_playing


def test_arrows_on_a_focused_slider_move_it_and_do_not_step(qtbot, make_window):
    w = make_window("--dataset", "spiral", "--noise", "0.2")
    slider = w.findChild(QSlider, "noiseSlider")
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus, timeout=WAIT)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() == 21 and w.experiment.data.noise == 0.21
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert slider.value() == 20
    act(w, "actionStep").trigger()  # a round trip: a step the arrows had asked for would have arrived first
    qtbot.waitUntil(lambda: epoch(w) == 1, timeout=WAIT)
    assert w.latest_snapshot.epoch == 1


def test_digits_type_into_a_focused_spin_box_and_pick_a_class_elsewhere(qtbot, make_window):
    w = make_window("--dataset", "spiral")
    spin = w.findChild(QSpinBox, "pointsSpin")
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=WAIT)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "300")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert w.points.n == 300 and w.current_class == 0  # the 3 was typed, not taken as "class 3"
    w.canvas.setFocus()
    qtbot.waitUntil(w.canvas.hasFocus, timeout=WAIT)
    qtbot.keyClick(w.canvas, Qt.Key.Key_3)
    assert w.current_class == 2
    qtbot.keyClick(w.canvas, Qt.Key.Key_Space)  # with no control claiming it, Space plays
    qtbot.waitUntil(lambda: w.controller.is_playing, timeout=WAIT)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.controller.is_playing, timeout=WAIT)
