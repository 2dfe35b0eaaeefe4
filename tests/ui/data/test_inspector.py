"""The point inspector through the real window: resting the mouse on a point shows the numbers the core computes
for it with the network on screen, and they follow training and the timeline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip

from nnplayground.core.numbers import loss_text, percent_text, value_text
from nnplayground.core.point_report import network_of, point_report
from tests.ui.data.test_pick import empty_spot, isolated_training_point
from tests.ui.window_driver import WAIT, act, wait_epoch


def hover(w, x: float, y: float) -> None:
    cv = w.canvas
    pos = QPointF(cv.data_to_widget(x, y))
    glob = QPointF(cv.viewport().mapToGlobal(pos.toPoint()))
    none = Qt.MouseButton.NoButton
    ev = QMouseEvent(QEvent.Type.MouseMove, pos, glob, none, none, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(cv.viewport(), ev)


def shown_numbers(w, i: int) -> list[str]:
    """Every number the tooltip must hold for point i, from the core's report on the snapshot on screen."""
    snap = w.shown_snapshot
    rep = point_report(snap, network_of(snap), w.points, i)
    nums = [value_text(v) for _, v in rep.features]
    nums += [value_text(float(a)) for _, layer in rep.hidden for a in layer]
    nums += [percent_text(p) for p in rep.class_scores] if rep.class_scores is not None else []
    nums.append(loss_text(rep.loss))
    return [n.replace("-", "−") for n in nums]


def test_hovering_a_point_shows_its_features_activations_output_and_loss(qtbot, make_window):
    w = make_window("--dataset", "xor", "--points", "120", "--seed", "2", "--hidden", "4,3")
    act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 1)
    i = isolated_training_point(w)
    hover(w, *w.points.xy[i])
    qtbot.waitUntil(lambda: bool(w.canvas.inspector.text), timeout=WAIT)
    text = w.canvas.inspector.text
    assert QToolTip.isVisible() and QToolTip.text() == text
    assert f"Point {i + 1}" in text and "training point" in text
    for n in shown_numbers(w, i):
        assert n in text, n
    assert text.count("layer ") == 2  # one bar row per hidden layer
    target = int(w.points.target[i])
    assert f"target Class {target + 1}" in text


def test_the_tooltip_follows_training_and_a_rewind_and_leaves_with_the_mouse(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--points", "120", "--seed", "2")
    i = isolated_training_point(w)
    hover(w, *w.points.xy[i])
    qtbot.waitUntil(lambda: bool(w.canvas.inspector.text), timeout=WAIT)
    at_zero = shown_numbers(w, i)
    for e in (1, 2, 3):
        act(w, "actionStep").trigger()
        wait_epoch(qtbot, w, e)
    qtbot.waitUntil(lambda: all(n in w.canvas.inspector.text for n in shown_numbers(w, i)), timeout=WAIT)
    assert shown_numbers(w, i) != at_zero
    w.timeline.slider.setValue(0)  # the timeline shows epoch 0 again: so does the tooltip
    qtbot.waitUntil(lambda: w.shown_snapshot.epoch == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: all(n in w.canvas.inspector.text for n in at_zero), timeout=WAIT)
    hover(w, *empty_spot(w))
    assert w.canvas.inspector.text == "" and w.canvas.inspector.index is None


def test_a_regression_point_shows_its_value_and_squared_error(qtbot, make_window):
    w = make_window("--dataset", "plane", "--points", "60", "--seed", "2")
    i = isolated_training_point(w)
    hover(w, *w.points.xy[i])
    qtbot.waitUntil(lambda: bool(w.canvas.inspector.text), timeout=WAIT)
    snap = w.shown_snapshot
    rep = point_report(snap, network_of(snap), w.points, i)
    text = w.canvas.inspector.text
    assert "squared error" in text and loss_text(rep.loss) in text
    assert value_text(float(rep.output[0])).replace("-", "−") in text
