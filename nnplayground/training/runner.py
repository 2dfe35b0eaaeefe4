"""The training loop, run in a process of its own: commands in, snapshots out, over two pipes. No Qt here.

The messages are the typed records of `protocol.py`; each command goes to its handler by its type (`handlers`),
and one of a type the loop does not know is answered with an `Error`, the run going on as it was.

Why a process and not a thread: Python runs one thread at a time (the GIL), and a small network's training step
is many tiny NumPy calls, so training in a thread beside a busy window shared one core's worth of Python with it:
with the window drawing 30 frames a second, training ran at a quarter of its speed. In a process of its own it
keeps a core to itself, and the window keeps the other.

The loop takes every waiting command between slices of training of about 10 ms, so a command waits at most that,
at any speed.
While playing, it sends 36 snapshots a second (a slice ends early when the next one is due, so they leave on
time), never more than a small share of its own time, and never while two are still on their way (each drawn one
is acknowledged), so snapshots cannot pile up; ten of them a second carry every neuron's picture, the rest the
output's alone. A step, reset, rewind, preview, change of settings or data, or a
loaded session always sends exactly one snapshot.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

import numpy as np

from ..core.experiment import Experiment
from ..core.points import PointSet
from ..core.session import restore_trainer
from ..core.snapshot import Reason, Snapshot
from ..core.step_trace import step_on_point
from ..core.texts import QT_TRANSLATE_NOOP, Text
from ..core.texts import message as message_of
from ..core.trainer import Trainer
from .protocol import (
    Ack,
    Call,
    CallResult,
    CurveRows,
    Diverged,
    Error,
    LoadSession,
    Pause,
    Play,
    Playing,
    Preview,
    Quit,
    Reply,
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

# 36 a second: smooth, with room above the 30 a window needs. Every frame costs the window's process CPU, and on a
# machine whose two cores share one physical core that slows training too (measured: a busy neighbour core took
# 12-39% of the headless speed); 60 a second cost both a third more for motion few would see.
FRAME = 1.0 / 36.0  # at most this many snapshots per second while playing,
SNAPSHOT_SHARE = 0.08  # no more than this share of the loop's time spent making them,
SLOWEST_FRAME = 1.0 / 34.0  # unless that would show fewer than this many per second (30 after jitter)
SLICE = 0.010  # train in slices of about this long
IN_FLIGHT = 2  # play snapshots on their way at once: one being drawn, the next ready (never a backlog)
TIMELINE_EVERY = 1.0  # seconds between updates of the timeline's epochs while playing
# Seconds between pictures of every neuron while playing: the diagram follows a run at most ten times a second,
# so the frames between carry the output alone (at 8 x 64 the neurons' grids were nine tenths of a snapshot).
NEURONS_EVERY = 0.1
# Grid sizes for large networks shrink so that one snapshot costs about the same whatever the shape:
# (grid points) x (parameters) stays near these budgets.
OUTPUT_GRID_BUDGET = 2.5e7
NEURON_GRID_BUDGET = 1e7
_FAILED = QT_TRANSLATE_NOOP("training.runner", "The training process failed: {kind}: {error}")
_NO_NETWORK = QT_TRANSLATE_NOOP("training.runner", "Could not build the network: {error}")
_UNKNOWN_COMMAND = QT_TRANSLATE_NOOP("training.runner", "The training process does not know the command {command!r}.")
_NO_NETWORK_YET = QT_TRANSLATE_NOOP("training.runner", "there is no network yet: fix the settings first")


def grid_sizes(num_params: int, grid: int | None, neuron_grid: int | None) -> tuple[int, int]:
    """The output and neuron grid sizes for a network: as asked, or (None) as fine as the budgets allow."""
    auto_out = int(min(100, max(40, (OUTPUT_GRID_BUDGET / max(1, num_params)) ** 0.5)))
    auto_neuron = int(min(32, max(12, (NEURON_GRID_BUDGET / max(1, num_params)) ** 0.5)))
    return (grid or auto_out, neuron_grid or auto_neuron)


def serve(
    commands: Connection,
    out: Connection,
    experiment: Experiment,
    points: PointSet,
    grid: int | None,
    neuron_grid: int | None,
) -> None:
    """The child process's entry point."""
    try:
        Runner(commands, out, experiment, points, grid, neuron_grid).run()
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass  # the window went away: nothing left to do
    except Exception as exc:  # a bug: the window says so rather than waiting for snapshots that never come
        out.send(Error(Text(_FAILED, {"kind": type(exc).__name__, "error": message_of(exc)})))
        raise


class Runner:
    """The run's loop. `commands` is read (poll, recv) for `Command`s, `out` is sent `Reply`s: the two pipe ends
    in the training process, or any objects that behave so (a test's)."""

    def __init__(
        self,
        commands: Connection,
        out: Connection,
        experiment: Experiment,
        points: PointSet,
        grid: int | None,
        neuron_grid: int | None,
    ) -> None:
        self.commands, self.out = commands, out
        self.experiment, self.points = experiment, points
        self.grid, self.neuron_grid = grid, neuron_grid
        self.playing = False
        self.speed: float | None = None  # epochs per second; None = as fast as possible
        self.trainer: Trainer | None = None
        self.stop = False
        self.unacked = 0  # play snapshots sent that the window has not drawn yet
        self.snapshot_cost = 0.0  # seconds, a running average
        self.batch_time = 1e-4
        self.sent_curve = (0, 0)  # (history version, rows) the window has
        self.sent_timeline: tuple[int, int] = (0, -1)
        self.timeline_at = 0.0
        self.neurons_at = -NEURONS_EVERY  # when the neurons' grids were last sent
        self.handlers: dict[type, Callable[[Any], None]] = {  # (each handler takes the command of its key's type)
            Ack: self.on_ack,
            Play: self.on_play,
            Pause: self.on_pause,
            StepEpoch: self.on_step_epoch,
            StepBatch: self.on_step_batch,
            StepPoint: self.on_step_point,
            Reset: self.on_reset,
            Rewind: self.on_rewind,
            Preview: self.on_preview,
            SetSpeed: self.on_set_speed,
            SetExperiment: self.on_set_experiment,
            SetPoints: self.on_set_points,
            SetParameter: self.on_set_parameter,
            RequestSnapshot: self.on_request_snapshot,
            LoadSession: self.on_load_session,
            Call: self.on_call,
            Quit: self.on_quit,
        }

    # ---- the loop ----------------------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            self.trainer = Trainer(self.experiment, self.points)
        except Exception as exc:  # a bad experiment at start: say so, and wait for better settings
            self.send(Error(Text(_NO_NETWORK, {"error": message_of(exc)})))
        self.emit(Reason.START)
        last_emit, epochs_done, rate_t0, rate = 0.0, 0, time.perf_counter(), 0.0
        next_due = time.perf_counter()
        while not self.stop:
            if not self.playing or self.trainer is None:
                if self.commands.poll(0.25):
                    self.handle(self.commands.recv())
                    epochs_done, rate_t0, next_due = 0, time.perf_counter(), time.perf_counter()
                continue
            while self.commands.poll():  # every waiting command first
                self.handle(self.commands.recv())
            if not self.playing or self.trainer is None or self.stop:
                continue
            now = time.perf_counter()
            # At a limited speed an epoch starts when it is due (so the speed is kept), and is then trained in
            # slices like any other, so that a command never waits for the rest of a long epoch.
            if self.speed is not None and self.trainer.batch_index == 0 and now < next_due:
                if self.commands.poll(min(next_due - now, 0.25)):  # sleep until due, waking for a command
                    self.handle(self.commands.recv())
                continue
            frame_due = last_emit + self.frame_interval() if self.unacked < IN_FLIGHT else None
            done = self.train_slice(frame_due)
            epochs_done += done
            if self.speed is not None and done:
                next_due = max(next_due + 1.0 / self.speed, time.perf_counter() - 0.5)
            now = time.perf_counter()
            if now - rate_t0 >= 0.5:
                rate, epochs_done, rate_t0 = epochs_done / (now - rate_t0), 0, now
            if self.trainer.message:
                self.set_playing(False)
                self.send(Diverged(self.trainer.message))
                self.emit(Reason.DIVERGED, eps=rate)
            elif now - last_emit >= self.frame_interval() and self.unacked < IN_FLIGHT:
                self.emit(Reason.PLAY, eps=rate)
                last_emit = now

    def frame_interval(self) -> float:
        return min(SLOWEST_FRAME, max(FRAME, self.snapshot_cost / SNAPSHOT_SHARE))

    def train_slice(self, frame_due: float | None = None) -> int:
        """Train for about SLICE seconds, or until the next frame is due if that comes first (so that frames
        leave on time); at a limited speed, also no further than the end of the current epoch (the next one
        starts when it is due). Returns the epochs finished."""
        t = self.trainer
        assert t is not None
        one_epoch = self.speed is not None
        done, now = 0, time.perf_counter()
        end = now + SLICE if frame_due is None else min(now + SLICE, frame_due)
        per_epoch = max(1, len(t.batches))
        while True:  # at least one chunk: a slice always makes progress
            t0, before = now, t.batch_index
            ended = t.step_batches(max(1, int((end - now) / self.batch_time)))
            ran = (per_epoch if ended else t.batch_index) - before
            now = time.perf_counter()
            self.batch_time = 0.7 * self.batch_time + 0.3 * (now - t0) / max(1, ran)
            done += ended
            if t.message or now >= end or (ended and one_epoch):
                return done

    # ---- out ---------------------------------------------------------------------------------------------------
    def send(self, reply: Reply) -> None:
        self.out.send(reply)

    def set_playing(self, playing: bool) -> None:
        self.playing = playing
        self.send(Playing(playing))

    def grids(self) -> tuple[int, int]:
        assert self.trainer is not None
        return grid_sizes(self.trainer.network.num_params, self.grid, self.neuron_grid)

    def emit(self, reason: Reason, eps: float = 0.0, preview_epoch: int | None = None) -> None:
        """Send a snapshot; the loss curve goes as the rows the window lacks, not the whole history again."""
        t = self.trainer
        if t is None:
            return
        t0 = time.perf_counter()
        neurons = reason is not Reason.PLAY or t0 - self.neurons_at >= NEURONS_EVERY
        if preview_epoch is None:
            snap = t.snapshot(*self.grids(), reason=reason, eps=eps, neurons=neurons)
        else:
            snap = t.preview(preview_epoch, *self.grids())
        if neurons:
            self.neurons_at = t0
        self.snapshot_cost = 0.7 * self.snapshot_cost + 0.3 * (time.perf_counter() - t0)
        if reason is Reason.PLAY:
            self.unacked += 1
        self.send(SnapshotReply.of(snap, self.curve_rows(snap), self.timeline(snap), neurons))

    def curve_rows(self, snap: Snapshot) -> CurveRows:
        """The rows the window lacks: those after the ones it has, or all of them once the history dropped some
        (a new version) or is another run's."""
        assert self.trainer is not None
        version = self.trainer.history.version
        sent_version, have = self.sent_curve
        start = have if sent_version == version and have <= len(snap.curve_epochs) else 0
        self.sent_curve = (version, len(snap.curve_epochs))
        return CurveRows(start, snap.curve_epochs[start:], snap.curve_train[start:], snap.curve_test[start:])

    def timeline(self, snap: Snapshot) -> np.ndarray | None:
        """The timeline's epochs, or None when the window's are still right (unchanged), or while playing, not
        worth sending with every frame."""
        timeline = snap.history_epochs
        key = (id(timeline.base), len(timeline))
        now = time.perf_counter()
        if key == self.sent_timeline or (snap.reason is Reason.PLAY and now - self.timeline_at < TIMELINE_EVERY):
            return None
        self.sent_timeline, self.timeline_at = key, now
        return timeline

    # ---- commands ----------------------------------------------------------------------------------------------
    def handle(self, message: object) -> None:
        handler = self.handlers.get(type(message))
        if handler is None:  # from a window of another version, or a bug: say so, and go on as before
            self.send(Error(Text(_UNKNOWN_COMMAND, {"command": type(message).__name__})))
            return
        try:
            handler(message)
        except Exception as exc:  # never a dead loop: the window hears about it and the run goes on
            if self.playing:
                self.set_playing(False)
            self.send(Error(message_of(exc) or type(exc).__name__))

    def need_trainer(self) -> Trainer:
        if self.trainer is None:
            raise RuntimeError(_NO_NETWORK_YET)
        return self.trainer

    def on_ack(self, _: Ack) -> None:
        # One snapshot drawn makes room for one more (never below zero: an ack does not make room twice).
        self.unacked = max(0, self.unacked - 1)

    def on_play(self, _: Play) -> None:
        self.need_trainer().message = ""
        self.set_playing(True)

    def on_pause(self, _: Pause) -> None:
        self.set_playing(False)
        self.emit(Reason.PAUSE)

    def on_step_epoch(self, _: StepEpoch) -> None:
        self.step(Trainer.step_epoch)

    def on_step_batch(self, _: StepBatch) -> None:
        self.step(Trainer.step_batch)

    def on_step_point(self, message: StepPoint) -> None:
        self.step(lambda t: step_on_point(t, message.index))

    def step(self, how: Callable[[Trainer], None]) -> None:
        t = self.need_trainer()
        t.message = ""
        how(t)
        self.emit(Reason.STEP)
        if t.message:
            self.send(Diverged(t.message))

    def on_reset(self, _: Reset) -> None:
        self.need_trainer().reset()
        self.emit(Reason.RESET)

    def on_rewind(self, message: Rewind) -> None:
        self.need_trainer().rewind(message.epoch)
        self.emit(Reason.REWIND)

    def on_preview(self, message: Preview) -> None:
        self.emit(Reason.PREVIEW, preview_epoch=message.epoch)

    def on_set_speed(self, message: SetSpeed) -> None:
        self.speed = message.epochs_per_second

    def on_set_experiment(self, message: SetExperiment) -> None:
        self.experiment = message.experiment
        self._rebuild_or(lambda t: t.set_experiment(message.experiment), Reason.SETTINGS)

    def on_set_points(self, message: SetPoints) -> None:
        self.points = message.points
        self._rebuild_or(lambda t: t.set_points(message.points), Reason.DATA)

    def _rebuild_or(self, change: Callable[[Trainer], object], reason: Reason) -> None:
        """Apply `change` to the run, or build the run now if bad settings had left it without one."""
        if self.trainer is None:
            self.trainer = Trainer(self.experiment, self.points)
        else:
            change(self.trainer)
        self.emit(reason)

    def on_set_parameter(self, message: SetParameter) -> None:
        self.need_trainer().set_parameter(message.layer, message.row, message.col, message.value)
        self.emit(Reason.PARAMETER)

    def on_request_snapshot(self, _: RequestSnapshot) -> None:
        self.emit(Reason.VIEW)

    def on_load_session(self, message: LoadSession) -> None:
        """The saved run replaces this one: built once, from the session alone (its own experiment and points),
        paused (the window shows what was saved until Play), and shown by exactly one snapshot."""
        trainer = restore_trainer(message.session)  # raises before anything changed if the session does not fit
        if self.playing:
            self.set_playing(False)
        self.trainer = trainer
        self.experiment, self.points = trainer.experiment, trainer.points
        self.emit(Reason.SESSION)

    def on_call(self, message: Call) -> None:
        try:
            result = CallResult(message.call_id, True, message.fn(self.need_trainer()))
        except Exception as exc:
            result = CallResult(message.call_id, False, exc)
        try:
            self.send(result)
        except Exception as exc:  # an answer that cannot cross to the window: say what it was
            self.send(CallResult(message.call_id, False, RuntimeError(f"{type(exc).__name__}: {exc}")))

    def on_quit(self, _: Quit) -> None:
        self.stop = True
