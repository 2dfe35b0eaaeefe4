"""One training step taken apart: the trace's numbers are the run's numbers.

Each move is checked against an independent route: the forward pass against `Network.activations`, the gradient
against `Network.gradients` and against finite differences of the loss, every δ against the gradient it makes,
and the new parameters against the run after it really took the step (bit for bit).
"""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import features as feats
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.step_trace import StepTrace, step_on_point, trace_next_step
from nnplayground.core.trainer import Trainer


def make(name: str = "xor", n: int = 60, classes: int = 2, **settings) -> Trainer:
    points = PointSet.generate(name, n, 0.0, 3, classes)
    spec = DataSpec(name=name, n=n, noise=0.0, seed=3, classes=classes, train_ratio=0.5)
    settings.setdefault("hidden", (3,))
    settings.setdefault("activations", ("sigmoid",) * len(settings["hidden"]))
    settings.setdefault("problem", "regression" if points.regression else "classification")
    return Trainer(Experiment(data=spec, **settings), points)


# The article's network (sigmoid, squared error, SGD), a softmax one with Adam and L2, a regression with momentum.
CASES = {
    "article_mse_sigmoid": dict(loss="mse", optimizer="sgd", lr=0.5, batch_size=1),
    "softmax_adam_l2": dict(
        name="gauss", classes=3, hidden=(4, 3), activations=("tanh", "relu"), optimizer="adam", lr=0.03,
        regularization="l2", reg_rate=0.01, batch_size=7,
    ),
    "regression_momentum_l1": dict(
        name="plane", hidden=(5,), activations=("tanh",), optimizer="momentum", lr=0.01, regularization="l1",
        reg_rate=0.001, batch_size=10,
    ),
}


@pytest.fixture(params=list(CASES))
def trainer(request: pytest.FixtureRequest) -> Trainer:
    t = make(**CASES[request.param])
    t.step_epoch()  # optimizer state (momentum, Adam's averages) is not empty
    t.step_batch()  # mid-epoch: the next batch is a view of the shuffled data
    return t


def scripting_targets(t: Trainer, index: int) -> tuple[np.ndarray, np.ndarray]:
    """The point's network inputs and scripting-API targets."""
    e, ps = t.experiment, t.points
    X = feats.transform(ps.xy[index : index + 1], e.features)
    y = np.asarray(ps.target[index : index + 1])
    if t.head.loss == "cross_entropy":
        return X, y.astype(np.int64)
    if t.head.loss == "mse" and t.head.width > 1:
        return X, np.eye(t.head.width)[y.astype(np.int64)]
    return X, y


def train_index(t: Trainer, k: int = 0) -> int:
    return int(np.flatnonzero(~t.points.test_mask(t.experiment.data.train_ratio))[k])


def test_forward_of_a_point_is_the_networks(trainer: Trainer) -> None:
    i = train_index(trainer, 2)
    tr = trace_next_step(trainer, i)
    X, _ = scripting_targets(trainer, i)
    np.testing.assert_array_equal(tr.inputs[:, 0], X[0])
    for got, want in zip(tr.h, trainer.network.activations(X), strict=True):
        np.testing.assert_allclose(got[:, 0], want[0], rtol=1e-12, atol=1e-15)
    for l, (W, b) in enumerate(zip(*tr.weights(), strict=True)):
        before = tr.inputs if l == 0 else tr.h[l - 1]
        np.testing.assert_allclose(tr.z[l], W.T @ before + b[:, None], rtol=1e-12, atol=1e-15)


def test_gradient_of_a_point_equals_network_gradients(trainer: Trainer) -> None:
    i = train_index(trainer, 1)
    tr = trace_next_step(trainer, i)
    X, y = scripting_targets(trainer, i)
    e = trainer.experiment
    loss, gw, gb = trainer.network.gradients(X, y, trainer.head.loss, e.l1, e.l2)
    assert tr.loss_value == pytest.approx(loss, rel=1e-12)
    tw, tb = tr.weights("gradient")
    for a, b in zip(tw + tb, gw + gb, strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)


def test_gradient_agrees_with_finite_differences(trainer: Trainer) -> None:
    i = train_index(trainer, 0)
    tr = trace_next_step(trainer, i)
    X, y = scripting_targets(trainer, i)
    e, loss = trainer.experiment, trainer.head.loss
    net = trainer.network.copy()
    rng = np.random.default_rng(0)
    for k in rng.choice(net.num_params, size=min(12, net.num_params), replace=False):
        if e.l1 and net.weight_mask[k] and abs(net.params[k]) < 1e-5:
            continue  # |w| has no derivative at 0
        h = 1e-6
        net.params[k] += h
        up = net.loss(X, y, loss, e.l1, e.l2)
        net.params[k] -= 2 * h
        down = net.loss(X, y, loss, e.l1, e.l2)
        net.params[k] += h
        assert tr.gradient[k] == pytest.approx((up - down) / (2 * h), rel=1e-5, abs=1e-8)


def test_every_delta_makes_its_layers_gradient(trainer: Trainer) -> None:
    tr = trace_next_step(trainer)  # the mini-batch: δ and inputs per point, the gradient their sum
    gw, gb = tr.weights("gradient")
    W, _ = tr.weights()
    e = trainer.experiment
    for l, d in enumerate(tr.delta):
        before = tr.inputs if l == 0 else tr.h[l - 1]
        penalty = e.l2 * W[l] + e.l1 * np.sign(W[l])
        np.testing.assert_allclose(gw[l], before @ d.T + penalty, rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(gb[l], d.sum(axis=1), rtol=1e-10, atol=1e-14)


def test_the_next_batch_step_is_what_step_takes(trainer: Trainer) -> None:
    tr = trace_next_step(trainer)
    assert (tr.point, tr.count) == (None, trainer.experiment.batch_size)
    trainer.step_batch()
    np.testing.assert_array_equal(trainer.network.params, tr.new_params)


def test_at_an_epochs_start_the_trace_draws_the_same_shuffle() -> None:
    t = make(**CASES["softmax_adam_l2"])
    t.step_epoch()
    assert t.batch_index == 0
    rng_state = t.rng.bit_generator.state
    tr = trace_next_step(t)
    assert t.rng.bit_generator.state == rng_state  # the run's generator was not drawn from
    t.step_batch()
    np.testing.assert_array_equal(t.network.params, tr.new_params)


def test_a_point_step_applied_gives_the_traced_weights(trainer: Trainer) -> None:
    i = train_index(trainer, 3)
    tr = trace_next_step(trainer, i)
    batch, epoch = trainer.batch_index, trainer.epoch
    step_on_point(trainer, i)
    np.testing.assert_array_equal(trainer.network.params, tr.new_params)
    assert (trainer.batch_index, trainer.epoch) == (batch, epoch)


def test_tracing_changes_nothing(trainer: Trainer) -> None:
    params, state = trainer.network.params.copy(), trainer.optimizer.state_dict()
    trace_next_step(trainer)
    trace_next_step(trainer, train_index(trainer))
    np.testing.assert_array_equal(trainer.network.params, params)
    after = trainer.optimizer.state_dict()
    assert after.keys() == state.keys()
    for k in state:
        for name, v in state[k].items():
            np.testing.assert_array_equal(after[k][name], v)


def test_the_update_follows_the_optimizers_rule_for_sgd() -> None:
    t = make(**CASES["article_mse_sigmoid"])
    tr = trace_next_step(t, train_index(t))
    np.testing.assert_allclose(tr.new_params, tr.params - tr.lr * tr.gradient, rtol=0, atol=1e-15)


def test_a_test_point_is_traced_but_never_learnt_from() -> None:
    t = make(**CASES["article_mse_sigmoid"])
    i = int(np.flatnonzero(t.points.test_mask(t.experiment.data.train_ratio))[0])
    tr = trace_next_step(t, i)
    assert tr.is_test and tr.count == 1
    params = t.network.params.copy()
    with pytest.raises(ValueError, match="test point"):
        step_on_point(t, i)
    np.testing.assert_array_equal(t.network.params, params)


def test_bad_points_and_no_data_are_refused() -> None:
    t = make()
    with pytest.raises(ValueError, match="no point 60"):
        trace_next_step(t, 60)
    with pytest.raises(ValueError, match="no point"):
        trace_next_step(t, -1)
    empty = Trainer(Experiment(hidden=(2,), activations=("tanh",)), PointSet.empty())
    with pytest.raises(ValueError, match="no training points"):
        trace_next_step(empty)


def test_a_trace_crosses_a_pipe() -> None:
    import pickle

    t = make()
    tr = pickle.loads(pickle.dumps(trace_next_step(t, 0)))
    assert isinstance(tr, StepTrace) and tr.sizes == t.network.sizes
    np.testing.assert_array_equal(tr.new_params, trace_next_step(t, 0).new_params)
