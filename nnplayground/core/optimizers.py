"""Optimizers with torch.optim's update rules and defaults, state kept per parameter.

`update(params, grads)` changes each parameter array in place. The scripting API passes a network's weight and
bias arrays (`step`); the trainer passes one flat vector holding every parameter, which gives the same numbers
because every rule is element-wise. Scratch buffers live in the state so a step allocates nothing.
"""

from __future__ import annotations

from typing import Any

import numpy as np

KINDS = ("sgd", "momentum", "rmsprop", "adagrad", "adam")
DEFAULT_EPS = {"rmsprop": 1e-8, "adagrad": 1e-10, "adam": 1e-8}


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

    def step(self, net: Any, grads_w: list[np.ndarray], grads_b: list[np.ndarray]) -> None:
        """One update of a `Network`'s weights and biases from their gradients."""
        if len(grads_w) != len(net.weights) or len(grads_b) != len(net.biases):
            raise ValueError("the gradients do not match the network's layers")
        self.update(list(net.weights) + list(net.biases), list(grads_w) + list(grads_b))

    def update(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        for i, (p, g) in enumerate(zip(params, grads, strict=True)):
            if p.shape != np.shape(g):
                raise ValueError(f"gradient {i} has shape {np.shape(g)}, its parameter {p.shape}")
            self.update_one(self.state.setdefault(i, {}), p, g)

    # The rules, each written as torch.optim writes it (the order of operations matters at 1e-16).
    def update_one(self, st: dict[str, Any], p: np.ndarray, g: np.ndarray) -> None:
        """Update one parameter array `p` in place from its gradient `g`, with `st` its own state."""
        if "tmp" not in st:
            st["tmp"] = np.empty(p.shape)
        tmp = st["tmp"]
        st["t"] = st.get("t", 0) + 1
        lr = self.lr
        if self.kind == "sgd":
            np.multiply(g, lr, out=tmp)
        elif self.kind == "momentum":
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
