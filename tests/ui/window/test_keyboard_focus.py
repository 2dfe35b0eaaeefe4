"""Keyboard only, the leftovers: Tab into the presets lands on the chosen one, which shows a focus ring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from tests.ui.window.test_keyboard import tab_walk
from tests.ui.window_driver import WAIT, act, epoch


def test_tab_into_the_presets_lands_on_the_checked_one_and_shift_tab_too(qtbot, make_window):
    w = make_window()
    w.resize(1280, 720)
    spiral = w.findChild(QToolButton, "preset_spiral")
    spiral.click()
    qtbot.waitUntil(spiral.isChecked, timeout=WAIT)
    presets = spiral.group().buttons()
    visited = [x for x in tab_walk(qtbot, w) if x in presets]
    assert visited == [spiral]  # real Tab presses, from the toolbar's first button on
    spiral.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(spiral.hasFocus, timeout=WAIT)
    qtbot.keyClick(spiral, Qt.Key.Key_Right)  # the arrows move on, and choose
    qtbot.waitUntil(lambda: QApplication.focusWidget() in presets and not spiral.hasFocus(), timeout=WAIT)
    moved = QApplication.focusWidget()
    assert moved.isChecked()
    after = moved.nextInFocusChain()
    while not (after.focusPolicy() & Qt.FocusPolicy.TabFocus and after.isVisible()):
        after = after.nextInFocusChain()
    after.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(after.hasFocus, timeout=WAIT)
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is moved  # Shift+Tab back into the set: at the choice again
    w.findChild(QToolButton, "preset_moons").click()  # a click chooses another: Tab now enters there
    assert [x for x in tab_walk(qtbot, w) if x in presets] == [w.findChild(QToolButton, "preset_moons")]


def ring_colour(widget) -> set[str]:
    """The colours at the middle of the widget's four edges, one pixel in (where a 2 px ring is drawn)."""
    img = widget.grab().toImage()
    w, h = img.width(), img.height()
    return {img.pixelColor(x, y).name() for x, y in ((1, h // 2), (w - 2, h // 2), (w // 2, 1), (w // 2, h - 2))}


def test_the_focused_preset_has_a_ring_in_the_themes_focus_colour_light_and_dark(qtbot, make_window):
    w = make_window()
    tile = w.findChild(QToolButton, "preset_circle")
    for theme in ("light", "dark"):
        act(w, f"actionTheme_{theme}").trigger()
        colour = w.presentation.theme.focus
        assert colour not in ring_colour(tile)  # no ring without the focus
        tile.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(tile.hasFocus, timeout=WAIT)
        assert ring_colour(tile) == {colour}, theme
        w.findChild(QToolButton, "preset_xor").setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: not tile.hasFocus(), timeout=WAIT)


def test_a_weight_edited_with_the_keyboard_alone_is_undone_as_a_clicked_one(qtbot, make_window):
    w = make_window()
    diagram = w.network_view.view
    w.findChild(QToolButton, "addLayerButton").setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(40):  # Tab on from the network's controls until the diagram has the focus
        if diagram.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert diagram.hasFocus()
    before = w.latest_snapshot.weights[0][0, 0]
    for key in (
        Qt.Key.Key_Space,
        Qt.Key.Key_Right,
        Qt.Key.Key_Left,
        Qt.Key.Key_W,
        Qt.Key.Key_Return,
    ):
        qtbot.keyClick(diagram, key)
    assert epoch(w) == 0 and not w.controller.is_playing  # the diagram's keys: no step, no play
    editor = w.network_view.editor
    assert editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "1.25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.latest_snapshot.weights[0][0, 0] == 1.25, timeout=WAIT)
    assert diagram.hasFocus() and diagram.accessibleDescription().startswith(
        "weight from x₁ to neuron 1 of layer 1: 1.25; Network with 2"
    )
    act(w, "actionUndo").trigger()
    qtbot.waitUntil(lambda: w.latest_snapshot.weights[0][0, 0] == before, timeout=WAIT)
