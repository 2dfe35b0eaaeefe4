"""Weight initialisations, reproducible from a seed."""

from __future__ import annotations

import numpy as np

from .activations import RELU_FAMILY

INITS = ("auto", "xavier", "he", "playground", "zeros")


def default_for(activation: str) -> str:
    """He for the ReLU family (keeps the variance of one-sided activations), Xavier otherwise."""
    return "he" if activation in RELU_FAMILY else "xavier"


def layer(kind: str, fan_in: int, fan_out: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """W (fan_in, fan_out) and b (fan_out,) for one layer."""
    if kind == "xavier":  # Glorot uniform, as torch.nn.init.xavier_uniform_
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=(fan_in, fan_out)), np.zeros(fan_out)
    if kind == "he":  # He (Kaiming) normal for fan_in
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out)), np.zeros(fan_out)
    if kind == "playground":  # TensorFlow Playground: U(-0.5, 0.5), bias 0.1
        return rng.uniform(-0.5, 0.5, size=(fan_in, fan_out)), np.full(fan_out, 0.1)
    if kind == "zeros":
        return np.zeros((fan_in, fan_out)), np.zeros(fan_out)
    raise ValueError(f"unknown init {kind!r}; choose one of {', '.join(INITS)}")
