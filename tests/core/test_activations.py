"""Activation functions: known values, derivatives against finite differences, and safety at |z| = 1000."""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnplayground.core import Network, losses
from nnplayground.core import activations as acts

NAMES = ("linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "silu", "gelu", "sin", "softplus")
KINKED = frozenset({"relu", "leaky_relu", "elu"})
STEP = 1e-6


@contextmanager
def strict_floats() -> Iterator[None]:
    """Every floating-point overflow, division by zero or invalid operation raises, and so does any warning.

    Underflow is the one event left quiet: a result that rounds to 0 is the correctly rounded value of
    sigmoid(-1000) = 5e-435 (and of e^-1000 inside softplus or the losses), not an error. NumPy ignores
    underflow by default, so no user ever sees a message from it.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(all="raise", under="ignore"):
            yield


def gelu_reference(z: float) -> float:
    """torch's gelu(approximate="tanh"), one float at a time."""
    return 0.5 * z * (1.0 + math.tanh(math.sqrt(2.0 / math.pi) * (z + 0.044715 * z**3)))


def test_the_ten_activations_are_available() -> None:
    assert set(acts.ACTIVATIONS) == set(NAMES)
    for name in NAMES:
        assert acts.get(name).name == name
        assert acts.get(name).description


@pytest.mark.parametrize("bad", ["Relu", "swish", "", None, 3])
def test_unknown_activation_is_a_value_error_naming_it(bad: object) -> None:
    with pytest.raises(ValueError, match="unknown activation") as info:
        acts.get(bad)  # type: ignore[arg-type]
    assert repr(bad) in str(info.value)
    assert "relu" in str(info.value) and "softplus" in str(info.value)  # the valid names are listed
    with pytest.raises(ValueError, match="unknown activation"):
        acts.forward(bad, np.zeros(3))  # type: ignore[arg-type]


# ---- known values ------------------------------------------------------------------------------------------
E = math.e
KNOWN = {
    "linear": [(-2.5, -2.5), (0.0, 0.0), (3.0, 3.0)],
    "sigmoid": [(0.0, 0.5), (math.log(3.0), 0.75), (-math.log(3.0), 0.25), (2.0, 1.0 / (1.0 + E**-2))],
    "tanh": [(0.0, 0.0), (1.0, math.tanh(1.0)), (-0.5, math.tanh(-0.5))],
    "relu": [(-2.0, 0.0), (0.0, 0.0), (1.5, 1.5)],
    "leaky_relu": [(-2.0, -0.02), (0.0, 0.0), (1.5, 1.5)],
    "elu": [(-1.0, E**-1 - 1.0), (-3.0, E**-3 - 1.0), (0.0, 0.0), (2.0, 2.0)],
    "silu": [(0.0, 0.0), (1.0, 1.0 / (1.0 + E**-1)), (-2.0, -2.0 / (1.0 + E**2))],
    "gelu": [(z, gelu_reference(z)) for z in (-3.0, -1.0, -0.1, 0.0, 0.5, 1.0, 2.5)],
    "sin": [(0.0, 0.0), (math.pi / 2, 1.0), (-math.pi / 6, -0.5)],
    "softplus": [(0.0, math.log(2.0)), (1.0, math.log(1.0 + E)), (-2.0, math.log(1.0 + E**-2))],
}


@pytest.mark.parametrize("name", NAMES)
def test_known_values(name: str) -> None:
    z = np.array([z for z, _ in KNOWN[name]])
    expected = np.array([f for _, f in KNOWN[name]])
    np.testing.assert_allclose(acts.forward(name, z), expected, rtol=1e-13, atol=1e-15)


def test_sigmoid_of_zero_is_exactly_one_half() -> None:
    assert acts.forward("sigmoid", np.array([0.0]))[0] == 0.5


def test_gelu_is_close_to_the_exact_erf_form() -> None:
    """The tanh approximation stays within 1e-3 of z * Phi(z)."""
    z = np.linspace(-6.0, 6.0, 241)
    exact = np.array([0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0))) for v in z])
    np.testing.assert_allclose(acts.forward("gelu", z), exact, atol=1e-3)


KNOWN_DERIVATIVES = {
    "linear": [(-3.0, 1.0), (0.0, 1.0), (2.0, 1.0)],
    "sigmoid": [(0.0, 0.25), (math.log(3.0), 0.1875)],
    "tanh": [(0.0, 1.0), (1.0, 1.0 - math.tanh(1.0) ** 2)],
    "relu": [(-1.0, 0.0), (2.0, 1.0)],
    "leaky_relu": [(-1.0, 0.01), (2.0, 1.0)],
    "elu": [(-1.0, E**-1), (-2.0, E**-2), (2.0, 1.0)],
    "silu": [(0.0, 0.5)],
    "gelu": [(0.0, 0.5)],
    "sin": [(0.0, 1.0), (math.pi, -1.0)],
    "softplus": [(0.0, 0.5), (math.log(3.0), 0.75)],
}


@pytest.mark.parametrize("name", NAMES)
def test_known_derivatives(name: str) -> None:
    z = np.array([z for z, _ in KNOWN_DERIVATIVES[name]])
    expected = np.array([d for _, d in KNOWN_DERIVATIVES[name]])
    np.testing.assert_allclose(acts.derivative(name, z), expected, rtol=1e-13, atol=1e-15)


# ---- derivatives against finite differences ----------------------------------------------------------------
def away_from_kinks(name: str, z: np.ndarray) -> np.ndarray:
    return z[np.abs(z) > 1e-3] if name in KINKED else z


def central_difference(name: str, z: np.ndarray) -> np.ndarray:
    return (acts.forward(name, z + STEP) - acts.forward(name, z - STEP)) / (2.0 * STEP)


@pytest.mark.parametrize("name", NAMES)
def test_derivative_matches_finite_difference_on_a_grid(name: str) -> None:
    z = away_from_kinks(name, np.linspace(-8.0, 8.0, 1601) + 1e-4)  # the shift keeps 0 itself off the grid
    np.testing.assert_allclose(acts.derivative(name, z), central_difference(name, z), rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=40, deadline=None)
@given(z=st.lists(st.floats(-40.0, 40.0, allow_nan=False, allow_infinity=False), min_size=1, max_size=8))
def test_derivative_matches_finite_difference(name: str, z: list[float]) -> None:
    points = away_from_kinks(name, np.array(z))
    np.testing.assert_allclose(
        acts.derivative(name, points), central_difference(name, points), rtol=1e-6, atol=1e-8
    )


@pytest.mark.parametrize("name", NAMES)
def test_apply_and_grad_mul_work_in_place_on_2d_buffers(name: str) -> None:
    """The trainer's form: `apply` into `out`, `grad_mul` multiplies `delta` in place, input untouched."""
    rng = np.random.default_rng(5)
    z = rng.normal(0.0, 2.0, size=(3, 7))
    z_before = z.copy()
    act = acts.get(name)
    a = np.empty_like(z)
    assert act.apply(z, a) is a
    np.testing.assert_array_equal(z, z_before)
    delta = rng.normal(size=z.shape)
    expected = delta * acts.derivative(name, z)
    out = act.grad_mul(delta, z, a, np.empty_like(z))
    np.testing.assert_allclose(delta, expected, rtol=1e-12, atol=1e-300)
    assert out is delta or np.shares_memory(out, delta)
    np.testing.assert_array_equal(z, z_before)
    np.testing.assert_array_equal(a, acts.forward(name, z))


# ---- numerical safety at |z| = 1000 ------------------------------------------------------------------------
HUGE = np.array([-1000.0, -800.0, -745.5, -100.0, 100.0, 745.5, 800.0, 1000.0])
# (f(-1000), f(1000), f'(-1000), f'(1000))
LIMITS = {
    "linear": (-1000.0, 1000.0, 1.0, 1.0),
    "sigmoid": (0.0, 1.0, 0.0, 0.0),
    "tanh": (-1.0, 1.0, 0.0, 0.0),
    "relu": (0.0, 1000.0, 0.0, 1.0),
    "leaky_relu": (-10.0, 1000.0, 0.01, 1.0),
    "elu": (-1.0, 1000.0, 0.0, 1.0),
    "silu": (0.0, 1000.0, 0.0, 1.0),
    "gelu": (0.0, 1000.0, 0.0, 1.0),
    "sin": (math.sin(-1000.0), math.sin(1000.0), math.cos(-1000.0), math.cos(1000.0)),
    "softplus": (0.0, 1000.0, 0.0, 1.0),
}


@pytest.mark.parametrize("name", NAMES)
def test_huge_inputs_are_finite_quiet_and_reach_the_right_limits(name: str) -> None:
    with strict_floats():
        f = acts.forward(name, HUGE)
        d = acts.derivative(name, HUGE)
    assert np.isfinite(f).all() and np.isfinite(d).all()
    f_lo, f_hi, d_lo, d_hi = LIMITS[name]
    # each limit is reached to the last bit, or within a tiny amount (sigmoid(-1000) in [0, 1e-300])
    assert f[0] == pytest.approx(f_lo, rel=1e-15, abs=1e-300)
    assert f[-1] == pytest.approx(f_hi, rel=1e-15, abs=1e-300)
    assert d[0] == pytest.approx(d_lo, rel=1e-15, abs=1e-300)
    assert d[-1] == pytest.approx(d_hi, rel=1e-15, abs=1e-300)


def test_squashing_functions_stay_in_range_and_keep_their_symmetry() -> None:
    z = np.concatenate([HUGE, np.linspace(-50.0, 50.0, 1001)])
    with strict_floats():
        s = acts.forward("sigmoid", z)
        t = acts.forward("tanh", z)
        sp = acts.forward("softplus", z)
    assert ((s >= 0.0) & (s <= 1.0)).all()
    assert ((t >= -1.0) & (t <= 1.0)).all()
    assert (sp >= 0.0).all() and (sp >= z).all()
    np.testing.assert_allclose(s + acts.forward("sigmoid", -z), 1.0, rtol=0, atol=1e-15)
    # sigmoid keeps its relative precision in the left tail: sigmoid(-30) = e^-30 / (1 + e^-30)
    assert acts.forward("sigmoid", np.array([-30.0]))[0] == pytest.approx(
        math.exp(-30) / (1 + math.exp(-30)), 1e-14
    )
    assert acts.forward("softplus", np.array([-30.0]))[0] == pytest.approx(math.log1p(math.exp(-30)), 1e-14)


def test_softmax_rows_is_safe_and_sums_to_one() -> None:
    # feature-major: each column is one sample's three logits
    z = np.array([[1000.0, 1000.0, 0.0], [1000.0, 1000.0, 5.0], [999.0, -1000.0, -5.0]])
    out = np.empty_like(z)
    with strict_floats():
        acts.softmax_rows(z, out)
    assert np.isfinite(out).all()
    np.testing.assert_allclose(out.sum(axis=0), 1.0, rtol=1e-15)
    expected0 = np.exp(np.array([1000.0, 1000.0, 999.0]) - 1000.0)
    np.testing.assert_allclose(out[:, 0], expected0 / expected0.sum(), rtol=1e-15)
    np.testing.assert_allclose(out[:, 1], [0.5, 0.5, 0.0], rtol=1e-15, atol=1e-300)
    expected2 = np.exp(np.array([0.0, 5.0, -5.0]))
    np.testing.assert_allclose(out[:, 2], expected2 / expected2.sum(), rtol=1e-15)


OUTPUT_LOSSES = [(output, loss) for loss, outputs in losses.COMPATIBLE.items() for output in outputs]


@pytest.mark.parametrize(("output", "loss"), OUTPUT_LOSSES)
@pytest.mark.parametrize("name", NAMES)
def test_network_is_quiet_and_finite_at_huge_inputs(name: str, output: str, loss: str) -> None:
    k = 3 if output == "softmax" else 1
    net = Network([2, 6, 5, k], activation=name, output=output, seed=4)
    X = np.array([[1000.0, -1000.0], [-1000.0, 1000.0], [1000.0, 1000.0], [-1000.0, -1000.0], [0.0, 1000.0]])
    labels = np.array([0, 1, 2, 1, 0]) if k == 3 else np.array([0, 1, 1, 0, 1])
    Y = labels if loss == "cross_entropy" else np.eye(k)[labels] if k > 1 else labels[:, None].astype(float)
    with strict_floats():
        out = net.forward(X)
        layers = net.activations(X)
        value, gw, gb = net.gradients(X, Y, loss=loss, l1=0.01, l2=0.01)
        value2 = net.loss(X, Y, loss=loss, l1=0.01, l2=0.01)
    assert np.isfinite(out).all()
    assert all(np.isfinite(a).all() for a in layers)
    assert np.isfinite(value) and value == value2
    assert all(np.isfinite(g).all() for g in (*gw, *gb))
    if output == "softmax":
        np.testing.assert_allclose(out.sum(axis=1), 1.0, rtol=1e-14)
    if output in ("sigmoid", "softmax"):
        assert ((out >= 0.0) & (out <= 1.0)).all()
