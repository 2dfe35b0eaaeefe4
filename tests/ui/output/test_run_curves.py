"""The loss chart with other runs overlaid: each run's curves in its colour, the view fitting them all, the hover
read-out naming each run, and back to the usual colours with one run."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from nnplayground.ui.output.loss_chart import LOG_FLOOR, TEST_COLOR, TRAIN_COLOR, LossChart
from nnplayground.ui.output.run_curves import Overlay, RunCurves


@pytest.fixture
def chart(shown):
    return shown(LossChart(), 480, 240)


def overlay(name: str, color: str, n: int, scale: float) -> Overlay:
    e = np.arange(n, dtype=np.float64)
    train = scale * np.exp(-e / 40) + 0.05
    return Overlay(name, color, e, train, train + 0.02)


def test_other_runs_are_drawn_in_their_colours_and_named_on_hover(chart):
    chart.set_curve(np.arange(50.0), np.full(50, 0.4), np.full(50, 0.45))
    chart.set_runs([overlay("lr 0.3", "#f28e2b", 300, 2.0), overlay("relu", "#59a14f", 80, 0.5)], ("Run 1", "#4e79a7"))
    curves = chart.runs._curves
    assert len(curves) == 2
    for (train, test), o in zip(curves, chart.runs.overlays, strict=True):
        np.testing.assert_array_equal(train.getData()[1], o.train)
        assert train.opts["pen"].color().name() == o.color == test.opts["pen"].color().name()
    assert chart.train_curve.opts["pen"].color().name() == "#4e79a7"  # the current run in its own colour too
    x_range, y_range = chart.getPlotItem().getViewBox().viewRange()
    assert x_range[1] >= 299 and y_range[1] >= 2.0  # the view holds every run, not only the current one
    assert "3 runs" in chart.legend_text
    chart.hover_at(30)
    text = chart.readout_text
    assert "Run 1" in text and "lr 0.3" in text and "relu" in text
    chart.hover_at(200)  # past the current run's last epoch: the others are read out where the mouse is
    assert "lr 0.3 (epoch 200)" in chart.readout_text and "relu (epoch 79)" in chart.readout_text


def test_one_run_again_is_the_usual_chart(chart):
    chart.set_curve(np.arange(5.0), np.full(5, 0.4), np.full(5, 0.45))
    chart.set_runs([overlay("lr 0.3", "#f28e2b", 30, 1.0)], ("Run 1", "#4e79a7"))
    chart.set_runs([], None)
    assert chart.runs.overlays == () and chart.runs._curves == []
    assert chart.train_curve.opts["pen"].color().name() == TRAIN_COLOR
    assert chart.test_curve.opts["pen"].color().name() == TEST_COLOR
    assert "training loss" in chart.legend_text
    x_range, _ = chart.getPlotItem().getViewBox().viewRange()
    assert x_range[1] < 10


def test_log_scale_floors_every_run(chart):
    chart.set_curve(np.arange(5.0), np.full(5, 0.4), np.full(5, 0.45))
    o = Overlay("zero", "#e15759", np.arange(3.0), np.array([1.0, 0.0, np.nan]), np.full(3, np.nan))
    chart.set_runs([o], ("Run 1", "#4e79a7"))
    chart.set_log(True)
    train, test = chart.runs._curves[0]
    y = train.getData()[1]
    assert y[1] == np.log10(LOG_FLOOR) and np.isnan(y[2])  # a loss of 0 at the floor (the view is in log10)
    assert test.getData()[0] is None or len(test.getData()[0]) == 0  # no test points: nothing drawn


def test_the_read_out_gives_each_runs_losses_and_accuracy_at_the_nearest_epoch(qapp):
    epochs = np.array([0.0, 10.0, 20.0])
    loss, acc = np.array([0.7, 0.4, 0.2]), np.array([0.5, 0.8, 0.95])
    runs = [
        Overlay("lr 0.3", "#1f77b4", epochs, loss, loss + 0.1, acc, acc - 0.1),
        Overlay("regression", "#ff7f0e", epochs, loss, loss, np.full(3, np.nan), np.full(3, np.nan)),
        Overlay("old file", "#2ca02c", epochs, loss, loss),  # a run saved without accuracy columns
    ]
    curves = RunCurves(pg.PlotItem())
    curves.set(runs, lambda y: y)
    lines = curves.html_at(11.0, said=10).split("<br>")
    assert "lr 0.3" in lines[0] and "accuracy 80.0% / 70.0%" in lines[0] and "0.4" in lines[0]
    assert "regression" in lines[1] and "accuracy" not in lines[1]
    assert "old file" in lines[2] and "accuracy" not in lines[2]
    assert "(epoch 20)" in curves.html_at(19.0, said=10)  # another epoch than the read-out's is named
