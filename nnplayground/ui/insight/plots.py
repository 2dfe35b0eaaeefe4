"""The plots the insight views share: the house style of the loss chart (white, thin grey axes, small type)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

AXIS_COLOR = "#555555"
TEXT_COLOR = "#333333"
PATH_COLOR = "#e8590c"  # the run's own orange (the test loss's): the path of training
GRADIENT_COLOR = "#d6336c"


def plot(labels: tuple[str, str] = ("", ""), parent: QWidget | None = None, size: int = 8) -> pg.PlotWidget:
    """A white plot with the house's axes; no context menu, no auto-range button."""
    w = pg.PlotWidget(parent, background="w")
    vars(w).pop("clear", None)  # (as LossChart: PlotWidget binds PlotItem.clear on the instance)
    item = w.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    font = QFont(w.font().family(), size)
    for name, label in zip(("bottom", "left"), labels, strict=True):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOR, width=1))
        axis.setTextPen(pg.mkPen(TEXT_COLOR))
        axis.setTickFont(font)
        axis.setStyle(tickLength=4, tickTextOffset=3)
        axis.enableAutoSIPrefix(False)
        if label:
            axis.setLabel(label, color=TEXT_COLOR, **{"font-size": f"{size}pt"})
    item.getViewBox().setBorder(pg.mkPen("#d0d0d0", width=1))
    return w


def lookup_table(name: str = "viridis") -> np.ndarray:
    """(256, 4) uint8 colours of a pyqtgraph colour map, for an ImageItem."""
    return pg.colormap.get(name).getLookupTable(nPts=256, alpha=True)
