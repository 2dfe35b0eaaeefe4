"""The File menu's brain: New, Open, Open Recent, Save, Save As, exports and unsaved changes.

The workbench owns the experiment, the points and the run; this object reads the run from it to save, and hands
an opened session to it (`Work.replace`: one apply, one rebuild). Nothing a person made is lost: the title shows a
`*` while there are unsaved changes, and closing or opening over them asks first.

Three neighbours hold the rest, each its own idea: `autosave.Autosaver` (autosave, crash recovery, lock files),
`app_settings.AppSettings` (the window's remembered layout and view options) and `recent.RecentFiles`.

Every question and every dialog goes through one small method (`ask_save_changes`, `ask_recover`,
`ask_open_path`, `ask_save_path`, `show_error`), so tests replace them. A window that nobody can see (Qt's
"offscreen" platform) is never asked anything: `interactive` is False there and the questions take their
safe defaults instead of blocking forever.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from nnplayground.core.experiment import Experiment
from nnplayground.core.files import remove_stale_temporaries
from nnplayground.core.points import PointSet
from nnplayground.core.runs_file import load_runs, save_runs
from nnplayground.core.session import Session, SessionError, save_session
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.ui.common.i18n import error_text, translate, translated
from nnplayground.ui.session.app_settings import APP_NAME, AppSettings, default_settings
from nnplayground.ui.session.autosave import AUTOSAVE_MS, Autosaver, default_data_dir
from nnplayground.ui.session.export import ExportActions
from nnplayground.ui.session.keeper import RunsKeeper
from nnplayground.ui.session.recent import RecentFiles
from nnplayground.ui.workbench import Work

SESSION_FILTER = QT_TRANSLATE_NOOP("ui.session.manager", "nnplayground sessions (*.nnp);;All files (*)")
SILENT_REASONS = (Reason.START, Reason.SESSION, Reason.VIEW, Reason.PREVIEW)  # snapshots that are not progress


class SessionManager(QObject):
    """The File commands of one window (`host`: the dialogs' parent and the title) over one `work`."""

    def __init__(
        self,
        work: Work,
        host: QWidget,
        canvas: QWidget,
        loss_chart: QWidget,
        settings: QSettings | None = None,
        data_dir: str | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        crash_hook: bool = True,
        say: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(host)
        self.work, self.host = work, host
        self._say = say or getattr(host, "show_message", lambda _text: None)
        settings = settings if settings is not None else default_settings()
        self.app_settings = AppSettings(host, work, settings, self.status)
        self.recent = RecentFiles(lambda: self.settings, self.open)
        self.interactive: bool = QGuiApplication.platformName() != "offscreen"
        self._path: str | None = None
        self._dirty = False
        self._clean_epoch = 0
        self.keeper: RunsKeeper | None = None  # set by the window's runs: files keep every run
        self.exports = ExportActions(work, host, canvas, loss_chart, self.ask_save_path, self.show_error, self.status)
        self.autosaver = Autosaver(self, data_dir or default_data_dir(), autosave_ms, crash_hook)
        work.edited.connect(self.mark_dirty)
        work.snapshot.connect(self._on_snapshot)
        # The host may also show the undo stack's clean state; the title is ours: re-assert it afterwards.
        work.undo_stack.cleanChanged.connect(lambda _clean: QTimer.singleShot(0, self, self._update_title))
        host.destroyed.connect(self.teardown)
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

    def mark_dirty(self, *_: object) -> None:
        self.autosaver.due = True
        if not self._dirty:
            self._dirty = True
            self._update_title()

    def _mark_clean(self, path: str | None, epoch: int) -> None:
        self._path, self._clean_epoch = path, int(epoch)
        self.autosaver.due = False
        self._dirty = False
        self.work.undo_stack.setClean()
        self._update_title()

    def display_name(self) -> str:
        return os.path.basename(self._path) if self._path else translate("ui.session.manager", "Untitled")

    def _update_title(self) -> None:
        self.host.setWindowTitle(f"{self.display_name()}[*] \N{EM DASH} {APP_NAME}")
        self.host.setWindowModified(self._dirty)

    def _on_snapshot(self, snap: Snapshot) -> None:
        # Training is work too: a run trained past what was saved is an unsaved change.
        if snap.reason not in SILENT_REASONS and snap.epoch != self._clean_epoch:
            self.mark_dirty()

    # ---- questions (tests replace these) ----------------------------------------------------------------------
    def ask_save_changes(self) -> str:
        """ "save", "discard" or "cancel"."""
        if not self.interactive:
            return "discard"
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            translate("ui.session.manager", "Save the changes to {name}?").format(name=self.display_name()),
            buttons.Save | buttons.Discard | buttons.Cancel,
            self.host,
        )
        box.setObjectName("saveChangesBox")
        lost = translate(
            "ui.session.manager", "Your changes (points, settings and training) will be lost if you don't save them."
        )
        box.setInformativeText(lost)
        box.setDefaultButton(buttons.Save)
        answer = buttons(box.exec())
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def ask_recover(self, when: str) -> bool:
        if not self.interactive:
            return False
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        question = translate(
            "ui.session.manager", "nnplayground did not close properly. Recover the work autosaved {when}?"
        ).format(when=when)
        return QMessageBox.question(self.host, APP_NAME, question, yes | no, yes) == yes

    def ask_open_path(self) -> str | None:
        if not self.interactive:
            return None
        path, _ = QFileDialog.getOpenFileName(
            self.host, translate("ui.session.manager", "Open session"), self._folder(), self._sessions()
        )
        return path or None

    def ask_save_path(self, caption: str, suggested: str, filters: str) -> str | None:
        if not self.interactive:
            return None
        path, _ = QFileDialog.getSaveFileName(self.host, caption, os.path.join(self._folder(), suggested), filters)
        return path or None

    def show_error(self, title: str, text: str) -> None:
        if self.interactive:
            QMessageBox.warning(self.host, title, text)
        else:
            self.status(text)

    def status(self, text: str) -> None:
        """A line in the host's status bar."""
        self._say(text)

    @staticmethod
    def _sessions() -> str:  # the file dialogs' filter
        return translate("ui.session.manager", SESSION_FILTER)

    def _folder(self) -> str:
        recent = self.recent.files()
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
        self.replace(Session(exp, PointSet.of(d)), None)
        self.autosaver.discard()
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
            runs = load_runs(path)
            session = runs.current_run.session
            self.replace(session, os.path.abspath(path))
            if self.keeper is not None:
                self.keeper.opened(runs)
        except SessionError as e:
            could_not = translate("ui.session.manager", "Could not open {name}:\n\n{error}")
            text = could_not.format(name=os.path.basename(path), error=error_text(e))
            self.show_error(translate("ui.session.manager", "Open session"), text)
            self.recent.prune()
            return False
        self.recent.add(self._path)
        self.autosaver.discard()
        remove_stale_temporaries(path)  # left beside it by a save that was killed half-way
        opened = translate("ui.session.manager", "Opened {path} at epoch {epoch}.")
        self.status(opened.format(path=self._path, epoch=f"{session.epoch:,}"))
        return True

    def replace(self, session: Session, path: str | None) -> None:
        """The work becomes this session (one apply, one rebuild), saved as `path` (None: not saved anywhere)."""
        self.work.replace(session)
        self._mark_clean(path, session.epoch)

    def save(self) -> bool:
        if not self._path:
            return self.save_as()
        return self._save_to(self._path)

    def save_as(self, path: str | None = None) -> bool:
        if path is None:
            stem = os.path.splitext(self.display_name())[0] if self._path else "session"
            path = self.ask_save_path(translate("ui.session.manager", "Save session"), stem + ".nnp", self._sessions())
            if not path:
                return False
        if not os.path.splitext(path)[1]:
            path += ".nnp"
        return self._save_to(os.path.abspath(path))

    def _save_to(self, path: str) -> bool:
        session, note = self.work.session()
        try:
            if self.keeper is not None:
                save_runs(path, self.keeper.to_save(session))
            else:
                save_session(path, session)
        except SessionError as e:
            could_not = translate("ui.session.manager", "Could not save {name}:\n\n{error}")
            text = could_not.format(name=os.path.basename(path), error=error_text(e))
            self.show_error(translate("ui.session.manager", "Save session"), text)
            return False
        self._mark_clean(path, session.epoch)
        self.recent.add(path)
        self.autosaver.discard()
        if note:
            saved = translate("ui.session.manager", "Saved {path}. {note}")
            self.status(saved.format(path=path, note=translated(note)))
        else:
            self.status(translate("ui.session.manager", "Saved {path}.").format(path=path))
        return True

    def confirm_close(self) -> bool:
        """Called when the window closes: False keeps it open."""
        if not self.maybe_save():
            return False
        self.app_settings.save()
        self.autosaver.discard()
        self.teardown()
        return True

    # ---- the menus the window shows ---------------------------------------------------------------------------
    def export_image(self, path: str | None = None) -> bool:
        """The canvas (points and boundary) as PNG or SVG, by the extension."""
        return self.exports.boundary(path)

    def export_menu(self) -> QMenu:
        """File > Export: every picture and data export."""
        return self.exports.menu()

    def recent_menu(self) -> QMenu:
        return self.recent.menu(self.host)

    def preferences_menu(self) -> QMenu:
        return self.app_settings.preferences_menu()

    # ---- what the app does at start and at the end ------------------------------------------------------------
    def restore_settings(self) -> None:
        """Put back the layout, splitters and view toggles of last time (once, after the window is built)."""
        self.app_settings.restore()

    def check_recovery(self) -> bool:
        """At start: offer to recover work autosaved by an instance that did not close properly."""
        return self.autosaver.check_recovery()

    def teardown(self, *_: object) -> None:
        """Stop the autosave timer, unhook and free the autosave slot (the window is closing or gone)."""
        self.autosaver.teardown()
