"""How the canvas looks apart from the data: its cursors and the legend above the square."""

from __future__ import annotations

from html import escape as html_escape

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPen, QPixmap

from nnplayground.core import colors
from nnplayground.core.points import PointSet


def eraser_cursor() -> QCursor:
    """A hollow ring (dark with a light halo, so it shows on any background) for the erase tool."""
    pix = QPixmap(21, 21)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(255, 255, 255, 220), 3))
    p.drawEllipse(QRectF(3, 3, 15, 15))
    p.setPen(QPen(QColor(30, 30, 30), 1.4))
    p.drawEllipse(QRectF(3, 3, 15, 15))
    p.end()
    return QCursor(pix, 10, 10)


def _swatch(color: str, glyph: str = "●") -> str:
    return f'<span style="color:{color}; font-size:12pt">{glyph}</span>'


def legend_html(points: PointSet, model_classes: int | None, show_test: bool, class_names: tuple[str, ...] = ()) -> str:
    """Class swatches (or the value scale) for the points and the model's classes (None: no model shown yet),
    named by `class_names` where an imported file or a real data set names them."""
    if points.regression or (model_classes == 0 and not points.n):
        scale = colors.diverging(np.linspace(-1.0, 1.0, 7), strength=1.0)
        hexes = ["#" + "".join(f"{int(v):02x}" for v in c[:3]) for c in scale]
        hexes[3] = "#9a9a9a"  # 0 is white: an outlined square, as the points near 0 have a grey rim
        swatches = "".join(_swatch(h, "□" if i == 3 else "■") for i, h in enumerate(hexes))
        html = f"value&nbsp;&nbsp;−1&nbsp;{swatches}&nbsp;+1"
    else:
        k = max(2, points.num_classes, model_classes or 0)
        named = [html_escape(n) for n in class_names]  # (text from a file: never markup)
        names = [named[i] if i < len(named) else f"Class {i + 1}" if k <= 4 else f"{i + 1}" for i in range(k)]
        parts = [f"{_swatch(colors.CLASS_COLORS[i])}&nbsp;{names[i]}" for i in range(k)]
        html = ("" if k <= 4 else "Class&nbsp;") + "&nbsp;&nbsp;".join(parts)
    if show_test:
        html += "&nbsp;&nbsp;&nbsp;" + _swatch("#111111", "◎") + "&nbsp;test"
    return html
