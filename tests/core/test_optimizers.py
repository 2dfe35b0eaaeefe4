"""Optimizers against a hand-written reference of torch.optim's rules, on a quadratic; state handling."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from nnplayground.core import Network, Optimizer

CURVATURE = np.array([1.0, 3.0, 0.2])
START = np.array([1.5, -2.0, 0.7])
STEPS = 6


def grad(p: np.ndarray) -> np.ndarray:
    """Gradient of the quadratic sum(c p^2 / 2) - sum(p): c p - 1."""
    return CURVATURE * p - 1.0


def reference_run(kind: str, p0: np.ndarray, steps: int, lr: float, **h: Any) -> np.ndarray:
    """torch.optim's update rules and defaults, one float at a time (the oracle README's formulas)."""
    p = [float(x) for x in p0]
    n = len(p)
    momentum = h.get("momentum", 0.9)
    nesterov = h.get("nesterov", False)
    alpha = h.get("alpha", 0.99)
    b1, b2 = h.get("betas", (0.9, 0.999))
    eps = h.get("eps", {"rmsprop": 1e-8, "adagrad": 1e-10, "adam": 1e-8}.get(kind, 0.0))
    v: list[float] = []
    s = [0.0] * n
    m = [0.0] * n
    for t in range(1, steps + 1):
        g = [float(x) for x in grad(np.array(p))]
        if kind == "momentum":  # the buffer starts as the first gradient
            v = list(g) if not v else [momentum * v[i] + g[i] for i in range(n)]
        for i in range(n):
            if kind == "sgd":
                p[i] -= lr * g[i]
            elif kind == "momentum":
                p[i] -= lr * (g[i] + momentum * v[i]) if nesterov else lr * v[i]
            elif kind == "rmsprop":
                s[i] = alpha * s[i] + (1.0 - alpha) * g[i] * g[i]
                p[i] -= lr * g[i] / (math.sqrt(s[i]) + eps)
            elif kind == "adagrad":
                s[i] += g[i] * g[i]
                p[i] -= lr * g[i] / (math.sqrt(s[i]) + eps)
            elif kind == "adam":
                m[i] = b1 * m[i] + (1.0 - b1) * g[i]
                s[i] = b2 * s[i] + (1.0 - b2) * g[i] * g[i]
                m_hat = m[i] / (1.0 - b1**t)
                v_hat = s[i] / (1.0 - b2**t)
                p[i] -= lr * m_hat / (math.sqrt(v_hat) + eps)
            else:
                raise AssertionError(kind)
    return np.array(p)


def run(opt: Optimizer, p: np.ndarray, steps: int) -> np.ndarray:
    for _ in range(steps):
        opt.update([p], [grad(p)])
    return p


CONFIGS = [
    ("sgd", 0.1, {}),
    ("momentum", 0.05, {}),
    ("momentum", 0.05, {"nesterov": True}),
    ("momentum", 0.1, {"momentum": 0.5}),
    ("momentum", 0.1, {"momentum": 0.5, "nesterov": True}),
    ("rmsprop", 0.01, {}),
    ("rmsprop", 0.05, {"alpha": 0.9, "eps": 1e-3}),
    ("adagrad", 0.3, {}),
    ("adagrad", 0.3, {"eps": 0.1}),
    ("adam", 0.1, {}),
    ("adam", 0.05, {"betas": (0.8, 0.99), "eps": 1e-4}),
]
IDS = [f"{k}-lr{lr}-" + "-".join(f"{a}={b}" for a, b in h.items()) for k, lr, h in CONFIGS]


@pytest.mark.parametrize(("kind", "lr", "hyper"), CONFIGS, ids=IDS)
def test_rule_matches_the_torch_reference(kind: str, lr: float, hyper: dict) -> None:
    p = START.copy()
    got = run(Optimizer(kind, lr=lr, **hyper), p, STEPS)
    expected = reference_run(kind, START, STEPS, lr, **hyper)
    np.testing.assert_allclose(got, expected, rtol=1e-13, atol=1e-15)
    assert not np.allclose(got, START)  # it moved


def test_reference_values_by_hand() -> None:
    """The reference itself, checked on the first steps with numbers worked out on paper."""
    # sgd: g = c p - 1 = [0.5, -7, -0.86]; p - 0.1 g
    np.testing.assert_allclose(reference_run("sgd", START, 1, 0.1), [1.45, -1.3, 0.786], rtol=1e-15)
    # adam's first step moves every coordinate by lr against the sign of g (m_hat / sqrt(v_hat) = sign g,
    # up to eps / |g| ~ 1e-8)
    np.testing.assert_allclose(
        reference_run("adam", START, 1, 0.1), START - 0.1 * np.sign(grad(START)), rtol=1e-7
    )
    # adagrad's first step too: g / sqrt(g^2)
    np.testing.assert_allclose(
        reference_run("adagrad", START, 1, 0.1), START - 0.1 * np.sign(grad(START)), 1e-7
    )
    # momentum's first step is plain sgd (the buffer starts as g); nesterov's is lr (1 + momentum) g
    np.testing.assert_allclose(reference_run("momentum", START, 1, 0.1), reference_run("sgd", START, 1, 0.1))
    np.testing.assert_allclose(
        reference_run("momentum", START, 1, 0.1, nesterov=True), START - 0.1 * 1.9 * grad(START), rtol=1e-15
    )


@pytest.mark.parametrize(("kind", "lr", "hyper"), CONFIGS, ids=IDS)
def test_step_on_a_network_updates_weights_and_biases_like_update(kind: str, lr: float, hyper: dict) -> None:
    net = Network([2, 3, 2], activation="tanh", output="linear", seed=0)
    twin = net.copy()
    X = np.random.default_rng(1).normal(size=(5, 2))
    Y = np.random.default_rng(2).normal(size=(5, 2))
    a, b = Optimizer(kind, lr=lr, **hyper), Optimizer(kind, lr=lr, **hyper)
    for _ in range(3):
        _, gw, gb = net.gradients(X, Y, loss="mse")
        a.step(net, gw, gb)
        _, gw2, gb2 = twin.gradients(X, Y, loss="mse")
        b.update([*twin.weights, *twin.biases], [*gw2, *gb2])
    for x, y in zip(net.weights + net.biases, twin.weights + twin.biases, strict=True):
        np.testing.assert_array_equal(x, y)
    assert not np.array_equal(net.weights[0], Network([2, 3, 2], "tanh", "linear", seed=0).weights[0])


def test_sgd_lowers_the_loss_of_a_network() -> None:
    net = Network([2, 4, 1], activation="tanh", output="sigmoid", seed=0)
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    Y = np.array([[0.0], [1.0], [1.0], [1.0]])
    opt = Optimizer("sgd", lr=0.5)
    first = net.loss(X, Y)
    for _ in range(50):
        _, gw, gb = net.gradients(X, Y)
        opt.step(net, gw, gb)
    assert net.loss(X, Y) < 0.5 * first


# ---- state -------------------------------------------------------------------------------------------------
STATEFUL = [c for c in CONFIGS if c[0] != "sgd"]
STATEFUL_IDS = [i for i, c in zip(IDS, CONFIGS, strict=True) if c[0] != "sgd"]


@pytest.mark.parametrize(("kind", "lr", "hyper"), STATEFUL, ids=STATEFUL_IDS)
def test_reset_forgets_the_running_averages(kind: str, lr: float, hyper: dict) -> None:
    opt = Optimizer(kind, lr=lr, **hyper)
    p = run(opt, START.copy(), 4)
    middle = p.copy()
    kept = run(Optimizer(kind, lr=lr, **hyper), START.copy(), 4)
    np.testing.assert_array_equal(kept, middle)
    opt.reset()
    after_reset = run(opt, p, 3)
    fresh = run(Optimizer(kind, lr=lr, **hyper), middle.copy(), 3)
    np.testing.assert_array_equal(after_reset, fresh)
    continued = run(Optimizer(kind, lr=lr, **hyper), START.copy(), 7)
    assert not np.allclose(after_reset, continued)  # the state really mattered


@pytest.mark.parametrize(("kind", "lr", "hyper"), CONFIGS, ids=IDS)
def test_state_dict_round_trip_continues_identically(kind: str, lr: float, hyper: dict) -> None:
    a = Optimizer(kind, lr=lr, **hyper)
    p = run(a, START.copy(), 3)
    saved_p, saved = p.copy(), a.state_dict()
    b = Optimizer(kind, lr=lr, **hyper)
    b.load_state_dict(saved)
    q = saved_p.copy()
    run(a, p, 3)
    run(b, q, 3)
    np.testing.assert_array_equal(q, p)
    np.testing.assert_allclose(q, reference_run(kind, START, 6, lr, **hyper), rtol=1e-13, atol=1e-15)


@pytest.mark.parametrize(("kind", "lr", "hyper"), CONFIGS, ids=IDS)
def test_state_dict_is_a_snapshot_for_rewinding(kind: str, lr: float, hyper: dict) -> None:
    """Saving, going on and then loading the saved state into the same optimizer replays the same steps."""
    opt = Optimizer(kind, lr=lr, **hyper)
    p = run(opt, START.copy(), 2)
    saved_p, saved = p.copy(), opt.state_dict()
    first = run(opt, p, 3).copy()
    opt.load_state_dict(saved)
    again = run(opt, saved_p.copy(), 3)
    np.testing.assert_array_equal(again, first)


def test_loaded_state_is_not_shared_with_the_dict() -> None:
    a = Optimizer("momentum", lr=0.1)
    run(a, START.copy(), 2)
    saved = a.state_dict()
    snapshot = {i: {k: np.copy(v) for k, v in st.items()} for i, st in saved.items()}
    b = Optimizer("momentum", lr=0.1)
    b.load_state_dict(saved)
    run(b, START.copy(), 2)
    run(a, START.copy(), 2)
    for i, st in snapshot.items():
        for k, v in st.items():
            np.testing.assert_array_equal(saved[i][k], v)


def test_state_dict_keys_may_be_strings() -> None:
    """A state read back from a session file may carry its parameter indices as strings."""
    a = Optimizer("adagrad", lr=0.2)
    p = run(a, START.copy(), 2)
    b = Optimizer("adagrad", lr=0.2)
    b.load_state_dict({str(i): st for i, st in a.state_dict().items()})
    q = p.copy()
    run(a, p, 2)
    run(b, q, 2)
    np.testing.assert_array_equal(q, p)


# ---- errors ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["adamw", "SGD", "", "lbfgs"])
def test_unknown_kind_is_a_value_error(kind: str) -> None:
    with pytest.raises(ValueError, match=f"unknown optimizer {kind!r}") as info:
        Optimizer(kind)
    assert "adam" in str(info.value) and "rmsprop" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"lr": -0.1}, "lr"),
        ({"lr": float("nan")}, "lr"),
        ({"lr": float("inf")}, "lr"),
        ({"momentum": -0.5}, "momentum"),
        ({"alpha": -1.0}, "alpha"),
        ({"betas": (1.0, 0.999)}, "betas"),
        ({"betas": (0.9, -0.1)}, "betas"),
    ],
)
def test_bad_hyperparameters_are_value_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Optimizer("adam", **kwargs)


def test_mismatched_gradients_are_value_errors() -> None:
    net = Network([2, 3, 1], seed=0)
    _, gw, gb = net.gradients(np.zeros((2, 2)), np.zeros((2, 1)))
    opt = Optimizer("adam")
    with pytest.raises(ValueError, match="do not match"):
        opt.step(net, gw[:1], gb)
    with pytest.raises(ValueError, match="shape"):
        opt.step(net, [gw[1], gw[0]], gb)


# ---- a network's flat gradient ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "lr", "hyper"), CONFIGS, ids=IDS)
def test_a_flat_gradient_and_per_layer_ones_step_alike(kind: str, lr: float, hyper: dict) -> None:
    a = Network([2, 4, 3, 1], activation="tanh", seed=1)
    b, c = a.copy(), a.copy()
    X = np.random.default_rng(1).normal(size=(6, 2))
    Y = (X[:, :1] > 0).astype(float)
    opts = [Optimizer(kind, lr=lr, **hyper) for _ in range(3)]
    for _ in range(3):
        opts[0].step(a, a.flat_gradient(X, Y, l2=0.01))
        _, gw, gb = b.gradients(X, Y, l2=0.01)
        opts[1].step(b, gw, gb)
        _, gw, gb = c.gradients(X, Y, l2=0.01)
        opts[2].step(c, [w.copy() for w in gw], [g.copy() for g in gb])  # plain lists: gathered, same numbers
    np.testing.assert_array_equal(a.params, b.params)
    np.testing.assert_array_equal(a.params, c.params)


def test_step_follows_edits_of_the_per_layer_gradients() -> None:
    net = Network([2, 3, 1], seed=0)
    X, Y = np.random.default_rng(2).normal(size=(4, 2)), np.array([[0.0], [1.0], [1.0], [0.0]])
    w0 = net.weights[0].copy()
    _, gw, gb = net.gradients(X, Y)
    gw[0][...] = 0.0  # in place
    Optimizer("sgd", lr=0.5).step(net, gw, gb)
    np.testing.assert_array_equal(net.weights[0], w0)
    b1 = net.biases[1].copy()
    _, gw, gb = net.gradients(X, Y)
    gb[1] = np.zeros(1)  # replaced
    Optimizer("sgd", lr=0.5).step(net, gw, gb)
    np.testing.assert_array_equal(net.biases[1], b1)
    assert not np.array_equal(net.weights[0], w0)


def test_a_flat_gradient_of_the_wrong_shape_is_refused_and_changes_nothing() -> None:
    net = Network([2, 3, 1], seed=0)
    before = net.params.copy()
    with pytest.raises(ValueError, match=r"flat gradient must have shape \(13,\)"):
        Optimizer("sgd").step(net, np.zeros(12))
    _, gw, gb = net.gradients(np.zeros((2, 2)), np.zeros((2, 1)))
    with pytest.raises(ValueError, match="bias gradient of layer 1"):
        Optimizer("sgd").step(net, list(gw), [gb[0], np.zeros(2)])
    np.testing.assert_array_equal(net.params, before)
