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
from .texts import QT_TRANSLATE_NOOP, Text

_TEST_LOSS = QT_TRANSLATE_NOOP("core.stopping", "test loss")
_TRAINING_LOSS = QT_TRANSLATE_NOOP("core.stopping", "training loss")
_AT_EPOCH = QT_TRANSLATE_NOOP("core.stopping", "Stopped at epoch {epoch}, as asked.")
_LOSS = QT_TRANSLATE_NOOP("core.stopping", "Stopped at epoch {epoch}: the {name} reached {loss} (target {target}).")
_ACCURACY = QT_TRANSLATE_NOOP(
    "core.stopping", "Stopped at epoch {epoch}: the test accuracy reached {accuracy} (target {target})."
)
_PATIENCE = QT_TRANSLATE_NOOP(
    "core.stopping",
    "Stopped early at epoch {epoch}: the {name} has not improved for {patience} epochs (best {best} at epoch "
    "{best_epoch}).",
)
_RESTORED = QT_TRANSLATE_NOOP("core.stopping", "{stop} The weights of epoch {epoch}, the best, are restored.")
# the trainer's other reasons to pause (kept here with the rules' so trainer.py stays one idea in its size)
NO_POINTS = QT_TRANSLATE_NOOP("core.stopping", "There are no training points: draw or generate some data first.")
INFINITE = QT_TRANSLATE_NOOP("core.stopping", "the loss became infinite")
_EXPLODED = QT_TRANSLATE_NOOP("core.stopping", "the loss exploded to {loss}")
_DIVERGED = QT_TRANSLATE_NOOP(
    "core.stopping",
    "Training diverged in epoch {epoch}: {what}. The weights of epoch {good}, the last with a sane loss, are "
    "restored; try a smaller learning rate.",
)
_DIVERGED_LOSS = QT_TRANSLATE_NOOP(
    "core.stopping",
    "Training diverged in epoch {epoch}: {what}. The weights of epoch {good} (loss {loss}), the last with a sane "
    "loss, are restored; try a smaller learning rate.",
)


def exploded(loss: float) -> str:
    """Why a run diverged when its loss grew too large."""
    return Text(_EXPLODED, {"loss": loss_text(loss)})


def diverged(epoch: int, what: str, good: int, loss: float | None) -> str:
    """The trainer's message when it went back to epoch `good` (its loss, if recorded) after epoch `epoch` failed."""
    values = {"epoch": epoch, "what": what, "good": good}
    return Text(_DIVERGED, values) if loss is None else Text(_DIVERGED_LOSS, {**values, "loss": loss_text(loss)})


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
        return epochs, test, _TEST_LOSS
    return epochs, history.column("train_loss"), _TRAINING_LOSS


def check(rules: StopRules, history: History) -> Stop | None:
    """The rule that stops the run at its last recorded epoch, or None (the first that applies, in the order
    epoch, target loss, target accuracy, patience)."""
    if not (rules.stop_epoch or rules.stop_loss or rules.stop_accuracy or rules.stop_patience):
        return None  # (read nothing: the history grows, and reading all of it every epoch would cost ever more)
    epochs, loss, name = _yardstick(history)
    if len(epochs) < 2:  # epoch 0 alone: nothing trained yet
        return None
    epoch = int(epochs[-1])
    finite = np.where(np.isfinite(loss), loss, np.inf)
    best = int(epochs[int(np.argmin(finite))])
    if rules.stop_epoch and epoch == rules.stop_epoch:
        return Stop("epoch", Text(_AT_EPOCH, {"epoch": epoch}), best)
    if rules.stop_loss and finite[-1] <= rules.stop_loss < finite[-2]:
        values = {"epoch": epoch, "name": name, "loss": loss_text(loss[-1]), "target": loss_text(rules.stop_loss)}
        return Stop("loss", Text(_LOSS, values), best)
    acc = history.column("test_accuracy")
    goal = rules.stop_accuracy
    if goal and np.isfinite(acc[-1]) and acc[-1] >= goal and not acc[-2] >= goal:
        values = {"epoch": epoch, "accuracy": percent_text(acc[-1]), "target": percent_text(goal)}
        return Stop("accuracy", Text(_ACCURACY, values), best)
    if rules.stop_patience and epoch - best == rules.stop_patience:
        values = {
            "epoch": epoch,
            "name": name,
            "patience": rules.stop_patience,
            "best": loss_text(finite.min()),
            "best_epoch": best,
        }
        return Stop("patience", Text(_PATIENCE, values), best)
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
        text = Text(_RESTORED, {"stop": text, "epoch": restored})
    trainer.message = text
    return stop
