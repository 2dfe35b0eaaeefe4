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
from collections.abc import Sequence

import numpy as np

from . import activations as acts
from . import initializers, losses
from .workspace import Workspace, layer_blocks

__all__ = ["LayerArrays", "Network", "Workspace", "all_finite", "layer_blocks", "targets"]

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

    def __getstate__(self) -> dict:
        """Pickled and deep-copied without the buffers of earlier batches (a cache, made again when needed)."""
        return {**self.__dict__, "_workspaces": {}}

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
