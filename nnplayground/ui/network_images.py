"""Neuron and feature thumbnails: a snapshot's grids turned into small QImages, a whole layer at a time.

All colouring goes through `colors` so a thumbnail, the big boundary picture and exported images agree. The work
is NumPy over a layer's (units, g, g) block, then one QImage per unit from its RGBA bytes: no per-pixel Python.
"""

from __future__ import annotations

import functools

import numpy as np
from PySide6.QtGui import QColor, QImage

from nnplayground.core import features as feats
from nnplayground.core.experiment import FEATURES

from ..core import colors

FEATURE_GRID = 32
LUT_SIZE = 511  # odd, so that 0 has its own entry (white)


def _to_qimages(rgba: np.ndarray) -> list[QImage]:
    """(units, h, w, 4) uint8 with row 0 = lowest y -> QImages with the top row = highest y (as on screen)."""
    rgba = np.ascontiguousarray(rgba[:, ::-1])
    units, h, w, _ = rgba.shape
    # .copy(): the QImage must own its pixels, the array is gone once this returns.
    return [QImage(rgba[i].data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy() for i in range(units)]


def _step(g: int, target_px: float) -> int:
    """Take every k-th cell when the thumbnail is drawn smaller than the grid: same picture, k^2 less work."""
    return max(1, int(g // max(1.0, float(target_px))))


@functools.lru_cache(maxsize=1)
def _lut() -> np.ndarray:
    """colors.neuron_image sampled at LUT_SIZE values of [-1, 1]: colouring becomes one fancy-index per layer."""
    return colors.neuron_image(np.linspace(-1.0, 1.0, LUT_SIZE), "tanh")


def _colour(v: np.ndarray) -> np.ndarray:
    """Values in [-1, 1] (NaN as 0, clipped outside) -> RGBA through the neuron map's lookup table."""
    idx = np.rint((np.clip(np.nan_to_num(v), -1.0, 1.0) + 1.0) * ((LUT_SIZE - 1) / 2.0)).astype(np.intp)
    return _lut()[idx]


def layer_images(grids: np.ndarray, activation: str, target_px: float) -> list[QImage]:
    """A layer's (units, g, g) outputs as thumbnails, each scaled as `colors.neuron_image` scales a neuron."""
    grids = np.asarray(grids, dtype=np.float64)
    if grids.ndim != 3 or grids.shape[0] == 0:
        return []
    k = _step(grids.shape[1], target_px)
    sub = grids[:, ::k, ::k]
    if activation in ("sigmoid", "softmax"):  # outputs in 0..1
        v = 2.0 * sub - 1.0
    elif activation in ("tanh", "sin"):  # outputs in -1..1
        v = sub
    else:  # unbounded: each neuron scaled by its own largest magnitude, so its shape shows
        with np.errstate(invalid="ignore"):
            m = np.nanmax(np.abs(sub), axis=(1, 2), keepdims=True)
        v = sub / np.where(np.isfinite(m) & (m > 0), m, 1.0)
    return _to_qimages(_colour(v))


def class_images(grids: np.ndarray, target_px: float) -> list[QImage]:
    """Per-class output probabilities (k, g, g): white where p = 0, the class's own colour where p = 1."""
    grids = np.asarray(grids, dtype=np.float64)
    if grids.ndim != 3 or grids.shape[0] == 0:
        return []
    k = _step(grids.shape[1], target_px)
    p = np.clip(np.nan_to_num(grids[:, ::k, ::k]), 0.0, 1.0)[..., None]
    palette = np.stack([colors.rgb(colors.CLASS_COLORS[c % len(colors.CLASS_COLORS)]) for c in range(len(p))])
    rgb = 255.0 + (palette[:, None, None, :] - 255.0) * p
    out = np.empty(rgb.shape[:-1] + (4,), dtype=np.uint8)
    out[..., :3] = np.clip(np.rint(rgb), 0, 255)
    out[..., 3] = 255
    return _to_qimages(out)


@functools.lru_cache(maxsize=1)
def feature_images() -> tuple[QImage, ...]:
    """The nine input features over the data square; they never change, so they are computed once."""
    values = feats.feature_grid(FEATURES, FEATURE_GRID).T.reshape(len(FEATURES), FEATURE_GRID, FEATURE_GRID)
    m = np.abs(values).max(axis=(1, 2), keepdims=True)
    return tuple(_to_qimages(colors.neuron_image(values / np.where(m > 0, m, 1.0), "tanh")))


def value_colors(values: np.ndarray) -> list[QColor]:
    """Weights or biases as the diverging colour of their sign, saturated at |v| = 1 (as TF Playground)."""
    rgba = colors.diverging(np.clip(np.nan_to_num(np.asarray(values, dtype=np.float64)), -1.0, 1.0), 1.0)
    return [QColor(int(r), int(g), int(b)) for r, g, b, _ in rgba.reshape(-1, 4)]
