"""Where the network diagram puts things: pure geometry, no Qt, so it is tested and reasoned about on its own.

The diagram is laid out to fit the widget (no zoom): columns spread evenly across the width, each column's neurons
share its height. Thumbnails shrink as layers grow (34 px at the default shape, a few pixels at 64 neurons) and
only when even that does not fit does the diagram grow taller than the view and scroll.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

MAX_NODE = 34.0  # TensorFlow Playground's thumbnails are about this size
MIN_PITCH = 7.0  # below this a neuron cannot be hovered or clicked reliably: scroll instead
LEFT_MARGIN = 58.0  # room for the feature names left of the input column
RIGHT_MARGIN = 22.0
TOP_MARGIN = 8.0
BOTTOM_MARGIN = 8.0


@dataclass(frozen=True, eq=False)
class Column:
    x: float  # centre of the column's nodes
    size: float  # side of each node's square
    pitch: float  # distance between node centres
    ys: np.ndarray  # (n,) node centres, top to bottom

    def __len__(self) -> int:
        return len(self.ys)

    @property
    def left(self) -> float:
        return self.x - self.size / 2

    @property
    def right(self) -> float:
        return self.x + self.size / 2


@dataclass(frozen=True, eq=False)
class Layout:
    columns: tuple[Column, ...]
    width: float
    height: float
    spacing: float  # distance between column centres


def compute(counts: Sequence[int], width: float, height: float) -> Layout:
    """Columns of `counts` nodes spread over a width x height area (the height grows if they cannot fit)."""
    counts = [max(0, int(c)) for c in counts]
    width = max(float(width), LEFT_MARGIN + RIGHT_MARGIN + 2 * MAX_NODE)
    height = max(float(height), 60.0)
    inner = width - LEFT_MARGIN - RIGHT_MARGIN
    spacing = inner / (len(counts) - 1) if len(counts) > 1 else inner
    avail = height - TOP_MARGIN - BOTTOM_MARGIN
    tallest = max(counts, default=1)
    needed = max(avail, tallest * MIN_PITCH)
    columns = []
    for i, n in enumerate(counts):
        x = (
            LEFT_MARGIN
            + MAX_NODE / 2
            + (inner - MAX_NODE) * (i / (len(counts) - 1) if len(counts) > 1 else 0.5)
        )
        pitch = max(MIN_PITCH, min(MAX_NODE / 0.72, needed / max(n, 1)))
        # Nodes never crowd the links: a node takes at most ~40% of the gap between columns.
        size = float(min(MAX_NODE, pitch * 0.8, spacing * 0.4))
        top = TOP_MARGIN + (needed - n * pitch) / 2  # centred: a single output sits level with the middle
        columns.append(Column(x, size, pitch, top + pitch * (np.arange(n) + 0.5)))
    return Layout(tuple(columns), width, needed + TOP_MARGIN + BOTTOM_MARGIN, spacing)


def smoothstep(t: np.ndarray) -> np.ndarray:
    """The cubic with flat ends: the same curve as a Bezier link with horizontal tangents (d3's diagonal)."""
    return t * t * (3.0 - 2.0 * t)


def segments_for(n_links: int) -> int:
    """Points per drawn link: smooth curves while there are few links, cheaper polylines when there are many."""
    if n_links <= 256:
        return 16
    if n_links <= 1024:
        return 8
    return 5


def link_curves(
    x0: float, y0: np.ndarray, x1: float, y1: np.ndarray, points: int
) -> tuple[np.ndarray, np.ndarray]:
    """x (points,) shared by every link, y (n0 * n1, points) for link r * n1 + c (W[r, c]'s order)."""
    t = np.linspace(0.0, 1.0, max(2, points))
    xs = x0 + (x1 - x0) * t
    dy = y1[None, :] - y0[:, None]  # (n0, n1)
    ys = y0[:, None, None] + dy[:, :, None] * smoothstep(t)[None, None, :]
    return xs, ys.reshape(len(y0) * len(y1), len(t))


def link_y_at(x0: float, y0: np.ndarray, x1: float, y1: np.ndarray, x: float) -> np.ndarray:
    """(n0, n1): where every link crosses the vertical line at x (for hit-testing the mouse)."""
    t = float(np.clip((x - x0) / (x1 - x0), 0.0, 1.0)) if x1 != x0 else 0.0
    return y0[:, None] + (y1[None, :] - y0[:, None]) * smoothstep(np.float64(t))
