"""Learning-rate schedules: the rate at every epoch equals torch.optim.lr_scheduler's, written out here twice,
as the closed forms its documentation gives and as the recursive `get_lr` rules its schedulers apply step by step;
the trainer trains each epoch at that rate."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.core import schedules
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.schedules import Schedule
from nnplayground.core.trainer import Trainer

EPOCHS = 240
LR = 0.3


def torch_recursive(kind: str, base: float, epochs: int, **p) -> list[float]:
    """The rates torch's schedulers produce by their recursive get_lr (the form they really step with)."""
    lrs, lr = [], base
    for e in range(epochs):
        if kind == "step" and e > 0 and e % p["step"] == 0:
            lr = lr * p["gamma"]
        elif kind == "exponential" and e > 0:
            lr = lr * p["gamma"]
        elif kind == "cosine" and e > 0:
            T, m = p["T_max"], p["eta_min"]
            if (e - 1 - T) % (2 * T) == 0:
                lr = lr + (base - m) * (1 - math.cos(math.pi / T)) / 2
            else:
                lr = (1 + math.cos(math.pi * e / T)) / (1 + math.cos(math.pi * (e - 1) / T)) * (lr - m) + m
        elif kind == "linear":
            s, n = p["start"], p["total"]
            if e == 0:
                lr = base * s
            elif e <= n:
                lr = lr * (1 + (1 - s) / (n * s + (e - 1) * (1 - s)))
        lrs.append(lr)
    return lrs


def closed(kind: str, base: float, e: int, **p) -> float:
    """The closed forms of torch's documentation."""
    if kind == "step":
        return base * p["gamma"] ** (e // p["step"])
    if kind == "exponential":
        return base * p["gamma"] ** e
    if kind == "cosine":
        return p["eta_min"] + (base - p["eta_min"]) * (1 + math.cos(math.pi * e / p["T_max"])) / 2
    return base


CASES = [
    ("step", Schedule("step", step=30, gamma=0.1), {"step": 30, "gamma": 0.1}),
    ("step", Schedule("step", step=7, gamma=0.5), {"step": 7, "gamma": 0.5}),
    ("exponential", Schedule("exponential", decay=0.97), {"gamma": 0.97}),
    ("cosine", Schedule("cosine", period=50, lr_min=0.01), {"T_max": 50, "eta_min": 0.01}),
    ("cosine", Schedule("cosine", period=240, lr_min=0.0), {"T_max": 240, "eta_min": 0.0}),
]


@pytest.mark.parametrize(("kind", "schedule", "p"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_every_epochs_rate_is_torchs(kind, schedule, p):
    ours = [schedules.rate(schedule, LR, e) for e in range(EPOCHS)]
    assert ours == pytest.approx([closed(kind, LR, e, **p) for e in range(EPOCHS)], rel=1e-13, abs=1e-15)
    assert ours == pytest.approx(torch_recursive(kind, LR, EPOCHS, **p), rel=1e-9, abs=1e-12)


def test_constant_is_the_learning_rate():
    assert {schedules.rate(Schedule(), LR, e) for e in range(EPOCHS)} == {LR}


@pytest.mark.parametrize(("kind", "schedule", "p"), CASES[::2], ids=["step", "exponential", "cosine"])
def test_a_warm_up_is_linear_lr_then_the_schedule_from_its_epoch_0(kind, schedule, p):
    """SequentialLR([LinearLR(start_factor, total_iters=W), schedule], milestones=[W])."""
    W, start = 12, 0.25
    warm = Schedule(**{**schedule.__dict__, "warmup": W, "warmup_factor": start})
    ours = [schedules.rate(warm, LR, e) for e in range(EPOCHS)]
    linear = torch_recursive("linear", LR, W, start=start, total=W)
    assert ours[:W] == pytest.approx(linear, rel=1e-12)
    assert ours[:W] == pytest.approx([LR * (start + (1 - start) * e / W) for e in range(W)], rel=1e-13)
    assert ours[W:] == pytest.approx([closed(kind, LR, e - W, **p) for e in range(W, EPOCHS)], rel=1e-13, abs=1e-15)


def test_an_unknown_schedule_is_refused():
    with pytest.raises(ValueError, match="unknown schedule 'triangle'"):
        Schedule("triangle")
    with pytest.raises(ValueError, match="schedule"):
        Experiment(schedule="triangle")


def _trainer(**kw) -> Trainer:
    exp = Experiment(data=DataSpec("spiral", 80, 0.1), hidden=(4,), activations=("tanh",), lr=0.1, seed=2, **kw)
    return Trainer(exp, PointSet.generate("spiral", 80, 0.1, 0))


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_the_trainer_trains_each_epoch_at_the_schedules_rate(optimizer):
    scheduled = _trainer(optimizer=optimizer, schedule="step", lr_step=2, lr_gamma=0.5, warmup=2, warmup_factor=0.5)
    by_hand = _trainer(optimizer=optimizer)
    expected = [0.05, 0.075, 0.1, 0.1, 0.05, 0.05, 0.025]  # warm-up 2 epochs from half, then halving every 2
    for e, lr in enumerate(expected):
        assert schedules.rate_at(scheduled.experiment, e) == pytest.approx(lr, rel=1e-15)
        by_hand.set_experiment(by_hand.experiment.replace(lr=schedules.rate_at(scheduled.experiment, e)))
        scheduled.step_epoch()
        by_hand.step_epoch()
        assert np.array_equal(scheduled.network.params, by_hand.network.params)
    assert scheduled.optimizer.lr == schedules.rate_at(scheduled.experiment, len(expected) - 1)


def test_a_rewound_run_retraces_its_scheduled_path():
    t = _trainer(schedule="cosine", lr_period=6)
    t.run(10)
    after = t.network.params.copy()
    t.rewind(3)
    t.run(7)
    assert np.array_equal(t.network.params, after)


def test_the_step_explainer_shows_the_rate_the_next_step_takes():
    from nnplayground.core.step_trace import trace_next_step

    t = _trainer(schedule="step", lr_step=1, lr_gamma=0.5, warmup=1)
    trace = trace_next_step(t)  # before any step: the warm-up's first rate
    assert trace.lr == pytest.approx(0.1 * 0.1, rel=1e-15)
    t.run(2)  # at the start of epoch 2 the optimizer still holds epoch 1's rate; the next step takes epoch 2's
    trace = trace_next_step(t)
    assert trace.lr == schedules.rate_at(t.experiment, 2) == pytest.approx(0.05, rel=1e-15)
    t.step_batch()
    assert np.array_equal(t.network.params, trace.new_params)


@pytest.mark.parametrize(("kind", "schedule", "p"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_charts_rates_are_the_same_numbers(kind, schedule, p):
    warm = Schedule(**{**schedule.__dict__, "warmup": 5, "warmup_factor": 0.2})
    for s in (schedule, warm):
        many = schedules.rates(s, LR, np.arange(EPOCHS))
        assert many == pytest.approx([schedules.rate(s, LR, e) for e in range(EPOCHS)], rel=1e-13, abs=1e-15)
