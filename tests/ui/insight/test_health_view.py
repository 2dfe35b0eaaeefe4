"""View > Layer Health, through the window: a row of histograms per layer, flags that say why a run stalls,
following the run and its shape."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QDialog, QLabel

from tests.ui.window_driver import WAIT, act, wait_epoch


def open_view(w) -> QDialog:
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    assert act(w, "actionLayerHealth") in view_menu.actions()
    act(w, "actionLayerHealth").trigger()
    view = w.findChild(QDialog, "layerHealth")
    assert view is not None and view.isVisible() and not view.isModal()
    return view


def flags_text(view) -> str:
    return view.findChild(QLabel, "healthFlags").text()


def test_a_healthy_run_shows_a_row_per_layer_and_no_flag(qtbot, make_window):
    w = make_window("--dataset", "spiral", "--hidden", "5,4", "--speed", "max")
    for _ in range(2):
        act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 2)
    view = open_view(w)
    h = view.health
    assert h is not None and h.epoch == 2 and h.since == 1
    assert h.points == int((~w.work.test_mask()).sum())  # every training point, none of the test points
    assert len(view.rows) == 3
    heads = [label.text().split("<br>")[0] for label, _ in view.rows]
    assert heads == ["<b>Layer 1</b>", "<b>Layer 2</b>", "<b>Output</b>"]
    for (_, plots), layer in zip(view.rows, h.layers, strict=True):
        x, y = plots["activations"].getPlotItem().listDataItems()[0].getData()
        np.testing.assert_allclose(10**y - 1, layer.activations.total, rtol=1e-9, atol=1e-9)
        assert layer.activations.total.sum() == h.points * layer.units
    assert "No dead, saturated or vanishing units" in flags_text(view)


def test_the_deep_relu_run_that_stalls_says_why(qtbot, make_window):
    w = make_window(
        "--dataset", "spiral", "--hidden", "64,64,64,64,64,64,64,64", "--activation", "relu",
        "--optimizer", "adam", "--lr", "0.01", "--speed", "max",
    )  # fmt: skip
    view = open_view(w)
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: w.latest_snapshot.epoch >= 20, timeout=4 * WAIT)
    w.set_playing(False)
    qtbot.waitUntil(lambda: not w.work.is_playing and w.latest_snapshot.reason == "pause", timeout=WAIT)
    qtbot.waitUntil(lambda: view.health.epoch == w.latest_snapshot.epoch, timeout=WAIT)
    assert "never fire on the data: try a smaller learning rate, Leaky ReLU or He initialisation" in flags_text(view)
    assert len(view.rows) == 9
    assert "dead" in view.rows[1][0].text()


def test_it_follows_the_run_s_steps_and_shape(qtbot, make_window):
    w = make_window("--dataset", "xor", "--hidden", "3", "--points", "100", "--speed", "max")
    view = open_view(w)
    assert view.health.epoch == 0 and len(view.rows) == 2
    act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 1)
    qtbot.waitUntil(lambda: view.health.epoch == 1, timeout=WAIT)
    w.work.try_edit(hidden=(3, 2), activations=("tanh", "relu"))
    qtbot.waitUntil(lambda: len(view.rows) == 3, timeout=WAIT)
    assert view.health.layers[1].activation == "relu"
    w.work.try_edit(hidden=(), activations=())
    qtbot.waitUntil(lambda: len(view.rows) == 1, timeout=WAIT)


def test_the_spread_over_epochs_is_drawn_beside_the_histograms_and_follows_the_timeline(qtbot, make_window):
    w = make_window("--dataset", "spiral", "--hidden", "5,4", "--speed", "max")
    for _ in range(4):
        act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 4)
    view = open_view(w)
    h = view.history
    recorded = h.epochs.tolist()  # (at a cadence that depends on what a record costs: epoch 0 and 1 at least)
    assert recorded[:2] == [0, 1] and recorded[-1] <= 4
    assert len(view.band_rows) == 3 and set(view.band_rows[0]) == {"activations", "gradients"}
    for row, layer in zip(view.band_rows, h.layers, strict=True):
        bands = row["activations"]
        x, y = bands.median.getData()
        assert x.tolist() == recorded
        np.testing.assert_array_equal(y, layer.activations[:, 3])  # the median
        np.testing.assert_array_equal(row["gradients"].edges[0].getData()[1], layer.gradients[:, 0])  # the least
        assert not bands.mark.isVisible()
    w.rewinder.preview(2)  # the timeline shows epoch 2: so do the bands
    qtbot.waitUntil(lambda: view.band_rows[0]["activations"].mark.isVisible(), timeout=WAIT)
    assert all(b.mark.value() == 2 for row in view.band_rows for b in row.values())
    w.work.rewind(2)  # rewound: the later records go
    kept = [e for e in recorded if e <= 2]
    qtbot.waitUntil(lambda: view.history.epochs.tolist() == kept, timeout=WAIT)
    assert view.band_rows[1]["gradients"].median.getData()[0].tolist() == kept
    assert not view.band_rows[0]["activations"].mark.isVisible()
