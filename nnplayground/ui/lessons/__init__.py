"""Help > Lessons (`actionLessons`, Ctrl+L): guided lessons in a dock beside the playground, made when first
opened. One call wires it into a main window: `lessons.install(window)`. The lessons themselves are data files
(`resources/lessons/`, read by `core/lessons.py`); the panel is `panel.py`."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QMenu, QScrollArea

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.lessons.panel import LessonsPanel
from nnplayground.ui.session.app_settings import default_settings
from nnplayground.ui.window.actions import describe

DOCK_WIDTH = 320  # pixels: room for a paragraph of text, leaving the playground its columns


class WindowLessons(QObject):
    """The action, and the dock with its panel once opened (`panel` is None before)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock: QDockWidget | None = None
        self.panel: LessonsPanel | None = None
        self.action = QAction(translate("ui.lessons", "&Lessons"), window)
        self.action.setObjectName("actionLessons")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        describe(self.action, translate("ui.lessons", "Guided lessons: how a neural network works, step by step"))
        self.action.toggled.connect(self.show_lessons)
        window.addAction(self.action)
        by_name = getattr(window, "actions_by_name", None)
        if isinstance(by_name, dict):
            by_name["actionLessons"] = self.action
        self._help_menu().addAction(self.action)

    def _help_menu(self) -> QMenu:
        """The menu that holds Help (a menu of its own where the window has none)."""
        named = self.window.findChild(QMenu, "menuHelp")
        if named is not None:
            return named
        for a in self.window.menuBar().actions():
            menu = a.menu()
            if isinstance(menu, QMenu) and any(x.objectName() == "actionHelp" for x in menu.actions()):
                return menu
        return self.window.menuBar().addMenu(translate("ui.lessons", "&Help"))

    def show_lessons(self, on: bool = True) -> None:
        if on and self.dock is None:
            self._make()
        if self.dock is not None:
            self.dock.setVisible(on)
            if on:
                self.dock.raise_()

    def _make(self) -> None:
        work = self.window.work  # type: ignore[attr-defined]
        self.panel = LessonsPanel(work, default_settings())
        self.dock = QDockWidget(translate("ui.lessons", "Lessons"), self.window)
        self.dock.setObjectName("lessonsDock")
        scroll = QScrollArea(self.dock)  # a long step's text scrolls in a short window, never clipped
        scroll.setObjectName("lessonsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        self.dock.setWidget(scroll)
        self.dock.setMinimumWidth(DOCK_WIDTH // 2)
        self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.dock.visibilityChanged.connect(self._follow)
        work.snapshot.connect(self.panel.show_snapshot)
        latest = work.latest
        if latest is not None:
            self.panel.show_snapshot(latest)
        show = getattr(self.window, "show_message", None)
        if callable(show):
            self.panel.said.connect(show)

    def _follow(self, visible: bool) -> None:
        """The action's check follows the dock (closed with its own button, or tabbed away)."""
        if self.dock is not None and self.dock.isHidden() == self.action.isChecked():
            self.action.setChecked(not self.dock.isHidden())


def install(window: QMainWindow) -> WindowLessons:
    """Help > Lessons in `window` (a MainWindow: its `work`, menus and status line)."""
    return WindowLessons(window)
