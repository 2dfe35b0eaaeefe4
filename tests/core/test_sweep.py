"""Sweeps without processes: what may be varied, how values are checked (by the settings table, with its range in
the message), and one run of a sweep trained as a lone Trainer trains it."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.core import settings, sweep
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.history import History
from nnplayground.core.points import PointSet
from nnplayground.core.sweep_runs import Job, RunResult, SweepResult, jobs, train_job
from nnplayground.core.trainer import Trainer

EXP = Experiment(data=DataSpec(name="gauss", n=120, noise=0.1, seed=2), hidden=(4, 3), activations=("tanh", "tanh"))
POINTS = PointSet.generate("gauss", 120, 0.1, 2)


def test_each_axis_changes_only_its_setting():
    cases = {
        "lr": ("0.3", {"lr": 0.3}),
        "batch-size": ("7", {"batch_size": 7}),
        "optimizer": ("Adam", {"optimizer": "adam"}),
        "seed": ("5", {"seed": 5}),
        "activation": ("relu", {"activations": ("relu", "relu")}),
        "width": ("6", {"hidden": (6, 6)}),
        "depth": ("3", {"hidden": (4, 4, 4), "activations": ("tanh", "tanh", "tanh")}),
    }
    for name, (text, changed) in cases.items():
        p = sweep.plan(EXP, POINTS, name, [text], epochs=1)
        assert p.experiments[0] == EXP.replace(**changed), name
    l2 = EXP.replace(regularization="l2")
    assert sweep.plan(l2, POINTS, "reg_rate", ["0.01"], 1).experiments[0] == l2.replace(reg_rate=0.01)


def test_run_names_say_the_value():
    assert sweep.plan(EXP, POINTS, "lr", ["0.003", "0.3"], 1).names == ("lr 0.003", "lr 0.3")
    assert sweep.plan(EXP, POINTS, "activation", ["relu", "sin"], 1).names == ("relu", "sin")
    assert sweep.plan(EXP, POINTS, "width", ["2"], 1).names == ("width 2",)


@pytest.mark.parametrize(
    "name, values, words",
    [
        ("lr", ["500"], ["lr=500", "learning rate", "above 0, at most 100"]),
        ("lr", ["0"], ["above 0"]),
        ("lr", ["fast"], ["'fast' is not a number", "above 0, at most 100"]),
        ("lr", ["nan"], ["not a finite number"]),
        ("width", ["99"], ["1 to 64 neurons"]),
        ("depth", ["9"], ["at most 8 hidden layers", "0 to 8 hidden layers"]),
        ("batch_size", ["0"], ["batch size must be at least 1"]),
        ("optimizer", ["lbfgs"], ["unknown optimizer 'lbfgs'", "sgd, momentum"]),
        ("activation", ["swish"], ["unknown activation", "relu"]),
        ("seed", ["-1"], ["seed must be at least 0"]),
        ("reg_rate", ["0.1"], ["regularization is none"]),
        ("momentum_decay", ["1"], ["momentum_decay: cannot be varied", "lr, width"]),
        ("lr", ["0.1", "0.1"], ["0.1 is given twice"]),
        ("lr", [], ["at least one value"]),
        ("lr", ["0.1"] * 40, ["at most 32 values"]),
    ],
)
def test_bad_values_are_refused_naming_the_setting_and_its_range(name, values, words):
    with pytest.raises(sweep.SweepError) as caught:
        sweep.plan(EXP, POINTS, name, values, epochs=1)
    for w in words:
        assert w in str(caught.value)


def test_the_range_in_a_message_is_the_table_s():
    s = settings.get("lr")
    with pytest.raises(sweep.SweepError) as caught:
        sweep.plan(EXP, POINTS, "lr", ["1000"], 1)
    assert s.range_text() in str(caught.value)


def test_a_network_without_hidden_layers_has_no_width_to_vary():
    flat = EXP.with_hidden(())
    with pytest.raises(sweep.SweepError, match="no hidden layer"):
        sweep.plan(flat, POINTS, "width", ["3"], 1)
    assert sweep.plan(flat, POINTS, "depth", ["2"], 1).experiments[0].hidden == (8, 8)  # the table's width


def test_parse_vary():
    assert sweep.parse_vary("lr=0.003,0.03, 0.3") == ("lr", ("0.003", "0.03", "0.3"))
    for bad in ("lr", "=1,2", "lr=1,,2", "lr="):
        with pytest.raises(sweep.SweepError):
            sweep.parse_vary(bad)


def test_epochs_must_be_at_least_one():
    with pytest.raises(sweep.SweepError, match="epochs"):
        sweep.plan(EXP, POINTS, "lr", ["0.1"], 0)


def test_a_sweep_run_is_the_run_a_lone_trainer_trains_bit_for_bit():
    p = sweep.plan(EXP, POINTS, "lr", ["0.01", "0.3"], epochs=25)
    for job in jobs(p, keep_state=True):
        alone = Trainer(job.experiment, POINTS)
        alone.run(25)
        r = train_job(job)
        assert r.epoch == 25 and not r.message and not r.stopped
        for c in History.COLUMNS:
            np.testing.assert_array_equal(r.history[c], alone.history.column(c))
        np.testing.assert_array_equal(r.session.params, alone.network.params)
        assert r.test_loss == alone.history.last()["test_loss"]


def test_progress_is_reported_and_stop_keeps_the_last_whole_epoch():
    job = jobs(sweep.plan(EXP.replace(batch_size=1), POINTS, "lr", ["0.1"], 1000))[0]
    seen = []
    calls = iter(range(10**9))
    r = train_job(job, seen.append, stop=lambda: next(calls) >= 5)  # a few slices, mid-epoch
    assert r.stopped and r.epoch < 1000
    assert len(r.history["epoch"]) == r.epoch + 1 and r.history["epoch"][-1] == r.epoch
    assert seen[-1].done and seen[-1].epoch == r.epoch and seen[0].index == 0


def test_a_diverging_run_ends_with_its_message_and_is_never_best():
    p = sweep.plan(EXP.replace(data=DataSpec(name="plane", n=100)), PointSet.generate("plane", 100), "lr",
                   ["0.01", "90"], epochs=40)  # fmt: skip
    runs = tuple(train_job(j) for j in jobs(p))
    assert "diverged" in runs[1].message and runs[1].epoch < 40
    result = SweepResult(p, runs)
    assert result.best == 0
    rows = result.table()
    assert [r["best"] for r in rows] == [True, False] and rows[0]["lr"] == "0.01"
    assert runs[0].train_accuracy is None  # regression: no accuracy


def test_best_is_the_lowest_test_loss_and_falls_back_to_the_training_loss():
    p = sweep.plan(EXP, POINTS, "lr", ["0.1", "0.2", "0.3"], 1)

    def run(i, train, test):
        return RunResult(i, "r", 0.1, EXP, 1, train, test, None, None, {})

    assert SweepResult(p, (run(0, 0.1, 0.5), run(1, 0.9, 0.2), run(2, 0.1, 0.3))).best == 1
    assert SweepResult(p, (run(0, 0.4, math.nan), run(1, 0.3, math.nan))).best == 1
    assert SweepResult(p, (run(0, math.nan, math.nan),)).best is None


def test_jobs_share_the_points_and_keep_the_order():
    p = sweep.plan(EXP, POINTS, "seed", ["3", "1", "2"], 5)
    js = jobs(p)
    assert [j.value for j in js] == [3, 1, 2] and [j.index for j in js] == [0, 1, 2]
    assert all(isinstance(j, Job) and j.points is POINTS for j in js)
