"""Input features: how a point (x1, x2) becomes the network's inputs, as in TensorFlow Playground.

One function, `transform`, serves both the training data and the grid the boundary is drawn from, so that
what the network sees in training and what the picture shows can never disagree. The ASCII names ("x1^2")
are the ids stored in experiments and sessions; `label` gives the pretty form for the screen ("x₁²").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .experiment import FEATURES
from .texts import QT_TRANSLATE_NOOP, Text

__all__ = ["FEATURES", "transform", "grid_points", "feature_grid", "label", "check_names"]

_LABELS = {
    "x1": "x₁",
    "x2": "x₂",
    "x1^2": "x₁²",
    "x2^2": "x₂²",
    "x1*x2": "x₁x₂",
    "sin(x1)": "sin(x₁)",
    "sin(x2)": "sin(x₂)",
    "cos(x1)": "cos(x₁)",
    "cos(x2)": "cos(x₂)",
}

_NONE = QT_TRANSLATE_NOOP("core.features", "choose at least one input feature")
_UNKNOWN = QT_TRANSLATE_NOOP("core.features", "unknown feature {name!r}; choose from {names}")

# Each writes one column from x1 and x2 into `out` (a strided column view), allocating nothing.
_COLUMN: dict[str, Callable[[np.ndarray, np.ndarray, np.ndarray], object]] = {
    "x1": lambda a, b, out: np.copyto(out, a),
    "x2": lambda a, b, out: np.copyto(out, b),
    "x1^2": lambda a, b, out: np.multiply(a, a, out=out),
    "x2^2": lambda a, b, out: np.multiply(b, b, out=out),
    "x1*x2": lambda a, b, out: np.multiply(a, b, out=out),
    "sin(x1)": lambda a, b, out: np.sin(a, out=out),
    "sin(x2)": lambda a, b, out: np.sin(b, out=out),
    "cos(x1)": lambda a, b, out: np.cos(a, out=out),
    "cos(x2)": lambda a, b, out: np.cos(b, out=out),
}
if tuple(_COLUMN) != FEATURES:  # pragma: no cover - a guard for whoever adds a feature to one list only
    raise ImportError("features.py and experiment.FEATURES must list the same features in the same order")


def check_names(names: Sequence[str]) -> tuple[str, ...]:
    """The names as a tuple; ValueError if there are none or one is unknown (naming it and the valid ones)."""
    if isinstance(names, str):
        names = (names,)
    names = tuple(names)
    if not names:
        raise ValueError(_NONE)
    for name in names:
        if name not in _COLUMN:
            raise ValueError(Text(_UNKNOWN, {"name": name, "names": ", ".join(FEATURES)}))
    return names


def label(name: str) -> str:
    """The feature's name for the screen, e.g. "x₁²" for "x1^2"."""
    check_names((name,))
    return _LABELS[name]


def transform(xy: np.ndarray, names: Sequence[str], out: np.ndarray | None = None) -> np.ndarray:
    """(n, 2) points -> (n, k) float64 network inputs, one column per name in the order given.

    Pass `out` (an (n, k) float64 array) to reuse a buffer, e.g. for a grid redrawn each frame; it is
    returned.
    """
    names = check_names(names)
    xy = np.asarray(xy, dtype=np.float64)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ValueError(f"points must have shape (n, 2), got {xy.shape}")
    shape = (len(xy), len(names))
    if out is None:
        out = np.empty(shape)
    elif out.shape != shape or out.dtype != np.float64:
        raise ValueError(f"out must be a float64 array of shape {shape}, got {out.dtype} {out.shape}")
    a, b = xy[:, 0], xy[:, 1]
    for j, name in enumerate(names):
        _COLUMN[name](a, b, out[:, j])
    return out


def grid_points(size: int, lo: float = -6.0, hi: float = 6.0) -> np.ndarray:
    """(size * size, 2) pixel centres of a size x size grid over [lo, hi]^2, for drawing the boundary.

    Row-major with the row as the y index: point r * size + c is (x_c, y_r), both ascending from lo to hi.
    So a per-point vector reshaped to (size, size) is indexed [y_index, x_index], row 0 at the bottom
    (y = lo): an image shown with y pointing up needs no flip.
    """
    size = int(size)
    lo, hi = float(lo), float(hi)
    if size < 1:
        raise ValueError(f"the grid needs at least 1 cell a side, got {size}")
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise ValueError(f"the grid needs lo < hi, got {lo} and {hi}")
    centres = lo + (np.arange(size) + 0.5) * ((hi - lo) / size)
    xs, ys = np.meshgrid(centres, centres)  # xs varies along a row, ys down the rows
    return np.column_stack([xs.ravel(), ys.ravel()])


def feature_grid(names: Sequence[str], size: int, lo: float = -6.0, hi: float = 6.0) -> np.ndarray:
    """(size * size, k): the features of every grid cell's centre, in `grid_points` order."""
    return transform(grid_points(size, lo, hi), names)
