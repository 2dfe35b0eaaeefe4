"""A sweep's runs in training processes side by side: the results equal training each value alone with the same
seed, every run reports its progress, runs beyond the pool wait their turn, and stop() ends them cleanly."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import sweep
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.history import History
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from nnplayground.training import sweeper

EXP = Experiment(data=DataSpec(name="xor", n=150, noise=0.1, seed=4), hidden=(5,), activations=("tanh",), seed=3)
POINTS = PointSet.generate("xor", 150, 0.1, 4)


@pytest.mark.parametrize("workers", [1, 2])
def test_three_values_give_three_runs_equal_to_training_each_alone(workers):
    p = sweep.plan(EXP, POINTS, "lr", ["0.003", "0.03", "0.3"], epochs=30)
    seen = []
    result = sweeper.run_sweep(p, progress=seen.append, workers=workers, keep_state=True)
    assert not result.stopped and [r.name for r in result.runs] == ["lr 0.003", "lr 0.03", "lr 0.3"]
    for r, e in zip(result.runs, p.experiments, strict=True):
        alone = Trainer(e, POINTS)
        alone.run(30)
        assert r.experiment == e and r.epoch == 30
        for c in History.COLUMNS:
            np.testing.assert_array_equal(r.history[c], alone.history.column(c))
        np.testing.assert_array_equal(r.session.params, alone.network.params)
        last = alone.history.last()
        assert (r.train_loss, r.test_loss, r.test_accuracy) == (
            last["train_loss"],
            last["test_loss"],
            last["test_accuracy"],
        )
    done = [s for s in seen if s.done]
    assert sorted(s.index for s in done) == [0, 1, 2] and all(s.epoch == 30 for s in done)
    for i in range(3):  # nothing of a run is reported after its end
        mine = [s for s in seen if s.index == i]
        assert mine[-1].done and all(a.epoch <= b.epoch for a, b in zip(mine, mine[1:], strict=False))
    scores = [r.score for r in result.runs]
    assert result.best == int(np.argmin(scores))


def test_a_sweep_of_seeds_trains_each_on_the_same_points():
    p = sweep.plan(EXP, POINTS, "seed", ["1", "2"], epochs=5)
    result = sweeper.run_sweep(p, workers=2, keep_state=True)
    assert [r.session.experiment.seed for r in result.runs] == [1, 2]
    assert all(r.session.points == POINTS for r in result.runs)
    assert result.runs[0].history["train_loss"][0] != result.runs[1].history["train_loss"][0]  # other weights


def test_stop_ends_the_running_runs_at_a_whole_epoch_and_starts_no_other():
    p = sweep.plan(EXP.replace(batch_size=1), POINTS, "lr", ["0.01", "0.02", "0.04"], epochs=10**6)
    seen = []
    result = sweeper.run_sweep(p, progress=seen.append, stop=lambda: any(s.epoch >= 2 for s in seen), workers=1)
    assert result.stopped
    assert [r.index for r in result.runs] == [0]  # one process: the others never started
    r = result.runs[0]
    assert r.stopped and 2 <= r.epoch < 10**6 and r.history["epoch"][-1] == r.epoch


def test_default_workers_leave_one_core():
    assert sweeper.default_workers() == max(1, sweeper.cores() - 1)
