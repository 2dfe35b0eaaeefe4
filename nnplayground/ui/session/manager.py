"""The File menu's brain: New, Open, Open Recent, Save, Save As, exports and unsaved changes.

The window stays the owner of the experiment and the points; this object only reads them (and the run, from the
training controller) to save, and hands a loaded session back through `window.apply_state` and
`controller.load_session`. Nothing a person made is lost: the title shows a `*` while there are unsaved changes,
and closing or opening over them asks first.

Two neighbours hold the rest, each its own idea: `autosave.Autosaver` (autosave, crash recovery, lock files) and
`app_settings.AppSettings` (the window's remembered layout and view options). The manager owns one of each and
keeps their methods as thin delegates here, so the window and the tests have one object to talk to.

Every question and every dialog goes through one small method (`ask_save_changes`, `ask_recover`,
`ask_open_path`, `ask_save_path`, `show_error`), so tests replace them. A window that nobody can see (Qt's
"offscreen" platform) is never asked anything: `interactive` is False there and the questions take their
safe defaults instead of blocking forever.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QObject, QSettings, QThread, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from nnplayground.core.experiment import Experiment
from nnplayground.core.files import remove_stale_temporaries
from nnplayground.core.points import PointSet
from nnplayground.core.session import Session, SessionError, load_session, save_session, session_from_trainer
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.session import export
from nnplayground.ui.session.app_settings import APP_NAME, AppSettings, default_settings
from nnplayground.ui.session.autosave import AUTOSAVE_MS, Autosaver, default_data_dir

SESSION_FILTER = "nnplayground sessions (*.nnp);;All files (*)"

MAX_RECENT = 10
SILENT_REASONS = ("start", "session", "view", "preview")  # snapshots that are not progress of the run


class SessionManager(QObject):

    def __init__(
        self,
        window: Any,
        settings: QSettings | None = None,
        data_dir: str | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        crash_hook: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.app_settings = AppSettings(
            window, settings if settings is not None else default_settings(), lambda text: self._status(text)
        )
        self.interactive: bool = QGuiApplication.platformName() != "offscreen"
        self._path: str | None = None
        self._dirty = False
        self._clean_epoch = 0
        self._expect_session = False  # ignore the run's snapshots until the loaded session's arrives
        self._recent_menu: QMenu | None = None
        self.exports = export.ExportActions(self)
        self.autosaver = Autosaver(self, data_dir or default_data_dir(), autosave_ms, crash_hook)
        window.changed.connect(self.mark_dirty)
        window.controller.snapshot.connect(self._on_snapshot)
        # The window may also show the undo stack's clean state; the title is ours: re-assert it afterwards.
        window.undo_stack.cleanChanged.connect(lambda _clean: QTimer.singleShot(0, self, self._update_title))
        window.destroyed.connect(self._teardown)
        self._update_title()

    # ---- state ------------------------------------------------------------------------------------------------
    @property
    def path(self) -> str | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def settings(self) -> QSettings:
        """Where recent files, layout and autosave sources are kept (assignable, e.g. to a test's own file)."""
        return self.app_settings.settings

    @settings.setter
    def settings(self, value: QSettings) -> None:
        self.app_settings.settings = value

    @property
    def data_dir(self) -> str:
        """The folder of the autosave files and their locks (assignable before the first autosave)."""
        return self.autosaver.data_dir

    @data_dir.setter
    def data_dir(self, value: str) -> None:
        self.autosaver.data_dir = value

    def mark_dirty(self, *_: Any) -> None:
        self.autosaver.due = True
        if not self._dirty:
            self._dirty = True
            self._update_title()

    def _mark_clean(self, path: str | None, epoch: int) -> None:
        self._path, self._clean_epoch = path, int(epoch)
        self.autosaver.due = False
        self._dirty = False
        self.window.undo_stack.setClean()
        self._update_title()

    def display_name(self) -> str:
        return os.path.basename(self._path) if self._path else "Untitled"

    def _update_title(self) -> None:
        self.window.setWindowTitle(f"{self.display_name()}[*] \N{EM DASH} {APP_NAME}")
        self.window.setWindowModified(self._dirty)

    def _on_snapshot(self, snap: Any) -> None:
        if self._expect_session:
            self._expect_session = snap.reason != "session"
            return
        # Training is work too: a run trained past what was saved is an unsaved change.
        if snap.reason not in SILENT_REASONS and snap.epoch != self._clean_epoch:
            self.mark_dirty()

    # ---- questions (tests replace these) ----------------------------------------------------------------------
    def ask_save_changes(self) -> str:
        """ "save", "discard" or "cancel"."""
        if not self.interactive:
            return "discard"
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            f"Save the changes to {self.display_name()}?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("saveChangesBox")
        box.setInformativeText("Your changes (points, settings and training) will be lost if you don't save them.")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel"
        )

    def ask_recover(self, when: str) -> bool:
        if not self.interactive:
            return False
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            f"nnplayground did not close properly. Recover the work autosaved {when}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_open_path(self) -> str | None:
        if not self.interactive:
            return None
        path, _ = QFileDialog.getOpenFileName(self.window, "Open session", self._folder(), SESSION_FILTER)
        return path or None

    def ask_save_path(self, caption: str, suggested: str, filters: str) -> str | None:
        if not self.interactive:
            return None
        path, _ = QFileDialog.getSaveFileName(self.window, caption, os.path.join(self._folder(), suggested), filters)
        return path or None

    def show_error(self, title: str, text: str) -> None:
        if self.interactive:
            QMessageBox.warning(self.window, title, text)
        else:
            self._status(text)

    def _status(self, text: str) -> None:
        show = getattr(self.window, "show_message", None)
        if show is not None:
            show(text)

    def _folder(self) -> str:
        recent = self.recent_files()
        return os.path.dirname(self._path or (recent[0] if recent else "")) or os.path.expanduser("~")

    # ---- File actions -----------------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to replace the current work (saved, discarded or not changed)."""
        if not self._dirty:
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        exp = Experiment()
        d = exp.data
        self._replace(Session(exp, PointSet.generate(d.name, d.n, d.noise, d.seed, d.classes)), None)
        self.discard_autosave()
        return True

    def open(self, path: str | None = None) -> bool:
        """Open a session (asking for a file when `path` is None). A bad file changes nothing and says why."""
        if not self.maybe_save():
            return False
        if path is None:
            path = self.ask_open_path()
            if not path:
                return False
        try:
            session = load_session(path)
            self._replace(session, os.path.abspath(path))
        except SessionError as e:
            self.show_error("Open session", f"Could not open {os.path.basename(path)}:\n\n{e}")
            self._prune_recent()
            return False
        self.add_recent(self._path)
        self.discard_autosave()
        remove_stale_temporaries(path)  # left beside it by a save that was killed half-way
        self._status(f"Opened {self._path} at epoch {session.epoch:,}.")
        return True

    def _replace(self, session: Session, path: str | None) -> None:
        """Show a session: the window takes its experiment and points, the controller its run."""
        w = self.window
        self._expect_session = True
        w.apply_state(session.experiment, session.points)
        w.undo_stack.clear()
        try:
            w.controller.load_session(session)
        except Exception:
            self._expect_session = False
            raise
        self._mark_clean(path, session.epoch)

    def save(self) -> bool:
        if not self._path:
            return self.save_as()
        return self._save_to(self._path)

    def save_as(self, path: str | None = None) -> bool:
        if path is None:
            stem = os.path.splitext(self.display_name())[0] if self._path else "session"
            path = self.ask_save_path("Save session", stem + ".nnp", SESSION_FILTER)
            if not path:
                return False
        if not os.path.splitext(path)[1]:
            path += ".nnp"
        return self._save_to(os.path.abspath(path))

    def _save_to(self, path: str) -> bool:
        session, note = self.current_session()
        try:
            save_session(path, session)
        except SessionError as e:
            self.show_error("Save session", f"Could not save {os.path.basename(path)}:\n\n{e}")
            return False
        self._mark_clean(path, session.epoch)
        self.add_recent(path)
        self.discard_autosave()
        self._status(f"Saved {path}." + (f" {note}" if note else ""))
        return True

    def current_session(self, timeout: float | None = None) -> tuple[Session, str]:
        """The run's full state from the training thread, or (if it cannot answer, or this is not the GUI thread)
        the experiment and points alone, with a note saying so."""
        w, c = self.window, self.window.controller
        try:
            if QThread.currentThread() is not self.thread():
                raise RuntimeError("the training thread is only asked from the GUI thread")
            if timeout is not None:
                return c.call(session_from_trainer, timeout), ""
            return c.export_session(), ""
        except Exception:
            return Session(w.experiment, w.points), "(The training thread did not answer: weights not saved.)"

    def confirm_close(self) -> bool:
        """Called when the window closes: False keeps it open."""
        if not self.maybe_save():
            return False
        self.save_settings()
        self.discard_autosave()
        self._teardown()
        return True

    # ---- exports (the dialogs live in export.ExportActions) ---------------------------------------------------
    def export_image(self, path: str | None = None) -> bool:
        """The canvas (points and boundary) as PNG or SVG, by the extension."""
        return self.exports.boundary(path)

    def export_menu(self) -> QMenu:
        """File > Export: every picture and data export."""
        return self.exports.menu()

    # ---- recent files -----------------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent/files", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent(self, path: str | None) -> None:
        if not path:
            return
        files = [path] + [f for f in self.recent_files() if os.path.abspath(f) != os.path.abspath(path)]
        self.settings.setValue("recent/files", files[:MAX_RECENT])

    def _prune_recent(self) -> None:
        self.settings.setValue("recent/files", [f for f in self.recent_files() if os.path.isfile(f)])

    def clear_recent(self) -> None:
        self.settings.remove("recent/files")

    def recent_menu(self) -> QMenu:
        """File > Open Recent, rebuilt each time it opens (files that are gone are dropped)."""
        if self._recent_menu is None:
            self._recent_menu = QMenu("Open &Recent", self.window)
            self._recent_menu.setObjectName("menuRecent")
            self._recent_menu.aboutToShow.connect(self._fill_recent)
            self._fill_recent()
        return self._recent_menu

    def _fill_recent(self) -> None:
        menu = self._recent_menu
        assert menu is not None
        menu.clear()
        self._prune_recent()
        files = self.recent_files()
        for i, f in enumerate(files):
            a = menu.addAction(f"&{i + 1 if i < 9 else 0}  {os.path.basename(f)}")
            a.setToolTip(tooltip(f))
            a.setData(f)
            a.triggered.connect(lambda _=False, f=f: self.open(f))
        if not files:
            menu.addAction("No recent sessions").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("&Clear Menu").triggered.connect(self.clear_recent)

    # ---- autosave and recovery (autosave.Autosaver) ------------------------------------------------------------
    @property
    def autosave_path(self) -> str | None:
        """This instance's autosave file (claiming a slot on first use), or None if none can be had."""
        return self.autosaver.path

    def autosave(self, timeout: float = 5.0) -> bool:
        """Write the current work to this instance's autosave file now (quietly, never with a dialog)."""
        return self.autosaver.autosave(timeout)

    def discard_autosave(self) -> None:
        self.autosaver.discard()

    def recoverable(self) -> list[tuple[int, str]]:
        """Autosave files left by instances that are not running any more: (slot, path), ours first."""
        return self.autosaver.recoverable()

    def check_recovery(self) -> bool:
        """At start: offer to recover work autosaved by an instance that did not close properly."""
        return self.autosaver.check_recovery()

    def _teardown(self, *_: Any) -> None:
        """Stop the autosave timer, unhook and free the autosave slot (the window is closing or gone)."""
        self.autosaver.teardown()

    # ---- settings (app_settings.AppSettings) ------------------------------------------------------------------
    def save_settings(self) -> None:
        """Window geometry and layout, splitter sizes, view toggles and the last experiment."""
        self.app_settings.save()

    def restore_settings(self) -> None:
        """Put back what `save_settings` kept (call once, after the window is built). Bad values are ignored."""
        self.app_settings.restore()

    def last_experiment(self) -> Experiment | None:
        """The experiment of the last session closed, if it is still valid."""
        return self.app_settings.last_experiment()

    def preferences_menu(self) -> QMenu:
        return self.app_settings.preferences_menu()
