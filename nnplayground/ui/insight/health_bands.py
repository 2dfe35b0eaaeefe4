"""Layer Health's history: per layer, the spread of its activations and gradients over epochs, drawn as
TensorBoard draws distributions (nested bands between quantiles: 0-100 %, 10-90 %, 25-75 %, and the median),
with a line at the epoch the timeline shows. The numbers are the run's history (`core.health_history`), asked
of the training process by the view (`health_view`); this module only draws them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout, QLabel

from nnplayground.core.health_history import QUANTILES, HealthHistory
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.insight.plots import plot

BANDS = ((0, 6, 40), (1, 5, 70), (2, 4, 110))  # (lower, upper) indices into QUANTILES, and the band's alpha
MEDIAN = QUANTILES.index(0.5)
MARK_COLOR = "#e8590c"  # the timeline's orange
COLUMNS = (
    ("activations", QT_TRANSLATE_NOOP("ui.insight.health_bands", "Activations over epochs"), "#0877bd"),
    ("gradients", QT_TRANSLATE_NOOP("ui.insight.health_bands", "Gradients over epochs"), "#d6336c"),
)
TIPS = {
    "activations": QT_TRANSLATE_NOOP(
        "ui.insight.health_bands",
        "How the layer's outputs spread over the training points, epoch by epoch: the bands hold the middle 50 %, "
        "80 % and all of them, the line is the median. Recorded every few epochs while the run plays.",
    ),
    "gradients": QT_TRANSLATE_NOOP(
        "ui.insight.health_bands",
        "How the backpropagated gradients spread over the training points, epoch by epoch: bands shrinking to 0 "
        "mean the layer stops learning.",
    ),
}


class Bands:
    """One plot of quantile bands over epochs, with the timeline's mark."""

    def __init__(self, key: str, colour: str, row: int) -> None:
        self.widget = p = plot(("", ""), size=7)
        p.setObjectName(f"health_{key}_epochs_{row}")
        item = p.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        base = pg.mkColor(colour)
        r, g, b = base.getRgb()[:3]
        self.edges = [pg.PlotCurveItem(pen=pg.mkPen(r, g, b, 60, width=1)) for _ in range(len(QUANTILES))]
        for curve in self.edges:
            item.addItem(curve)
        self.fills = []
        for lo, hi, alpha in BANDS:
            fill = pg.FillBetweenItem(self.edges[lo], self.edges[hi], brush=pg.mkBrush(r, g, b, alpha))
            item.addItem(fill)
            self.fills.append(fill)
        self.median = item.plot([], [], pen=pg.mkPen(colour, width=1))
        self.mark = pg.InfiniteLine(angle=90, pen=pg.mkPen(MARK_COLOR, width=1))
        self.mark.setVisible(False)
        item.addItem(self.mark, ignoreBounds=True)
        self.epochs = np.zeros(0)
        self.values = np.zeros((0, len(QUANTILES)))

    def set_data(self, epochs: np.ndarray, values: np.ndarray) -> None:
        """`values` (records, len(QUANTILES)) at `epochs`; records with a NaN (none recorded) are left out."""
        ok = np.isfinite(values).all(axis=1) if len(values) else np.zeros(0, bool)
        self.epochs, self.values = np.asarray(epochs, dtype=np.float64)[ok], np.asarray(values)[ok]
        for i, curve in enumerate(self.edges):
            curve.setData(self.epochs, self.values[:, i] if len(self.values) else np.zeros(0))
        self.median.setData(self.epochs, self.values[:, MEDIAN] if len(self.values) else np.zeros(0))
        if len(self.epochs):
            self.widget.getPlotItem().getViewBox().autoRange(padding=0.04)

    def show_epoch(self, epoch: float | None) -> None:
        self.mark.setVisible(epoch is not None)
        if epoch is not None:
            self.mark.setValue(float(epoch))


def heads(grid: QGridLayout, first_column: int) -> None:
    """The columns' titles, in row 0 of the view's grid from `first_column` on."""
    for c, (key, title, _) in enumerate(COLUMNS):
        head = QLabel(f"<b>{translate('ui.insight.health_bands', title)}</b>")
        head.setToolTip(translate("ui.insight.health_bands", TIPS[key]))
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(head, 0, first_column + c)
        grid.setColumnStretch(first_column + c, 1)


def fit(grid: QGridLayout, rows: list[dict[str, Bands]], count: int, first_column: int, height: int) -> None:
    """One row of band plots per layer in the view's grid (rows from 1), as the view fits its histograms."""
    while len(rows) > count:
        for bands in rows.pop().values():
            grid.removeWidget(bands.widget)
            bands.widget.deleteLater()
    while len(rows) < count:
        r = len(rows) + 1
        row = {}
        for c, (key, _, colour) in enumerate(COLUMNS):
            bands = Bands(key, colour, r)
            bands.widget.setFixedHeight(height)
            bands.widget.setMinimumWidth(150)
            grid.addWidget(bands.widget, r, first_column + c)
            row[key] = bands
        rows.append(row)


def draw(rows: list[dict[str, Bands]], history: HealthHistory | None) -> None:
    """Every layer's bands from the run's history (empty when there is none, or it is of another network)."""
    fits = history is not None and len(history.layers) == len(rows)
    for l, row in enumerate(rows):
        for key, bands in row.items():
            if fits:
                bands.set_data(history.epochs, getattr(history.layers[l], key))
            else:
                bands.set_data(np.zeros(0), np.zeros((0, len(QUANTILES))))


def show_epoch(rows: list[dict[str, Bands]], epoch: float | None) -> None:
    for row in rows:
        for bands in row.values():
            bands.show_epoch(epoch)
