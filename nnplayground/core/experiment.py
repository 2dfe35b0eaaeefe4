"""The one typed, serialisable description of an experiment: the single source of truth.

The window edits an `Experiment` (by replacing it with `dataclasses.replace`), the trainer is built from it and the
session file stores it. Everything here is plain data: no arrays, no Qt.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .points import MAX_POINTS

ACTIVATIONS = ("linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "silu", "gelu", "sin", "softplus")
OPTIMIZERS = ("sgd", "momentum", "rmsprop", "adagrad", "adam")
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)", "cos(x1)", "cos(x2)")
REGULARIZATIONS = ("none", "l1", "l2")
PROBLEMS = ("classification", "regression")
# "auto": two classes -> sigmoid + bce, k classes -> softmax + cross_entropy, regression -> linear + mse.
# "mse": the article's set-up, a squared error on sigmoid outputs (one-hot targets for k classes).
LOSSES = ("auto", "mse")
# TensorFlow Playground's learning-rate list.
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
MAX_HIDDEN_LAYERS = 8
MAX_NEURONS = 64
MAX_CLASSES = 9
MAX_SEED = 2**31 - 1  # what a seed box (a 32-bit spin box) holds; seeds wrap around past it
MAX_BATCH_SIZE = MAX_POINTS
MAX_LR = 100.0
MAX_REG_RATE = 1000.0


@dataclass(frozen=True)
class DataSpec:
    """How the starting points were generated (the points themselves live in a `PointSet`)."""

    name: str = "spiral"
    n: int = 500
    noise: float = 0.0
    seed: int = 0
    classes: int = 2
    train_ratio: float = 0.5  # share of the points used for training, 0.1 .. 0.9


@dataclass(frozen=True)
class Experiment:
    data: DataSpec = field(default_factory=DataSpec)
    problem: str = "classification"
    features: tuple[str, ...] = ("x1", "x2")
    hidden: tuple[int, ...] = (8, 8)
    activations: tuple[str, ...] = ("tanh", "tanh")  # one per hidden layer
    loss: str = "auto"
    optimizer: str = "sgd"
    lr: float = 0.03
    momentum: float = 0.9  # for the momentum optimizer
    nesterov: bool = False
    batch_size: int = 10
    regularization: str = "none"
    reg_rate: float = 0.0
    init: str = "auto"
    seed: int = 0

    def __post_init__(self) -> None:
        validate(self)

    # ---- derived facts -------------------------------------------------------------------------------------
    @property
    def l1(self) -> float:
        return self.reg_rate if self.regularization == "l1" else 0.0

    @property
    def l2(self) -> float:
        return self.reg_rate if self.regularization == "l2" else 0.0

    def with_hidden(self, hidden: tuple[int, ...], activations: tuple[str, ...] | None = None) -> Experiment:
        """A copy with a new hidden shape; new layers take the activation of the last existing one."""
        hidden = tuple(int(h) for h in hidden)
        if activations is None:
            fill = self.activations[-1] if self.activations else "tanh"
            activations = tuple(self.activations[: len(hidden)]) + (fill,) * max(
                0, len(hidden) - len(self.activations)
            )
        return dataclasses.replace(self, hidden=hidden, activations=tuple(activations))

    def replace(self, **changes: Any) -> Experiment:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["features"] = list(self.features)
        d["hidden"] = list(self.hidden)
        d["activations"] = list(self.activations)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Experiment:
        """Build from a plain dict (as read from JSON); raises ValueError/TypeError naming a bad field."""
        if not isinstance(d, dict):
            raise TypeError("the experiment must be a JSON object")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"unknown experiment field(s): {', '.join(sorted(map(str, unknown)))}")
        kw = dict(d)
        if "data" in kw:
            data = kw["data"]
            if not isinstance(data, dict):
                raise TypeError("experiment 'data' must be an object")
            dknown = {f.name for f in dataclasses.fields(DataSpec)}
            bad = set(data) - dknown
            if bad:
                raise ValueError(f"unknown data field(s): {', '.join(sorted(map(str, bad)))}")
            kw["data"] = DataSpec(**data)
        for key in ("features", "hidden", "activations"):
            if key in kw:
                if not isinstance(kw[key], (list, tuple)):
                    raise TypeError(f"experiment '{key}' must be a list")
                kw[key] = tuple(kw[key])
        return cls(**kw)


def _check_type(name: str, value: Any, types: type | tuple[type, ...]) -> None:
    if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        raise TypeError(f"{name} must be {getattr(types, '__name__', types)}, not a boolean")
    if not isinstance(value, types):
        raise TypeError(
            f"{name} must be a number" if types in ((int, float), float) else f"{name} has the wrong type"
        )


def validate(e: Experiment) -> None:
    """Raise ValueError/TypeError, naming the field, if the experiment cannot be built."""
    import math

    d = e.data
    if not isinstance(d, DataSpec):
        raise TypeError("data must be a DataSpec")
    _check_type("data.name", d.name, str)
    _check_type("data.n", d.n, int)
    _check_type("data.noise", d.noise, (int, float))
    _check_type("data.seed", d.seed, int)
    _check_type("data.classes", d.classes, int)
    _check_type("data.train_ratio", d.train_ratio, (int, float))
    if not 0 <= d.n <= MAX_POINTS:
        raise ValueError(f"number of points must be between 0 and {MAX_POINTS:,}, got {d.n}")
    if not (math.isfinite(d.noise) and 0 <= d.noise <= 1):
        raise ValueError(f"noise must be between 0 and 1, got {d.noise}")
    if not 2 <= d.classes <= MAX_CLASSES:
        raise ValueError(f"classes must be between 2 and {MAX_CLASSES}, got {d.classes}")
    if not (math.isfinite(d.train_ratio) and 0.1 <= d.train_ratio <= 0.9):
        raise ValueError(f"train ratio must be between 0.1 and 0.9, got {d.train_ratio}")
    if e.problem not in PROBLEMS:
        raise ValueError(f"problem must be one of {', '.join(PROBLEMS)}, got {e.problem!r}")
    if not e.features or any(f not in FEATURES for f in e.features):
        raise ValueError(
            f"features must be a non-empty list drawn from {', '.join(FEATURES)}, got {list(e.features)}"
        )
    if len(set(e.features)) != len(e.features):
        raise ValueError("features must not repeat")
    if len(e.hidden) > MAX_HIDDEN_LAYERS:
        raise ValueError(f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(e.hidden)}")
    for h in e.hidden:
        _check_type("hidden layer width", h, int)
        if not 1 <= h <= MAX_NEURONS:
            raise ValueError(f"a hidden layer needs 1 to {MAX_NEURONS} neurons, got {h}")
    if len(e.activations) != len(e.hidden):
        raise ValueError(
            f"one activation per hidden layer: {len(e.hidden)} layers, {len(e.activations)} activations"
        )
    for a in e.activations:
        if a not in ACTIVATIONS:
            raise ValueError(f"unknown activation {a!r}; choose one of {', '.join(ACTIVATIONS)}")
    if e.loss not in LOSSES:
        raise ValueError(f"loss must be one of {', '.join(LOSSES)}, got {e.loss!r}")
    if e.optimizer not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {e.optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
    for name in ("lr", "momentum", "reg_rate"):
        v = getattr(e, name)
        _check_type(name, v, (int, float))
        if not math.isfinite(v) or v < 0:
            raise ValueError(f"{name} must be a finite number >= 0, got {v}")
    if not 0 < e.lr <= MAX_LR:
        raise ValueError(f"learning rate must be above 0 and at most {MAX_LR:g}, got {e.lr}")
    if e.reg_rate > MAX_REG_RATE:
        raise ValueError(f"regularization rate must be at most {MAX_REG_RATE:g}, got {e.reg_rate}")
    if e.momentum >= 1:
        raise ValueError(f"momentum must be below 1, got {e.momentum}")
    _check_type("batch_size", e.batch_size, int)
    if not 1 <= e.batch_size <= MAX_BATCH_SIZE:
        raise ValueError(f"batch size must be between 1 and {MAX_BATCH_SIZE:,}, got {e.batch_size}")
    if e.regularization not in REGULARIZATIONS:
        raise ValueError(
            f"regularization must be one of {', '.join(REGULARIZATIONS)}, got {e.regularization!r}"
        )
    if e.init not in ("auto", "xavier", "he", "playground", "zeros"):
        raise ValueError(f"unknown init {e.init!r}")
    _check_type("seed", e.seed, int)
    for name, seed in (("seed", e.seed), ("data.seed", d.seed)):
        if not 0 <= seed <= MAX_SEED:
            raise ValueError(f"{name} must be a whole number from 0 to {MAX_SEED:,}, got {seed}")
    _check_type("nesterov", e.nesterov, bool)
