"""The run strip: every visible run's boundary at the current run's epoch, the others from their checkpoints."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.runs.test_runs_window import ARGS, steps
from tests.ui.window_driver import act, wait_epoch


def tiles(w) -> list[tuple[QLabel, QLabel]]:
    return w.runs.strip.tiles


def test_the_strip_shows_every_visible_run_at_the_same_epoch(make_window, qtbot):
    w = make_window(*ARGS)
    strip = w.runs.strip
    assert tiles(w) == []  # one run: nothing to compare
    steps(qtbot, w, 4)
    act(w, "actionDuplicateRun").trigger()
    wait_epoch(qtbot, w, 0)
    w.work.try_edit(lr=0.3)
    steps(qtbot, w, 2)
    qtbot.waitUntil(lambda: strip.isVisible() and len(tiles(w)) == 2)
    strip.refresh()
    first, second = (caption.text() for _, caption in tiles(w))
    assert "Run 1" in first and "lr 0.3" in second
    assert "epoch 2" in first and "epoch 2" in second  # the first run as it was at the current run's epoch
    assert strip.title.text() == "Boundaries at epoch 2"
    assert all(not picture.pixmap().isNull() for picture, _ in tiles(w))
    assert "training loss" in tiles(w)[0][0].accessibleName()
    w.runs.book.set_hidden(0, True)  # a hidden run leaves the strip
    assert len(tiles(w)) == 1 and "lr 0.3" in tiles(w)[0][1].text()
    act(w, "actionUndo").trigger()
    assert len(tiles(w)) == 2


def test_a_run_shorter_than_the_epoch_shows_its_last_one(make_window, qtbot):
    w = make_window(*ARGS)
    steps(qtbot, w, 1)
    act(w, "actionDuplicateRun").trigger()
    wait_epoch(qtbot, w, 0)
    steps(qtbot, w, 3)
    strip = w.runs.strip
    qtbot.waitUntil(lambda: strip.isVisible() and len(tiles(w)) == 2)
    strip.refresh()
    assert "epoch 1" in tiles(w)[0][1].text() and "epoch 3" in tiles(w)[1][1].text()
