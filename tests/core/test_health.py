"""The health of every layer: histograms over the training points that add up, per-point gradients that add up
to the core's gradient, and flags that a broken network raises and a healthy one does not."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import health as H
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.network import Network, targets
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer

RNG = np.random.default_rng(0)
X = RNG.uniform(-6, 6, (40, 2))
LABELS = (X[:, 0] * X[:, 1] > 0).astype(np.int64)


def trainer(epochs: int, n: int = 500, **settings) -> Trainer:
    spec = DataSpec(name="spiral", n=n, noise=0.0, seed=0)
    t = Trainer(Experiment(data=spec, **settings), PointSet.generate("spiral", n, 0.0, 0))
    t.run(epochs)
    return t


def health_of(net: Network, loss: str = "bce", y: np.ndarray = LABELS) -> H.Health:
    T = targets(y if loss == "cross_entropy" else y[:, None], loss, net.sizes[-1], len(X))
    return H.layer_health(net, X, T, loss)


def test_every_unit_s_histograms_sum_to_the_point_count_and_the_weights_to_the_weight_count():
    net = Network([2, 6, 5, 1], activation=["relu", "tanh"], seed=3)
    h = health_of(net)
    assert h.points == len(X) and len(h.layers) == 3
    for layer, W in zip(h.layers, net.weights, strict=True):
        for hist in (layer.activations, layer.gradients):
            assert hist.counts.shape == (layer.units, H.BINS) and len(hist.edges) == H.BINS + 1
            np.testing.assert_array_equal(hist.counts.sum(axis=1), len(X))
        assert layer.weights.counts.sum() == W.size
        assert layer.activations.total.sum() == len(X) * layer.units
    assert tuple(h.layers[1].activations.edges[[0, -1]]) == (-1.0, 1.0)  # tanh: on its own range


@pytest.mark.parametrize(
    ("activation", "output", "loss", "k"),
    [("relu", "sigmoid", "bce", 1), ("tanh", "softmax", "cross_entropy", 3), ("sigmoid", "linear", "mse", 2)],
)
def test_the_per_point_gradients_add_up_to_the_core_s_gradient(activation, output, loss, k):
    net = Network([2, 7, 4, k], activation=activation, output=output, seed=1)
    if loss == "cross_entropy":
        Y = RNG.integers(0, k, len(X))
    elif loss == "mse":
        Y = RNG.standard_normal((len(X), k))
    else:
        Y = LABELS[:, None].astype(float)
    T = targets(Y, loss, k, len(X))
    _, As, deltas = H.per_point(net, X, T, loss)
    _, gw, gb = net.gradients(X, Y, loss)
    inputs = [X, *As[:-1]]
    for l in range(3):
        np.testing.assert_allclose(inputs[l].T @ deltas[l] / len(X), gw[l], rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(deltas[l].mean(axis=0), gb[l], rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(As[-1], net.forward(X), rtol=1e-12)


def test_the_deep_relu_network_that_stalls_on_the_spiral_says_its_units_are_dead():
    t = trainer(20, hidden=(64,) * 8, activations=("relu",) * 8, optimizer="adam", lr=0.01)
    h = H.trainer_health(t)
    dead = [f for f in h.flags if f.kind == "dead"]
    assert len(dead) == 1
    assert "never fire on the data: try a smaller learning rate, Leaky ReLU or He initialisation" in dead[0].text
    assert sum(layer.dead for layer in h.layers) > 0.4 * 8 * 64  # most of the network
    assert all(layer.dead == int(np.all(a == 0, axis=0).sum()) for layer, a in zip(h.layers, _outputs(t), strict=True))


def _outputs(t: Trainer) -> list[np.ndarray]:
    M = t.data_matrices["train"]
    return t.network.activations(M[:2].T)


@pytest.mark.parametrize(
    "settings",
    [{}, {"hidden": (8, 8), "activations": ("relu", "relu"), "optimizer": "adam", "lr": 0.003}],
    ids=["tanh default", "relu, small learning rate"],
)
def test_a_healthy_network_raises_no_flag(settings):
    h = H.trainer_health(trainer(20, **settings))
    assert h.flags == ()


def test_half_a_layer_of_dead_relus_is_flagged_with_the_count():
    net = Network([2, 4, 1], activation="relu", seed=0)
    net.biases[0][[0, 2]] = -1e3  # never above zero on the data
    net.biases[0][[1, 3]] = 1e3
    h = health_of(net)
    assert h.layers[0].dead == 2
    assert h.flags[0].kind == "dead" and h.flags[0].layer == 0
    assert h.flags[0].text.startswith("2 of 4 ReLUs in layer 1 never fire on the data: try a smaller learning rate")
    net.biases[0][2] = 1e3
    assert health_of(net).layers[0].dead == 1 and health_of(net).flags == ()  # one of four: no alarm


def test_saturated_tanh_units_are_flagged():
    net = Network([2, 4, 1], activation="tanh", seed=0)
    net.weights[0][...] *= 100
    h = health_of(net)
    assert h.layers[0].saturated >= 2
    assert [f.kind for f in h.flags] == ["saturated"] and "Saturated tanh units" in h.flags[0].text


def test_vanishing_and_exploding_gradients_across_depth_are_flagged():
    net = Network([2, *[6] * 6, 1], activation="sigmoid", seed=0)
    for W in net.weights[1:-1]:
        W *= 0.1
    h = health_of(net)
    vanishing = [f for f in h.flags if f.kind == "vanishing"]
    assert vanishing and "the gradient at layer 1 is 10⁻" in vanishing[0].text and "of layer 6's" in vanishing[0].text
    net = Network([2, *[6] * 6, 1], activation="linear", seed=0)
    for W in net.weights[1:-1]:
        W *= 8
    exploding = [f for f in health_of(net).flags if f.kind == "exploding"]
    assert exploding and "times layer 6's" in exploding[0].text
    assert H.power_of_ten(2e-6) == "10⁻⁶" and H.power_of_ten(1.2e5) == "10⁵"


def test_the_update_ratio_is_how_far_the_last_epoch_moved_each_layer_s_weights():
    t = trainer(0, n=100, hidden=(5,), activations=("tanh",))
    first = H.trainer_health(t)
    assert first.since is None and all(layer.update_ratio is None for layer in first.layers)
    t.run(3)
    h = H.trainer_health(t)
    assert (h.since, h.epoch) == (2, 3)
    before = Network(t.network.sizes, t.network.hidden_activations, t.network.output)
    before.params[...] = t.history.checkpoints[2].params
    for layer, W, W0 in zip(h.layers, t.network.weights, before.weights, strict=True):
        assert layer.update_ratio == pytest.approx(np.linalg.norm(W - W0) / np.linalg.norm(W), rel=1e-12)
        assert layer.update_ratio > 0


def test_values_beyond_the_range_go_to_the_end_bins_and_nan_to_none():
    hist = H.histogram(np.array([[-5.0], [0.1], [0.9], [7.0], [np.nan], [np.inf]]), 0.0, 1.0, bins=4)
    np.testing.assert_array_equal(hist.counts, [[2, 0, 0, 3]])
    np.testing.assert_array_equal(hist.edges, [0.0, 0.25, 0.5, 0.75, 1.0])


def test_without_training_points_it_says_so():
    net = Network([2, 3, 1])
    with pytest.raises(ValueError, match="no training points"):
        H.layer_health(net, np.zeros((0, 2)), np.zeros((1, 0)), "bce")
