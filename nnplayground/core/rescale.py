"""How numbers in a file's own units are put into the playground's square, and back: one rule for imported files
and for the shipped data sets alike.

A rescaling is `square = raw * scale + offset` per column. Min-max fills [-half, half] (a margin inside the
square); standardising gives mean 0 and standard deviation 1. A column of one value is only moved to 0.
"""

from __future__ import annotations

import math

import numpy as np

MINMAX_HALF = 5.0  # coordinates: min-max fills [-5, 5], a margin inside the square [-6, 6]
VALUE_HALF = 1.0  # regression values: min-max fills [-1, 1], the colour scale's range


def minmax(column: np.ndarray, half: float = MINMAX_HALF) -> tuple[float, float]:
    """(scale, offset) that map the column's smallest value to -half and its largest to +half."""
    lo, hi = float(np.min(column)), float(np.max(column))
    if not hi > lo:
        return 1.0, -lo
    scale = 2 * half / (hi - lo)
    return scale, -half - lo * scale


def standard(column: np.ndarray) -> tuple[float, float]:
    """(scale, offset) that give the column mean 0 and standard deviation 1."""
    mean, sd = float(np.mean(column)), float(np.std(column))
    if not (sd > 0 and math.isfinite(1.0 / sd)):
        return 1.0, -mean
    return 1.0 / sd, -mean / sd


def rescaling(xy: np.ndarray, mode: str, half: float = MINMAX_HALF) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per column of `xy`: (scales, offsets) of `mode` ("minmax" or "standard"; anything else: none)."""
    pairs = []
    for col in np.asarray(xy, dtype=np.float64).reshape(len(xy), -1).T:
        if mode == "minmax" and len(col):
            pairs.append(minmax(col, half))
        elif mode == "standard" and len(col):
            pairs.append(standard(col))
        else:
            pairs.append((1.0, 0.0))
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def inverse(scale: float, offset: float) -> tuple[float, float]:
    """(scale, offset) of the way back: raw = square * s' + o'."""
    return 1.0 / scale, -offset / scale
