"""The runs of a session as a model: names by what differs from the first run, a colour each, and every change a
new `Runs` (so an undo keeps the old one); duplicating and changing a run leaves the first run untouched."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core.colors import RUN_COLORS
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.runs import MAX_NAME, MAX_RUNS, Runs, RunsError, auto_name, differences
from nnplayground.core.session import Session, session_from_trainer
from nnplayground.core.trainer import Trainer

EXP = Experiment(data=DataSpec(name="xor", n=60, seed=1), hidden=(4, 4), activations=("tanh", "tanh"))
POINTS = PointSet.generate("xor", 60, 0.0, 1)


def session(e: Experiment = EXP, epochs: int = 0) -> Session:
    t = Trainer(e, POINTS)
    t.run(epochs)
    return session_from_trainer(t)


@pytest.mark.parametrize(
    "change, name",
    [
        (dict(lr=0.3), "lr 0.3"),
        (dict(activations=("relu", "relu")), "tanh → relu"),
        (dict(activations=("relu", "tanh")), "tanh → relu,tanh"),
        (dict(lr=0.3, batch_size=32), "lr 0.3, batch 32"),
        (dict(optimizer="adam"), "sgd → adam"),
        (dict(nesterov=True), "nesterov on"),
        (dict(seed=3, data=DataSpec(name="xor", n=60, seed=3)), "seed 3"),
        (dict(data=DataSpec(name="xor", n=60, seed=1, noise=0.2)), "noise 0.2"),
        (dict(regularization="l2", reg_rate=0.01), "none → l2, reg 0.01"),
        (dict(hidden=(4, 4, 4), activations=("tanh",) * 3), "hidden 4,4,4"),
        (dict(features=("x1", "x2", "x1^2")), "features x1,x2,x1^2"),
        ({}, "copy"),
    ],
)
def test_a_run_is_named_by_what_differs_from_the_first(change, name):
    assert auto_name(EXP, EXP.replace(**change)) == name


def test_a_long_difference_is_cut_to_the_longest_name():
    other = EXP.replace(lr=0.3, batch_size=32, optimizer="adam", seed=7, features=("x1", "x2", "x1^2", "x2^2", "x1*x2"),
                        hidden=(8, 8), activations=("relu", "relu"), momentum=0.5)  # fmt: skip
    name = auto_name(EXP, other)
    assert len(differences(EXP, other)) == 8 and len(name) == MAX_NAME and name.endswith("…")


def test_duplicating_and_changing_a_run_leaves_the_first_untouched():
    first = session(epochs=5)
    history = {c: a.copy() for c, a in first.history.items()}
    params = first.params.copy()
    runs = Runs.single(first).duplicate()
    assert runs.current == 1 and runs.runs[1].session is first  # the state is shared until it changes: immutable
    changed = session(EXP.replace(lr=0.3), epochs=8)
    runs2 = runs.with_session(1, changed)
    assert [r.label.name for r in runs2.runs] == ["Run 1", "lr 0.3"]
    kept = runs2.runs[0].session
    assert kept is first and np.array_equal(kept.params, params)
    assert all(np.array_equal(kept.history[c], history[c], equal_nan=True) for c in history)
    assert [r.label.name for r in runs.runs] == ["Run 1", "copy"]  # the earlier Runs is as it was (for undo)


def test_colours_are_the_first_free_ones_and_names_stay_unique():
    runs = Runs.single(session())
    for _ in range(3):
        runs = runs.duplicate(0)
    assert [r.label.color for r in runs.runs] == list(RUN_COLORS[:4])
    assert [r.label.name for r in runs.runs] == ["Run 1", "copy", "copy (2)", "copy (3)"]
    runs = runs.delete(1).add(session())
    assert runs.runs[-1].label.color == RUN_COLORS[1]  # the deleted run's colour is free again


def test_rename_pin_hide_switch_delete():
    runs = Runs.single(session()).duplicate().add(session(EXP.replace(lr=0.1)), make_current=False)
    assert runs.current == 1
    runs = runs.relabel(2, name="  fast  ")
    assert runs.runs[2].label.name == "fast" and runs.runs[2].label.named
    runs = runs.with_session(2, session(EXP.replace(lr=1.0)))
    assert runs.runs[2].label.name == "fast"  # a name the user gave stays
    runs = runs.relabel(2, pinned=True).relabel(0, hidden=True)
    assert runs.order == (2, 0, 1) and runs.visible == (1, 2)
    assert runs.switch(0).visible == (0, 1, 2)  # the current run is always drawn
    assert runs.delete(1).current == 0 and runs.delete(2).current == 1 and runs.delete(0).current == 0
    with pytest.raises(RunsError, match="last run"):
        Runs.single(session()).delete(0)
    for bad, words in (("", "needs a name"), ("x" * 81, "at most 80"), ("a\nb", "control characters")):
        with pytest.raises(RunsError, match=words):
            runs.relabel(0, name=bad)
    with pytest.raises(RunsError, match="no run 9"):
        runs.switch(9)


def test_at_most_max_runs():
    runs = Runs.single(session())
    for _ in range(MAX_RUNS - 1):
        runs = runs.duplicate(0)
    with pytest.raises(RunsError, match=f"at most {MAX_RUNS}"):
        runs.duplicate(0)


def test_merged_keeps_each_run_s_newest_state_and_brings_back_a_retired_one():
    before = Runs.single(session())
    after = before.duplicate()
    trained_first, trained_second = session(epochs=3), session(EXP.replace(lr=0.3), epochs=4)
    live = after.with_session(0, trained_first).with_session(1, trained_second)
    undone = before.merged(live)  # undo the duplicate: one run, with what it trained since
    assert len(undone) == 1 and undone.runs[0].session is trained_first
    redone = after.merged(undone, {after.runs[1].key: trained_second})
    assert [r.session for r in redone.runs] == [trained_first, trained_second]
    assert [r.label.name for r in redone.runs] == ["Run 1", "lr 0.3"] and redone.current == 1
    assert [r.key for r in redone.runs] == [r.key for r in after.runs]
