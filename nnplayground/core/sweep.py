"""A sweep: one setting varied over a few values, every other setting as in a base experiment.

    axis = sweep.axis("lr")
    plan = sweep.plan(experiment, points, "lr", [0.003, 0.03, 0.3], epochs=500)
    plan.experiments       # one Experiment per value, checked by the settings table

What may be varied is the table's own settings (`lr`, `batch_size`, `reg_rate`, `optimizer`, `seed`, and
`activations` for every hidden layer) plus two views of the hidden layers: `width` (every hidden layer that wide)
and `depth` (that many hidden layers, as wide as the first). A value is checked by the table's entry, so a sweep
refuses exactly what `train` and the window refuse, in the same words, and the message adds the setting's range.
Training the runs is `sweep_runs.train_job` (one run, in any process); running them side by side is
`training.sweeper`. No processes here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from . import settings
from .experiment import Experiment
from .points import PointSet

MAX_VALUES = 32  # values in one sweep: each is a whole training run
AXES = ("lr", "width", "depth", "activations", "batch_size", "reg_rate", "optimizer", "seed")
_ALIASES = {"activation": "activations", "learning_rate": "lr", "layers": "depth", "regularization_rate": "reg_rate"}


class SweepError(ValueError):
    """A sweep that cannot be run as asked; the message names the setting and, for a bad value, its range."""


@dataclass(frozen=True)
class Axis:
    """One thing a sweep can vary: its name, the table entry that checks its values, and how a value is applied."""

    name: str  # "lr", "width"
    field: str  # the settings table's field that holds it: "lr", "hidden"
    kind: type  # int, float or str: how a value's text is read
    label: str  # "learning rate", "width"
    short: str  # how a run's name starts: "lr", "batch size"
    apply: Callable[[Experiment, Any], Experiment]

    @property
    def setting(self) -> settings.Setting:
        return settings.get(self.field)

    def range_text(self) -> str:
        """What a value may be, from the table: "above 0, at most 100"; "1 to 64 neurons"; "sgd, momentum, ..."."""
        s = self.setting
        if self.name == "depth":
            return f"0 to {s.items[1] if s.items else '?'} hidden layers"  # (items is the table's (0, 8))
        if s.choices:
            return ", ".join(s.choices)
        text = s.range_text()
        return f"{text} {s.unit}".strip() if s.unit and self.name == "width" else text

    def parse(self, text: str) -> Any:
        """A value's text ("0.03", "relu") as this axis's value; SweepError naming the axis and its range."""
        text = text.strip()
        if self.kind is str:
            return text.lower()
        try:
            value = self.kind(text)
        except ValueError:
            what = "a whole number" if self.kind is int else "a number"
            raise SweepError(f"{self.name}: {text!r} is not {what} ({self.label}: {self.range_text()})") from None
        if isinstance(value, float) and not math.isfinite(value):
            raise SweepError(f"{self.name}: {text!r} is not a finite number ({self.label}: {self.range_text()})")
        return value

    def experiment(self, base: Experiment, value: Any) -> Experiment:
        """The base with this value; SweepError (naming the axis and its range) if the table refuses it."""
        try:
            return self.apply(base, value)
        except (TypeError, ValueError) as e:
            raise SweepError(f"{self.name}={self.show(value)}: {e} ({self.label}: {self.range_text()})") from None

    def show(self, value: Any) -> str:
        return self.setting.show(value)

    def run_name(self, value: Any) -> str:
        """ "lr 0.3", "width 4", "relu": what a run of the sweep is called."""
        return self.show(value) if self.kind is str else f"{self.short} {self.show(value)}"


def _set(field_name: str) -> Callable[[Experiment, Any], Experiment]:
    def apply(base: Experiment, value: Any) -> Experiment:
        settings.get(field_name).check(value)  # the table's own words, before the experiment's
        return base.replace(**{field_name: value})

    return apply


def _activation(base: Experiment, name: Any) -> Experiment:
    settings.get("activations").check((name,))
    if not base.hidden:
        raise ValueError("the network has no hidden layer, so no activation to vary")
    return base.replace(activations=(name,) * len(base.hidden))


def _width(base: Experiment, width: Any) -> Experiment:
    if not base.hidden:
        raise ValueError("the network has no hidden layer to widen; give --hidden")
    settings.get("hidden").check((width,))
    return base.with_hidden((width,) * len(base.hidden), base.activations)


def _depth(base: Experiment, depth: Any) -> Experiment:
    s = settings.get("hidden")
    if type(depth) is not int or depth < 0:
        raise ValueError(f"depth must be a whole number of hidden layers, got {depth!r}")
    width = base.hidden[0] if base.hidden else s.default[0]
    s.check((width,) * depth)  # "at most 8 hidden layers, got 9"
    return base.with_hidden((width,) * depth)


def _reg_rate(base: Experiment, rate: Any) -> Experiment:
    if base.regularization == "none":
        raise ValueError("the regularization is none, so its rate changes nothing: choose l1 or l2")
    return _set("reg_rate")(base, rate)


_AXES: dict[str, Axis] = {
    "lr": Axis("lr", "lr", float, "learning rate", "lr", _set("lr")),
    "width": Axis("width", "hidden", int, "neurons per hidden layer", "width", _width),
    "depth": Axis("depth", "hidden", int, "hidden layers", "depth", _depth),
    "activations": Axis("activations", "activations", str, "activation", "", _activation),
    "batch_size": Axis("batch_size", "batch_size", int, "batch size", "batch", _set("batch_size")),
    "reg_rate": Axis("reg_rate", "reg_rate", float, "regularization rate", "reg", _reg_rate),
    "optimizer": Axis("optimizer", "optimizer", str, "optimizer", "", _set("optimizer")),
    "seed": Axis("seed", "seed", int, "seed", "seed", _set("seed")),
}


# Values a sweep dialog offers first for each axis (any others may be typed): a spread that shows a difference.
SUGGESTED: dict[str, str] = {
    "lr": "0.003, 0.03, 0.3",
    "width": "2, 4, 8",
    "depth": "1, 2, 3",
    "activations": "tanh, relu, sigmoid",
    "batch_size": "1, 10, 50",
    "reg_rate": "0.001, 0.01, 0.1",
    "optimizer": "sgd, momentum, adam",
    "seed": "1, 2, 3",
}


def axis(name: str) -> Axis:
    """The axis called `name` ("lr", "batch-size", "activation" ...); SweepError listing the axes if unknown."""
    key = name.strip().lower().replace("-", "_")
    key = _ALIASES.get(key, key)
    if key not in _AXES:
        raise SweepError(f"{name}: cannot be varied; vary one of {', '.join(AXES)}")
    return _AXES[key]


@dataclass(frozen=True)
class Plan:
    """What a sweep trains: one experiment per value, on the same points, each to `epochs` epochs."""

    axis: Axis
    values: tuple[Any, ...]
    experiments: tuple[Experiment, ...]
    points: PointSet
    epochs: int

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.axis.run_name(v) for v in self.values)


def plan(base: Experiment, points: PointSet, name: str, values: Sequence[Any], epochs: int) -> Plan:
    """Check a sweep and make its experiments; SweepError (naming the setting and its range) if it cannot run."""
    ax = axis(name)
    values = tuple(ax.parse(v) if isinstance(v, str) and ax.kind is not str else v for v in values)
    values = tuple(v.strip().lower() if isinstance(v, str) else v for v in values)
    if not values:
        raise SweepError(f"{ax.name}: give at least one value")
    if len(values) > MAX_VALUES:
        raise SweepError(f"{ax.name}: at most {MAX_VALUES} values, got {len(values)}")
    seen = [v for i, v in enumerate(values) if v in values[:i]]
    if seen:
        raise SweepError(f"{ax.name}: {ax.show(seen[0])} is given twice")
    if type(epochs) is not int or epochs < 1:
        raise SweepError(f"epochs must be a whole number of at least 1, got {epochs!r}")
    return Plan(ax, values, tuple(ax.experiment(base, v) for v in values), points, epochs)


def parse_values(name: str, text: str) -> tuple[str, ...]:
    """ "0.003, 0.03, 0.3" -> the values' texts (what a dialog's box holds); SweepError for an empty one."""
    values = tuple(v.strip() for v in text.split(","))
    if any(not v for v in values):
        raise SweepError(f"{name}: a value is empty in {text.strip()!r}")
    return values


def parse_vary(text: str) -> tuple[str, tuple[str, ...]]:
    """ "lr=0.003,0.03,0.3" -> ("lr", ("0.003", "0.03", "0.3")); SweepError for text without "name=values"."""
    name, sep, rest = text.partition("=")
    if not sep or not name.strip():
        raise SweepError(f"{text}: expected NAME=V1,V2,... such as lr=0.003,0.03,0.3")
    return name.strip(), parse_values(name.strip(), rest)
