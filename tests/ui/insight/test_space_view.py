"""View > Layer Space, through the window: the points where a hidden layer puts them, following the run and the
timeline, for any layer the network has."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QDialog

from nnplayground.core.network import Network
from nnplayground.core.snapshot import Snapshot
from tests.ui.window_driver import WAIT, act, wait_epoch

ARGS = ("--dataset", "xor", "--points", "120", "--speed", "max")


def open_view(w) -> QDialog:
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    assert act(w, "actionTransformedSpace") in view_menu.actions()
    act(w, "actionTransformedSpace").trigger()
    view = w.findChild(QDialog, "transformedSpace")
    assert view is not None and view.isVisible() and not view.isModal()
    return view


def activations(snap: Snapshot, xy: np.ndarray) -> list[np.ndarray]:
    net = Network(list(snap.sizes), snap.activations[:-1], snap.activations[-1])
    net.params[...] = snap.params
    return net.activations(xy)


def drawn_points(view) -> np.ndarray:
    parts = [np.column_stack(i.getData()) for i in (*view.train_items, *view.test_items) if len(i.data)]
    return np.concatenate(parts)


def test_a_two_neuron_layer_shows_its_activations_of_every_point(qtbot, make_window):
    w = make_window(*ARGS, "--hidden", "2")
    act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 1)
    view = open_view(w)
    snap = w.latest_snapshot
    expected = activations(snap, np.asarray(w.points.xy))[0]
    np.testing.assert_allclose(view.space.points, expected, rtol=1e-12)
    assert len(drawn_points(view)) == w.points.n
    assert view.layer_choice.count() == 1 and not view.mode.isVisible()
    assert view.space.boundary is not None  # the last hidden layer, two neurons, two classes: the output's line
    assert "two neurons" in view.findChild(type(view.info), "spaceInfo").text()


def test_it_follows_the_run_and_the_timeline(qtbot, make_window):
    w = make_window(*ARGS, "--hidden", "2")
    view = open_view(w)
    first = view.space
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: w.latest_snapshot.epoch > 20, timeout=WAIT)
    qtbot.waitUntil(lambda: view.space is not first, timeout=WAIT)  # new weights, a new picture
    w.set_playing(False)
    qtbot.waitUntil(lambda: not w.work.is_playing and w.latest_snapshot.reason == "pause", timeout=WAIT)
    latest = w.latest_snapshot
    qtbot.waitUntil(lambda: np.array_equal(view._shown_params, latest.params), timeout=WAIT)
    w.rewinder.preview(0)  # the timeline shows epoch 0: so does the view
    qtbot.waitUntil(lambda: w.shown_snapshot.reason == "preview", timeout=WAIT)
    shown = w.shown_snapshot
    qtbot.waitUntil(lambda: np.array_equal(view._shown_params, shown.params), timeout=WAIT)
    np.testing.assert_allclose(view.space.points, activations(shown, np.asarray(w.points.xy))[0], rtol=1e-12)
    w.work.controller.request_snapshot()  # a quiet snapshot of the newest weights: the preview stays
    qtbot.waitUntil(lambda: w.latest_snapshot.reason == "view", timeout=WAIT)
    assert np.array_equal(view._shown_params, shown.params)
    act(w, "actionStep").trigger()  # training from the previewed epoch: the view follows the run again
    wait_epoch(qtbot, w, 1)
    qtbot.waitUntil(lambda: np.array_equal(view._shown_params, w.latest_snapshot.params), timeout=WAIT)


def test_a_wider_layer_is_shown_as_principal_components_or_two_chosen_neurons(qtbot, make_window):
    w = make_window(*ARGS, "--hidden", "3,6")
    view = open_view(w)
    assert [view.layer_choice.itemText(i) for i in range(2)] == ["1 (3 neurons)", "2 (6 neurons)"]
    view.layer_choice.setCurrentIndex(1)
    assert view.mode.isVisible() and view.space.axes[0].startswith("component 1")
    assert view.space.layer == 1 and view.space.boundary is None
    view.mode.setCurrentIndex(view.mode.findData("neurons"))
    assert view.neurons.isVisible()
    view.first.setValue(5)
    view.second.setValue(2)
    assert view.space.axes == ("neuron 5", "neuron 2")
    expected = activations(w.latest_snapshot, np.asarray(w.points.xy))[1][:, [4, 1]]
    np.testing.assert_allclose(view.space.points, expected, rtol=1e-12)


def test_a_network_without_hidden_layers_says_there_is_nothing_to_show(qtbot, make_window):
    w = make_window(*ARGS, "--hidden", "0")
    view = open_view(w)
    assert view.space is None and "no hidden layer" in view.info.text()
