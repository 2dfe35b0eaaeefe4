"""The multilayer perceptron: parameters in one flat vector, a lean forward/backward pass over it.

A layer computes a_next = f(a @ W + b). Internally every layer's parameters are one block P = [W^T | b] of shape
(fan_out, fan_in + 1) inside a single flat vector, and activations are stored feature-major (units x batch) with a
constant row of ones underneath. Then one matrix product gives W^T a + b, one product gives the weight and bias
gradients together, and an optimizer updates every parameter with a couple of NumPy calls (see
shared PERFORMANCE notes: small networks are bound by the number of NumPy calls, not by arithmetic).

`weights[l]` (fan_in, fan_out) and `biases[l]` (fan_out,) are views into that vector: edit them in place.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence
from functools import partial

import numpy as np

from . import activations as acts
from . import initializers, losses

CACHED_BATCH = 1024  # gradients() keeps the buffers of batches up to this size (larger ones cost far more to run)
CACHED_SIZES = 4  # of this many batch sizes at most, the oldest dropped first


class Network:
    def __init__(
        self,
        sizes: Sequence[int],
        activation: str | Sequence[str] = "tanh",
        output: str = "sigmoid",
        init: str = "auto",
        seed: int = 0,
        dtype: type = np.float64,
    ) -> None:
        sizes = list(sizes)
        if len(sizes) < 2:
            raise ValueError(f"a network needs at least an input and an output layer; sizes={sizes}")
        for s in sizes:
            if isinstance(s, bool) or not isinstance(s, (int, np.integer)) or s < 1:
                raise ValueError(f"every layer needs a whole number of neurons >= 1; sizes={sizes}")
        n_hidden = len(sizes) - 2
        hidden = [activation] * n_hidden if isinstance(activation, str) else list(activation)
        if len(hidden) != n_hidden:
            raise ValueError(f"{n_hidden} hidden layer(s) but {len(hidden)} activation(s): {hidden}")
        for a in hidden:
            acts.get(a)
        if output not in acts.OUTPUTS:
            raise ValueError(f"unknown output activation {output!r}; choose one of {', '.join(acts.OUTPUTS)}")
        if init not in initializers.INITS:
            raise ValueError(f"unknown init {init!r}; choose one of {', '.join(initializers.INITS)}")
        self.sizes: tuple[int, ...] = tuple(int(s) for s in sizes)
        self.hidden_activations: tuple[str, ...] = tuple(hidden)
        self.output = output
        self.init = init
        self.seed = seed

        count = sum(fo * (fi + 1) for fi, fo in zip(self.sizes[:-1], self.sizes[1:], strict=True))
        self.params = np.zeros(count, dtype=dtype)
        self.blocks = layer_blocks(self.params, self.sizes)
        self.weight_mask = np.zeros_like(self.params)  # 1 where a weight lives, 0 for biases (penalties)
        for M in layer_blocks(self.weight_mask, self.sizes):
            M[:, :-1] = 1.0
        self.weights: list[np.ndarray] = [P[:, :-1].T for P in self.blocks]
        self.biases: list[np.ndarray] = [P[:, -1] for P in self.blocks]
        # The backward passes' buffers by batch size, made at the first call of each size (see _backward). So a
        # Network is not for concurrent calls from several threads (as a NumPy array written in place is not).
        self._workspaces: dict[int, Workspace] = {}
        # Where each layer's weights and biases sit in a flat vector: (shape, byte offset, strides) of each view
        self._weight_layout = [(W.shape, _offset(W, self.params), W.strides) for W in self.weights]
        self._bias_layout = [(b.shape, _offset(b, self.params), b.strides) for b in self.biases]
        self.initialize(init, seed)

    # ---- construction ------------------------------------------------------------------------------------------
    @property
    def layer_activations(self) -> tuple[str, ...]:
        """The activation of every layer after the input, the output's last."""
        return (*self.hidden_activations, self.output)

    def initialize(self, init: str = "auto", seed: int = 0) -> None:
        """New weights from `seed` (the same seed always gives the same network)."""
        rng = np.random.default_rng(seed)
        for l, act in enumerate(self.layer_activations):
            kind = init
            if kind == "auto":
                kind = initializers.default_for(act)
            W, b = initializers.layer(kind, self.sizes[l], self.sizes[l + 1], rng)
            self.weights[l][...] = W
            self.biases[l][...] = b

    def copy(self, dtype: type | None = None) -> Network:
        """A twin with the same shape and parameters; in another `dtype` if asked (float32 draws pictures fast)."""
        dtype = dtype or self.params.dtype
        twin = Network(self.sizes, self.hidden_activations, self.output, self.init, self.seed, dtype=dtype)
        with np.errstate(over="ignore"):  # a diverged float64 weight is inf in float32, as it should be
            twin.params[...] = self.params
        return twin

    @property
    def num_params(self) -> int:
        return int(self.params.size)

    def __repr__(self) -> str:
        return f"Network({list(self.sizes)}, activation={list(self.hidden_activations)}, output={self.output!r})"

    # ---- the scripting API ------------------------------------------------------------------------------------
    def forward(self, X: np.ndarray) -> np.ndarray:
        """The network's output for every row of X: (n, outputs), after the output activation."""
        X = self._check_x(X)
        ws = Workspace(self, X.shape[0], backward=False)
        return ws.forward(ws.load_inputs(X)).T.copy()

    def activations(self, X: np.ndarray) -> list[np.ndarray]:
        """Every layer's outputs (n, units): each hidden layer, then the output layer."""
        X = self._check_x(X)
        ws = Workspace(self, X.shape[0], backward=False)
        ws.forward(ws.load_inputs(X))
        return [ws.layer_output(l).T.copy() for l in range(len(self.blocks))]

    def gradients(
        self, X: np.ndarray, Y: np.ndarray, loss: str = "bce", l1: float = 0.0, l2: float = 0.0
    ) -> tuple[float, list[np.ndarray], list[np.ndarray]]:
        """Loss on (X, Y) with the penalty included, and its gradient for every weight and bias: new arrays at
        every call, yours to keep (views of one new flat vector laid out as `params`, which `Optimizer.step`
        then updates in one go)."""
        ws, value = self._backward(X, Y, loss, l1, l2, want_loss=True)
        flat = ws.grad.copy()
        view, dt = np.ndarray, flat.dtype  # the constructor makes each view in one call, not four
        grads_w = LayerArrays([view(shape, dt, flat, at, strides) for shape, at, strides in self._weight_layout], flat)
        grads_b = LayerArrays([view(shape, dt, flat, at, strides) for shape, at, strides in self._bias_layout], flat)
        return value, grads_w, grads_b

    def flat_gradient(
        self, X: np.ndarray, Y: np.ndarray, loss: str = "bce", l1: float = 0.0, l2: float = 0.0
    ) -> np.ndarray:
        """The lean form of `gradients` for a training loop: the gradient only (no loss is computed), as one
        read-only vector laid out as `params`, for `Optimizer.step(net, grad)`. It lives in a buffer that the
        next call with the same batch size overwrites: copy it to keep it."""
        ws, _ = self._backward(X, Y, loss, l1, l2, want_loss=False)
        return ws.grad_view

    def _backward(
        self, X: np.ndarray, Y: np.ndarray, loss: str, l1: float, l2: float, want_loss: bool
    ) -> tuple[Workspace, float]:
        """Check the batch, then forward and backward on it in the workspace of its size (made once)."""
        losses.check(loss, self.output)
        X = self._check_x(X)
        n = X.shape[0]
        T = targets(Y, loss, self.sizes[-1], n)
        if n == 0:
            raise ValueError("cannot compute gradients on an empty batch")
        ws = self._workspaces.get(n)
        if ws is None:
            ws = Workspace(self, n)
            if n <= CACHED_BATCH:  # a mini-batch: its buffers cost more to make than to use, so keep them
                if len(self._workspaces) >= CACHED_SIZES:
                    del self._workspaces[next(iter(self._workspaces))]  # the oldest size
                self._workspaces[n] = ws
        value = ws.backward(ws.load_inputs(X), T, loss, l1, l2, want_loss)
        return ws, value

    def loss(self, X: np.ndarray, Y: np.ndarray, loss: str = "bce", l1: float = 0.0, l2: float = 0.0) -> float:
        losses.check(loss, self.output)
        X = self._check_x(X)
        ws = Workspace(self, X.shape[0], backward=False)
        ws.forward(ws.load_inputs(X))
        T = targets(Y, loss, self.sizes[-1], X.shape[0])
        return ws.loss_value(T, loss) + losses.penalty(self.weights, l1, l2)

    def _check_x(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != self.sizes[0]:
            raise ValueError(f"X must have shape (n, {self.sizes[0]}), got {X.shape}")
        if not all_finite(X):
            raise ValueError("X contains NaN or infinite values")
        return X


class LayerArrays(list):
    """One array per layer (a list to its reader), every one a view of the same flat vector laid out as
    `Network.params`; `flat()` gives that vector while the list still holds exactly those views."""

    __slots__ = ("_flat", "_views")

    def __init__(self, views: list[np.ndarray], flat: np.ndarray) -> None:
        super().__init__(views)
        self._flat, self._views = flat, tuple(views)

    def flat(self) -> np.ndarray | None:
        """The flat vector, or None once an element has been replaced (in-place edits show in it anyway)."""
        intact = len(self) == len(self._views) and all(map(operator.is_, self, self._views))
        return self._flat if intact else None


def _offset(view: np.ndarray, base: np.ndarray) -> int:
    """The byte offset of `view`'s first element inside `base`."""
    return view.__array_interface__["data"][0] - base.__array_interface__["data"][0]


def all_finite(A: np.ndarray) -> bool:
    """Whether every element of A is finite. A sum of squares is finite only if every term is, so one call (a
    dot product: cheaper than a reduction) answers nearly always; only a sum that overflowed (elements beyond
    ~1e154) or a non-finite term needs the element-wise look."""
    return math.isfinite(np.vdot(A, A)) or bool(np.isfinite(A).all())


def targets(Y: np.ndarray, loss: str, k: int, n: int) -> np.ndarray:
    """Targets in the feature-major layout (k, n): one-hot rows for cross_entropy."""
    Y = np.asarray(Y)
    if loss == "cross_entropy":
        if Y.ndim == 2 and Y.shape[1] == 1:
            Y = Y[:, 0]
        if Y.shape != (n,):
            raise ValueError(f"cross_entropy targets must be class labels of shape ({n},), got {Y.shape}")
        if not np.isfinite(Y.astype(np.float64)).all():
            raise ValueError("targets contain NaN or infinite values")
        labels = Y.astype(np.int64)
        if (labels != Y).any() or (labels < 0).any() or (labels >= k).any():
            raise ValueError(f"cross_entropy labels must be whole numbers in 0..{k - 1}")
        T = np.zeros((k, n))
        T[labels, np.arange(n)] = 1.0
        return T
    Y = np.asarray(Y, dtype=np.float64)
    if Y.ndim == 1 and k == 1:
        Y = Y[:, None]
    if Y.shape != (n, k):
        raise ValueError(f"{loss} targets must have shape ({n}, {k}), got {Y.shape}")
    in_range = False  # for bce: every target within [0, 1], so finite too (NaN fails both comparisons)
    if loss == "bce":
        in_range = not Y.size or (np.minimum.reduce(Y, axis=None) >= 0 and np.maximum.reduce(Y, axis=None) <= 1)
    if not in_range and not all_finite(Y):
        raise ValueError("targets contain NaN or infinite values")
    if loss == "bce" and not in_range:
        raise ValueError("bce targets must lie in [0, 1]")
    return Y.T  # a view: only ever read, and every NumPy call takes any strides


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

    def __init__(self, net: Network, batch: int, backward: bool = True) -> None:
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
        self._loss_scratch = (np.empty_like(self.out), np.empty_like(self.out))
        # The first product (block 0 times the batch, into Z[0]) is the caller's; then every later call in order.
        ops: list[Callable[[], object]] = []
        for l in range(L - 1):
            if l:
                ops.append(partial(np.dot, net.blocks[l], self.A[l - 1], self.Z[l]))
            ops += self.fns[l].apply_ops(self.Z[l], self.A[l][:-1])
        if L > 1:
            ops.append(partial(np.dot, net.blocks[-1], self.A[-1], self.Z[-1]))
        if net.output == "softmax":
            ops.append(partial(acts.softmax_rows, self.Z[-1], self.out))
        else:
            ops += acts.get(net.output).apply_ops(self.Z[-1], self.out)
        self.forward_ops = tuple(ops)
        if backward:
            self._allocate_backward(dt)

    def _allocate_backward(self, dt: np.dtype) -> None:
        """The backward pass's buffers and calls, each layer's bound once so the step is a flat run of calls."""
        net, L, batch = self.net, len(self.net.blocks), self.batch
        # backpropagated error into layer l (+ bias row), for l >= 1; the input layer needs none
        E = {l: np.empty((net.sizes[l] + 1, batch), dt) for l in range(1, L)}
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
