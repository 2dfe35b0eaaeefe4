"""The real data sets the app ships (`resources/datasets/`, their sources and licences in the README there): two
measured columns as x and y, and a species (classes, named) or a measurement (regression, a value).

Each is put into the playground's square as an imported file is (min-max, `rescale.py`: coordinates into [-5, 5],
a value into [-1, 1]), and `meaning(name)` says how, in the DataSpec fields an import sets, so that the exports
take millimetres and grams. `datasets.generate` draws from them like from any generator: every row, or a subset
of n of them picked by the seed, nudged by the noise.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache

import numpy as np

from . import rescale
from .square import LIMIT
from .texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shipped:
    title: str
    file: str
    x: str  # column names in the file
    y: str
    target: str
    regression: bool = False


SHIPPED: dict[str, Shipped] = {
    "penguins": Shipped(
        QT_TRANSLATE_NOOP("core.shipped", "Palmer penguins"),
        "penguins.csv",
        "bill_length_mm",
        "bill_depth_mm",
        "species",
    ),
    "iris": Shipped(
        QT_TRANSLATE_NOOP("core.shipped", "Iris"), "iris.csv", "petal_length_cm", "petal_width_cm", "species"
    ),
    "penguin_mass": Shipped(
        QT_TRANSLATE_NOOP("core.shipped", "Penguin body mass"),
        "penguins.csv",
        "flipper_length_mm",
        "bill_length_mm",
        "body_mass_g",
        regression=True,
    ),
}


@dataclass(frozen=True)
class Loaded:
    xy: np.ndarray  # (n, 2) in the square
    target: np.ndarray  # classes (int) or values (in [-1, 1])
    class_names: tuple[str, ...]
    scale: tuple[float, float, float]  # x, y, value: square = raw * scale + offset
    offset: tuple[float, float, float]


@cache
def load(name: str) -> Loaded:
    """The set's rows, rescaled (read once)."""
    from nnplayground import resources  # (data, not code: found wherever the package runs from)

    s = SHIPPED[name]
    text = resources.path("datasets", s.file).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    raw = np.array([[float(r[s.x]), float(r[s.y])] for r in rows])
    scale, offset = rescale.rescaling(raw, "minmax")
    xy = np.clip(raw * np.asarray(scale) + np.asarray(offset), -LIMIT, LIMIT)  # (to the last bit, inside)
    if s.regression:
        values = np.array([float(r[s.target]) for r in rows])
        vs, vo = rescale.minmax(values, rescale.VALUE_HALF)
        return Loaded(xy, values * vs + vo, (), (*scale, vs), (*offset, vo))  # type: ignore[arg-type]
    names = tuple(dict.fromkeys(r[s.target] for r in rows))  # in the order they first appear
    labels = np.array([names.index(r[s.target]) for r in rows], dtype=np.int64)
    return Loaded(xy, labels, names, (*scale, 1.0), (*offset, 0.0))  # type: ignore[arg-type]


def rows(name: str) -> int:
    return len(load(name).xy)


def classes(name: str) -> int:
    return 2 if SHIPPED[name].regression else len(load(name).class_names)


def meaning(name: str) -> dict[str, object]:
    """The DataSpec fields that say what the set's points mean: class names, and the rescaling of its units."""
    d = load(name)
    return {
        "class_names": d.class_names,
        "x_scale": d.scale[0],
        "x_offset": d.offset[0],
        "y_scale": d.scale[1],
        "y_offset": d.offset[1],
        "value_scale": d.scale[2],
        "value_offset": d.offset[2],
    }


def draw(name: str, rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """n of the set's rows (all of them, n of them picked by `rng`, or all and more picked again), nudged by up to
    `noise` (as spiral's jitter)."""
    d = load(name)
    total = len(d.xy)
    if n >= total:  # every row, and more drawn again at random (the noise then tells the copies apart)
        pick = np.concatenate([np.arange(total), rng.integers(0, total, n - total)]) if total else np.zeros(0, int)
    else:
        pick = np.sort(rng.choice(total, n, replace=False))
    xy = d.xy[pick] + rng.uniform(-1.0, 1.0, (n, 2)) * noise
    return np.clip(xy, -LIMIT, LIMIT), d.target[pick]
