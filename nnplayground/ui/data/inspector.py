"""The point inspector: resting the mouse on a drawn point shows, in a tooltip, what the network on screen makes of
it (its features, each hidden layer's activations, the output, the target and its loss).

The numbers are `core.point_report`'s, on the network of the snapshot the canvas shows (the newest, or the epoch
the timeline previews), so they follow training while the tooltip is up (ten times a second at most) and a rewind.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from nnplayground.core.network import Network
from nnplayground.core.point_report import network_of, point_report
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.throttle import Throttled
from nnplayground.ui.data.marks import PICK_PIXELS
from nnplayground.ui.data.point_tip import plain_point_html, report_html

DWELL_MS = 350  # the mouse rests on a point this long before its tooltip shows: passing over points shows nothing
FOLLOW_INTERVAL = 0.1  # seconds: how often an open tooltip follows a playing run
OFFSET = QPoint(14, 14)  # the tooltip's corner from the point, so it never covers the point itself


class Inspected(Protocol):
    """What the inspector reads of the canvas."""

    hovered: SignalInstance
    hover_left: SignalInstance

    @property
    def points(self) -> PointSet: ...

    @property
    def test_mask(self) -> np.ndarray: ...

    @property
    def snapshot(self) -> Snapshot | None: ...

    def point_at(self, x: float, y: float) -> int | None: ...

    def data_to_widget(self, x: float, y: float) -> QPoint: ...

    def viewport(self) -> QWidget: ...


class PointInspector(QObject):
    def __init__(self, canvas: Inspected) -> None:
        super().__init__(canvas)  # type: ignore[arg-type]
        self.canvas = canvas
        self._index: int | None = None  # the point under the mouse
        self._text = ""  # the tooltip's text while it is up
        self._net: tuple[Snapshot, Network] | None = None
        self._dwell = QTimer(self, singleShot=True, interval=DWELL_MS)
        self._dwell.timeout.connect(self.show)
        self._follow = Throttled(self.show, FOLLOW_INTERVAL, self)
        canvas.hovered.connect(self._hover)
        canvas.hover_left.connect(self.hide)

    @property
    def index(self) -> int | None:
        """The point the inspector is about (under the mouse), or None."""
        return self._index

    @property
    def text(self) -> str:
        """The tooltip's rich text while it shows, else ""."""
        return self._text

    def _hover(self, x: float, y: float) -> None:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a stroke paints or erases: no tooltip in its way
        i = self.canvas.point_at(x, y)
        if i is None:
            self.hide()
        elif i != self._index:
            self.hide()
            self._index = i
            self._dwell.start()

    def follow(self) -> None:
        """A new snapshot on the canvas: an open tooltip shows its numbers, soon."""
        if self._text:
            self._follow.call()

    def report_text(self, index: int) -> str:
        """The tooltip text for point `index` with the snapshot on the canvas now."""
        ps, snap = self.canvas.points, self.canvas.snapshot
        test = bool(self.canvas.test_mask[index])
        if snap is None or snap.sizes[0] != len(snap.features):
            return plain_point_html(index, tuple(ps.xy[index]), float(ps.target[index]), ps.regression)
        if self._net is None or self._net[0] is not snap:
            self._net = (snap, network_of(snap))
        return report_html(point_report(snap, self._net[1], ps, index, test))

    def show(self) -> None:
        i = self._index
        if i is None or i >= self.canvas.points.n:
            return
        self._text = self.report_text(i)
        cv = self.canvas
        x, y = cv.points.xy[i]
        centre = cv.data_to_widget(float(x), float(y))
        r = int(PICK_PIXELS) + 2
        # Qt hides the tooltip itself once the mouse leaves the point (the rectangle is the point's surroundings)
        QToolTip.showText(
            cv.viewport().mapToGlobal(centre + OFFSET),
            self._text,
            cv.viewport(),
            QRect(centre - QPoint(r, r), centre + QPoint(r, r)),
        )

    def hide(self) -> None:
        self._dwell.stop()
        self._follow.cancel()
        self._index = None
        if self._text:
            self._text = ""
            QToolTip.hideText()
