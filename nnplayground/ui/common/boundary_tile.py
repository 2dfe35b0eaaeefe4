"""A boundary as a small picture: the output's colours over the square and the points, no axes.

Drawn with QPainter alone (no pyqtgraph), so it is cheap and can be drawn before pyqtgraph is imported: the run
strip compares runs with it, and the opening picture shows the first boundary with it while the window is built.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from nnplayground.core import colors
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot
from nnplayground.core.square import LIMIT

DOT = 1.6  # a point's radius at 104 px, in pixels; it grows with the picture


def tile(snap: Snapshot | None, points: PointSet, size: int) -> QPixmap:
    """A run's boundary as a small picture: the output's colours over the square and the points, no axes (a tile
    is for comparing, the canvas is for reading)."""
    pix = QPixmap(size, size)
    pix.fill(QColor("white"))
    painter = QPainter(pix)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    if snap is not None:
        rgba = np.ascontiguousarray(colors.output_image(snap.output_grid, int(snap.num_classes))[::-1])  # y up
        image = QImage(rgba.data, rgba.shape[1], rgba.shape[0], 4 * rgba.shape[1], QImage.Format.Format_RGBA8888)
        painter.drawImage(QRectF(0, 0, size, size), image)
    scale = size / (2 * LIMIT)
    dot = DOT * max(1.0, size / 104) ** 0.5  # bigger pictures, bigger points, though not in proportion
    xs, ys = (points.xy[:, 0] + LIMIT) * scale, (LIMIT - points.xy[:, 1]) * scale
    if points.regression:
        fills = colors.diverging(np.clip(points.target, -1, 1), 1.0)
    else:
        palette = np.array([colors.rgb(c) for c in colors.CLASS_COLORS])
        fills = palette[points.target.astype(int) % len(palette)]
    painter.setPen(QPen(QColor("white"), 0.6))
    for x, y, fill in zip(xs, ys, fills, strict=True):
        painter.setBrush(QColor(int(fill[0]), int(fill[1]), int(fill[2])))
        painter.drawEllipse(QPointF(x, y), dot, dot)
    painter.setPen(QPen(QColor("#999999"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pix
