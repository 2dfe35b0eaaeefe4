"""The workbench on its own, without a window: the one owner of the experiment, the points, the undo stack and the
run. The run is read with a round trip (`controller.call`), answered after every command sent before it; the
snapshots it sent before answering are delivered by processing the posted events."""

from __future__ import annotations

import dataclasses
import operator
import threading

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from nnplayground.core.edits import AddPoints, RemovePoints, ReplaceAll
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.history import Checkpoint
from nnplayground.core.points import PointSet
from nnplayground.core.session import Session, SessionError, session_from_trainer
from nnplayground.core.snapshot import Reason
from nnplayground.core.trainer import Trainer
from nnplayground.ui.workbench import UNDO_LIMIT, Workbench

WAIT = 15000  # ms: an upper bound for waitUntil, never a threshold anything is measured against
EXP = Experiment(data=DataSpec(name="gauss", n=60, noise=0.1, seed=2), hidden=(3,), activations=("tanh",))
POINTS = PointSet.generate("gauss", 60, 0.1, 2)
SIGNALS = ("experiment_changed", "points_changed", "edited", "replaced", "refused")


# The run's experiment, points, weights and epoch (a function the training process can unpickle by name cheaply).
RUN_STATE = operator.attrgetter("experiment", "points", "network.params", "epoch")


def ask(work: Workbench) -> tuple:
    state = work.controller.call(RUN_STATE)
    QCoreApplication.processEvents()  # the snapshots sent before the answer
    return state


@pytest.fixture
def work(qtbot):
    """A workbench of EXP and POINTS with its first snapshot in, and a record of what it signalled."""
    wb = Workbench(EXP, POINTS, speed=None)
    qtbot.waitUntil(lambda: wb.latest is not None, timeout=WAIT)
    wb.heard = {name: [] for name in SIGNALS}
    for name in SIGNALS:
        getattr(wb, name).connect(lambda *args, name=name: wb.heard[name].append(args))
    yield wb
    assert wb.shutdown(), "the run did not end by itself when asked to quit"


def trained_session(epochs: int = 4) -> Session:
    """Another experiment's run, trained a few epochs, as a session file would hold it."""
    exp = Experiment(data=DataSpec(name="xor", n=80, seed=5), hidden=(5, 2), activations=("relu", "tanh"), seed=5)
    trainer = Trainer(exp, PointSet.generate("xor", 80, 0.0, 5))
    for _ in range(epochs):
        trainer.step_epoch()
    return session_from_trainer(trainer)


# ---- refused edits --------------------------------------------------------------------------------------------
REFUSED = {
    "learning rate": (lambda wb: wb.try_edit(lr=-1.0), "learning rate"),
    "no such setting": (lambda wb: wb.try_edit(bogus=1), "bogus"),
    "empty layer": (lambda wb: wb.try_edit(hidden=(0,), activations=("tanh",)), "hidden layer"),
    "train ratio": (lambda wb: wb.edit_data(train_ratio=2.0), "training ratio"),
    "no such data setting": (lambda wb: wb.edit_data(bogus=1), "bogus"),
    "noise": (lambda wb: wb.regenerate(noise=7.0), "noise"),
    "generator": (lambda wb: wb.regenerate(name="nothing such"), "nothing such"),
    "point": (lambda wb: wb.edit_points(RemovePoints([999])), "point 999"),
}


@pytest.mark.parametrize("edit", REFUSED.values(), ids=REFUSED.keys())
def test_a_refused_edit_says_why_and_changes_nothing(qtbot, work, edit):
    do, named = edit
    before = ask(work)
    assert do(work) is False
    assert len(work.heard["refused"]) == 1 and named in work.heard["refused"][0][0].lower()
    assert work.experiment is EXP and work.points is POINTS and work.undo_stack.count() == 0
    assert not work.heard["edited"] and not work.heard["points_changed"]
    assert work.heard["experiment_changed"] in ([], [(EXP,)])  # at most: every control back to the truth
    experiment, points, params, epoch = ask(work)
    assert (experiment, points, epoch) == (EXP, POINTS, before[3])
    np.testing.assert_array_equal(params, before[2])


def test_an_edit_to_the_same_experiment_is_no_step(work):
    work.edit_experiment(EXP.replace())
    assert work.undo_stack.count() == 0 and not work.heard["edited"]


# ---- replacing everything -------------------------------------------------------------------------------------
def test_a_session_replaces_everything_with_one_snapshot_of_its_epoch_and_nothing_to_undo(qtbot, work):
    assert work.try_edit(lr=0.1) and work.undo_stack.count() == 1
    session = trained_session()
    work.play()
    qtbot.waitUntil(lambda: work.latest.reason == Reason.PLAY and work.latest.epoch >= 3, timeout=WAIT)
    # A frame of the old run on its way: come from the training process, not delivered yet. The controller's hand-over
    # from its relay thread is the one place to see that; this thread waits without handling events, so it stays.
    in_flight = threading.Event()
    work.controller._deliver.connect(lambda s: in_flight.set(), Qt.ConnectionType.DirectConnection)
    assert in_flight.wait(WAIT / 1000)
    delivered = []
    work.snapshot.connect(delivered.append)
    work.replace(session)
    assert work.undo_stack.count() == 0 and work.heard["replaced"] == [()]
    assert work.experiment == session.experiment and work.points is session.points
    experiment, points, params, epoch = ask(work)
    assert [(s.reason, s.epoch) for s in delivered] == [(Reason.SESSION, session.epoch)]
    np.testing.assert_array_equal(delivered[0].params, session.params)
    assert (experiment, points, epoch) == (session.experiment, session.points, session.epoch)
    np.testing.assert_array_equal(params, session.params)
    assert not work.is_playing and work.latest is delivered[0]


def misfit_params(session: Session) -> Session:
    return dataclasses.replace(session, params=session.params[:-1])


def misfit_checkpoint(session: Session) -> Session:
    cp = session.checkpoints[0]
    return dataclasses.replace(session, checkpoints=(Checkpoint(0, cp.params[:3], {}, cp.rng_state),))


@pytest.mark.parametrize("spoil", [misfit_params, misfit_checkpoint])
def test_a_session_that_does_not_fit_is_refused_and_leaves_everything_as_it_was(qtbot, work, spoil):
    assert work.try_edit(lr=0.1)
    experiment, points = work.experiment, work.points
    before = ask(work)
    with pytest.raises(SessionError):
        work.replace(spoil(trained_session()))
    assert work.experiment is experiment and work.points is points and work.undo_stack.count() == 1
    assert not work.heard["replaced"]
    after = ask(work)
    assert after[0] == experiment and after[1] == points and after[3] == before[3]
    np.testing.assert_array_equal(after[2], before[2])
    work.undo_stack.undo()  # the stack still works
    assert work.experiment == EXP


# ---- where the points came from -------------------------------------------------------------------------------
def test_generated_points_are_told_from_drawn_ones(work):
    assert work.is_generated()
    assert work.edit_points(AddPoints([[1.0, 1.0]], [1.0], [0.5]))
    assert not work.is_generated()
    work.undo_stack.undo()
    assert work.is_generated()
    same = PointSet.generate("gauss", 60, 0.1, 2)  # drawn, or imported, exactly as generated: as good as made
    assert work.edit_points(ReplaceAll(same)) and work.points is same and work.is_generated()
    assert work.edit_points(ReplaceAll(PointSet.generate("gauss", 60, 0.1, 3)))  # as many, another seed
    assert not work.is_generated()
    assert work.regenerate(seed=3) and work.is_generated()
    assert work.edit_points(RemovePoints([0])) and not work.is_generated()


def test_points_of_a_generator_this_version_lacks_are_drawn_ones(work):
    exp = EXP.replace(data=dataclasses.replace(EXP.data, name="from a later version"))
    work.replace(Session(exp, POINTS))
    assert not work.is_generated()


# ---- the undo stack -------------------------------------------------------------------------------------------
def test_the_undo_stack_keeps_the_newest_steps_up_to_its_limit(work):
    rates = [0.001 * (i + 1) for i in range(UNDO_LIMIT + 5)]
    for lr in rates:
        assert work.try_edit(lr=lr)
    assert work.undo_stack.count() == UNDO_LIMIT and work.experiment.lr == rates[-1]
    while work.undo_stack.canUndo():
        work.undo_stack.undo()
    assert work.experiment.lr == rates[4]  # the five oldest steps were let go
    assert ask(work)[0] == work.experiment
