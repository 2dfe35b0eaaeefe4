"""The classroom's View commands, driven by their keys: zoom, full screen, the presentation preset, the theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from nnplayground.ui.common.theme import PRESENTATION_ZOOM, ZOOM_STEPS
from tests.ui.window_driver import WAIT, act

CTRL = Qt.KeyboardModifier.ControlModifier


def looks(w) -> dict[str, float]:
    """The sizes the zoom changes, read off the widgets and items themselves."""
    canvas_axis = w.canvas.getPlotItem().getAxis("bottom")
    chart_axis = w.loss_chart.getPlotItem().getAxis("bottom")
    return {
        "app font": QApplication.font().pointSizeF(),
        "epoch label": w.findChild(QLabel, "epochLabel").font().pixelSize(),  # from the style sheet's 24px
        "canvas ticks": canvas_axis.style["tickFont"].pointSizeF() if canvas_axis.style["tickFont"] else 0.0,
        "chart ticks": chart_axis.style["tickFont"].pointSizeF() if chart_axis.style["tickFont"] else 0.0,
        "points": w.canvas.train_points.items[0].opts["size"],
        "loss line": w.loss_chart.train_curve.opts["pen"].widthF(),
        "links": w.network_view.links_item(0).density,
    }


def test_ctrl_plus_and_minus_zoom_every_text_point_and_line_and_ctrl_0_resets(qtbot, make_window):
    w = make_window()
    before = looks(w)
    assert before["canvas ticks"] == before["chart ticks"] == 8.0  # the playground's small axes at zoom 1
    for _ in range(3):
        qtbot.keyClick(w, Qt.Key.Key_Equal, CTRL)
    assert w.presentation.scale == ZOOM_STEPS[ZOOM_STEPS.index(1.0) + 3]
    bigger = looks(w)
    for name, value in before.items():
        assert bigger[name] > value, name  # every one grew
    assert bigger["points"] == pytest.approx(before["points"] * w.presentation.scale)
    qtbot.keyClick(w, Qt.Key.Key_Minus, CTRL)
    assert looks(w)["app font"] < bigger["app font"]
    qtbot.keyClick(w, Qt.Key.Key_0, CTRL)
    assert w.presentation.scale == 1.0
    # the diagram is laid out again once the columns have their widths back (on the event loop)
    qtbot.waitUntil(lambda: looks(w) == before, timeout=WAIT)


def test_zoom_stops_at_its_ends(make_window):
    w = make_window()
    for _ in range(len(ZOOM_STEPS) + 2):
        act(w, "actionZoomIn").trigger()
    assert w.presentation.scale == ZOOM_STEPS[-1] and not act(w, "actionZoomIn").isEnabled()
    for _ in range(len(ZOOM_STEPS) + 2):
        act(w, "actionZoomOut").trigger()
    assert w.presentation.scale == ZOOM_STEPS[0] and not act(w, "actionZoomOut").isEnabled()
    assert act(w, "actionZoomIn").isEnabled()


def test_the_zoom_and_theme_are_remembered_and_a_reset_forgets_them(make_window):
    w = make_window()
    act(w, "actionZoomIn").trigger()
    act(w, "actionTheme_dark").trigger()
    w.files.app_settings.save()
    other = make_window()
    assert other.presentation.scale == 1.0  # the settings are read once, by the app at start
    other.files.restore_settings()
    assert other.presentation.scale == w.presentation.scale > 1.0
    assert other.presentation.theme_choice == "dark" and act(other, "actionTheme_dark").isChecked()
    other.files.app_settings.reset()
    assert other.presentation.scale == 1.0 and other.presentation.theme_choice == "system"


def test_a_bad_remembered_zoom_is_ignored(make_window):
    w = make_window()
    for bad in ("huge", "7.0", ""):
        w.files.app_settings.settings.setValue("view/zoom", bad)
        w.files.restore_settings()
        assert w.presentation.scale == 1.0


def test_f11_goes_full_screen_and_back(qtbot, make_window):
    w = make_window()
    qtbot.keyClick(w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: bool(w.windowState() & Qt.WindowState.WindowFullScreen))
    assert act(w, "actionFullScreen").isChecked()
    qtbot.keyClick(w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.windowState() & Qt.WindowState.WindowFullScreen)
    assert not act(w, "actionFullScreen").isChecked()


def test_presentation_shows_the_diagram_and_canvas_large_and_toggling_back_restores(qtbot, make_window):
    w = make_window()
    data_column = w.centralWidget().widget(0)
    assert data_column.isVisible() and w.settings_bar.isVisible() and w.loss_chart.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_F5)
    assert act(w, "actionPresentation").isChecked()
    assert not data_column.isVisible() and not w.settings_bar.isVisible() and not w.loss_chart.isVisible()
    assert w.canvas.isVisible() and w.network_view.isVisible() and w.toolbar.isVisible()  # Play stays at hand
    assert w.presentation.scale == PRESENTATION_ZOOM
    qtbot.keyClick(w, Qt.Key.Key_F5)
    assert data_column.isVisible() and w.settings_bar.isVisible() and w.loss_chart.isVisible()
    assert w.presentation.scale == 1.0 and not act(w, "actionPresentation").isChecked()


def test_the_view_menu_holds_the_classroom_commands_by_their_automation_names(make_window):
    w = make_window()
    view = next(m for m in w.menuBar().findChildren(QMenu) if m.title() == "&View")
    names = {a.objectName() for a in view.actions()}
    assert {"actionZoomIn", "actionZoomOut", "actionZoomReset", "actionFullScreen", "actionPresentation"} <= names
    theme = w.findChild(QMenu, "menuTheme")
    assert [a.objectName() for a in theme.actions()] == ["actionTheme_system", "actionTheme_light", "actionTheme_dark"]
    assert act(w, "actionFullScreen").shortcut().toString() in ("F11", "Ctrl+Shift+F")
    assert "F11" in [s.toString() for s in act(w, "actionFullScreen").shortcuts()]


def luminance(colour) -> float:
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()


def surfaces(w) -> dict[str, float]:
    """How light each surface is, and its text, as drawn (grabbed pixels, not the settings that asked for them)."""
    canvas = w.canvas.grab().toImage()
    chart = w.loss_chart.grab().toImage()
    diagram = w.network_view.view.grab().toImage()
    return {
        "canvas margin": luminance(canvas.pixelColor(2, canvas.height() // 2)),  # left of the axis
        "chart": luminance(chart.pixelColor(chart.width() // 2, chart.height() // 2)),
        "diagram": luminance(diagram.pixelColor(2, 2)),
        "window": luminance(w.palette().color(QPalette.ColorRole.Window)),
        "text": luminance(w.palette().color(QPalette.ColorRole.WindowText)),
        "axis text": luminance(w.canvas.getPlotItem().getAxis("left").textPen().color()),
    }


def test_dark_and_light_themes_draw_every_surface_and_its_text_apart(qtbot, make_window):
    w = make_window()
    light = surfaces(w)
    act(w, "actionTheme_dark").trigger()
    dark = surfaces(w)
    for name in ("canvas margin", "chart", "diagram", "window"):
        assert light[name] > 0.9 and dark[name] < 0.2, name
    for look in (light, dark):  # text stands apart from its surface either way
        assert abs(look["text"] - look["window"]) > 0.6 and abs(look["axis text"] - look["canvas margin"]) > 0.5
    act(w, "actionTheme_light").trigger()
    assert surfaces(w) == light


def test_the_system_choice_follows_the_desktops_colour_scheme(qtbot, make_window, monkeypatch):
    from nnplayground.ui.window import presentation

    w = make_window()
    assert w.presentation.theme_choice == "system" and act(w, "actionTheme_system").isChecked()
    monkeypatch.setattr(presentation, "system_theme", lambda: presentation.DARK)
    w.presentation._on_system_scheme()  # what Qt's colorSchemeChanged calls
    assert w.presentation.theme.dark and surfaces(w)["chart"] < 0.2
    act(w, "actionTheme_light").trigger()
    w.presentation._on_system_scheme()  # a chosen theme stays, whatever the desktop does
    assert not w.presentation.theme.dark
