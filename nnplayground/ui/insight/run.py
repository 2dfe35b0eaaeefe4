"""What the insight views need of the run, and the two ways they ask the training process for a picture: `ask`
waits for it (a small picture, a few milliseconds), `ask_later` does not (a large one: the window stays
responsive and the answer comes back in the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QApplication

from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.i18n import error_text, translate

if TYPE_CHECKING:
    from nnplayground.core.trainer import Trainer
    from nnplayground.ui.workbench import Workbench

T = TypeVar("T")
TIMEOUT = 30.0  # seconds: a 41x41 slice of an 8 x 64 network takes ~2 s; this is only the "not answering" bound


class Run(Protocol):
    """The current run, as the views see it."""

    snapshot: SignalInstance  # the run's newest Snapshot (or a preview), in the GUI thread

    @property
    def latest(self) -> Snapshot | None: ...

    @property
    def shown(self) -> Snapshot | None:
        """The snapshot on screen: the newest, or an earlier epoch the timeline previews (reason PREVIEW)."""
        ...

    @property
    def experiment(self) -> Experiment:
        """The work's experiment now (an edit counts at once, before the run's snapshot of it arrives)."""
        ...

    @property
    def points(self) -> PointSet: ...

    @property
    def is_playing(self) -> bool: ...

    def pause(self) -> None: ...

    def call(self, fn: Callable[[Trainer], T], timeout: float) -> T: ...

    def call_async(self, fn: Callable[[Trainer], T]) -> Future[T]:
        """`fn(trainer)` without waiting; the future may complete in another thread (never touch Qt there).
        RuntimeError at once if the training process has stopped."""
        ...


class WorkRun:
    """The workbench as a `Run`: its signals and state, and its controller's `call` (pictures of the run, not
    edits: nothing here changes the work). `shown` tells what the window has on screen (its timeline's epoch);
    without it, the newest snapshot is."""

    def __init__(self, work: Workbench, shown: Callable[[], Snapshot | None] | None = None) -> None:
        self._work = work
        self._shown = shown
        self.snapshot = work.snapshot

    @property
    def latest(self) -> Snapshot | None:
        return self._work.latest

    @property
    def shown(self) -> Snapshot | None:
        return self._shown() if self._shown is not None else self._work.latest

    @property
    def experiment(self) -> Experiment:
        return self._work.experiment

    @property
    def points(self) -> PointSet:
        return self._work.points

    @property
    def is_playing(self) -> bool:
        return self._work.is_playing

    def pause(self) -> None:
        self._work.pause()

    def call(self, fn: Callable[[Trainer], T], timeout: float) -> T:
        controller = self._work.controller
        if not controller.running:  # (a call then would wait out its whole timeout for an answer that never comes)
            raise RuntimeError(translate("ui.insight.run", "the training process has stopped"))
        return controller.call(fn, timeout)

    def call_async(self, fn: Callable[[Trainer], T]) -> Future[T]:
        controller = self._work.controller
        if not controller.running:  # said at once, not as an answer later
            raise RuntimeError(translate("ui.insight.run", "the training process has stopped"))
        return controller.call_async(fn)


def why_not(exc: BaseException) -> str:
    """A sentence saying why a picture asked of the training process did not come."""
    if isinstance(exc, ValueError):  # the core's own words for a picture that cannot be made
        return error_text(exc)
    if isinstance(exc, TimeoutError):
        return translate("ui.insight.run", "The training process did not answer in time; try again.")
    if isinstance(exc, RuntimeError):  # the run has ended
        return translate("ui.insight.run", "Could not compute it: {reason}.").format(reason=error_text(exc))
    reason = f"{type(exc).__name__}: {exc}"  # a bug: say so rather than break the window
    return translate("ui.insight.run", "Could not compute it: {reason}").format(reason=reason)


def ask(run: Run, fn: Callable[[Trainer], T], timeout: float = TIMEOUT, busy: bool = True) -> tuple[T | None, str]:
    """`fn(trainer)` computed in the training process: (its result, "") or (None, a sentence saying why not).
    The GUI thread waits: for small pictures only (`ask_later` for large ones). `busy` shows the wait cursor
    meanwhile (for a picture asked for, not for one that follows the run)."""
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return run.call(fn, timeout), ""
    except Exception as exc:
        return None, why_not(exc)
    finally:
        if busy:
            QApplication.restoreOverrideCursor()


class Answer(Generic[T]):
    """A picture on its way from the training process (what `ask_later` gives). `ignore()` it once it would no
    longer fit (a newer question, another run): it is then never delivered."""

    def __init__(self, receiver: QObject, done: Callable[[T | None, str], None]) -> None:
        self._receiver, self._done = receiver, done
        self.ignored = False

    def ignore(self) -> None:
        self.ignored = True

    def deliver(self, future: Future[T]) -> None:
        """In the GUI thread: `done(result, "")` or `done(None, why not)`, unless ignored or the receiver (the
        view that asked) has been deleted meanwhile (its window closed, the app quitting)."""
        if self.ignored or not shiboken6.isValid(self._receiver):
            return
        self.ignored = True  # (once)
        exc = future.exception()
        self._done(None, why_not(exc)) if exc is not None else self._done(future.result(), "")


class _Hop(QObject):
    """Brings a completed future from the relay thread to the GUI thread: a queued signal of an object that
    lives as long as the app, so emitting it from another thread can never meet a deleted object."""

    arrived = Signal(object)  # (answer, future)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())  # (deleted with the app; a later app makes its own)
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, pair: tuple[Answer, Future]) -> None:
        answer, future = pair
        answer.deliver(future)


_hop: list[_Hop] = []


def _the_hop() -> _Hop:
    """The app's hop, made in the GUI thread at the first `ask_later`."""
    if not _hop or not shiboken6.isValid(_hop[0]):
        _hop[:] = [_Hop()]
    return _hop[0]


def ask_later(
    run: Run, fn: Callable[[Trainer], T], receiver: QObject, done: Callable[[T | None, str], None]
) -> tuple[Answer[T] | None, str]:
    """`fn(trainer)` computed in the training process without waiting for it (call from the GUI thread):
    (an Answer on its way, "") and later, in the GUI thread from the event loop, `done(result, "")` or
    `done(None, a sentence saying why not)`; or at once (None, why not) if it cannot even be asked (the
    training process has stopped). (Even an answer ready at once comes through the event loop, never inside
    this call.) Nothing is delivered once `receiver` is deleted or the answer ignored."""
    hop = _the_hop()
    try:
        future = run.call_async(fn)
    except Exception as exc:
        return None, why_not(exc)
    answer: Answer[T] = Answer(receiver, done)
    future.add_done_callback(lambda f: _home(hop, answer, f))  # (in the relay thread, or here)
    return answer, ""


def _home(hop: _Hop, answer: Answer, future: Future) -> None:
    if shiboken6.isValid(hop):  # (else the app has gone: nobody is left to tell)
        hop.arrived.emit((answer, future))
