"""What the app remembers between runs: window geometry and layout, splitter sizes, view toggles, the last
experiment, and the Preferences menu that forgets them all again.

This lives apart from the session manager because it is about the window, not about a person's work: nothing here
is ever asked, saved to a session or autosaved. `AppSettings` owns the one QSettings object of a window; the
session manager keeps its recent-files list (and the autosave keeps the file each autosave came from) in the same
settings, so one "Reset Settings" forgets everything but what is needed to recover unsaved work. Bad or outdated
values are ignored when read back, never trusted.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter

from nnplayground.core.experiment import Experiment
from nnplayground.ui.common import i18n
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.tooltip import tooltip

APP_NAME = "nnplayground"
VIEW_ACTIONS = ("actionDiscretize", "actionShowTest", "actionLogLoss")


def default_settings() -> QSettings:
    """The app's settings file (an INI file in the user's config folder; QStandardPaths' test mode moves it)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return QSettings(os.path.join(folder, APP_NAME, "settings.ini"), QSettings.Format.IniFormat)


def last_experiment(settings: QSettings) -> Experiment | None:
    """The experiment the window had when it last closed, if it is still valid (a newer or broken entry: None)."""
    text = settings.value("experiment/last")
    try:
        return Experiment.from_dict(json.loads(str(text))) if text else None
    except (TypeError, ValueError, RecursionError):
        return None


class HasExperiment(Protocol):
    @property
    def experiment(self) -> Experiment: ...


class AppSettings:
    """A window's remembered layout and view options, kept in `settings` (`status` shows a line to the user)."""

    def __init__(
        self, window: QMainWindow, work: HasExperiment, settings: QSettings, status: Callable[[str], None]
    ) -> None:
        self.window, self.work = window, work
        self.settings = settings
        self._status = status
        self._extras: dict[str, tuple[Callable[[], object], Callable[[object], None]]] = {}

    def remember(self, key: str, read: Callable[[], object], write: Callable[[object], None]) -> None:
        """Keep `read()` under `key` when saving, hand it back to `write` when restoring (None after a reset: the
        default). `write` must refuse a bad value itself (the file may be old or edited)."""
        self._extras[key] = (read, write)

    def _splitters(self) -> list[tuple[str, QSplitter]]:
        found = self.window.findChildren(QSplitter)
        return [(s.objectName() or f"splitter{i}", s) for i, s in enumerate(found)]

    def _view_actions(self) -> list[QAction]:
        acts = [self.window.findChild(QAction, name) for name in VIEW_ACTIONS]
        return [a for a in acts if a is not None and a.isCheckable()]

    def save(self) -> None:
        """Window geometry and layout, splitter sizes, view toggles and the last experiment."""
        s, w = self.settings, self.window
        s.setValue("window/geometry", w.saveGeometry())
        s.setValue("window/state", w.saveState())
        for name, sp in self._splitters():
            s.setValue(f"splitters/{name}", [int(v) for v in sp.sizes()])
        for a in self._view_actions():
            s.setValue(f"view/{a.objectName()}", bool(a.isChecked()))
        s.setValue("experiment/last", json.dumps(self.work.experiment.to_dict()))
        for key, (read, _) in self._extras.items():
            s.setValue(key, read())
        s.sync()

    def restore(self) -> None:
        """Put back what `save` kept (call once, after the window is built). Bad values are ignored."""
        s, w = self.settings, self.window
        geometry = s.value("window/geometry")
        if geometry is not None:
            w.restoreGeometry(geometry)
        state = s.value("window/state")
        if state is not None:
            w.restoreState(state)
        for name, sp in self._splitters():
            sizes = s.value(f"splitters/{name}")
            try:
                sizes = [int(v) for v in (sizes if isinstance(sizes, list) else [])]
            except (TypeError, ValueError):
                continue
            if len(sizes) == sp.count() and all(v >= 0 for v in sizes):
                sp.setSizes(sizes)
        for a in self._view_actions():
            value = s.value(f"view/{a.objectName()}")
            if value is not None:
                a.setChecked(str(value).lower() in ("true", "1"))
        for key, (_, write) in self._extras.items():
            value = s.value(key)
            if value is not None:
                write(value)

    def last_experiment(self) -> Experiment | None:
        """The experiment of the last session closed, if it is still valid."""
        return last_experiment(self.settings)

    def reset(self) -> None:
        """Preferences > Reset Settings: forget everything remembered and switch the view toggles off."""
        for key in self.settings.allKeys():
            if not key.startswith("autosave/"):
                self.settings.remove(key)
        self.settings.sync()
        for a in self._view_actions():
            a.setChecked(False)
        for _, write in self._extras.values():
            write(None)
        self._status(
            translate(
                "ui.session.app_settings",
                "Settings reset: layout, recent files and view options are back to their defaults.",
            )
        )

    def preferences_menu(self) -> QMenu:
        menu = QMenu(translate("ui.session.app_settings", "&Preferences"), self.window)
        menu.setObjectName("menuPreferences")
        a = menu.addAction(translate("ui.session.app_settings", "&Reset Settings"))
        a.setObjectName("actionResetSettings")
        forget = translate(
            "ui.session.app_settings", "Forget the window layout, recent files, view options and last experiment"
        )
        a.setToolTip(tooltip(forget))
        a.triggered.connect(self.reset)
        menu.addMenu(self._language_menu(menu))
        return menu

    def _language_menu(self, parent: QMenu) -> QMenu:
        """Preferences > Language: kept in the settings, spoken from the next start (the texts are built once)."""
        menu = QMenu(translate("ui.session.app_settings", "&Language"), parent)
        menu.setObjectName("menuLanguage")
        menu.setToolTip(tooltip(translate("ui.session.app_settings", "The window's language, from the next start")))
        group = QActionGroup(menu)
        kept = i18n.normalise(str(self.settings.value(i18n.SETTINGS_KEY) or "")) or i18n.current()
        for code, name in i18n.LANGUAGES.items():
            a = menu.addAction(name)  # each language in itself: a reader of it finds it
            a.setObjectName(f"actionLanguage_{code}")
            a.setCheckable(True)
            a.setChecked(code == kept)
            group.addAction(a)
            a.triggered.connect(lambda _=False, code=code: self._choose_language(code))
        return menu

    def _choose_language(self, code: str) -> None:
        self.settings.setValue(i18n.SETTINGS_KEY, code)
        self.settings.sync()
        if code == i18n.current():
            return
        self._status(
            translate("ui.session.app_settings", "The window speaks {language} from the next start of nnplayground.")
            .format(language=i18n.LANGUAGES[code])
        )
