"""The runs in a main window, wired in one call: the run book, "Duplicate Run" (`actionDuplicateRun`) and "Sweep"
(`actionSweep`) in the Train menu, the run list (`runsList`) in a dock, the loss chart's overlay of every visible run,
and the session manager keeping every run in a saved or opened file."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QMenu, QScrollArea, QVBoxLayout, QWidget

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.output.loss_chart import LossChart
from nnplayground.ui.runs.book import RunBook
from nnplayground.ui.runs.run_list import RunList
from nnplayground.ui.runs.strip import RunStrip
from nnplayground.ui.runs.sweep_dialog import SweepDialog
from nnplayground.ui.session.manager import SessionManager
from nnplayground.ui.window import actions
from nnplayground.ui.workbench import Workbench


class Host(Protocol):
    """What the runs need of the main window (a QMainWindow with these)."""

    work: Workbench
    files: SessionManager
    loss_chart: LossChart
    actions_by_name: dict[str, QAction]


DOCK_WIDTH = 240  # pixels: names and four buttons, leaving the three columns their room


def specs() -> tuple[actions.ActionSpec, ...]:
    """The runs' actions (a function: the texts are read, in the window's language, when the window is made)."""
    return (
        actions.ActionSpec(
            "actionDuplicateRun",
            translate("ui.runs.wiring", "&Duplicate Run"),
            "Ctrl+Shift+D",
            translate(
                "ui.runs.wiring",
                "A new run with the current settings and data, from fresh weights: change it and compare the two",
            ),
        ),
        actions.ActionSpec(
            "actionSweep",
            translate("ui.runs.wiring", "S&weep..."),
            "Ctrl+Shift+W",
            translate(
                "ui.runs.wiring",
                "Train one run per value of a setting (learning rate, width, ...) side by side and compare them",
            ),
        ),
    )


class WindowRuns(QObject):
    """What `install` made, for the window and tests: the book, the list, the dock, the actions, the dialog."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        host: Host = window  # type: ignore[assignment]
        self.window = window
        self.book = RunBook(host.work, self)
        self.chart = host.loss_chart
        made = actions.make_actions(window, specs())
        host.actions_by_name.update(made)
        self.duplicate_action, self.sweep_action = made["actionDuplicateRun"], made["actionSweep"]
        self.duplicate_action.triggered.connect(self.duplicate)
        self.sweep_action.triggered.connect(self.show_sweep)
        self.list = RunList(self.book, self.duplicate_action)
        self.strip = RunStrip(self.book)
        self.dock = QDockWidget(translate("ui.runs.wiring", "Runs"), window)
        self.dock.setObjectName("runsDock")
        self.dock.setWidget(_column(self.list, self.strip))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.setMaximumWidth(DOCK_WIDTH)
        self.dock.hide()  # one run needs no list: it appears with the second (Train > Run List shows it any time)
        self._shown_once = False
        self._menu(made)
        self.dialog: SweepDialog | None = None
        self.book.changed.connect(self._show_overlays)
        host.files.keeper = self.book  # Save keeps every run; Open brings them back
        window.installEventFilter(self)  # a sweep under way ends with the window
        self._show_overlays()

    def _menu(self, made: dict[str, QAction]) -> None:
        """At the end of the Train menu (a menu of its own where the window has none)."""
        bar = self.window.menuBar()
        train = next((a.menu() for a in bar.actions() if _is_train_menu(a)), None)
        menu = train if isinstance(train, QMenu) else bar.addMenu(translate("ui.runs.wiring", "&Runs"))
        menu.addSeparator()
        menu.addAction(made["actionDuplicateRun"])
        menu.addAction(made["actionSweep"])
        toggle = self.dock.toggleViewAction()
        toggle.setText(translate("ui.runs.wiring", "Run &List"))
        toggle.setObjectName("actionShowRuns")
        menu.addAction(toggle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The window hidden by a close (accepted) ends a sweep: its dialog is hidden with it, not closed. (A
        # minimised window's hide comes from the window system, "spontaneous": the sweep goes on.)
        hidden = event.type() == QEvent.Type.Hide and not event.spontaneous()
        if watched is self.window and hidden and self.dialog is not None:
            self.dialog.end_sweep()
        return False

    def duplicate(self) -> bool:
        return self.book.duplicate()

    def show_sweep(self) -> SweepDialog:
        if self.dialog is None:
            self.dialog = SweepDialog(self.book, self.window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _show_overlays(self) -> None:
        if len(self.book.runs) > 1 and not self._shown_once:
            self._shown_once = True
            self.dock.show()
        overlays, current = self.book.overlays()
        self.chart.set_runs(overlays, current)


def _is_train_menu(a: QAction) -> bool:
    """The menu bar's Train menu: the one with Play in it (its title is in the window's language)."""
    menu = a.menu()
    return isinstance(menu, QMenu) and any(x.objectName() == "actionPlay" for x in menu.actions())


def _column(*widgets: QWidget) -> QWidget:
    """The dock's content: the run list over the strip of boundaries, the strip scrolled when runs are many."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widgets[-1])
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    for w in widgets[:-1]:
        box.addWidget(w, 1)
    box.addWidget(scroll, 1)
    return holder


def install(window: QMainWindow) -> WindowRuns:
    return WindowRuns(window)
