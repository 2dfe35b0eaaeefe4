"""The one typed, serialisable description of an experiment: the single source of truth.

The window edits an `Experiment` (by replacing it with `dataclasses.replace`), the trainer is built from it and the
session file stores it. Everything here is plain data: no arrays, no Qt. What each field may hold, its default and
what a change does are written once, in the table of `settings.py`; this module reads them from there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import datasets, settings, shipped


def _default(field_path: str) -> Any:
    """A dataclass default read from the table when an experiment is made (so a changed table is followed)."""

    def make() -> Any:
        return settings.get(field_path).default

    return field(default_factory=make)


@dataclass(frozen=True)
class DataSpec:
    """How the starting points were generated (the points themselves live in a `PointSet`)."""

    name: str = _default("data.name")
    n: int = _default("data.n")
    noise: float = _default("data.noise")
    seed: int = _default("data.seed")
    classes: int = _default("data.classes")
    train_ratio: float = _default("data.train_ratio")  # share of the points used for training
    class_names: tuple[str, ...] = _default("data.class_names")  # an imported file's labels, by class
    # how an imported file's points were rescaled into the square: x' = x * x_scale + x_offset, y' alike
    x_scale: float = _default("data.x_scale")
    x_offset: float = _default("data.x_offset")
    y_scale: float = _default("data.y_scale")
    y_offset: float = _default("data.y_offset")
    value_scale: float = _default("data.value_scale")  # a regression value's, alike
    value_offset: float = _default("data.value_offset")


@dataclass(frozen=True)
class Experiment:
    data: DataSpec = field(default_factory=DataSpec)
    problem: str = _default("problem")
    features: tuple[str, ...] = _default("features")
    hidden: tuple[int, ...] = _default("hidden")
    activations: tuple[str, ...] = _default("activations")  # one per hidden layer
    loss: str = _default("loss")
    optimizer: str = _default("optimizer")
    lr: float = _default("lr")
    schedule: str = _default("schedule")  # how the rate moves from epoch to epoch (core/schedules.py)
    lr_step: int = _default("lr_step")
    lr_gamma: float = _default("lr_gamma")
    lr_decay: float = _default("lr_decay")
    lr_period: int = _default("lr_period")
    lr_min: float = _default("lr_min")
    warmup: int = _default("warmup")
    warmup_factor: float = _default("warmup_factor")
    momentum: float = _default("momentum")  # for the momentum optimizer
    nesterov: bool = _default("nesterov")
    beta1: float = _default("beta1")  # Adam's
    beta2: float = _default("beta2")
    batch_size: int = _default("batch_size")
    regularization: str = _default("regularization")
    reg_rate: float = _default("reg_rate")
    dropout: float = _default("dropout")  # of every hidden layer, in training (core/dropout.py)
    init: str = _default("init")
    init_scale: float = _default("init_scale")  # multiplies the first weights
    seed: int = _default("seed")
    stop_patience: int = _default("stop_patience")  # the stop rules (core/stopping.py); 0 is off
    stop_loss: float = _default("stop_loss")
    stop_accuracy: float = _default("stop_accuracy")
    stop_epoch: int = _default("stop_epoch")
    stop_restore: bool = _default("stop_restore")

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
            activations = tuple(self.activations[: len(hidden)]) + (fill,) * max(0, len(hidden) - len(self.activations))
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
        kw = _known(d, settings.fields_of(), "experiment")
        if "data" in kw:
            if not isinstance(kw["data"], dict):
                raise TypeError("experiment 'data' must be an object")
            data = _known(kw["data"], settings.fields_of("data"), "data")
            kw["data"] = DataSpec(**_tuples(data, "data."))
        return cls(**_tuples(kw, ""))


def _tuples(kw: dict[str, Any], prefix: str) -> dict[str, Any]:
    """JSON's lists as the tuples of the tuple-valued settings (under `prefix`: "" or "data.")."""
    for s in settings.entries():
        name = s.field.removeprefix(prefix)
        if s.items is not None and s.field == prefix + name and "." not in name and isinstance(kw.get(name), list):
            kw[name] = tuple(kw[name])
    return kw


# The fields of DataSpec that an imported file sets (what its points mean): generated points reset them.
IMPORT_FIELDS = ("class_names", "x_scale", "x_offset", "y_scale", "y_offset", "value_scale", "value_offset")


def generated_spec(spec: DataSpec, **changes: Any) -> DataSpec:
    """`spec` with `changes`, for points a generator draws: no class names, no rescaling (a file's meanings go),
    or those of a real data set the app ships."""
    plain = {f: settings.get(f"data.{f}").default for f in IMPORT_FIELDS}
    made = dataclasses.replace(spec, **{**plain, **changes})
    if made.name in datasets.names() and datasets.is_shipped(made.name):  # a real set's units and species
        made = dataclasses.replace(made, **shipped.meaning(made.name))
    return made


def _known(d: dict[str, Any], known: tuple[str, ...], what: str) -> dict[str, Any]:
    unknown = set(d) - set(known)
    if unknown:
        raise ValueError(f"unknown {what} field(s): {', '.join(sorted(map(str, unknown)))}")
    return dict(d)


def validate(e: Experiment) -> None:
    """Raise ValueError/TypeError, naming the field, if the experiment cannot be built."""
    if not isinstance(e.data, DataSpec):
        raise TypeError("data must be a DataSpec")
    for s in settings.entries():  # each setting's type, range and choices, from the table
        s.check(settings.read(e, s.field))
    # the rules that tie two fields, or the items of one, together
    if len(set(e.features)) != len(e.features):
        raise ValueError("features must not repeat")
    if len(set(e.data.class_names)) != len(e.data.class_names):
        raise ValueError("class names must not repeat")
    if len(e.activations) != len(e.hidden):
        raise ValueError(f"one activation per hidden layer: {len(e.hidden)} layers, {len(e.activations)} activations")


# ---- the names other modules import, read from the table once (new code: settings.get(...) at call time) ---------
def _choices(field_path: str) -> tuple[str, ...]:
    return settings.get(field_path).choices


def _hi(field_path: str, kind: Callable[[Any], Any] = int) -> Any:
    return kind(settings.get(field_path).hi)


ACTIVATIONS = _choices("activations")
OPTIMIZERS = _choices("optimizer")
FEATURES = _choices("features")
REGULARIZATIONS = _choices("regularization")
PROBLEMS = _choices("problem")
LOSSES = _choices("loss")
INITS = _choices("init")
LEARNING_RATES = settings.get("lr").presets
MAX_HIDDEN_LAYERS = settings.get("hidden").items[1]  # type: ignore[index]
MAX_NEURONS = _hi("hidden")
MAX_CLASSES = _hi("data.classes")
MAX_SEED = _hi("seed")  # seeds wrap around past it
MAX_BATCH_SIZE = _hi("batch_size")
MAX_LR = _hi("lr", float)
MAX_REG_RATE = _hi("reg_rate", float)
