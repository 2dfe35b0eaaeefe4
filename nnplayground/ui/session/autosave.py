"""The safety net under the File menu: autosave, recovery of autosaved work, the lock files and the crash hook.

While there are unsaved changes the run is written every minute to an autosave file, one per running instance:
slot n is `autosave-n.nnp` (slot 0 plain `autosave.nnp`) in the data folder, claimed with a QLockFile the
instance holds until it closes. The next start offers to recover any autosave whose owner is gone - also after
a crash, because a `sys.excepthook` writes the autosave before the error is reported.

This is apart from the session manager because none of it is a File action a person takes: it runs behind their
back and only ever speaks up at start (the recovery question). `Autosaver` is owned by the `SessionManager`,
which delegates its `autosave`, `autosave_path`, `discard_autosave`, `recoverable` and `check_recovery` here;
in turn this reads the manager's state (`dirty`, `path`, `settings`, its work's session) and asks and shows
through the manager's methods (`ask_recover`, `show_error`), so tests replace those in one place.
"""

from __future__ import annotations

import os
import sys
import time
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLockFile, QSettings, QStandardPaths, QTimer

from nnplayground.core.runs_file import load_runs, save_runs
from nnplayground.core.session import Session, SessionError, save_session
from nnplayground.ui.common.i18n import error_text, translate
from nnplayground.ui.session.app_settings import APP_NAME
from nnplayground.ui.session.keeper import RunsKeeper

if TYPE_CHECKING:
    from nnplayground.ui.workbench import Work

MAX_SLOTS = 16  # autosave files, one per instance running at the same time
AUTOSAVE_MS = 60_000


def default_data_dir() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return os.path.join(folder, APP_NAME)


class Files(Protocol):
    """What autosave needs of the session manager (whose questions and messages it uses, so tests replace those
    in one place)."""

    work: Work
    settings: QSettings
    keeper: RunsKeeper | None  # the window's runs, kept in the autosave too

    @property
    def dirty(self) -> bool: ...

    @property
    def path(self) -> str | None: ...

    def status(self, text: str) -> None: ...

    def replace(self, session: Session, path: str | None) -> None: ...

    def mark_dirty(self) -> None: ...

    def ask_recover(self, when: str) -> bool: ...

    def show_error(self, title: str, text: str) -> None: ...


class Autosaver:
    """Autosave and recovery for one session manager (`files`), in the folder `data_dir`."""

    def __init__(self, files: Files, data_dir: str, autosave_ms: int = AUTOSAVE_MS, crash_hook: bool = True) -> None:
        self.files = files
        self.data_dir = data_dir
        self.due = False  # changed since the last autosave
        self._warned = False
        self._lock: QLockFile | None = None
        self._slot: int | None = None  # claimed on the first autosave or recovery check, not before
        self._slot_tried = False
        self._timer = QTimer(files)
        self._timer.setInterval(int(autosave_ms))
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._hook: Callable[..., None] | None = None
        if crash_hook:
            self._install_crash_hook()

    # ---- slots and lock files ---------------------------------------------------------------------------------
    def _slot_file(self, n: int, ext: str) -> str:
        return os.path.join(self.data_dir, f"autosave{'' if n == 0 else f'-{n}'}.{ext}")

    def _claim_slot(self) -> int | None:
        """The first autosave slot no running instance holds (a crashed one's lock is stale and free)."""
        try:
            os.makedirs(self.data_dir, exist_ok=True)
        except OSError:
            return None
        for n in range(MAX_SLOTS):
            lock = QLockFile(self._slot_file(n, "lock"))
            lock.setStaleLockTime(0)  # only a dead owner frees a slot, never the lock's age
            if lock.tryLock(0):
                self._lock = lock
                return n
        return None

    def _ensure_slot(self) -> int | None:
        if not self._slot_tried:
            self._slot_tried = True
            self._slot = self._claim_slot()
        return self._slot

    @property
    def path(self) -> str | None:
        """This instance's autosave file (claiming a slot on first use), or None if none can be had."""
        slot = self._ensure_slot()
        return None if slot is None else self._slot_file(slot, "nnp")

    # ---- autosave ---------------------------------------------------------------------------------------------
    def tick(self) -> None:
        """The timer's minute: autosave if there are changes since the last one."""
        if self.files.dirty and self.due:
            self.autosave()

    def autosave(self, timeout: float = 5.0) -> bool:
        """Write the current work to this instance's autosave file now (quietly: a problem goes to the status
        bar once, never to a dialog that would interrupt every minute)."""
        path = self.path
        if path is None:
            return False
        files = self.files
        session, _ = files.work.session(timeout)
        try:
            if files.keeper is not None:  # every run of the session
                save_runs(path, files.keeper.to_save(session))
            else:
                save_session(path, session)
        except SessionError as e:
            if not self._warned:
                self._warned = True
                files.status(translate("ui.session.autosave", "Autosave failed: {error}").format(error=error_text(e)))
            return False
        files.settings.setValue(f"autosave/source{self._slot}", files.path or "")
        self.due = False
        return True

    def discard(self) -> None:
        path = None if self._slot is None else self._slot_file(self._slot, "nnp")
        if path and os.path.exists(path):
            try:
                os.remove(path)
            except OSError:
                pass

    # ---- recovery ---------------------------------------------------------------------------------------------
    def recoverable(self) -> list[tuple[int, str]]:
        """Autosave files left by instances that are not running any more: (slot, path), ours first."""
        found: list[tuple[int, str]] = []
        self._ensure_slot()
        for n in range(MAX_SLOTS):
            path = self._slot_file(n, "nnp")
            if not os.path.isfile(path):
                continue
            if n != self._slot:
                lock = QLockFile(self._slot_file(n, "lock"))
                lock.setStaleLockTime(0)
                if not lock.tryLock(0):
                    continue  # a running instance's own autosave
                lock.unlock()
            found.append((n, path))
        found.sort(key=lambda item: item[0] != self._slot)
        return found

    def check_recovery(self) -> bool:
        """At start: offer to recover work autosaved by an instance that did not close properly."""
        files = self.files
        for n, path in self.recoverable():
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(os.path.getmtime(path)))
            if not files.ask_recover(when):
                _set_aside(path)  # kept once more as autosave-discarded.nnp, in case "No" was a slip
                continue
            try:
                runs = load_runs(path)
            except SessionError as e:
                _set_aside(path)
                files.show_error(
                    translate("ui.session.autosave", "Recover session"),
                    translate("ui.session.autosave", "The autosaved work could not be read:\n\n{error}").format(
                        error=error_text(e)
                    ),
                )
                continue
            source = str(files.settings.value(f"autosave/source{n}", "") or "")
            files.replace(runs.current_run.session, source or None)
            if files.keeper is not None:
                files.keeper.opened(runs)
            files.mark_dirty()  # recovered work is not saved anywhere yet
            if n != self._slot:
                os.remove(path)
            self.autosave()
            files.status(translate("ui.session.autosave", "Recovered the autosaved work. Save it to keep it."))
            return True
        return False

    # ---- crash path -------------------------------------------------------------------------------------------
    def _install_crash_hook(self) -> None:
        previous = sys.excepthook
        me = weakref.ref(self)

        def hook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
            saver = me()
            if saver is not None and saver._hook is hook and saver.files.dirty:
                try:
                    saver.autosave(timeout=1.0)
                except BaseException:  # noqa: BLE001  (the original error must still be reported)
                    pass
            previous(etype, value, tb)

        hook.previous = previous  # type: ignore[attr-defined]
        self._hook = hook
        sys.excepthook = hook

    def teardown(self) -> None:
        """Stop the timer, unhook and free the autosave slot (the window is closing or gone)."""
        hook, self._hook = self._hook, None
        if hook is not None and sys.excepthook is hook:
            sys.excepthook = hook.previous
        try:
            self._timer.stop()
        except RuntimeError:  # already deleted with the window
            pass
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _set_aside(path: str) -> None:
    try:
        os.replace(path, os.path.join(os.path.dirname(path), "autosave-discarded.nnp"))
    except OSError:
        pass
