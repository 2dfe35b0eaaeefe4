"""Neuron and feature thumbnails: a snapshot's grids turned into RGBA pictures, a whole layer at a time, and a
whole column of them into one image.

All colouring goes through `colors` so a thumbnail, the big boundary picture and exported images agree. The work
is NumPy over a layer's (units, g, g) block: no per-pixel and no per-neuron Python.
"""

from __future__ import annotations

import functools

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from nnplayground.core import colors
from nnplayground.core import features as feats
from nnplayground.core.experiment import FEATURES

FEATURE_GRID = 32


def to_qimages(rgba: np.ndarray) -> list[QImage]:
    """(units, h, w, 4) uint8 pictures, top row first -> one QImage each (for a tooltip, a test, an export)."""
    rgba = np.ascontiguousarray(rgba)
    units, h, w, _ = rgba.shape
    # .copy(): the QImage must own its pixels, the array is gone once this returns.
    return [QImage(rgba[i].data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy() for i in range(units)]


def _step(g: int, target_px: float) -> int:
    """Take every k-th cell when the thumbnail is drawn smaller than the grid: same picture, k^2 less work."""
    return max(1, int(g // max(1.0, float(target_px))))


def _on_screen(rgba: np.ndarray) -> np.ndarray:
    """Grids are indexed [y, x] with row 0 = the lowest y; on screen the top row is the highest y."""
    return np.ascontiguousarray(rgba[:, ::-1])


def layer_pictures(grids: np.ndarray, activation: str, target_px: float) -> np.ndarray:
    """A layer's (units, g, g) outputs as (units, h, w, 4) RGBA thumbnails, top row first, each scaled as
    `colors.neuron_image` scales a neuron."""
    grids = np.asarray(grids)
    if grids.ndim != 3 or grids.shape[0] == 0:
        return np.zeros((0, 1, 1, 4), dtype=np.uint8)
    k = _step(grids.shape[1], target_px)
    sub = grids[:, ::k, ::k]
    if activation in ("sigmoid", "softmax"):  # outputs in 0..1
        v = 2.0 * sub - 1.0
    elif activation in ("tanh", "sin"):  # outputs in -1..1
        v = sub
    else:  # unbounded: each neuron scaled by its own largest magnitude, so its shape shows
        # The largest finite magnitude; a neuron that is NaN everywhere (a run blowing up) has none, and nanmax
        # would warn "All-NaN slice" for it.
        m = np.max(np.abs(np.where(np.isfinite(sub), sub, 0.0)), axis=(1, 2), keepdims=True)
        v = sub / np.where(m > 0, m, 1.0)
    return _on_screen(colors.diverging(v, 1.0))


def class_pictures(grids: np.ndarray, target_px: float) -> np.ndarray:
    """Per-class output probabilities (k, g, g) as RGBA: white where p = 0, the class's own colour where p = 1."""
    grids = np.asarray(grids)
    if grids.ndim != 3 or grids.shape[0] == 0:
        return np.zeros((0, 1, 1, 4), dtype=np.uint8)
    k = _step(grids.shape[1], target_px)
    p = np.clip(np.nan_to_num(grids[:, ::k, ::k]), 0.0, 1.0)[..., None]
    palette = np.stack([colors.rgb(colors.CLASS_COLORS[c % len(colors.CLASS_COLORS)]) for c in range(len(p))])
    rgb = 255.0 + (palette[:, None, None, :] - 255.0) * p
    out = np.empty(rgb.shape[:-1] + (4,), dtype=np.uint8)
    out[..., :3] = np.clip(np.rint(rgb), 0, 255)
    out[..., 3] = 255
    return _on_screen(out)


@functools.lru_cache(maxsize=1)
def feature_pictures() -> np.ndarray:
    """The nine input features over the data square; they never change, so they are computed once."""
    values = feats.feature_grid(FEATURES, FEATURE_GRID).T.reshape(len(FEATURES), FEATURE_GRID, FEATURE_GRID)
    m = np.abs(values).max(axis=(1, 2), keepdims=True)
    pictures = _on_screen(colors.neuron_image(values / np.where(m > 0, m, 1.0), "tanh"))
    pictures.flags.writeable = False
    return pictures


def column_image(
    pictures: np.ndarray, xs: np.ndarray, ys: np.ndarray, size: float, ratio: float, faded: np.ndarray, opacity: float
) -> tuple[QImage, QPointF]:
    """A whole column of thumbnails as one image, and where its top-left corner goes (in scene units).

    Node i is a square of side `size` centred at (xs[i], ys[i]); `pictures` (n, h, w, 4) are resampled to it
    (nearest cell) on the device's pixel grid, the `faded` ones blended towards the white background as if drawn
    at `opacity`. Drawing a column is then one blit instead of a Python call per neuron.
    """
    n = len(xs)
    side = max(1, int(round(size * ratio)))
    left, top = np.floor(xs.min() - size / 2), np.floor(ys.min() - size / 2)
    x0 = np.rint((xs - size / 2 - left) * ratio).astype(np.intp)
    y0 = np.rint((ys - size / 2 - top) * ratio).astype(np.intp)
    h, w = pictures.shape[1:3]
    rows = np.minimum((np.arange(side) + 0.5) * (h / side), h - 1).astype(np.intp)
    cols = np.minimum((np.arange(side) + 0.5) * (w / side), w - 1).astype(np.intp)
    thumbs = pictures[:n][:, rows][:, :, cols]  # (n, side, side, 4)
    if faded.any():
        thumbs = thumbs.copy()
        thumbs[faded, ..., :3] = np.rint(255.0 - (255.0 - thumbs[faded, ..., :3]) * opacity).astype(np.uint8)
    atlas = np.zeros((int(y0.max()) + side, int(x0.max()) + side, 4), dtype=np.uint8)  # transparent between nodes
    span = np.arange(side)
    atlas[(y0[:, None, None] + span[:, None]), (x0[:, None, None] + span[None, :])] = thumbs
    height, width = atlas.shape[:2]
    # Premultiplied is right as it is: every pixel is either opaque or fully transparent.
    image = QImage(atlas.data, width, height, 4 * width, QImage.Format.Format_RGBA8888_Premultiplied).copy()
    image.setDevicePixelRatio(ratio)
    return image, QPointF(left, top)


def value_colors(values: np.ndarray) -> list[QColor]:
    """Weights or biases as the diverging colour of their sign, saturated at |v| = 1 (as TF Playground)."""
    rgba = colors.diverging(values, 1.0)  # (NaN shows as 0, white)
    return [QColor(int(r), int(g), int(b)) for r, g, b, _ in rgba.reshape(-1, 4)]
