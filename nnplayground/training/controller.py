"""The training controller: the window's handle on a run. Commands in, immutable snapshots out.

The run itself lives in a process of its own (`runner.py` says why). The GUI thread calls the controller's slots
at any time; each sends a command (a record of `protocol.py`) down a pipe. A relay thread reads what comes back
(snapshots, results, errors) and hands it to the GUI thread through queued signals, so the window only ever
draws. Nothing here trains.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..core.experiment import Experiment
from ..core.history import Column
from ..core.points import PointSet
from ..core.snapshot import Reason, Snapshot, readonly
from ..core.texts import QT_TRANSLATE_NOOP, Text, rendered
from . import runner
from .protocol import (
    Ack,
    Call,
    CallResult,
    Command,
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

if TYPE_CHECKING:
    from ..core.session import Session
    from ..core.trainer import Trainer

T = TypeVar("T")

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


PIPE_BYTES = 1 << 20  # room for a snapshot of the largest network, or 5,000 points, so a send never waits
_STOPPED = QT_TRANSLATE_NOOP(
    "training.controller", "The training process stopped unexpectedly; start a new session to go on."
)
_GONE = QT_TRANSLATE_NOOP("training.controller", "the training process has stopped")  # (a call's answer then)
_SHUT = QT_TRANSLATE_NOOP("training.controller", "the run was shut down")
_UNKNOWN_REPLY = QT_TRANSLATE_NOOP(
    "training.controller", "The training process sent a reply of an unknown kind: {kind}."
)


def shown(text: str) -> str:
    """A message of the run (a core `Text`, marked) in the window's language: the signals carry plain text."""
    return rendered(text, QCoreApplication.translate)


def _widen(connection: Connection) -> None:
    """Give a pipe a larger kernel buffer (Linux; 64 KB by default). A message bigger than the buffer makes its
    sender wait until the other end has read part of it. A snapshot would wait for the relay thread, which shares
    the GIL with the window's drawing (measured, sends took 4-5% of the training time); a click's new points
    would hold the window until the training process finished its slice of batches (measured at 5,000 points
    and 8 x 64: 6 ms of the click's 12). Elsewhere this does nothing."""
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl else None
    if setsize is None:
        return
    try:
        fcntl.fcntl(connection.fileno(), setsize, PIPE_BYTES)
    except OSError:  # above /proc/sys/fs/pipe-max-size: keep the default
        pass


def _fits(neuron_grids: tuple[np.ndarray, ...], sizes: tuple[int, ...]) -> bool:
    """Whether kept neuron grids belong to a network of these layer sizes (one grid per neuron of each layer)."""
    if len(neuron_grids) != len(sizes) - 1:
        return False
    return all(g.shape[0] == n for g, n in zip(neuron_grids, sizes[1:], strict=True))


class _Relay(QThread):
    """Reads the run's replies and turns them into signals; keeps the loss curve the run sends piece by piece."""

    def __init__(self, controller: TrainingController, out: Connection) -> None:
        super().__init__()
        self.c, self.out = controller, out
        self.stop_requested = threading.Event()
        self.columns = [Column(), Column(), Column()]
        self.timeline = np.zeros(0)
        self.neuron_grids: tuple[np.ndarray, ...] = ()  # the last ones sent (a play frame may leave them out)

    def run(self) -> None:
        while not self.stop_requested.is_set():
            try:
                if not self.out.poll(0.1):
                    continue
                reply = self.out.recv()
            except (EOFError, OSError):
                if not self.stop_requested.is_set():
                    self.c.error.emit(shown(_STOPPED))
                self.c._fail_calls(_GONE)  # no answer can come now
                return
            self.dispatch(reply)

    def dispatch(self, reply: Reply) -> None:
        match reply:
            case SnapshotReply():
                self.c._deliver.emit(self.whole(reply))
            case Playing(on=on):
                self.c._playing.emit(bool(on))
            case Error(text=text):
                self.c.error.emit(shown(text))
            case Diverged(text=text):
                self.c.diverged.emit(shown(text))
            case CallResult(call_id=call_id, ok=ok, value=value):
                future = self.c._calls.pop(call_id, None)
                if future is not None:
                    future.set_result(value) if ok else future.set_exception(value)
            case _:  # a run of another version, or a bug: say so rather than drop it unseen
                self.c.error.emit(shown(Text(_UNKNOWN_REPLY, {"kind": type(reply).__name__})))

    def whole(self, reply: SnapshotReply) -> Snapshot:
        """The snapshot with the whole loss curve and timeline, as read-only arrays. The pipe keeps order and every
        reply comes here, so the columns hold exactly the rows the run has sent: keep the first `start` of them
        (fewer after a reset, a rewind, a thinned history or a new run), then append the new ones."""
        curve = reply.curve
        for col, rows in zip(self.columns, (curve.epochs, curve.train, curve.test), strict=True):
            if col.n != curve.start:
                col.truncate(min(curve.start, col.n))
            col.extend(rows)
        if reply.timeline is not None:
            self.timeline = readonly(reply.timeline)  # unpickled: the relay's own copy
        if reply.neuron_grids is None:  # a play frame between two pictures of the neurons: the last ones stand
            reply = replace(reply, neuron_grids=self.neuron_grids if _fits(self.neuron_grids, reply.sizes) else ())
        else:
            self.neuron_grids = reply.neuron_grids
        for a in (reply.params, reply.output_grid, *reply.neuron_grids, *reply.bias_grads):
            readonly(a)
        return reply.snapshot(*(col.view() for col in self.columns), self.timeline)


class TrainingController(QObject):
    """Commands in (slots, from the GUI thread, at any time), snapshots out (the `snapshot` signal).

    `grid` and `neuron_grid` are the sizes of the output and neuron pictures; None picks them from the network's
    size so that a snapshot stays cheap for large networks.
    """

    snapshot = Signal(object)  # a Snapshot, in the GUI thread
    error = Signal(str)  # a command failed; the run goes on
    diverged = Signal(str)  # the loss became infinite; training paused and the last finite weights restored
    playing_changed = Signal(bool)
    _deliver = Signal(object)  # relay thread -> GUI thread
    _playing = Signal(bool)

    def __init__(
        self,
        experiment: Experiment,
        points: PointSet,
        grid: int | None = None,
        neuron_grid: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._experiment, self._points = experiment, points
        self._latest: Snapshot | None = None
        self._is_playing = False
        self._calls: dict[int, Future] = {}
        self._call_ids = itertools.count()
        self._replacing = 0  # sessions loaded whose first snapshot has not arrived yet
        self._deliver.connect(self._on_deliver)
        self._playing.connect(self._on_playing)
        # "spawn": a fresh interpreter, never a fork of this one with its Qt threads
        ctx = mp.get_context("spawn")
        self._commands, child_commands = ctx.Pipe(duplex=False)[::-1]
        parent_out, child_out = ctx.Pipe(duplex=False)
        _widen(parent_out)
        _widen(self._commands)
        self._process = ctx.Process(
            target=runner.serve,
            args=(child_commands, child_out, experiment, points, grid, neuron_grid),
            name="nnplayground-training",
            daemon=True,
        )
        self._process.start()
        child_commands.close()
        child_out.close()
        self._worker = _Relay(self, parent_out)  # the relay thread (a name the window's tests use; nothing trains here)
        self._worker.start()

    # ---- state ---------------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether replies from the training process are still read (False once it is shut down or has died)."""
        return self._worker.isRunning()

    @property
    def process_id(self) -> int | None:
        """The training process's id (for a test that plays a crash)."""
        return self._process.pid

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
    def points(self) -> PointSet:
        return self._points

    @Slot(bool)
    def _on_playing(self, playing: bool) -> None:
        if playing != self._is_playing:
            self._is_playing = playing
            self.playing_changed.emit(playing)

    @Slot(object)
    def _on_deliver(self, snap: Snapshot) -> None:
        try:
            if self._replacing:  # a frame of the run a loaded session replaced, still on its way: never shown
                self._replacing -= snap.reason is Reason.SESSION
                if snap.reason is not Reason.SESSION:
                    return
            if snap.reason is not Reason.PREVIEW:
                self._latest = snap  # the run's newest state: a preview of an earlier epoch is not that
            self.snapshot.emit(snap)
        finally:
            if snap.reason is Reason.PLAY:
                self._send(Ack())  # drawn (or dropped): the run may send the next one

    def _send(self, command: Command) -> None:
        if self._worker.isRunning():
            try:
                self._commands.send(command)
            except (OSError, ValueError):  # the run has ended; the relay has said so
                pass

    # ---- commands ------------------------------------------------------------------------------------------------
    @Slot()
    def play(self) -> None:
        self._send(Play())

    @Slot()
    def pause(self) -> None:
        self._send(Pause())

    @Slot()
    def step_epoch(self) -> None:
        self._send(StepEpoch())

    @Slot()
    def step_batch(self) -> None:
        self._send(StepBatch())

    def step_point(self, index: int) -> None:
        """One optimizer step on the training point `index` alone (what the step explainer's Apply takes)."""
        self._send(StepPoint(int(index)))

    @Slot()
    def reset(self) -> None:
        self._send(Reset())

    @Slot(int)
    def rewind(self, epoch: int) -> None:
        self._send(Rewind(int(epoch)))

    @Slot(int)
    def preview(self, epoch: int) -> None:
        """Show a recorded epoch (a snapshot with reason PREVIEW) without changing the run."""
        self._send(Preview(int(epoch)))

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Epochs per second, or None for as fast as possible."""
        if epochs_per_second is not None and not epochs_per_second > 0:
            raise ValueError(f"speed must be a positive number of epochs per second, got {epochs_per_second}")
        self._send(SetSpeed(epochs_per_second))

    def set_experiment(self, experiment: Experiment) -> None:
        self._experiment = experiment
        self._send(SetExperiment(experiment))

    def set_points(self, points: PointSet) -> None:
        self._points = points
        self._send(SetPoints(points))

    def set_parameter(self, layer: int, row: int | None, col: int, value: float) -> None:
        self._send(SetParameter(layer, row, col, float(value)))

    @Slot()
    def request_snapshot(self) -> None:
        self._send(RequestSnapshot())

    def call(self, fn: Callable[[Trainer], T], timeout: float = 10.0) -> T:
        """Run `fn(trainer)` in the run's process between two slices of training and return its result (for
        reading the whole run, e.g. to save it). `fn` must be picklable (a module-level function). Raises what
        `fn` raised, or TimeoutError. The calling thread waits: for anything that may take long, `call_async`."""
        call_id, future = self._submit(fn)
        try:
            return future.result(timeout)
        finally:
            self._calls.pop(call_id, None)

    def call_async(self, fn: Callable[[Trainer], T]) -> Future[T]:
        """`fn(trainer)` in the run's process, as `call`, without waiting: a Future at once, completed with
        what `fn` returns or raises. It completes in the relay thread (so a done-callback must not touch Qt
        objects; `ui.insight.run.ask_later` brings the answer to the GUI thread), or with a RuntimeError once the
        training process has stopped or is shut down: it never stays pending after that. It cannot be cancelled
        (the call is on its way); a caller that no longer wants the answer ignores it."""
        return self._submit(fn)[1]

    def _submit(self, fn: Callable[[Trainer], T]) -> tuple[int, Future[T]]:
        future: Future = Future()
        future.set_running_or_notify_cancel()  # sent, so past cancelling: `cancel()` says False
        call_id = next(self._call_ids)
        if not self._worker.isRunning():  # (a command now would never be answered)
            future.set_exception(RuntimeError(_GONE))
            return call_id, future
        self._calls[call_id] = future
        try:
            self._send(Call(call_id, fn))
        except Exception as exc:  # (`fn` could not be pickled): no answer will come
            self._calls.pop(call_id, None)
            future.set_exception(exc)
        return call_id, future

    def _fail_calls(self, why: str) -> None:
        """Every call still waiting ends with RuntimeError(why) (the relay thread at the run's end, or shutdown).
        popitem takes each one out at once, so the relay and the GUI thread never both complete one."""
        while True:
            try:
                _, future = self._calls.popitem()
            except KeyError:
                return
            if not future.done():
                future.set_exception(RuntimeError(why))

    def export_session(self) -> Session:
        from ..core.session import session_from_trainer

        return self.call(session_from_trainer)

    def load_session(self, session: Session) -> None:
        """Replace the run with a saved one. A session whose weights do not fit its network raises SessionError
        here, at once, and the run is left as it was. Otherwise the training process builds the run from the
        session alone (once: no `set_experiment` or `set_points` is needed before), pauses it, and sends exactly
        one snapshot, of the loaded epoch, with reason SESSION; snapshots of the old run still on their way are
        dropped here (never delivered), so the window never shows the replaced run after this call."""
        from ..core.session import check_fits

        check_fits(session)
        self._experiment, self._points = session.experiment, session.points
        self._replacing += 1  # until its snapshot arrives, what arrives is the old run's
        self._send(LoadSession(session))

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the run and the relay. True if both ended by themselves: the run answered Quit (or had already
        ended) within `timeout_ms`, rather than being terminated, as a run still busy then is."""
        self._send(Quit())
        self._process.join(timeout_ms / 1000)
        quit_in_time = not self._process.is_alive()
        if not quit_in_time:  # busy in one long step: it holds nothing worth waiting for
            self._process.terminate()
            self._process.join(0.5)
        self._worker.stop_requested.set()
        stopped = self._worker.wait(timeout_ms)  # (true at once for a thread that already ended)
        self._commands.close()
        self._fail_calls(_SHUT)
        return stopped and quit_in_time
