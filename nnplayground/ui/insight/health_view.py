"""View > Layer Health: per layer, how its activations, backpropagated gradients and weights are spread over the
training points now, how far the last epoch moved its weights, and flags with a plain hint (dead ReLUs,
saturated units, vanishing or exploding gradients).

Computed in the training process (`core.health`) when the window opens, on Refresh, and whenever a snapshot with
new weights arrives while it is open, at most a few times a second and never more than a small share of the GUI
thread's time (`Throttled`). Of the run's current weights; beside them, the activations' and gradients' spread
over the epochs the run recorded (`core.health_history`, drawn by `health_bands`), with the timeline's epoch marked.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from nnplayground.core.health import Health, LayerHealth, trainer_health
from nnplayground.core.health_history import HealthHistory, trainer_health_history
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.throttle import Throttled
from nnplayground.ui.insight import health_bands
from nnplayground.ui.insight.plots import plot
from nnplayground.ui.insight.run import Run, ask

FOLLOW_INTERVAL = 1.0  # seconds between pictures while the run plays (nine plots or more to redraw)
FOLLOW_SHARE = 0.1
ROW_HEIGHT = 84
C = "ui.insight.health_view"  # (the catalogue's context of the marked texts here)
COLUMNS = (
    ("activations", QT_TRANSLATE_NOOP("ui.insight.health_view", "Activations f(z)"), "#0877bd"),
    ("gradients", QT_TRANSLATE_NOOP("ui.insight.health_view", "Gradients dℓ/dz"), "#d6336c"),
    ("weights", QT_TRANSLATE_NOOP("ui.insight.health_view", "Weights in"), "#555555"),
)
COLUMN_TIPS = {
    "activations": QT_TRANSLATE_NOOP(
        "ui.insight.health_view", "Each unit's output over the training points, all units of the layer together"
    ),
    "gradients": QT_TRANSLATE_NOOP(
        "ui.insight.health_view",
        "The backpropagated error: the gradient of each point's loss with respect to the unit's input "
        "z, over the training points (tiny values in the first layers: vanishing gradients)",
    ),
    "weights": QT_TRANSLATE_NOOP("ui.insight.health_view", "The weights into the layer"),
}
FLAG_COLOR = "#c92a2a"
OK_COLOR = "#2b8a3e"


class LayerHealthView(QDialog):
    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerHealth")
        self.setWindowTitle(translate("ui.insight.health_view", "Layer Health"))
        self._run = run
        self._shown_params: np.ndarray | None = None
        self.health: Health | None = None
        self.follow = Throttled(self._follow, FOLLOW_INTERVAL, self, max_share=FOLLOW_SHARE)
        self.rows: list[tuple[QLabel, dict[str, pg.PlotWidget]]] = []
        self.history: HealthHistory | None = None
        self.band_rows: list[dict[str, health_bands.Bands]] = []  # per layer, beside its histograms

        self.refresh_button = QPushButton(translate("ui.insight.health_view", "Refresh"))
        self.refresh_button.setObjectName("healthRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel("")
        self.summary.setObjectName("healthSummary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        self.flags = QLabel("")
        self.flags.setObjectName("healthFlags")
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        note = QLabel(
            translate(
                "ui.insight.health_view",
                "Over the training points, all units of a layer together; bar heights on a log scale.",
            )
        )
        note.setStyleSheet("color: #666666")

        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        for c, (key, title, _) in enumerate(COLUMNS):
            head = QLabel(f"<b>{translate(C, title)}</b>")
            head.setToolTip(translate(C, COLUMN_TIPS[key]))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, c + 1)
        for c in range(len(COLUMNS)):
            self.grid.setColumnStretch(c + 1, 1)
        health_bands.heads(self.grid, len(COLUMNS) + 1)
        scroll = QScrollArea()
        scroll.setWidget(self.grid_widget)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.flags)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        self.resize(1040, 640)
        run.snapshot.connect(self._on_snapshot)

    # ---- following the run -----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def _on_snapshot(self, snap: Snapshot) -> None:
        if self.isVisible():  # the timeline's epoch on the bands: a previewed one, else none (the run's end)
            health_bands.show_epoch(self.band_rows, snap.epoch if snap.reason is Reason.PREVIEW else None)
        if not self.isVisible() or snap.reason is Reason.PREVIEW:  # (the run's weights now, not an earlier epoch's)
            return
        if self._shown_params is not None and np.array_equal(snap.params, self._shown_params):
            return
        self.follow.call(snap)
        if snap.reason is not Reason.PLAY:
            self.follow.flush()

    def _follow(self, snap: Snapshot) -> None:
        self._compute(snap.params, busy=False)

    def refresh(self) -> bool:
        """The health of the run's weights now; False (and a sentence) if it cannot be computed."""
        snap = self._run.latest
        self.follow.cancel()
        return self._compute(None if snap is None else snap.params, busy=True)

    def _compute(self, params: np.ndarray | None, busy: bool) -> bool:
        health, error = ask(self._run, trainer_health, busy=busy)
        if health is None:
            self.flags.setText(f"<span style='color:{FLAG_COLOR}'>{error}</span>")
            return False
        self._shown_params = params
        self.show_health(health)
        history, _ = ask(self._run, trainer_health_history, busy=busy)
        self.show_history(history)
        return True

    # ---- drawing ---------------------------------------------------------------------------------------------
    def show_health(self, health: Health) -> None:
        self.health = health
        if health.since is None:
            summary = translate("ui.insight.health_view", "Epoch {epoch}: {points} training points.")
        else:
            summary = translate(
                "ui.insight.health_view",
                "Epoch {epoch}: {points} training points; |Δw|/|w| from the weights at the end of epoch {since}.",
            )
        self.summary.setText(summary.format(epoch=health.epoch, points=health.points, since=health.since))
        if health.flags:
            items = "".join(f"<li>{translated(f.text)}</li>" for f in health.flags)
            self.flags.setText(f"<span style='color:{FLAG_COLOR}'><ul style='margin-left:-20px'>{items}</ul></span>")
        else:
            ok = translate("ui.insight.health_view", "No dead, saturated or vanishing units found.")
            self.flags.setText(f"<span style='color:{OK_COLOR}'>{ok}</span>")
        self._fit_rows(len(health.layers))
        last = len(health.layers) - 1
        for (label, plots), layer in zip(self.rows, health.layers, strict=True):
            label.setText(self._row_text(layer, layer.layer == last))
            for key, _, colour in COLUMNS:
                hist = getattr(layer, key)
                curve = plots[key].getPlotItem().listDataItems()[0]
                heights = np.log10(1.0 + hist.total)  # a log scale: the tails show beside a spike (dead units' 0)
                curve.setData(hist.edges, heights, stepMode="center", fillLevel=0, brush=pg.mkBrush(colour + "66"))
                plots[key].getPlotItem().getViewBox().autoRange(padding=0.02)

    def show_history(self, history: HealthHistory | None) -> None:
        """The recorded spread over epochs, a row per layer as the histograms (empty without a history)."""
        self.history = history
        health_bands.fit(self.grid, self.band_rows, len(self.rows), len(COLUMNS) + 1, ROW_HEIGHT)
        health_bands.draw(self.band_rows, history)

    @staticmethod
    def _row_text(layer: LayerHealth, output: bool) -> str:
        if output:
            name = translate("ui.insight.health_view", "Output")
        else:
            name = translate("ui.insight.health_view", "Layer {n}").format(n=layer.layer + 1)
        if layer.units == 1:
            units = translate("ui.insight.health_view", "{activation} · {n} unit")
        else:
            units = translate("ui.insight.health_view", "{activation} · {n} units")
        lines = [f"<b>{name}</b>", units.format(activation=layer.activation, n=layer.units)]
        if layer.dead:
            dead = translate("ui.insight.health_view", "{n} dead").format(n=layer.dead)
            lines.append(f"<span style='color:{FLAG_COLOR}'>{dead}</span>")
        if layer.saturated:
            saturated = translate("ui.insight.health_view", "{n} saturated").format(n=layer.saturated)
            lines.append(f"<span style='color:{FLAG_COLOR}'>{saturated}</span>")
        lines.append(f"|dℓ/dz| {layer.gradient_rms:.1e}")
        if layer.update_ratio is not None:
            lines.append(f"|Δw|/|w| {layer.update_ratio:.1e}")
        return "<br>".join(lines)

    def _fit_rows(self, count: int) -> None:
        """One row of plots per layer: made when the network gains layers, dropped when it loses them."""
        while len(self.rows) > count:
            label, plots = self.rows.pop()
            for w in (label, *plots.values()):
                self.grid.removeWidget(w)
                w.deleteLater()
        while len(self.rows) < count:
            r = len(self.rows) + 1
            label = QLabel()
            label.setMinimumWidth(110)
            self.grid.addWidget(label, r, 0)
            plots = {}
            for c, (key, title, colour) in enumerate(COLUMNS):
                p = plot(("", ""), size=7)
                p.setObjectName(f"health_{key}_{r}")
                p.setAccessibleName(
                    translate("ui.insight.health_view", "{what}, layer {layer}").format(
                        what=translate("ui.insight.health_view", title), layer=r
                    )
                )
                p.setFixedHeight(ROW_HEIGHT)
                p.setMinimumWidth(150)
                p.getPlotItem().hideAxis("left")
                p.getPlotItem().setMouseEnabled(x=False, y=False)
                p.plot([0.0, 1.0], [0.0], stepMode="center", pen=pg.mkPen(colour, width=1))
                self.grid.addWidget(p, r, c + 1)
                plots[key] = p
            self.rows.append((label, plots))
        self.grid.setRowStretch(count + 1, 1)
