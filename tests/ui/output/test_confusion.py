"""The confusion matrix through the real window: its counts are a direct count of the network's predictions on
the training and the test points, it follows training and the timeline, and a click rings exactly a cell's points."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton, QWidget

from nnplayground.core import features as feats
from nnplayground.core.confusion import confusion_of
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.network import Network
from nnplayground.core.point_report import network_of
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from nnplayground.ui.output.confusion_count import SLICE, ConfusionCount
from tests.ui.window_driver import WAIT, act, click, wait_epoch


def direct_counts(w) -> dict[str, np.ndarray]:
    """Count (true, predicted) pairs with a Network built by hand from the snapshot on screen."""
    snap = w.shown_snapshot
    net = Network(snap.sizes, snap.activations[:-1], snap.activations[-1])
    net.params[...] = snap.params
    out = net.forward(feats.transform(w.points.xy, w.experiment.features))
    pred = (out[:, 0] > 0.5).astype(int) if out.shape[1] == 1 else out.argmax(axis=1)
    test, k = w.work.test_mask(), snap.num_classes
    counts = {}
    for side, mask in (("train", ~test), ("test", test)):
        m = np.zeros((k, k), dtype=int)
        np.add.at(m, (w.points.labels[mask], pred[mask]), 1)
        counts[side] = m
    return counts


def show_confusion(qtbot, w) -> QWidget:
    qtbot.mouseClick(w.findChild(QToolButton, "showConfusion"), Qt.MouseButton.LeftButton)
    matrix = w.findChild(QWidget, "confusionMatrix")
    assert matrix.isVisible() and not w.loss_chart.isVisible()
    return matrix


def same(matrix, want) -> bool:
    return all(np.array_equal(matrix.counts(s), want[s]) for s in ("train", "test"))


@pytest.mark.parametrize("argv", [("--dataset", "spiral"), ("--dataset", "blobs", "--classes", "4")])
def test_the_counts_are_a_direct_count_of_the_network_s_predictions(qtbot, make_window, argv):
    w = make_window(*argv, "--points", "300", "--seed", "2")
    matrix = show_confusion(qtbot, w)
    for e in (1, 2):
        act(w, "actionStep").trigger()
        wait_epoch(qtbot, w, e)
    want = direct_counts(w)
    assert same(matrix, want)
    assert want["train"].sum() + want["test"].sum() == 300
    assert np.trace(want["train"]) / want["train"].sum() == pytest.approx(w.shown_snapshot.train_accuracy)


def test_the_matrix_follows_a_playing_run_and_a_rewind(qtbot, make_window):
    w = make_window("--dataset", "xor", "--points", "200", "--seed", "2", "--speed", "max")
    matrix = show_confusion(qtbot, w)
    at_zero = direct_counts(w)
    assert same(matrix, at_zero)
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: w.shown_snapshot.epoch > 30, timeout=WAIT)
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: not w.work.is_playing and w.shown_snapshot.reason != "play", timeout=WAIT)
    qtbot.waitUntil(lambda: same(matrix, direct_counts(w)), timeout=WAIT)
    trained = direct_counts(w)
    assert not all(np.array_equal(trained[s], at_zero[s]) for s in trained)  # it learnt: the counts moved
    w.timeline.slider.setValue(0)  # the timeline shows epoch 0: so does the matrix
    qtbot.waitUntil(lambda: w.shown_snapshot.epoch == 0, timeout=WAIT)
    assert same(matrix, at_zero)
    w.timeline.latest_requested.emit()
    qtbot.waitUntil(lambda: same(matrix, trained), timeout=WAIT)


def test_clicking_a_cell_rings_exactly_its_points_and_a_second_click_lets_them_go(qtbot, make_window):
    w = make_window("--dataset", "blobs", "--classes", "3", "--points", "300", "--seed", "2")
    matrix = show_confusion(qtbot, w)
    act(w, "actionStep").trigger()
    wait_epoch(qtbot, w, 1)
    counts = matrix.counts("test")
    t, p = np.unravel_index(np.argmax(counts), counts.shape)
    seen = []
    w.canvas.highlight_changed.connect(lambda idx: seen.append(idx))
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect("test", int(t), int(p)).center())
    snap = w.shown_snapshot
    net = Network(snap.sizes, snap.activations[:-1], snap.activations[-1])
    net.params[...] = snap.params
    out = net.forward(feats.transform(w.points.xy, w.experiment.features))
    want = np.flatnonzero(w.work.test_mask() & (w.points.labels == t) & (out.argmax(axis=1) == p))
    assert len(want) == counts[t, p] > 0
    assert np.array_equal(w.canvas.highlighted(), want) and np.array_equal(seen[-1], want)
    np.testing.assert_allclose(w.canvas.marks.highlight_xy(), w.points.xy[want])
    assert matrix.selected == ("test", t, p)
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect("test", int(t), int(p)).center())
    assert len(w.canvas.highlighted()) == 0 and matrix.selected is None
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect("train", 0, 0).center())
    assert len(w.canvas.highlighted()) == counts_train_00(matrix)
    assert matrix.cell_at(QPoint(2, 2)) is None
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert len(w.canvas.highlighted()) == 0  # beside the cells: let go
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect("train", 0, 0).center())
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)  # Escape on the canvas lets them go too
    assert len(w.canvas.highlighted()) == 0 and matrix.selected is None
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect("train", 0, 0).center())
    click(qtbot, w, 5.5, 5.5)  # an edit of the points: the rings (of the old points) go, and the cell with them
    assert len(w.canvas.highlighted()) == 0 and matrix.selected is None


def counts_train_00(matrix) -> int:
    return int(matrix.counts("train")[0, 0])


def test_regression_has_no_classes_and_says_so(qtbot, make_window):
    w = make_window("--dataset", "plane", "--points", "100")
    matrix = show_confusion(qtbot, w)
    assert matrix.confusion is None and matrix.counts("train") is None
    matrix.click_cell(("train", 0, 0))  # nothing to ring
    assert len(w.canvas.highlighted()) == 0
    assert "Regression has no classes" in matrix.message


def test_a_large_set_is_counted_a_slice_at_a_time_and_comes_out_whole(qtbot):
    ps = PointSet.generate("blobs", 3 * SLICE + 7, 0.3, 0, 3)
    exp = Experiment(data=DataSpec(name="blobs", n=ps.n, classes=3))
    trainer = Trainer(exp, ps)
    trainer.run(1)
    snap = trainer.snapshot(grid=4, neuron_grid=4)
    test = ps.test_mask(exp.data.train_ratio)
    count = ConfusionCount()
    done = []
    count.done.connect(lambda: done.append(count.result))
    count.start(snap, ps, test)
    assert count.running and not done  # the first slice only: the event loop runs before the next
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    want = confusion_of(snap, network_of(snap), ps, test)
    got = done[0]
    assert all(np.array_equal(got.counts[s], want.counts[s]) for s in ("train", "test"))
    assert np.array_equal(got.predicted, want.predicted) and count.counted == (snap, ps)
