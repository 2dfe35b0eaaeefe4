"""Data-set generators: TensorFlow Playground's six, with its formulas, and a few more with k classes.

Every generator draws from `np.random.default_rng(seed)` (PCG64), so the same name, n, noise and seed give the
same points on every machine: a teacher can say "spiral, noise 0.2, seed 7" and the class sees one picture.
Points live in the playground's square, x and y in [-6, 6]; anything a formula could push outside is clipped.
TensorFlow Playground's labels -1/+1 become classes 0/1. The points come back shuffled (as the playground
shuffles them before splitting), so no consumer can rely on, or be misled by, generation order.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from . import formula_data, shipped
from .square import LIMIT, MAX_CLASSES, MAX_POINTS, MIN_CLASSES
from .texts import QT_TRANSLATE_NOOP, Text

DEFAULT_CLASSIFICATION_N = 500
DEFAULT_REGRESSION_N = 1200

Generator = Callable[[np.random.Generator, int, float, int], tuple[np.ndarray, np.ndarray]]


def _balanced(n: int, k: int) -> list[int]:
    """Points per class: as equal as possible, the first classes take the remainder."""
    return [n // k + (1 if c < n % k else 0) for c in range(k)]


def _xy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.clip(np.column_stack([x, y]), -LIMIT, LIMIT)


# ---- TensorFlow Playground's six (src/dataset.ts) ----------------------------------------------------------
def _circle(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Half the points at r ~ U(0, 2.5), half at r ~ U(3.5, 5); the label is read at a noise-shifted point."""
    radius = 5.0
    inner, outer = _balanced(n, 2)
    r = np.concatenate([rng.uniform(0.0, radius * 0.5, inner), rng.uniform(radius * 0.7, radius, outer)])
    angle = rng.uniform(0.0, 2.0 * math.pi, n)
    x, y = r * np.sin(angle), r * np.cos(angle)
    shift = rng.uniform(-radius, radius, (n, 2)) * noise
    label = np.hypot(x + shift[:, 0], y + shift[:, 1]) < radius * 0.5
    return _xy(x, y), label.astype(np.int64)


def _xor(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """x, y ~ U(-5, 5) pushed 0.3 away from the axes; class 1 where x*y >= 0 at the noise-shifted point."""
    xy = rng.uniform(-5.0, 5.0, (n, 2))
    xy += np.where(xy > 0, 0.3, -0.3)
    shifted = xy + rng.uniform(-5.0, 5.0, (n, 2)) * noise
    label = shifted[:, 0] * shifted[:, 1] >= 0
    return _xy(xy[:, 0], xy[:, 1]), label.astype(np.int64)


def _gauss(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Gaussians at (2, 2) (class 1) and (-2, -2) (class 0); variance 0.5 at noise 0 up to 4 at noise 0.5."""
    variance = 0.5 + noise * (4.0 - 0.5) / 0.5  # d3.scale.linear().domain([0, .5]).range([0.5, 4]), unclamped
    ones, zeros = _balanced(n, 2)
    sd = math.sqrt(variance)
    xy = np.concatenate([rng.normal(2.0, sd, (ones, 2)), rng.normal(-2.0, sd, (zeros, 2))])
    label = np.concatenate([np.ones(ones, np.int64), np.zeros(zeros, np.int64)])
    return _xy(xy[:, 0], xy[:, 1]), label


def _arms(rng: np.random.Generator, n: int, noise: float, k: int, half: float | None) -> np.ndarray:
    """The playground's spiral arm, `k` of them: r = 5i/m, t = 1.75 * 2 pi * i/m + 2 pi j/k, m points per arm.

    TF Playground divides by n/2 for both arms (even when n is odd); `half` keeps that for its spiral.
    """
    parts = []
    for j, count in enumerate(_balanced(n, k)):
        m = half if half is not None else max(count, 1)
        i = np.arange(count, dtype=np.float64)
        r = i / m * 5.0
        t = 1.75 * i / m * 2.0 * math.pi + 2.0 * math.pi * j / k
        parts.append(np.column_stack([r * np.sin(t), r * np.cos(t)]))
    xy = np.concatenate(parts) if parts else np.empty((0, 2))
    return xy + rng.uniform(-1.0, 1.0, (n, 2)) * noise


def _spiral(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Two arms; the one starting at angle 0 is class 1, the one at pi is class 0."""
    xy = _arms(rng, n, noise, 2, half=n / 2)
    ones, zeros = _balanced(n, 2)
    label = np.concatenate([np.ones(ones, np.int64), np.zeros(zeros, np.int64)])
    return _xy(xy[:, 0], xy[:, 1]), label


def _plane(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """x, y ~ U(-6, 6); value (x' + y') / 10 at the point shifted by U(-6, 6) * noise."""
    xy = rng.uniform(-LIMIT, LIMIT, (n, 2))
    shifted = xy + rng.uniform(-LIMIT, LIMIT, (n, 2)) * noise
    return xy, (shifted[:, 0] + shifted[:, 1]) / 10.0


MULTIGAUSS_CENTRES = np.array(
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]], dtype=np.float64
)


def multigauss_value(xy: np.ndarray) -> np.ndarray:
    """TF Playground's six bumps: sign * clamp(1 - d/2, 0, 1) of the bump with the largest magnitude."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    d = np.hypot(xy[:, None, 0] - MULTIGAUSS_CENTRES[:, 0], xy[:, None, 1] - MULTIGAUSS_CENTRES[:, 1])
    v = MULTIGAUSS_CENTRES[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    pick = np.argmax(np.abs(v), axis=1)  # first of equals, as the playground's strict ">" keeps the first
    return v[np.arange(len(v)), pick] if len(v) else np.empty(0)


def _multigauss(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    xy = rng.uniform(-LIMIT, LIMIT, (n, 2))
    shifted = xy + rng.uniform(-LIMIT, LIMIT, (n, 2)) * noise
    return xy, multigauss_value(shifted)


# ---- beyond the playground ---------------------------------------------------------------------------------
MOON_RADIUS = 3.0
MOON_CENTRES = (
    (-1.5, -0.75),
    (1.5, 0.75),
)  # class 0 is the upper arc of the first, class 1 the lower of the second


def _moons(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """scikit-learn's two moons scaled by 3 and centred; Gaussian jitter of sd 1.5 * noise."""
    upper, lower = _balanced(n, 2)
    t = rng.uniform(0.0, math.pi, n)
    sign = np.concatenate([np.ones(upper), -np.ones(lower)])
    cx = np.concatenate([np.full(upper, MOON_CENTRES[0][0]), np.full(lower, MOON_CENTRES[1][0])])
    cy = np.concatenate([np.full(upper, MOON_CENTRES[0][1]), np.full(lower, MOON_CENTRES[1][1])])
    x = cx + sign * MOON_RADIUS * np.cos(t)
    y = cy + sign * MOON_RADIUS * np.sin(t)
    jitter = rng.normal(0.0, 1.0, (n, 2)) * (1.5 * noise)
    label = np.concatenate([np.zeros(upper, np.int64), np.ones(lower, np.int64)])
    return _xy(x + jitter[:, 0], y + jitter[:, 1]), label


BLOB_RADIUS = 3.5


def blob_centres(k: int) -> np.ndarray:
    """(k, 2) blob centres: evenly round a circle of radius 3.5, the first at 45 degrees (like gauss)."""
    a = math.pi / 4 + 2.0 * math.pi * np.arange(k) / k
    return BLOB_RADIUS * np.column_stack([np.cos(a), np.sin(a)])


def _blobs(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """k Gaussian blobs; sd 0.4 at noise 0 (separable even for 9) up to 1.4 at noise 0.5 (overlapping)."""
    sd = 0.4 + 2.0 * noise
    counts = _balanced(n, k)
    label = np.repeat(np.arange(k, dtype=np.int64), counts)
    xy = blob_centres(k)[label] + rng.normal(0.0, sd, (n, 2))
    return _xy(xy[:, 0], xy[:, 1]), label


def checkerboard_class(xy: np.ndarray, k: int) -> np.ndarray:
    """The class of each point's cell: (column + row) mod k on an m x m board, m = max(4, k)."""
    m = max(4, k)
    cell = np.floor((np.asarray(xy, dtype=np.float64) + LIMIT) / (2 * LIMIT / m)).astype(np.int64)
    return (cell[:, 0] + cell[:, 1]) % k


def _checkerboard(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each class gets its share of points spread over its cells; noise reads the class at a shifted point."""
    m = max(4, k)
    side = 2 * LIMIT / m
    rows, cols = np.divmod(np.arange(m * m), m)
    cells_of = [np.flatnonzero((rows + cols) % k == c) for c in range(k)]
    want = np.repeat(np.arange(k), _balanced(n, k))
    pick = np.empty(n, np.int64)
    for c, cells in enumerate(cells_of):
        where = want == c
        pick[where] = cells[rng.integers(0, len(cells), int(where.sum()))]
    corner = np.column_stack([pick % m, pick // m]) * side - LIMIT
    xy = corner + rng.uniform(0.0, side, (n, 2))
    shifted = xy + rng.uniform(-side, side, (n, 2)) * noise
    return _xy(xy[:, 0], xy[:, 1]), checkerboard_class(shifted, k)


def _spirals(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """k arms of the playground's spiral, arm j (starting at angle 2 pi j / k) is class j."""
    xy = _arms(rng, n, noise, k, half=None)
    label = np.repeat(np.arange(k, dtype=np.int64), _balanced(n, k))
    return _xy(xy[:, 0], xy[:, 1]), label


def ring_class(xy: np.ndarray, k: int) -> np.ndarray:
    """Ring index of each point: k bands of width 5/k from the centre; beyond radius 5 is the last ring."""
    r = np.hypot(*np.asarray(xy, dtype=np.float64).reshape(-1, 2).T)
    return np.minimum(np.floor(r / (5.0 / k)), k - 1).astype(np.int64)


def _rings(rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
    """k bands within radius 5, with gaps (like circle's); noise reads the ring at a shifted point."""
    width = 5.0 / k
    gap = 0.15 * width
    cls = np.repeat(np.arange(k, dtype=np.int64), _balanced(n, k))
    lo = cls * width + np.where(cls > 0, gap, 0.0)
    r = lo + rng.random(n) * ((cls + 1) * width - gap - lo)
    angle = rng.uniform(0.0, 2.0 * math.pi, n)
    x, y = r * np.sin(angle), r * np.cos(angle)
    shifted = np.column_stack([x, y]) + rng.uniform(-width, width, (n, 2)) * (2.0 * noise)
    return _xy(x, y), ring_class(shifted, k)


@dataclass(frozen=True)
class _Spec:
    title: str
    make: Generator
    regression: bool = False
    has_classes: bool = False
    shipped: bool = False  # a real data set (shipped.py), not a formula


_UNKNOWN = QT_TRANSLATE_NOOP(
    "core.datasets", "unknown data set {name!r}; choose one of {names}, or type a rule such as y > sin(x)"
)


def _drawn_from(name: str) -> Generator:
    return lambda rng, n, noise, k: shipped.draw(name, rng, n, noise)


_SETS: dict[str, _Spec] = {
    "circle": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Circle"), _circle),
    "xor": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Exclusive or"), _xor),
    "gauss": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Two Gaussians"), _gauss),
    "spiral": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Two spirals"), _spiral),
    "plane": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Plane"), _plane, regression=True),
    "multigauss": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Six Gaussians"), _multigauss, regression=True),
    "moons": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Two moons"), _moons),
    "blobs": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Blobs"), _blobs, has_classes=True),
    "checkerboard": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Checkerboard"), _checkerboard, has_classes=True),
    "spirals": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Spiral arms"), _spirals, has_classes=True),
    "rings": _Spec(QT_TRANSLATE_NOOP("core.datasets", "Rings"), _rings, has_classes=True),
    **{
        name: _Spec(s.title, _drawn_from(name), regression=s.regression, shipped=True)
        for name, s in shipped.SHIPPED.items()
    },
}


def names() -> list[str]:
    """Every data set's name: TensorFlow Playground's six in its order, then ours, then the real ones shipped."""
    return list(_SETS)


def is_shipped(name: str) -> bool:
    """Whether the set is real data shipped with the app (its points are measurements, not a formula's)."""
    return _spec(name).shipped


def _spec(name: str) -> _Spec:
    try:
        return _SETS[name]
    except (KeyError, TypeError):
        pass
    if formula_data.looks_like_formula(name):  # a typed rule is a data set too, named by itself
        f = formula_data.parse(name)  # FormulaError (a ValueError) saying where the rule is wrong
        return _Spec(f.text, f.generate, regression=f.regression)
    raise ValueError(Text(_UNKNOWN, {"name": name, "names": ", ".join(_SETS)}))


def is_regression(name: str) -> bool:
    """Whether the set has a value per point (regression) rather than a class."""
    return _spec(name).regression


def has_classes(name: str) -> bool:
    """Whether the number of classes can be chosen (2 to 9); the others ignore `classes`."""
    return _spec(name).has_classes


def default_classes(name: str) -> int:
    """The classes a set starts with when none are asked for: 3 where they can be chosen (that is what those sets
    are there to show), else 2."""
    if is_shipped(name):
        return shipped.classes(name)
    return 3 if has_classes(name) else 2


def title(name: str) -> str:
    """A human label for menus, e.g. "Two spirals"."""
    return _spec(name).title


def default_n(name: str) -> int:
    """The playground's default size: 500 points to classify, 1200 for regression; a real set's every row."""
    if is_shipped(name):
        return shipped.rows(name)
    return DEFAULT_REGRESSION_N if is_regression(name) else DEFAULT_CLASSIFICATION_N


def generate(
    name: str, n: int | None = None, noise: float = 0.0, seed: int = 0, classes: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """Draw a data set: X (n, 2) float64 in [-6, 6], y int64 classes 0..k-1 or float64 values (regression).

    `noise` is the playground's slider (0 to 0.5; up to 1 is accepted), `classes` (2 to 9) matters only for
    the sets where `has_classes(name)`. The same arguments give the same arrays on every machine, and for one
    seed the noise only relabels or nudges the same points, so dragging the noise slider feels continuous.
    """
    spec = _spec(name)
    n = default_n(name) if n is None else _integer("n", n)
    if not 0 <= n <= MAX_POINTS:
        raise ValueError(f"the number of points must be between 0 and {MAX_POINTS:,}, got {n}")
    if isinstance(noise, bool) or not isinstance(noise, (int, float, np.integer, np.floating)):
        raise TypeError(f"noise must be a number, got {noise!r}")
    noise = float(noise)
    if not (math.isfinite(noise) and 0.0 <= noise <= 1.0):
        raise ValueError(f"noise must be between 0 and 1, got {noise}")
    seed = _integer("seed", seed)
    if seed < 0:
        raise ValueError(f"seed must be 0 or more, got {seed}")
    classes = _integer("classes", classes)
    if not MIN_CLASSES <= classes <= MAX_CLASSES:
        raise ValueError(f"classes must be between {MIN_CLASSES} and {MAX_CLASSES}, got {classes}")
    rng = np.random.default_rng(seed)
    xy, y = spec.make(rng, n, noise, classes if spec.has_classes else 2)
    order = rng.permutation(n)
    xy = np.ascontiguousarray(xy[order], dtype=np.float64)
    y = np.ascontiguousarray(y[order], dtype=np.float64 if spec.regression else np.int64)
    return xy, y


def _integer(what: str, value: object) -> int:
    if isinstance(value, bool):
        raise TypeError(f"{what} must be a whole number, not a boolean")
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"{what} must be a whole number, got {value!r}") from None
