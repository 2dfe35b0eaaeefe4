"""Bad input of every kind gets a clear message and leaves the window working, with nothing lost."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel

from nnplayground.app import create_window

WAIT = 15000  # ms: upper bounds for waitUntil, never a measured threshold
VALVE_S = 10.0  # s: when a reader stuck on a FIFO is let go (so a regression fails instead of hanging the suite)
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


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
    w.editor.clear()
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
    w.work.try_edit(problem="regression")  # a linear output: nothing bounds the loss
    qtbot.waitUntil(lambda: w.latest_snapshot.num_classes == 0, timeout=WAIT)
    w.work.try_edit(lr=10.0, activations=("relu", "relu"))
    play(w).trigger()
    qtbot.waitUntil(lambda: "diverged" in w.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: not play(w).isChecked(), timeout=WAIT)
    assert np.isfinite(w.latest_snapshot.params).all()
    assert np.isfinite(w.latest_snapshot.train_loss)
    w.work.try_edit(lr=0.001)  # a sensible rate, and the run goes on from the last good weights
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


# ---- files that are not files ------------------------------------------------------------------------------------
@contextlib.contextmanager
def fifo_valve(path: Path) -> Iterator[threading.Event]:
    """A FIFO at `path`; if a reader is still stuck opening it after VALVE_S, a writer comes and lets it go (the
    event says so), so that a window that blocks on a FIFO fails the test instead of freezing the suite."""
    os.mkfifo(path)
    done, let_go = threading.Event(), threading.Event()

    def valve() -> None:
        if done.wait(VALVE_S):
            return
        while not done.is_set():
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))  # succeeds only while a reader waits
            except OSError:
                done.wait(0.05)
                continue
            let_go.set()
            return

    thread = threading.Thread(target=valve, daemon=True)
    thread.start()
    try:
        yield let_go
    finally:
        done.set()
        thread.join()


def state(w) -> tuple:
    return w.experiment, w.points, w.undo_stack.count(), w.files.path


@needs_fifo
def test_opening_a_fifo_as_a_session_is_refused_at_once(window, tmp_path):
    w = window
    before = state(w)
    with fifo_valve(tmp_path / "pipe.nnp") as let_go:
        assert w.files.open(str(tmp_path / "pipe.nnp")) is False
    assert not let_go.is_set(), "the window blocked on the FIFO until a writer came"
    assert "is a pipe (FIFO), not a session file" in w.statusBar().currentMessage()
    assert state(w) == before  # the experiment, the points, the undo history and the file name


@needs_fifo
def test_importing_a_fifo_as_csv_is_refused_at_once(window, tmp_path):
    w = window
    before = state(w)
    with fifo_valve(tmp_path / "pipe.csv") as let_go:
        assert w.import_csv(str(tmp_path / "pipe.csv")) is False
    assert not let_go.is_set(), "the window blocked on the FIFO until a writer came"
    assert "is a pipe (FIFO), not a CSV file to import" in w.statusBar().currentMessage()
    assert state(w) == before  # the experiment, the points, the undo history and the file name


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ('"seed":0', '"seed":4611686018427387904'),
        ('"batch_size":10', '"batch_size":3000000000'),
        ('"n":100', '"n":1e300'),
    ],
)
def test_a_session_whose_numbers_overflow_a_widget_changes_nothing(qtbot, window, tmp_path, field, value):
    w = window
    good = tmp_path / "good.nnp"
    assert w.files.save_as(str(good))
    text = good.read_text()
    assert field in text
    bad = tmp_path / "bad.nnp"
    bad.write_text(text.replace(field, value, 1))
    w.work.try_edit(lr=0.3)  # the window's state now differs from the file's
    before_exp, before_points, before_epoch = w.experiment, w.points, epoch(w)
    assert not w.files.open(str(bad))
    assert "bad.nnp" in w.statusBar().currentMessage()
    assert w.experiment is before_exp and w.points is before_points and epoch(w) == before_epoch
    assert w.findChild(QComboBox, "lrCombo").currentText() == "0.3"
