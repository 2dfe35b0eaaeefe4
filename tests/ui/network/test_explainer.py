"""The step explainer through the window: Train > Explain One Step, the stages, the numbers, Apply.

The numbers the window shows are checked against the core on a copy of the run (the session, restored in the test
process): the trace of its next step, and what Step Batch does to it.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnplayground.core.numbers import value_text
from nnplayground.core.session import restore_trainer
from nnplayground.core.step_trace import trace_next_step
from nnplayground.core.trainer import Trainer
from tests.ui.window_driver import WAIT, act, click

ARTICLE = ("--dataset", "xor", "--hidden", "3", "--activation", "sigmoid", "--loss", "mse", "--lr", "0.5")
SOFTMAX = ("--dataset", "blobs", "--hidden", "4,3", "--optimizer", "adam", "--lr", "0.03")


def run_copy(w) -> Trainer:
    """The window's run as it stands, rebuilt in this process from its session."""
    session, _ = w.work.session()
    return restore_trainer(session)


def explain(qtbot, w):
    act(w, "actionExplainStep").trigger()
    qtbot.waitUntil(lambda: w.explainer.trace is not None, timeout=WAIT)
    return w.explainer


def overlay_texts(w) -> list[str]:
    return [text for _, text in w.explainer.overlay.labels]


@pytest.mark.parametrize("argv", [ARTICLE, SOFTMAX], ids=["article_mse_sigmoid", "softmax_adam"])
def test_every_stage_shows_the_cores_numbers_of_the_next_step(qtbot, make_window, argv):
    w = make_window(*argv)
    act(w, "actionStep").trigger()  # a whole epoch: the optimizer has a state, the copy the same shuffle to come
    qtbot.waitUntil(lambda: w.latest_snapshot.epoch == 1, timeout=WAIT)
    ex = explain(qtbot, w)
    assert w.explain_panel.isVisible() and ex.stage.move == "forward" and ex.stage.layer == 0
    want = trace_next_step(run_copy(w))
    got = ex.trace
    np.testing.assert_array_equal(got.params, want.params)
    for a, b in zip(got.z + got.h + got.delta, want.z + want.h + want.delta, strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(got.gradient, want.gradient)
    np.testing.assert_array_equal(got.new_params, want.new_params)
    # forward, layer by layer: every neuron of the layers passed shows its z and h
    for layer in range(len(got.sizes) - 1):
        assert ex.stage == ex.stages[layer]
        texts = overlay_texts(w)
        for i in range(got.sizes[layer + 1]):
            assert f"z {value_text(got.z[layer][i, 0])}\nh {value_text(got.h[layer][i, 0])}" in texts
        assert value_text(got.z[layer][0, 0]).replace("-", "−") in w.explain_panel.body.text()
        qtbot.keyClick(w, Qt.Key.Key_Right)
    assert ex.stage.move == "loss"
    qtbot.keyClick(w, Qt.Key.Key_Right)
    while ex.stage.move == "backward":  # from the output back: δ on every neuron of the layer
        layer = ex.stage.layer
        texts = overlay_texts(w)
        for i in range(got.sizes[layer + 1]):
            assert f"δ {value_text(got.delta[layer][i, 0])}" in texts
        qtbot.keyClick(w, Qt.Key.Key_Right)
    assert ex.stage.move == "update" and w.explain_panel.apply_button.isEnabled()
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert ex.stage.move == "backward" and ex.stage.layer == 0


def test_apply_takes_exactly_the_step_that_step_batch_takes(qtbot, make_window):
    w = make_window(*SOFTMAX)
    ex = explain(qtbot, w)
    traced = ex.trace.new_params
    copy = run_copy(w)
    copy.step_batch()
    while ex.stage.move != "update":
        qtbot.keyClick(w, Qt.Key.Key_Right)
    qtbot.keyClick(w, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.latest_snapshot.batch == 1, timeout=WAIT)
    np.testing.assert_array_equal(w.latest_snapshot.params, traced)
    np.testing.assert_array_equal(w.latest_snapshot.params, copy.network.params)
    # the next step is explained at once, from its first stage
    qtbot.waitUntil(lambda: ex.trace is not None and ex.trace.batch == 1, timeout=WAIT)
    assert ex.stage_index == 0


def test_a_picked_point_is_explained_and_its_step_applied(qtbot, make_window):
    w = make_window(*ARTICLE)
    ex = explain(qtbot, w)
    train = np.flatnonzero(~w.work.test_mask())
    x, y = w.points.xy[train[5]]
    click(qtbot, w, float(x), float(y), modifier=Qt.KeyboardModifier.AltModifier)  # Alt+click picks the point
    assert w.canvas.picked() == train[5]
    assert ex.trace.point == train[5] and ex.trace.count == 1
    want = trace_next_step(run_copy(w), int(train[5]))
    np.testing.assert_array_equal(ex.trace.new_params, want.new_params)
    assert "the point (" in w.explain_panel.subject.text()
    ex.apply()
    qtbot.waitUntil(lambda: np.array_equal(w.latest_snapshot.params, want.new_params), timeout=WAIT)
    assert w.latest_snapshot.batch == 0  # one point's step: the epoch's mini-batches wait where they were
    qtbot.waitUntil(lambda: "Step applied" in w.statusBar().currentMessage(), timeout=WAIT)
    qtbot.keyClick(w, Qt.Key.Key_Down)  # the next point's step
    assert w.canvas.picked() != train[5] and ex.trace.point == w.canvas.picked()
    w.canvas.pick(None)  # no point: the mini-batch again
    assert ex.trace.point is None and ex.trace.count > 1


def test_a_test_point_is_explained_but_cannot_be_applied(qtbot, make_window):
    w = make_window(*ARTICLE)
    ex = explain(qtbot, w)
    ex.set_point(int(np.flatnonzero(w.work.test_mask())[0]))
    while ex.stage.move != "update":
        ex.next()
    assert not w.explain_panel.apply_button.isEnabled()
    assert "test point" in w.explain_panel.body.text()


def test_explaining_pauses_a_playing_run_and_play_ends_it(qtbot, make_window):
    w = make_window("--speed", "max")
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: w.work.is_playing, timeout=WAIT)
    ex = explain(qtbot, w)
    qtbot.waitUntil(lambda: not w.work.is_playing, timeout=WAIT)
    assert not act(w, "actionStep").isEnabled()  # Right goes through the stages now, not to the next epoch
    act(w, "actionPlay").trigger()
    assert not ex.active and not w.explain_panel.isVisible() and not act(w, "actionExplainStep").isChecked()
    assert act(w, "actionStep").isEnabled() and not act(w, "actionExplainNext").isEnabled()
    assert w.explainer.overlay.labels == []


def test_leaving_shows_the_weights_again(qtbot, make_window):
    w = make_window()
    weights = w.network_view.links_item(0).weights.copy()
    explain(qtbot, w)
    assert not np.array_equal(w.network_view.links_item(0).weights, weights)  # w·x, not w
    qtbot.keyClick(w, Qt.Key.Key_X)
    assert not w.explain_panel.isVisible()
    np.testing.assert_allclose(w.network_view.links_item(0).weights, weights)
    assert w.network_view.links_item(1).opacity() == 1.0


def test_a_resized_window_keeps_the_numbers_on_the_neurons(qtbot, make_window):
    w = make_window()
    explain(qtbot, w)
    before = overlay_texts(w)
    w.resize(w.width() - 200, w.height() - 100)
    qtbot.waitUntil(lambda: overlay_texts(w) == before and w.network_view.links_item(1).opacity() < 1, timeout=WAIT)


def test_without_training_points_it_says_why(qtbot, make_window):
    w = make_window("--points", "0")
    act(w, "actionExplainStep").trigger()
    qtbot.waitUntil(lambda: "no training points" in w.explain_panel.body.text(), timeout=WAIT)
    assert not w.explain_panel.apply_button.isEnabled() and w.explainer.trace is None


def test_a_wide_deep_network_hides_numbers_on_small_neurons_and_tells_them_on_hover(qtbot, make_window):
    w = make_window("--hidden", ",".join(["64"] * 8), "--activation", "relu")
    ex = explain(qtbot, w)
    for _ in range(8):
        ex.next()  # forward through every hidden layer
    assert w.network_view.column_item(3).column.size < 14
    nodes = {(r.x(), r.y()) for r, _ in w.explainer.overlay.labels}
    assert (w.network_view.column_item(3).node_rect(0).x(), w.network_view.column_item(3).node_rect(0).y()) not in nodes
    tip = w.network_view.column_item(3).tooltip_for(5)
    assert f"z = {value_text(ex.trace.z[3][5, 0])}" in tip and f"δ = {value_text(ex.trace.delta[3][5, 0])}" in tip
    assert w.explain_panel.body.text()  # the panel still writes one neuron out
