"""What the step explainer says at each stage: the stages' order, their equations with the step's own numbers, the
article's sign convention; for every kind of network (Qt-free: pure strings from a trace)."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.step_trace import StepTrace, trace_next_step
from nnplayground.core.trainer import Trainer
from nnplayground.ui.network import explain_text as ex
from nnplayground.ui.network.formula import number

NETWORKS = {
    "article": dict(name="xor", hidden=(3,), activations=("sigmoid",), loss="mse", lr=0.5),
    "softmax": dict(name="blobs", classes=3, hidden=(4, 3), activations=("tanh", "relu"), optimizer="adam"),
    "mse_three_classes": dict(name="blobs", classes=3, hidden=(4,), activations=("tanh",), loss="mse"),
    "regression": dict(name="plane", hidden=(5,), activations=("tanh",), optimizer="momentum", nesterov=True),
    "no_hidden_layer": dict(name="gauss", hidden=(), activations=(), regularization="l2", reg_rate=0.01),
    "wide_and_deep": dict(name="spiral", hidden=(64,) * 8, activations=("relu",) * 8, optimizer="rmsprop"),
}


def trace(kind: str, point: int | None = 0) -> StepTrace:
    s = dict(NETWORKS[kind])
    name, classes = s.pop("name"), s.pop("classes", 2)
    points = PointSet.generate(name, 80, 0.0, 1, classes)
    spec = DataSpec(name=name, n=80, noise=0.0, seed=1, classes=classes, train_ratio=0.5)
    problem = "regression" if points.regression else "classification"
    t = Trainer(Experiment(data=spec, problem=problem, **s), points)
    t.step_epoch()
    return trace_next_step(t, point)


@pytest.mark.parametrize("kind", list(NETWORKS))
@pytest.mark.parametrize("point", [0, None], ids=["point", "batch"])
@pytest.mark.parametrize("signs", [False, True], ids=["descent", "article_signs"])
def test_every_stage_of_every_network_says_something(kind, point, signs):
    tr = trace(kind, point)
    for stage in ex.stages(tr):
        text = ex.stage_html(tr, stage, neuron=1, article_signs=signs)
        assert text and "nan" not in text.lower()
        assert ex.title(tr, stage).startswith(f"{ex.stages(tr).index(stage) + 1} / {len(ex.stages(tr))} · ")


def test_the_stages_go_forward_through_the_layers_and_back():
    tr = trace("softmax")
    moves = [(s.move, s.layer) for s in ex.stages(tr)]
    assert moves == [
        ("forward", 0), ("forward", 1), ("forward", 2), ("loss", None),
        ("backward", 2), ("backward", 1), ("backward", 0), ("update", None),
    ]  # fmt: skip


def test_forward_writes_one_neuron_out_with_the_steps_numbers():
    tr = trace("article")
    text = ex.stage_html(tr, ex.Stage("forward", 0), neuron=2)
    W, b = tr.weights()
    assert "h<sub>1</sub> = sigmoid(W<sub>1</sub>·x + b<sub>1</sub>)" in text
    assert f"{number(abs(W[0][0, 2]))}·{number(tr.inputs[0, 0])}" in text
    assert f"<b>{number(tr.z[0][2, 0])}</b>" in text and f"<b>{number(tr.h[0][2, 0])}</b>" in text


def test_the_loss_names_its_formula_the_target_and_the_verdict():
    tr = trace("softmax")
    text = ex.stage_html(tr, ex.Stage("loss"))
    assert ex.LOSS_FORMULAS["cross_entropy"] in text and number(tr.target[0, 0]) in text
    assert "The network says class" in text


def test_backward_shows_delta_and_the_articles_signs_flip_it():
    tr = trace("article")
    d = tr.delta[0][1, 0]
    plain = ex.stage_html(tr, ex.Stage("backward", 0), neuron=1)
    flipped = ex.stage_html(tr, ex.Stage("backward", 0), neuron=1, article_signs=True)
    assert f"<b>{number(d)}</b>" in plain and f"<b>{number(-d)}</b>" in flipped
    assert ex.SIGN_NOTE in ex.stage_html(tr, ex.Stage("update"), article_signs=True)


def test_the_update_names_the_optimizers_rule_and_the_largest_moves():
    tr = trace("regression")
    text = ex.stage_html(tr, ex.Stage("update"))
    assert ex.OPTIMIZER_RULES["nesterov"] in text and f"η = {number(tr.lr)}" in text
    k = int(np.argmax(np.abs(tr.new_params - tr.params)))
    assert f"<b>{number(tr.new_params[k])}</b>" in text
