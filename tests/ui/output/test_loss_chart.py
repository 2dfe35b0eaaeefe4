"""The loss chart with real widgets: the curves hold the data, log scale, NaN gaps, hover read-out, marker."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from nnplayground.ui.common.plot_look import stepped_end
from nnplayground.ui.output.loss_chart import LOG_FLOOR, LossChart


@pytest.fixture
def chart(shown):
    c = shown(LossChart(), 480, 240)
    return c


def curve(n: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    e = np.arange(n, dtype=np.float64)
    train = 0.7 * np.exp(-e / 50) + 0.05
    return e, train, train + 0.03


def n_points(item) -> int:
    x, _ = item.getData()
    return 0 if x is None else len(x)


def move_to_epoch(chart: LossChart, epoch: float, loss: float) -> None:
    """A real mouse move over the plot at (epoch, loss)."""
    QApplication.processEvents()  # the view range is applied on layout
    vb = chart.getPlotItem().getViewBox()
    pos = chart.viewportTransform().map(vb.mapViewToScene(QPointF(epoch, loss)))
    glob = QPointF(chart.viewport().mapToGlobal(pos.toPoint()))
    none = Qt.MouseButton.NoButton
    ev = QMouseEvent(QEvent.Type.MouseMove, pos, glob, none, none, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(chart.viewport(), ev)


def test_object_name_and_labels(chart):
    assert chart.objectName() == "lossChart"
    item = chart.getPlotItem()
    assert item.getAxis("bottom").labelText == "epoch" and item.getAxis("left").labelText == "loss"
    assert "training loss" in chart.legend_text and "test loss" in chart.legend_text


def test_curves_hold_the_data(chart):
    e, train, test = curve()
    chart.set_curve(e, train, test)
    x, y = chart.train_curve.getData()
    assert np.array_equal(x, e) and np.array_equal(y, train)
    x, y = chart.test_curve.getData()
    assert np.array_equal(x, e) and np.array_equal(y, test)
    QApplication.processEvents()
    (x0, x1), (y0, y1) = chart.getPlotItem().getViewBox().viewRange()
    assert x0 <= 0 and x1 >= 199 and y0 <= 0 and y1 >= train.max()


def test_curves_from_a_real_run(chart):
    trainer = Trainer(Experiment(), PointSet.generate("spiral", 200))
    trainer.run(30)
    snap = trainer.snapshot()
    chart.set_curve(snap.curve_epochs, snap.curve_train, snap.curve_test)
    x, y = chart.train_curve.getData()
    assert np.array_equal(x, snap.curve_epochs) and np.array_equal(y, snap.curve_train)
    assert x[-1] == snap.epoch


def test_nan_test_losses_are_gaps(chart):
    e, train, test = curve()
    test[:50] = np.nan  # test points added at epoch 50
    test[120:125] = np.nan
    chart.set_curve(e, train, test)
    chart.grab()  # paints with the NaNs: must not raise
    x, y = chart.test_curve.getData()
    assert np.isnan(y[:50]).all() and np.isfinite(y[50:120]).all()
    chart.set_curve(e, train, np.full_like(e, np.nan))  # no test points at all
    chart.grab()
    assert n_points(chart.test_curve) == 0
    QApplication.processEvents()
    (_, _), (y0, y1) = chart.getPlotItem().getViewBox().viewRange()
    assert np.isfinite([y0, y1]).all() and y1 >= train.max()
    chart.hover_at(10)
    assert "epoch 10" in chart.readout_text and "test —" in chart.readout_text


def test_diverged_losses_do_not_break_the_view(chart):
    e, train, test = curve()
    train[150:] = np.inf
    test[150:] = np.nan
    chart.set_curve(e, train, test)
    chart.grab()
    QApplication.processEvents()
    (_, _), (y0, y1) = chart.getPlotItem().getViewBox().viewRange()
    assert np.isfinite([y0, y1]).all()


def test_log_toggle_sets_log_mode_and_guards_zero(chart):
    e, train, test = curve()
    train[-10:] = 0.0  # a perfect fit: log 0 must not break anything
    chart.set_curve(e, train, test)
    chart.set_log(True)
    assert chart.log_mode and chart.getPlotItem().getAxis("left").logMode
    x, y = chart.train_curve.getData()  # in log10 units now
    assert (y >= np.log10(LOG_FLOOR)).all() and y[-1] == pytest.approx(np.log10(LOG_FLOOR))
    assert y[0] == pytest.approx(np.log10(train[0]))
    chart.grab()
    QApplication.processEvents()
    (_, _), (y0, y1) = chart.getPlotItem().getViewBox().viewRange()  # log10 units
    assert np.isfinite([y0, y1]).all() and y0 <= np.log10(LOG_FLOOR) and y1 >= np.log10(train.max())
    chart.set_log(False)
    assert not chart.log_mode and not chart.getPlotItem().getAxis("left").logMode
    assert np.array_equal(chart.train_curve.getData()[1], train)


def test_hover_readout_names_the_nearest_epoch(chart, qtbot):
    e, train, test = curve()
    chart.set_curve(e, train, test)
    with qtbot.waitSignal(chart.hovered_epoch, timeout=1000) as blocker:
        move_to_epoch(chart, 123.2, 0.2)
    assert blocker.args == [123]
    text = chart.readout_text
    assert "epoch 123" in text and f"train {train[123]:.4f}" in text and f"test {test[123]:.4f}" in text
    # moving within the same epoch does not repeat the signal; another epoch does
    seen: list[int] = []
    chart.hovered_epoch.connect(seen.append)
    move_to_epoch(chart, 122.9, 0.3)
    move_to_epoch(chart, 40.0, 0.3)
    assert seen == [40]
    chart.leaveEvent(QEvent(QEvent.Type.Leave))
    assert chart.readout_text == ""


def test_hover_on_sparse_epochs_picks_the_nearest(chart):
    e = np.array([0.0, 10.0, 100.0, 1000.0])
    chart.set_curve(e, np.ones(4), np.ones(4))
    assert [chart.nearest_index(v) for v in (-5, 4, 6, 54, 56, 10_000)] == [0, 0, 1, 1, 2, 3]
    chart.hover_at(700)
    assert "epoch 1,000" in chart.readout_text


def test_marker_and_clear(chart):
    chart.set_curve(*curve())
    chart.set_marker(42)
    assert chart.marker == 42
    chart.set_marker(None)
    assert chart.marker is None
    chart.set_marker(7)
    chart.hover_at(3)
    chart.clear()
    assert chart.marker is None and chart.readout_text == ""
    assert chart.train_curve in chart.getPlotItem().items  # clearing the data keeps the chart's own items
    assert n_points(chart.train_curve) == 0


def test_a_long_curve_replaced_by_a_short_one_rescales(chart):
    e = np.arange(100_000, dtype=np.float64)
    chart.set_curve(e, 1 / (1 + e), 1 / (1 + e))
    chart.grab()
    chart.set_curve(e[:10], np.full(10, 0.5), np.full(10, 0.6))  # a reset: the view must follow
    chart.grab()
    QApplication.processEvents()
    (x0, x1), (y0, y1) = chart.getPlotItem().getViewBox().viewRange()
    assert x1 < 20 and y0 <= 0.5 and y1 >= 0.6
    assert n_points(chart.train_curve) == 10


def test_mismatched_arrays_get_a_message(chart):
    with pytest.raises(ValueError, match="differ in length: 3, 2, 3"):
        chart.set_curve(np.arange(3), np.ones(2), np.ones(3))


def test_a_growing_curve_keeps_its_range_for_a_while_and_always_fills_most_of_it(chart):
    """Following a playing run, the epochs' end moves in steps of about 10%: pyqtgraph redraws the axes only when
    it does (several ms each), not at every update, and the curve still spans most of the chart."""
    ranges = []
    for last in range(1000, 1101, 10):
        e = np.arange(last + 1, dtype=np.float64)
        chart.set_curve(e, 1 / (1 + e), 1.1 / (1 + e))
        (x0, x1), _ = chart.getPlotItem().getViewBox().viewRange()
        assert x0 <= 0 and last <= x1 and last >= 0.85 * (x1 - x0)  # 1 / 1.1, less a 3% margin each side
        ranges.append((x0, x1))
    assert len(set(ranges)) <= 2  # eleven updates, one step at most


def test_stepped_ends_are_never_below_the_value_nor_a_tenth_above_it():
    for v in (1.0, 1.5, 9.99, 10.0, 10.01, 123.4, 5e5):
        assert v <= stepped_end(v) < 1.1 * v
