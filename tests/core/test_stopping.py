"""Stop rules: each pauses the run on the epoch it becomes true, says which rule it was, and can go back to the
best epoch; a run that is played on trains further."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import stopping
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.history import History
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer


def history(test_losses, accuracies=None) -> History:
    h = History()
    accuracies = accuracies or [np.nan] * len(test_losses)
    for e, (loss, acc) in enumerate(zip(test_losses, accuracies, strict=True)):
        h.record(e, (1.0, loss, np.nan, acc), None)
    return h


def rules(**kw) -> Experiment:
    return Experiment(**kw)


def test_nothing_stops_a_run_without_rules():
    assert stopping.check(rules(), history([1.0, 0.5, 0.7, 0.9, 1.2, 0.01])) is None


def test_patience_fires_when_the_epochs_since_the_best_reach_it():
    losses = [1.0, 0.6, 0.4, 0.45, 0.5, 0.42]
    for n in range(2, len(losses) + 1):  # the best is epoch 2
        stop = stopping.check(rules(stop_patience=3), history(losses[:n]))
        assert (stop is not None) == (n - 1 == 5), n
    stop = stopping.check(rules(stop_patience=3), history(losses))
    assert stop.rule == "patience" and stop.best_epoch == 2
    assert "has not improved for 3 epochs" in stop.text and "epoch 2" in stop.text


def test_a_target_loss_fires_when_first_met():
    losses = [1.0, 0.5, 0.2, 0.1, 0.3, 0.05]
    fired = [n - 1 for n in range(2, 7) if stopping.check(rules(stop_loss=0.2), history(losses[:n]))]
    assert fired == [2, 5]  # met at 2, and again at 5 after losing it at 4
    assert "reached 0.2" in stopping.check(rules(stop_loss=0.2), history(losses[:3])).text


def test_a_target_accuracy_and_a_stop_epoch():
    losses, acc = [1.0, 0.9, 0.8, 0.7], [0.5, 0.8, 0.95, 0.97]
    fired = [n - 1 for n in range(2, 5) if stopping.check(rules(stop_accuracy=0.9), history(losses[:n], acc[:n]))]
    assert fired == [2]
    stop = stopping.check(rules(stop_epoch=3), history(losses))
    assert stop.rule == "epoch" and "epoch 3" in stop.text
    assert stopping.check(rules(stop_epoch=2), history(losses)) is None


def test_without_test_points_the_training_loss_is_watched():
    h = History()
    for e, loss in enumerate([1.0, 0.5, 0.6, 0.7]):
        h.record(e, (loss, np.nan, np.nan, np.nan), None)
    stop = stopping.check(rules(stop_patience=2), h)
    assert stop is not None and "training loss" in stop.text


def _trainer(**kw) -> Trainer:
    # a wide network on few noisy points over-fits: its test loss turns up after a while
    exp = Experiment(data=DataSpec("xor", 40, 0.5, 1), hidden=(32, 32), activations=("relu", "relu"),
                     optimizer="adam", lr=0.03, batch_size=5, seed=3, **kw)  # fmt: skip
    return Trainer(exp, PointSet.generate("xor", 40, 0.5, 1))


def test_a_trainer_pauses_at_its_stop_epoch_and_plays_on_after():
    t = _trainer(stop_epoch=7)
    t.run(100)
    assert t.epoch == 7 and t.message == "Stopped at epoch 7, as asked."
    t.run(5)
    assert t.epoch == 12 and t.message == ""


@pytest.mark.parametrize("restore", [False, True])
def test_early_stopping_pauses_where_the_test_loss_stopped_improving(restore):
    t = _trainer(stop_patience=10, stop_restore=restore)
    t.run(1000)
    assert "Stopped early" in t.message
    test = t.history.column("test_loss")
    epochs = t.history.column("epoch")
    best = int(epochs[np.argmin(test)])
    if restore:
        assert "restored" in t.message and t.epoch <= best and t.epoch == epochs[-1]
        straight = _trainer()
        straight.run(t.epoch)
        assert np.array_equal(straight.network.params, t.network.params)  # the very weights of that epoch
    else:
        assert t.epoch - best == 10 and t.epoch < 1000
        assert test[-10:].min() > test.min()  # ten epochs without a better one
