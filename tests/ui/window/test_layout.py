"""The window on real screen sizes: it fits, nothing is cut off or hidden, and the canvas grows with the window (a
narrow one folds the data column into a drawer: every data control is whole in it once it is open)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QComboBox, QSplitter, QToolBar

from nnplayground.ui.common.accessibility import focusable
from nnplayground.ui.window.layout import initial_size
from tests.ui.window_driver import act

SCREENS = [(1024, 768), (1280, 720), (1920, 1080)]


def settle(w) -> None:
    QApplication.processEvents()
    w.layout().activate()
    QApplication.processEvents()


def on_window(w, widget) -> QRect:
    return QRect(widget.mapTo(w, QPoint(0, 0)), widget.size())


def test_the_window_fits_a_1024_by_768_screen(make_window):
    w = make_window()
    hint = w.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700  # room left for a window frame and a task bar
    assert initial_size(QSize(1024, 768)) == QSize(1024, 768)
    assert initial_size(QSize(2560, 1440)) == QSize(1400, 860)


@pytest.mark.parametrize("size", SCREENS)
def test_no_setting_hides_behind_an_overflow_arrow_and_no_text_is_cut(make_window, size):
    w = make_window("--dataset", "spiral")
    w.resize(*size)
    settle(w)
    whole = w.rect()
    for bar in w.findChildren(QToolBar):
        extension = [b for b in bar.findChildren(QAbstractButton) if b.objectName() == "qt_toolbar_ext_button"]
        assert not any(b.isVisible() for b in extension), f"{bar.objectName()} overflows at {size}"
    more = w.controls_panel.more_settings  # a window of its own, opened by the bar's More button
    for combo in w.controls_panel.findChildren(QComboBox):
        if more.isAncestorOf(combo):
            continue
        assert combo.isVisible() and whole.contains(on_window(w, combo)), combo.objectName()
    scrolled = w.data_panel  # (scrolls: its buttons are checked by test_every_action_...)
    for box in w.findChildren(QCheckBox) + w.findChildren(QAbstractButton):
        fixed = box.minimumWidth() == box.maximumWidth()  # drawn to a size on purpose (the diagram's +/-)
        if box.isVisible() and box.text() and not fixed and not scrolled.isAncestorOf(box):
            assert box.width() >= box.sizeHint().width(), f"{box.text()!r} is cut at {size}"


def test_the_canvas_grows_with_the_window(make_window):
    w = make_window("--dataset", "spiral")
    sides = []
    for size in ((1280, 720), (1920, 1080)):
        w.resize(*size)
        settle(w)
        sides.append(min(w.canvas.width(), w.canvas.height()))
    assert sides[1] >= 1.4 * sides[0]  # 1.5 times the screen: the canvas takes its share, not the diagram alone


def test_the_data_column_is_never_narrower_than_its_content(make_window):
    w = make_window()
    w.resize(1400, 860)  # wide enough for the column (a narrow window folds it: tests/ui/window/test_drawer.py)
    settle(w)
    split = w.findChild(QSplitter, "columns")
    left = split.widget(0)
    assert not w.data_column.folded
    split.setSizes([60, 900, 400])  # a drag, or sizes restored from an old settings file
    settle(w)
    assert split.sizes()[0] >= w.data_panel.minimumSizeHint().width()
    assert left.width() >= w.data_panel.minimumSizeHint().width()


# ---- any screen: every action and every control reachable -------------------------------------------------------
# Actions that are about a moment, not missing: the step explainer's keys while it is off, picking a next point
# before any is picked, undo with nothing done. Each is enabled when its moment comes (tests/ui/network).
CONTEXTUAL = {
    "actionExplainNext", "actionExplainBack", "actionExplainApply", "actionNextPoint", "actionPreviousPoint",
    "actionUndo", "actionRedo",
    "actionDataDrawer",  # the data panel's drawer: only a window too narrow for the data column has one
}  # fmt: skip


def menu_actions(menu) -> set[str]:
    names = set()
    for a in menu.actions():
        names.add(a.objectName())
        if a.menu() is not None:
            names |= menu_actions(a.menu())
    return names


def reachable(w, widget) -> bool:
    """Inside the window, or inside the data column's scroll area (which scrolls to a control Tab reaches, in the
    column or in its drawer), the scroll area inside the window and the control whole across its width."""
    scroll = w.data_column.scroll
    if scroll.widget().isAncestorOf(widget):
        inner = QRect(widget.mapTo(scroll.widget(), QPoint(0, 0)), widget.size())
        whole = scroll.widget().rect().contains(inner) and inner.right() <= scroll.viewport().width()
        return whole and w.rect().contains(on_window(w, scroll))
    return w.rect().contains(on_window(w, widget))


# (1093, 584): a 1366 x 768 laptop at 125% is 1093 x 614 logical pixels, less a title bar
@pytest.mark.parametrize("size, zoom", [((1024, 768), 1.0), ((1280, 720), 1.0), ((1280, 720), 1.3), ((1093, 584), 1.0)])
def test_every_action_is_in_a_menu_and_every_control_is_whole_inside_the_window(make_window, size, zoom):
    w = make_window("--dataset", "spiral", "--regularization", "l2")
    w.presentation.set_scale(zoom)
    w.resize(*size)
    settle(w)
    assert (w.width(), w.height()) == size  # the window can be that small: it fits that screen
    in_menus = menu_actions(w.menuBar())
    for name, a in w.actions_by_name.items():
        assert name in in_menus, f"{name} is in no menu"
        assert a.isEnabled() or name in CONTEXTUAL, f"{name} is disabled"
    column = w.data_column
    assert column.folded == (size[0] < 1280 or zoom > 1)  # the data column is a drawer below 1280 (or zoomed)
    for opened in (False, True) if column.folded else (False,):
        if opened:  # the drawer's handle was reachable: open, every data control is whole inside the window
            act(w, "actionDataDrawer").trigger()
            settle(w)
            assert column.is_open
        stops = [s for s in focusable(w) if s.window() is w and s.isVisibleTo(w)]
        assert len(stops) > (60 if opened or not column.folded else 35)
        assert column.folded == (column.handle in stops) and (w.data_panel.isVisible() == (opened or not column.folded))
        for s in stops:
            assert s.isVisible(), f"{s.objectName()} hidden at {size}"
            assert reachable(w, s), f"{s.objectName() or type(s).__name__} cut off at {size}, zoom {zoom}"
            assert s.width() >= 8 and s.height() >= 8, s.objectName()
