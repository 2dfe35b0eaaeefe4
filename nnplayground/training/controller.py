"""The training controller: a Trainer in a worker thread, commands in, immutable snapshots out.

The GUI thread calls the controller's slots at any time; each puts a command on a queue. The worker thread owns
the Trainer and is the only thread that touches it: between slices of training it takes commands, and it sends
back `Snapshot`s through a signal (Qt queues it into the GUI thread). While playing, snapshots are throttled to
the screen's pace and never pile up: a new one is only sent once the GUI has taken the previous one. A step,
reset, rewind, preview or change of settings always yields exactly one snapshot.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.experiment import Experiment
from ..core.snapshot import Snapshot
from ..core.trainer import Trainer

FRAME = 1.0 / 60.0  # at most this many snapshots per second while playing,
SNAPSHOT_SHARE = 0.08  # no more than this share of the worker's time spent making them,
SLOWEST_FRAME = 1.0 / 30.0  # unless that would show fewer than this many per second
SLICE = 0.010  # train in slices of about this long, so a command waits at most that
# Grid sizes for large networks shrink so that one snapshot costs about the same whatever the shape:
# (grid points) x (parameters) stays near these budgets.
OUTPUT_GRID_BUDGET = 2.5e7
NEURON_GRID_BUDGET = 1e7


def grid_sizes(num_params: int, grid: int | None, neuron_grid: int | None) -> tuple[int, int]:
    """The output and neuron grid sizes for a network: as asked, or (None) as fine as the budgets allow."""
    auto_out = int(min(100, max(40, (OUTPUT_GRID_BUDGET / max(1, num_params)) ** 0.5)))
    auto_neuron = int(min(32, max(12, (NEURON_GRID_BUDGET / max(1, num_params)) ** 0.5)))
    return (grid or auto_out, neuron_grid or auto_neuron)


DEFAULT_SPEED: float | None = None  # epochs per second; None = as fast as possible


class _Worker(QThread):
    def __init__(
        self,
        controller: TrainingController,
        experiment: Experiment,
        points: Any,
        grid: int | None,
        neuron_grid: int | None,
    ) -> None:
        super().__init__()
        self.c = controller
        self.commands: queue.SimpleQueue[tuple[str, tuple, Future | None]] = queue.SimpleQueue()
        self.experiment, self.points = experiment, points
        self.grid, self.neuron_grid = grid, neuron_grid
        self.playing = False
        self.speed: float | None = DEFAULT_SPEED
        self.trainer: Trainer | None = None
        self.stop_requested = threading.Event()
        self.snapshot_cost = 0.0  # seconds, a running average

    # ---- the loop ------------------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            self.trainer = Trainer(self.experiment, self.points)
        except Exception as exc:  # a bad experiment at start: report it, keep the thread alive for new settings
            self.c.error.emit(f"Could not build the network: {exc}")
        self._emit("start", force=True)
        self._batch_time = 1e-4
        last_emit = 0.0
        epochs_done, rate_t0, rate = 0, time.perf_counter(), 0.0
        next_due = time.perf_counter()
        while not self.stop_requested.is_set():
            if not self.playing or self.trainer is None:
                try:
                    cmd = self.commands.get(timeout=0.25)
                except queue.Empty:
                    continue
                self._handle(cmd)
                epochs_done, rate_t0, next_due = 0, time.perf_counter(), time.perf_counter()
                continue
            while True:  # every waiting command first
                try:
                    self._handle(self.commands.get_nowait())
                except queue.Empty:
                    break
            if not self.playing or self.trainer is None or self.stop_requested.is_set():
                continue
            now = time.perf_counter()
            if self.speed is not None and now < next_due:
                try:  # sleep until the next epoch is due, waking for any command
                    self._handle(self.commands.get(timeout=min(next_due - now, 0.25)))
                except queue.Empty:
                    pass
                continue
            epochs_done += self._train_slice()
            if self.speed is not None:
                next_due = max(next_due + 1.0 / self.speed, time.perf_counter() - 0.5)
            now = time.perf_counter()
            if now - rate_t0 >= 0.5:
                rate, epochs_done, rate_t0 = epochs_done / (now - rate_t0), 0, now
            if self.trainer.message:
                self.playing = False
                self.c._set_playing(False)
                self.c.diverged.emit(self.trainer.message)
                self._emit("diverged", force=True, eps=rate)
            elif now - last_emit >= self._frame_interval() and not self.c._in_flight:
                self._emit("play", eps=rate)
                last_emit = now

    def _frame_interval(self) -> float:
        return min(SLOWEST_FRAME, max(FRAME, self.snapshot_cost / SNAPSHOT_SHARE))

    def _train_slice(self) -> int:
        """Train for about SLICE seconds (one epoch when the speed is limited); return epochs finished."""
        t = self.trainer
        assert t is not None
        if self.speed is not None:
            t.step_epoch()
            return 1
        done = 0
        start = time.perf_counter()
        per_epoch = max(1, len(t.batches))
        while time.perf_counter() - start < SLICE and not self.stop_requested.is_set():
            count = max(1, int(SLICE / self._batch_time))
            t0 = time.perf_counter()
            before = t.batch_index
            ended = t.step_batches(count)
            ran = (per_epoch if ended else t.batch_index) - before
            self._batch_time = 0.7 * self._batch_time + 0.3 * (time.perf_counter() - t0) / max(1, ran)
            done += ended
            if t.message:
                break
        return done

    def _emit(self, reason: str, force: bool = False, eps: float = 0.0) -> None:
        if self.trainer is None:
            return
        t0 = time.perf_counter()
        snap = self.trainer.snapshot(*self._grids(), reason=reason, eps=eps)
        self.snapshot_cost = 0.7 * self.snapshot_cost + 0.3 * (time.perf_counter() - t0)
        self.c._in_flight = True
        self.c._deliver.emit(snap)

    # ---- commands -------------------------------------------------------------------------------------------
    def _handle(self, cmd: tuple[str, tuple, Future | None]) -> None:
        name, args, future = cmd
        try:
            result = getattr(self, "_cmd_" + name)(*args)
            if future is not None:
                future.set_result(result)
        except Exception as exc:  # never a dead thread: the GUI hears about it and the loop goes on
            if future is not None:
                future.set_exception(exc)
            else:
                self.playing = False
                self.c._set_playing(False)
                self.c.error.emit(str(exc) or type(exc).__name__)

    def _grids(self) -> tuple[int, int]:
        assert self.trainer is not None
        return grid_sizes(self.trainer.network.num_params, self.grid, self.neuron_grid)

    def _need_trainer(self) -> Trainer:
        if self.trainer is None:
            raise RuntimeError("there is no network yet: fix the settings first")
        return self.trainer

    def _cmd_play(self) -> None:
        self._need_trainer().message = ""
        self.playing = True
        self.c._set_playing(True)

    def _cmd_pause(self) -> None:
        self.playing = False
        self.c._set_playing(False)
        self._emit("pause", force=True)

    def _cmd_step_epoch(self) -> None:
        t = self._need_trainer()
        t.message = ""
        t.step_epoch()
        self._after_step("step")

    def _cmd_step_batch(self) -> None:
        t = self._need_trainer()
        t.message = ""
        t.step_batch()
        self._after_step("step")

    def _after_step(self, reason: str) -> None:
        msg = self._need_trainer().message
        self._emit(reason, force=True)
        if msg:
            self.c.diverged.emit(msg)

    def _cmd_reset(self) -> None:
        self._need_trainer().reset()
        self._emit("reset", force=True)

    def _cmd_rewind(self, epoch: int) -> None:
        self._need_trainer().rewind(epoch)
        self._emit("rewind", force=True)

    def _cmd_preview(self, epoch: int) -> None:
        snap = self._need_trainer().preview(epoch, *self._grids())
        self.c._in_flight = True
        self.c._deliver.emit(snap)

    def _cmd_speed(self, eps: float | None) -> None:
        self.speed = eps

    def _cmd_experiment(self, exp: Experiment) -> None:
        self.experiment = exp
        if self.trainer is None:
            self.trainer = Trainer(exp, self.points)
        else:
            self.trainer.set_experiment(exp)
        self._emit("settings", force=True)

    def _cmd_points(self, points: Any) -> None:
        self.points = points
        if self.trainer is None:
            self.trainer = Trainer(self.experiment, points)
        else:
            self.trainer.set_points(points)
        self._emit("data", force=True)

    def _cmd_parameter(self, layer: int, row: int | None, col: int, value: float) -> None:
        self._need_trainer().set_parameter(layer, row, col, value)
        self._emit("parameter", force=True)

    def _cmd_snapshot(self) -> None:
        self._emit("view", force=True)

    def _cmd_call(self, fn: Callable[[Trainer], Any]) -> Any:
        return fn(self._need_trainer())

    def _cmd_replace(self, trainer: Trainer) -> None:
        self.trainer, self.experiment, self.points = trainer, trainer.experiment, trainer.points
        self._emit("session", force=True)

    def _cmd_quit(self) -> None:
        self.stop_requested.set()


class TrainingController(QObject):
    """Commands in (slots, from the GUI thread, at any time), snapshots out (the `snapshot` signal)."""

    snapshot = Signal(object)  # a Snapshot, in the GUI thread
    error = Signal(str)  # a command failed; the run goes on
    diverged = Signal(str)  # the loss became infinite; training paused and the last finite weights restored
    playing_changed = Signal(bool)
    _deliver = Signal(object)  # worker -> GUI thread
    _playing = Signal(bool)

    def __init__(
        self,
        experiment: Experiment,
        points: Any,
        grid: int | None = None,
        neuron_grid: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._experiment, self._points = experiment, points
        self._latest: Snapshot | None = None
        self._is_playing = False
        self._in_flight = False
        self._deliver.connect(self._on_deliver)
        self._playing.connect(self._on_playing)
        self._worker = _Worker(self, experiment, points, grid, neuron_grid)
        self._worker.start()

    # ---- state --------------------------------------------------------------------------------------------
    @property
    def is_playing(self) -> bool:
        return self._is_playing

    @property
    def latest(self) -> Snapshot | None:
        return self._latest

    @property
    def experiment(self) -> Experiment:
        return self._experiment

    @property
    def points(self) -> Any:
        return self._points

    def _set_playing(self, playing: bool) -> None:  # from the worker thread
        self._playing.emit(playing)

    @Slot(bool)
    def _on_playing(self, playing: bool) -> None:
        if playing != self._is_playing:
            self._is_playing = playing
            self.playing_changed.emit(playing)

    @Slot(object)
    def _on_deliver(self, snap: Snapshot) -> None:
        self._latest = snap
        try:
            self.snapshot.emit(snap)
        finally:
            self._in_flight = False

    def _send(self, name: str, *args: Any) -> None:
        if self._worker.isRunning():
            self._worker.commands.put((name, args, None))

    # ---- commands -----------------------------------------------------------------------------------------
    @Slot()
    def play(self) -> None:
        self._send("play")

    @Slot()
    def pause(self) -> None:
        self._send("pause")

    @Slot()
    def toggle(self) -> None:
        self.pause() if self._is_playing else self.play()

    @Slot()
    def step_epoch(self) -> None:
        self._send("step_epoch")

    @Slot()
    def step_batch(self) -> None:
        self._send("step_batch")

    @Slot()
    def reset(self) -> None:
        self._send("reset")

    @Slot(int)
    def rewind(self, epoch: int) -> None:
        self._send("rewind", int(epoch))

    @Slot(int)
    def preview(self, epoch: int) -> None:
        """Show a recorded epoch (a snapshot with reason "preview") without changing the run."""
        self._send("preview", int(epoch))

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Epochs per second, or None for as fast as possible."""
        if epochs_per_second is not None and not epochs_per_second > 0:
            raise ValueError(f"speed must be a positive number of epochs per second, got {epochs_per_second}")
        self._send("speed", epochs_per_second)

    def set_experiment(self, experiment: Experiment) -> None:
        self._experiment = experiment
        self._send("experiment", experiment)

    def set_points(self, points: Any) -> None:
        self._points = points
        self._send("points", points)

    def set_parameter(self, layer: int, row: int | None, col: int, value: float) -> None:
        self._send("parameter", layer, row, col, float(value))

    @Slot()
    def request_snapshot(self) -> None:
        self._send("snapshot")

    def call(self, fn: Callable[[Trainer], Any], timeout: float = 10.0) -> Any:
        """Run `fn(trainer)` in the worker thread between two slices of training and return its result
        (for reading the whole run, e.g. to save it). Raises what `fn` raised, or TimeoutError."""
        future: Future = Future()
        self._worker.commands.put(("call", (fn,), future))
        return future.result(timeout)

    def export_session(self) -> Any:
        from ..core.session import session_from_trainer

        return self.call(session_from_trainer)

    def load_session(self, session: Any) -> None:
        """Replace the run with a saved one (the trainer is rebuilt here, then handed to the worker)."""
        from ..core.session import restore_trainer

        trainer = restore_trainer(session)
        self._experiment, self._points = trainer.experiment, trainer.points
        self._send("replace", trainer)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop and join the worker thread; True if it ended within the timeout."""
        w = self._worker
        w.stop_requested.set()
        w.commands.put(("quit", (), None))
        return w.wait(timeout_ms) if w.isRunning() else True
