"""What the live check says of a rule not met yet: the value now and the goal, in the window's language."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnplayground.core import lessons
from nnplayground.ui.common.i18n import translate

RULES: dict[str, str] = {
    "epoch_at_least": QT_TRANSLATE_NOOP("ui.lessons.rules", "epoch {now}; goal: at least {goal}"),
    "epoch_at_most": QT_TRANSLATE_NOOP("ui.lessons.rules", "epoch {now}; goal: done by epoch {goal}"),
    "train_loss_below": QT_TRANSLATE_NOOP("ui.lessons.rules", "training loss {now}; goal: below {goal}"),
    "test_loss_below": QT_TRANSLATE_NOOP("ui.lessons.rules", "test loss {now}; goal: below {goal}"),
    "train_accuracy_at_least": QT_TRANSLATE_NOOP("ui.lessons.rules", "training accuracy {now}; goal: at least {goal}"),
    "test_accuracy_at_least": QT_TRANSLATE_NOOP("ui.lessons.rules", "test accuracy {now}; goal: at least {goal}"),
    "loss_gap_above": QT_TRANSLATE_NOOP("ui.lessons.rules", "test loss − training loss {now}; goal: above {goal}"),
    "loss_gap_below": QT_TRANSLATE_NOOP("ui.lessons.rules", "test loss − training loss {now}; goal: below {goal}"),
    "max_neurons": QT_TRANSLATE_NOOP("ui.lessons.rules", "hidden neurons {now}; goal: at most {goal}"),
    "max_layers": QT_TRANSLATE_NOOP("ui.lessons.rules", "hidden layers {now}; goal: at most {goal}"),
    "min_layers": QT_TRANSLATE_NOOP("ui.lessons.rules", "hidden layers {now}; goal: at least {goal}"),
    "max_features": QT_TRANSLATE_NOOP("ui.lessons.rules", "input features {now}; goal: at most {goal}"),
    "diverged": QT_TRANSLATE_NOOP("ui.lessons.rules", "the training has not diverged yet"),
}


def _number(x: float | None, percent: bool = False) -> str:
    if x is None or not math.isfinite(x):
        return "–"
    return f"{x:.0%}" if percent else f"{x:.3g}"


def now(rule: str, snap: lessons.Measured) -> str:
    """The snapshot's value that `rule` reads, as the check shows it."""
    hidden = tuple(snap.sizes[1:-1])
    values: dict[str, Any] = {
        "epoch": snap.epoch,
        "train_loss": _number(snap.train_loss),
        "test_loss": _number(snap.test_loss),
        "train_accuracy": _number(snap.train_accuracy, True),
        "test_accuracy": _number(snap.test_accuracy, True),
        "loss_gap": _number(snap.test_loss - snap.train_loss),
        "max_neurons": sum(hidden),
        "max_layers": len(hidden),
        "min_layers": len(hidden),
        "max_features": snap.sizes[0],
    }
    key = next((k for k in values if rule.startswith(k)), "")
    return str(values.get(key, ""))


def goal(rule: str, value: Any) -> str:
    if "accuracy" in rule:
        return _number(float(value), True)
    return f"{value:g}" if isinstance(value, float) else str(value)


def describe(rule: str, value: Any, snap: lessons.Measured) -> str:
    """One rule not met yet, in words: "test loss 0.231; goal: below 0.1"."""
    return translate("ui.lessons.rules", RULES[rule]).format(now=now(rule, snap), goal=goal(rule, value))
