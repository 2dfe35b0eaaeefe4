"""One point's report: the numbers equal Network.forward / activations on that point, and its loss the loss's own
formula on that point."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import Network
from nnplayground.core import features as feats
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.point_report import network_of, point_report
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer


def trained(exp: Experiment, ps: PointSet, epochs: int = 3):
    trainer = Trainer(exp, ps)
    trainer.run(epochs)
    return trainer, trainer.snapshot(grid=8, neuron_grid=8)


def test_network_of_a_snapshot_is_the_run_s_network():
    exp = Experiment(data=DataSpec(name="spiral", n=100), hidden=(5, 3), activations=("relu", "sigmoid"))
    trainer, snap = trained(exp, PointSet.generate("spiral", 100))
    net = network_of(snap)
    assert isinstance(net, Network) and net.sizes == trainer.network.sizes
    X = np.random.default_rng(0).uniform(-1, 1, (20, 2))
    assert np.array_equal(net.forward(X), trainer.network.forward(X))


def test_two_classes_report_the_activations_output_and_log_loss_of_the_point():
    exp = Experiment(data=DataSpec(name="xor", n=120), features=("x1", "x2", "x1*x2"), hidden=(4, 3))
    ps = PointSet.generate("xor", 120, 0.1)
    trainer, snap = trained(exp, ps)
    i = 17
    rep = point_report(snap, network_of(snap), ps, i, test=True)
    x = feats.transform(ps.xy[i : i + 1], exp.features)
    acts = trainer.network.activations(x)
    assert rep.xy == tuple(ps.xy[i]) and rep.test
    assert [n for n, _ in rep.features] == ["x1", "x2", "x1*x2"]
    assert np.allclose([v for _, v in rep.features], x[0], rtol=0, atol=0)
    assert [a for a, _ in rep.hidden] == list(exp.activations)
    for (_, got), want in zip(rep.hidden, acts[:-1], strict=True):
        assert np.array_equal(got, want[0])
    p = trainer.network.forward(x)[0, 0]
    assert rep.output.tolist() == [p]
    assert rep.class_scores.tolist() == pytest.approx([1 - p, p]) and rep.probabilities
    t = ps.target[i]
    assert rep.target == t and rep.predicted == int(p > 0.5)
    assert rep.loss == pytest.approx(-(t * np.log(p) + (1 - t) * np.log(1 - p)), rel=1e-9)


@pytest.mark.parametrize("loss", ["auto", "mse"])
def test_several_classes_report_each_class_and_the_point_s_loss(loss):
    exp = Experiment(data=DataSpec(name="blobs", n=90, classes=3), loss=loss)
    ps = PointSet.generate("blobs", 90, 0.0, 0, 3)
    trainer, snap = trained(exp, ps)
    i = 40
    rep = point_report(snap, network_of(snap), ps, i)
    out = trainer.network.forward(feats.transform(ps.xy[i : i + 1], exp.features))[0]
    t = int(ps.target[i])
    assert np.array_equal(rep.class_scores, out) and rep.predicted == int(out.argmax())
    if loss == "auto":  # softmax + cross-entropy
        assert rep.probabilities and rep.loss == pytest.approx(-np.log(out[t]), rel=1e-9)
    else:  # the article's: sigmoid outputs, squared error against one-hot targets
        assert not rep.probabilities and rep.loss == pytest.approx(np.mean((out - np.eye(3)[t]) ** 2), rel=1e-9)


def test_regression_reports_the_value_and_squared_error():
    exp = Experiment(data=DataSpec(name="plane", n=60), problem="regression")
    ps = PointSet.generate("plane", 60)
    trainer, snap = trained(exp, ps)
    rep = point_report(snap, network_of(snap), ps, 3)
    y = trainer.network.forward(feats.transform(ps.xy[3:4], exp.features))[0, 0]
    assert rep.num_classes == 0 and rep.predicted is None and rep.class_scores is None
    assert rep.output.tolist() == [y] and rep.loss == pytest.approx((y - ps.target[3]) ** 2, rel=1e-9)


def test_a_point_outside_the_set_is_refused_and_a_class_without_output_has_no_loss():
    exp = Experiment(data=DataSpec(name="gauss", n=30))
    ps = PointSet.generate("gauss", 30)
    _, snap = trained(exp, ps, 0)
    with pytest.raises(ValueError, match="no point 30"):
        point_report(snap, network_of(snap), ps, 30)
    drawn = PointSet(ps.xy, np.where(np.arange(30) == 0, 4.0, ps.target), ps.split)
    assert point_report(snap, network_of(snap), drawn, 0).loss is None
