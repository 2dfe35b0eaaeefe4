"""File > Open Recent: the ten sessions opened or saved last, newest first, kept in the app's settings."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.tooltip import tooltip

MAX_RECENT = 10
KEY = "recent/files"


class RecentFiles:
    """The list in `settings`, and its menu (`open_file(path)` opens an entry)."""

    def __init__(self, settings: Callable[[], QSettings], open_file: Callable[[str], object]) -> None:
        self._settings, self._open = settings, open_file  # (the settings object may be swapped, e.g. by a test)
        self._menu: QMenu | None = None

    def files(self) -> list[str]:
        value = self._settings().value(KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add(self, path: str | None) -> None:
        if not path:
            return
        files = [path] + [f for f in self.files() if os.path.abspath(f) != os.path.abspath(path)]
        self._settings().setValue(KEY, files[:MAX_RECENT])

    def prune(self) -> None:
        """Drop the files that are gone."""
        self._settings().setValue(KEY, [f for f in self.files() if os.path.isfile(f)])

    def clear(self) -> None:
        self._settings().remove(KEY)

    def menu(self, parent: QWidget) -> QMenu:
        """File > Open Recent, rebuilt each time it opens (files that are gone are dropped)."""
        if self._menu is None:
            self._menu = QMenu(translate("ui.session.recent", "Open &Recent"), parent)
            self._menu.setObjectName("menuRecent")
            self._menu.aboutToShow.connect(self._fill)
            self._fill()
        return self._menu

    def _fill(self) -> None:
        menu = self._menu
        assert menu is not None
        menu.clear()
        self.prune()
        files = self.files()
        for i, f in enumerate(files):
            a = menu.addAction(f"&{i + 1 if i < 9 else 0}  {os.path.basename(f)}")
            a.setToolTip(tooltip(f))
            a.setData(f)
            a.triggered.connect(lambda _=False, f=f: self._open(f))
        if not files:
            menu.addAction(translate("ui.session.recent", "No recent sessions")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(translate("ui.session.recent", "&Clear Menu")).triggered.connect(self.clear)
