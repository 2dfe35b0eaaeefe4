"""Keyboard only: Tab visits every control in screen order, the timeline has keys, and Help lists every key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSlider, QToolButton, QWidget

from nnplayground.ui.window.focus_keys import in_exclusive_group
from nnplayground.ui.window.help import help_html
from nnplayground.ui.window.tab_order import tab_stops
from tests.ui.window_driver import WAIT, act, epoch, wait_epoch


def regions(w) -> list[QWidget]:
    split = w.centralWidget()
    return [w.toolbar, w.settings_bar, *(split.widget(i) for i in range(split.count()))]


def region_of(w, widget: QWidget) -> int:
    return next(i for i, r in enumerate(regions(w)) if r is widget or r.isAncestorOf(widget))


def tab_walk(qtbot, w, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from the first control until it comes round again."""
    first = w.toolbar.widgetForAction(act(w, "actionReset"))
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=WAIT)
    seen = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back to the first control: {[x.objectName() for x in seen[-5:]]}")


def owner(widget: QWidget, stops: list[QWidget]) -> QWidget:
    """The tab stop a focused widget belongs to (a spin box's line edit holds the focus for its spin box)."""
    while widget is not None and widget not in stops:
        widget = widget.parentWidget()
    return widget


def test_tab_visits_every_control_in_screen_order(qtbot, make_window):
    """Every control, or for a set of choices (presets, classes, tools, Loss/Confusion) the one chosen, as Qt
    does for radio buttons: the arrows move through the set (next test)."""
    w = make_window()
    w.resize(1280, 720)
    stops = [s for r in regions(w) for s in tab_stops(r) if s.isVisible() and s.isEnabled()]
    single = {s for s in stops if not in_exclusive_group(s)}
    sets = {id(s.group()): s.group() for s in stops if in_exclusive_group(s)}
    assert len(sets) == 4  # the presets, the classes, the tools, Loss / Confusion
    visited = [owner(x, stops) for x in tab_walk(qtbot, w)]
    assert None not in visited and len(visited) == len(set(visited))  # each once
    assert single <= set(visited), {s.objectName() for s in single - set(visited)}
    for group in sets.values():
        assert len([x for x in visited if x in group.buttons()]) == 1  # one stop per set of choices
    order = [region_of(w, x) for x in visited]
    assert order == sorted(order)  # toolbar, settings, data, network, output: never back
    names = [x.objectName() for x in visited]
    chosen = next(b for b in w.findChild(QToolButton, "preset_circle").group().buttons() if b.isChecked())
    assert names.index("playButton") < names.index("lrCombo") < names.index(chosen.objectName())  # (its choice)
    assert names.index("classSwatch1") < names.index("addLayerButton") < names.index("timelineSlider")


def test_arrows_move_through_a_set_of_choices_and_do_not_step(qtbot, make_window):
    w = make_window()
    swatch = w.findChild(QToolButton, "classSwatch1")
    swatch.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(swatch.hasFocus, timeout=WAIT)
    qtbot.keyClick(swatch, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: QApplication.focusWidget().objectName() == "classSwatch2", timeout=WAIT)
    assert w.current_class == 1 and epoch(w) == 0  # the class moved on; no epoch was stepped
    tools = w.findChild(QToolButton, "tool_add")
    tools.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(tools, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: w.tool == "brush", timeout=WAIT)


def test_the_timeline_is_a_tab_stop_whose_arrows_rewind_and_which_a_click_leaves_the_arrows_alone(qtbot, make_window):
    w = make_window()
    for target in (1, 2, 3):
        act(w, "actionStep").trigger()
        wait_epoch(qtbot, w, target)
    slider = w.findChild(QSlider, "timelineSlider")
    assert slider.focusPolicy() & Qt.FocusPolicy.TabFocus and not slider.focusPolicy() & Qt.FocusPolicy.ClickFocus
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(slider, Qt.Key.Key_Home)  # back to the first epoch recorded
    qtbot.waitUntil(lambda: w.previewing == 0 and epoch(w) == 0, timeout=WAIT)  # (the picture comes from the worker)
    assert w.latest_snapshot.epoch == 3  # only the picture went back: nothing stepped
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: w.previewing == 1, timeout=WAIT)


def test_help_lists_every_key_of_every_action(qtbot, make_window):
    w = make_window()
    text = help_html(w.actions_by_name)
    for name, a in w.actions_by_name.items():
        for seq in a.shortcuts():
            key = seq.toString()
            if name.startswith("actionClass"):
                key = "1 – 9"
            assert f"<b>{key}" in text or f" or {key}" in text, (name, key)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    box = w.findChild(QMessageBox, "helpDialog")
    assert "Full Screen" in box.text() and "F11" in box.text() and "Zoom In" in box.text()
    box.close()


def test_preset_tiles_and_class_swatches_show_a_focus_ring(qtbot, make_window):
    w = make_window()
    tile = w.findChild(QToolButton, "preset_xor")
    before = tile.grab().toImage()
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tile.hasFocus, timeout=WAIT)
    assert tile.grab().toImage() != before  # something is drawn round it
    swatch = w.findChild(QToolButton, "classSwatch2")
    before = swatch.grab().toImage()
    swatch.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(swatch.hasFocus, timeout=WAIT)
    assert swatch.grab().toImage() != before


def test_the_features_menu_toggles_a_feature_as_a_click_on_its_thumbnail_does(qtbot, make_window):
    w = make_window()
    menu = w.findChild(QMenu, "menuFeatures")
    menu.aboutToShow.emit()
    item = w.findChild(QAction, "actionFeature_x1*x2")
    assert w.experiment.features == ("x1", "x2") and not item.isChecked()
    item.trigger()
    qtbot.waitUntil(lambda: "x1*x2" in w.experiment.features, timeout=WAIT)
    menu.aboutToShow.emit()
    assert item.isChecked() and w.findChild(QAction, "actionFeature_x1").isChecked()
    act(w, "actionUndo").trigger()
    assert w.experiment.features == ("x1", "x2")
