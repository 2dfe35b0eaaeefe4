"""Small pictures of the data-set generators, for the preset buttons of the data panel.

Each thumbnail is the generator's own points (a fixed seed, no noise) drawn in the playground's colours, so a
preset looks like what a click on it produces. Pictures are made once per (name, size, classes) and cached.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap

from nnplayground.core import colors, datasets
from nnplayground.ui.network.images import value_colors

THUMB_POINTS = 220


def preset_names(regression: bool) -> list[str]:
    """The generators for one problem type, in the core's order (TensorFlow Playground's first)."""
    return [n for n in datasets.names() if datasets.is_regression(n) == regression]


def _point_colours(name: str, y: np.ndarray) -> list[QColor]:
    if datasets.is_regression(name):
        return value_colors(y)
    palette = [QColor(c) for c in colors.CLASS_COLORS]
    return [palette[int(c) % len(palette)] for c in y]


@lru_cache(maxsize=128)  # the presets at a few zoom steps
def thumbnail_image(name: str, size: int = 56, classes: int = 2) -> QImage:
    """The generator's points on a white square of `size` pixels (a QImage: safe without a screen)."""
    n = min(THUMB_POINTS, datasets.default_n(name))  # (a real set may have fewer rows)
    xy, y = datasets.generate(name, n=n, noise=0.0, seed=0, classes=classes)
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    scale = (size - 4) / 12.0  # data square [-6, 6] into the picture, two pixels of margin
    dot = max(1.6, size / 34.0)
    for (x, yy), colour in zip(xy.tolist(), _point_colours(name, y), strict=True):
        p.setBrush(colour)
        p.drawEllipse(QPointF(2 + (x + 6.0) * scale, 2 + (6.0 - yy) * scale), dot, dot)
    p.setPen(QPen(QColor("#c8c8c8"), 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(0.5, 0.5, size - 1, size - 1))
    p.end()
    return img


def thumbnail_icon(name: str, size: int = 56, classes: int = 2) -> QIcon:
    """A QIcon of `thumbnail_image` (needs a QGuiApplication, as every icon does)."""
    return QIcon(QPixmap.fromImage(thumbnail_image(name, size, classes)))
