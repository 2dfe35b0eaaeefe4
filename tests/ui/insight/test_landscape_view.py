"""View > Loss Landscape, through the window: computed in the training process, paused first, drawn with the
path; a slice that cannot be made says why and changes nothing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from nnplayground.core import landscape as L
from tests.ui.window_driver import WAIT, act, wait_epoch

ARGS = ("--dataset", "spiral", "--hidden", "5,4", "--points", "120", "--speed", "max")


def open_view(qtbot, w) -> QDialog:
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    assert act(w, "actionLossLandscape") in view_menu.actions()
    act(w, "actionLossLandscape").trigger()
    view = w.findChild(QDialog, "lossLandscape")
    assert view is not None and view.isVisible() and not view.isModal()
    return view


def compute(qtbot, view) -> None:
    qtbot.mouseClick(view.findChild(QPushButton, "landscapeCompute"), Qt.MouseButton.LeftButton)


def test_compute_draws_the_slice_through_the_weights_on_screen(qtbot, make_window):
    w = make_window(*ARGS)
    for _ in range(3):
        act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 3)
    view = open_view(qtbot, w)
    compute(qtbot, view)
    ls = view.landscape
    assert ls is not None and ls.epoch == 3
    assert ls.losses[L.STEPS // 2, L.STEPS // 2] == pytest.approx(w.latest_snapshot.train_loss, rel=1e-9)
    assert view.image.image.shape == (L.STEPS, L.STEPS)
    xs, ys = view.path.getData()
    assert len(xs) == 4 and (xs[-1], ys[-1]) == (0.0, 0.0)  # epochs 0..3, ending at the weights now
    assert len(view.contours.getData()[0]) > 0
    assert "Epoch 3" in view.info.text() and "outside this plane" in view.info.text()
    assert view.arrow.isVisible()
    act(w, "actionLossLandscape").trigger()  # asked again: the same window, raised
    assert w.findChildren(QDialog, "lossLandscape") == [view]


def test_compute_while_playing_pauses_first_and_shows_the_paused_weights(qtbot, make_window):
    w = make_window(*ARGS)
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: w.work.is_playing and w.latest_snapshot.epoch > 5, timeout=WAIT)
    view = open_view(qtbot, w)
    compute(qtbot, view)
    qtbot.waitUntil(lambda: not w.work.is_playing, timeout=WAIT)
    assert view.landscape is not None
    qtbot.waitUntil(lambda: w.latest_snapshot.reason == "pause", timeout=WAIT)
    assert view.landscape.epoch == w.latest_snapshot.epoch  # nothing trained between the pause and the slice


def test_two_chosen_weights_move_along_the_axes_and_the_path_s_directions_follow_the_path(qtbot, make_window):
    w = make_window(*ARGS)
    for _ in range(4):
        act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 4)
    view = open_view(qtbot, w)
    view.directions.setCurrentIndex(view.directions.findData("weights"))
    assert view.pickers.isVisible()
    view.first.set_weight((1, 2, 3))
    view.second.set_weight((0, None, 4))
    compute(qtbot, view)
    assert view.landscape.labels == ("w[2][3→4]", "b[1][5]")
    assert view.plot.getPlotItem().getAxis("bottom").labelText == "w[2][3→4]"
    view.directions.setCurrentIndex(view.directions.findData("path"))
    assert not view.pickers.isVisible()
    compute(qtbot, view)
    path = view.landscape.path
    assert view.landscape.labels[0].startswith("path component 1")
    assert np.abs(path).max() * L.PATH_MARGIN == pytest.approx(view.landscape.ticks[-1])


def test_a_slice_that_cannot_be_made_says_why_and_keeps_the_last_picture(qtbot, make_window):
    w = make_window(*ARGS)
    view = open_view(qtbot, w)
    compute(qtbot, view)
    shown = view.landscape
    view.directions.setCurrentIndex(view.directions.findData("weights"))
    view.first.set_weight((0, 0, 0))
    view.second.set_weight((0, 0, 0))
    assert view.compute() is False
    assert "two different weights" in view.info.text()
    assert view.landscape is shown


def test_once_the_training_process_has_stopped_it_says_so_at_once(qtbot, make_window):
    w = make_window(*ARGS)
    view = open_view(qtbot, w)
    w.controller.shutdown()
    assert view.compute() is False  # at once: no wait for an answer that cannot come
    assert "training process has stopped" in view.info.text()
