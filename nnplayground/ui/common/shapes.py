"""A marker shape per class, so colour is never the only cue (one in twelve boys is colour-blind).

One table, read by the canvas's points, its legend, the data panel's class swatches, the Class menu's icons and
the point tooltip: a class looks the same wherever it appears. The shapes are pyqtgraph's symbol names; each has
the text glyph that draws the same shape in a legend or a tooltip.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from nnplayground.core.colors import CLASS_COLORS

# (pyqtgraph symbol, glyph): filled shapes that stay apart at 7 px. pyqtgraph's "t" points down, "t1" up.
_SHAPES: tuple[tuple[str, str], ...] = (
    ("o", "●"),  # circle: class 1 and 2 keep the playground's look as far as they can
    ("s", "■"),  # square
    ("t1", "▲"),  # triangle up
    ("d", "◆"),  # diamond
    ("p", "⬟"),  # pentagon
    ("h", "⬢"),  # hexagon
    ("star", "★"),
    ("t", "▼"),  # triangle down
    ("x", "✖"),
)
CLASS_SYMBOLS: tuple[str, ...] = tuple(s for s, _ in _SHAPES)
CLASS_GLYPHS: tuple[str, ...] = tuple(g for _, g in _SHAPES)
assert len(CLASS_SYMBOLS) == len(CLASS_COLORS)  # one shape for each colour, so classes 1-9 differ in both


def class_symbol(k: int) -> str:
    """The pyqtgraph symbol of class `k` (0-based; wraps like the colours)."""
    return CLASS_SYMBOLS[k % len(CLASS_SYMBOLS)]


def class_glyph(k: int) -> str:
    return CLASS_GLYPHS[k % len(CLASS_GLYPHS)]


def class_colour(k: int) -> str:
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def class_swatch_html(k: int, size_pt: float = 12.0) -> str:
    """The class's glyph in its colour, for rich text (legends, tooltips)."""
    return f'<span style="color:{class_colour(k)}; font-size:{size_pt:g}pt">{class_glyph(k)}</span>'


def class_pixmap(k: int, size: int = 16, rim: str = "#ffffff") -> QPixmap:
    """The class's marker, as the canvas draws it (the same painter path), filling most of a `size` square."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(size / 2, size / 2)
    drawSymbol(p, class_symbol(k), size * 0.82, pg.mkPen(rim, width=1), QColor(class_colour(k)))  # cosmetic pen
    p.end()
    return pix


def class_icon(k: int, size: int = 16) -> QIcon:
    """The class's marker as an icon (the Class menu, the data panel's swatches)."""
    return QIcon(class_pixmap(k, size, rim="#8a8a8a"))  # a grey rim: the dark shapes show on a dark menu too
