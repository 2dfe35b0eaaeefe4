"""View > Layer Space: the data points and a grid of the input square as a chosen hidden layer sees them.

Computed in the training process (`core.layer_space`) when asked for and whenever a snapshot with new weights
arrives while the window is open, at most a few times a second (`Throttled`): each picture waits for the run to
finish its current slice of training. The weights used are the snapshot's, so the view follows the timeline too.
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnplayground.core.colors import CLASS_COLORS
from nnplayground.core.layer_space import LayerSpace, trainer_layer_space
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.throttle import Throttled
from nnplayground.ui.insight.plots import plot
from nnplayground.ui.insight.run import Run, ask

FOLLOW_INTERVAL = 0.25  # seconds between pictures while the run plays
FOLLOW_SHARE = 0.1  # ... and never more than this share of the GUI thread's time
LINE_PEN = (120, 120, 120, 110)
POINT_SIZE = 6
QUIET = (Reason.PLAY, Reason.PAUSE, Reason.VIEW)  # (the rewinder's QUIET: snapshots no user asked for)


class TransformedSpaceView(QDialog):
    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transformedSpace")
        self.setWindowTitle(translate("ui.insight.space_view", "The Space a Layer Makes"))
        self._run = run
        self._sizes: tuple[int, ...] = ()
        self._shown_params: np.ndarray | None = None
        self._previewing = False  # the last snapshot was of an earlier epoch the timeline shows
        self.space: LayerSpace | None = None
        self.follow = Throttled(self._follow, FOLLOW_INTERVAL, self, max_share=FOLLOW_SHARE)

        self.layer_choice = QComboBox()
        self.layer_choice.setObjectName("spaceLayer")
        self.layer_choice.setAccessibleName(translate("ui.insight.space_view", "Layer shown"))
        self.mode = QComboBox()
        self.mode.setObjectName("spaceMode")
        self.mode.addItem(translate("ui.insight.space_view", "First two principal components"), "pca")
        self.mode.addItem(translate("ui.insight.space_view", "Two neurons"), "neurons")
        self.mode.setToolTip(
            translate(
                "ui.insight.space_view",
                "A layer of more than two neurons makes a space of more than two dimensions: show the two directions "
                "its points spread out along most (principal components), or two of its neurons",
            )
        )
        self.first, self.second = QSpinBox(), QSpinBox()
        self.neurons = QWidget()
        pick = QHBoxLayout(self.neurons)
        pick.setContentsMargins(0, 0, 0, 0)
        words = (translate("ui.insight.space_view", "neuron"), translate("ui.insight.space_view", "and"))
        for text, spin in zip(words, (self.first, self.second), strict=True):
            pick.addWidget(QLabel(text))
            pick.addWidget(spin)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ui.insight.space_view", "Hidden layer")))
        top.addWidget(self.layer_choice)
        top.addWidget(self.mode)
        top.addWidget(self.neurons)
        top.addStretch(1)
        for signal in (
            self.layer_choice.currentIndexChanged,
            self.mode.currentIndexChanged,
            self.first.valueChanged,
            self.second.valueChanged,
        ):
            signal.connect(self._choice_changed)

        self.plot = plot(("", ""))
        self.plot.setObjectName("spacePlot")
        self.plot.setAccessibleName(translate("ui.insight.space_view", "The data and the grid as the layer sees them"))
        self.plot.setMinimumSize(300, 300)
        self.lines = pg.PlotDataItem(pen=pg.mkPen(*LINE_PEN, width=1), connect="finite")
        self.plot.addItem(self.lines)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen("#333333", width=2, dash=[6, 4]))
        self.plot.addItem(self.boundary)
        self.train_items: list[pg.ScatterPlotItem] = []
        self.test_items: list[pg.ScatterPlotItem] = []
        for colour in CLASS_COLORS:
            train = pg.ScatterPlotItem(size=POINT_SIZE, brush=pg.mkBrush(colour), pen=pg.mkPen("w", width=0.8))
            test = pg.ScatterPlotItem(size=POINT_SIZE, brush=pg.mkBrush("w"), pen=pg.mkPen(colour, width=1.5))
            for item in (train, test):
                self.plot.addItem(item)
            self.train_items.append(train)
            self.test_items.append(test)
        self.info = QLabel("")
        self.info.setObjectName("spaceInfo")
        self.info.setWordWrap(True)
        legend = QLabel(
            translate(
                "ui.insight.space_view",
                "Grey: the lines of a grid over the input square, bent as the layer bends the plane. Hollow points "
                "are test points. At the last hidden layer of a trained network the classes come apart, ready for "
                "the output layer to cut with a line (dashed, for two neurons and two classes).",
            )
        )
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.info)
        layout.addWidget(legend)
        self.resize(540, 620)
        run.snapshot.connect(self._on_snapshot)

    # ---- choosing ------------------------------------------------------------------------------------------------
    def set_sizes(self, sizes: tuple[int, ...]) -> None:
        """Offer the hidden layers of a network of these sizes (keeping the chosen one when it is still there)."""
        sizes = tuple(sizes)
        if sizes == self._sizes:
            return
        self._sizes = sizes
        keep = max(0, self.layer_choice.currentIndex())
        self.layer_choice.blockSignals(True)
        self.layer_choice.clear()
        for i, width in enumerate(sizes[1:-1]):
            if width == 1:
                text = translate("ui.insight.space_view", "{layer} ({n} neuron)")
            else:
                text = translate("ui.insight.space_view", "{layer} ({n} neurons)")
            self.layer_choice.addItem(text.format(layer=i + 1, n=width), i)
        self.layer_choice.setCurrentIndex(min(keep, self.layer_choice.count() - 1))
        self.layer_choice.blockSignals(False)
        self._fit_controls()

    @property
    def layer(self) -> int:
        return max(0, self.layer_choice.currentIndex())

    def choose_layer(self, layer: int) -> None:
        """Show hidden layer `layer` (0-based), if the network has it."""
        if 0 <= layer < self.layer_choice.count() and layer != self.layer:
            self.layer_choice.setCurrentIndex(layer)  # its signal recomputes the picture

    def chosen_neurons(self) -> tuple[int, int] | None:
        width = self._sizes[self.layer + 1] if len(self._sizes) > self.layer + 2 else 0
        if width <= 2 or self.mode.currentData() != "neurons":
            return None
        return (self.first.value() - 1, self.second.value() - 1)

    def _fit_controls(self) -> None:
        width = self._sizes[self.layer + 1] if len(self._sizes) > self.layer + 2 else 0
        self.mode.setVisible(width > 2)
        self.neurons.setVisible(width > 2 and self.mode.currentData() == "neurons")
        for spin, value in ((self.first, 1), (self.second, 2)):
            spin.blockSignals(True)
            spin.setRange(1, max(1, width))
            if spin.value() > width or self.first.value() == self.second.value():
                spin.setValue(min(value, max(1, width)))
            spin.blockSignals(False)

    def _choice_changed(self) -> None:
        self._fit_controls()
        self.refresh()

    # ---- following the run ---------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def _on_snapshot(self, snap: Snapshot) -> None:
        # As the window's rewinder does: while the timeline previews an earlier epoch, the run's quiet snapshots (a
        # pause, a refresh) do not pull the picture back to the newest weights; a command's snapshot does.
        previewing = self._previewing
        self._previewing = snap.reason is Reason.PREVIEW or (previewing and snap.reason in QUIET)
        if not self.isVisible() or (previewing and self._previewing and snap.reason is not Reason.PREVIEW):
            return
        if self._shown_params is not None and np.array_equal(snap.params, self._shown_params):
            return  # the same weights (a pause, a view request): the same picture
        self.follow.call(snap)
        if snap.reason is not Reason.PLAY:
            self.follow.flush()

    def _follow(self, snap: Snapshot) -> None:
        self.set_sizes(snap.sizes)
        self._compute(snap.params, busy=False)

    def refresh(self) -> bool:
        """The picture now, of the newest snapshot's weights; False (and a sentence) if it cannot be made."""
        snap = self._run.latest
        if snap is None:
            return False
        self.follow.cancel()
        self.set_sizes(snap.sizes)
        return self._compute(snap.params, busy=True)

    def _compute(self, params: np.ndarray, busy: bool) -> bool:
        if len(self._sizes) < 3:
            self._clear(
                translate(
                    "ui.insight.space_view", "The network has no hidden layer: add one to see the space it makes."
                )
            )
            return False
        fn = functools.partial(trainer_layer_space, layer=self.layer, neurons=self.chosen_neurons(), params=params)
        space, error = ask(self._run, fn, busy=busy)
        if space is None:
            self.info.setText(f"<span style='color:#c92a2a'>{error}</span>")
            return False
        self._shown_params = params
        self.show_space(space)
        return True

    # ---- drawing ---------------------------------------------------------------------------------------------
    def _clear(self, text: str) -> None:
        self.space = None
        self.lines.setData([], [])
        self.boundary.setData([], [])
        for item in (*self.train_items, *self.test_items):
            item.clear()
        self.info.setText(text)

    def show_space(self, space: LayerSpace) -> None:
        self.space = space
        lines = space.lines
        gap = np.full((lines.shape[0], 1, 2), np.nan)
        path = np.concatenate([lines, gap], axis=1).reshape(-1, 2)
        self.lines.setData(path[:, 0], path[:, 1], connect="finite")
        buckets = self._buckets(space)
        test = space.test if space.test is not None else np.zeros(len(space.points), bool)
        for k in range(len(CLASS_COLORS)):
            for items, mask in ((self.train_items, ~test), (self.test_items, test)):
                sel = (buckets == k) & mask
                items[k].setData(space.points[sel, 0], space.points[sel, 1])
        self._show_boundary(space)
        self.plot.setLabel("bottom", translated(space.axes[0]))
        self.plot.setLabel("left", translated(space.axes[1]))
        self._fit_view(space)
        info = translate("ui.insight.space_view", "Hidden layer {layer} ({n} neurons) as {how}.")
        self.info.setText(info.format(layer=space.layer + 1, n=space.width, how=translated(space.how)))

    def _fit_view(self, space: LayerSpace) -> None:
        """The view holds the points and the grid (never the boundary's far ends)."""
        both = np.concatenate([space.points, space.lines.reshape(-1, 2)])
        both = both[np.isfinite(both).all(axis=1)]
        if not len(both):
            return
        lo, hi = both.min(axis=0), both.max(axis=0)
        pad = np.maximum((hi - lo) * 0.04, 1e-3)
        self.plot.setRange(xRange=(lo[0] - pad[0], hi[0] + pad[0]), yRange=(lo[1] - pad[1], hi[1] + pad[1]), padding=0)

    @staticmethod
    def _buckets(space: LayerSpace) -> np.ndarray:
        """Each point's colour: its class, or for values (regression) orange below zero and blue above."""
        t = space.targets if space.targets is not None else np.zeros(len(space.points))
        if np.all(t == np.round(t)) and t.min(initial=0) >= 0:
            return np.clip(t.astype(np.int64), 0, len(CLASS_COLORS) - 1)
        return (t >= 0).astype(np.int64)

    def _show_boundary(self, space: LayerSpace) -> None:
        if space.boundary is None:
            self.boundary.setData([], [])
            return
        a, b, c = space.boundary
        both = np.concatenate([space.points, space.lines.reshape(-1, 2)])
        both = both[np.isfinite(both).all(axis=1)]
        lo, hi = both.min(axis=0), both.max(axis=0)
        if abs(b) >= abs(a) and b != 0:  # y = -(a x + c) / b
            x = np.array([lo[0], hi[0]])
            y = -(a * x + c) / b
        elif a != 0:
            y = np.array([lo[1], hi[1]])
            x = -(b * y + c) / a
        else:
            self.boundary.setData([], [])
            return
        self.boundary.setData(x, y)
