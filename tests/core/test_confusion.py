"""The confusion matrix: counts against a plain count of (true, predicted) pairs, shares, cells' points, and the
matrices of a real run's snapshot against its network's own predictions."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import features as feats
from nnplayground.core.confusion import (
    confusion_counts,
    confusion_from,
    confusion_of,
    predicted_classes,
    predictions,
    row_shares,
)
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.point_report import network_of
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer


def plain_count(true, pred, k):
    m = [[0] * k for _ in range(k)]
    for t, p in zip(true, pred, strict=True):
        m[int(t)][int(p)] += 1
    return np.array(m)


def test_counts_equal_a_plain_count_of_pairs():
    rng = np.random.default_rng(3)
    true, pred = rng.integers(0, 4, 500), rng.integers(0, 4, 500)
    c = confusion_counts(true, pred, 4)
    assert np.array_equal(c, plain_count(true, pred, 4))
    assert c.sum() == 500 and c.dtype == np.int64


def test_counts_refuse_labels_outside_the_classes_and_mismatched_lengths():
    with pytest.raises(ValueError, match="0..2"):
        confusion_counts([0, 3], [0, 1], 3)
    with pytest.raises(ValueError, match="2 true labels but 1"):
        confusion_counts([0, 1], [0], 3)
    assert confusion_counts([], [], 3).shape == (3, 3)


def test_row_shares_sum_to_one_and_an_empty_row_stays_zero():
    s = row_shares(np.array([[3, 1], [0, 0]]))
    assert s.tolist() == [[0.75, 0.25], [0.0, 0.0]]


def test_predicted_classes_follow_the_accuracy_rule():
    assert predicted_classes(np.array([[0.2], [0.5], [0.51]])).tolist() == [0, 0, 1]
    assert predicted_classes(np.array([[0.1, 0.7, 0.2], [0.5, 0.1, 0.4]])).tolist() == [1, 0]


@pytest.mark.parametrize(
    "name, classes, loss", [("spiral", 2, "auto"), ("blobs", 4, "auto"), ("blobs", 3, "mse"), ("xor", 2, "mse")]
)
def test_a_snapshot_s_matrices_count_its_network_s_predictions(name, classes, loss):
    exp = Experiment(data=DataSpec(name=name, n=300, classes=classes), loss=loss)
    ps = PointSet.generate(name, 300, 0.1, 0, classes)
    trainer = Trainer(exp, ps)
    trainer.run(5)
    snap = trainer.snapshot(grid=8, neuron_grid=8)
    test = ps.test_mask(exp.data.train_ratio)
    conf = confusion_of(snap, network_of(snap), ps, test)
    out = trainer.network.forward(feats.transform(ps.xy, exp.features))  # the run's own network
    pred = (out[:, 0] > 0.5).astype(int) if out.shape[1] == 1 else out.argmax(axis=1)
    k = snap.num_classes
    assert np.array_equal(conf.counts["train"], plain_count(ps.labels[~test], pred[~test], k))
    assert np.array_equal(conf.counts["test"], plain_count(ps.labels[test], pred[test], k))
    # the accuracy the run recorded is the matrix's diagonal share
    assert np.trace(conf.counts["train"]) / (~test).sum() == pytest.approx(snap.train_accuracy)
    t, p = 1 % k, 0
    members = conf.members("test", t, p)
    assert np.array_equal(members, np.flatnonzero(test & (ps.labels == t) & (pred == p)))
    assert len(members) == conf.counts["test"][t, p]


def test_regression_has_no_matrix_and_an_unseen_class_is_not_counted():
    exp = Experiment(data=DataSpec(name="plane", n=50), problem="regression")
    ps = PointSet.generate("plane", 50)
    snap = Trainer(exp, ps).snapshot(grid=4, neuron_grid=4)
    assert confusion_of(snap, network_of(snap), ps, np.zeros(50, bool)) is None
    exp = Experiment(data=DataSpec(name="gauss", n=40))
    ps = PointSet.generate("gauss", 40)
    snap = Trainer(exp, ps).snapshot(grid=4, neuron_grid=4)
    drawn = PointSet(ps.xy, np.where(np.arange(40) < 5, 2.0, ps.target), ps.split)  # class 3 drawn, not yet trained
    conf = confusion_of(snap, network_of(snap), drawn, np.zeros(40, bool))
    assert conf.k == 2 and conf.counts["train"].sum() == 35
    with pytest.raises(ValueError, match="side"):
        conf.members("validation", 0, 0)


def test_confusion_from_predictions_in_pieces_equals_the_whole():
    ps = PointSet.generate("blobs", 200, 0.3, 0, 3)
    exp = Experiment(data=DataSpec(name="blobs", n=200, classes=3))
    snap = Trainer(exp, ps).snapshot(grid=4, neuron_grid=4)
    net = network_of(snap)
    whole = predictions(net, exp.features, ps.xy)
    pieces = np.concatenate([predictions(net, exp.features, ps.xy[a : a + 64]) for a in range(0, 200, 64)])
    assert np.array_equal(whole, pieces)
    test = ps.test_mask(0.5)
    conf = confusion_from(3, ps.labels, pieces, test)
    assert np.array_equal(conf.counts["test"], plain_count(ps.labels[test], whole[test], 3))
    with pytest.raises(ValueError, match="200 labels, 199 predictions"):
        confusion_from(3, ps.labels, pieces[:-1], test)
