"""The step explainer with dropout and a schedule: it says the run's own steps drop neurons (the step it shows
keeps them all) and shows the rate the schedule sets."""

from __future__ import annotations

from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.step_trace import trace_next_step
from nnplayground.core.trainer import Trainer
from nnplayground.ui.network import explain_text as ex


def trainer(**kw) -> Trainer:
    exp = Experiment(data=DataSpec("xor", 40), hidden=(3,), activations=("tanh",), **kw)
    return Trainer(exp, PointSet.generate("xor", 40, 0.0, 0))


def test_the_update_says_when_dropout_is_on():
    text = ex.stage_html(trace_next_step(trainer(dropout=0.25)), ex.Stage("update"))
    assert "Dropout is on (0.25" in text and "every neuron on" in text
    assert "Dropout" not in ex.stage_html(trace_next_step(trainer()), ex.Stage("update"))


def test_the_update_shows_the_scheduled_rate():
    t = trainer(schedule="exponential", lr_decay=0.5, lr=0.4)
    t.run(2)
    assert "η = 0.1" in ex.stage_html(trace_next_step(t), ex.Stage("update"))
