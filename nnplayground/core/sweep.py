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
from .texts import QT_TRANSLATE_NOOP, Text, message

MAX_VALUES = 32  # values in one sweep: each is a whole training run
AXES = ("lr", "width", "depth", "activations", "batch_size", "reg_rate", "optimizer", "seed")
_ALIASES = {"activation": "activations", "learning_rate": "lr", "layers": "depth", "regularization_rate": "reg_rate"}


_WHOLE = QT_TRANSLATE_NOOP("core.sweep", "a whole number")
_NUMBER = QT_TRANSLATE_NOOP("core.sweep", "a number")
_LAYERS_RANGE = QT_TRANSLATE_NOOP("core.sweep", "0 to {most} hidden layers")
_WITH_UNIT = QT_TRANSLATE_NOOP("core.sweep", "{range} {unit}")
_NOT_KIND = QT_TRANSLATE_NOOP("core.sweep", "{axis}: {text!r} is not {what} ({label}: {range})")
_NOT_FINITE = QT_TRANSLATE_NOOP("core.sweep", "{axis}: {text!r} is not a finite number ({label}: {range})")
_REFUSED = QT_TRANSLATE_NOOP("core.sweep", "{axis}={value}: {problem} ({label}: {range})")
_NO_LAYER = QT_TRANSLATE_NOOP("core.sweep", "the network has no hidden layer, so no activation to vary")
_NO_LAYER_TO_WIDEN = QT_TRANSLATE_NOOP("core.sweep", "the network has no hidden layer to widen; give --hidden")
_DEPTH = QT_TRANSLATE_NOOP("core.sweep", "depth must be a whole number of hidden layers, got {depth!r}")
_NO_REGULARIZATION = QT_TRANSLATE_NOOP(
    "core.sweep", "the regularization is none, so its rate changes nothing: choose l1 or l2"
)
_UNKNOWN_AXIS = QT_TRANSLATE_NOOP("core.sweep", "{name}: cannot be varied; vary one of {axes}")
_NO_VALUE = QT_TRANSLATE_NOOP("core.sweep", "{axis}: give at least one value")
_TOO_MANY = QT_TRANSLATE_NOOP("core.sweep", "{axis}: at most {most} values, got {n}")
_TWICE = QT_TRANSLATE_NOOP("core.sweep", "{axis}: {value} is given twice")
_EPOCHS = QT_TRANSLATE_NOOP("core.sweep", "epochs must be a whole number of at least 1, got {epochs!r}")
_EMPTY = QT_TRANSLATE_NOOP("core.sweep", "{axis}: a value is empty in {text!r}")
_VARY = QT_TRANSLATE_NOOP("core.sweep", "{text}: expected NAME=V1,V2,... such as lr=0.003,0.03,0.3")


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
            return Text(_LAYERS_RANGE, {"most": s.items[1] if s.items else "?"})  # (items is the table's (0, 8))
        if s.choices:
            return ", ".join(s.choices)
        text = s.range_text()
        return Text(_WITH_UNIT, {"range": text, "unit": s.unit}) if s.unit and self.name == "width" else text

    def parse(self, text: str) -> Any:
        """A value's text ("0.03", "relu") as this axis's value; SweepError naming the axis and its range."""
        text = text.strip()
        if self.kind is str:
            return text.lower()
        try:
            value = self.kind(text)
        except ValueError:
            what = _WHOLE if self.kind is int else _NUMBER
            values = {"axis": self.name, "text": text, "what": what, "label": self.label, "range": self.range_text()}
            raise SweepError(Text(_NOT_KIND, values)) from None
        if isinstance(value, float) and not math.isfinite(value):
            values = {"axis": self.name, "text": text, "label": self.label, "range": self.range_text()}
            raise SweepError(Text(_NOT_FINITE, values))
        return value

    def experiment(self, base: Experiment, value: Any) -> Experiment:
        """The base with this value; SweepError (naming the axis and its range) if the table refuses it."""
        try:
            return self.apply(base, value)
        except (TypeError, ValueError) as e:
            values = {"axis": self.name, "value": self.show(value), "problem": message(e), "label": self.label}
            raise SweepError(Text(_REFUSED, {**values, "range": self.range_text()})) from None

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
        raise ValueError(_NO_LAYER)
    return base.replace(activations=(name,) * len(base.hidden))


def _width(base: Experiment, width: Any) -> Experiment:
    if not base.hidden:
        raise ValueError(_NO_LAYER_TO_WIDEN)
    settings.get("hidden").check((width,))
    return base.with_hidden((width,) * len(base.hidden), base.activations)


def _depth(base: Experiment, depth: Any) -> Experiment:
    s = settings.get("hidden")
    if type(depth) is not int or depth < 0:
        raise ValueError(Text(_DEPTH, {"depth": depth}))
    width = base.hidden[0] if base.hidden else s.default[0]
    s.check((width,) * depth)  # "at most 8 hidden layers, got 9"
    return base.with_hidden((width,) * depth)


def _reg_rate(base: Experiment, rate: Any) -> Experiment:
    if base.regularization == "none":
        raise ValueError(_NO_REGULARIZATION)
    return _set("reg_rate")(base, rate)


_AXES: dict[str, Axis] = {
    "lr": Axis("lr", "lr", float, QT_TRANSLATE_NOOP("core.sweep", "learning rate"), "lr", _set("lr")),
    "width": Axis("width", "hidden", int, QT_TRANSLATE_NOOP("core.sweep", "neurons per hidden layer"), "width", _width),
    "depth": Axis("depth", "hidden", int, QT_TRANSLATE_NOOP("core.sweep", "hidden layers"), "depth", _depth),
    "activations": Axis(
        "activations", "activations", str, QT_TRANSLATE_NOOP("core.sweep", "activation"), "", _activation
    ),
    "batch_size": Axis(
        "batch_size", "batch_size", int, QT_TRANSLATE_NOOP("core.sweep", "batch size"), "batch", _set("batch_size")
    ),
    "reg_rate": Axis(
        "reg_rate", "reg_rate", float, QT_TRANSLATE_NOOP("core.sweep", "regularization rate"), "reg", _reg_rate
    ),
    "optimizer": Axis(
        "optimizer", "optimizer", str, QT_TRANSLATE_NOOP("core.sweep", "optimizer"), "", _set("optimizer")
    ),
    "seed": Axis("seed", "seed", int, QT_TRANSLATE_NOOP("core.sweep", "seed"), "seed", _set("seed")),
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
        raise SweepError(Text(_UNKNOWN_AXIS, {"name": name, "axes": ", ".join(AXES)}))
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
        raise SweepError(Text(_NO_VALUE, {"axis": ax.name}))
    if len(values) > MAX_VALUES:
        raise SweepError(Text(_TOO_MANY, {"axis": ax.name, "most": MAX_VALUES, "n": len(values)}))
    seen = [v for i, v in enumerate(values) if v in values[:i]]
    if seen:
        raise SweepError(Text(_TWICE, {"axis": ax.name, "value": ax.show(seen[0])}))
    if type(epochs) is not int or epochs < 1:
        raise SweepError(Text(_EPOCHS, {"epochs": epochs}))
    return Plan(ax, values, tuple(ax.experiment(base, v) for v in values), points, epochs)


def parse_values(name: str, text: str) -> tuple[str, ...]:
    """ "0.003, 0.03, 0.3" -> the values' texts (what a dialog's box holds); SweepError for an empty one."""
    values = tuple(v.strip() for v in text.split(","))
    if any(not v for v in values):
        raise SweepError(Text(_EMPTY, {"axis": name, "text": text.strip()}))
    return values


def parse_vary(text: str) -> tuple[str, tuple[str, ...]]:
    """ "lr=0.003,0.03,0.3" -> ("lr", ("0.003", "0.03", "0.3")); SweepError for text without "name=values"."""
    name, sep, rest = text.partition("=")
    if not sep or not name.strip():
        raise SweepError(Text(_VARY, {"text": text}))
    return name.strip(), parse_values(name.strip(), rest)
