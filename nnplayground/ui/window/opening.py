"""The opening picture: the data and the boundary the window opens with, on screen while the window is built.

Building the window takes most of a second (importing pyqtgraph alone takes 0.3 s). This picture needs only the
core and Qt's widgets, so the first boundary a person sees comes within half a second of the launch (issue 21).
It is no stand-in: it is the very network the window opens with (the same experiment, points and seed, trained
for 0 epochs), drawn as the run strip draws a run, and it goes when the window is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QLabel

from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot
from nnplayground.core.trainer import Trainer
from nnplayground.ui.common.boundary_tile import tile
from nnplayground.ui.common.i18n import translate

PICTURE = 320  # the boundary's side, in logical pixels
MARGIN = 16
TITLE = 34  # the strip above the picture that holds the app's name


def first_snapshot(experiment: Experiment, points: PointSet) -> Snapshot | None:
    """The run's epoch 0, as the training process will make it (the same seed gives the same weights); None if
    the experiment cannot train these points (the window then says why; the picture shows the data alone)."""
    try:
        return Trainer(experiment, points).snapshot(neuron_grid=1)
    except ValueError:
        return None


def opening(experiment: Experiment, points: PointSet) -> QLabel:
    """The opening picture, shown and painted; close it once the window is shown.

    A frameless label rather than a QSplashScreen: the splash screen's `show` waits up to a second for the
    window system to expose it (all of that second where nothing exposes windows, off screen)."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    width, height = PICTURE + 2 * MARGIN, PICTURE + 2 * MARGIN + TITLE + 20
    pix = QPixmap(round(width * ratio), round(height * ratio))
    pix.setDevicePixelRatio(ratio)
    palette = QGuiApplication.palette()
    pix.fill(palette.window().color())
    boundary = tile(first_snapshot(experiment, points), points, round(PICTURE * ratio))
    boundary.setDevicePixelRatio(ratio)
    painter = QPainter(pix)
    painter.drawPixmap(MARGIN, MARGIN + TITLE, boundary)
    font = QFont(painter.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(palette.windowText().color())
    painter.drawText(QRectF(MARGIN, MARGIN, PICTURE, TITLE), Qt.AlignmentFlag.AlignLeft, "nnplayground")
    font.setPointSizeF(font.pointSizeF() / 1.5)
    font.setBold(False)
    painter.setFont(font)
    message = translate("ui.window.opening", "Building the window…")
    painter.drawText(QRectF(MARGIN, height - MARGIN - 20, PICTURE, 20), Qt.AlignmentFlag.AlignCenter, message)
    painter.setPen(QColor(palette.mid().color()))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.end()
    label = QLabel()
    label.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    label.setObjectName("openingPicture")
    label.setAccessibleName(translate("ui.window.opening", "nnplayground is starting"))
    label.setPixmap(pix)
    label.setFixedSize(width, height)
    center = screen.availableGeometry().center() if screen is not None else label.rect().center()
    label.move(center.x() - width // 2, center.y() - height // 2)
    label.show()
    label.repaint()  # painted now: the event loop does not run until the window is built
    return label
