"""Inverted dropout on the hidden layers, as torch.nn.Dropout(p) in training mode: each hidden neuron's output is
kept with probability 1 - p and then scaled by 1 / (1 - p), else set to 0, afresh for every point of every
mini-batch; evaluation (the losses, the pictures, the test points) uses the whole network, unscaled, as torch's
`model.eval()` does. The output layer is never dropped.

The masks come from the run's own generator (the one that shuffles the points), drawn after each epoch's shuffle,
one array per hidden layer per mini-batch in that order, so a run with dropout is reproducible from its seed and
a saved run resumes bit-identically (the generator's state is in every checkpoint).

    masks = dropout.draw(rng, net, 0.3, batch=10)
    loss, grads_w, grads_b = dropout.gradients(net, X, Y, "bce", masks)   # the gradient with these masks

`backward` is the scripting API's pass with masks, beside `Network`'s lean one (which it leaves alone): it also
keeps each layer's output before the mask, because the derivative of tanh or sigmoid is read from it, and it
multiplies the error coming back into a hidden layer by mask * f'(z), made first. The trainer does the same on
the Workspace's bound step (`Steps`, `Workspace.dropout_plan`: one call per layer for both factors, and the
factors of every layer alike in one run of calls), in the same order, so the two agree bit for bit; it draws the
masks of every mini-batch a call steps through at once, which gives `draw`'s numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from . import activations as acts
from . import losses
from .network import Network, layer_blocks, targets
from .workspace import Update, Workspace

MAX_RATE = 0.9


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
        # Only the kept neurons pass the error back, scaled, through f'(z): mask * f'(z) first (grad_mul applied to
        # the mask), then one product, as the trainer's step computes it (Workspace.dropout_plan).
        Z, H = Zs[l - 1], Hs[l - 1]
        factor = acts.get(net.hidden_activations[l - 1]).grad_mul(np.array(masks[l - 1], float), Z, H, np.empty_like(Z))
        delta = (blocks[l].T @ delta)[:-1] * factor  # (the whole block, as the trainer's product: the same sums)
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


# The masks of this many mini-batches at most are drawn into one buffer at a time (its size in numbers, unless
# one batch needs more): 8000 for W1's whole epoch, a few megabytes at worst however many points and neurons.
WINDOW = 1 << 18


class Steps:
    """The trainer's steps with dropout, on the Workspace's bound step: every mini-batch has its own plan
    (`Workspace.dropout_plan`) with its own stretch of the masks' buffer bound into it, and the masks of all the
    batches a call steps through are drawn with one call of the generator (three more make them masks, and the
    copy each step turns into mask * f'(Z)).

    The stream is `draw`'s: per mini-batch, per hidden layer, (units, batch) numbers in order, which is what one
    draw of their total length gives, so the generator is where it was after every batch (a run is reproducible
    from its seed, resumes bit-identically, and a mini-batch's masks equal `draw`'s)."""

    def __init__(self, batches: Sequence[tuple[Workspace, np.ndarray, np.ndarray]], net: Network, loss: str) -> None:
        units = sum(net.sizes[1:-1])
        self.batches = batches
        sizes = [units * inputs.shape[1] for _, inputs, _ in batches]
        self.window = max(1, WINDOW // max([1, *sizes]))  # batches per buffer
        self.offsets = [0, *np.cumsum(sizes).tolist()]  # where each batch's masks start in the whole epoch's stream
        span = self.offsets[min(self.window, len(sizes))]  # the first window is the longest
        self.buffer, self.factors = np.empty(span), np.empty(span)
        self.masks, self.plans = [], []
        for i, (ws, inputs, _) in enumerate(batches):
            at, b = self._start(i), inputs.shape[1]
            masks = self.buffer[at : at + units * b].reshape(units, b)  # every layer's rows in turn, as drawn
            self.masks.append(masks)
            self.plans.append(ws.dropout_plan(loss, masks, self.factors[at : at + units * b].reshape(units, b)))

    def _start(self, i: int) -> int:
        """Where batch i's masks start in the buffer."""
        return self.offsets[i] - self.offsets[i - i % self.window]

    def run(self, rng: np.random.Generator, rate: float, start: int, stop: int, l1: float, l2: float,
            update: Update, state: dict, params: np.ndarray) -> None:  # fmt: skip
        """Mini-batches start to stop (stop > start) of the epoch: one optimizer step each, with fresh masks."""
        if not 0.0 <= rate <= MAX_RATE:
            raise ValueError(f"the dropout rate must be between 0 and {MAX_RATE}, got {rate}")
        keep = 1.0 - rate
        scale = 1.0 / keep
        dot, subtract = np.dot, np.subtract
        i = start
        while i < stop:
            j = min(stop, i - i % self.window + self.window)
            at = slice(self._start(i), self._start(i) + self.offsets[j] - self.offsets[i])
            R = self.buffer[at]
            rng.random(out=R)
            np.less(R, keep, out=R)  # 1.0 where kept ...
            np.multiply(R, scale, out=R)  # ... scaled: draw's (rng.random(...) < keep) / keep, bit for bit
            np.copyto(self.factors[at], R)
            for (ws, inputs, target), plan in zip(self.batches[i:j], self.plans[i:j], strict=True):
                P0, Z0, forward, out, delta, back, first_delta, G0, grad = plan
                dot(P0, inputs, Z0)
                for op in forward:
                    op()
                subtract(out, target, delta)
                for op in back:
                    op()
                dot(first_delta, inputs.T, G0)
                if l1 or l2:
                    ws.add_penalty(l1, l2)
                update(state, params, grad)
            i = j
        self.batches[stop - 1][0].dropout_masks = self.masks[stop - 1]


def last_dropped(ws: Workspace) -> tuple[np.ndarray, ...]:
    """Per hidden layer, the neurons the last dropout step through `ws` dropped for every point of its batch
    (bool (units,)); empty when no step has been taken into it (or since its gradient was cleared: a reset, a
    rewind)."""
    if ws.dropout_masks is None or not len(ws.dropout_masks) or not ws.grad.any():  # (no hidden layer: no rows)
        return ()
    dropped = (ws.dropout_masks == 0).all(axis=1)
    return tuple(readonly_copy(d) for d in np.split(dropped, np.cumsum(ws.net.sizes[1:-2])))


def readonly_copy(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a
