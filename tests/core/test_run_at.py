"""A saved run at an earlier epoch: the weights and numbers of its checkpoint there, for comparing runs."""

from __future__ import annotations

import numpy as np

from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.run_at import epoch_shown, snapshot_at
from nnplayground.core.session import session_from_trainer
from nnplayground.core.trainer import Trainer


def trained(epochs: int) -> Trainer:
    exp = Experiment(data=DataSpec("xor", 60, 0.1, 3), seed=2).with_hidden((3,))
    t = Trainer(exp, PointSet.generate("xor", 60, 0.1, 3))
    t.run(epochs)
    return t


def test_a_run_at_an_epoch_has_the_weights_and_losses_it_had_then():
    t = trained(12)
    session = session_from_trainer(t)
    epochs = [cp.epoch for cp in session.checkpoints]
    assert len(epochs) > 2
    mid = epochs[len(epochs) // 2]
    earlier = trained(mid)  # the same run, stopped at that epoch
    snap = snapshot_at(session, mid)
    assert snap.epoch == mid == epoch_shown(session, mid)
    np.testing.assert_array_equal(snap.params, earlier.network.params)
    assert snap.train_loss == earlier.history.last()["train_loss"]


def test_a_run_shorter_than_the_epoch_shows_its_last_one_and_the_first_is_epoch_zero():
    t = trained(5)
    session = session_from_trainer(t)
    last = snapshot_at(session, 500)
    assert last.epoch == 5
    np.testing.assert_array_equal(last.params, t.network.params)
    assert snapshot_at(session, 0).epoch == 0
    assert snapshot_at(session, -3).epoch == 0
