"""Picking a point on the canvas through the real window: Alt+click, the Inspect tool, Escape, edits that move the
point away, training frames that do not, and stepping through the points."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from tests.ui.window_driver import WAIT, act, click, wait_epoch

ALT = Qt.KeyboardModifier.AltModifier


def record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args[0] if args else None))
    return seen


def isolated_training_point(w) -> int:
    """The training point farthest from every other point (so a click near it can mean no other)."""
    xy, train = w.points.xy, ~w.canvas.test_mask
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(d, np.inf)
    nearest = np.where(train, d.min(axis=1), -1.0)
    inside = (np.abs(xy) < 5.0).all(axis=1)  # away from the frame too
    return int(np.argmax(np.where(inside, nearest, -1.0)))


def empty_spot(w) -> tuple[float, float]:
    """A place in the square at least a unit from every point."""
    grid = np.stack(np.meshgrid(np.linspace(-5, 5, 41), np.linspace(-5, 5, 41)), -1).reshape(-1, 2)
    d = np.sqrt(((grid[:, None, :] - w.points.xy[None, :, :]) ** 2).sum(-1)).min(axis=1)
    x, y = grid[int(np.argmax(d))]
    assert d.max() > 1.0
    return float(x), float(y)


def darkness_round(w, x: float, y: float, radius: int) -> float:
    """How dark the canvas is, on average, on a circle of `radius` pixels round the data point (x, y)."""
    img = w.canvas.grab().toImage()
    c = w.canvas.data_to_widget(x, y)
    ring = [
        c + QPoint(round(radius * np.cos(a)), round(radius * np.sin(a))) for a in np.linspace(0, 2 * np.pi, 24, False)
    ]
    return float(np.mean([255 - img.pixelColor(p).lightness() for p in ring]))


def test_alt_click_picks_the_point_nearest_the_click_and_rings_it(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--points", "120", "--seed", "2")
    cv, seen = w.canvas, record(w.canvas.picked_changed)
    i = isolated_training_point(w)
    x, y = w.points.xy[i]
    before, plain = w.points, darkness_round(w, x, y, 9)
    off = 3 * cv.pixel_size()  # three pixels beside the point's centre: still that point
    click(qtbot, w, x + off, y - off, modifier=ALT)
    assert cv.picked() == i and seen == [i]
    assert w.points is before  # picking edits nothing
    np.testing.assert_allclose(cv.marks.ring_xy(), [[x, y]])
    assert darkness_round(w, x, y, 9) > plain + 60  # the ring is drawn round the point, dark on the light rim


def test_alt_click_on_empty_space_and_escape_let_the_point_go(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--points", "120", "--seed", "2")
    cv, seen = w.canvas, record(w.canvas.picked_changed)
    i = isolated_training_point(w)
    click(qtbot, w, *w.points.xy[i], modifier=ALT)
    click(qtbot, w, *empty_spot(w), modifier=ALT)
    assert cv.picked() is None and seen == [i, None] and len(cv.marks.ring_xy()) == 0
    assert w.points.n == 120
    click(qtbot, w, *w.points.xy[i], modifier=ALT)
    qtbot.keyClick(cv, Qt.Key.Key_Escape)
    assert cv.picked() is None and seen == [i, None, i, None]


def test_the_inspect_tool_picks_with_a_plain_click_and_adds_nothing(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--points", "120", "--seed", "2")
    qtbot.mouseClick(w.findChild(QToolButton, "tool_inspect"), Qt.MouseButton.LeftButton)
    assert w.tool == "inspect" and act(w, "actionTool_inspect").isChecked()
    assert "pick" in w.hint_label.text()
    i = isolated_training_point(w)
    click(qtbot, w, *w.points.xy[i])
    assert w.canvas.picked() == i and w.points.n == 120 and not w.undo_stack.count()
    qtbot.keyClick(w, Qt.Key.Key_A)  # back to adding: the pick stays until the points change
    assert w.tool == "add" and w.canvas.picked() == i
    qtbot.keyClick(w, Qt.Key.Key_I)  # the Inspect tool's key
    assert w.tool == "inspect" and w.findChild(QToolButton, "tool_inspect").isChecked()


def test_the_pick_follows_edits_it_is_dropped_when_its_index_holds_another_point(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--points", "120", "--seed", "2")
    cv, seen = w.canvas, record(w.canvas.picked_changed)
    i = isolated_training_point(w)
    click(qtbot, w, *w.points.xy[i], modifier=ALT)
    click(qtbot, w, *empty_spot(w))  # a new point goes at the end: the picked one keeps its index
    assert w.points.n == 121 and cv.picked() == i
    j = 0 if i else 1  # erase a point before it: every later index moves down one
    assert j < i
    click(qtbot, w, *w.points.xy[j], Qt.MouseButton.RightButton)
    assert w.points.n == 120 and cv.picked() is None and seen == [i, None]
    act(w, "actionUndo").trigger()  # undo: the points change again, nothing to re-pick
    assert w.points.n == 121 and cv.picked() is None
    cv.pick(i)
    act(w, "actionUndo").trigger()  # undoing the add keeps the pick: index i is the same point
    assert w.points.n == 120 and cv.picked() == i
    click(qtbot, w, *w.points.xy[i], Qt.MouseButton.RightButton)  # erasing the picked point drops it
    assert cv.picked() is None
    cv.pick(3)
    qtbot.mouseClick(w.findChild(QToolButton, "preset_circle"), Qt.MouseButton.LeftButton)  # a new data set
    assert cv.picked() is None and seen[-1] is None


def test_the_pick_survives_training_frames_and_a_new_split(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--points", "120", "--seed", "2")
    cv = w.canvas
    cv.pick(7)
    seen = record(cv.picked_changed)
    for e in (1, 2):
        act(w, "actionStep").trigger()
        wait_epoch(qtbot, w, e)
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: w.shown_snapshot.epoch > 5, timeout=WAIT)
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: not w.work.is_playing, timeout=WAIT)
    w.work.edit_data(train_ratio=0.7)  # the same points, split anew
    assert cv.picked() == 7 and seen == []
    np.testing.assert_allclose(cv.marks.ring_xy(), w.points.xy[[7]])


def test_pick_next_steps_through_the_drawn_points_and_wraps(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--points", "40", "--seed", "2")
    cv = w.canvas
    train = np.flatnonzero(~cv.test_mask)
    assert 0 < len(train) < 40
    assert cv.pick_next(1) == train[0]  # nothing picked: forward starts at the first
    assert cv.pick_next(1) == train[1]
    assert cv.pick_next(-2) == train[-1]  # back past the first wraps to the last
    assert cv.pick_next(1) == train[0]
    cv.pick(None)
    assert cv.pick_next(-1) == train[-1]
    act(w, "actionShowTest").setChecked(True)  # the test points drawn too: every point in turn
    cv.pick(39)
    assert cv.pick_next(1) == 0 and cv.pick_next(-1) == 39
    act(w, "actionShowTest").setChecked(False)
    hidden = int(np.flatnonzero(cv.test_mask)[0])
    cv.pick(hidden)  # a picked test point, then hidden: the next drawn point after it
    assert cv.pick_next(1) == train[np.searchsorted(train, hidden) % len(train)]
