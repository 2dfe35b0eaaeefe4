"""The training loop, run in a process of its own: commands in, snapshots out, over two pipes. No Qt here.

Why a process and not a thread: Python runs one thread at a time (the GIL), and a small network's training step
is many tiny NumPy calls, so a training thread and a busy window share one core's worth of Python between them:
with the window drawing 30 frames a second, training ran at a quarter of its speed. In a process of its own it
keeps a core to itself, and the window keeps the other.

The loop takes every waiting command between slices of training of about 10 ms, so a command waits at most that,
at any speed.
While playing, it sends 36 snapshots a second (a slice ends early when the next one is due, so they leave on
time), never more than a small share of its own time, and never while two are still on their way (each drawn one
is acknowledged), so snapshots cannot pile up. A step, reset, rewind, preview, change of settings or data always
sends exactly one snapshot.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import numpy as np

from ..core.experiment import Experiment
from ..core.session import restore_trainer
from ..core.trainer import Trainer

# 36 a second: smooth, with room above the 30 a window needs. Every frame costs the window's process CPU, and on a
# machine whose two cores share one physical core that slows training too (measured: a busy neighbour core took
# 12-39% of the headless speed); 60 a second cost both a third more for motion few would see.
FRAME = 1.0 / 36.0  # at most this many snapshots per second while playing,
SNAPSHOT_SHARE = 0.08  # no more than this share of the loop's time spent making them,
SLOWEST_FRAME = 1.0 / 34.0  # unless that would show fewer than this many per second (30 after jitter)
SLICE = 0.010  # train in slices of about this long
IN_FLIGHT = 2  # play snapshots on their way at once: one being drawn, the next ready (never a backlog)
TIMELINE_EVERY = 1.0  # seconds between updates of the timeline's epochs while playing
# Grid sizes for large networks shrink so that one snapshot costs about the same whatever the shape:
# (grid points) x (parameters) stays near these budgets.
OUTPUT_GRID_BUDGET = 2.5e7
NEURON_GRID_BUDGET = 1e7
_EMPTY = np.zeros(0)


def grid_sizes(num_params: int, grid: int | None, neuron_grid: int | None) -> tuple[int, int]:
    """The output and neuron grid sizes for a network: as asked, or (None) as fine as the budgets allow."""
    auto_out = int(min(100, max(40, (OUTPUT_GRID_BUDGET / max(1, num_params)) ** 0.5)))
    auto_neuron = int(min(32, max(12, (NEURON_GRID_BUDGET / max(1, num_params)) ** 0.5)))
    return (grid or auto_out, neuron_grid or auto_neuron)


@dataclasses.dataclass(frozen=True)
class CurveUpdate:
    """The loss-curve rows a snapshot adds to what the window already has (all of them after a rewind/reset)."""

    version: int
    start: int
    epochs: np.ndarray
    train: np.ndarray
    test: np.ndarray


def serve(
    commands: Any, out: Any, experiment: Experiment, points: Any, grid: int | None, neuron_grid: int | None
) -> None:
    """The child process's entry point."""
    try:
        Runner(commands, out, experiment, points, grid, neuron_grid).run()
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass  # the window went away: nothing left to do
    except Exception as exc:  # a bug: the window says so rather than waiting for snapshots that never come
        out.send(("error", f"The training process failed: {type(exc).__name__}: {exc}"))
        raise


class Runner:
    def __init__(
        self, commands: Any, out: Any, experiment: Experiment, points: Any, grid: int | None, neuron_grid: int | None
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

    # ---- the loop ----------------------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            self.trainer = Trainer(self.experiment, self.points)
        except Exception as exc:  # a bad experiment at start: say so, and wait for better settings
            self.send("error", f"Could not build the network: {exc}")
        self.emit("start")
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
                self.send("diverged", self.trainer.message)
                self.emit("diverged", eps=rate)
            elif now - last_emit >= self.frame_interval() and self.unacked < IN_FLIGHT:
                self.emit("play", eps=rate)
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
    def send(self, kind: str, *payload: Any) -> None:
        self.out.send((kind, *payload))

    def set_playing(self, playing: bool) -> None:
        self.playing = playing
        self.send("playing", playing)

    def grids(self) -> tuple[int, int]:
        assert self.trainer is not None
        return grid_sizes(self.trainer.network.num_params, self.grid, self.neuron_grid)

    def emit(self, reason: str, eps: float = 0.0, preview_epoch: int | None = None) -> None:
        """Send a snapshot; the loss curve goes as the rows the window lacks, not the whole history again."""
        t = self.trainer
        if t is None:
            return
        t0 = time.perf_counter()
        if preview_epoch is None:
            snap = t.snapshot(*self.grids(), reason=reason, eps=eps)
        else:
            snap = t.preview(preview_epoch, *self.grids())
        self.snapshot_cost = 0.7 * self.snapshot_cost + 0.3 * (time.perf_counter() - t0)
        version, have = self.sent_curve
        start = have if version == t.history.version and have <= len(snap.curve_epochs) else 0
        curve = CurveUpdate(
            t.history.version, start, snap.curve_epochs[start:], snap.curve_train[start:], snap.curve_test[start:]
        )
        self.sent_curve = (t.history.version, len(snap.curve_epochs))
        timeline = snap.history_epochs
        key = (id(timeline.base), len(timeline))
        now = time.perf_counter()
        if key == self.sent_timeline or (reason == "play" and now - self.timeline_at < TIMELINE_EVERY):
            timeline = None  # unchanged, or not worth sending every frame: the window keeps the last one
        else:
            self.sent_timeline, self.timeline_at = key, now
        # The curve goes as its new rows (above); the relay rebuilds the whole of it.
        wire = dataclasses.replace(
            snap,
            curve_epochs=_EMPTY,
            curve_train=_EMPTY,
            curve_test=_EMPTY,
            history_epochs=_EMPTY,
        )
        if reason == "play":
            self.unacked += 1
        self.send("snapshot", wire, curve, timeline)

    # ---- commands ----------------------------------------------------------------------------------------------
    def handle(self, message: tuple) -> None:
        name, *args = message
        try:
            getattr(self, "cmd_" + name)(*args)
        except Exception as exc:  # never a dead loop: the window hears about it and the run goes on
            if self.playing:
                self.set_playing(False)
            self.send("error", str(exc) or type(exc).__name__)

    def need_trainer(self) -> Trainer:
        if self.trainer is None:
            raise RuntimeError("there is no network yet: fix the settings first")
        return self.trainer

    def cmd_ack(self) -> None:
        self.unacked = 0  # play snapshots sent that the window has not drawn yet

    def cmd_play(self) -> None:
        self.need_trainer().message = ""
        self.set_playing(True)

    def cmd_pause(self) -> None:
        self.set_playing(False)
        self.emit("pause")

    def cmd_step_epoch(self) -> None:
        self.step(Trainer.step_epoch)

    def cmd_step_batch(self) -> None:
        self.step(Trainer.step_batch)

    def step(self, how: Any) -> None:
        t = self.need_trainer()
        t.message = ""
        how(t)
        self.emit("step")
        if t.message:
            self.send("diverged", t.message)

    def cmd_reset(self) -> None:
        self.need_trainer().reset()
        self.emit("reset")

    def cmd_rewind(self, epoch: int) -> None:
        self.need_trainer().rewind(epoch)
        self.emit("rewind")

    def cmd_preview(self, epoch: int) -> None:
        self.emit("preview", preview_epoch=epoch)

    def cmd_speed(self, eps: float | None) -> None:
        self.speed = eps

    def cmd_experiment(self, exp: Experiment) -> None:
        self.experiment = exp
        self._rebuild_or(lambda t: t.set_experiment(exp), "settings")

    def cmd_points(self, points: Any) -> None:
        self.points = points
        self._rebuild_or(lambda t: t.set_points(points), "data")

    def _rebuild_or(self, change: Any, reason: str) -> None:
        """Apply `change` to the run, or build the run now if bad settings had left it without one."""
        if self.trainer is None:
            self.trainer = Trainer(self.experiment, self.points)
        else:
            change(self.trainer)
        self.emit(reason)

    def cmd_parameter(self, layer: int, row: int | None, col: int, value: float) -> None:
        self.need_trainer().set_parameter(layer, row, col, value)
        self.emit("parameter")

    def cmd_snapshot(self) -> None:
        self.emit("view")

    def cmd_session(self, session: Any) -> None:
        self.trainer = restore_trainer(session)
        self.experiment, self.points = self.trainer.experiment, self.trainer.points
        self.emit("session")

    def cmd_call(self, call_id: int, fn: Any) -> None:
        try:
            result = (True, fn(self.need_trainer()))
        except Exception as exc:
            result = (False, exc)
        try:
            self.send("result", call_id, *result)
        except Exception as exc:  # an answer that cannot cross to the window: say what it was
            self.send("result", call_id, False, RuntimeError(f"{type(exc).__name__}: {exc}"))

    def cmd_quit(self) -> None:
        self.stop = True
