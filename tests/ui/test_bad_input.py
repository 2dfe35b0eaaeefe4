"""Bad input of every kind gets a clear message and leaves the window working, with nothing lost."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel

from nnplayground.app import create_window

WAIT = 15000  # ms: upper bounds for waitUntil, never a measured threshold


@pytest.fixture
def window(qtbot, shown):
    w = shown(create_window(["--dataset", "gauss", "--points", "100", "--speed", "max"]))
    qtbot.waitUntil(lambda: w.latest_snapshot is not None, timeout=WAIT)
    yield w
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def epoch(w) -> int:
    return int(w.findChild(QLabel, "epochLabel").text().replace(",", ""))


def play(w) -> QAction:
    return w.findChild(QAction, "actionPlay")


def test_playing_with_no_points_says_so_and_the_window_goes_on(qtbot, window):
    w = window
    w.clear_points()
    qtbot.waitUntil(lambda: w.latest_snapshot.reason == "data", timeout=WAIT)
    play(w).trigger()
    qtbot.waitUntil(lambda: "no training points" in w.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: not play(w).isChecked(), timeout=WAIT)
    w.undo_stack.undo()  # the points come back, and training works again
    assert w.points.n == 100
    before = epoch(w)
    w.findChild(QAction, "actionStep").trigger()
    qtbot.waitUntil(lambda: epoch(w) == before + 1, timeout=WAIT)


def test_a_diverging_run_stops_with_a_message_and_keeps_finite_weights(qtbot, window):
    w = window
    w.edit_experiment(problem="regression")  # a linear output: nothing bounds the loss
    qtbot.waitUntil(lambda: w.latest_snapshot.num_classes == 0, timeout=WAIT)
    w.edit_experiment(lr=10.0, activations=("relu", "relu"))
    play(w).trigger()
    qtbot.waitUntil(lambda: "diverged" in w.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: not play(w).isChecked(), timeout=WAIT)
    assert np.isfinite(w.latest_snapshot.params).all()
    assert np.isfinite(w.latest_snapshot.train_loss)
    w.edit_experiment(lr=0.001)  # a sensible rate, and the run goes on from the last good weights
    before = epoch(w)
    w.findChild(QAction, "actionStep").trigger()
    qtbot.waitUntil(lambda: epoch(w) == before + 1, timeout=WAIT)


def test_a_typed_learning_rate_that_is_not_a_number_is_refused(qtbot, window):
    w = window
    lr_before = w.experiment.lr
    box = w.findChild(QComboBox, "lrCombo")
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "fast")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert w.experiment.lr == lr_before
    assert "fast" in w.statusBar().currentMessage()  # a sentence naming what was refused
