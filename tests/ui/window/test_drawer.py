"""The data column of a narrow window folds into a drawer: the diagram and the canvas get the room, the handle (or
View > Data Panel, Ctrl+D) opens the same data panel over the diagram, whole, and Escape closes it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QSplitter, QToolButton

from nnplayground.ui.common.accessibility import focusable
from nnplayground.ui.window.drawer import HYSTERESIS, fold_width
from nnplayground.ui.window.help import help_html
from nnplayground.ui.window.tab_order import tab_stops
from tests.ui.window_driver import WAIT, act


def settle(w) -> None:
    QApplication.processEvents()
    w.layout().activate()
    QApplication.processEvents()


def narrow(make_window, *argv: str, size=(1024, 768)):
    w = make_window("--dataset", "spiral", *argv)
    w.resize(*size)
    settle(w)
    return w, w.data_column, w.findChild(QSplitter, "columns")


def on_window(w, widget) -> QRect:
    return QRect(widget.mapTo(w, QPoint(0, 0)), widget.size())


def data_controls(w) -> list:
    return [s for s in focusable(w.data_panel) if s.isVisibleTo(w.data_panel)]


def assert_whole_in_the_drawer(w, column) -> None:
    """Every data control shown, whole across the drawer's width, and the drawer inside the window (a control
    below its bottom is reached by scrolling, as Tab does)."""
    assert w.rect().contains(on_window(w, column.drawer))
    scroll, panel = column.scroll, w.data_panel
    controls = data_controls(w)
    assert len(controls) > 20
    for s in controls:
        assert s.isVisible(), s.objectName()
        inner = QRect(s.mapTo(panel, QPoint(0, 0)), s.size())
        assert panel.rect().contains(inner) and inner.right() <= scroll.viewport().width(), s.objectName()


def test_at_1024_the_data_column_folds_to_a_handle_and_the_diagram_and_canvas_get_its_width(make_window):
    w, column, split = narrow(make_window)
    assert column.folded and not column.is_open
    assert column.handle.isVisible() and not w.data_panel.isVisible()
    sizes = [split.widget(i).width() for i in range(3)]  # (sizes() says the wide ones: the remembered)
    assert sizes[0] == column.handle.width() < column.needed_width() / 4
    # today's layout gave the data column its whole width: the diagram and the output now share it
    assert sizes[1] + sizes[2] > split.width() - column.needed_width() - 2 * split.handleWidth()
    assert w.output_panel.width() > (split.width() - column.needed_width()) / 2
    handle = column.handle
    assert handle.toolTip() and handle.accessibleName() and handle.accessibleDescription()
    assert w.rect().contains(on_window(w, handle)) and handle.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_handle_opens_the_whole_data_panel_over_the_diagram_and_escape_closes_it(qtbot, make_window):
    w, column, split = narrow(make_window)
    before = w.canvas.size()
    qtbot.mouseClick(column.handle, Qt.MouseButton.LeftButton)
    assert column.is_open and column.handle.isChecked()
    assert column.drawer.isAncestorOf(w.data_panel)  # the one panel, moved, not a copy
    assert_whole_in_the_drawer(w, column)
    assert column.drawer.isAncestorOf(QApplication.focusWidget())  # the keys go in with it
    assert w.canvas.size() == before and w.canvas.isVisible()  # the canvas beside it stays as it was
    drawer_box, canvas_box = on_window(w, column.drawer), on_window(w, w.canvas)
    assert not drawer_box.intersects(canvas_box)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not column.is_open and not w.data_panel.isVisible()
    assert QApplication.focusWidget() is column.handle  # back where the click came from
    qtbot.mouseClick(column.handle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(column.handle, Qt.MouseButton.LeftButton)  # the handle closes it too
    assert not column.is_open


def test_editing_data_in_the_drawer_works_as_in_the_column(qtbot, make_window):
    w, column, _ = narrow(make_window)
    act(w, "actionDataDrawer").trigger()
    moons = w.findChild(QToolButton, "preset_moons")
    qtbot.mouseClick(moons, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.experiment.data.name == "moons", timeout=WAIT)
    swatch = w.findChild(QToolButton, "classSwatch2")
    qtbot.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert w.current_class == 1
    assert column.is_open  # a click in the drawer keeps it open
    w.canvas.setFocus(Qt.FocusReason.MouseFocusReason)  # the canvas, beside the drawer: drawing goes on
    assert column.is_open


def test_view_data_panel_and_ctrl_d_toggle_the_drawer_and_help_lists_the_key(qtbot, make_window):
    w, column, _ = narrow(make_window)
    a = act(w, "actionDataDrawer")
    assert a.isCheckable() and a.isEnabled() and not a.isChecked()
    assert "Ctrl+D" in [s.toString() for s in a.shortcuts()]
    a.trigger()
    assert column.is_open and a.isChecked()
    a.trigger()
    assert not column.is_open and not a.isChecked()
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert column.is_open and a.isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not column.is_open and not a.isChecked()
    assert "Ctrl+D" in help_html(w.actions_by_name)
    w.resize(1400, 860)
    settle(w)
    assert not a.isEnabled() and a.isChecked()  # a wide window shows the panel as its column


def in_stops(stops, f) -> int:
    """The index of the data control that has the focus (a spin box's line edit counts as the spin box)."""
    return next(i for i, s in enumerate(stops) if s is f or s.isAncestorOf(f))


def tab_through_the_drawer(qtbot, column) -> list[int]:
    """Tab from the first data control to the last: the controls visited, as indices of the drawer's tab stops."""
    stops = [s for s in tab_stops(column.scroll) if s.isVisibleTo(column.scroll) and s.isEnabled()]
    visited = [in_stops(stops, QApplication.focusWidget())]
    while visited[-1] != len(stops) - 1 and len(visited) <= len(stops):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(in_stops(stops, QApplication.focusWidget()))  # (StopIteration: Tab left the drawer)
    return visited


def test_tab_walks_the_open_drawer_in_screen_order_and_leaves_it_for_the_diagram(qtbot, make_window):
    w, column, split = narrow(make_window)
    column.handle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(column.handle, Qt.Key.Key_Space)  # the keyboard alone opens it
    assert column.is_open
    visited = tab_through_the_drawer(qtbot, column)
    assert visited[0] == 0 and visited == sorted(set(visited)) and len(visited) > 10  # in the panel's order
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert column.is_open and column.drawer.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the last: on to the diagram it covered
    assert not column.is_open and split.widget(1).isAncestorOf(QApplication.focusWidget())
    column.set_open(True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is column.handle and column.is_open  # back to the handle: still open
    combo = w.findChild(QComboBox, "problemCombo")  # new presets: the window sets its Tab order anew
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    qtbot.waitUntil(lambda: w.points.regression, timeout=WAIT)
    qtbot.keyClick(column.handle, Qt.Key.Key_Tab)
    assert column.drawer.isAncestorOf(QApplication.focusWidget())  # still: from the handle into the drawer
    again = tab_through_the_drawer(qtbot, column)
    assert again == sorted(set(again)) and len(again) > 5  # (regression: a value to draw, no classes)


def test_widening_puts_the_column_back_with_its_width_and_narrowing_folds_it_again(qtbot, make_window):
    w, column, split = narrow(make_window, size=(1400, 860))
    assert not column.folded and column.isAncestorOf(w.data_panel) and not column.handle.isVisible()
    split.setSizes([column.needed_width() + 60, 600, 600])  # a drag: remembered across the fold
    settle(w)
    wide = split.sizes()[0]
    w.resize(1024, 768)
    settle(w)
    act(w, "actionDataDrawer").trigger()
    assert column.folded and column.is_open
    w.resize(1400, 860)
    settle(w)
    assert not column.folded and not column.is_open and w.data_panel.isVisible()
    assert column.isAncestorOf(w.data_panel) and split.count() == 3 and split.sizes()[0] == wide
    assert not act(w, "actionDataDrawer").isEnabled()


def test_the_boundary_has_hysteresis_and_a_zoom_moves_it(qtbot, make_window):
    w, column, split = narrow(make_window, size=(1400, 860))
    edge = fold_width(column.needed_width()) + (w.width() - split.width())  # the window's width at the boundary
    w.resize(edge - HYSTERESIS // 2, 860)
    settle(w)
    assert not column.folded  # a little narrower than the boundary: still three columns
    w.resize(edge - HYSTERESIS - 10, 860)
    settle(w)
    assert column.folded
    w.resize(edge - HYSTERESIS // 2, 860)
    settle(w)
    assert column.folded  # ... and a little wider again: still folded, no flicker
    w.resize(1280, 720)
    settle(w)
    assert not column.folded  # 1280 wide shows the three columns, as ever
    w.presentation.set_scale(1.3)  # the data column needs more than a quarter of 1280 now
    qtbot.waitUntil(lambda: column.folded, timeout=WAIT)
    assert fold_width(column.needed_width()) > split.width()
    act(w, "actionDataDrawer").trigger()
    settle(w)
    assert_whole_in_the_drawer(w, column)
    w.presentation.set_scale(1.0)
    qtbot.waitUntil(lambda: not column.folded, timeout=WAIT)


def test_presentation_hides_the_handle_and_the_drawer_and_gives_them_back(qtbot, make_window):
    w, column, _ = narrow(make_window)
    act(w, "actionDataDrawer").trigger()
    assert column.is_open
    qtbot.keyClick(w, Qt.Key.Key_F5)
    assert not column.isVisible() and not column.is_open and not column.drawer.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_F5)
    settle(w)
    assert column.isVisible() and column.folded and column.handle.isVisible() and not column.is_open


def test_sizes_saved_in_a_narrow_window_restore_three_whole_columns_in_a_wide_one(make_window):
    w, column, _ = narrow(make_window)
    w.files.app_settings.save()
    other = make_window()
    other.files.restore_settings()
    other.resize(1400, 860)
    settle(other)
    split = other.findChild(QSplitter, "columns")
    assert not other.data_column.folded and split.count() == 3
    assert split.sizes()[0] >= other.data_column.needed_width()


def test_the_columns_sizes_saved_in_a_wide_window_come_back_in_one(make_window, qtbot):
    w, column, split = narrow(make_window, size=(1400, 860))
    split.setSizes([column.needed_width() + 80, 500, 500])
    settle(w)
    kept = split.sizes()
    w.files.app_settings.save()
    other = make_window()
    other.files.restore_settings()  # (as the app does: geometry and sizes, then the window goes on)
    other.resize(1400, 860)
    settle(other)
    assert other.findChild(QSplitter, "columns").sizes() == kept
