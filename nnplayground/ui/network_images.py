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

from . import colors

FEATURE_GRID = 32
_BOUNDED = ("sigmoid", "tanh", "sin")  # colors.neuron_image maps these by their fixed range


def _to_qimages(rgba: np.ndarray) -> list[QImage]:
    """(units, h, w, 4) uint8 with row 0 = lowest y -> QImages with the top row = highest y (as on screen)."""
    rgba = np.ascontiguousarray(rgba[:, ::-1])
    units, h, w, _ = rgba.shape
    # .copy(): the QImage must own its pixels, the array is gone once this returns.
    return [QImage(rgba[i].data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy() for i in range(units)]


def _step(g: int, target_px: float) -> int:
    """Take every k-th cell when the thumbnail is drawn smaller than the grid: same picture, k^2 less work."""
    return max(1, int(g // max(1.0, float(target_px))))


def layer_images(grids: np.ndarray, activation: str, target_px: float) -> list[QImage]:
    """A layer's (units, g, g) outputs as thumbnails, each scaled by its activation's range."""
    grids = np.asarray(grids, dtype=np.float64)
    if grids.ndim != 3 or grids.shape[0] == 0:
        return []
    k = _step(grids.shape[1], target_px)
    sub = grids[:, ::k, ::k]
    if activation in _BOUNDED:
        rgba = colors.neuron_image(sub, activation)
    elif activation == "softmax":  # probabilities in 0..1: the same map as a sigmoid neuron
        rgba = colors.neuron_image(sub, "sigmoid")
    else:
        # Unbounded activations are scaled by each neuron's own largest magnitude (what neuron_image does for a
        # single neuron); normalising here lets one call colour the whole layer.
        with np.errstate(invalid="ignore"):
            m = np.nanmax(np.abs(sub), axis=(1, 2), keepdims=True) if sub.size else np.ones((len(sub), 1, 1))
        m = np.where(np.isfinite(m) & (m > 0), m, 1.0)
        rgba = colors.neuron_image(sub / m, "tanh")  # tanh: values already in [-1, 1], shown as they are
    return _to_qimages(rgba)


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
