"""The plots' axes in the window's look: one function for the canvas and the loss chart, so both zoom and darken
alike (pyqtgraph's defaults are a black background, grey axes and a fixed font); and how much room a legend's
rich text takes, for the views that fit their legends to the room they have."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QTextDocument

from nnplayground.ui.common.theme import Theme

AXIS_FONT_PT = 8.0  # the tick labels at zoom 1: small, as the playground's


def axis_font(family: str, scale: float) -> QFont:
    font = QFont(family)
    font.setPointSizeF(AXIS_FONT_PT * scale)
    return font


def style_axes(widget: pg.PlotWidget, names: tuple[str, ...], scale: float, theme: Theme) -> None:
    """The background, and each named axis's line, tick labels and label, in `theme` at `scale`."""
    widget.setBackground(theme.plot)
    item = widget.getPlotItem()
    font = axis_font(widget.font().family(), scale)
    for name in names:
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.axis, width=1))
        axis.setTextPen(pg.mkPen(theme.text))
        axis.setTickFont(font)
        if axis.labelText:
            axis.setLabel(axis.labelText, color=theme.text, **{"font-size": f"{AXIS_FONT_PT * scale:g}pt"})


RANGE_STEPS = 24  # per decade (10 ** (1/24) = 1.1): a growing range's end moves in steps of about 10%


def stepped_end(value: float) -> float:
    """A range's end at or above `value` (> 0) on a ladder of RANGE_STEPS a decade. A chart that follows a playing
    run keeps the same range for many updates, so pyqtgraph redraws its axes (4-9 ms each time) seldom, not at
    every update; the curve then ends at least 90% of the way across."""
    return float(10 ** (np.ceil(np.log10(value) * RANGE_STEPS - 1e-9) / RANGE_STEPS))


def html_size(html: str, font: QFont | None = None, margin: float = 0.0) -> tuple[float, float]:
    """Pixels rich text takes on one line (width, height) in `font` (the application's if None), with `margin`
    round it (a QGraphicsTextItem's, such as a plot's title, is 4)."""
    doc = QTextDocument()
    if font is not None:
        doc.setDefaultFont(font)
    doc.setDocumentMargin(margin)
    doc.setHtml(html)
    return doc.idealWidth(), doc.size().height()
