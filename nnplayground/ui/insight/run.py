"""What the insight views need of the run, and the one way they ask the training process for a picture."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QApplication

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
    def is_playing(self) -> bool: ...

    def pause(self) -> None: ...

    def call(self, fn: Callable[[Trainer], T], timeout: float) -> T: ...


class WorkRun:
    """The workbench as a `Run`: its signals and state, and its controller's `call` (pictures of the run, not
    edits: nothing here changes the work)."""

    def __init__(self, work: Workbench) -> None:
        self._work = work
        self.snapshot = work.snapshot

    @property
    def latest(self) -> Snapshot | None:
        return self._work.latest

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


def ask(run: Run, fn: Callable[[Trainer], T], timeout: float = TIMEOUT, busy: bool = True) -> tuple[T | None, str]:
    """`fn(trainer)` computed in the training process: (its result, "") or (None, a sentence saying why not).
    `busy` shows the wait cursor meanwhile (for a picture asked for, not for one that follows the run)."""
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return run.call(fn, timeout), ""
    except ValueError as exc:  # the core's own words for a picture that cannot be made
        return None, error_text(exc)
    except TimeoutError:
        return None, translate("ui.insight.run", "The training process did not answer in time; try again.")
    except RuntimeError as exc:  # the run has ended
        return None, translate("ui.insight.run", "Could not compute it: {reason}.").format(reason=error_text(exc))
    except Exception as exc:  # a bug: say so rather than break the window
        reason = f"{type(exc).__name__}: {exc}"
        return None, translate("ui.insight.run", "Could not compute it: {reason}").format(reason=reason)
    finally:
        if busy:
            QApplication.restoreOverrideCursor()
