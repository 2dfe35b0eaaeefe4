"""The decision boundary as line segments: marching squares over a model's output grid, in pure NumPy."""

from __future__ import annotations

import numpy as np

from .square import LIMIT


def contour_segments(grid: np.ndarray, level: float = 0.0, lo: float = -LIMIT, hi: float = LIMIT) -> np.ndarray:
    """The `level` iso-line of grid[y, x] (values at pixel centres over [lo, hi]^2) as (2m, 2) segment end points.

    Marching squares without a Python loop: each cell with two crossings gives one segment, a saddle cell two
    (split the way its centre value says). Consecutive rows pair up, ready for `connect="pairs"`. Cells touching a
    NaN give nothing.
    """
    f = np.asarray(grid, dtype=np.float64) - level
    if f.ndim != 2 or min(f.shape) < 2:
        return np.empty((0, 2))
    # Each cell's corners: a bottom-left, b bottom-right, c top-right, d top-left (row 0 is the bottom).
    finite, pos = np.isfinite(f), f > 0
    valid = finite[:-1, :-1] & finite[:-1, 1:] & finite[1:, 1:] & finite[1:, :-1]
    pa, pb, pc, pd = pos[:-1, :-1], pos[:-1, 1:], pos[1:, 1:], pos[1:, :-1]
    # Only the few cells the line passes through are worked on (a few hundred of 10,000).
    ii, jj = np.nonzero(((pa != pb) | (pb != pc) | (pd != pc) | (pa != pd)) & valid)
    a, b, c, d = f[ii, jj], f[ii, jj + 1], f[ii + 1, jj + 1], f[ii + 1, jj]
    pa, pb, pc, pd = a > 0, b > 0, c > 0, d > 0
    ii, jj = ii.astype(np.float64), jj.astype(np.float64)
    with np.errstate(all="ignore"):  # divisions only matter where the signs differ, where they are safe
        px = np.stack([jj + a / (a - b), jj + 1.0, jj + d / (d - c), jj], axis=-1)  # bottom, right, top, left
        py = np.stack([ii, ii + b / (b - c), ii + 1.0, ii + a / (a - d)], axis=-1)
    cross = np.stack([pa != pb, pb != pc, pd != pc, pa != pd], axis=-1)
    pts = np.stack([px, py], axis=-1)  # (cells, edge, xy)
    count = cross.sum(axis=-1)

    two = count == 2
    first_two = np.argsort(~cross[two], axis=1, kind="stable")[:, :2]  # the two crossed edges of each cell
    seg2 = np.take_along_axis(pts[two], first_two[..., None], axis=1)

    four = count == 4
    centre_same = ((a + b + c + d)[four] > 0) == pa[four]  # the centre on a's side: cut off corners b and d
    pairs = np.where(centre_same[:, None, None], [[0, 1], [2, 3]], [[3, 0], [1, 2]])
    seg4 = pts[four][np.arange(len(pairs))[:, None, None], pairs]  # (m, 2 segments, 2 ends, xy)

    seg = np.concatenate([seg2.reshape(-1, 2), seg4.reshape(-1, 2)])
    step = np.array([(hi - lo) / f.shape[1], (hi - lo) / f.shape[0]])
    return lo + (seg + 0.5) * step


def boundary_segments(grid: np.ndarray, num_classes: int) -> np.ndarray:
    """Where the model changes its mind: p = 0.5 for two classes, value 0 for regression, class borders for k."""
    g = np.asarray(grid, dtype=np.float64)
    if num_classes == 0:
        return contour_segments(g, 0.0)
    if g.ndim == 2:
        return contour_segments(g, 0.5)
    # k classes: class c's region is where its score beats the best other one; its border is that margin's zero.
    order = np.sort(g, axis=-1)
    top, second = order[..., -1], order[..., -2]
    parts = []
    for c in range(g.shape[-1]):  # a loop over classes (at most nine), not over pixels
        others = np.where(g[..., c] >= top, second, top)
        parts.append(contour_segments(g[..., c] - others, 0.0))
    return np.concatenate(parts) if parts else np.empty((0, 2))
