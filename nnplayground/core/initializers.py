"""Weight initialisations, reproducible from a seed, with torch.nn.init's formulas.

A layer's W has shape (fan_in, fan_out) here (torch's Linear stores its transpose, (fan_out, fan_in); the fans are
the same). The gains are torch's for the case each rule is meant for: 1 for Xavier (`calculate_gain("linear")`),
sqrt(2) for He (`calculate_gain("relu")`, mode "fan_in"). "xavier" and "he" keep the meaning they had in the
first sessions (Glorot uniform, He normal), so an old file still starts from the same weights.

    net = Network([2, 8, 1], "relu", init="he_uniform", seed=3)
    initializers.initialize(net, "he_uniform", seed=3, scale=0.5)   # the same draw, every weight halved
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from .activations import RELU_FAMILY

INITS = ("auto", "xavier", "xavier_normal", "he_uniform", "he", "playground", "normal", "zeros")
LABELS = {
    "auto": "Auto",
    "xavier": "Xavier uniform",
    "xavier_normal": "Xavier normal",
    "he_uniform": "He uniform",
    "he": "He normal",
    "playground": "TF Playground",
    "normal": "Standard normal",
    "zeros": "Zeros",
}
HELP = {
    "auto": "Auto: He normal for the ReLU family, Xavier uniform for the others.",
    "xavier": "Xavier/Glorot uniform: U(-a, a), a = sqrt(6 / (fan_in + fan_out)); keeps the signal's size through "
    "tanh and sigmoid layers.",
    "xavier_normal": "Xavier/Glorot normal: N(0, 2 / (fan_in + fan_out)).",
    "he_uniform": "He (Kaiming) uniform: U(-a, a), a = sqrt(6 / fan_in); for ReLU-like layers, which zero half "
    "their inputs.",
    "he": "He (Kaiming) normal: N(0, 2 / fan_in); for ReLU-like layers.",
    "playground": "TensorFlow Playground's: weights U(-0.5, 0.5), every bias 0.1.",
    "normal": "Standard normal N(0, 1), as the article draws its weights: big networks start saturated.",
    "zeros": "Zeros: every weight and bias 0. A warning: the network cannot learn much from here.",
}
# Why zeros fail, in the words the window and `train` show when they are chosen.
ZEROS_WARNING = (
    "All weights start at zero: every neuron of a layer computes the same thing and receives the same gradient, "
    "so they stay identical copies and the layer learns like a single neuron (the symmetry is never broken)."
)


class Initializable(Protocol):
    """What `initialize` needs of a network (core.network.Network)."""

    weights: list[np.ndarray]

    def initialize(self, init: str = "auto", seed: int = 0) -> None: ...


def default_for(activation: str) -> str:
    """He for the ReLU family (keeps the variance of one-sided activations), Xavier otherwise."""
    return "he" if activation in RELU_FAMILY else "xavier"


def layer(kind: str, fan_in: int, fan_out: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """W (fan_in, fan_out) and b (fan_out,) for one layer."""
    shape = (fan_in, fan_out)
    if kind == "xavier":  # torch.nn.init.xavier_uniform_
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=shape), np.zeros(fan_out)
    if kind == "xavier_normal":  # torch.nn.init.xavier_normal_
        return rng.normal(0.0, np.sqrt(2.0 / (fan_in + fan_out)), size=shape), np.zeros(fan_out)
    if kind == "he_uniform":  # torch.nn.init.kaiming_uniform_(nonlinearity="relu"): bound = gain * sqrt(3 / fan_in)
        limit = np.sqrt(2.0) * np.sqrt(3.0 / fan_in)
        return rng.uniform(-limit, limit, size=shape), np.zeros(fan_out)
    if kind == "he":  # torch.nn.init.kaiming_normal_(nonlinearity="relu"): std = gain / sqrt(fan_in)
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=shape), np.zeros(fan_out)
    if kind == "playground":  # TensorFlow Playground: U(-0.5, 0.5), bias 0.1
        return rng.uniform(-0.5, 0.5, size=shape), np.full(fan_out, 0.1)
    if kind == "normal":  # the article's: every weight N(0, 1), biases too
        return rng.normal(0.0, 1.0, size=shape), rng.normal(0.0, 1.0, size=fan_out)
    if kind == "zeros":
        return np.zeros(shape), np.zeros(fan_out)
    raise ValueError(f"unknown init {kind!r}; choose one of {', '.join(INITS)}")


def initialize(net: Initializable, kind: str = "auto", seed: int = 0, scale: float = 1.0) -> None:
    """New weights from `seed` by the rule `kind`, every weight (not the biases) then multiplied by `scale`: the
    same arguments always give the same start. Scale 1 leaves the draw exactly as `Network.initialize` makes it."""
    if not np.isfinite(scale) or scale <= 0:
        raise ValueError(f"the initial scale must be a number above 0, got {scale!r}")
    net.initialize(kind, seed)
    if scale != 1.0:
        for W in net.weights:
            W *= scale


def warning(kind: str) -> str:
    """What the user must know about an initialisation before training from it ("" for most)."""
    return ZEROS_WARNING if kind == "zeros" else ""
