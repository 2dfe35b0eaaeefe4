"""The other runs of a session on the loss chart: each visible run's training loss (solid) and test loss (dashed)
in the run's colour, under the current run's curves, so runs can be compared at a glance.

Curves are handed over as whole arrays (the runs that are not current do not change while the current one plays),
downsampled as the chart's own curves are. `html_at(epoch)` is what the hover read-out adds: each run's name and
losses at that epoch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from nnplayground.core.numbers import loss_text, percent_text
from nnplayground.ui.common.i18n import translate

OVERLAY_WIDTH = 1.3
OVERLAY_Z = -5  # beneath the current run's curves


@dataclass(frozen=True, eq=False)
class Overlay:
    """One run's curves: its name and colour, epochs, training and test loss (NaN where none), and its training
    and test accuracy at the same epochs (None for a regression, NaN where none)."""

    name: str
    color: str
    epochs: np.ndarray
    train: np.ndarray
    test: np.ndarray
    train_accuracy: np.ndarray | None = None
    test_accuracy: np.ndarray | None = None

    def accuracy_at(self, i: int) -> tuple[float, float] | None:
        """(training, test) accuracy at row `i`, or None where the run has none."""
        if self.train_accuracy is None or self.test_accuracy is None:
            return None
        found = float(self.train_accuracy[i]), float(self.test_accuracy[i])
        return None if all(np.isnan(found)) else found


class RunCurves:
    """The overlaid runs of one chart (`item`: its PlotItem)."""

    def __init__(self, item: pg.PlotItem) -> None:
        self._item = item
        self._curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.overlays: tuple[Overlay, ...] = ()
        self._extremes = np.empty(0)

    def set(self, overlays: Sequence[Overlay], shown: Callable[[np.ndarray], np.ndarray]) -> None:
        """Show these runs (replacing the ones shown); `shown` maps losses to what the axis plots (log floors)."""
        for pair in self._curves:
            for curve in pair:
                self._item.removeItem(curve)
        self._curves = []
        self.overlays = tuple(overlays)
        parts = [a[np.isfinite(a)] for o in self.overlays for a in (o.train, o.test)]
        finite = np.concatenate(parts) if parts else np.empty(0)
        self._extremes = np.array([finite.min(), finite.max()]) if len(finite) else np.empty(0)
        opts = {"connect": "finite", "skipFiniteCheck": True, "clipToView": True, "antialias": True}
        for o in self.overlays:
            train = self._item.plot(pen=pg.mkPen(o.color, width=OVERLAY_WIDTH), **opts)
            test = self._item.plot(pen=pg.mkPen(o.color, width=OVERLAY_WIDTH, style=Qt.PenStyle.DashLine), **opts)
            for curve in (train, test):
                curve.setZValue(OVERLAY_Z)
                curve.setDownsampling(auto=True, method="peak")
            self._curves.append((train, test))
        self.redraw(shown)

    def redraw(self, shown: Callable[[np.ndarray], np.ndarray]) -> None:
        for o, (train, test) in zip(self.overlays, self._curves, strict=True):
            train.setData(o.epochs, shown(o.train))
            if np.isnan(o.test).all():
                test.setData([], [])
            else:
                test.setData(o.epochs, shown(o.test))

    def extremes(self) -> np.ndarray:
        """The smallest and largest finite loss of every run (for the view's range; reckoned once per `set`, as
        the chart fits its view at every frame of the current run)."""
        return self._extremes

    def last_epoch(self) -> float | None:
        ends = [float(o.epochs[-1]) for o in self.overlays if len(o.epochs)]
        return max(ends) if ends else None

    def html_at(self, epoch: float, said: int | None = None) -> str:
        """Each run's name and losses at the epoch nearest `epoch` that it has (nothing for a run that has none),
        with that epoch unless it is `said` (the one the read-out already names)."""
        lines = []
        for o in self.overlays:
            if not len(o.epochs):
                continue
            i = int(np.argmin(np.abs(o.epochs - epoch)))
            at = (
                ""
                if int(o.epochs[i]) == said
                else translate("ui.output.run_curves", " (epoch {epoch})").format(epoch=f"{int(o.epochs[i]):,}")
            )
            trained = translate("ui.output.run_curves", "train {loss}").format(loss=loss_text(o.train[i]))
            tested = translate("ui.output.run_curves", "test {loss}").format(loss=loss_text(o.test[i]))
            accuracy = o.accuracy_at(i)
            if accuracy is not None:
                tested += translate("ui.output.run_curves", ", accuracy {train} / {test}").format(
                    train=percent_text(accuracy[0]), test=percent_text(accuracy[1])
                )
            lines.append(f'<span style="color:{o.color}">━━ {escape(o.name)}</span>{at}: {trained}, {tested}')
        return "<br>".join(lines)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
