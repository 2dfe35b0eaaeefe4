"""Activation functions and their derivatives, safe for large inputs and lean in NumPy calls.

Each activation is written once in two forms used by both the scripting API and the trainer:
`apply(z, out)` writes f(z) into `out`; `grad_mul(delta, z, a, tmp)` multiplies `delta` in place by f'(z),
using whichever of the pre-activation `z` or the output `a` is cheaper. `tmp` is a scratch buffer of delta's shape.
Only ufuncs with `out=` are used so that the training step allocates nothing.

The commonest ones (linear, sigmoid, tanh, relu) are written as lists of bound calls (`ops`), which is what the
training step runs (`Activation.apply_ops`, `grad_ops`: a step of a small network is bound by the number of Python
calls, and these skip a function frame and keyword parsing per call); their `apply`/`grad_mul` run the same list,
so each rule is written once. The others' lists are their one function call.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import numpy as np

LEAKY_SLOPE = 0.01
# ELU with alpha = 1 (torch's default, the oracle's convention): f(z) = e^z - 1 for z <= 0
_GELU_K = math.sqrt(2.0 / math.pi)
_GELU_C = 0.044715


Ops = tuple[Callable[[], object], ...]  # calls bound to their arrays, run in order


def _run(ops: Ops, result: np.ndarray) -> np.ndarray:
    for op in ops:
        op()
    return result


def _sigmoid_ops(z: np.ndarray, out: np.ndarray) -> Ops:
    # exp(-log(1 + exp(-z))) never overflows and keeps full relative precision in both tails.
    return (
        partial(np.negative, z, out),
        partial(np.logaddexp, 0.0, out, out),
        partial(np.negative, out, out),
        partial(np.exp, out, out),
    )


def sigmoid(z: np.ndarray, out: np.ndarray) -> np.ndarray:
    return _run(_sigmoid_ops(z, out), out)


def _linear_ops(z, out):
    return (partial(np.copyto, out, z),)


def _linear_grad_ops(delta, z, a, tmp):
    return ()


def _sigmoid_grad_ops(delta, z, a, tmp):
    # a (1 - a) = a - a^2
    return (partial(np.multiply, a, a, tmp), partial(np.subtract, a, tmp, tmp), partial(np.multiply, delta, tmp, delta))


def _tanh_ops(z, out):
    return (partial(np.tanh, z, out),)


def _tanh_grad_ops(delta, z, a, tmp):
    # delta * (1 - a^2) = delta - delta * a^2
    return (
        partial(np.multiply, a, a, tmp),
        partial(np.multiply, tmp, delta, tmp),
        partial(np.subtract, delta, tmp, delta),
    )


def _relu_ops(z, out):
    return (partial(np.maximum, z, 0.0, out=out),)  # np.maximum takes `out` by keyword only


def _relu_grad_ops(delta, z, a, tmp):
    # 1.0 / 0.0 written into the float buffer
    return (partial(np.greater, z, 0.0, tmp), partial(np.multiply, delta, tmp, delta))


def _leaky(z, out):
    np.multiply(z, LEAKY_SLOPE, out=out)
    return np.maximum(z, out, out=out)


def _leaky_grad(delta, z, a, tmp):
    np.greater(z, 0.0, out=tmp)
    np.multiply(tmp, 1.0 - LEAKY_SLOPE, out=tmp)
    np.add(tmp, LEAKY_SLOPE, out=tmp)
    return np.multiply(delta, tmp, out=delta)


def _elu(z, out):
    # expm1 of min(z, 0): no overflow for large positive z.
    np.minimum(z, 0.0, out=out)
    np.expm1(out, out=out)
    return np.maximum(z, out, out=out)  # for z > 0, z > e^0 - 1 = 0


def _elu_grad(delta, z, a, tmp):
    # f' = 1 for z > 0, e^z = a + 1 otherwise; a + 1 > 1 exactly when z > 0, so min(a + 1, 1) is both.
    np.add(a, 1.0, out=tmp)
    np.minimum(tmp, 1.0, out=tmp)
    return np.multiply(delta, tmp, out=delta)


def _silu(z, out):
    sigmoid(z, out)
    return np.multiply(z, out, out=out)


def _silu_grad(delta, z, a, tmp):
    # f' = s + z s (1 - s) = s (1 + z (1 - s)) = s + a (1 - s) with s = sigmoid(z)
    sigmoid(z, tmp)
    # tmp <- s + a - a s
    s_times_a = np.multiply(a, tmp)
    np.add(tmp, a, out=tmp)
    np.subtract(tmp, s_times_a, out=tmp)
    return np.multiply(delta, tmp, out=delta)


def _gelu(z, out):
    # 0.5 z (1 + tanh(k (z + c z^3))), the form torch uses with approximate="tanh"
    np.multiply(z, z, out=out)
    np.multiply(out, _GELU_C, out=out)
    np.add(out, 1.0, out=out)
    np.multiply(out, z, out=out)
    np.multiply(out, _GELU_K, out=out)
    np.tanh(out, out=out)
    np.add(out, 1.0, out=out)
    np.multiply(out, z, out=out)
    return np.multiply(out, 0.5, out=out)


def _gelu_grad(delta, z, a, tmp):
    z2 = z * z
    t = np.tanh(_GELU_K * (z + _GELU_C * z2 * z))
    # 0.5 (1 + t) + 0.5 z (1 - t^2) k (1 + 3 c z^2)
    np.multiply(z2, 3.0 * _GELU_C, out=tmp)
    np.add(tmp, 1.0, out=tmp)
    np.multiply(tmp, _GELU_K * 0.5, out=tmp)
    np.multiply(tmp, z, out=tmp)
    np.multiply(tmp, 1.0 - t * t, out=tmp)
    np.add(tmp, 0.5 * (1.0 + t), out=tmp)
    return np.multiply(delta, tmp, out=delta)


def _sin(z, out):
    return np.sin(z, out=out)


def _sin_grad(delta, z, a, tmp):
    np.cos(z, out=tmp)
    return np.multiply(delta, tmp, out=delta)


def _softplus(z, out):
    return np.logaddexp(0.0, z, out=out)


def _softplus_grad(delta, z, a, tmp):
    sigmoid(z, tmp)
    return np.multiply(delta, tmp, out=delta)


@dataclass(frozen=True)
class Activation:
    name: str
    apply: Callable[[np.ndarray, np.ndarray], np.ndarray]
    grad_mul: Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray]
    description: str
    make_ops: Callable[[np.ndarray, np.ndarray], Ops] | None = None  # the calls `apply` runs, bound
    make_grad_ops: Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], Ops] | None = None

    def apply_ops(self, z: np.ndarray, out: np.ndarray) -> Ops:
        """The calls that write f(z) into `out`, bound to these arrays, to run again and again."""
        return self.make_ops(z, out) if self.make_ops else (partial(self.apply, z, out),)

    def grad_ops(self, delta: np.ndarray, z: np.ndarray, a: np.ndarray, tmp: np.ndarray) -> Ops:
        """The calls that multiply `delta` in place by f'(z) (as `grad_mul`), bound to these arrays."""
        if self.make_grad_ops:
            return self.make_grad_ops(delta, z, a, tmp)
        return (partial(self.grad_mul, delta, z, a, tmp),)


def _listed(
    name: str,
    ops: Callable[[np.ndarray, np.ndarray], Ops],
    grad_ops: Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], Ops],
    description: str,
) -> Activation:
    """An activation written as lists of calls; its functions run those lists (partials of module functions,
    so that it pickles)."""
    return Activation(name, partial(_apply_listed, ops), partial(_grad_listed, grad_ops), description, ops, grad_ops)


def _apply_listed(ops: Callable[[np.ndarray, np.ndarray], Ops], z: np.ndarray, out: np.ndarray) -> np.ndarray:
    return _run(ops(z, out), out)


def _grad_listed(
    grad_ops: Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], Ops],
    delta: np.ndarray,
    z: np.ndarray,
    a: np.ndarray,
    tmp: np.ndarray,
) -> np.ndarray:
    return _run(grad_ops(delta, z, a, tmp), delta)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        _listed("linear", _linear_ops, _linear_grad_ops, "f(z) = z: no bend, so stacked layers stay one linear map"),
        _listed("sigmoid", _sigmoid_ops, _sigmoid_grad_ops, "f(z) = 1 / (1 + e^-z): squashes to (0, 1)"),
        _listed("tanh", _tanh_ops, _tanh_grad_ops, "f(z) = tanh z: squashes to (-1, 1), centred on 0"),
        _listed("relu", _relu_ops, _relu_grad_ops, "f(z) = max(0, z): cheap, does not saturate for z > 0"),
        Activation("leaky_relu", _leaky, _leaky_grad, "f(z) = max(0.01 z, z): a ReLU that never goes fully dead"),
        Activation("elu", _elu, _elu_grad, "f(z) = z for z > 0, e^z - 1 otherwise: a smooth ReLU"),
        Activation("silu", _silu, _silu_grad, "f(z) = z sigmoid(z) (swish): smooth, slightly non-monotone"),
        Activation("gelu", _gelu, _gelu_grad, "f(z) = z Phi(z), tanh approximation: the transformers' choice"),
        Activation("sin", _sin, _sin_grad, "f(z) = sin z: periodic, good at repeating patterns"),
        Activation("softplus", _softplus, _softplus_grad, "f(z) = log(1 + e^z): a smooth ReLU"),
    )
}
OUTPUTS = ("sigmoid", "softmax", "linear", "tanh")
RELU_FAMILY = frozenset({"relu", "leaky_relu", "elu", "silu", "gelu", "softplus"})


def get(name: str) -> Activation:
    """The activation called `name`; ValueError listing the valid names otherwise."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}") from None


def softmax_rows(z: np.ndarray, out: np.ndarray, axis: int = 0) -> np.ndarray:
    """Softmax along `axis` (0 in the feature-major layout), shifted by the max so it never overflows."""
    np.subtract(z, z.max(axis=axis, keepdims=True), out=out)
    np.exp(out, out=out)
    return np.divide(out, out.sum(axis=axis, keepdims=True), out=out)


def forward(name: str, z: np.ndarray) -> np.ndarray:
    """f(z) as a new array: the convenient form for scripts and tests."""
    z = np.asarray(z, dtype=np.float64)
    return get(name).apply(z, np.empty_like(z))


def derivative(name: str, z: np.ndarray) -> np.ndarray:
    """f'(z) as a new array."""
    z = np.asarray(z, dtype=np.float64)
    act = get(name)
    a = act.apply(z, np.empty_like(z))
    return act.grad_mul(np.ones_like(z), z, a, np.empty_like(z))
