"""Optimizers with torch.optim's update rules and defaults, state kept per parameter.

`update(params, grads)` changes each parameter array in place. A network's parameters are one flat vector
(`Network.params`), and `step` updates it in one go from a flat gradient, as the trainer does: the same numbers
as one array at a time, because every rule is element-wise, for a fraction of the calls. So `step` keeps one state,
key 0, laid out as `params` (what a session saves). Scratch buffers live in the state so a step allocates nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

KINDS = ("sgd", "momentum", "rmsprop", "adagrad", "adam")
DEFAULT_EPS = {"rmsprop": 1e-8, "adagrad": 1e-10, "adam": 1e-8}


class Parameters(Protocol):
    """What `Optimizer.step` updates: a `Network`'s flat parameter vector and its per-layer views."""

    params: np.ndarray
    sizes: tuple[int, ...]
    weights: list[np.ndarray]
    biases: list[np.ndarray]


class Optimizer:
    def __init__(
        self,
        kind: str = "sgd",
        lr: float = 0.01,
        *,
        momentum: float = 0.9,
        nesterov: bool = False,
        alpha: float = 0.99,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float | None = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown optimizer {kind!r}; choose one of {', '.join(KINDS)}")
        for name, v in (("lr", lr), ("momentum", momentum), ("alpha", alpha)):
            if not isinstance(v, (int, float)) or not np.isfinite(v) or v < 0:
                raise ValueError(f"{name} must be a finite number >= 0, got {v!r}")
        if not 0 <= betas[0] < 1 or not 0 <= betas[1] < 1:
            raise ValueError(f"betas must lie in [0, 1), got {betas}")
        self.kind = kind
        self.lr = float(lr)
        self.momentum = float(momentum)
        self.nesterov = bool(nesterov)
        self.alpha = float(alpha)
        self.betas = (float(betas[0]), float(betas[1]))
        self.eps = DEFAULT_EPS.get(kind, 0.0) if eps is None else float(eps)
        self.state: dict[int, dict[str, Any]] = {}

    def reset(self) -> None:
        """Forget every running average (as a new optimizer would)."""
        self.state.clear()

    def step(
        self,
        net: Parameters,
        grads_w: Sequence[np.ndarray] | np.ndarray,
        grads_b: Sequence[np.ndarray] | None = None,
    ) -> None:
        """One update of a `Network`'s weights and biases from their gradients: per layer (`grads_w`, `grads_b`,
        as `Network.gradients` gives them), or one flat vector laid out as `params` (`Network.flat_gradient`)."""
        self.update_one(self.state.setdefault(0, {}), net.params, self._flat(net, grads_w, grads_b))

    @staticmethod
    def _flat(
        net: Parameters, grads_w: Sequence[np.ndarray] | np.ndarray, grads_b: Sequence[np.ndarray] | None
    ) -> np.ndarray:
        """The gradient as one vector laid out as `net.params`: the one `gradients` made, if these are still its
        views (no copy), else gathered from the per-layer arrays."""
        if grads_b is None:
            g = np.asarray(grads_w)
            if g.shape != net.params.shape:
                raise ValueError(f"a flat gradient must have shape {net.params.shape}, got {g.shape}")
            return g
        flat_w, flat_b = getattr(grads_w, "flat", None), getattr(grads_b, "flat", None)
        if callable(flat_w) and callable(flat_b):
            g = flat_w()
            if g is not None and g is flat_b() and g.shape == net.params.shape:
                return g
        if len(grads_w) != len(net.weights) or len(grads_b) != len(net.biases):
            raise ValueError("the gradients do not match the network's layers")
        g = np.empty_like(net.params)
        start = 0
        for i, (w, b, W) in enumerate(zip(grads_w, grads_b, net.weights, strict=True)):
            if np.shape(w) != W.shape:
                raise ValueError(f"the weight gradient of layer {i} has shape {np.shape(w)}, its weights {W.shape}")
            if np.shape(b) != (W.shape[1],):
                raise ValueError(f"the bias gradient of layer {i} has shape {np.shape(b)}, its biases {W.shape[1:]}")
            fan_in, fan_out = W.shape
            block = g[start : start + fan_out * (fan_in + 1)].reshape(fan_out, fan_in + 1)
            block[:, :-1] = np.asarray(w).T
            block[:, -1] = b
            start += block.size
        return g

    def update(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        for i, (p, g) in enumerate(zip(params, grads, strict=True)):
            if p.shape != np.shape(g):
                raise ValueError(f"gradient {i} has shape {np.shape(g)}, its parameter {p.shape}")
            self.update_one(self.state.setdefault(i, {}), p, g)

    # The rules, each written as torch.optim writes it (the order of operations matters at 1e-16).
    def update_one(self, st: dict[str, Any], p: np.ndarray, g: np.ndarray) -> None:
        """Update one parameter array `p` in place from its gradient `g`, with `st` its own state."""
        tmp = st.get("tmp")
        if tmp is None:
            tmp = st["tmp"] = np.empty(p.shape)
        st["t"] = st.get("t", 0) + 1
        lr = self.lr
        if self.kind == "sgd":  # first: the app's default, and a step costs only two calls
            np.multiply(g, lr, tmp)
            np.subtract(p, tmp, p)
            return
        if self.kind == "momentum":
            v = st.get("v")
            if v is None:
                v = st["v"] = np.array(g, dtype=np.float64, copy=True)
            else:
                np.multiply(v, self.momentum, out=v)
                np.add(v, g, out=v)
            if self.nesterov:
                np.multiply(v, self.momentum, out=tmp)
                np.add(g, tmp, out=tmp)
                np.multiply(tmp, lr, out=tmp)
            else:
                np.multiply(v, lr, out=tmp)
        elif self.kind == "rmsprop":
            s = st.setdefault("s", np.zeros(p.shape))
            np.multiply(s, self.alpha, out=s)
            np.multiply(g, g, out=tmp)
            np.multiply(tmp, 1.0 - self.alpha, out=tmp)
            np.add(s, tmp, out=s)
            np.sqrt(s, out=tmp)
            np.add(tmp, self.eps, out=tmp)
            np.divide(g, tmp, out=tmp)
            np.multiply(tmp, lr, out=tmp)
        elif self.kind == "adagrad":
            s = st.setdefault("s", np.zeros(p.shape))
            np.multiply(g, g, out=tmp)
            np.add(s, tmp, out=s)
            np.sqrt(s, out=tmp)
            np.add(tmp, self.eps, out=tmp)
            np.divide(g, tmp, out=tmp)
            np.multiply(tmp, lr, out=tmp)
        else:  # adam
            b1, b2 = self.betas
            m = st.setdefault("m", np.zeros(p.shape))
            v = st.setdefault("v", np.zeros(p.shape))
            t = st["t"]
            np.subtract(g, m, out=tmp)  # m.lerp_(g, 1 - b1)
            np.multiply(tmp, 1.0 - b1, out=tmp)
            np.add(m, tmp, out=m)
            np.multiply(v, b2, out=v)
            np.multiply(g, g, out=tmp)
            np.multiply(tmp, 1.0 - b2, out=tmp)
            np.add(v, tmp, out=v)
            step_size = lr / (1.0 - b1**t)
            np.sqrt(v, out=tmp)
            np.divide(tmp, (1.0 - b2**t) ** 0.5, out=tmp)
            np.add(tmp, self.eps, out=tmp)
            np.divide(m, tmp, out=tmp)
            np.multiply(tmp, step_size, out=tmp)
        np.subtract(p, tmp, out=p)

    def state_dict(self) -> dict[int, dict[str, Any]]:
        """A copy of the running averages, without scratch buffers (for checkpoints and session files)."""
        return copy_state(self.state)

    def load_state_dict(self, state: dict[int, dict[str, Any]]) -> None:
        """Continue from saved running averages (copied, so the saved ones stay as they were)."""
        self.state = copy_state(state)


def copy_state(state: dict) -> dict[int, dict[str, Any]]:
    """An optimizer state's copy: arrays copied as float64, scratch buffers ("tmp") left out, keys as ints."""
    return {
        int(i): {
            k: (np.array(v, dtype=np.float64) if isinstance(v, np.ndarray) else v) for k, v in st.items() if k != "tmp"
        }
        for i, st in state.items()
    }
