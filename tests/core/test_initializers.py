"""Initialisations: each rule's spread is torch.nn.init's (bounds and variances from the formulas torch documents,
computed here), a scale multiplies the weights only, Reset gives the same start, and zeros keep neurons twins."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.core import Network, initializers
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer

FAN_IN, FAN_OUT = 300, 200  # 60,000 weights: sample variances within 2% of the true ones


def draw(kind: str) -> tuple[np.ndarray, np.ndarray]:
    return initializers.layer(kind, FAN_IN, FAN_OUT, np.random.default_rng(7))


# torch.nn.init documents: xavier_uniform_ U(-a, a), a = gain * sqrt(6 / (fan_in + fan_out)); xavier_normal_
# std = gain * sqrt(2 / (fan_in + fan_out)); kaiming_uniform_ bound = gain * sqrt(3 / fan_in); kaiming_normal_
# std = gain / sqrt(fan_in); gain 1 (linear) for Xavier, sqrt(2) (relu) for He.
UNIFORM_BOUNDS = {
    "xavier": 1.0 * math.sqrt(6 / (FAN_IN + FAN_OUT)),
    "he_uniform": math.sqrt(2) * math.sqrt(3 / FAN_IN),
    "playground": 0.5,
}
NORMAL_STDS = {"xavier_normal": 1.0 * math.sqrt(2 / (FAN_IN + FAN_OUT)), "he": math.sqrt(2) / math.sqrt(FAN_IN),
               "normal": 1.0}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(UNIFORM_BOUNDS))
def test_a_uniform_rule_fills_its_interval_with_torchs_bound(kind):
    W, _ = draw(kind)
    a = UNIFORM_BOUNDS[kind]
    assert W.shape == (FAN_IN, FAN_OUT)
    assert np.abs(W).max() <= a and np.abs(W).max() > 0.999 * a
    assert W.var() == pytest.approx(a * a / 3, rel=0.02)  # the variance of U(-a, a)
    assert abs(W.mean()) < 0.01 * a


@pytest.mark.parametrize("kind", sorted(NORMAL_STDS))
def test_a_normal_rule_has_torchs_standard_deviation(kind):
    W, b = draw(kind)
    assert W.std() == pytest.approx(NORMAL_STDS[kind], rel=0.02)
    assert abs(W.mean()) < 0.02 * NORMAL_STDS[kind]
    assert abs(float(np.mean((W / W.std()) ** 4)) - 3.0) < 0.1  # a normal's kurtosis, not a uniform's 1.8


def test_the_biases_of_each_rule():
    assert np.array_equal(draw("playground")[1], np.full(FAN_OUT, 0.1))  # TensorFlow Playground's
    b = draw("normal")[1]
    assert b.std() == pytest.approx(1.0, rel=0.15) and len(set(b)) == FAN_OUT  # the article's tf.random.normal
    for kind in ("xavier", "xavier_normal", "he", "he_uniform", "zeros"):
        assert not draw(kind)[1].any()
    W, b = draw("zeros")
    assert not W.any()


def test_auto_is_he_for_the_relu_family_and_xavier_otherwise():
    relu = Network([2, 5, 1], "relu", init="auto", seed=3)
    he = Network([2, 5, 1], "relu", init="he", seed=3)
    assert np.array_equal(relu.weights[0], he.weights[0])
    tanh = Network([2, 5, 1], "tanh", init="auto", seed=3)
    assert np.array_equal(tanh.params, Network([2, 5, 1], "tanh", init="xavier", seed=3).params)


def test_a_scale_multiplies_every_weight_and_no_bias():
    net = Network([2, 6, 4, 1], "tanh", init="playground", seed=1)
    base = [W.copy() for W in net.weights], [b.copy() for b in net.biases]
    initializers.initialize(net, "playground", seed=1, scale=0.25)
    for W, W0 in zip(net.weights, base[0], strict=True):
        assert np.array_equal(W, 0.25 * W0)
    for b, b0 in zip(net.biases, base[1], strict=True):
        assert np.array_equal(b, b0)
    with pytest.raises(ValueError, match="scale"):
        initializers.initialize(net, "he", scale=0.0)
    with pytest.raises(ValueError, match="unknown init 'glorot'"):
        Network([2, 1], init="glorot")


@pytest.mark.parametrize("kind", initializers.INITS)
def test_reset_gives_the_same_start_for_every_rule_and_scale(kind):
    exp = Experiment(data=DataSpec("xor", 60), hidden=(4,), activations=("relu",), init=kind, init_scale=0.5, seed=4)
    t = Trainer(exp, PointSet.generate("xor", 60, 0.0, 0))
    start = t.network.params.copy()
    t.run(3)
    t.reset()
    assert np.array_equal(t.network.params, start)
    again = Trainer(exp, PointSet.generate("xor", 60, 0.0, 0))
    assert np.array_equal(again.network.params, start)
    unscaled = Trainer(exp.replace(init_scale=1.0), PointSet.generate("xor", 60, 0.0, 0))
    n_w = sum(W.size for W in unscaled.network.weights)
    scaled_w = np.concatenate([W.ravel() for W in t.network.weights])
    assert np.array_equal(scaled_w, 0.5 * np.concatenate([W.ravel() for W in unscaled.network.weights]))
    assert scaled_w.size == n_w


def test_zeros_cannot_break_the_symmetry_and_say_so():
    exp = Experiment(data=DataSpec("circle", 100), hidden=(5, 3), activations=("tanh", "tanh"), init="zeros")
    t = Trainer(exp, PointSet.generate("circle", 100, 0.0, 0))
    t.run(20)
    for W in t.network.weights[:-1]:  # every neuron of a hidden layer has the same incoming weights
        assert np.allclose(W, W[:, :1])
    assert "symmetry" in initializers.warning("zeros") and initializers.warning("he") == ""
    assert "symmetry" in initializers.ZEROS_WARNING
