"""The trainer's dropout runs on the Workspace's bound step: an epoch equals the scripting API's pass with `draw`'s
masks (`dropout.gradients` + the optimizer) bit for bit, whatever the activations, loss, optimizer and penalty;
stepping an epoch in slices equals stepping it whole; drawing the masks in several buffers changes nothing; a
network without hidden layers has nothing to drop."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import Network, Optimizer, dropout
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from tests.core.test_dropout import flat
from tests.core.test_trainer import copy_rng, next_epoch_batches, split_arrays


def make(rate: float = 0.3, name: str = "xor", n: int = 83, classes: int = 2, **kw) -> Trainer:
    ps = PointSet.generate(name, n, 0.1, 0, classes=classes)
    kw = {"hidden": (6, 4), "activations": ("tanh", "tanh"), "optimizer": "adam", "lr": 0.01, **kw}
    return Trainer(Experiment(data=DataSpec(name, n, 0.1, classes=classes), dropout=rate, seed=3, **kw), ps)


CASES = {
    "W1's tanh": {},
    "mixed activations": dict(hidden=(5, 4, 3), activations=("relu", "relu", "sigmoid")),
    "gelu and tanh, L2": dict(activations=("gelu", "tanh"), regularization="l2", reg_rate=0.01),
    "sgd, L1, batch 1": dict(optimizer="sgd", regularization="l1", reg_rate=0.001, batch_size=1),
    "momentum, one layer, mse": dict(optimizer="momentum", hidden=(7,), activations=("sigmoid",), loss="mse"),
    "softmax": dict(name="blobs", classes=3, activations=("leaky_relu", "elu"), batch_size=16),
    "regression": dict(name="plane", activations=("sin", "softplus"), rate=0.6),
}


@pytest.mark.parametrize("case", CASES)
def test_an_epoch_equals_the_scripting_apis_pass_with_draws_masks(case):
    kw = dict(CASES[case])
    t = make(kw.pop("rate", 0.3), **kw)
    t.run(2)
    e = t.experiment
    twin = Network(t.network.sizes, t.network.hidden_activations, t.network.output)
    twin.params[...] = t.network.params
    opt = Optimizer(e.optimizer, e.lr, momentum=e.momentum, nesterov=e.nesterov)
    opt.load_state_dict(t.optimizer.state_dict())
    rng = copy_rng(t)
    X, Y = split_arrays(t)
    batches = next_epoch_batches(t)
    rng.permutation(t.n_train)
    masks = []
    for rows in batches:
        masks = dropout.draw(rng, twin, e.dropout, len(rows))
        _, gw, gb = dropout.gradients(twin, X[rows], Y[rows], t.head.loss, masks, e.l1, e.l2)
        opt.update([twin.params], [flat(gw, gb)])
    t.step_epoch()
    np.testing.assert_array_equal(t.network.params, twin.params)
    assert t.rng.bit_generator.state == rng.bit_generator.state
    dropped = t.snapshot(grid=4, neuron_grid=2).dropped  # the epoch's last mini-batch's
    assert [d.tolist() for d in dropped] == [(m == 0).all(axis=1).tolist() for m in masks]


def test_an_epoch_stepped_in_slices_equals_it_stepped_whole():
    whole, sliced = make(batch_size=5), make(batch_size=5)
    whole.run(3)
    sliced.run(2)
    for count in (1, 3, 2, 1000):  # 17 mini-batches: 1 + 3 + 2 + the other 11
        sliced.step_batches(count)
    assert sliced.epoch == 3
    np.testing.assert_array_equal(whole.network.params, sliced.network.params)
    assert whole.rng.bit_generator.state == sliced.rng.bit_generator.state


def test_masks_drawn_in_several_buffers_give_the_same_run(monkeypatch):
    one = make(batch_size=4)
    one.run(3)
    monkeypatch.setattr(dropout, "WINDOW", 100)  # ten units by 4 points: two mini-batches per buffer
    several = make(batch_size=4)
    several.run(2)
    several.step_batches(3)
    several.step_epoch()
    np.testing.assert_array_equal(one.network.params, several.network.params)
    assert one.rng.bit_generator.state == several.rng.bit_generator.state


def test_without_hidden_layers_there_is_nothing_to_drop():
    with_dropout, without = make(0.5, hidden=(), activations=()), make(0.0, hidden=(), activations=())
    with_dropout.run(3)
    without.run(3)
    np.testing.assert_array_equal(with_dropout.network.params, without.network.params)
    assert with_dropout.snapshot(grid=4, neuron_grid=2).dropped == ()
