"""The playground's colours, and the one function that turns a model's output grid into pixels.

Used by the canvas, the neuron thumbnails and the headless exporter, so every picture of a model looks the same.
Two classes follow TensorFlow Playground: orange for class 0 (its label -1), blue for class 1 (its +1), white
where the model is undecided. More classes each take a colour of their own, shaded by the model's confidence.
"""

from __future__ import annotations

import numpy as np

# Nine classes (keys 1-9 select them) that stay apart for the one in twelve boys who is colour-blind: the first two
# are TensorFlow Playground's orange and blue; the other seven were chosen from Okabe-Ito's and Paul Tol's
# colour-blind-safe sets to keep every pair apart under simulated protanopia, deuteranopia and tritanopia (Machado
# et al. 2009, severity 1) while standing out from the white background. The smallest CIE76 difference of any
# pair is 19 under those simulations and 30 for normal vision (the palette before had blue and purple at 1.2 under
# protanopia: one colour); tests/core/test_colors.py measures it. The canvas draws a marker shape per class too,
# so colour is never the only cue.
CLASS_COLORS: tuple[str, ...] = (
    "#f59322",  # orange
    "#0877bd",  # blue
    "#ee3377",  # magenta (Tol)
    "#33bbee",  # cyan (Tol)
    "#997700",  # ochre
    "#332288",  # indigo (Tol)
    "#000000",  # black
    "#eecc66",  # sand
    "#663333",  # brown
)
NEGATIVE, POSITIVE = CLASS_COLORS[0], CLASS_COLORS[1]
BACKGROUND_STRENGTH = 0.55  # how far a fully confident cell moves from white: points stay readable over it


def rgb(hex_color: str) -> np.ndarray:
    h = hex_color.lstrip("#")
    return np.array([int(h[i : i + 2], 16) for i in (0, 2, 4)], dtype=np.float64)


_PALETTE = np.stack([rgb(c) for c in CLASS_COLORS])
_WHITE = np.array([255.0, 255.0, 255.0])


LEVELS = 511  # colour steps from -1 to +1 (odd, so 0 is exactly white): finer than the eye can tell apart


def _ramp(strength: float) -> np.ndarray:
    """(LEVELS, 4) RGBA: orange at -1 through white at 0 to blue at +1."""
    t = np.linspace(-1.0, 1.0, LEVELS)[:, None]
    target = np.where(t < 0, _PALETTE[0], _PALETTE[1])
    return _rgba(_WHITE + (target - _WHITE) * (np.abs(t) * strength))


def _shades(strength: float) -> np.ndarray:
    """(classes, LEVELS, 4) RGBA: each class's colour from white (confidence 0) to full (confidence 1)."""
    c = np.linspace(0.0, 1.0, LEVELS)[None, :, None]
    return _rgba(_WHITE + (_PALETTE[:, None, :] - _WHITE) * (c * strength))


_TABLES: dict[tuple[str, float], np.ndarray] = {}


def _table(kind: str, strength: float) -> np.ndarray:
    key = (kind, strength)
    if key not in _TABLES:
        _TABLES[key] = _ramp(strength) if kind == "ramp" else _shades(strength)
    return _TABLES[key]


def _level(values: np.ndarray, lo: float) -> np.ndarray:
    """Values in [lo, 1] (clipped; NaN as the middle) -> indices into a colour table."""
    v = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=(lo + 1.0) / 2)
    idx = np.rint((np.clip(v, lo, 1.0) - lo) * ((LEVELS - 1) / (1.0 - lo)))
    return idx.astype(np.intp)


def diverging(values: np.ndarray, strength: float = BACKGROUND_STRENGTH) -> np.ndarray:
    """Values in [-1, 1] -> RGBA uint8: orange for -1, white for 0, blue for +1 (clipped outside).
    A table look-up: a 100x100 picture costs a handful of NumPy calls, as it is made for every frame."""
    return _table("ramp", strength)[_level(values, -1.0)]


def _rgba(rgb_: np.ndarray) -> np.ndarray:
    out = np.empty(rgb_.shape[:-1] + (4,), dtype=np.uint8)
    out[..., :3] = np.clip(np.rint(rgb_), 0, 255)
    out[..., 3] = 255
    return out


def output_image(
    grid: np.ndarray, num_classes: int, discretize: bool = False, strength: float = BACKGROUND_STRENGTH
) -> np.ndarray:
    """A snapshot's `output_grid` as RGBA pixels (same [y, x] indexing).

    num_classes 0: regression values, shown on the diverging map. 2 with a (G, G) grid: p(class 1) blends orange
    to blue through white. k classes with (G, G, k): each cell takes its winning class's colour, shaded by how
    far the winner stands above a uniform guess. `discretize` shows only the decision, at full strength.
    """
    grid = np.asarray(grid, dtype=np.float64)
    if num_classes == 0:
        return diverging(np.sign(grid) if discretize else grid, strength)
    if grid.ndim == 2:
        t = 2.0 * grid - 1.0
        return diverging(np.sign(t) if discretize else t, strength)
    k = grid.shape[-1]
    g = np.nan_to_num(grid)
    winner = g.argmax(axis=-1) % len(_PALETTE)
    if discretize:
        return _table("shades", strength)[winner, LEVELS - 1]
    total = g.sum(axis=-1)
    conf = g.max(axis=-1) / np.where(total > 0, total, 1.0)  # normalised, so sigmoid outputs work too
    conf = (conf - 1.0 / k) / (1.0 - 1.0 / k)
    return _table("shades", strength)[winner, _level(conf, 0.0)]


def neuron_image(grid: np.ndarray, activation: str) -> np.ndarray:
    """A neuron's own output over the square: scaled to [-1, 1] by its activation's range, diverging map."""
    g = np.asarray(grid, dtype=np.float64)
    if activation == "sigmoid":
        v = 2.0 * g - 1.0
    elif activation in ("tanh", "sin"):
        v = g
    else:  # unbounded: scale by the largest magnitude so the shape shows
        m = float(np.max(np.abs(g[np.isfinite(g)]), initial=0.0))  # nanmax warns when every value is NaN
        v = g / m if m > 0 else g
    return diverging(v, strength=1.0)

# The runs of a session, one colour each in the loss chart and the run list (Tableau's ten, in its order: apart
# from one another at a glance, and readable on white). A run takes the first one no other run has.
RUN_COLORS: tuple[str, ...] = (
    "#4e79a7",  # blue
    "#f28e2b",  # orange
    "#59a14f",  # green
    "#e15759",  # red
    "#b07aa1",  # purple
    "#76b7b2",  # teal
    "#edc948",  # yellow
    "#ff9da7",  # pink
    "#9c755f",  # brown
    "#bab0ac",  # grey
)
