"""The View menu's insight windows: made when first asked for, then shown and raised (never modal, so the run can
be watched and driven beside them)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from nnplayground.ui.insight.health_view import LayerHealthView
from nnplayground.ui.insight.landscape_view import LossLandscapeView
from nnplayground.ui.insight.run import Run, WorkRun
from nnplayground.ui.insight.space_view import TransformedSpaceView
from nnplayground.ui.window import actions
from nnplayground.ui.workbench import Workbench

# action name -> the view it opens (each takes the run and its parent window)
VIEWS: dict[str, Callable[[Run, QWidget], QDialog]] = {
    "actionLossLandscape": LossLandscapeView,
    "actionTransformedSpace": TransformedSpaceView,
    "actionLayerHealth": LayerHealthView,
}


class InsightViews(QObject):
    """Owns the insight windows of one main window and answers their View menu actions."""

    def __init__(self, work: Workbench, window: QWidget, acts: Mapping[str, QAction]) -> None:
        super().__init__(window)
        # the epoch on screen is the window's (its timeline may show an earlier one): the landscape slices there
        self._run = WorkRun(work, shown=lambda: getattr(window, "shown_snapshot", None))
        self._window = window
        self.views: dict[str, QDialog] = {}
        actions.connect(acts, {name: (lambda name=name: self.open(name)) for name in VIEWS})

    def open(self, name: str) -> QDialog:
        """The view of an action (made the first time), shown and raised."""
        view = self.views.get(name)
        if view is None:
            view = self.views[name] = VIEWS[name](self._run, self._window)
            room = self._window.screen().availableGeometry().size() * 0.92
            view.resize(view.size().boundedTo(room))  # a 1280 x 720 screen shows all of it
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def show_layer(self, layer: int) -> None:
        """Layer Space, showing hidden layer `layer` (a click on that layer's header in the diagram)."""
        view = self.open("actionTransformedSpace")
        assert isinstance(view, TransformedSpaceView)
        view.choose_layer(layer)
