"""Losses, their output-layer deltas and the weight penalties.

Layout note: these functions work on the feature-major arrays of the training step, shape (outputs, batch).
`bce` and `cross_entropy` are computed from logits; their deltas use the fused forms sigmoid(z) - t and
softmax(z) - onehot, which are both cheaper and more accurate than chaining the derivatives.
"""

from __future__ import annotations

from functools import partial

import numpy as np

from . import activations as acts

LOSSES = ("mse", "bce", "cross_entropy")
# Which output activations each loss accepts (bce and cross_entropy are defined from logits).
COMPATIBLE = {
    "mse": acts.OUTPUTS,
    "bce": ("sigmoid",),
    "cross_entropy": ("softmax",),
}


def check(loss: str, output: str) -> None:
    if loss not in LOSSES:
        raise ValueError(f"unknown loss {loss!r}; choose one of {', '.join(LOSSES)}")
    if output not in COMPATIBLE[loss]:
        raise ValueError(
            f"loss {loss!r} needs a {' or '.join(COMPATIBLE[loss])} output layer, "
            f"but the network's output is {output!r}"
        )


def value(
    loss: str, z: np.ndarray, a: np.ndarray, t: np.ndarray, scratch: tuple[np.ndarray, np.ndarray] | None = None
) -> float:
    """Mean loss of a batch: z logits and a outputs of shape (k, b); t targets of the same shape
    (one-hot for cross_entropy). `scratch`: two buffers of z's shape to work in (else made for the call)."""
    b = z.shape[1]
    if b == 0:
        return float("nan")
    if loss in ("mse", "bce"):
        u, v = scratch if scratch is not None else (np.empty_like(z), np.empty_like(z))
        if loss == "mse":
            np.subtract(a, t, u)
            return float(np.vdot(u, u) / u.size)
        # mean of max(z, 0) - z t + log(1 + e^-|z|)
        np.maximum(z, 0.0, out=u)
        np.multiply(z, t, v)
        np.subtract(u, v, u)
        np.abs(z, v)
        np.negative(v, v)
        np.exp(v, v)
        np.log1p(v, v)
        np.add(u, v, u)
        return float(np.add.reduce(u, axis=None) / u.size)
    # cross_entropy: -log softmax(z)[label] = logsumexp(z) - z[label]
    m = z.max(axis=0)
    lse = m + np.log(np.exp(z - m).sum(axis=0))
    return float((lse - (z * t).sum(axis=0)).sum() / b)


def output_delta_ops(
    loss: str, output: str, z: np.ndarray, a: np.ndarray, delta: np.ndarray, tmp: np.ndarray
) -> acts.Ops:
    """The calls that turn `delta`, holding a - t, into dL/dz of the output layer for the batch mean (shapes
    (k, b)); bound once, run at every step (`tmp` is a scratch buffer of delta's shape)."""
    k, b = z.shape
    scale = 1.0 / b
    if loss in ("bce", "cross_entropy"):  # fused: the output activation's derivative cancels
        # bce is a mean over every output too; cross_entropy sums over classes within a sample
        return (partial(np.multiply, delta, scale / k if loss == "bce" else scale, delta),)
    # mse: dL/da = 2 (a - t) / (k b), then through the output activation
    first = partial(np.multiply, delta, 2.0 * scale / k, delta)
    if output == "softmax":
        return (first, partial(_softmax_jvp, delta, a))
    return (first, *acts.get(output).grad_ops(delta, z, a, tmp))


def _softmax_jvp(delta: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Jacobian-vector product of softmax, in place: a * (g - sum(g * a))."""
    s = (delta * a).sum(axis=0, keepdims=True)
    np.subtract(delta, s, out=delta)
    return np.multiply(delta, a, out=delta)


def output_delta(loss: str, output: str, z: np.ndarray, a: np.ndarray, t: np.ndarray, delta: np.ndarray) -> np.ndarray:
    """dL/dz of the output layer for the batch mean, written into `delta` (shape (k, b))."""
    np.subtract(a, t, out=delta)
    for op in output_delta_ops(loss, output, z, a, delta, np.empty_like(delta)):
        op()
    return delta


def penalty(weights: list[np.ndarray], l1: float, l2: float) -> float:
    """(l2 / 2) * sum(W^2) + l1 * sum(|W|) over the weights (never the biases)."""
    total = 0.0
    if l2:
        total += 0.5 * l2 * sum(float(np.vdot(w, w)) for w in weights)
    if l1:
        total += l1 * sum(float(np.abs(w).sum()) for w in weights)
    return total
