"""Runs in the window, driven through their automation names: "Duplicate Run", the run list, the loss chart's
overlay, Save/Open keeping every run, and the Sweep dialog; every change of the runs undoable in order."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QPushButton

from nnplayground.core.points import PointSet
from nnplayground.core.runs_file import load_runs
from nnplayground.core.trainer import Trainer
from tests.ui.window_driver import WAIT, act, epoch, wait_epoch

ARGS = ("--dataset", "xor", "--points", "80", "--hidden", "3", "--seed", "1")


def run_list(w) -> QListWidget:
    found = w.findChild(QListWidget, "runsList")
    assert found is not None
    return found


def names(w) -> list[str]:
    lst = run_list(w)
    return [lst.item(i).text() for i in range(lst.count())]


def steps(qtbot, w, n: int) -> None:
    start = epoch(w)
    for k in range(n):
        act(w, "actionStep").trigger()
        wait_epoch(qtbot, w, start + k + 1)


def click_row(qtbot, w, row: int) -> None:
    lst = run_list(w)
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_duplicating_changing_and_switching_runs(make_window, qtbot):
    w = make_window(*ARGS)
    assert not w.runs.dock.isVisible()  # one run needs no list
    steps(qtbot, w, 3)
    first_params = w.latest_snapshot.params.copy()
    first_curve = w.latest_snapshot.curve_train.copy()
    act(w, "actionDuplicateRun").trigger()
    wait_epoch(qtbot, w, 0)
    assert w.runs.dock.isVisible() and names(w) == ["Run 1", "copy"]
    w.work.try_edit(lr=0.3)
    assert names(w) == ["Run 1", "lr 0.3"]
    steps(qtbot, w, 2)
    overlays = w.loss_chart.runs.overlays
    assert [o.name for o in overlays] == ["Run 1"]
    np.testing.assert_array_equal(overlays[0].train, first_curve)  # the first run's history, untouched
    click_row(qtbot, w, 0)  # back to the first run: its own network, curves and settings
    wait_epoch(qtbot, w, 3)
    np.testing.assert_array_equal(w.latest_snapshot.params, first_params)
    np.testing.assert_array_equal(w.latest_snapshot.curve_train, first_curve)
    assert w.experiment.lr == 0.03 and [o.name for o in w.loss_chart.runs.overlays] == ["lr 0.3"]
    assert len(w.loss_chart.runs.overlays[0].epochs) == 3  # epochs 0, 1, 2 of the other run
    alone = Trainer(w.experiment.replace(lr=0.3), w.points)
    alone.run(2)
    np.testing.assert_array_equal(w.loss_chart.runs.overlays[0].train, alone.history.column("train_loss"))
    act(w, "actionUndo").trigger()  # "Undo Switch Run": the second run again, where it was
    wait_epoch(qtbot, w, 2)
    assert w.experiment.lr == 0.3 and run_list(w).currentRow() == 1


def test_delete_hide_pin_rename_and_their_undo(make_window, qtbot):
    w = make_window(*ARGS)
    steps(qtbot, w, 2)
    act(w, "actionDuplicateRun").trigger()
    wait_epoch(qtbot, w, 0)
    w.work.try_edit(batch_size=5)
    steps(qtbot, w, 1)
    delete = w.findChild(QPushButton, "runsDelete")
    delete.click()  # the current run goes; the first one is shown
    wait_epoch(qtbot, w, 2)
    assert names(w) == ["Run 1"] and not delete.isEnabled()
    act(w, "actionUndo").trigger()  # back, with the epoch it had trained
    wait_epoch(qtbot, w, 1)
    assert names(w) == ["Run 1", "batch 5"] and w.experiment.batch_size == 5
    lst = run_list(w)
    lst.item(0).setCheckState(Qt.CheckState.Unchecked)  # hide the first run's curves
    assert w.runs.book.runs.runs[0].label.hidden and w.loss_chart.runs.overlays == ()
    act(w, "actionUndo").trigger()
    assert [o.name for o in w.loss_chart.runs.overlays] == ["Run 1"]
    w.findChild(QPushButton, "runsPin").click()  # the current run, pinned, goes to the top
    assert names(w) == ["batch 5", "Run 1"]
    run_list(w).item(0).setText("small batches")
    assert names(w) == ["small batches", "Run 1"]
    w.work.try_edit(batch_size=7)
    assert names(w)[0] == "small batches"  # a name the user gave stays
    run_list(w).item(0).setText("   ")  # refused: the list shows the name it had
    assert names(w)[0] == "small batches"
    for _ in range(3):
        act(w, "actionUndo").trigger()  # the batch size, the rename, the pin
    assert names(w) == ["Run 1", "batch 5"]


def test_save_and_open_keep_every_run(make_window, qtbot, tmp_path):
    w = make_window(*ARGS)
    steps(qtbot, w, 2)
    act(w, "actionDuplicateRun").trigger()
    wait_epoch(qtbot, w, 0)
    w.work.try_edit(lr=0.1)
    steps(qtbot, w, 1)
    path = tmp_path / "runs.nnp"
    assert w.files.save_as(str(path))
    assert not w.files.dirty
    w.runs.book.rename(0, "baseline")
    assert w.files.dirty  # a new name is an unsaved change
    w.runs.book.rename(0, "Run 1")
    assert w.files.save_as(str(path))
    runs = load_runs(path)
    assert [r.label.name for r in runs.runs] == ["Run 1", "lr 0.1"] and runs.current == 1
    assert [r.session.epoch for r in runs.runs] == [2, 1]
    other = make_window("--dataset", "circle")
    assert other.files.open(str(path))
    wait_epoch(qtbot, other, 1)
    assert names(other) == ["Run 1", "lr 0.1"] and other.experiment.lr == 0.1
    assert [o.name for o in other.loss_chart.runs.overlays] == ["Run 1"]
    assert len(other.loss_chart.runs.overlays[0].epochs) == 3


def test_a_sweep_from_the_dialog_gives_runs_equal_to_training_each_alone(make_window, qtbot):
    w = make_window(*ARGS)
    act(w, "actionSweep").trigger()
    dialog = w.findChild(QDialog, "sweepDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.setting.setCurrentIndex(dialog.setting.findData("lr"))
    dialog.values.setText("0.01, 500")
    dialog.run_button.click()
    assert "above 0, at most 100" in dialog.message.text() and dialog.thread is None  # refused, nothing runs
    dialog.values.setText("0.01, 0.1, 1")
    dialog.epochs.setValue(8)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT * 4)
    table = dialog.table
    assert table.rowCount() == 3 and [table.item(r, 0).text() for r in range(3)] == ["0.01", "0.1", "1"]
    points = PointSet.generate("xor", 80, 0.0, 1)
    losses = []
    for r in dialog.result.runs:
        alone = Trainer(w.experiment.replace(lr=r.value), points)
        alone.run(8)
        assert r.test_loss == alone.history.last()["test_loss"]
        losses.append(r.test_loss)
    best = int(np.argmin(losses))
    assert [table.item(r, 6).text() for r in range(3)] == ["best" if r == best else "" for r in range(3)]
    dialog.add_button.click()
    assert names(w) == ["Run 1", "lr 0.01", "lr 0.1", "lr 1"] and epoch(w) == 0  # the current run stays
    assert len(w.loss_chart.runs.overlays) == 3
    act(w, "actionUndo").trigger()
    assert names(w) == ["Run 1"] and w.loss_chart.runs.overlays == ()
    dialog.close()


def test_autosave_keeps_every_run_and_recovery_brings_them_back(make_window, qtbot):
    w = make_window(*ARGS)
    steps(qtbot, w, 1)
    act(w, "actionDuplicateRun").trigger()
    wait_epoch(qtbot, w, 0)
    w.work.try_edit(lr=0.2)
    steps(qtbot, w, 2)
    assert w.files.autosaver.autosave()
    assert [r.label.name for r in load_runs(w.files.autosaver.path).runs] == ["Run 1", "lr 0.2"]
    w.files.teardown()  # as a crash leaves it: the autosave, and no live lock on it
    second = make_window("--dataset", "circle")
    second.files.ask_recover = lambda when: True
    assert second.files.check_recovery()
    wait_epoch(qtbot, second, 2)
    assert names(second) == ["Run 1", "lr 0.2"] and second.experiment.lr == 0.2


def test_closing_the_window_ends_a_sweep_under_way(make_window, qtbot):
    w = make_window(*ARGS)
    dialog = w.runs.show_sweep()
    dialog.values.setText("0.01, 0.1")
    dialog.epochs.setValue(100_000)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=WAIT * 4)
    dialog.stop_button.click()  # Stop: the runs end at a whole epoch and the table shows them
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT * 4)
    assert dialog.result.stopped and 0 < dialog.result.runs[0].epoch < 100_000
    assert "stopped early" in dialog.message.text()
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=WAIT * 4)
    thread = dialog.thread
    w.close()
    assert dialog.thread is None and thread.isFinished()


def test_undo_walks_back_through_runs_and_the_edits_made_in_each(make_window, qtbot):
    w = make_window(*ARGS)
    steps(qtbot, w, 2)
    act(w, "actionDuplicateRun").trigger()
    wait_epoch(qtbot, w, 0)
    steps(qtbot, w, 3)
    trained = w.latest_snapshot.params.copy()
    w.work.edit_experiment(w.experiment.with_hidden((3, 2)))  # "Add Layer" in the second run: a new network
    wait_epoch(qtbot, w, 0)
    click_row(qtbot, w, 0)  # to the first run
    wait_epoch(qtbot, w, 2)
    assert w.experiment.hidden == (3,)
    act(w, "actionUndo").trigger()  # back to the second run, as it was left: the new layer, epoch 0
    wait_epoch(qtbot, w, 0)
    assert w.experiment.hidden == (3, 2)
    act(w, "actionUndo").trigger()  # "Undo Add Layer" there: its trained network back
    wait_epoch(qtbot, w, 3)
    assert w.experiment.hidden == (3,)
    np.testing.assert_array_equal(w.latest_snapshot.params, trained)
    act(w, "actionUndo").trigger()  # "Undo Duplicate Run": the first run, one run again
    wait_epoch(qtbot, w, 2)
    assert names(w) == ["Run 1"]
    act(w, "actionRedo").trigger()
    wait_epoch(qtbot, w, 3)  # the duplicate again, with what it had trained
    assert names(w) == ["Run 1", "copy"]
