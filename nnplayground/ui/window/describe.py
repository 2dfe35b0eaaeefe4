"""The window's pictures described for a screen reader, following the picture on screen (a rewound epoch too).

The canvas, the diagram and the loss chart each carry an accessible description of what they show now; while a run
plays the sentences are renewed at most every `DESCRIBE_INTERVAL` seconds (Qt tells the reader each change).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.ui.common.accessibility import (
    DESCRIBE_INTERVAL,
    canvas_description,
    diagram_description,
    loss_description,
)
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.throttle import Throttled
from nnplayground.ui.data.canvas import DataCanvas
from nnplayground.ui.network.view import NetworkView
from nnplayground.ui.output.loss_chart import LossChart


class Describer(QObject):
    """Keeps the pictures' names and descriptions current."""

    def __init__(self, window: QObject, canvas: DataCanvas, chart: LossChart, diagram: NetworkView) -> None:
        super().__init__(window)
        self._canvas, self._chart, self._diagram = canvas, chart, diagram
        canvas.setAccessibleName(translate("ui.window.describe", "Data and decision boundary"))
        chart.setAccessibleName(translate("ui.window.describe", "Loss chart"))
        diagram.view.setAccessibleName(translate("ui.window.describe", "Network diagram"))
        self._later = Throttled(self._describe, DESCRIBE_INTERVAL, self)

    def show(self, snap: Snapshot) -> None:
        """The snapshot now on screen; described at once unless a run is playing."""
        self._later.call(snap)
        if snap.reason != Reason.PLAY:
            self._later.flush()

    def _describe(self, snap: Snapshot) -> None:
        cv = self._canvas
        test = cv.test_mask
        cv.setAccessibleDescription(canvas_description(snap, cv.points.n, int(test.sum()), cv.show_test))
        self._chart.setAccessibleDescription(loss_description(snap, self._chart.log_mode))
        self._diagram.keys.set_summary(diagram_description(snap))  # after what the keyboard's ring is on
