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
MIN_PITCH = 5.0  # below this a neuron cannot be hovered or clicked reliably: scroll instead
STAGGER_BELOW = 10.0  # squares smaller than this are hard to read: stagger the column in two rows
LEFT_MARGIN = 58.0  # room for the feature names left of the input column
RIGHT_MARGIN = 22.0
TOP_MARGIN = 8.0
BOTTOM_MARGIN = 8.0


@dataclass(frozen=True, eq=False)
class Column:
    x: float  # centre of the column
    size: float  # side of each node's square
    pitch: float  # vertical distance between consecutive nodes
    ys: np.ndarray  # (n,) node centres, top to bottom
    xs: np.ndarray  # (n,) node centres: all x, or alternating left and right of it in a crowded column

    def __len__(self) -> int:
        return len(self.ys)

    @property
    def left(self) -> float:
        return float(self.xs.min()) - self.size / 2 if len(self.xs) else self.x

    @property
    def right(self) -> float:
        return float(self.xs.max()) + self.size / 2 if len(self.xs) else self.x


@dataclass(frozen=True, eq=False)
class Layout:
    columns: tuple[Column, ...]
    width: float
    height: float
    spacing: float  # distance between column centres


def compute(counts: Sequence[int], width: float, height: float) -> Layout:
    """Columns of `counts` nodes spread over a width x height area (the height grows if they cannot fit).

    A column too crowded for readable squares staggers its nodes in two interleaved rows (zig-zag), which
    doubles the room of each: a 64-neuron layer in 450 pixels shows 12-pixel pictures instead of 5-pixel ones.
    """
    counts = [max(0, int(c)) for c in counts]
    width = max(float(width), LEFT_MARGIN + RIGHT_MARGIN + 2 * MAX_NODE)
    height = max(float(height), 60.0)
    inner = width - LEFT_MARGIN - RIGHT_MARGIN
    spacing = inner / (len(counts) - 1) if len(counts) > 1 else inner
    avail = height - TOP_MARGIN - BOTTOM_MARGIN
    needed = max(avail, max(counts, default=1) * MIN_PITCH)
    columns = []
    for i, n in enumerate(counts):
        x = LEFT_MARGIN + MAX_NODE / 2 + (inner - MAX_NODE) * (i / (len(counts) - 1) if len(counts) > 1 else 0.5)
        pitch = max(MIN_PITCH, min(MAX_NODE / 0.72, needed / max(n, 1)))
        # Nodes never crowd the links: a column takes at most ~40% of the gap between columns.
        size = float(min(MAX_NODE, pitch * 0.8, spacing * 0.4))
        xs = np.full(n, x)
        if size < STAGGER_BELOW and n > 1:
            size = float(min(MAX_NODE, 2 * pitch * 0.85, spacing * 0.2))
            xs = x + np.where(np.arange(n) % 2 == 0, -1.0, 1.0) * (size / 2 + 1.0)
        top = TOP_MARGIN + (needed - n * pitch) / 2  # centred: a single output sits level with the middle
        columns.append(Column(x, size, pitch, top + pitch * (np.arange(n) + 0.5), xs))
    return Layout(tuple(columns), width, needed + TOP_MARGIN + BOTTOM_MARGIN, spacing)


def smoothstep(t: np.ndarray) -> np.ndarray:
    """The cubic with flat ends: the same curve as a Bezier link with horizontal tangents (d3's diagonal)."""
    return t * t * (3.0 - 2.0 * t)


def segments_for(n_links: int) -> int:
    """Points per drawn link: smooth curves while there are few links, straight lines when there are so many
    (a crowded diagram's columns are close together) that a curve could not be told from a line."""
    if n_links <= 128:
        return 16
    if n_links <= 256:
        return 8
    return 2


def link_curves(
    x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray, points: int
) -> tuple[np.ndarray, np.ndarray]:
    """Links from every (x0[r], y0[r]) to every (x1[c], y1[c]): x and y of shape (n0 * n1, points), link r * n1 + c
    in row r * n1 + c (W[r, c]'s order)."""
    t = np.linspace(0.0, 1.0, max(2, points))
    n = len(y0) * len(y1)
    dx = (x1[None, :] - x0[:, None])[:, :, None]  # (n0, n1, 1)
    dy = (y1[None, :] - y0[:, None])[:, :, None]
    xs = x0[:, None, None] + dx * t
    ys = y0[:, None, None] + dy * smoothstep(t)
    return xs.reshape(n, len(t)), ys.reshape(n, len(t))


def link_y_at(
    x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray, x: float, straight: bool = False
) -> np.ndarray:
    """(n0, n1): where every link (a curve, or a straight line) crosses the vertical line at x; NaN for links
    that do not reach it."""
    span = x1[None, :] - x0[:, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (x - x0[:, None]) / np.where(span != 0, span, np.nan)
    s = np.clip(t, 0.0, 1.0)
    y = y0[:, None] + (y1[None, :] - y0[:, None]) * (s if straight else smoothstep(s))
    return np.where((t >= 0) & (t <= 1), y, np.nan)


HEADER_GAP = 6  # pixels between neighbouring headers


def header_spans(
    layout: Layout, offset: float, right: float, layers: int, titles: tuple[float, float]
) -> list[tuple[float, float]]:
    """Left and right x of the headers above the columns: the features' title, each hidden layer's controls, the
    output's title, each centred on its column and kept inside [0, right]. `offset` turns scene x into the strip's
    x; `titles` are the widths of the feature and output titles' bold lines, which must stay readable."""

    def span(column: int, width: float, lo: float = 0.0, hi: float = right) -> tuple[float, float]:
        """A header centred on a column, moved into [lo, hi] (and cut if it is wider)."""
        left = max(lo, min(layout.columns[column].x + offset - width / 2, hi - width))
        return left, min(left + width, hi)

    # Column centres are closer than layout.spacing (the end columns sit MAX_NODE / 2 inside the margins): sized
    # from it, the headers of five layers touched.
    pitch = layout.columns[1].x - layout.columns[0].x
    width = min(max(pitch - HEADER_GAP, 40), 104)
    spans = [span(l + 1, width) for l in range(layers)]
    out_width, feature_width = max(70, min(layout.spacing, 112)), min(layout.spacing + 40, 120)
    # Many layers bring the layer headers close to the titles beside them: a title then moves outwards (the
    # feature title over the feature names), and narrows if it must ("click to toggle" wraps), so it never covers
    # the +/- buttons; never narrower than its bold title line, though, which must stay readable.
    feature_title, output_title = titles
    out_lo = min(spans[-1][1] + HEADER_GAP, right - output_title) if spans else 0.0
    out = span(-1, out_width, lo=out_lo)
    feature_end = max((spans[0][0] if spans else out[0]) - HEADER_GAP, feature_title)
    return [span(0, feature_width, hi=feature_end), *spans, out]
