"""How numbers are written for people (losses, accuracies, rates)."""

import math

import pytest

from nnplayground.core.numbers import loss_text, percent_text, rate_text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.27341, "0.2734"),
        (12.5, "12.5000"),
        (0.0, "0.0000"),
        (3.21e-6, "3.21e-06"),
        (2.87e225, "2.87e+225"),
        (-4.5e7, "-4.50e+07"),
        (math.inf, "infinite"),
        (-math.inf, "−infinite"),
        (math.nan, "—"),
        (None, "—"),
    ],
)
def test_a_loss_is_short_and_readable_whatever_its_size(value, text):
    assert loss_text(value) == text


def test_no_loss_is_longer_than_a_label_can_show():
    for exponent in range(-300, 308, 7):
        assert len(loss_text(1.2345 * 10.0**exponent)) <= 10


@pytest.mark.parametrize(
    ("value", "text"), [(0.875, "87.5%"), (-0.0, "0.0%"), (1.0, "100.0%"), (7.5, "100.0%"), (None, "—")]
)
def test_a_percentage_never_reads_negative_zero_or_above_a_hundred(value, text):
    assert percent_text(value) == text


def test_a_rate_of_one_is_singular():
    assert rate_text(1.0) == "1 epoch/s"
    assert rate_text(0.96) == "1 epoch/s"
    assert rate_text(0.6) == "0.6 epochs/s"
    assert rate_text(1234.4) == "1,234 epochs/s"
    assert rate_text(0.2) == "0.2 epochs/s"
    assert rate_text(0.0) == "0 epochs/s"
