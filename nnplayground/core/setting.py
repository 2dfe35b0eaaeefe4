"""One setting of an experiment: what it is called, what it may hold, what a change does, and the one check of a
value that `validate()`, the command line and the widgets share. The table of every setting is `settings.py`."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .texts import QT_TRANSLATE_NOOP, Source, Text, spelled

# What a change does: "step" applies at the next training step; "data" generates new points (the network keeps
# learning unless the output layer must change); "network" builds a new network.
Effect = Literal["step", "data", "network"]
_KIND_WORDS = {
    int: QT_TRANSLATE_NOOP("core.setting", "a whole number"),
    float: QT_TRANSLATE_NOOP("core.setting", "a number"),
    str: QT_TRANSLATE_NOOP("core.setting", "text"),
    bool: QT_TRANSLATE_NOOP("core.setting", "true or false"),
}
# the words of settings.py's items and units, one and many (a message of a setting whose word is missing here
# says it in English)
_WORDS = {
    "class name": QT_TRANSLATE_NOOP("core.setting", "class name"),
    "class names": QT_TRANSLATE_NOOP("core.setting", "class names"),
    "input feature": QT_TRANSLATE_NOOP("core.setting", "input feature"),
    "input features": QT_TRANSLATE_NOOP("core.setting", "input features"),
    "hidden layer": QT_TRANSLATE_NOOP("core.setting", "hidden layer"),
    "hidden layers": QT_TRANSLATE_NOOP("core.setting", "hidden layers"),
    "activation": QT_TRANSLATE_NOOP("core.setting", "activation"),
    "activations": QT_TRANSLATE_NOOP("core.setting", "activations"),
    "points": QT_TRANSLATE_NOOP("core.setting", "points"),
    "neurons": QT_TRANSLATE_NOOP("core.setting", "neurons"),
    "epochs": QT_TRANSLATE_NOOP("core.setting", "epochs"),
}
_RANGE = QT_TRANSLATE_NOOP("core.setting", "{lo} to {hi}")
_BOUNDS = QT_TRANSLATE_NOOP("core.setting", "{low}, {high}")
_ABOVE = QT_TRANSLATE_NOOP("core.setting", "above {value}")
_AT_LEAST_VALUE = QT_TRANSLATE_NOOP("core.setting", "at least {value}")
_BELOW = QT_TRANSLATE_NOOP("core.setting", "below {value}")
_AT_MOST_VALUE = QT_TRANSLATE_NOOP("core.setting", "at most {value}")
_DIGITS = QT_TRANSLATE_NOOP("core.setting", "a number of {n:,} digits")
_NEGATIVE_DIGITS = QT_TRANSLATE_NOOP("core.setting", "a negative number of {n:,} digits")
_LIST = QT_TRANSLATE_NOOP("core.setting", "{name} must be a list, got {value}")
_AT_LEAST = QT_TRANSLATE_NOOP("core.setting", "at least {n} {items}, got {found}")
_AT_MOST = QT_TRANSLATE_NOOP("core.setting", "at most {n} {items}, got {found}")
_UNKNOWN = QT_TRANSLATE_NOOP("core.setting", "unknown {name} {value}; choose one of {choices}")
_KIND = QT_TRANSLATE_NOOP("core.setting", "{name} must be {kind}, got {value}")
_FINITE = QT_TRANSLATE_NOOP("core.setting", "{name} must be a finite number, got {value}")
_WITH_UNIT = QT_TRANSLATE_NOOP("core.setting", "{range} {unit}")
_ITEM_NEEDS = QT_TRANSLATE_NOOP("core.setting", "a {item} needs {needs}, got {value}")
_MUST_BE = QT_TRANSLATE_NOOP("core.setting", "{name} must be {bound}, got {value}")
_BRIEF = 40  # a value quoted in a message: a file's 10,000-digit number must not make it a page long


def _brief(text: str) -> str:
    return text if len(text) <= _BRIEF else f"{text[: _BRIEF - 3]}..."


def _word(word: str) -> str:
    return _WORDS.get(word, word)


@dataclass(frozen=True)
class Setting:
    """One setting of an experiment. A tuple-valued setting (`items` is not None) applies `kind`, the range and
    the choices to each item, and `items` bounds how many there are."""

    field: str  # the attribute path in an Experiment: "lr", "data.noise"
    label: str  # a caption: "Learning rate"
    kind: type  # int, float, bool or str (of each item, for a tuple)
    default: Any
    effect: Effect
    help: str  # why the setting matters, for a tooltip
    lo: float | None = None
    hi: float | None = None
    lo_open: bool = False  # the bound itself is refused
    hi_open: bool = False
    choices: tuple[str, ...] = ()
    any_name: bool = False  # the choices are what is offered, but any name is accepted (see data.name)
    choice_labels: Mapping[str, str] = field(default_factory=dict)  # how the window names each choice
    choice_help: Mapping[str, str] = field(default_factory=dict)  # a tooltip for each choice
    items: tuple[int, int | None] | None = None  # a tuple setting: (fewest, most or None) items
    item: str = ""  # what one item is called: "hidden layer"
    one_for_all: bool = False  # the option may give one value for every item (one activation for all layers)
    unit: str = ""
    presets: tuple[float, ...] = ()  # the values a combo box offers (any value in range can still be typed)
    step: float | None = None  # a spin box's step
    default_for: Callable[[str], Any] | None = None  # a default that depends on the data set's name
    default_text: str = ""  # how --help states such a default
    tip: str = ""  # its key in ui.explain.TIPS
    option: str = ""  # the command-line option, "" for none
    option_help: str = ""  # the start of its --help line (range and default are added from the entry)
    metavar: str | None = None

    # ---- what a change does ------------------------------------------------------------------------------------
    @property
    def live(self) -> bool:
        """Whether a change applies at the next training step, the network learning on."""
        return self.effect == "step"

    @property
    def rebuilds(self) -> bool:
        """Whether a change builds a new network (new weights, epoch 0)."""
        return self.effect == "network"

    @property
    def noun(self) -> str:
        """The label inside a sentence: "learning rate" (translated as the label itself, context "Settings")."""
        return spelled(self.label[:1].lower() + self.label[1:], Source("Settings", self.label))

    @property
    def dest(self) -> str:
        """The option's attribute in argparse's namespace: "--batch-size" -> "batch_size"."""
        return self.option.lstrip("-").replace("-", "_")

    # ---- what it may hold ----------------------------------------------------------------------------------------
    def range_text(self) -> str:
        """ "0 to 1", "above 0, at most 100", "at least 0, below 1" ("" when the setting has no range)."""
        if self.lo is None or self.hi is None:
            return ""
        if not (self.lo_open or self.hi_open):
            return Text(_RANGE, {"lo": self.show(self.lo), "hi": self.show(self.hi)})
        return Text(_BOUNDS, {"low": self._low_bound(), "high": self._high_bound()})

    def _low_bound(self) -> str:
        return Text(_ABOVE if self.lo_open else _AT_LEAST_VALUE, {"value": self.show(self.lo)})

    def _high_bound(self) -> str:
        return Text(_BELOW if self.hi_open else _AT_MOST_VALUE, {"value": self.show(self.hi)})

    def show(self, value: Any) -> str:
        """A value as captions and --help write it: 1,000,000; 0.03; 8,8; tanh (one for all layers); false."""
        if isinstance(value, (tuple, list)):
            if self.one_for_all and value and len(set(value)) == 1:
                return str(value[0])
            return ",".join(self.show(v) for v in value)
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int) and value.bit_length() > 100:  # (Python refuses to write out 4,300 digits)
            digits = int(value.bit_length() * math.log10(2)) + 1
            return Text(_NEGATIVE_DIGITS if value < 0 else _DIGITS, {"n": digits})
        if isinstance(value, int) or (self.kind is int and isinstance(value, float) and value.is_integer()):
            return f"{int(value):,}"
        return f"{value:g}" if isinstance(value, float) else str(value)

    def check(self, value: Any) -> None:
        """Raise TypeError or ValueError, in a sentence naming the setting, unless `value` may be its value."""
        if self.items is None:
            self._check_one(value)
            return
        if not isinstance(value, (tuple, list)):
            raise TypeError(Text(_LIST, {"name": self.noun, "value": _brief(repr(value))}))
        fewest, most = self.items
        if len(value) < fewest:
            raise ValueError(Text(_AT_LEAST, {"n": fewest, "items": self._items_word(fewest), "found": len(value)}))
        if most is not None and len(value) > most:
            raise ValueError(Text(_AT_MOST, {"n": most, "items": self._items_word(most), "found": len(value)}))
        for v in value:
            self._check_one(v)

    def _items_word(self, count: int) -> str:
        return _word(self.item if count == 1 else f"{self.item}s")

    def _one(self) -> str:
        """What one value is called in a message: the setting, or one item of it ("hidden layer")."""
        return self.noun if self.items is None else _word(self.item)

    def _check_one(self, value: Any) -> None:
        self._check_type(value)
        if self.choices and not self.any_name and value not in self.choices:
            values = {"name": self._one(), "value": _brief(repr(value)), "choices": ", ".join(self.choices)}
            raise ValueError(Text(_UNKNOWN, values))
        if self.kind in (int, float):
            self._check_range(value)

    def _check_type(self, value: Any) -> None:
        kinds: tuple[type, ...] = (int, float) if self.kind is float else (self.kind,)
        if isinstance(value, bool) != (self.kind is bool) or not isinstance(value, kinds):
            values = {"name": self._one(), "kind": _KIND_WORDS[self.kind], "value": _brief(repr(value))}
            raise TypeError(Text(_KIND, values))

    def _check_range(self, value: float) -> None:
        if isinstance(value, float) and not math.isfinite(value):  # (an int may be too large for a float)
            raise ValueError(Text(_FINITE, {"name": self._one(), "value": value}))
        low = self.lo is not None and (value <= self.lo if self.lo_open else value < self.lo)
        high = self.hi is not None and (value >= self.hi if self.hi_open else value > self.hi)
        if not (low or high):
            return
        if self.items is not None:  # "a hidden layer needs 1 to 64 neurons, got 99"
            needs = Text(_WITH_UNIT, {"range": self.range_text(), "unit": _word(self.unit)}) if self.unit else None
            values = {"item": _word(self.item), "needs": needs or self.range_text(), "value": _brief(self.show(value))}
            raise ValueError(Text(_ITEM_NEEDS, values))
        bound = self._low_bound() if low else self._high_bound()
        raise ValueError(Text(_MUST_BE, {"name": self.noun, "bound": bound, "value": _brief(self.show(value))}))
