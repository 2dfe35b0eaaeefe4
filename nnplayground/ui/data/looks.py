"""How the canvas looks apart from the data: its axes, its cursors and the legend above the square."""

from __future__ import annotations

from collections.abc import Callable
from html import escape as html_escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem

from nnplayground.core import colors
from nnplayground.core.points import PointSet
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.plot_look import html_size, style_axes
from nnplayground.ui.common.shapes import class_swatch_html
from nnplayground.ui.common.theme import Theme

AXIS_WIDTH, AXIS_HEIGHT = 28, 22  # px at zoom 1: room for "-6" and the bottom labels
LEGEND_PT = 9.0  # the legend's text at zoom 1
MARGINS = (1, 1, 10, 1)  # px round the plot (left, top, right, bottom): 10 keep the bottom axis's last label whole


def square_axes(widget: pg.PlotWidget, scale: float, theme: Theme) -> None:
    """The square's axes: ticks every 2 from -6 to 6, in the theme, `scale` times their size."""
    item = widget.getPlotItem()
    ticks = [[(float(v), f"{v:g}") for v in range(-6, 7, 2)], []]
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTicks(ticks)
        axis.setStyle(tickLength=4, tickTextOffset=3, hideOverlappingLabels=False)  # keep the -6 and 6 labels
        # The square never moves, so its axes are drawn once into a pixmap: repainting them every frame
        # (pyqtgraph replays their tick labels' text each time) was the costliest part of a frame.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    style_axes(widget, ("left", "bottom"), scale, theme)
    # Fixed axis sizes: pyqtgraph otherwise fits them to the labels at the first paint, moving the square
    # after a click position may already have been computed from it.
    item.getAxis("left").setWidth(round(AXIS_WIDTH * scale))
    item.getAxis("bottom").setHeight(round(AXIS_HEIGHT * scale))


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


def _swatch(color: str, glyph: str = "●", size_pt: float = 12.0) -> str:
    return f'<span style="color:{color}; font-size:{size_pt:g}pt">{glyph}</span>'


def legend_html(
    points: PointSet,
    model_classes: int | None,
    show_test: bool,
    class_names: tuple[str, ...] = (),
    scale: float = 1.0,
    ink: str = "#111111",
) -> str:
    """Class swatches (or the value scale) for the points and the model's classes (None: no model shown yet),
    named by `class_names` where an imported file or a real data set names them; the glyphs `scale` times their
    size; `ink` draws the test points' ring (the theme's text colour)."""
    if points.regression or (model_classes == 0 and not points.n):
        ramp = colors.diverging(np.linspace(-1.0, 1.0, 7), strength=1.0)
        hexes = ["#" + "".join(f"{int(v):02x}" for v in c[:3]) for c in ramp]
        hexes[3] = "#9a9a9a"  # 0 is white: an outlined square, as the points near 0 have a grey rim
        swatches = "".join(_swatch(h, "□" if i == 3 else "■", 12 * scale) for i, h in enumerate(hexes))
        html = translate("ui.data.looks", "value") + f"&nbsp;&nbsp;−1&nbsp;{swatches}&nbsp;+1"
    else:
        k = max(2, points.num_classes, model_classes or 0)
        named = [html_escape(n) for n in class_names]  # (text from a file: never markup)
        numbered = translate("ui.data.looks", "Class {number}")
        names = [
            named[i] if i < len(named) else numbered.format(number=i + 1) if k <= 4 else f"{i + 1}" for i in range(k)
        ]
        # the points' shapes, too; five or more classes: tighter, so nine fit above a 300 px canvas
        glyph_pt, gap, join = (12.0, "&nbsp;&nbsp;", "&nbsp;") if k <= 4 else (10.0, " ", "")
        parts = [f"{class_swatch_html(i, glyph_pt * scale)}{join}{names[i]}" for i in range(k)]
        html = ("" if k <= 4 else translate("ui.data.looks", "Class") + "&nbsp;") + gap.join(parts)
    if show_test:
        html += "&nbsp;&nbsp;&nbsp;" + _swatch(ink, "◎", 12 * scale) + "&nbsp;" + translate("ui.data.looks", "test")
    return html


def fitted_legend(make: Callable[[float], str], scale: float, width: int, height: int) -> tuple[str, float]:
    """The legend `make` writes at a glyph scale, at `scale` or smaller so that it fits above the square of a
    canvas `width` x `height` px (a short window at a zoom leaves the square narrower than its legend), and the
    scale it is written at. Worked out from the widget's size alone, never from the layout it changes; never
    wider than the square, whose column the title shares (pyqtgraph's title keeps its text's width)."""
    html = make(scale)
    line = _title_size(html, scale)
    axes = (AXIS_WIDTH * scale, AXIS_HEIGHT * scale)
    left, top, right, bottom = MARGINS
    room = min(width - left - right - axes[0], height - top - bottom - line[1] - axes[1])  # the square's side
    fit, wide = scale, line[0]
    for _ in range(3 if width > 0 else 0):  # (text narrows a little less than its size: a second and third look)
        if wide <= room:
            break
        fit *= max(room - 2, 8.0) / wide
        html = make(fit)
        wide = _title_size(html, fit)[0]
    return html, fit


def _title_size(html: str, scale: float) -> tuple[float, float]:
    """The legend's size as the plot's title shows it: at its font size, in a text item's 4 px margins."""
    return html_size(f"<span style='font-size: {LEGEND_PT * scale:g}pt'>{html}</span>", margin=4.0)
