"""The messages between the window and the training process, and the run's answers to each, without Qt.

Two ways to drive a run: a real one in a process of its own (`RealRun`: every message pickled, as the app sends
them), and a `Runner` in this thread between two scripted pipe ends (`ScriptedWindow`), where a test decides
exactly when each command arrives (as a window that draws slowly would) and can watch what the run builds.
"""

from __future__ import annotations

import dataclasses
import multiprocessing as mp
import pickle
from collections import deque
from typing import Any, get_args

import numpy as np
import pytest

from nnplayground.core import session as S
from nnplayground.core import trainer as trainer_module
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.network import Network
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.core.trainer import Trainer
from nnplayground.training import runner
from nnplayground.training.protocol import (
    PICTURE_FIELDS,
    Ack,
    Call,
    CallResult,
    Command,
    CurveRows,
    Error,
    LoadSession,
    Pause,
    Play,
    Playing,
    Preview,
    Quit,
    RequestSnapshot,
    Reset,
    Rewind,
    SetExperiment,
    SetParameter,
    SetPoints,
    SetSpeed,
    SnapshotReply,
    StepBatch,
    StepEpoch,
    StepPoint,
)
from nnplayground.training.runner import IN_FLIGHT, Runner

EXP = Experiment(data=DataSpec(name="gauss", n=200, noise=0.1, seed=2), hidden=(4,), activations=("tanh",), lr=0.1)
POINTS = PointSet.generate("gauss", 200, 0.1, 2)
TRAIN_POINT = int(np.flatnonzero(~POINTS.test_mask(EXP.data.train_ratio))[0])
FENCE = -1  # the id of the call that marks the end of a command's answer
HANG_S = 30.0  # only a guard against a run that never answers: no test depends on how fast an answer comes


def describe(reply: Any) -> tuple:
    """What a reply says, in a form a test compares (the pictures' arrays left out)."""
    if isinstance(reply, SnapshotReply):
        return ("snapshot", reply.reason, reply.epoch, reply.batch)
    if isinstance(reply, CallResult):
        return ("result", reply.call_id, reply.ok, reply.value)
    return (type(reply).__name__, *dataclasses.astuple(reply))


def saved_session(epochs: int) -> S.Session:
    t = Trainer(EXP, POINTS)
    t.run(epochs)
    return S.session_from_trainer(t)


def run_epoch(trainer: Trainer) -> int:
    return trainer.epoch  # runs in the training process: a module-level function, so that it pickles


@dataclasses.dataclass(frozen=True)
class Teleport:
    """A command no run knows (as from a window of another version)."""


# ---- a real run, in a process of its own ------------------------------------------------------------------------
class RealRun:
    def __init__(self) -> None:
        ctx = mp.get_context("spawn")
        child_commands, self.commands = ctx.Pipe(duplex=False)
        self.out, child_out = ctx.Pipe(duplex=False)
        self.process = ctx.Process(target=runner.serve, args=(child_commands, child_out, EXP, POINTS, 8, 4))
        self.process.start()
        child_commands.close()
        child_out.close()

    def send(self, command: Any) -> None:
        self.commands.send(command)

    def recv(self) -> Any:
        assert self.out.poll(HANG_S), "the run did not answer"
        return self.out.recv()

    def until(self, done) -> list:
        """The replies up to and including the first for which `done` holds."""
        got = [self.recv()]
        while not done(got[-1]):
            got.append(self.recv())
        return got

    def answer(self, command: Any) -> list[tuple]:
        """What the run says to `command`: every reply before the answer to a Call sent after it (the pipe keeps
        order, so that answer comes after all of them)."""
        self.send(command)
        self.send(Call(FENCE, run_epoch))
        got = self.until(lambda r: isinstance(r, CallResult) and r.call_id == FENCE)
        return [describe(r) for r in got[:-1]]

    def close(self) -> int | None:
        if self.process.is_alive():
            self.send(Quit())
        self.process.join(HANG_S)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.commands.close()
        self.out.close()
        return self.process.exitcode


@pytest.fixture
def run():
    r = RealRun()
    assert describe(r.recv()) == ("snapshot", Reason.START, 0, 0)
    yield r
    r.close()


def test_every_command_is_understood_by_a_real_run(run):
    session = saved_session(3)
    snap = ("snapshot",)
    expected = [
        (StepEpoch(), [(*snap, Reason.STEP, 1, 0)]),
        (StepBatch(), [(*snap, Reason.STEP, 1, 1)]),
        (StepPoint(TRAIN_POINT), [(*snap, Reason.STEP, 1, 1)]),  # one point: the epoch and its batch stay
        (Reset(), [(*snap, Reason.RESET, 0, 0)]),
        (SetParameter(0, 0, 0, 0.5), [(*snap, Reason.PARAMETER, 0, 0)]),
        (SetParameter(0, None, 0, -0.25), [(*snap, Reason.PARAMETER, 0, 0)]),
        (Rewind(0), [(*snap, Reason.REWIND, 0, 0)]),
        (Preview(0), [(*snap, Reason.PREVIEW, 0, 0)]),
        (SetSpeed(None), []),
        (SetSpeed(1000.0), []),
        (SetExperiment(EXP.replace(lr=0.3)), [(*snap, Reason.SETTINGS, 0, 0)]),
        (SetPoints(PointSet.generate("gauss", 50, 0.1, 4)), [(*snap, Reason.DATA, 0, 0)]),
        (RequestSnapshot(), [(*snap, Reason.VIEW, 0, 0)]),
        (LoadSession(session), [(*snap, Reason.SESSION, 3, 0)]),
        (Call(7, run_epoch), [("result", 7, True, 3)]),
        (Ack(), []),  # with no play snapshot on its way, nothing to answer and nothing broken
    ]
    for command, replies in expected:
        assert run.answer(command) == replies, command

    run.send(Play())
    assert describe(run.recv()) == ("Playing", True)
    first = run.until(lambda r: isinstance(r, SnapshotReply))[-1]
    assert first.reason is Reason.PLAY and first.epoch >= 3  # playing on from the loaded epoch
    run.send(Ack())
    run.send(Pause())
    got = run.until(lambda r: isinstance(r, SnapshotReply) and r.reason is Reason.PAUSE)
    assert ("Playing", False) in [describe(r) for r in got]
    assert not any(isinstance(r, Error) for r in got)

    assert run.close() == 0  # Quit: the run ended by itself
    sent = {type(c) for c, _ in expected} | {Play, Pause, Quit}
    assert sent == set(get_args(Command))  # not a command type left out


def test_an_unknown_message_gets_an_error_and_the_run_goes_on(run):
    run.send(Play())
    assert describe(run.recv()) == ("Playing", True)
    run.send(("step_epoch",))  # the old tuple form
    run.send(Teleport())
    run.send(Pause())
    got = run.until(lambda r: isinstance(r, SnapshotReply) and r.reason is Reason.PAUSE)
    errors = [r.text for r in got if isinstance(r, Error)]
    assert errors == [
        "The training process does not know the command 'tuple'.",
        "The training process does not know the command 'Teleport'.",
    ]
    playing = [describe(r) for r in got if isinstance(r, Playing)]
    assert playing == [("Playing", False)]  # it played on until the Pause
    paused = got[-1].epoch
    assert run.answer(StepEpoch()) == [("snapshot", Reason.STEP, paused + 1, 0)]


def an_answer_that_cannot_cross(trainer: Trainer) -> Any:
    return lambda: trainer.epoch  # a lambda does not pickle


def fails(trainer: Trainer) -> None:
    raise ValueError("no such layer")


def test_a_calls_failure_comes_back_as_its_exception_and_the_run_goes_on(run):
    [(kind, call_id, ok, value)] = run.answer(Call(1, fails))
    assert (kind, call_id, ok) == ("result", 1, False)
    assert isinstance(value, ValueError) and str(value) == "no such layer"
    [(kind, call_id, ok, value)] = run.answer(Call(2, an_answer_that_cannot_cross))
    assert (kind, call_id, ok) == ("result", 2, False)
    assert isinstance(value, RuntimeError) and "pickle" in str(value).lower()
    assert run.answer(Call(3, run_epoch)) == [("result", 3, True, 0)]


# ---- a Runner in this thread, between scripted pipe ends --------------------------------------------------------
class ScriptedWindow:
    """Both pipe ends of a `Runner` driven in this thread. The run's polls are this window's clock: `on_poll` and
    `on_reply` (overridden by each test) queue the commands the run reads next. Replies cross a pickling round
    trip, as through a pipe."""

    def __init__(self, *first: Any) -> None:
        self.queue: deque = deque(first)
        self.replies: list = []
        self.polls = 0

    # the run's end of the commands pipe
    def poll(self, timeout: float = 0.0) -> bool:
        self.polls += 1
        self.on_poll()
        return bool(self.queue)

    def recv(self) -> Any:
        return self.queue.popleft()

    # the run's end of the replies pipe
    def send(self, reply: Any) -> None:
        reply = pickle.loads(pickle.dumps(reply))
        self.replies.append(reply)
        self.on_reply(reply)

    def on_poll(self) -> None:
        pass

    def on_reply(self, reply: Any) -> None:
        pass

    def plays(self) -> list[SnapshotReply]:
        return [r for r in self.replies if isinstance(r, SnapshotReply) and r.reason is Reason.PLAY]


def drive(window: ScriptedWindow) -> ScriptedWindow:
    Runner(window, window, EXP, POINTS, 8, 4).run()  # returns once the window has queued Quit
    return window


class SlowWindow(ScriptedWindow):
    """Draws one play snapshot per `POLLS_PER_FRAME` polls of the run (far slower than the run makes them), and
    acknowledges each one drawn; quits after `FRAMES` of them."""

    POLLS_PER_FRAME = 8
    FRAMES = 12

    def __init__(self) -> None:
        super().__init__(Play())
        self.waiting = 0  # play snapshots sent and not yet drawn
        self.most_waiting = 0
        self.quitting = False

    def on_poll(self) -> None:
        if self.polls % self.POLLS_PER_FRAME == 0 and self.waiting:
            self.waiting -= 1
            self.queue.append(Ack())
        if len(self.plays()) >= self.FRAMES and not self.quitting:
            self.quitting = True
            self.queue.append(Quit())

    def on_reply(self, reply: Any) -> None:
        if isinstance(reply, SnapshotReply) and reply.reason is Reason.PLAY:
            self.waiting += 1
            self.most_waiting = max(self.most_waiting, self.waiting)


def test_a_window_that_draws_slowly_never_has_more_than_in_flight_play_snapshots_waiting():
    """Each acknowledgement makes room for one snapshot: an Ack used to reset the count to zero, so that after
    the first one the run sent a new pair for every snapshot drawn and they piled up in the window."""
    window = drive(SlowWindow())
    assert len(window.plays()) >= SlowWindow.FRAMES  # it played on as the window drew
    assert window.most_waiting == IN_FLIGHT


def test_play_frames_between_pictures_of_the_neurons_leave_them_out(monkeypatch):
    """Every reply but a play frame carries every neuron's grid; a play frame does only once NEURONS_EVERY has
    passed since the last grids were sent (here never, then always)."""
    monkeypatch.setattr(runner, "NEURONS_EVERY", 1e9)
    window = drive(SlowWindow())
    snapshots = [r for r in window.replies if isinstance(r, SnapshotReply)]
    assert all(r.neuron_grids is None for r in window.plays())
    others = [r for r in snapshots if r.reason is not Reason.PLAY]
    assert others and all(len(r.neuron_grids) == len(r.sizes) - 1 for r in others)  # the start at least
    monkeypatch.setattr(runner, "NEURONS_EVERY", 0.0)
    assert all(r.neuron_grids is not None for r in drive(SlowWindow()).plays())


def count_networks(monkeypatch) -> list[Network]:
    built: list[Network] = []

    def counting(*args, **kwargs) -> Network:
        built.append(Network(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(trainer_module, "Network", counting)
    return built


class OpeningWindow(ScriptedWindow):
    """Plays, opens a session after the second play snapshot, and quits once that session is shown."""

    def __init__(self, session: S.Session, built: list[Network]) -> None:
        super().__init__(Play())
        self.session, self.built = session, built
        self.opened_at: int | None = None  # replies and networks built before LoadSession was sent
        self.built_before = 0

    def on_reply(self, reply: Any) -> None:
        if self.opened_at is None and len(self.plays()) == 2:
            self.opened_at, self.built_before = len(self.replies), len(self.built)
            self.queue.append(LoadSession(self.session))
        elif isinstance(reply, SnapshotReply) and reply.reason is Reason.SESSION:
            self.queue.append(Quit())


def test_loading_a_session_while_playing_builds_the_run_once_and_shows_it_once(monkeypatch):
    built = count_networks(monkeypatch)
    session = saved_session(5)
    window = drive(OpeningWindow(session, built))
    assert window.opened_at is not None
    after = [describe(r) for r in window.replies[window.opened_at :]]
    assert after == [("Playing", False), ("snapshot", Reason.SESSION, 5, 0)]  # paused, then one picture
    assert len(built) - window.built_before == 1  # one network for the session, nothing rebuilt on the way
    shown = window.replies[-1]
    np.testing.assert_array_equal(shown.params, session.params)
    assert shown.curve.start == 0  # another run's curve: the window takes it whole
    np.testing.assert_array_equal(shown.curve.epochs, session.history["epoch"])


# ---- the wire form of a snapshot --------------------------------------------------------------------------------
def test_a_snapshot_reply_carries_every_field_of_a_snapshot():
    snap_fields = {f.name for f in dataclasses.fields(Snapshot)}
    rebuilt = {"curve_epochs", "curve_train", "curve_test", "history_epochs"}  # from `curve` and `timeline`
    assert set(PICTURE_FIELDS) == snap_fields - rebuilt  # a new Snapshot field must be sent (or rebuilt) too

    t = Trainer(EXP, POINTS)
    t.run(3)
    snap = t.snapshot(8, 4, reason=Reason.STEP)
    curve = CurveRows(0, snap.curve_epochs, snap.curve_train, snap.curve_test)
    reply = pickle.loads(pickle.dumps(SnapshotReply.of(snap, curve, snap.history_epochs)))
    whole = reply.snapshot(curve.epochs, curve.train, curve.test, reply.timeline)
    for name in snap_fields:
        got, want = getattr(whole, name), getattr(snap, name)
        if isinstance(want, np.ndarray):
            np.testing.assert_array_equal(got, want)
        elif isinstance(want, tuple) and want and isinstance(want[0], np.ndarray):
            for g, w in zip(got, want, strict=True):
                np.testing.assert_array_equal(g, w)
        else:
            assert got == want, name
    assert whole.reason is Reason.STEP
