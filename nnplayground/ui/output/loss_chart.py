"""The loss chart: training and test loss against epoch, cheap to redraw at 60 frames a second.

The curves are whole arrays handed to pyqtgraph, drawn with its peak-preserving downsampling and clipped to the
view, so 100,000 epochs cost about as much as 1,000. NaN losses (no test points yet, or a diverged run) are gaps.
Hovering reads out the nearest epoch's losses; a vertical marker shows the epoch the timeline is at.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsTextItem, QWidget

from nnplayground.core import schedules
from nnplayground.core.numbers import loss_text
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.plot_look import stepped_end, style_axes
from nnplayground.ui.common.theme import Theme
from nnplayground.ui.output.run_curves import Overlay, RunCurves, escape

TRAIN_COLOR = "#555555"  # TF Playground: training loss grey ...
TEST_COLOR = "#e8590c"  # ... and the test loss in a colour of its own, so over-fitting shows as the gap
AXIS_COLOR = "#555555"
TEXT_COLOR = "#333333"
RATE_COLOR = "#0877bd"  # the learning rate a schedule sets: faint, scaled to the chart's height (its own unit)
LOG_FLOOR = 1e-12  # a loss of 0 has no logarithm: the log view shows it at this floor instead


def _floored(y: np.ndarray) -> np.ndarray:
    """Losses for the log view: zero and negative values raised to the floor, NaN kept as a gap."""
    out = np.array(y, dtype=np.float64)
    out[out < LOG_FLOOR] = LOG_FLOOR  # NaN compares False and stays NaN
    return out


class _Card:
    """Rich text on a light card pinned to a corner of the view box, readable where it crosses a curve.

    Plain Qt items on purpose: pyqtgraph's LabelItem/LegendItem override `sizeHint` in Python, and when the
    garbage collector tears a chart down, Qt can still ask a half-collected one for it (an AttributeError in
    whatever test or window runs next).
    """

    def __init__(self, vb: pg.ViewBox, corner: tuple[int, int] | None) -> None:
        self._vb, self._corner = vb, corner
        self.box = QGraphicsRectItem(vb)
        self.box.setPen(pg.mkPen("#d0d0d0"))
        self.box.setBrush(pg.mkBrush(255, 255, 255, 225))
        self.box.setZValue(20)
        self.label = QGraphicsTextItem(self.box)
        self.label.setFont(QFont(vb.scene().font().family() if vb.scene() else "", 8))
        self.label.setDefaultTextColor(QColor(TEXT_COLOR))
        vb.sigResized.connect(self.place)
        self.set_html("")

    @property
    def text(self) -> str:
        return self.label.toPlainText()

    def restyle(self, scale: float, theme: Theme) -> None:
        """The card's font, rim, fill and ink in the window's look (set the text again afterwards to resize it)."""
        font = QFont(self.label.font())
        font.setPointSizeF(8.0 * scale)
        self.label.setFont(font)
        self.label.setDefaultTextColor(QColor(theme.text))
        self.box.setPen(pg.mkPen(theme.border))
        self.box.setBrush(pg.mkBrush(theme.card))

    def set_html(self, html: str) -> None:
        self.label.setHtml(html)
        rect = self.label.boundingRect()
        self.box.setRect(0, 0, rect.width(), rect.height())
        self.box.setVisible(bool(html))
        self.place()

    def place(self, *_: object) -> None:
        """Into the card's corner ((0 left | 1 right, 0 top | 1 bottom); a card without one stays put)."""
        if self._corner is None:
            return
        r, box = self._vb.rect(), self.box.rect()
        x = r.left() + 6 if self._corner[0] == 0 else r.right() - 6 - box.width()
        y = r.top() + 6 if self._corner[1] == 0 else r.bottom() - 6 - box.height()
        self.box.setPos(x, y)

    def place_near(self, x: float, top: float, bottom: float) -> None:
        """Centred on x above `top` (view box pixels), or below `bottom` when there is no room above."""
        r, box = self._vb.rect(), self.box.rect()
        left = min(max(x - box.width() / 2, r.left() + 4), r.right() - 4 - box.width())
        y = top - 10 - box.height()
        if y < r.top() + 4:
            y = min(bottom + 10, r.bottom() - 4 - box.height())
        self.box.setPos(left, y)


class LossChart(pg.PlotWidget):
    """Training and test loss against epoch, with a hover read-out and the timeline's epoch marker."""

    hovered_epoch = Signal(int)  # the nearest epoch under the mouse, emitted when it changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        vars(self).pop("clear", None)  # PlotWidget binds PlotItem.clear on the instance; ours must win
        self.setObjectName("lossChart")
        self.setMinimumSize(160, 100)
        self._epochs = np.empty(0)
        self._train = np.empty(0)
        self._test = np.empty(0)
        self._log = False
        self._hover: int | None = None  # index into the curve of the epoch read out
        self._hover_x: float | None = None  # the epoch under the mouse (other runs are read out there)
        self._schedule: Callable[[np.ndarray], np.ndarray] | None = None  # epochs -> learning rates

        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)  # the view follows the run; a stray drag must not freeze it
        item.showGrid(x=True, y=True, alpha=0.12)
        font = QFont(self.font().family(), 8)
        for name, label in (
            ("bottom", translate("ui.output.loss_chart", "epoch")),
            ("left", translate("ui.output.loss_chart", "loss")),
        ):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(AXIS_COLOR, width=1))
            axis.setTextPen(pg.mkPen(TEXT_COLOR))
            axis.setTickFont(font)
            axis.setStyle(tickLength=4, tickTextOffset=3)
            axis.setLabel(label, color=TEXT_COLOR, **{"font-size": "8pt"})
            axis.enableAutoSIPrefix(False)  # "loss (x0.001)" reads worse than the plain numbers
            # Drawn into a pixmap, redrawn only when its range changes: the loss axis mostly stands still while
            # the run plays (pyqtgraph otherwise replays its tick labels' text at every repaint of the chart).
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.getAxis("left").setWidth(44)
        vb = item.getViewBox()
        vb.setBorder(pg.mkPen("#d0d0d0", width=1))
        # The range is set from the data on every update (`_fit_view`), not by pyqtgraph's auto range: that reads
        # the downsampled curve, which is empty when a long curve is replaced by a short one, so it never shrinks.
        vb.disableAutoRange()

        curve_opts = {"connect": "finite", "skipFiniteCheck": True, "clipToView": True, "antialias": True}
        self._train_colour = TRAIN_COLOR  # the theme's (set_look): the grey is too dark on a dark chart
        self.train_curve = item.plot(pen=pg.mkPen(TRAIN_COLOR, width=1.0), **curve_opts)
        self.test_curve = item.plot(pen=pg.mkPen(TEST_COLOR, width=1.0), **curve_opts)
        faint = QColor(RATE_COLOR)
        faint.setAlpha(140)
        rate_pen = pg.mkPen(faint, width=1.0, style=Qt.PenStyle.DashLine)
        self.rate_curve = item.plot(pen=rate_pen, **curve_opts)
        self.rate_curve.setZValue(-1)  # under the losses
        self.legend = _Card(vb, corner=(1, 0))  # top right
        for curve in (self.train_curve, self.test_curve, self.rate_curve):
            curve.setDownsampling(auto=True, method="peak")
        self.runs = RunCurves(item)  # the session's other runs, overlaid
        self._current: tuple[str, str] | None = None  # the current run's name and colour, with other runs shown
        self._show_legend()

        # Hover: dots on both curves at the epoch read out, and the read-out itself in the view's lower left,
        # where a falling loss curve leaves room.
        self._dots = pg.ScatterPlotItem(size=7, pxMode=True, pen=pg.mkPen("w", width=1))
        self._dots.setZValue(10)
        item.addItem(self._dots, ignoreBounds=True)
        self.readout = _Card(vb, corner=None)  # a tooltip above the hovered points

        self._marker = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen("#0877bd", width=1.2, style=Qt.PenStyle.DashLine)
        )
        self._marker.setZValue(5)
        self._marker.setVisible(False)
        item.addItem(self._marker, ignoreBounds=True)
        self.viewport().setMouseTracking(True)

    # ---- public API ------------------------------------------------------------------------------------------------
    @property
    def log_mode(self) -> bool:
        return self._log

    @property
    def readout_text(self) -> str:
        return self.readout.text

    @property
    def legend_text(self) -> str:
        return self.legend.text

    def set_curve(self, epochs: np.ndarray, train: np.ndarray, test: np.ndarray) -> None:
        """Show the whole curve: three equally long arrays (test NaN where there was no test loss)."""
        e = np.asarray(epochs, dtype=np.float64).reshape(-1)
        tr = np.asarray(train, dtype=np.float64).reshape(-1)
        te = np.asarray(test, dtype=np.float64).reshape(-1)
        if not len(e) == len(tr) == len(te):
            raise ValueError(f"epochs, train and test differ in length: {len(e)}, {len(tr)}, {len(te)}")
        self._epochs, self._train, self._test = e, tr, te
        self._redraw()
        if self._hover is not None:
            self._show_hover(min(self._hover, len(e) - 1) if len(e) else None)

    def set_schedule(self, rates: Callable[[np.ndarray], np.ndarray] | None) -> None:
        """A learning-rate schedule to draw as a faint curve (epochs -> rates), scaled so its highest rate meets
        the highest loss; None (a constant rate) draws none."""
        self._schedule = rates
        self._show_legend()
        self._redraw()

    def set_runs(self, overlays: list[Overlay], current: tuple[str, str] | None = None) -> None:
        """Overlay other runs' curves, each in its colour; `current` (name, colour) draws the current run's curves
        in its own colour too (None, and no overlays: the chart's usual grey and orange)."""
        self._current = current if overlays or current else None
        train, test = (self._train_colour, TEST_COLOR) if self._current is None else (self._current[1],) * 2
        self.train_curve.setPen(pg.mkPen(train, width=1.6 if self._current else 1.0))
        self.test_curve.setPen(
            pg.mkPen(
                test,
                width=1.6 if self._current else 1.0,
                style=Qt.PenStyle.DashLine if self._current else Qt.PenStyle.SolidLine,
            )
        )
        self.runs.set(overlays, self._shown)
        self._show_legend()
        self._redraw()

    def _show_legend(self) -> None:
        rate = ""
        if self._schedule:
            rate = translate("ui.output.loss_chart", "rate")
            rate = f'&nbsp;&nbsp;&nbsp;<span style="color:{RATE_COLOR}">┅┅</span>&nbsp;{rate}'
        if self._current is None:
            train, test = (
                translate("ui.output.loss_chart", "training loss"),
                translate("ui.output.loss_chart", "test loss"),
            )
            self.legend.set_html(
                f'<span style="color:{self._train_colour}">━━</span>&nbsp;{train}&nbsp;&nbsp;&nbsp;'
                f'<span style="color:{TEST_COLOR}">━━</span>&nbsp;{test}{rate}'
            )
            return
        # Each run in its colour (the run list says which is which, a hover names them): only the line styles here.
        color = self._current[1]
        train, test = translate("ui.output.loss_chart", "training"), translate("ui.output.loss_chart", "test")
        runs = translate("ui.output.loss_chart", "({n} runs)").format(n=len(self.runs.overlays) + 1)
        self.legend.set_html(
            f'<span style="color:{color}">━━</span>&nbsp;{train}&nbsp;&nbsp;'
            f'<span style="color:{color}">╌╌</span>&nbsp;{test}&nbsp;&nbsp;{runs}'
        )

    def set_log(self, on: bool) -> None:
        """Log scale on the loss axis (losses of 0 are shown at a tiny floor rather than breaking the view)."""
        self._log = bool(on)
        self.getPlotItem().setLogMode(x=False, y=self._log)
        self.runs.redraw(self._shown)
        self._redraw()
        if self._hover is not None:
            self._show_hover(self._hover)

    def set_marker(self, epoch: int | None) -> None:
        """A vertical line at the epoch the timeline shows; None hides it."""
        if epoch is None:
            self._marker.setVisible(False)
            return
        self._marker.setValue(float(epoch))
        self._marker.setVisible(True)

    @property
    def marker(self) -> int | None:
        return int(self._marker.value()) if self._marker.isVisible() else None

    def clear(self) -> None:  # type: ignore[override]  (PlotItem.clear would remove the chart's own items)
        """Forget the curve, the read-out and the marker (a new run)."""
        self._epochs = self._train = self._test = np.empty(0)
        self._redraw()
        self._show_hover(None)
        self.set_marker(None)

    def nearest_index(self, epoch: float) -> int | None:
        """Index of the curve point whose epoch is nearest `epoch` (None for an empty curve)."""
        e = self._epochs
        if not len(e):
            return None
        i = int(np.clip(np.searchsorted(e, epoch), 1, len(e) - 1)) if len(e) > 1 else 0
        return i - 1 if len(e) > 1 and abs(e[i - 1] - epoch) <= abs(e[i] - epoch) else i

    def hover_at(self, epoch: float) -> None:
        """Read out the epoch nearest `epoch` (what the mouse does; public so that tests and the window can)."""
        self._hover_x = float(epoch)
        self._show_hover(self.nearest_index(epoch))

    # ---- drawing -------------------------------------------------------------------------------------------------
    def _shown(self, y: np.ndarray) -> np.ndarray:
        return _floored(y) if self._log else y

    def _redraw(self) -> None:
        e = self._epochs
        self._fit_view()
        self.train_curve.setData(e, self._shown(self._train))
        if np.isnan(self._test).all():  # no test points: nothing to draw (and no legend-only ghost range)
            self.test_curve.setData([], [])
        else:
            self.test_curve.setData(e, self._shown(self._test))
        self.rate_curve.setData(*self._rate_points())

    def _rate_points(self) -> tuple[np.ndarray, np.ndarray]:
        """The schedule's rates at the curve's epochs, scaled to the highest finite loss (none without one)."""
        e = self._epochs
        losses = np.concatenate([self._train, self._test])
        losses = losses[np.isfinite(losses)]
        if self._schedule is None or not len(e) or not len(losses):
            return np.empty(0), np.empty(0)
        r = self._schedule(e)
        top, most = float(losses.max()), float(r.max())
        if most <= 0 or top <= 0:
            return np.empty(0), np.empty(0)
        return e, self._shown(r * (top / most))

    def _fit_view(self) -> None:
        """Epochs first to last; losses from 0 (linear) or the smallest (log) to the largest finite one."""
        e = self._epochs
        lo, hi = (float(e[0]), float(e[-1])) if len(e) else (0.0, 1.0)
        others = self.runs.last_epoch()
        hi = hi if others is None else max(hi, others)
        values = np.concatenate([self._train, self._test, self.runs.extremes()])  # (the others' two: cheap)
        values = values[np.isfinite(values)]
        if self._log:
            values = np.log10(_floored(values))
            bottom, top = (float(values.min()), float(values.max())) if len(values) else (-3.0, 0.0)
            bottom = -np.log10(stepped_end(10.0**-bottom))  # a falling loss moves the bottom in steps too
        else:
            bottom, top = (min(0.0, float(values.min())), float(values.max())) if len(values) else (0.0, 1.0)
        if top - bottom < 1e-12:  # a flat curve still gets a visible band round it
            bottom, top = bottom - 0.5, top + 0.5
        vb = self.getPlotItem().getViewBox()
        vb.setRange(xRange=(lo, lo + stepped_end(max(hi - lo, 1.0))), yRange=(bottom, top), padding=0.03)
        # Now rather than at the next paint, as pyqtgraph would: its axes would learn of the new range during that
        # paint and ask for a second one (two paints per update while the run plays).
        vb.updateMatrix()

    def _show_hover(self, i: int | None) -> None:
        changed = i != self._hover
        self._hover = i
        if i is None or i >= len(self._epochs):
            self._hover = None
            self.readout.set_html("")
            self._dots.setData([], [])
            return
        epoch = int(self._epochs[i])
        train, test = self._train[i], self._test[i]
        train_color, test_color = (self._train_colour, TEST_COLOR) if self._current is None else (self._current[1],) * 2
        others = self.runs.html_at(epoch if self._hover_x is None else self._hover_x, epoch)
        name = "" if self._current is None else f"{escape(self._current[0])}: "
        rate = ""
        if self._schedule is not None:
            value = float(self._schedule(np.array([epoch]))[0])
            at = translate("ui.output.loss_chart", "rate {rate}").format(rate=f"{value:.3g}")
            rate = f', <span style="color:{RATE_COLOR}">{at}</span>'
        said = translate("ui.output.loss_chart", "epoch {epoch}").format(epoch=f"{epoch:,}")
        trained = translate("ui.output.loss_chart", "train {loss}").format(loss=loss_text(train))
        tested = translate("ui.output.loss_chart", "test {loss}").format(loss=loss_text(test))
        self.readout.set_html(
            f'{said}: {name}<span style="color:{train_color}">{trained}</span>, '
            f'<span style="color:{test_color}">{tested}</span>{rate}' + (f"<br>{others}" if others else "")
        )
        xs, ys, brushes = [], [], []
        for value, color in ((train, self._train_colour), (test, TEST_COLOR)):
            if np.isfinite(value):
                shown = float(self._shown(np.array([value]))[0])
                xs.append(float(epoch))
                ys.append(np.log10(shown) if self._log else shown)  # log mode: the view is in log10 units
                brushes.append(pg.mkBrush(color))
        self._dots.setData(xs, ys, brush=brushes)
        vb = self.getPlotItem().getViewBox()
        at = [vb.mapFromView(QPointF(float(epoch), y)) for y in ys] or [vb.mapFromView(QPointF(float(epoch), 0.0))]
        self.readout.place_near(at[0].x(), min(p.y() for p in at), max(p.y() for p in at))
        if changed:
            self.hovered_epoch.emit(epoch)

    # ---- the window's look (zoom and theme) ------------------------------------------------------------------------
    def set_look(self, scale: float, theme: Theme) -> None:
        """Text `scale` times its size and lines thicker with it; the background, axes and cards in `theme`."""
        style_axes(self, ("bottom", "left"), scale, theme)
        self.getPlotItem().getAxis("left").setWidth(round(44 * scale))
        self._train_colour = "#c8c8c8" if theme.dark else TRAIN_COLOR
        width = max(1.0, scale)
        self.train_curve.setPen(pg.mkPen(self._train_colour, width=width))
        self.test_curve.setPen(pg.mkPen(TEST_COLOR, width=width))
        self._dots.setSize(7 * scale)
        self.getPlotItem().getViewBox().setBorder(pg.mkPen(theme.border, width=1))
        for card in (self.legend, self.readout):
            card.restyle(scale, theme)
        self._show_legend()
        self._show_hover(self._hover)

    # ---- mouse ---------------------------------------------------------------------------------------------------
    def mouseMoveEvent(self, ev: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        vb = self.getPlotItem().getViewBox()
        inverse, _ = self.viewportTransform().inverted()
        scene = inverse.map(QPointF(ev.position()))
        if vb.sceneBoundingRect().contains(scene) and len(self._epochs):
            self.hover_at(vb.mapSceneToView(scene).x())
        else:
            self._show_hover(None)
        super().mouseMoveEvent(ev)

    def leaveEvent(self, ev) -> None:  # noqa: N802, ANN001
        self._show_hover(None)
        super().leaveEvent(ev)


def rate_curve(exp: schedules.Scheduled) -> Callable[[np.ndarray], np.ndarray] | None:
    """What `LossChart.set_schedule` draws for an experiment: its rates, or None for a constant rate."""
    if schedules.is_constant(exp):
        return None
    schedule, lr = schedules.of(exp), exp.lr
    return lambda epochs: schedules.rates(schedule, lr, epochs)
