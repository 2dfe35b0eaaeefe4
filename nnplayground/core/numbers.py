"""How numbers are written for people: one format for losses, accuracies and rates, wherever they are shown.

A loss can be anything from 1e-9 to 1e300 (a run that blew up), and a label that prints 226 digits says nothing.
So a number in the usual range gets four decimals, a very large or very small one three significant digits in
scientific notation (2.87e+225), an infinite one the word, and a missing one (no test points) a dash.
"""

from __future__ import annotations

import math

from .texts import QT_TRANSLATE_NOOP, Text

MISSING = "—"
LARGE = 1e5  # from here on, scientific notation (a fixed format would need more than ten characters)
SMALL = 1e-4  # below this (and above 0), scientific notation too: 0.0000 would hide it


def loss_text(v: float | None) -> str:
    """A loss or any real-valued number: 0.2734, 3.21e-06, 2.87e+225, "infinite", or "—" for none (or NaN)."""
    if v is None or math.isnan(v):
        return MISSING
    if math.isinf(v):
        return "infinite" if v > 0 else "−infinite"
    if v == 0:
        return "0.0000"
    if abs(v) >= LARGE or abs(v) < SMALL:
        return f"{v:.2e}"
    return f"{v:.4f}"


def value_text(v: float) -> str:
    """A weight, a bias, an activation: three decimals, or three significant digits when tiny (a delta of 0.0004
    must not read 0.000) or huge; "NaN" or "infinite" when not a number."""
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "infinite" if v > 0 else "−infinite"
    return f"{v:.3f}" if v == 0 or 0.01 <= abs(v) < 1e4 else f"{v:.2e}"


def percent_text(v: float | None) -> str:
    """A share in [0, 1] as a percentage with one decimal ("87.5%"); "—" for none. Never "-0.0%"."""
    if v is None or not math.isfinite(v):
        return MISSING
    return f"{100 * min(1.0, max(0.0, v)):.1f}%"


_EPOCH_PER_SECOND = QT_TRANSLATE_NOOP("core.numbers", "{n} epoch/s")
_EPOCHS_PER_SECOND = QT_TRANSLATE_NOOP("core.numbers", "{n} epochs/s")


def rate_text(per_second: float) -> str:
    """ "1 epoch/s", "1,234 epochs/s": whole numbers with separators, the unit in the singular for one (a marked
    text: the window shows it in its language)."""
    if math.isfinite(per_second) and 0 < per_second < 0.95:  # a slow run: "0.4 epochs/s", not "0 epochs/s"
        return Text(_EPOCHS_PER_SECOND, {"n": f"{per_second:.1f}"})
    n = round(per_second) if math.isfinite(per_second) else 0
    return Text(_EPOCH_PER_SECOND if n == 1 else _EPOCHS_PER_SECOND, {"n": f"{n:,}"})
