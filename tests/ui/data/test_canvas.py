"""The data canvas, driven through real widgets: clicks map to data coordinates, the pictures follow the model."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from nnplayground.core import colors
from nnplayground.core.contour import boundary_segments, contour_segments
from nnplayground.core.edits import move, relabel
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from nnplayground.ui.common.shapes import class_glyph, class_symbol
from nnplayground.ui.data.canvas import DataCanvas


@pytest.fixture
def canvas(qtbot, shown):
    c = shown(DataCanvas(), 420, 460)  # taller than wide: the square must still be square and the clicks exact
    vb = c.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: abs(vb.width() - vb.height()) < 1.0, timeout=2000)  # the layout squares the view
    QApplication.processEvents()
    return c


@pytest.fixture(scope="module")
def spiral_snapshots():
    """Two real snapshots of one spiral run: fresh, and after 40 epochs."""
    trainer = Trainer(Experiment(), PointSet.generate("spiral", 200))
    before = trainer.snapshot()
    trainer.run(20)
    trainer.run(20)
    return before, trainer.snapshot()


def record(signal) -> list[tuple[float, float]]:
    seen: list[tuple[float, float]] = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def send_mouse(canvas: DataCanvas, kind: QEvent.Type, x: float, y: float, button, buttons) -> None:
    """A mouse event at the data point (x, y), sent straight to the viewport (QTest cannot drag with a button held)."""
    pos = QPointF(canvas.data_to_widget(x, y))
    glob = QPointF(canvas.viewport().mapToGlobal(pos.toPoint()))
    ev = QMouseEvent(kind, pos, glob, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas.viewport(), ev)


def pixel_colour(canvas: DataCanvas, x: float, y: float) -> QColor:
    return canvas.grab().toImage().pixelColor(canvas.data_to_widget(x, y))


# ---- clicks and gestures ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("x, y", [(2.5, -1.0), (0.0, 0.0), (-3.3, 4.7), (-6, -6), (6, 6), (-6, 6), (6, -6)])
def test_left_click_adds_at_the_clicked_data_point(canvas, qtbot, x, y):
    half_pixel = canvas.pixel_size() / 2
    with qtbot.waitSignal(canvas.add_requested, timeout=1000) as blocker:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.data_to_widget(x, y))
    got_x, got_y = blocker.args
    assert abs(got_x - x) <= half_pixel + 1e-9
    assert abs(got_y - y) <= half_pixel + 1e-9
    assert -6 <= got_x <= 6 and -6 <= got_y <= 6


def test_mapping_is_right_straight_after_a_resize(qtbot, shown):
    """No waiting for the event loop: the window may click as soon as the canvas is shown or resized."""
    c = shown(DataCanvas(), 300, 200)
    c.resize(520, 380)
    first = c.data_to_widget(2.5, -1.0)
    QApplication.processEvents()  # whatever layout was pending has been done already: the pixel stays
    assert c.data_to_widget(2.5, -1.0) == first
    with qtbot.waitSignal(c.add_requested, timeout=1000) as blocker:
        qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=c.data_to_widget(2.5, -1.0))
    assert blocker.args == pytest.approx([2.5, -1.0], abs=c.pixel_size() / 2 + 1e-9)
    assert 12 / c.pixel_size() > 0.8 * 380  # the square follows the new size


def test_widget_and_data_coordinates_invert_each_other(canvas):
    for x, y in [(1.25, -4.5), (-5.9, 5.9), (0.0, 3.0)]:
        bx, by = canvas.widget_to_data(canvas.data_to_widget(x, y))
        assert abs(bx - x) <= canvas.pixel_size() / 2 + 1e-9 and abs(by - y) <= canvas.pixel_size() / 2 + 1e-9
    # the square fills the view in both directions: about 12 data units over the smaller side
    assert 0.8 * min(canvas.width(), canvas.height()) < 12 / canvas.pixel_size() <= min(canvas.width(), canvas.height())


def test_right_click_erases_whatever_the_tool(canvas, qtbot):
    for tool in ("add", "brush", "erase"):
        canvas.set_tool(tool)
        added = record(canvas.add_requested)
        with qtbot.waitSignal(canvas.erase_requested, timeout=1000) as blocker:
            qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.RightButton, pos=canvas.data_to_widget(-2.0, 3.0))
        assert blocker.args == pytest.approx([-2.0, 3.0], abs=canvas.pixel_size())
        assert added == []


def test_clicks_outside_the_square_emit_nothing(canvas, qtbot):
    added, erased = record(canvas.add_requested), record(canvas.erase_requested)
    bottom_left, top_right = canvas.data_to_widget(-6, -6), canvas.data_to_widget(6, 6)
    centre = canvas.data_to_widget(0, 0)
    outside = [  # a few pixels off the square: the left axis, the bottom axis, their corner, the legend above
        QPoint(bottom_left.x() - 6, centre.y()),
        QPoint(centre.x(), bottom_left.y() + 6),
        QPoint(bottom_left.x() - 6, bottom_left.y() + 6),
        QPoint(centre.x(), top_right.y() - 6),
        QPoint(top_right.x() + 3, centre.y()),
    ]
    for pos in outside:
        assert canvas.rect().contains(pos), "the test point must lie on the widget"
        x, y = canvas.widget_to_data(pos)
        assert max(abs(x), abs(y)) > 6 + canvas.pixel_size()
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.RightButton, pos=pos)
    assert added == [] and erased == []


def test_left_click_follows_the_tool(canvas, qtbot):
    canvas.set_tool("erase")
    with qtbot.waitSignal(canvas.erase_requested, timeout=1000):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.data_to_widget(1.0, 1.0))
    canvas.set_tool("brush")
    with qtbot.waitSignal(canvas.brush_requested, timeout=1000):
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.data_to_widget(1.0, 1.0))


def test_unknown_tool_is_refused_with_a_message(canvas):
    with pytest.raises(ValueError, match="unknown tool 'spray'"):
        canvas.set_tool("spray")
    assert canvas.tool == "add"


def test_cursor_shows_the_tool(canvas):
    canvas.set_tool("add")
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.CrossCursor
    canvas.set_tool("erase")
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.BitmapCursor


def test_brush_drag_paints_along_the_path(canvas):
    canvas.set_tool("brush")
    painted = record(canvas.brush_requested)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    path = np.linspace(-4.0, 4.0, 21)  # steps of 0.4 data units, more than the stroke spacing
    send_mouse(canvas, QEvent.Type.MouseButtonPress, path[0], path[0], left, left)
    for v in path[1:]:
        send_mouse(canvas, QEvent.Type.MouseMove, v, v, none, left)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, path[-1], path[-1], left, none)
    assert len(painted) == len(path)  # the press, then every move (each one far enough from the last)
    got = np.array(painted)
    tol = canvas.pixel_size()
    assert np.allclose(got[:, 0], path, atol=tol) and np.allclose(got[:, 1], path, atol=tol)
    # after the release, moving paints nothing more
    send_mouse(canvas, QEvent.Type.MouseMove, 0.0, -3.0, none, none)
    assert len(painted) == len(path)


def test_brush_throttles_small_moves(canvas):
    canvas.set_tool("brush")
    painted = record(canvas.brush_requested)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(canvas, QEvent.Type.MouseButtonPress, 0.0, 0.0, left, left)
    for i in range(1, 11):  # ten moves of about 0.01 units: 0.1 in all, less than the spacing
        send_mouse(canvas, QEvent.Type.MouseMove, 0.01 * i, 0.0, none, left)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, 0.1, 0.0, left, none)
    # the press paints; a slow machine may add one stroke per 1/5 of the spacing moved, never one per move
    assert 1 <= len(painted) <= 3


def test_right_drag_erases_along_the_path(canvas):
    erased = record(canvas.erase_requested)
    right, none = Qt.MouseButton.RightButton, Qt.MouseButton.NoButton
    send_mouse(canvas, QEvent.Type.MouseButtonPress, -5.0, 0.0, right, right)
    for x in np.linspace(-4.0, 5.0, 10):
        send_mouse(canvas, QEvent.Type.MouseMove, x, 0.0, none, right)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, 5.0, 0.0, right, none)
    assert len(erased) == 11
    assert all(abs(y) <= canvas.pixel_size() for _, y in erased)


def test_drag_leaving_the_square_emits_only_inside(canvas):
    canvas.set_tool("brush")
    painted = record(canvas.brush_requested)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(canvas, QEvent.Type.MouseButtonPress, 5.0, 0.0, left, left)
    send_mouse(canvas, QEvent.Type.MouseMove, 5.6, 0.0, none, left)
    send_mouse(canvas, QEvent.Type.MouseMove, 5.6, -6.6, none, left)  # over the axis
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, 5.6, -6.6, left, none)
    assert len(painted) == 2 and all(-6 <= x <= 6 and -6 <= y <= 6 for x, y in painted)


def test_hover_reports_the_data_point_and_leaving(canvas):
    hovered, left = record(canvas.hovered), record(canvas.hover_left)
    none = Qt.MouseButton.NoButton
    send_mouse(canvas, QEvent.Type.MouseMove, 1.5, -2.5, none, none)
    assert hovered[-1] == pytest.approx((1.5, -2.5), abs=canvas.pixel_size())
    send_mouse(canvas, QEvent.Type.MouseMove, -6.6, -6.6, none, none)
    assert len(left) == 1 and len(hovered) == 1


def test_mouse_does_not_pan_or_zoom(canvas):
    vb = canvas.getPlotItem().getViewBox()
    before = np.array(vb.viewRange())
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(canvas, QEvent.Type.MouseButtonPress, 0.0, 0.0, left, left)
    send_mouse(canvas, QEvent.Type.MouseMove, 3.0, 3.0, none, left)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, 3.0, 3.0, left, none)
    pos = QPointF(canvas.data_to_widget(0.0, 0.0))
    wheel = QWheelEvent(
        pos,
        QPointF(canvas.viewport().mapToGlobal(pos.toPoint())),
        QPointF(0, 0).toPoint(),
        QPointF(0, 240).toPoint(),
        none,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), wheel)
    QApplication.processEvents()
    assert np.allclose(np.array(vb.viewRange()), before)
    assert np.allclose(before, [[-6, 6], [-6, 6]], atol=2 * canvas.pixel_size())  # the square is the whole view


# ---- points ----------------------------------------------------------------------------------------------------------
def sorted_rows(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a, dtype=np.float64).reshape(-1, 2)
    return a[np.lexsort((a[:, 1], a[:, 0]))]


def test_set_points_draws_every_point_and_test_points_follow_the_toggle(canvas):
    ps = PointSet.generate("spiral", 300, seed=2)
    test = ps.test_mask(0.5)
    assert 0 < test.sum() < ps.n
    canvas.set_points(ps, test)
    assert np.array_equal(sorted_rows(canvas.drawn_points()), sorted_rows(ps.xy[~test]))
    assert not any(item.isVisible() for item in canvas.test_points.items)
    canvas.set_show_test(True)
    assert np.array_equal(sorted_rows(canvas.drawn_points()), sorted_rows(ps.xy))
    assert np.array_equal(sorted_rows(canvas.test_points.xy()), sorted_rows(ps.xy[test]))
    assert all(item.isVisible() for item in canvas.test_points.items)
    assert "test" in canvas.legend_html
    canvas.set_show_test(False)
    assert len(canvas.drawn_points()) == (~test).sum()


def test_points_take_their_class_colour(canvas):
    ps = PointSet.generate("blobs", 90, classes=3)
    canvas.set_points(ps, np.zeros(ps.n, dtype=bool))
    for i, item in enumerate(canvas.train_points.items[:3]):
        xy = np.column_stack(item.getData())
        assert np.array_equal(sorted_rows(xy), sorted_rows(ps.xy[ps.labels == i]))
        assert item.opts["brush"].color().name() == colors.CLASS_COLORS[i]
    assert "Class 3" in canvas.legend_html


def test_every_class_has_a_shape_of_its_own_on_the_canvas_and_in_the_legend(canvas):
    """Colour is never the only cue: the nine classes' points differ in shape too, as their legend says."""
    ps = PointSet.generate("blobs", 270, classes=9)
    test = np.arange(ps.n) % 3 == 0
    canvas.set_points(ps, test)
    canvas.set_show_test(True)
    for layer, mask in ((canvas.train_points, ~test), (canvas.test_points, test)):
        assert len(layer.items) == 9
        for k, item in enumerate(layer.items):  # one item per class, holding exactly that class's points
            xy = np.column_stack(item.getData())
            assert np.array_equal(sorted_rows(xy), sorted_rows(ps.xy[mask & (ps.labels == k)]))
            assert item.opts["symbol"] == class_symbol(k)
        assert len({item.opts["symbol"] for item in layer.items}) == 9
    glyphs = [class_glyph(k) for k in range(9)]
    assert len(set(glyphs)) == 9 and all(g in canvas.legend_html for g in glyphs)
    regression = PointSet.generate("plane", 50)
    canvas.set_points(regression, np.zeros(regression.n, dtype=bool))
    assert {item.opts["symbol"] for item in canvas.train_points.items if len(item.data)} == {"o"}  # values: dots


def test_ten_thousand_points_and_shrinking_sets(canvas):
    big = PointSet.generate("circle", 10_000)
    canvas.set_points(big, np.zeros(big.n, dtype=bool))
    assert len(canvas.drawn_points()) == 10_000
    small = PointSet.generate("xor", 5)
    canvas.set_points(small, np.zeros(small.n, dtype=bool))
    assert np.array_equal(sorted_rows(canvas.drawn_points()), sorted_rows(small.xy))
    canvas.set_points(PointSet.empty(), np.zeros(0, dtype=bool))
    assert len(canvas.drawn_points()) == 0


def test_edits_show_up_in_the_right_colour(canvas):
    ps = PointSet.generate("gauss", 200)
    canvas.set_points(ps, np.zeros(ps.n, dtype=bool))
    for edited in (relabel(ps, [0, 5], 1 - ps.target[[0, 5]]).apply(ps), move(ps, 3, 5.5, -5.5).apply(ps)):
        canvas.set_points(edited, np.zeros(edited.n, dtype=bool))
        for c in (0, 1):
            drawn = np.column_stack(canvas.train_points.items[c].getData())
            assert np.array_equal(sorted_rows(drawn), sorted_rows(edited.xy[edited.labels == c]))


def test_regression_points_and_legend(canvas):
    ps = PointSet.generate("plane", 200)
    canvas.set_points(ps, np.zeros(ps.n, dtype=bool))
    assert len(canvas.drawn_points()) == 200
    assert "value" in canvas.legend_html
    # the most negative values are orange, the most positive blue
    lo, hi = canvas.train_points.items[0], canvas.train_points.items[-1]
    assert lo.opts["brush"].color().name() == colors.NEGATIVE and hi.opts["brush"].color().name() == colors.POSITIVE


def test_a_wrong_test_mask_gets_a_message(canvas):
    ps = PointSet.generate("xor", 10)
    with pytest.raises(ValueError, match="test mask has 3 entries for 10 points"):
        canvas.set_points(ps, np.zeros(3, dtype=bool))


# ---- the model's output ----------------------------------------------------------------------------------------------
def test_snapshot_draws_the_output_grid(canvas, spiral_snapshots):
    before, after = spiral_snapshots
    canvas.set_snapshot(before)
    first = canvas.image_item.image.copy()
    assert first.shape == (100, 100, 4)
    assert np.array_equal(first, colors.output_image(before.output_grid, 2))
    canvas.set_snapshot(after)
    second = canvas.image_item.image
    assert not np.array_equal(first, second)
    assert np.array_equal(second, colors.output_image(after.output_grid, 2))
    # the image covers the square exactly
    rect = canvas.image_item.mapRectToParent(canvas.image_item.boundingRect())
    assert (rect.left(), rect.top(), rect.width(), rect.height()) == pytest.approx((-6, -6, 12, 12))
    assert len(canvas.contour_item.getData()[0]) > 0


def test_image_is_the_right_way_up(canvas, spiral_snapshots):
    """Row 0 of the grid is y = -6 (the bottom), column 0 is x = -6 (the left): read back from the screen."""
    ys, xs = np.meshgrid(np.linspace(-6, 6, 100), np.linspace(-6, 6, 100), indexing="ij")
    top_is_blue = dataclasses.replace(spiral_snapshots[0], output_grid=(ys > 0).astype(float))
    canvas.set_snapshot(top_is_blue)
    blue, orange = QColor(colors.POSITIVE), QColor(colors.NEGATIVE)
    top, bottom = pixel_colour(canvas, 0.0, 4.0), pixel_colour(canvas, 0.0, -4.0)
    assert top.blue() > top.red() and bottom.red() > bottom.blue()
    assert blue.blue() > blue.red() and orange.red() > orange.blue()
    right_is_blue = dataclasses.replace(spiral_snapshots[0], output_grid=(xs > 0).astype(float))
    canvas.set_snapshot(right_is_blue)
    right, left = pixel_colour(canvas, 4.0, 0.0), pixel_colour(canvas, -4.0, 0.0)
    assert right.blue() > right.red() and left.red() > left.blue()


def test_discretize_leaves_two_colours(canvas, spiral_snapshots):
    snap = spiral_snapshots[1]
    canvas.set_snapshot(snap)
    assert len(np.unique(canvas.image_item.image.reshape(-1, 4), axis=0)) > 2
    canvas.set_discretize(True)
    assert len(np.unique(canvas.image_item.image.reshape(-1, 4), axis=0)) == 2
    canvas.set_discretize(False)
    assert len(np.unique(canvas.image_item.image.reshape(-1, 4), axis=0)) > 2


def test_preview_shows_a_neuron_and_none_restores(canvas, spiral_snapshots):
    snap = spiral_snapshots[1]
    canvas.set_snapshot(snap)
    output = canvas.image_item.image.copy()
    neuron = snap.neuron_grids[0][3]
    canvas.set_preview(neuron, "tanh")
    assert canvas.previewing
    assert np.array_equal(canvas.image_item.image, colors.neuron_image(neuron, "tanh"))
    assert canvas.image_item.image.shape[:2] == neuron.shape
    rect = canvas.image_item.mapRectToParent(canvas.image_item.boundingRect())
    assert rect.width() == pytest.approx(12) and rect.left() == pytest.approx(-6)
    canvas.set_snapshot(snap)  # a snapshot during the preview does not replace it ...
    assert canvas.image_item.image.shape[:2] == neuron.shape
    canvas.set_preview(None)  # ... and leaving the neuron shows the latest output
    assert not canvas.previewing
    assert np.array_equal(canvas.image_item.image, output)
    with pytest.raises(ValueError, match="needs a"):
        canvas.set_preview(np.zeros(5), "tanh")


def test_three_classes_use_three_colours(canvas):
    ps = PointSet.generate("blobs", 300, classes=3)
    exp = Experiment(data=DataSpec(name="blobs", classes=3))
    trainer = Trainer(exp, ps)
    trainer.run(10)
    snap = trainer.snapshot()
    assert snap.num_classes == 3 and snap.output_grid.shape == (100, 100, 3)
    canvas.set_points(ps, np.zeros(ps.n, dtype=bool))
    canvas.set_snapshot(snap)
    canvas.set_discretize(True)
    pixels = np.unique(canvas.image_item.image.reshape(-1, 4), axis=0)
    assert len(pixels) == 3
    # each is a class colour blended with white at the background strength, so its hue is that class's
    winners = set(np.unique(snap.output_grid.argmax(axis=-1)))
    assert winners == {0, 1, 2}
    expected = {tuple(colors.output_image(np.eye(3)[[c]][None], 3, True)[0, 0]) for c in range(3)}
    assert {tuple(p) for p in pixels} == expected
    assert len(canvas.contour_item.getData()[0]) > 0  # the class borders


def test_a_regression_snapshot_is_a_heatmap_without_a_boundary_line(canvas):
    """There is no class boundary in regression; a zero-level line wiggled over every flat heatmap (TFP draws none)."""
    ps = PointSet.generate("plane", 300)
    exp = Experiment(data=DataSpec(name="plane"), problem="regression")
    trainer = Trainer(exp, ps)
    trainer.run(5)
    snap = trainer.snapshot()
    assert snap.num_classes == 0
    canvas.set_points(ps, np.zeros(ps.n, dtype=bool))
    canvas.set_snapshot(snap)
    assert np.array_equal(canvas.image_item.image, colors.output_image(snap.output_grid, 0))
    x, y = canvas.contour_item.getData()
    assert x is None or len(x) == 0


# ---- the boundary's geometry -----------------------------------------------------------------------------------------
def test_contour_of_a_linear_field_is_the_line():
    centres = -6 + (np.arange(50) + 0.5) * 12 / 50
    grid = np.broadcast_to(centres - 1.3, (50, 50))  # value x - 1.3: zero along x = 1.3
    seg = contour_segments(grid, 0.0)
    assert len(seg) == 2 * 49  # one segment per row of cells
    assert np.allclose(seg[:, 0], 1.3)
    assert seg[:, 1].min() == pytest.approx(centres[0]) and seg[:, 1].max() == pytest.approx(centres[-1])


def test_contour_handles_saddles_nan_and_flat_grids():
    saddle = np.array([[1.0, -1.0], [-1.0, 1.0]])
    assert contour_segments(saddle).shape == (4, 2)  # two segments
    assert contour_segments(np.full((5, 5), np.nan)).shape == (0, 2)
    assert contour_segments(np.ones((5, 5))).shape == (0, 2)
    assert contour_segments(np.ones((1, 5))).shape == (0, 2)


def test_boundary_of_two_classes_is_the_half_probability_line():
    centres = -6 + (np.arange(40) + 0.5) * 12 / 40
    p = 1 / (1 + np.exp(-np.broadcast_to(centres[:, None], (40, 40))))  # p(class 1) rises with y: boundary y = 0
    seg = boundary_segments(p, 2)
    assert len(seg) and np.allclose(seg[:, 1], 0.0, atol=1e-9)


@pytest.mark.parametrize("zoom", [1.5, 2.0])
def test_a_short_canvas_shrinks_its_legend_to_the_square_and_stays_square(qtbot, shown, zoom):
    """A 1280 x 720 window at a zoom leaves the canvas short and wide: the legend must fit over the square (not be
    cut, nor push the square out of shape); where there is room it keeps the zoom's size."""
    from nnplayground.ui.common.theme import DARK
    from nnplayground.ui.data.looks import LEGEND_PT

    c = shown(DataCanvas(), 541, 195)
    c.set_points(PointSet.generate("spiral", 100), np.zeros(100, dtype=bool))
    c.set_look(zoom, DARK)
    item, vb = c.getPlotItem(), c.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: abs(vb.width() - vb.height()) < 1.0, timeout=2000)
    QApplication.processEvents()
    assert item.width() <= c.width() + 0.5  # the plot was not pushed wider than its widget
    assert item.titleLabel.itemRect().width() <= vb.width() + 1.0
    assert "Class 2" in item.titleLabel.text
    shrunk = float(item.titleLabel.opts["size"].removesuffix("pt"))
    assert shrunk < LEGEND_PT * zoom

    c.resize(600, 700)  # room again: the zoom's own size
    qtbot.waitUntil(lambda: item.titleLabel.opts["size"] == f"{LEGEND_PT * zoom:g}pt", timeout=2000)
    qtbot.waitUntil(lambda: abs(vb.width() - vb.height()) < 1.0, timeout=2000)
