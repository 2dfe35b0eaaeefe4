"""View > Loss Landscape: the training loss over a slice of weight space through the current weights, as a
contour map, with the optimizer's recent path on it and the way the next gradient-descent step goes.

Computed on demand (Compute), in the training process (`core.landscape`), with the run paused: a slice of a
moving network would show a surface it has already left. The slice goes through the weights on screen: the
newest, or those of the earlier epoch the timeline shows (with the path up to it). It takes a second or more
for a large network, so the window does not wait for it (`ask_later`): Compute says "Computing…" until the
picture arrives, and a picture of a network or data changed meanwhile is dropped.
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core import landscape as L
from nnplayground.core.contour import contour_segments
from nnplayground.core.experiment import Experiment
from nnplayground.core.numbers import loss_text
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.core.trainer import rebuilds
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.insight.plots import GRADIENT_COLOR, PATH_COLOR, lookup_table, plot
from nnplayground.ui.insight.run import Answer, Run, ask_later

CONTOURS = 14  # iso-lines, evenly spaced in log loss
C = "ui.insight.landscape_view"  # (the catalogue's context of the marked texts here)
DIRECTION_LABELS = {
    "random": QT_TRANSLATE_NOOP("ui.insight.landscape_view", "Random (normalised per neuron)"),
    "path": QT_TRANSLATE_NOOP("ui.insight.landscape_view", "The path's main directions"),
    "weights": QT_TRANSLATE_NOOP("ui.insight.landscape_view", "Two weights"),
}
DIRECTION_TIPS = {
    "random": QT_TRANSLATE_NOOP(
        "ui.insight.landscape_view",
        "Two random directions, each neuron's part scaled to that neuron's own weights (Li et al. 2018). "
        "They show the shape of the loss around the weights; the path mostly lies outside such a plane.",
    ),
    "path": QT_TRANSLATE_NOOP(
        "ui.insight.landscape_view",
        "The two directions the recent training path moved most along (its principal components): the plane "
        "the optimizer's steps lie nearest to.",
    ),
    "weights": QT_TRANSLATE_NOOP(
        "ui.insight.landscape_view",
        "Move two weights (or biases) of your choice; 'from 0' is the target neuron's bias.",
    ),
}


class WeightPicker(QWidget):
    """A weight (layer, source neuron, target neuron) or a bias (source 0), in 1-based spin boxes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(title))
        self.layer, self.source, self.target = QSpinBox(), QSpinBox(), QSpinBox()
        words = (
            translate("ui.insight.landscape_view", "layer"),
            translate("ui.insight.landscape_view", "from"),
            translate("ui.insight.landscape_view", "to"),
        )
        for text, spin in zip(words, (self.layer, self.source, self.target), strict=True):
            row.addWidget(QLabel(text))
            row.addWidget(spin)
        self.source.setToolTip(
            translate("ui.insight.landscape_view", "The neuron of the layer before (0: the bias of the target neuron)")
        )
        self.layer.valueChanged.connect(self._fit)
        self._sizes: tuple[int, ...] = (2, 1)

    def set_sizes(self, sizes: tuple[int, ...]) -> None:
        self._sizes = tuple(sizes)
        self.layer.setRange(1, len(sizes) - 1)
        self._fit()

    def _fit(self) -> None:
        layer = self.layer.value()
        self.source.setRange(0, self._sizes[layer - 1])
        self.target.setRange(1, self._sizes[layer])

    def weight(self) -> L.Weight:
        source = self.source.value()
        return (self.layer.value() - 1, source - 1 if source else None, self.target.value() - 1)

    def set_weight(self, w: L.Weight) -> None:
        layer, row, col = w
        self.layer.setValue(layer + 1)
        self.source.setValue(0 if row is None else row + 1)
        self.target.setValue(col + 1)


def same_slice(before: tuple[Experiment, PointSet], after: tuple[Experiment, PointSet]) -> bool:
    """Whether a slice computed for the work as it was (experiment, points) is still one of the work now: the same
    network (nothing rebuilt it), the same data and the same penalty (both are in the loss)."""
    (e0, p0), (e1, p1) = before, after
    return p1 is p0 and not rebuilds(e0, p0, e1, p1) and (e0.l1, e0.l2) == (e1.l1, e1.l2)


class LossLandscapeView(QDialog):
    computed = Signal(bool)  # an answer arrived: drawn (True), or it could not be made or was stale (False)

    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossLandscape")
        self.setWindowTitle(translate("ui.insight.landscape_view", "Loss Landscape"))
        self._run = run
        self._seed = 0
        self._answer: Answer[L.Landscape] | None = None  # the slice on its way, if one is
        self.landscape: L.Landscape | None = None

        self.directions = QComboBox()
        self.directions.setObjectName("landscapeDirections")
        for i, (key, text) in enumerate(DIRECTION_LABELS.items()):
            self.directions.addItem(translate(C, text), key)
            self.directions.setItemData(i, translate(C, DIRECTION_TIPS[key]), Qt.ItemDataRole.ToolTipRole)
        self.directions.currentIndexChanged.connect(self._directions_changed)
        self.new_directions = QPushButton(translate("ui.insight.landscape_view", "New Directions"))
        self.new_directions.setToolTip(
            translate("ui.insight.landscape_view", "Two other random directions, and compute")
        )
        self.new_directions.clicked.connect(self._next_seed)
        self.compute_button = QPushButton(translate("ui.insight.landscape_view", "Compute"))
        self.compute_button.setObjectName("landscapeCompute")
        self.compute_button.setDefault(True)
        self.compute_button.setToolTip(
            translate(
                "ui.insight.landscape_view",
                "Pause training and compute the loss over a 41 x 41 slice through the weights on screen "
                "(the timeline's epoch)",
            )
        )
        self.compute_button.clicked.connect(self.compute)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ui.insight.landscape_view", "Directions")))
        top.addWidget(self.directions, 1)
        top.addWidget(self.new_directions)
        top.addWidget(self.compute_button)
        self.first = WeightPicker(translate("ui.insight.landscape_view", "Weight 1:"))
        self.second = WeightPicker(translate("ui.insight.landscape_view", "Weight 2:"))
        self.pickers = QWidget()
        picks = QHBoxLayout(self.pickers)
        picks.setContentsMargins(0, 0, 0, 0)
        picks.addWidget(self.first)
        picks.addSpacing(16)
        picks.addWidget(self.second)
        picks.addStretch(1)

        self.plot = plot(
            (
                translate("ui.insight.landscape_view", "direction 1"),
                translate("ui.insight.landscape_view", "direction 2"),
            )
        )
        self.plot.setObjectName("landscapePlot")
        self.plot.setAccessibleName(translate("ui.insight.landscape_view", "Loss landscape around the weights"))
        self.plot.setAspectLocked(True)
        self.plot.setMinimumSize(300, 300)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(lookup_table())
        self.contours = pg.PlotDataItem(connect="pairs", pen=pg.mkPen(255, 255, 255, 110, width=1))
        self.path = pg.PlotDataItem(
            pen=pg.mkPen(PATH_COLOR, width=2), symbol="o", symbolSize=4, symbolBrush=PATH_COLOR, symbolPen=None
        )
        self.start = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("w"), pen=pg.mkPen(PATH_COLOR, width=2))
        self.here = pg.ScatterPlotItem(size=14, symbol="star", brush=pg.mkBrush("w"), pen=pg.mkPen("k"))
        self.step = pg.PlotDataItem(pen=pg.mkPen(GRADIENT_COLOR, width=3))
        self.arrow = pg.ArrowItem(pen=None, brush=pg.mkBrush(GRADIENT_COLOR), headLen=14, tailLen=0)
        for item in (self.image, self.contours, self.path, self.start, self.step, self.arrow, self.here):
            self.plot.addItem(item)
        self.arrow.setVisible(False)

        self.info = QLabel(
            translate("ui.insight.landscape_view", "Press Compute to see the loss around the current weights.")
        )
        self.info.setObjectName("landscapeInfo")
        self.info.setWordWrap(True)
        legend = translate(
            "ui.insight.landscape_view",
            "Darker is a lower training loss (log scale). <span style='color:{path_color}'>Orange</span>: the "
            "recent path, from the ring to the star (the weights now). "
            "<span style='color:{gradient_color}'>Arrow</span>: the way a gradient-descent step goes.",
        )
        self.legend = QLabel(legend.format(path_color=PATH_COLOR, gradient_color=GRADIENT_COLOR))
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pickers)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.legend)
        self.resize(540, 660)
        self._directions_changed()

    # ---- the controls ----------------------------------------------------------------------------------------
    @property
    def chosen(self) -> str:
        return str(self.directions.currentData())

    def _directions_changed(self) -> None:
        self.pickers.setVisible(self.chosen == "weights")
        self.new_directions.setVisible(self.chosen == "random")
        self.directions.setToolTip(translate(C, DIRECTION_TIPS[self.chosen]))

    def _next_seed(self) -> None:
        self._seed += 1
        self.compute()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        snap = self._fit_pickers()
        if snap is not None and self.first.weight() == self.second.weight():  # two different ones to start with
            self.second.set_weight((0, 1 if snap.sizes[0] > 1 else None, 0))

    def _fit_pickers(self) -> Snapshot | None:
        """The weight pickers offer the weights of the network as it is now."""
        snap = self._run.latest
        if snap is not None:
            for picker in (self.first, self.second):
                picker.set_sizes(snap.sizes)
        return snap

    # ---- computing and drawing -------------------------------------------------------------------------------
    @property
    def computing(self) -> bool:
        """Whether a slice is on its way (Compute says so and waits for it)."""
        return self._answer is not None

    def compute(self) -> bool:
        """Pause if playing, then ask the training process for the slice through the weights on screen; it is
        drawn when it arrives (`computed`), the window meanwhile free. False (and a sentence in the view) if it
        cannot even be asked. A slice still on its way is superseded: its answer is dropped."""
        if self._answer is not None:
            self._answer.ignore()
            self._answer = None
        if self._run.is_playing:
            self._run.pause()  # (the pause reaches the run before the call: one pipe, in order)
        self._fit_pickers()
        shown = self._run.shown
        at = {"params": shown.params, "epoch": shown.epoch} if shown and shown.reason is Reason.PREVIEW else {}
        fn = functools.partial(
            L.landscape,
            directions=self.chosen,
            first=self.first.weight(),
            second=self.second.weight(),
            seed=self._seed,
            **at,
        )
        asked_for = (self._run.experiment, self._run.points)
        self._answer, error = ask_later(self._run, fn, self, lambda ls, error: self._arrived(asked_for, ls, error))
        self._show_computing(self._answer is not None)
        if self._answer is None:
            self._say_error(error)
            return False
        return True

    def _arrived(self, asked_for: tuple[Experiment, PointSet], ls: L.Landscape | None, error: str) -> None:
        self._answer = None
        self._show_computing(False)
        if ls is not None and not same_slice(asked_for, (self._run.experiment, self._run.points)):
            ls = None  # a picture of a network or data no longer there: dropped
            error = translate(
                "ui.insight.landscape_view",
                "The network or the data changed while the slice was computed: press Compute again.",
            )
        if ls is None:
            self._say_error(error)
            self.computed.emit(False)
            return
        self.show_landscape(ls)
        self.computed.emit(True)

    def _say_error(self, error: str) -> None:
        self.info.setText(f"<span style='color:#c92a2a'>{error}</span>")

    def _show_computing(self, on: bool) -> None:
        self.compute_button.setEnabled(not on)
        self.new_directions.setEnabled(not on)
        self.compute_button.setText(
            translate("ui.insight.landscape_view", "Computing…")
            if on
            else translate("ui.insight.landscape_view", "Compute")
        )

    def show_landscape(self, ls: L.Landscape) -> None:
        self.landscape = ls
        span = float(ls.ticks[-1])
        h = float(ls.ticks[1] - ls.ticks[0])
        finite = ls.losses[np.isfinite(ls.losses)]
        top = float(finite.max()) if finite.size else 1.0
        logs = np.log10(np.maximum(np.where(np.isfinite(ls.losses), ls.losses, top), 1e-12))
        lo, hi = float(logs.min()), float(logs.max())
        self.image.setImage(logs, levels=(lo, hi if hi > lo else lo + 1e-9))
        self.image.setRect(QRectF(-span - h / 2, -span - h / 2, 2 * span + h, 2 * span + h))
        levels = np.linspace(lo, hi, CONTOURS + 2)[1:-1]
        segments = [contour_segments(logs, v, -span - h / 2, span + h / 2) for v in levels]
        seg = np.concatenate(segments) if segments else np.empty((0, 2))
        self.contours.setData(seg[:, 0], seg[:, 1], connect="pairs")
        self.path.setData(ls.path[:, 0], ls.path[:, 1])
        self.start.setData([ls.path[0, 0]], [ls.path[0, 1]])
        self.here.setData([0.0], [0.0])
        self._show_step(ls.gradient, span)
        self.plot.setLabel("bottom", translated(ls.labels[0]))
        self.plot.setLabel("left", translated(ls.labels[1]))
        self.plot.setRange(xRange=(-span - h / 2, span + h / 2), yRange=(-span - h / 2, span + h / 2), padding=0)
        first = int(ls.path_epochs[0])
        summary = translate(
            "ui.insight.landscape_view",
            "Epoch {epoch}: loss {loss} here (the star); over the slice {lowest} to {highest}. "
            "Path: epochs {first} to {epoch}. Directions: {note}.",
        )
        lines = [
            summary.format(
                epoch=ls.epoch,
                loss=loss_text(ls.loss),
                lowest=loss_text(float(finite.min()) if finite.size else np.nan),
                highest=loss_text(top),
                first=first,
                note=translated(ls.note),
            )
        ]
        lines += [f"<b>{translated(w)}</b>" for w in ls.warnings]
        self.info.setText("<br>".join(lines))

    def _show_step(self, gradient: np.ndarray, span: float) -> None:
        """A fixed-length arrow from the star against the gradient in the plane (its direction is what counts)."""
        norm = float(np.hypot(*gradient))
        if not np.isfinite(norm) or norm == 0:
            self.step.setData([], [])
            self.arrow.setVisible(False)
            return
        tip = -gradient / norm * 0.3 * span
        self.step.setData([0.0, tip[0]], [0.0, tip[1]])
        # ArrowItem's angle 0 points left (towards -x): the angle of the way back along the arrow
        self.arrow.setStyle(angle=180.0 - float(np.degrees(np.arctan2(tip[1], tip[0]))))
        self.arrow.setPos(float(tip[0]), float(tip[1]))
        self.arrow.setVisible(True)
