"""Backpropagation against central finite differences of the loss, on float64.

Every hidden activation meets every valid (output, loss) pair, with and without the l1/l2 penalties, on random
shapes and random parameters. Points close to a kink (relu, leaky_relu and elu at z = 0, |w| at w = 0 for l1)
are redrawn so that a finite difference never straddles one.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnplayground.core import Network
from nnplayground.core.experiment import ACTIVATIONS
from nnplayground.core.losses import COMPATIBLE

HIDDEN = ACTIVATIONS
PAIRS = tuple((output, loss) for loss, outputs in COMPATIBLE.items() for output in outputs)  # every allowed pair
KINKED = frozenset({"relu", "leaky_relu", "elu"})  # elu: f'' jumps at 0, keep clear of it as well
STEP = 1e-6
RTOL, ATOL = 1e-5, 1e-8
KINK_MARGIN = 1e-4  # a step of 1e-6 moves any pre-activation by far less than this
L1_MARGIN = 1e-4


def pre_activations(net: Network, X: np.ndarray) -> list[np.ndarray]:
    """z = a @ W + b of every hidden layer, computed from the network's own layer outputs."""
    inputs = [X, *net.activations(X)][: len(net.weights) - 1]  # the input of every hidden layer
    return [a @ W + b for a, W, b in zip(inputs, net.weights[:-1], net.biases[:-1], strict=True)]


def make_problem(
    seed: int,
    sizes: list[int],
    hidden: list[str],
    output: str,
    loss: str,
    n: int,
    l1: float,
) -> tuple[Network, np.ndarray, np.ndarray]:
    """A network with random weights and biases and a random batch, redrawn until no kink is near."""
    rng = np.random.default_rng(seed)
    net = Network(sizes, activation=hidden, output=output, seed=seed)
    k = sizes[-1]
    for _ in range(100):
        for W, b in zip(net.weights, net.biases, strict=True):
            W[...] = rng.normal(0.0, 1.2 / np.sqrt(W.shape[0]), size=W.shape)
            b[...] = rng.normal(0.0, 0.5, size=b.shape)
        X = rng.normal(0.0, 1.0, size=(n, sizes[0]))
        if loss == "cross_entropy":
            Y = rng.integers(0, k, size=n)
        elif loss == "bce":
            Y = rng.uniform(0.0, 1.0, size=(n, k))  # soft targets are valid for bce and test more
        else:
            Y = rng.normal(0.0, 1.0, size=(n, k))
        near_kink = any(
            act in KINKED and np.abs(z).min() < KINK_MARGIN
            for act, z in zip(hidden, pre_activations(net, X), strict=True)
        )
        near_zero_weight = l1 > 0 and min(np.abs(W).min() for W in net.weights) < L1_MARGIN
        if not near_kink and not near_zero_weight:
            return net, X, Y
    raise AssertionError("could not draw a problem away from the kinks")  # pragma: no cover


def numerical_gradients(
    net: Network, X: np.ndarray, Y: np.ndarray, loss: str, l1: float, l2: float
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Central differences of `net.loss` for every weight and bias, editing the parameters in place."""

    def central(arrays: list[np.ndarray]) -> list[np.ndarray]:
        grads = []
        for p in arrays:
            g = np.empty_like(p)
            for idx in np.ndindex(p.shape):
                old = p[idx]
                p[idx] = old + STEP
                up = net.loss(X, Y, loss=loss, l1=l1, l2=l2)
                p[idx] = old - STEP
                down = net.loss(X, Y, loss=loss, l1=l1, l2=l2)
                p[idx] = old
                g[idx] = (up - down) / (2.0 * STEP)
            grads.append(g)
        return grads

    return central(net.weights), central(net.biases)


def check_gradients(net: Network, X: np.ndarray, Y: np.ndarray, loss: str, l1: float, l2: float) -> None:
    before = net.params.copy()
    value, gw, gb = net.gradients(X, Y, loss=loss, l1=l1, l2=l2)
    np.testing.assert_array_equal(net.params, before, err_msg="gradients() changed the parameters")
    assert np.isclose(value, net.loss(X, Y, loss=loss, l1=l1, l2=l2), rtol=1e-12, atol=0.0)
    nw, nb = numerical_gradients(net, X, Y, loss, l1, l2)
    np.testing.assert_array_equal(net.params, before)  # the finite differences put every value back
    assert len(gw) == len(nw) and len(gb) == len(nb)
    for l, (a, b) in enumerate(zip(gw, nw, strict=True)):
        assert a.shape == b.shape
        np.testing.assert_allclose(a, b, RTOL, ATOL, err_msg=f"dW_{l} ({net!r}, {loss}, l1={l1}, l2={l2})")
    for l, (a, b) in enumerate(zip(gb, nb, strict=True)):
        assert a.shape == b.shape
        np.testing.assert_allclose(a, b, RTOL, ATOL, err_msg=f"db_{l} ({net!r}, {loss}, l1={l1}, l2={l2})")


def out_width(loss: str, output: str, rng: np.random.Generator) -> int:
    """2..3 outputs for softmax (a softmax over one unit is constant), 1 for bce (the design's binary
    classification; several bce outputs have their own test below), 1..2 for the others."""
    if output == "softmax":
        return int(rng.integers(2, 4))
    if loss == "bce":
        return 1
    return int(rng.integers(1, 3))


# ---- every hidden activation x every (output, loss) pair, deterministic shapes -----------------------------
@pytest.mark.parametrize(("output", "loss"), PAIRS, ids=[f"{o}-{l}" for o, l in PAIRS])
@pytest.mark.parametrize("activation", HIDDEN)
@pytest.mark.parametrize(("l1", "l2"), [(0.0, 0.0), (0.03, 0.07)], ids=["plain", "l1+l2"])
def test_every_activation_loss_pair(activation: str, output: str, loss: str, l1: float, l2: float) -> None:
    seed = HIDDEN.index(activation) * 100 + PAIRS.index((output, loss)) * 10 + (l1 > 0)
    rng = np.random.default_rng(seed)
    depth = 1 + seed % 2  # one or two hidden layers
    sizes = [
        int(rng.integers(1, 4)),
        *(int(rng.integers(2, 5)) for _ in range(depth)),
        out_width(loss, output, rng),
    ]
    n = int(rng.integers(1, 6))
    net, X, Y = make_problem(seed, sizes, [activation] * depth, output, loss, n, l1)
    check_gradients(net, X, Y, loss, l1, l2)


# ---- random shapes, per-layer activations and penalties, drawn by hypothesis -------------------------------
@st.composite
def problems(draw: st.DrawFn, output: str, loss: str) -> tuple[list[int], list[str], int, float, float, int]:
    depth = draw(st.integers(0, 3))
    sizes = [draw(st.integers(1, 3))]
    sizes += [draw(st.integers(1, 5)) for _ in range(depth)]
    if output == "softmax":
        sizes.append(draw(st.integers(2, 3)))
    else:
        sizes.append(1 if loss == "bce" else draw(st.integers(1, 3)))
    hidden = [draw(st.sampled_from(HIDDEN)) for _ in range(depth)]
    n = draw(st.integers(1, 6))
    l1 = draw(st.sampled_from([0.0, 0.01, 0.2]))
    l2 = draw(st.sampled_from([0.0, 0.05, 0.5]))
    seed = draw(st.integers(0, 2**32 - 1))
    return sizes, hidden, n, l1, l2, seed


@pytest.mark.parametrize(("output", "loss"), PAIRS, ids=[f"{o}-{l}" for o, l in PAIRS])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_random_shapes_and_activations(output: str, loss: str, data: st.DataObject) -> None:
    sizes, hidden, n, l1, l2, seed = data.draw(problems(output, loss))
    net, X, Y = make_problem(seed, sizes, hidden, output, loss, n, l1)
    check_gradients(net, X, Y, loss, l1, l2)


# ---- the penalties, exactly --------------------------------------------------------------------------------
@pytest.mark.parametrize(("output", "loss"), PAIRS, ids=[f"{o}-{l}" for o, l in PAIRS])
def test_penalties_add_l2_w_plus_l1_sign_w_to_weights_only(output: str, loss: str) -> None:
    sizes = [2, 4, 3, 1 if loss == "bce" else 3 if output == "softmax" else 2]
    net, X, Y = make_problem(7, sizes, ["tanh", "relu"], output, loss, 5, l1=1.0)
    l1, l2 = 0.3, 0.7
    value0, gw0, gb0 = net.gradients(X, Y, loss=loss)
    value, gw, gb = net.gradients(X, Y, loss=loss, l1=l1, l2=l2)
    expected_penalty = sum(0.5 * l2 * np.sum(W**2) + l1 * np.sum(np.abs(W)) for W in net.weights)
    assert value == pytest.approx(value0 + expected_penalty, rel=1e-12)
    for W, g0, g in zip(net.weights, gw0, gw, strict=True):
        np.testing.assert_allclose(g, g0 + l2 * W + l1 * np.sign(W), rtol=1e-12, atol=1e-15)
    for g0, g in zip(gb0, gb, strict=True):
        np.testing.assert_array_equal(g, g0)  # biases are never penalised


def test_bce_with_several_outputs_has_the_gradient_of_its_loss() -> None:
    """bce accepts targets of shape (n, k); its value is the mean over every sample and output (as torch's
    BCEWithLogitsLoss), so its gradient must be that mean's gradient. Rejecting k > 1 would also be a fix."""
    net, X, Y = make_problem(3, [2, 3, 2], ["tanh"], "sigmoid", "bce", 4, l1=0.0)
    try:
        net.gradients(X, Y, loss="bce")
    except ValueError:
        return
    check_gradients(net, X, Y, "bce", 0.0, 0.0)
