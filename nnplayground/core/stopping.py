"""Stop rules: pause a run when its test loss has not improved for N epochs (early stopping), when it reaches a
target loss or accuracy, or at a given epoch; optionally go back to the epoch with the best test loss.

A rule is read from the run's history after each recorded epoch, and it fires on the epoch it becomes true: a
target fires when it is first met (the epoch before did not meet it), patience when the epochs since the best
test loss reach it, the stop epoch when it is reached. So pressing Play again trains on (until a rule becomes
true again), and the rule needs no state of its own: a rewound, saved or reopened run stops where it would have.
The trainer says which rule stopped it in `message`, as it does for divergence, and the window pauses on it.

The test loss is the yardstick (what the rules guard against is memorising the training points); a run without
test points uses its training loss.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .history import History
from .numbers import loss_text, percent_text


class StopRules(Protocol):
    """An experiment's stop fields (core.experiment.Experiment has them)."""

    stop_patience: int
    stop_loss: float
    stop_accuracy: float
    stop_epoch: int
    stop_restore: bool


class Stoppable(Protocol):
    """What `apply` needs of a trainer (core.trainer.Trainer)."""

    experiment: StopRules
    history: History
    epoch: int
    message: str

    def rewind(self, epoch: int) -> int: ...


@dataclass(frozen=True)
class Stop:
    rule: str  # "patience", "loss", "accuracy" or "epoch"
    text: str  # why, in a sentence
    best_epoch: int  # the epoch of the lowest test loss so far


def _yardstick(history: History) -> tuple[np.ndarray, np.ndarray, str]:
    """The epochs, the losses the rules watch and what they are called."""
    epochs, test = history.column("epoch"), history.column("test_loss")
    if len(test) and np.isfinite(test).any():
        return epochs, test, "test loss"
    return epochs, history.column("train_loss"), "training loss"


def check(rules: StopRules, history: History) -> Stop | None:
    """The rule that stops the run at its last recorded epoch, or None (the first that applies, in the order
    epoch, target loss, target accuracy, patience)."""
    epochs, loss, name = _yardstick(history)
    if len(epochs) < 2:  # epoch 0 alone: nothing trained yet
        return None
    epoch = int(epochs[-1])
    finite = np.where(np.isfinite(loss), loss, np.inf)
    best = int(epochs[int(np.argmin(finite))])
    if rules.stop_epoch and epoch == rules.stop_epoch:
        return Stop("epoch", f"Stopped at epoch {epoch}, as asked.", best)
    if rules.stop_loss and finite[-1] <= rules.stop_loss < finite[-2]:
        target = loss_text(rules.stop_loss)
        return Stop(
            "loss", f"Stopped at epoch {epoch}: the {name} reached {loss_text(loss[-1])} (target {target}).", best
        )
    acc = history.column("test_accuracy")
    goal = rules.stop_accuracy
    if goal and np.isfinite(acc[-1]) and acc[-1] >= goal and not acc[-2] >= goal:
        text = f"the test accuracy reached {percent_text(acc[-1])} (target {percent_text(goal)})"
        return Stop("accuracy", f"Stopped at epoch {epoch}: {text}.", best)
    if rules.stop_patience and epoch - best == rules.stop_patience:
        text = f"the {name} has not improved for {rules.stop_patience} epochs"
        return Stop(
            "patience",
            f"Stopped early at epoch {epoch}: {text} (best {loss_text(finite.min())} at epoch {best}).",
            best,
        )
    return None


def apply(trainer: Stoppable) -> Stop | None:
    """After an epoch was recorded: if a rule stops the run, say why in `trainer.message` and, when asked, go back
    to the best epoch (the nearest checkpoint at or before it)."""
    stop = check(trainer.experiment, trainer.history)
    if stop is None:
        return None
    text = stop.text
    if trainer.experiment.stop_restore and stop.best_epoch != trainer.epoch:
        restored = trainer.rewind(stop.best_epoch)
        text += f" The weights of epoch {restored}, the best, are restored."
    trainer.message = text
    return stop
