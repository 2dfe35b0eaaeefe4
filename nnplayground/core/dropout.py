"""Inverted dropout on the hidden layers, as torch.nn.Dropout(p) in training mode: each hidden neuron's output is
kept with probability 1 - p and then scaled by 1 / (1 - p), else set to 0, afresh for every point of every
mini-batch; evaluation (the losses, the pictures, the test points) uses the whole network, unscaled, as torch's
`model.eval()` does. The output layer is never dropped.

The masks come from the run's own generator (the one that shuffles the points), drawn after each epoch's shuffle,
one array per hidden layer per mini-batch, so a run with dropout is reproducible from its seed and a saved run
resumes bit-identically (the generator's state is in every checkpoint).

    masks = dropout.draw(rng, net, 0.3, batch=10)
    loss, grads_w, grads_b = dropout.gradients(net, X, Y, "bce", masks)   # the gradient with these masks

This is a pass of its own, beside `Network`'s lean one (which it leaves alone): a step with dropout also keeps
each layer's output before the mask, because the derivative of tanh or sigmoid is read from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from . import activations as acts
from . import losses
from .network import Network, layer_blocks, targets

MAX_RATE = 0.9


class Updater(Protocol):
    """What `step` needs of an optimizer (core.optimizers.Optimizer)."""

    state: dict

    def update_one(self, st: dict, p: np.ndarray, g: np.ndarray) -> None: ...


def draw(rng: np.random.Generator, net: Network, rate: float, batch: int) -> list[np.ndarray]:
    """One mask per hidden layer, (units, batch): 1 / (1 - rate) where a neuron is kept, 0 where dropped."""
    if not 0.0 <= rate <= MAX_RATE:
        raise ValueError(f"the dropout rate must be between 0 and {MAX_RATE}, got {rate}")
    keep = 1.0 - rate
    return [(rng.random((units, batch)) < keep) / keep for units in net.sizes[1:-1]]


def _forward(net: Network, A0: np.ndarray, masks: Sequence[np.ndarray]):
    """Every layer's pre-activation Z, output before the mask H, and the masked output with its row of ones A."""
    blocks = layer_blocks(net.params, net.sizes)
    Zs, Hs, As = [], [], [A0]
    a = A0
    for P, name, m in zip(blocks[:-1], net.hidden_activations, masks, strict=True):
        Z = P @ a
        H = np.empty_like(Z)
        acts.get(name).apply(Z, H)
        a = np.vstack([H * m, np.ones((1, Z.shape[1]))])
        Zs.append(Z)
        Hs.append(H)
        As.append(a)
    z = blocks[-1] @ a
    out = np.empty_like(z)
    if net.output == "softmax":
        acts.softmax_rows(z, out)
    else:
        acts.get(net.output).apply(z, out)
    return blocks, Zs, Hs, As, z, out


def backward(
    net: Network,
    A0: np.ndarray,
    T: np.ndarray,
    loss: str,
    masks: Sequence[np.ndarray],
    grad: np.ndarray,
    l1: float = 0.0,
    l2: float = 0.0,
) -> float:
    """Forward and backward of one feature-major batch (A0 (d + 1, b) with its row of ones, T (k, b)) with these
    masks; the gradient of every parameter lands in `grad` (laid out as `net.params`). Returns the batch loss
    with the penalty."""
    blocks, Zs, Hs, As, z, out = _forward(net, A0, masks)
    value = losses.value(loss, z, out, T) + losses.penalty(net.weights, l1, l2)
    G = layer_blocks(grad, net.sizes)
    delta = losses.output_delta(loss, net.output, z, out, T, np.empty_like(z))
    for l in range(len(blocks) - 1, 0, -1):
        np.dot(delta, As[l].T, G[l])
        E = (blocks[l][:, :-1].T @ delta) * masks[l - 1]  # only the kept neurons pass the error back, scaled
        delta = acts.get(net.hidden_activations[l - 1]).grad_mul(E, Zs[l - 1], Hs[l - 1], np.empty_like(E))
    np.dot(delta, A0.T, G[0])
    if l2:
        grad += l2 * net.params * net.weight_mask
    if l1:
        grad += l1 * np.sign(net.params) * net.weight_mask
    return value


def gradients(
    net: Network, X: np.ndarray, Y: np.ndarray, loss: str, masks: Sequence[np.ndarray], l1: float = 0.0, l2: float = 0.0
) -> tuple[float, list[np.ndarray], list[np.ndarray]]:
    """The scripting API's `Network.gradients`, with dropout masks (units, n) fixed: loss and every gradient."""
    losses.check(loss, net.output)
    X = np.asarray(X, dtype=np.float64)
    A0 = np.vstack([X.T, np.ones((1, X.shape[0]))])
    T = targets(Y, loss, net.sizes[-1], X.shape[0])
    grad = np.zeros_like(net.params)
    value = backward(net, A0, T, loss, masks, grad, l1, l2)
    G = layer_blocks(grad, net.sizes)
    return value, [g[:, :-1].T.copy() for g in G], [g[:, -1].copy() for g in G]


class _Space:
    """The buffers of one batch size, allocated once, so a training step allocates nothing (as Workspace does)."""

    def __init__(self, net: Network, batch: int) -> None:
        hidden = net.sizes[1:-1]
        self.net, self.batch = net, batch
        self.blocks = layer_blocks(net.params, net.sizes)  # views: the optimizer updates params in place
        self.fns = [acts.get(a) for a in net.hidden_activations]
        self.Z = [np.empty((u, batch)) for u in hidden]
        self.H = [np.empty((u, batch)) for u in hidden]  # before the mask: tanh' and sigmoid' read it
        self.A = [np.ones((u + 1, batch)) for u in hidden]  # masked, with the row of ones
        self.R = [np.empty((u, batch)) for u in hidden]
        self.M = [np.empty((u, batch)) for u in hidden]
        self.E = [np.empty((u, batch)) for u in hidden]
        self.tmp = [np.empty((u, batch)) for u in hidden]
        self.z = np.empty((net.sizes[-1], batch))
        self.out = np.empty_like(self.z)
        self.delta = np.empty_like(self.z)
        self.pen = np.empty_like(net.params)
        self.output = acts.softmax_rows if net.output == "softmax" else acts.get(net.output).apply

    def step(self, rng: np.random.Generator, rate: float, A0: np.ndarray, T: np.ndarray, loss: str,
             grad: np.ndarray, l1: float, l2: float) -> None:  # fmt: skip
        """`backward` with fresh masks, in the same order of draws, into preallocated buffers."""
        keep = 1.0 - rate
        scale = 1.0 / keep
        dot, net = np.dot, self.net
        a = A0
        for P, fn, Z, H, A, R, M in zip(self.blocks, self.fns, self.Z, self.H, self.A, self.R, self.M, strict=False):
            dot(P, a, Z)
            fn.apply(Z, H)
            rng.random(out=R)
            np.less(R, keep, out=M)
            np.multiply(M, scale, out=M)
            np.multiply(H, M, out=A[:-1])
            a = A
        dot(self.blocks[-1], a, self.z)
        self.output(self.z, self.out)
        G = layer_blocks(grad, net.sizes)
        delta = losses.output_delta(loss, net.output, self.z, self.out, T, self.delta)
        for l in range(len(self.blocks) - 1, 0, -1):
            dot(delta, self.A[l - 1].T, G[l])
            E = self.E[l - 1]
            dot(self.blocks[l][:, :-1].T, delta, E)
            np.multiply(E, self.M[l - 1], out=E)
            delta = self.fns[l - 1].grad_mul(E, self.Z[l - 1], self.H[l - 1], self.tmp[l - 1])
        dot(delta, A0.T, G[0])
        if l2:
            np.multiply(net.params, net.weight_mask, out=self.pen)
            np.multiply(self.pen, l2, out=self.pen)
            np.add(grad, self.pen, out=grad)
        if l1:
            np.sign(net.params, out=self.pen)
            np.multiply(self.pen, net.weight_mask, out=self.pen)
            np.multiply(self.pen, l1, out=self.pen)
            np.add(grad, self.pen, out=grad)


# The buffers by the gradient array they serve (the trainer keeps one per batch size); a few, the newest kept.
_SPACES: dict[int, tuple[np.ndarray, _Space]] = {}
_KEPT = 8


def step(
    net: Network,
    optimizer: Updater,
    rng: np.random.Generator,
    rate: float,
    inputs: np.ndarray,
    target: np.ndarray,
    loss: str,
    grad: np.ndarray,
    l1: float = 0.0,
    l2: float = 0.0,
) -> None:
    """One training step on a mini-batch with fresh masks from `rng` (drawn as `draw` draws them): the gradient
    into `grad` (the buffers are kept with it, one set per batch size), then the optimizer's update."""
    if not 0.0 <= rate <= MAX_RATE:
        raise ValueError(f"the dropout rate must be between 0 and {MAX_RATE}, got {rate}")
    held, space = _SPACES.get(id(grad), (None, None))
    if held is not grad or space is None or space.net is not net or space.batch != inputs.shape[1]:
        space = _Space(net, inputs.shape[1])
        _SPACES[id(grad)] = (grad, space)
        while len(_SPACES) > _KEPT:
            del _SPACES[next(iter(_SPACES))]
    space.step(rng, rate, inputs, target, loss, grad, l1, l2)
    optimizer.update_one(optimizer.state.setdefault(0, {}), net.params, grad)


def last_dropped(grad: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per hidden layer, the neurons the last `step` into `grad` dropped for every point of its batch (bool
    (units,)); empty when no step has been taken into it (or since its gradient was cleared: a reset, a rewind)."""
    held, space = _SPACES.get(id(grad), (None, None))
    if held is not grad or space is None or not grad.any():
        return ()
    return tuple(readonly_copy((M == 0).all(axis=1)) for M in space.M)


def readonly_copy(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a
