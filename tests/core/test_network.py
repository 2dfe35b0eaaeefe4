"""The Network's scripting API: validation, shapes, parameter views, seeds, initialisations, copies."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.core import Network

# A second, deliberately plain implementation of every activation, to check the forward pass against.
REFERENCE = {
    "linear": lambda z: z,
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
    "tanh": np.tanh,
    "relu": lambda z: np.where(z > 0, z, 0.0),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.01 * z),
    "elu": lambda z: np.where(z > 0, z, np.exp(np.minimum(z, 0.0)) - 1.0),
    "silu": lambda z: z / (1.0 + np.exp(-z)),
    "gelu": lambda z: 0.5 * z * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (z + 0.044715 * z**3))),
    "sin": np.sin,
    "softplus": lambda z: np.log1p(np.exp(z)),
}


def reference_softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def reference_layers(net: Network, X: np.ndarray) -> list[np.ndarray]:
    """Every layer's output (n, units), written out by hand from net.weights and net.biases."""
    out, a = [], X
    for l, (W, b) in enumerate(zip(net.weights, net.biases, strict=True)):
        z = a @ W + b
        name = net.layer_activations[l]
        a = reference_softmax(z) if name == "softmax" else REFERENCE[name](z)
        out.append(a)
    return out


def xor_data() -> tuple[np.ndarray, np.ndarray]:
    return np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), np.array([[0.0], [1.0], [1.0], [0.0]])


# ---- construction errors -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sizes": [2, 4, 1], "activation": "swish"}, r"unknown activation 'swish'"),
        ({"sizes": [2, 4, 3, 1], "activation": ["tanh", "rectifier"]}, r"unknown activation 'rectifier'"),
        ({"sizes": [2, 4, 3, 1], "activation": ["tanh"]}, r"2 hidden layer\(s\) but 1 activation\(s\)"),
        ({"sizes": [2, 4, 1], "activation": ["tanh", "relu"]}, r"1 hidden layer\(s\) but 2 activation\(s\)"),
        ({"sizes": [2, 4, 1], "output": "relu"}, r"unknown output activation 'relu'"),
        ({"sizes": [2, 4, 1], "output": "softmaxx"}, r"unknown output activation 'softmaxx'"),
        ({"sizes": [2]}, r"at least an input and an output layer"),
        ({"sizes": []}, r"at least an input and an output layer"),
        ({"sizes": [2, 0, 1]}, r"neurons >= 1; sizes=\[2, 0, 1\]"),
        ({"sizes": [0, 3, 1]}, r"neurons >= 1; sizes=\[0, 3, 1\]"),
        ({"sizes": [2, 3, 0]}, r"neurons >= 1; sizes=\[2, 3, 0\]"),
        ({"sizes": [2, -3, 1]}, r"neurons >= 1"),
        ({"sizes": [2, 2.5, 1]}, r"whole number of neurons"),
        ({"sizes": [2, True, 1]}, r"whole number of neurons"),
        ({"sizes": [2, "4", 1]}, r"whole number of neurons"),
        ({"sizes": [2, 4, 1], "init": "glorot"}, r"unknown init 'glorot'"),
    ],
)
def test_bad_construction_is_a_value_error_that_says_what_is_wrong(kwargs: dict, message: str) -> None:
    sizes = kwargs.pop("sizes")
    with pytest.raises(ValueError, match=message):
        Network(sizes, **kwargs)


def test_valid_names_are_listed_in_the_errors() -> None:
    with pytest.raises(ValueError, match=r"tanh.*softplus"):
        Network([2, 3, 1], activation="swish")
    with pytest.raises(ValueError, match=r"sigmoid.*softmax.*linear.*tanh"):
        Network([2, 3, 1], output="relu")


def test_numpy_integer_sizes_are_accepted() -> None:
    net = Network(np.array([2, 3, 1]), activation="relu")
    assert net.sizes == (2, 3, 1) and all(type(s) is int for s in net.sizes)


# ---- input and target errors -------------------------------------------------------------------------------
@pytest.fixture
def net() -> Network:
    return Network([2, 5, 3, 1], activation="tanh", output="sigmoid", seed=1)


@pytest.fixture
def softmax_net() -> Network:
    return Network([2, 4, 3], activation="relu", output="softmax", seed=1)


@pytest.mark.parametrize(
    ("X", "message"),
    [
        (np.zeros((4, 3)), r"X must have shape \(n, 2\), got \(4, 3\)"),
        (np.zeros((4, 1)), r"X must have shape \(n, 2\), got \(4, 1\)"),
        (np.zeros(2), r"X must have shape \(n, 2\), got \(2,\)"),
        (np.zeros((1, 4, 2)), r"X must have shape \(n, 2\), got \(1, 4, 2\)"),
        (np.array([[0.0, 1.0], [np.nan, 0.0]]), r"NaN"),
        (np.array([[0.0, np.inf], [1.0, 0.0]]), r"infinite"),
    ],
)
def test_bad_inputs_are_value_errors(net: Network, X: np.ndarray, message: str) -> None:
    Y = np.zeros((len(X), 1)) if X.ndim == 2 else np.zeros((1, 1))
    with pytest.raises(ValueError, match=message):
        net.forward(X)
    with pytest.raises(ValueError, match=message):
        net.activations(X)
    with pytest.raises(ValueError, match=message):
        net.gradients(X, Y, loss="bce")
    with pytest.raises(ValueError, match=message):
        net.loss(X, Y, loss="bce")


@pytest.mark.parametrize(
    ("Y", "loss", "message"),
    [
        (np.zeros((3, 1)), "bce", r"bce targets must have shape \(4, 1\), got \(3, 1\)"),
        (np.zeros((5,)), "mse", r"mse targets must have shape \(4, 1\), got \(5, 1\)"),
        (np.zeros((4, 2)), "mse", r"mse targets must have shape \(4, 1\), got \(4, 2\)"),
        (np.array([[0.0], [1.0], [np.nan], [0.0]]), "mse", r"NaN"),
        (np.array([[0.0], [1.0], [2.0], [0.0]]), "bce", r"bce targets must lie in \[0, 1\]"),
        (np.array([[0.0], [1.0], [-0.5], [0.0]]), "bce", r"bce targets must lie in \[0, 1\]"),
        (np.zeros((4, 1)), "hinge", r"unknown loss 'hinge'"),
        (np.zeros((4, 1)), "cross_entropy", r"'cross_entropy' needs a softmax output.*output is 'sigmoid'"),
    ],
)
def test_bad_targets_are_value_errors(net: Network, Y: np.ndarray, loss: str, message: str) -> None:
    X = np.zeros((4, 2))
    with pytest.raises(ValueError, match=message):
        net.gradients(X, Y, loss=loss)
    with pytest.raises(ValueError, match=message):
        net.loss(X, Y, loss=loss)


@pytest.mark.parametrize(
    ("Y", "message"),
    [
        (np.array([0, 1, 3, 2]), r"labels must be whole numbers in 0\.\.2"),
        (np.array([0, -1, 2, 2]), r"labels must be whole numbers in 0\.\.2"),
        (np.array([0.0, 1.5, 2.0, 2.0]), r"labels must be whole numbers in 0\.\.2"),
        (np.array([0, 1, 2]), r"class labels of shape \(4,\), got \(3,\)"),
        (np.eye(3)[[0, 1, 2, 2]], r"class labels of shape \(4,\), got \(4, 3\)"),
        (np.array([0.0, np.nan, 2.0, 2.0]), r"NaN"),
    ],
)
def test_bad_cross_entropy_labels_are_value_errors(softmax_net: Network, Y: np.ndarray, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        softmax_net.gradients(np.zeros((4, 2)), Y, loss="cross_entropy")


def test_bce_with_a_softmax_output_is_a_value_error(softmax_net: Network) -> None:
    X, Y = np.zeros((4, 2)), np.zeros((4, 3))
    for call in (softmax_net.gradients, softmax_net.loss):
        with pytest.raises(ValueError, match=r"'bce' needs a sigmoid output layer.*output is 'softmax'"):
            call(X, Y, loss="bce")


def test_gradients_of_an_empty_batch_is_a_value_error(net: Network) -> None:
    with pytest.raises(ValueError, match="empty batch"):
        net.gradients(np.zeros((0, 2)), np.zeros((0, 1)), loss="bce")


def test_label_layouts_that_are_accepted(softmax_net: Network, net: Network) -> None:
    X = np.random.default_rng(0).normal(size=(4, 2))
    ints = softmax_net.gradients(X, np.array([0, 2, 1, 2]), loss="cross_entropy")
    floats = softmax_net.gradients(X, np.array([0.0, 2.0, 1.0, 2.0]), loss="cross_entropy")
    column = softmax_net.gradients(X, np.array([[0], [2], [1], [2]]), loss="cross_entropy")
    for other in (floats, column):
        assert other[0] == ints[0]
        for a, b in zip(ints[1] + ints[2], other[1] + other[2], strict=True):
            np.testing.assert_array_equal(a, b)
    flat = net.gradients(X, np.array([0.0, 1.0, 1.0, 0.0]), loss="bce")
    col = net.gradients(X, np.array([[0.0], [1.0], [1.0], [0.0]]), loss="bce")
    assert flat[0] == col[0]


# ---- shapes ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sizes", [[2, 1], [3, 4, 2], [2, 8, 8, 1], [5, 1, 7, 2, 3]])
def test_shapes(sizes: list[int]) -> None:
    net = Network(sizes, activation="tanh", output="linear", seed=3)
    n = 6
    X = np.random.default_rng(0).normal(size=(n, sizes[0]))
    assert net.num_params == sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:], strict=True))
    assert [W.shape for W in net.weights] == [(a, b) for a, b in zip(sizes[:-1], sizes[1:], strict=True)]
    assert [b.shape for b in net.biases] == [(b,) for b in sizes[1:]]
    assert all(W.dtype == np.float64 for W in net.weights + net.biases)
    y = net.forward(X)
    assert y.shape == (n, sizes[-1]) and y.dtype == np.float64
    layers = net.activations(X)
    assert [a.shape for a in layers] == [(n, s) for s in sizes[1:]]
    np.testing.assert_array_equal(layers[-1], y)
    value, gw, gb = net.gradients(X, np.zeros((n, sizes[-1])), loss="mse")
    assert isinstance(value, float)
    assert [g.shape for g in gw] == [W.shape for W in net.weights]
    assert [g.shape for g in gb] == [b.shape for b in net.biases]
    assert net.forward(np.zeros((0, sizes[0]))).shape == (0, sizes[-1])


def test_forward_and_activations_accept_array_likes() -> None:
    """X may be a nested list or an int array, as `gradients` already allows (it converts with np.asarray)."""
    net = Network([2, 3, 1], seed=0)
    X = np.array([[0.0, 1.0], [1.0, 0.0]])
    expected = net.forward(X)
    np.testing.assert_array_equal(net.forward(X.astype(np.int64)), expected)
    np.testing.assert_array_equal(net.forward([[0, 1], [1, 0]]), expected)
    np.testing.assert_array_equal(net.activations([[0, 1], [1, 0]])[-1], expected)
    net.gradients([[0, 1], [1, 0]], [[1.0], [0.0]], loss="bce")


# ---- the forward pass against a hand-written one -----------------------------------------------------------
@pytest.mark.parametrize("output", ["sigmoid", "softmax", "linear", "tanh"])
@pytest.mark.parametrize("activation", list(REFERENCE))
def test_forward_matches_a_plain_implementation(activation: str, output: str) -> None:
    net = Network([3, 5, 4, 3], activation=activation, output=output, seed=11)
    rng = np.random.default_rng(2)
    for b in net.biases:
        b[...] = rng.normal(0.0, 0.5, size=b.shape)
    X = rng.normal(0.0, 2.0, size=(7, 3))
    expected = reference_layers(net, X)
    for got, want in zip(net.activations(X), expected, strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(net.forward(X), expected[-1], rtol=1e-12, atol=1e-15)


def test_per_layer_activations() -> None:
    net = Network([2, 3, 4, 5, 1], activation=["relu", "sin", "gelu"], output="tanh", seed=2)
    assert net.hidden_activations == ("relu", "sin", "gelu")
    assert net.layer_activations == ("relu", "sin", "gelu", "tanh")
    X = np.random.default_rng(1).normal(size=(9, 2))
    np.testing.assert_allclose(net.forward(X), reference_layers(net, X)[-1], rtol=1e-12, atol=1e-15)
    same = Network([2, 3, 4, 5, 1], activation=["relu", "relu", "relu"], output="tanh", seed=2)
    assert not np.allclose(net.forward(X), same.forward(X))  # the per-layer names are really used


def test_batch_rows_are_independent_and_gradients_are_a_mean() -> None:
    net = Network([2, 4, 1], activation="tanh", output="sigmoid", seed=5)
    X, Y = xor_data()
    whole = net.forward(X)
    for i in range(4):
        np.testing.assert_allclose(net.forward(X[i : i + 1]), whole[i : i + 1], rtol=1e-14)
    value, gw, gb = net.gradients(X, Y, loss="bce")
    singles = [net.gradients(X[i : i + 1], Y[i : i + 1], loss="bce") for i in range(4)]
    assert value == pytest.approx(np.mean([s[0] for s in singles]), rel=1e-13)
    for l in range(2):
        np.testing.assert_allclose(gw[l], np.mean([s[1][l] for s in singles], axis=0), rtol=1e-12, atol=1e-16)
        np.testing.assert_allclose(gb[l], np.mean([s[2][l] for s in singles], axis=0), rtol=1e-12, atol=1e-16)


def test_forward_and_gradients_do_not_change_their_inputs(net: Network) -> None:
    X, Y = xor_data()
    X0, Y0, P0 = X.copy(), Y.copy(), [p.copy() for p in net.weights + net.biases]
    net.forward(X)
    net.activations(X)
    net.gradients(X, Y, loss="bce", l1=0.1, l2=0.1)
    net.loss(X, Y, loss="bce")
    np.testing.assert_array_equal(X, X0)
    np.testing.assert_array_equal(Y, Y0)
    for p, p0 in zip(net.weights + net.biases, P0, strict=True):
        np.testing.assert_array_equal(p, p0)


# ---- weights and biases are live views ---------------------------------------------------------------------
def test_editing_weights_and_biases_in_place_changes_forward() -> None:
    net = Network([2, 3, 1], activation="tanh", output="sigmoid", seed=0)
    X, _ = xor_data()
    before = net.forward(X)
    net.weights[0][1, 2] += 0.5
    after_w = net.forward(X)
    assert not np.allclose(after_w, before)
    net.biases[1][0] = 3.0
    after_b = net.forward(X)
    assert not np.allclose(after_b, after_w)
    np.testing.assert_allclose(after_b, reference_layers(net, X)[-1], rtol=1e-13)
    for W in net.weights:
        W[...] = 0.0
    for b in net.biases:
        b[...] = 0.0
    np.testing.assert_array_equal(net.forward(X), 0.5)  # all zero: sigmoid(0)


def test_hand_set_weights_give_the_hand_computed_output() -> None:
    """The classic XOR net: h1 = OR, h2 = AND, y = h1 AND NOT h2, with large weights."""
    net = Network([2, 2, 1], activation="sigmoid", output="sigmoid", init="zeros")
    net.weights[0][...] = [[20.0, 20.0], [20.0, 20.0]]
    net.biases[0][...] = [-10.0, -30.0]
    net.weights[1][...] = [[20.0], [-20.0]]
    net.biases[1][...] = [-10.0]
    X, Y = xor_data()
    np.testing.assert_allclose(net.forward(X), Y, atol=1e-4)
    assert net.weights[0].shape == (2, 2) and net.weights[1].shape == (2, 1)


def test_gradients_follow_in_place_edits() -> None:
    net = Network([2, 3, 1], activation="tanh", output="sigmoid", seed=0)
    X, Y = xor_data()
    g_before = net.gradients(X, Y, loss="bce")[1][0].copy()
    net.weights[1][...] *= 2.0
    assert not np.allclose(net.gradients(X, Y, loss="bce")[1][0], g_before)


# ---- seeds and initialisations -----------------------------------------------------------------------------
@pytest.mark.parametrize("init", ["auto", "xavier", "he", "playground"])
def test_same_seed_same_network_different_seed_different(init: str) -> None:
    a = Network([2, 8, 8, 1], activation="relu", init=init, seed=42)
    b = Network([2, 8, 8, 1], activation="relu", init=init, seed=42)
    c = Network([2, 8, 8, 1], activation="relu", init=init, seed=43)
    for x, y in zip(a.weights + a.biases, b.weights + b.biases, strict=True):
        np.testing.assert_array_equal(x, y)
    assert any(not np.array_equal(x, y) for x, y in zip(a.weights, c.weights, strict=True))
    X = np.random.default_rng(0).normal(size=(5, 2))
    np.testing.assert_array_equal(a.forward(X), b.forward(X))


def test_initialize_redraws_from_a_seed() -> None:
    net = Network([2, 6, 1], seed=7)
    first = [W.copy() for W in net.weights]
    net.initialize(seed=8)
    assert not np.array_equal(net.weights[0], first[0])
    net.initialize(seed=7)
    for W, W0 in zip(net.weights, first, strict=True):
        np.testing.assert_array_equal(W, W0)


def test_xavier_is_bounded_by_the_glorot_limit() -> None:
    net = Network([60, 100, 40], activation="tanh", output="linear", init="xavier", seed=0)
    for W, b in zip(net.weights, net.biases, strict=True):
        fan_in, fan_out = W.shape
        limit = math.sqrt(6.0 / (fan_in + fan_out))
        assert np.abs(W).max() <= limit
        assert np.abs(W).max() > 0.95 * limit  # uniform over the whole interval, not a narrower one
        assert abs(W.mean()) < 0.05 * limit
        assert W.std() == pytest.approx(limit / math.sqrt(3.0), rel=0.05)
        np.testing.assert_array_equal(b, 0.0)


def test_he_has_std_sqrt_2_over_fan_in() -> None:
    net = Network([200, 150, 100], activation="relu", output="linear", init="he", seed=0)
    for W, b in zip(net.weights, net.biases, strict=True):
        assert W.std() == pytest.approx(math.sqrt(2.0 / W.shape[0]), rel=0.05)
        assert abs(W.mean()) < 0.02 * math.sqrt(2.0 / W.shape[0]) * 5
        assert (W < 0).any() and (W > 0).any()
        np.testing.assert_array_equal(b, 0.0)


def test_playground_is_uniform_half_with_bias_one_tenth() -> None:
    net = Network([50, 60, 3], activation="tanh", output="softmax", init="playground", seed=0)
    for W, b in zip(net.weights, net.biases, strict=True):
        assert W.min() >= -0.5 and W.max() <= 0.5
        assert W.min() < -0.45 and W.max() > 0.45
        np.testing.assert_array_equal(b, 0.1)


def test_zeros_is_all_zero() -> None:
    net = Network([3, 4, 2], init="zeros", seed=5)
    for p in net.weights + net.biases:
        np.testing.assert_array_equal(p, 0.0)


def test_auto_init_differs_by_activation_family() -> None:
    """auto: He (std sqrt(2 / fan_in)) for the ReLU family, Xavier (bounded) for the squashing ones."""
    relu = Network([200, 200, 1], activation="relu", seed=0)
    tanh = Network([200, 200, 1], activation="tanh", seed=0)
    assert relu.weights[0].std() == pytest.approx(math.sqrt(2.0 / 200), rel=0.05)
    assert np.abs(tanh.weights[0]).max() <= math.sqrt(6.0 / 400)


# ---- copies ------------------------------------------------------------------------------------------------
def test_copy_is_equal_and_independent() -> None:
    net = Network([2, 5, 4, 3], activation=["elu", "sin"], output="softmax", init="playground", seed=9)
    net.weights[1][0, 0] = 1.234  # a hand edit, not reproducible from the seed
    twin = net.copy()
    assert twin is not net
    assert twin.sizes == net.sizes and twin.hidden_activations == net.hidden_activations
    assert twin.output == net.output
    X = np.random.default_rng(3).normal(size=(6, 2))
    np.testing.assert_array_equal(twin.forward(X), net.forward(X))
    for a, b in zip(twin.weights + twin.biases, net.weights + net.biases, strict=True):
        np.testing.assert_array_equal(a, b)
        assert not np.shares_memory(a, b)
    before = net.forward(X)
    twin.weights[0][...] += 1.0
    twin.biases[2][...] = 5.0
    np.testing.assert_array_equal(net.forward(X), before)  # the original is untouched
    assert not np.allclose(twin.forward(X), before)  # and the twin's views still drive its forward
    net.weights[1][...] = 0.0
    assert not np.array_equal(twin.weights[1], net.weights[1])


def test_a_float32_twin_computes_what_the_network_does_to_float32_precision():
    net = Network([2, 5, 3], activation="tanh", output="softmax", seed=3)
    twin = net.copy(np.float32)
    assert twin.params.dtype == np.float32 and net.params.dtype == np.float64
    X = np.random.default_rng(0).normal(size=(50, 2))
    out = twin.forward(X)
    np.testing.assert_allclose(out, net.forward(X), rtol=0, atol=1e-6)
    twin.params[0] = 100.0
    assert net.params[0] != 100.0  # a twin, not a view


def test_a_forward_only_workspace_computes_the_same_and_keeps_no_backward_buffers():
    from nnplayground.core.network import Workspace

    net = Network([2, 6, 4, 1], activation="tanh", seed=1)
    X = np.random.default_rng(2).normal(size=(30, 2))
    full, lean = Workspace(net, 30), Workspace(net, 30, backward=False)
    np.testing.assert_array_equal(lean.forward(lean.load_inputs(X)), full.forward(full.load_inputs(X)))
    assert hasattr(full, "grad") and not hasattr(lean, "grad") and not hasattr(lean, "back_plan")


# ---- buffers reused, arrays new ------------------------------------------------------------------------------
def _data(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    return X, (X[:, :1] * X[:, 1:] > 0).astype(float)


def test_gradients_are_new_arrays_at_every_call_though_the_buffers_are_reused() -> None:
    net = Network([2, 5, 3, 1], activation="tanh", seed=2)
    (X1, Y1), (X2, Y2) = _data(6, 1), _data(6, 2)
    first = net.gradients(X1, Y1, loss="bce")
    kept = [g.copy() for g in first[1] + first[2]]
    second = net.gradients(X2, Y2, loss="bce")  # the same batch size: the same workspace
    for g, k in zip(first[1] + first[2], kept, strict=True):
        np.testing.assert_array_equal(g, k)
    fresh = net.copy().gradients(X2, Y2, loss="bce")  # a network that never saw the first batch
    assert second[0] == fresh[0]
    for g, f in zip(second[1] + second[2], fresh[1] + fresh[2], strict=True):
        np.testing.assert_array_equal(g, f)


@pytest.mark.parametrize(
    ("output", "loss", "k"), [("sigmoid", "bce", 1), ("linear", "mse", 2), ("softmax", "cross_entropy", 3)]
)
def test_flat_gradient_is_the_gradients_laid_out_as_the_parameters(output: str, loss: str, k: int) -> None:
    from nnplayground.core.network import layer_blocks

    net = Network([2, 4, 3, k], activation=["relu", "tanh"], output=output, seed=3)
    X, Y = _data(7, 4)
    if loss == "cross_entropy":
        Y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0)
    elif k == 2:
        Y = np.hstack([Y, 1 - Y])
    _, gw, gb = net.gradients(X, Y, loss=loss, l1=0.01, l2=0.02)
    flat = net.flat_gradient(X, Y, loss=loss, l1=0.01, l2=0.02)
    assert flat.shape == net.params.shape and not flat.flags.writeable
    for B, w, b in zip(layer_blocks(flat, net.sizes), gw, gb, strict=True):
        np.testing.assert_array_equal(B[:, :-1].T, w)
        np.testing.assert_array_equal(B[:, -1], b)


def test_flat_gradient_refuses_what_gradients_refuses_and_changes_nothing() -> None:
    net = Network([2, 3, 1], seed=0)
    before = net.params.copy()
    X, Y = _data(4, 0)
    bad_x = X.copy()
    bad_x[1, 0] = np.inf
    for args, message in [
        ((bad_x, Y), "X contains NaN or infinite"),
        ((X, np.full((4, 1), np.nan)), "NaN or infinite"),
        ((X, Y * 2), r"bce targets must lie in \[0, 1\]"),
        ((X[:, :1], Y), r"X must have shape \(n, 2\)"),
        ((X[:0], Y[:0]), "empty batch"),
    ]:
        with pytest.raises(ValueError, match=message):
            net.flat_gradient(*args, loss="bce")
        with pytest.raises(ValueError, match=message):
            net.gradients(*args, loss="bce")
    np.testing.assert_array_equal(net.params, before)


def test_huge_but_finite_inputs_are_accepted() -> None:
    """The finiteness check sums squares, which overflow past ~1e154: such inputs are still finite ones."""
    net = Network([2, 3, 1], seed=0)
    X = np.array([[1e200, 0.0], [-1e200, 1.0]])
    value, _, _ = net.gradients(X, np.array([[1.0], [0.0]]), loss="bce")
    assert np.isfinite(value)


def test_a_network_still_pickles_after_computing_gradients() -> None:
    import pickle

    net = Network([2, 4, 1], activation="tanh", seed=1)
    X, Y = _data(5, 1)
    value = net.gradients(X, Y, loss="bce")[0]
    clone = pickle.loads(pickle.dumps(net))
    assert clone.gradients(X, Y, loss="bce")[0] == value
