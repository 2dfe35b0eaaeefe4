"""View > Loss Landscape, through the window: computed in the training process, paused first, drawn with the
path; a slice that cannot be made says why and changes nothing. The window does not wait for it: it says it is
computing and stays free, drops a slice of a network changed meanwhile, and slices through the timeline's epoch."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QDialog, QPushButton

from nnplayground.core import landscape as L
from nnplayground.ui.insight.landscape_view import LossLandscapeView
from nnplayground.ui.insight.run import WorkRun
from tests.ui.insight.gates import GatedRun
from tests.ui.window_driver import WAIT, act, wait_epoch

ARGS = ("--dataset", "spiral", "--hidden", "5,4", "--points", "120", "--speed", "max")


def open_view(qtbot, w) -> QDialog:
    view_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    assert act(w, "actionLossLandscape") in view_menu.actions()
    act(w, "actionLossLandscape").trigger()
    view = w.findChild(QDialog, "lossLandscape")
    assert view is not None and view.isVisible() and not view.isModal()
    return view


def compute(qtbot, view) -> bool:
    """Click Compute and wait for the answer: whether it was drawn."""
    with qtbot.waitSignal(view.computed, timeout=WAIT) as answer:
        qtbot.mouseClick(view.findChild(QPushButton, "landscapeCompute"), Qt.MouseButton.LeftButton)
        assert view.computing  # the click returned before the answer: it arrives through the event loop
    return answer.args[0]


def gated_view(w, tmp_path) -> tuple[LossLandscapeView, GatedRun]:
    """A landscape window of `w`'s run whose slices wait in the training process until the test opens the gate."""
    run = GatedRun(WorkRun(w.work, shown=lambda: w.shown_snapshot), tmp_path)
    view = LossLandscapeView(run, w)
    view.show()
    return view, run


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
    with qtbot.waitSignal(view.computed, timeout=WAIT) as answer:
        assert view.compute() is True  # asked: the training process's answer says why not
    assert answer.args == [False]
    assert "two different weights" in view.info.text()
    assert view.landscape is shown


def test_once_the_training_process_has_stopped_it_says_so_at_once(qtbot, make_window):
    w = make_window(*ARGS)
    view = open_view(qtbot, w)
    w.controller.shutdown()
    assert view.compute() is False  # at once: no wait for an answer that cannot come
    assert "training process has stopped" in view.info.text()


def test_while_a_slice_is_computed_the_window_says_so_and_stays_responsive(qtbot, make_window, tmp_path):
    w = make_window(*ARGS)
    act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 1)
    view, run = gated_view(w, tmp_path)
    button = view.findChild(QPushButton, "landscapeCompute")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # returns at once: the slice waits in the training process
    assert view.computing and not button.isEnabled() and button.text() == "Computing…"
    assert not view.new_directions.isEnabled()
    ticks = []
    timer = QTimer(view)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(0)
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=WAIT)  # the event loop runs meanwhile ...
    view.directions.setCurrentIndex(view.directions.findData("weights"))  # ... and the controls answer
    assert view.pickers.isVisible()
    assert view.computing and view.landscape is None  # still waiting: nothing arrived yet
    timer.stop()
    with qtbot.waitSignal(view.computed, timeout=WAIT) as answer:
        run.open()
    assert answer.args == [True] and not view.computing
    assert button.isEnabled() and button.text() == "Compute" and view.new_directions.isEnabled()
    assert view.landscape.epoch == 1 and view.landscape.labels[0] == "random direction 1"  # what was asked
    assert view.landscape.loss == pytest.approx(w.latest_snapshot.train_loss, rel=1e-9)


def test_a_slice_of_a_network_changed_while_it_was_computed_is_dropped(qtbot, make_window, tmp_path):
    w = make_window(*ARGS)
    view, run = gated_view(w, tmp_path)
    compute_button = view.findChild(QPushButton, "landscapeCompute")
    qtbot.mouseClick(compute_button, Qt.MouseButton.LeftButton)
    assert view.computing
    assert w.work.try_edit(hidden=(3, 4))  # a new network, while the old one's slice is on its way
    with qtbot.waitSignal(view.computed, timeout=WAIT) as answer:
        run.open()
    assert answer.args == [False] and view.landscape is None
    assert "changed while the slice was computed" in view.info.text() and compute_button.isEnabled()
    assert compute(qtbot, view) is True  # asked again: the new network's
    assert view.landscape.loss == pytest.approx(w.latest_snapshot.train_loss, rel=1e-9)
    assert w.latest_snapshot.sizes[1] == 3


def test_a_newer_question_supersedes_one_on_its_way(qtbot, make_window, tmp_path):
    w = make_window(*ARGS)
    view, run = gated_view(w, tmp_path)
    assert view.compute() and view.computing
    view.directions.setCurrentIndex(view.directions.findData("weights"))
    answers = []
    view.computed.connect(answers.append)
    assert view.compute() and run.asked == 2
    run.open()
    qtbot.waitUntil(lambda: not view.computing, timeout=WAIT)
    assert answers == [True] and view.landscape.note == "two weights"  # only the second was drawn
    done = []
    QTimer.singleShot(0, lambda: done.append(1))  # (anything of the first still queued would come before this)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    assert answers == [True]


def test_the_landscape_of_the_timelines_epoch_goes_through_that_epochs_weights(qtbot, make_window):
    w = make_window(*ARGS)
    for e in (1, 2, 3, 4, 5):
        act(w, "actionStep").trigger()
        wait_epoch(qtbot, w, e)
    w.timeline.slider.setValue(2)  # the timeline shows epoch 2
    qtbot.waitUntil(lambda: w.shown_snapshot.reason == "preview" and w.shown_snapshot.epoch == 2, timeout=WAIT)
    view = open_view(qtbot, w)
    assert compute(qtbot, view) is True
    ls = view.landscape
    at_two = w.latest_snapshot.curve_train[list(w.latest_snapshot.curve_epochs).index(2)]
    assert ls.epoch == 2 and "Epoch 2" in view.info.text()
    assert ls.losses[L.STEPS // 2, L.STEPS // 2] == pytest.approx(at_two, rel=1e-9)
    assert ls.loss == pytest.approx(w.shown_snapshot.train_loss, rel=1e-9)
    assert list(ls.path_epochs) == [0, 1, 2] and tuple(ls.path[-1]) == (0.0, 0.0)  # the path up to it
    assert w.latest_snapshot.epoch == 5 and w.previewing == 2  # the run and the timeline stay where they were
    w.timeline.latest_requested.emit()  # back to the newest: the slice goes through epoch 5's weights again
    assert compute(qtbot, view) is True
    assert view.landscape.epoch == 5 and list(view.landscape.path_epochs) == [0, 1, 2, 3, 4, 5]


def test_closing_the_window_while_a_slice_is_on_its_way_is_quiet(qtbot, make_window, tmp_path):
    w = make_window(*ARGS)
    view, run = gated_view(w, tmp_path)
    kept, _ = gated_view(w, tmp_path)  # a second one, still there when the answer comes
    assert view.compute() and kept.compute()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the first window gone ...
    w.close()  # ... and the app closes, the training process held inside a slice
    assert not w.controller.running
    qtbot.waitUntil(lambda: not kept.computing, timeout=WAIT)  # the answer the shutdown gave: said, not raised
    assert "shut down" in kept.info.text() or "stopped" in kept.info.text()
