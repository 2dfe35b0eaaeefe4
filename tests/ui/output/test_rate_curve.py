"""The schedule's faint curve on the loss chart: the rates of the curve's epochs (the schedule's own numbers),
scaled so the highest rate meets the highest loss, named in the legend and the hover read-out; none for a
constant rate; the window draws the experiment's schedule."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import schedules
from nnplayground.core.experiment import Experiment
from nnplayground.ui.output.loss_chart import LossChart, rate_curve
from tests.ui.output.test_loss_chart import curve


@pytest.fixture
def chart(shown):
    return shown(LossChart(), 480, 240)


def test_the_rate_curve_is_the_schedule_scaled_to_the_losses(chart):
    exp = Experiment(schedule="step", lr_step=50, lr_gamma=0.5, warmup=10)
    e, train, test = curve(200)
    chart.set_curve(e, train, test)
    assert chart.rate_curve.getData()[0] is None or len(chart.rate_curve.getData()[0]) == 0
    assert "rate" not in chart.legend_text
    chart.set_schedule(rate_curve(exp))
    x, y = chart.rate_curve.getData()
    expected = np.array([schedules.rate_at(exp, int(k)) for k in e])
    assert np.array_equal(x, e)
    np.testing.assert_allclose(y, expected * (test.max() / expected.max()), rtol=1e-12)
    assert "rate" in chart.legend_text
    chart.hover_at(120)
    assert f"rate {schedules.rate_at(exp, 120):.3g}" in chart.readout_text
    chart.set_schedule(rate_curve(Experiment()))  # a constant rate: no curve
    assert len(chart.rate_curve.getData()[0] if chart.rate_curve.getData()[0] is not None else []) == 0


def test_the_window_draws_its_experiments_schedule(make_window):
    w = make_window("--dataset", "gauss", "--schedule", "cosine", "--lr-period", "30")
    assert "rate" in w.loss_chart.legend_text
    w.work.try_edit(schedule="constant")
    assert "rate" not in w.loss_chart.legend_text
