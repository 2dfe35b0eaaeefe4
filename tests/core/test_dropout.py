"""Dropout as torch.nn.Dropout: the masked forward and backward equal a hand computation (written out here), the
gradient with the masks fixed passes finite differences, evaluation is the whole network, the trainer draws its
masks from the run's generator (a step is reproduced from a copy of it), and rate 0 is the network without it."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import Network, Optimizer, dropout
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from tests.core.test_trainer import copy_rng, next_epoch_batches, split_arrays

RNG = np.random.default_rng(11)
X = RNG.uniform(-3, 3, (7, 2))
Y = (X[:, 0] * X[:, 1] > 0).astype(np.float64)


def net(activation: str = "tanh", sizes=(2, 5, 4, 1)) -> Network:
    return Network(list(sizes), activation, "sigmoid", init="playground", seed=4)


def flat(gw, gb) -> np.ndarray:
    """Gradients laid out as Network.params: per layer the block [W^T | b]."""
    return np.concatenate([np.concatenate([g.T, b[:, None]], axis=1).ravel() for g, b in zip(gw, gb, strict=True)])


def fixed_masks(n: Network, rate: float = 0.4, seed: int = 2) -> list[np.ndarray]:
    return dropout.draw(np.random.default_rng(seed), n, rate, len(X))


def test_the_masks_keep_each_neuron_with_probability_1_minus_p_and_scale_it():
    n = net(sizes=(2, 400, 300, 1))
    masks = dropout.draw(np.random.default_rng(0), n, 0.3, 200)
    assert [m.shape for m in masks] == [(400, 200), (300, 200)]
    for m in masks:
        assert set(np.unique(m)) == {0.0, 1 / 0.7}
        assert (m == 0).mean() == pytest.approx(0.3, abs=0.01)
        assert m.mean() == pytest.approx(1.0, abs=0.02)  # inverted: the expected output is unchanged
    with pytest.raises(ValueError, match="between 0 and 0.9"):
        dropout.draw(np.random.default_rng(0), n, 0.95, 3)


def test_the_masked_forward_and_backward_equal_the_hand_computation():
    n = net()
    m1, m2 = fixed_masks(n)
    W1, W2, W3 = n.weights
    b1, b2, b3 = n.biases
    # forward, sample-major, as torch writes it: h = dropout(tanh(x W + b))
    h1 = np.tanh(X @ W1 + b1) * m1.T
    h2 = np.tanh(h1 @ W2 + b2) * m2.T
    p = 1 / (1 + np.exp(-(h2 @ W3 + b3)))[:, 0]
    bce = -np.mean(Y * np.log(p) + (1 - Y) * np.log(1 - p))
    # backward by the chain rule
    d3 = ((p - Y) / len(X))[:, None]
    gW3, gb3 = h2.T @ d3, d3.sum(0)
    d2 = (d3 @ W3.T) * m2.T * (1 - np.tanh(h1 @ W2 + b2) ** 2)
    gW2, gb2 = h1.T @ d2, d2.sum(0)
    d1 = (d2 @ W2.T) * m1.T * (1 - np.tanh(X @ W1 + b1) ** 2)
    gW1, gb1 = X.T @ d1, d1.sum(0)
    value, gw, gb = dropout.gradients(n, X, Y, "bce", [m1, m2])
    assert value == pytest.approx(bce, rel=1e-12)
    for ours, theirs in zip(gw + gb, [gW1, gW2, gW3, gb1, gb2, gb3], strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-14)


@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "relu", "gelu"])
def test_the_gradient_with_the_masks_fixed_passes_finite_differences(activation):
    n = net(activation)
    masks = fixed_masks(n, 0.5, seed=5)
    _, gw, gb = dropout.gradients(n, X, Y, "bce", masks, l2=0.01)
    analytic = flat(gw, gb)
    h = 1e-6
    numeric = np.empty_like(n.params)
    for i in range(n.params.size):
        keep = n.params[i]
        n.params[i] = keep + h
        up = dropout.gradients(n, X, Y, "bce", masks, l2=0.01)[0]
        n.params[i] = keep - h
        down = dropout.gradients(n, X, Y, "bce", masks, l2=0.01)[0]
        n.params[i] = keep
        numeric[i] = (up - down) / (2 * h)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)


def test_rate_0_is_the_network_without_dropout():
    n = net()
    masks = dropout.draw(np.random.default_rng(0), n, 0.0, len(X))
    v, gw, gb = dropout.gradients(n, X, Y, "bce", masks)
    v0, gw0, gb0 = n.gradients(X, Y, "bce")
    assert v == pytest.approx(v0, rel=1e-14)
    for a, b in zip(gw + gb, gw0 + gb0, strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-16)


def make(rate: float, **kw) -> Trainer:
    ps = PointSet.generate("xor", 80, 0.1, 0)
    exp = Experiment(data=DataSpec("xor", 80, 0.1), hidden=(6, 4), activations=("tanh", "relu"), dropout=rate,
                     optimizer="adam", lr=0.01, seed=3, **kw)  # fmt: skip
    return Trainer(exp, ps)


def test_the_trainer_steps_with_masks_from_the_runs_generator():
    t = make(0.3)
    t.run(2)
    twin = Network(t.network.sizes, t.network.hidden_activations, t.network.output)
    twin.params[...] = t.network.params
    opt = Optimizer("adam", 0.01)
    opt.load_state_dict(t.optimizer.state_dict())
    rng = copy_rng(t)
    X_train, Y_train = split_arrays(t)
    batches = next_epoch_batches(t)
    rng.permutation(t.n_train)  # the shuffle comes first ...
    for rows in batches:  # ... then each mini-batch's masks
        masks = dropout.draw(rng, twin, 0.3, len(rows))
        _, gw, gb = dropout.gradients(twin, X_train[rows], Y_train[rows], t.head.loss, masks)
        opt.update([twin.params], [flat(gw, gb)])  # (the trainer's optimizer keeps one flat state)
    t.step_epoch()
    np.testing.assert_allclose(t.network.params, twin.params, rtol=1e-12, atol=1e-14)


def test_evaluation_and_pictures_use_the_whole_network():
    t = make(0.5)
    t.run(5)
    X_test, Y_test = split_arrays(t, "test")
    assert t.evaluate().test_loss == pytest.approx(t.network.loss(X_test, Y_test, t.head.loss), rel=1e-12)
    t2 = make(0.0)
    t2.run(5)
    assert not np.array_equal(t.network.params, t2.network.params)  # dropout changed how it trained


def test_a_run_with_dropout_is_reproducible_and_rewinds_exactly():
    a, b = make(0.4), make(0.4)
    a.run(6)
    b.run(6)
    assert np.array_equal(a.network.params, b.network.params)
    end = a.network.params.copy()
    a.rewind(2)
    a.run(4)
    assert np.array_equal(a.network.params, end)


def test_the_snapshot_names_the_neurons_the_last_step_dropped():
    t = make(0.5, batch_size=1)
    assert t.snapshot(grid=4, neuron_grid=2).dropped == ()  # no step yet
    rng = copy_rng(t)
    rng.permutation(t.n_train)
    masks = dropout.draw(rng, t.network, 0.5, 1)
    t.step_batch()
    dropped = t.snapshot(grid=4, neuron_grid=2).dropped
    assert [d.tolist() for d in dropped] == [(m[:, 0] == 0).tolist() for m in masks]
    assert any(d.any() for d in dropped)
    t.reset()
    assert t.snapshot(grid=4, neuron_grid=2).dropped == ()
    assert make(0.0).snapshot(grid=4, neuron_grid=2).dropped == ()
