"""The lean step's buffers: a `Workspace` holds everything one batch size needs, and lays the pass out once.

Feature-major layout: activations are (units x batch) with a constant row of ones underneath, so one product
gives W^T a + b and one product gives a layer's weight and bias gradients together (see `network`). Every call
whose arrays stay the same from one batch to the next is bound once with `functools.partial`; a step then runs
`for op in ops: op()` (small networks are bound by the number of NumPy calls, not by arithmetic).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Protocol

import numpy as np

from . import activations as acts
from . import losses


class Layered(Protocol):
    """What a workspace reads of a network (`Network` is one): its flat parameters and their layout."""

    sizes: tuple[int, ...]
    hidden_activations: tuple[str, ...]
    output: str
    params: np.ndarray
    blocks: list[np.ndarray]
    weights: list[np.ndarray]
    weight_mask: np.ndarray


def layer_blocks(flat: np.ndarray, sizes: Sequence[int]) -> list[np.ndarray]:
    """Views of a flat vector laid out as `Network.params` (parameters or gradients): per layer the block
    [W^T | b] of shape (fan_out, fan_in + 1)."""
    blocks, start = [], 0
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:], strict=True):
        blocks.append(flat[start : start + fan_out * (fan_in + 1)].reshape(fan_out, fan_in + 1))
        start += fan_out * (fan_in + 1)
    return blocks


# What a step needs besides its batch (see Workspace.step_plan).
StepPlan = tuple[np.ndarray, np.ndarray, tuple, np.ndarray, np.ndarray, tuple, np.ndarray, np.ndarray, np.ndarray]


class Workspace:
    """Every buffer one batch size needs, allocated once and reused by each step (no allocation per step).
    A forward-only workspace (`backward=False`: evaluation, pictures) leaves out the backward pass's buffers.

    The pass itself is laid out once as well: every call whose arrays do not change from one batch to the next is
    bound with `functools.partial` into a tuple (`forward_ops`, `back_ops`), so a step runs `for op in ops: op()`
    and Python spends nothing on looking up, unpacking or dispatching (small networks are bound by the number of
    calls). Only the calls that read the batch itself (the first product, the output delta, the first layer's
    gradient) take it as an argument."""

    def __init__(self, net: Layered, batch: int, backward: bool = True) -> None:
        self.net = net
        self.batch = batch
        L = len(net.blocks)
        self.fns = [acts.get(a) for a in net.hidden_activations]
        dt = net.params.dtype
        self.inputs = np.ones((net.sizes[0] + 1, batch), dt)
        self._input_rows = self.inputs[:-1]
        self.Z = [np.empty((net.sizes[l + 1], batch), dt) for l in range(L)]
        # hidden outputs carry a row of ones underneath so one product adds the bias
        self.A = [np.ones((net.sizes[l + 1] + 1, batch), dt) for l in range(L - 1)]
        self.out = np.empty((net.sizes[-1], batch), dt)
        self._loss_scratch: tuple[np.ndarray, np.ndarray] | None = None  # made by the first loss_value
        # The first product (block 0 times the batch, into Z[0]) is the caller's; then every later call in order.
        ops: list[Callable[[], object]] = []
        for l in range(L - 1):
            if l:
                ops.append(partial(np.dot, net.blocks[l], self.A[l - 1], self.Z[l]))
            ops += self.fns[l].apply_ops(self.Z[l], self.A[l][:-1])
        if L > 1:
            ops.append(partial(np.dot, net.blocks[-1], self.A[-1], self.Z[-1]))
        self.forward_ops = (*ops, *self._output_calls())
        self.dropout_masks: np.ndarray | None = None  # of the last dropout step through here (see dropout_plan)
        if backward:
            self._allocate_backward(dt)

    def _output_calls(self) -> acts.Ops:
        if self.net.output == "softmax":
            return (partial(acts.softmax_rows, self.Z[-1], self.out),)
        return acts.get(self.net.output).apply_ops(self.Z[-1], self.out)

    def _allocate_backward(self, dt: np.dtype) -> None:
        """The backward pass's buffers and calls, each layer's bound once so the step is a flat run of calls."""
        net, L, batch = self.net, len(self.net.blocks), self.batch
        # backpropagated error into layer l (+ bias row), for l >= 1; the input layer needs none
        E = self._E = {l: np.empty((net.sizes[l] + 1, batch), dt) for l in range(1, L)}
        tmp = [np.empty((net.sizes[l + 1], batch), dt) for l in range(L - 1)]
        self.delta = np.empty((net.sizes[-1], batch), dt)
        self.grad = np.zeros_like(net.params)
        self.grad_blocks = layer_blocks(self.grad, net.sizes)
        self.grad_view = self.grad.view()  # what flat_gradient hands out: read-only, the buffer stays ours
        self.grad_view.flags.writeable = False
        self.pen = np.empty_like(net.params)
        # Every activation's grad_mul and every loss's output delta write into the delta they are given, so the
        # error reaching each layer lives in a known buffer: E[l][:-1], the output's in self.delta.
        ops: list[Callable[[], object]] = []
        delta = self.delta
        for l in range(L - 1, 0, -1):
            ops.append(partial(np.dot, delta, self.A[l - 1].T, self.grad_blocks[l]))
            ops.append(partial(np.dot, net.blocks[l].T, delta, E[l]))
            delta = E[l][:-1]
            ops += self.fns[l - 1].grad_ops(delta, self.Z[l - 1], self.A[l - 1][:-1], tmp[l - 1])
        self.back_ops = tuple(ops)  # after the output delta, down to the first layer's error
        self.first_delta = delta  # the error at the first layer: its gradient is first_delta @ batch.T
        self._delta_tmp = np.empty_like(self.delta)
        self._plans: dict[str, StepPlan] = {}
        self._stacked: tuple[np.ndarray, ...] = ()  # dropout's Z, f(Z) and scratch, made by the first dropout_plan

    def step_plan(self, loss: str) -> StepPlan:
        """Every buffer and bound call of a step with `loss` but the batch itself, in the order a step uses them:
        block 0 and Z[0] (the first product), the forward calls, the output and the delta buffer (delta = output -
        targets), the backward calls (the rest of the output delta, then every layer down to the first), the
        first layer's error and gradient block (its gradient is error @ batch.T), and the whole gradient."""
        plan = self._plans.get(loss)
        if plan is None:
            z = self.Z[-1]
            tail = losses.output_delta_ops(loss, self.net.output, z, self.out, self.delta, self._delta_tmp)
            plan = self._plans[loss] = (
                self.net.blocks[0],
                self.Z[0],
                self.forward_ops,
                self.out,
                self.delta,
                (*tail, *self.back_ops),
                self.first_delta,
                self.grad_blocks[0],
                self.grad,
            )
        return plan

    def dropout_plan(self, loss: str, masks: np.ndarray, factors: np.ndarray) -> StepPlan:
        """`step_plan` with inverted dropout, for one mini-batch: `masks` (every hidden layer's units in turn by
        the batch; 1 / (1 - p) where kept, 0 where dropped) and `factors`, a copy of them the step overwrites with
        mask * f'(Z). Forward: each hidden layer's f(Z) goes into H and A = H * mask feeds the next layer; then
        every layer's factors, by its activation's grad_mul (one run of calls for a stretch of layers alike: their
        Z and H are stacked as the masks are). Backward: the error into a hidden layer times its factors, the
        multiply by the mask and by f'(Z) in one call (dropout.backward computes the same, in the same order).
        A plan per mini-batch, its own masks bound in, over this workspace's buffers."""
        net, L = self.net, len(self.net.blocks)
        if L == 1:
            return self.step_plan(loss)
        rows = np.cumsum([0, *net.sizes[1:-1]]).tolist()
        if not self._stacked:
            self._stacked = tuple(np.empty((rows[-1], self.batch), net.params.dtype) for _ in range(3))
        Z, H, T = self._stacked

        def part(a: np.ndarray, first: int, last: int | None = None) -> np.ndarray:  # layers first..last's rows
            return a[rows[first] : rows[first + 1 if last is None else last + 1]]

        ops: list[Callable[[], object]] = []
        for l in range(L - 1):
            if l:
                ops.append(partial(np.dot, net.blocks[l], self.A[l - 1], part(Z, l)))
            ops += self.fns[l].apply_ops(part(Z, l), part(H, l))
            ops.append(partial(np.multiply, part(H, l), part(masks, l), self.A[l][:-1]))
        ops += (partial(np.dot, net.blocks[-1], self.A[-1], self.Z[-1]), *self._output_calls())
        first = 0
        for l in range(L - 1):
            if l == L - 2 or net.hidden_activations[l + 1] != net.hidden_activations[l]:
                ops += self.fns[l].grad_ops(*(part(a, first, l) for a in (factors, Z, H, T)))
                first = l + 1
        plain = self.step_plan(loss)[5]
        back = list(plain[: len(plain) - len(self.back_ops)])  # the output delta's calls
        delta = self.delta
        for l in range(L - 1, 0, -1):
            back.append(partial(np.dot, delta, self.A[l - 1].T, self.grad_blocks[l]))
            back.append(partial(np.dot, net.blocks[l].T, delta, self._E[l]))
            delta = self._E[l][:-1]
            back.append(partial(np.multiply, delta, part(factors, l - 1), delta))
        return (net.blocks[0], part(Z, 0), tuple(ops), self.out, self.delta, tuple(back), delta, self.grad_blocks[0],
                self.grad)  # fmt: skip

    def load_inputs(self, X: np.ndarray) -> np.ndarray:
        """Copy sample-major X (n, d) into the feature-major input buffer (d + 1, n)."""
        np.copyto(self._input_rows, X.T)
        return self.inputs

    def layer_output(self, l: int) -> np.ndarray:
        return self.out if l == len(self.net.blocks) - 1 else self.A[l][:-1]

    def forward(self, A0: np.ndarray) -> np.ndarray:
        """Outputs (k, b) for the feature-major inputs A0 (d + 1, b) whose last row is ones."""
        np.dot(self.net.blocks[0], A0, self.Z[0])
        for op in self.forward_ops:
            op()
        return self.out

    def loss_value(self, T: np.ndarray, loss: str) -> float:
        if self._loss_scratch is None:  # (pictures' workspaces never need it)
            self._loss_scratch = (np.empty_like(self.out), np.empty_like(self.out))
        return losses.value(loss, self.Z[-1], self.out, T, self._loss_scratch)

    def backward(
        self,
        A0: np.ndarray,
        T: np.ndarray,
        loss: str,
        l1: float = 0.0,
        l2: float = 0.0,
        want_loss: bool = True,
    ) -> float:
        """Forward and backward on one batch; gradients land in `self.grad`. Returns the batch loss (with penalty)
        when `want_loss`, else NaN (the trainer reports the loss once per epoch, not per step)."""
        net = self.net
        P0, Z0, forward, out, delta, back, first_delta, G0, _ = self._plans.get(loss) or self.step_plan(loss)
        np.dot(P0, A0, Z0)
        for op in forward:
            op()
        value = float("nan")
        if want_loss:
            value = self.loss_value(T, loss) + losses.penalty(net.weights, l1, l2)
        np.subtract(out, T, delta)
        for op in back:
            op()
        np.dot(first_delta, A0.T, G0)
        if l1 or l2:
            self.add_penalty(l1, l2)
        return value

    def add_penalty(self, l1: float, l2: float) -> None:
        """Add the penalties' gradient, l2 W + l1 sign(W) on the weights only, to `self.grad`."""
        net = self.net
        if l2:
            np.multiply(net.params, net.weight_mask, out=self.pen)
            np.multiply(self.pen, l2, out=self.pen)
            np.add(self.grad, self.pen, out=self.grad)
        if l1:
            np.sign(net.params, out=self.pen)
            np.multiply(self.pen, net.weight_mask, out=self.pen)
            np.multiply(self.pen, l1, out=self.pen)
            np.add(self.grad, self.pen, out=self.grad)


Update = Callable[[dict, np.ndarray, np.ndarray], None]  # Optimizer.update_one: (state, params, gradient)


def train_steps(
    batches: Sequence[tuple[Workspace, np.ndarray, np.ndarray]],
    spaces: Iterable[Workspace],
    loss: str,
    l1: float,
    l2: float,
    update: Update,
    state: dict,
    params: np.ndarray,
) -> None:
    """One optimizer step per batch (its workspace, feature-major inputs with the row of ones, targets), the
    trainer's hot loop; `spaces` are the workspaces the batches use."""
    if l1 or l2:
        for ws, inputs, target in batches:
            ws.backward(inputs, target, loss, l1, l2, want_loss=False)
            update(state, params, ws.grad)
        return
    # Workspace.backward written out with every name a local: a W1 step is ~25 NumPy calls of well under a
    # microsecond each, so each attribute lookup and method call saved here shows.
    dot, subtract = np.dot, np.subtract
    plans = {ws: ws.step_plan(loss) for ws in spaces}
    for ws, inputs, target in batches:
        P0, Z0, forward, out, delta, back, first_delta, G0, grad = plans[ws]
        dot(P0, inputs, Z0)
        for op in forward:
            op()
        subtract(out, target, delta)
        for op in back:
            op()
        dot(first_delta, inputs.T, G0)
        update(state, params, grad)
