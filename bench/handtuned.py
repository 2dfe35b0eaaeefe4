"""A hand-tuned NumPy step for W1's network (2-H1-H2-1 tanh, sigmoid + log-loss, SGD): the peer the Trainer's
generality is measured against.

Everything a person tuning this one network by hand would do: the data feature-major with the bias row folded in
(one product gives W^T a + b, one gives the weight and bias gradients together), every parameter a view of one flat
vector (the SGD update is two calls), every buffer allocated once, the epoch's shuffle one `np.take` into a buffer
whose batch views are made once, sigmoid + log-loss fused into `sigmoid(z) - y`, the loss left out of the step,
straight-line code with every name a local. It does the very arithmetic the Trainer does, in the same order, so
the two reach the same weights bit for bit (`same_as_trainer` checks it): the gap between them is only what the
Trainer pays for handling any network, loss, optimizer and data, plus its per-epoch evaluation and history.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from nnplayground.core.trainer import Trainer


def w1_epoch(trainer: Trainer) -> tuple[Callable[[], None], np.ndarray]:
    """An epoch function for a twin of `trainer`'s run (its starting weights, training matrix, learning rate and
    shuffling generator, all copied), and the twin's flat parameter vector. W1's shape only: two tanh hidden layers,
    one sigmoid output with log-loss, plain SGD, no penalty."""
    net, e = trainer.network, trainer.experiment
    d, h1, h2, k = net.sizes
    if (net.hidden_activations, net.output, trainer.head.loss, e.optimizer, k) != (
        ("tanh", "tanh"),
        "sigmoid",
        "bce",
        "sgd",
        1,
    ) or (e.l1, e.l2) != (0.0, 0.0):
        raise ValueError("the hand-tuned step is written for W1's network only")
    M = trainer.data_matrices["train"].copy()  # rows: d features, a row of ones, the target
    n, b, lr = M.shape[1], min(e.batch_size, M.shape[1]), e.lr
    rng = np.random.default_rng()
    rng.bit_generator.state = trainer.rng.bit_generator.state

    flat = net.params.copy()
    sizes = (d, h1, h2, k)
    blocks, start = [], 0
    for fi, fo in zip(sizes[:-1], sizes[1:], strict=True):
        blocks.append(flat[start : start + fo * (fi + 1)].reshape(fo, fi + 1))
        start += fo * (fi + 1)
    grad = np.zeros_like(flat)
    gblocks, start = [], 0
    for fi, fo in zip(sizes[:-1], sizes[1:], strict=True):
        gblocks.append(grad[start : start + fo * (fi + 1)].reshape(fo, fi + 1))
        start += fo * (fi + 1)
    step = np.empty_like(flat)
    S = np.empty_like(M)

    def buffers(size: int) -> tuple[np.ndarray, ...]:
        A1, A2 = np.ones((h1 + 1, size)), np.ones((h2 + 1, size))
        E1, E2 = np.empty((h1 + 1, size)), np.empty((h2 + 1, size))
        return (A1, A1[:-1], A2, A2[:-1], np.empty((k, size)), np.empty((k, size)), E1, E1[:-1], E2, E2[:-1],
                np.empty((h1, size)), np.empty((h2, size)), 1.0 / (size * k))  # fmt: skip

    spaces = {b: buffers(b)}
    views = []
    for i in range(0, n, b):
        size = min(b, n - i)
        if size not in spaces:
            spaces[size] = buffers(size)
        a0 = S[: d + 1, i : i + size]
        views.append((a0, a0.T, S[d + 1 :, i : i + size], *spaces[size]))
    P0, P1, P2 = blocks
    G0, G1, G2 = gblocks
    P1T, P2T = P1.T, P2.T

    def epoch() -> None:
        dot, tanh, mul, sub = np.dot, np.tanh, np.multiply, np.subtract
        neg, logaddexp, exp = np.negative, np.logaddexp, np.exp
        np.take(M, rng.permutation(n), axis=1, out=S)
        for a0, a0T, t, A1, A1r, A2, A2r, z, s, E1, E1r, E2, E2r, t1, t2, scale in views:
            dot(P0, a0, A1r)
            tanh(A1r, A1r)
            dot(P1, A1, A2r)
            tanh(A2r, A2r)
            dot(P2, A2, z)
            neg(z, s)  # sigmoid as exp(-log(1 + e^-z)), the Trainer's stable form
            logaddexp(0.0, s, s)
            neg(s, s)
            exp(s, s)
            sub(s, t, s)  # fused sigmoid + log-loss: dL/dz = (sigmoid(z) - t) / b
            mul(s, scale, s)
            dot(s, A2.T, G2)
            dot(P2T, s, E2)
            mul(A2r, A2r, t2)  # tanh' = 1 - a^2, as delta - delta a^2
            mul(t2, E2r, t2)
            sub(E2r, t2, E2r)
            dot(E2r, A1.T, G1)
            dot(P1T, E2r, E1)
            mul(A1r, A1r, t1)
            mul(t1, E1r, t1)
            sub(E1r, t1, E1r)
            dot(E1r, a0T, G0)
            mul(grad, lr, step)
            sub(flat, step, flat)

    return epoch, flat


def same_as_trainer(trainer: Trainer, epochs: int = 3) -> bool:
    """Whether the hand-tuned step and `trainer` (left as it was) reach the same weights, bit for bit."""
    epoch, flat = w1_epoch(trainer)
    twin = Trainer(trainer.experiment, trainer.points)
    twin.network.params[...] = trainer.network.params
    twin.rng.bit_generator.state = trainer.rng.bit_generator.state
    with np.errstate(all="ignore"):
        for _ in range(epochs):
            epoch()
            twin.step_epoch()
    return bool(np.array_equal(flat, twin.network.params))
