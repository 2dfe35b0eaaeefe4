"""The points a user works with, and every edit of them as a small immutable command that knows its inverse.

A `PointSet` is immutable (frozen, read-only arrays) so that the window, the trainer's snapshot and the undo
history can share one without copies or locks. An edit (`AddPoints`, `RemovePoints`, ...) carries all it
needs, including the split keys and brush jitter drawn when the user made the gesture, so a redo gives exactly
the same set; `edit.inverse(before)` is the edit that takes the result back to `before` (as Orange's Paint
Data does with a `QUndoStack`). Every path that builds a set validates it: no NaN, nothing outside
[-6, 6], no class above 8.

The train/test split is a per-point key drawn when the point is created: a point is a test point when its key
is >= the train ratio, so adding or removing points never moves any other point to the other side.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np

LIMIT = 6.0
MAX_CLASS = 8  # classes 0..8: the keys 1-9 pick them
_SPLIT_STREAM = 0x53504C4954  # "SPLIT": split keys have their own stream, never correlated with the data's


def _num(v: float) -> str:
    """A number for a message: 7 rather than 7.0, but 6.0000001 kept whole."""
    try:
        v = float(v)
    except (TypeError, ValueError):
        return repr(v)
    return str(int(v)) if math.isfinite(v) and v == int(v) and abs(v) < 1e15 else repr(v)


def describe_problem(x: float, y: float, target: float, regression: bool = False) -> str | None:
    """What is wrong with one point, in words a person can act on, or None if it is fine."""
    for axis, v in (("x", x), ("y", y)):
        if math.isnan(v):
            return f"{axis} is NaN"
        if not -LIMIT <= v <= LIMIT:
            return f"{axis} = {_num(v)} is outside the square [-6, 6]"
    kind = "value" if regression else "class"
    if math.isnan(target):
        return f"{kind} is NaN"
    if math.isinf(target):
        return f"{kind} is infinite"
    if not regression:
        if target != math.floor(target):
            return f"class {_num(target)} is not a whole number"
        if target < 0:
            return f"class {_num(target)} is negative; classes are 0 to {MAX_CLASS}"
        if target > MAX_CLASS:
            return f"class {_num(target)} is above {MAX_CLASS}; classes are 0 to {MAX_CLASS}"
    return None


def invalid_mask(xy: np.ndarray, target: np.ndarray, regression: bool = False) -> np.ndarray:
    """(n,) bool: which points `describe_problem` would refuse, computed without a Python loop."""
    bad = ~(np.abs(xy) <= LIMIT).all(axis=1)  # NaN and inf compare False
    if regression:
        return bad | ~np.isfinite(target)
    return bad | ~((target >= 0) & (target <= MAX_CLASS) & (target == np.floor(target)))


def find_problem(xy: np.ndarray, target: np.ndarray, regression: bool = False) -> tuple[int, str] | None:
    """The first bad point's index and what is wrong with it, or None when every point is valid."""
    bad = np.flatnonzero(invalid_mask(xy, target, regression))
    if not len(bad):
        return None
    i = int(bad[0])
    return i, describe_problem(xy[i, 0], xy[i, 1], target[i], regression) or "invalid point"


def _ro(a: np.ndarray) -> np.ndarray:
    """Mark an array this module has just built as read-only (so PointSet takes it without another copy)."""
    a.setflags(write=False)
    return a


def _frozen(a: object, what: str, ndim: int) -> np.ndarray:
    """A read-only float64 array, copied unless already read-only (so a caller cannot change it under us)."""
    arr = np.asarray(a, dtype=np.float64)
    if arr.size == 0:
        arr = arr.reshape((0, 2) if ndim == 2 else (0,))
    if arr.ndim != ndim or (ndim == 2 and arr.shape[1] != 2):
        want = "(n, 2)" if ndim == 2 else "(n,)"
        raise ValueError(f"{what} must have shape {want}, got {arr.shape}")
    if arr.flags.writeable or not arr.flags.c_contiguous:
        arr = np.array(arr, dtype=np.float64, order="C")
    arr.setflags(write=False)
    return arr


@dataclass(frozen=True, eq=False, repr=False)
class PointSet:
    """Points (n, 2), their class (a whole number, classification) or value (regression), and split keys."""

    xy: np.ndarray
    target: np.ndarray
    split: np.ndarray
    regression: bool = False

    def __post_init__(self) -> None:
        xy = _frozen(self.xy, "xy", 2)
        target = _frozen(self.target, "target", 1)
        split = _frozen(self.split, "split", 1)
        if not len(xy) == len(target) == len(split):
            raise ValueError(f"xy, target and split differ in length: {len(xy)}, {len(target)}, {len(split)}")
        found = find_problem(xy, target, bool(self.regression))
        if found is not None:
            raise ValueError(f"point {found[0]}: {found[1]}")
        if len(split) and not ((split >= 0.0) & (split < 1.0)).all():
            raise ValueError("split keys must lie in [0, 1)")
        object.__setattr__(self, "xy", xy)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "split", split)
        object.__setattr__(self, "regression", bool(self.regression))

    # ---- construction ----------------------------------------------------------------------------------
    @classmethod
    def empty(cls, regression: bool = False) -> PointSet:
        return cls(np.empty((0, 2)), np.empty(0), np.empty(0), regression)

    @classmethod
    def from_arrays(cls, xy: object, target: object, regression: bool = False, seed: int = 0) -> PointSet:
        """A validated set with split keys drawn from `seed` (their own stream, independent of the data's)."""
        xy_arr = _frozen(xy, "xy", 2)
        return cls(xy_arr, target, _ro(split_rng(seed).random(len(xy_arr))), regression)

    @classmethod
    def generate(
        cls, name: str, n: int | None = None, noise: float = 0.0, seed: int = 0, classes: int = 2
    ) -> PointSet:
        """A generated data set as an ordinary point set, ready to be drawn into."""
        from . import datasets

        xy, y = datasets.generate(name, n=n, noise=noise, seed=seed, classes=classes)
        return cls.from_arrays(xy, y, regression=datasets.is_regression(name), seed=seed)

    def with_regression(self, regression: bool) -> PointSet:
        """The same points read as classes or as values (values become classes only if they can)."""
        if regression == self.regression:
            return self
        return PointSet(self.xy, self.target, self.split, regression)

    # ---- reading ------------------------------------------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.xy)

    def __len__(self) -> int:
        return len(self.xy)

    @cached_property
    def labels(self) -> np.ndarray:
        """(n,) int64 class labels; only a classification set has them."""
        if self.regression:
            raise ValueError("a regression set has values, not class labels")
        return _ro(self.target.astype(np.int64))

    @property
    def num_classes(self) -> int:
        """The highest class + 1 (0 for an empty or a regression set)."""
        return 0 if self.regression or not len(self.xy) else int(self.labels.max()) + 1

    def class_counts(self, minlength: int = 0) -> np.ndarray:
        """Points per class, (max(num_classes, minlength),) int64."""
        if self.regression:
            raise ValueError("a regression set has no classes to count")
        return np.bincount(self.labels, minlength=minlength).astype(np.int64)

    def test_mask(self, train_ratio: float) -> np.ndarray:
        """(n,) bool, True for test points: those whose key is >= the train ratio (0.1 to 0.9 in the UI)."""
        if not (math.isfinite(train_ratio) and 0.0 <= train_ratio <= 1.0):
            raise ValueError(f"train ratio must be between 0 and 1, got {train_ratio}")
        return self.split >= train_ratio

    def train_test(self, train_ratio: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(xy_train, target_train, xy_test, target_test), each in the set's order."""
        test = self.test_mask(train_ratio)
        return self.xy[~test], self.target[~test], self.xy[test], self.target[test]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PointSet):
            return NotImplemented
        return (
            self.regression == other.regression
            and np.array_equal(self.xy, other.xy)
            and np.array_equal(self.target, other.target)
            and np.array_equal(self.split, other.split)
        )

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        """Pickle and deepcopy through the constructor, so a copy is validated and read-only too."""
        return (PointSet, (self.xy, self.target, self.split, self.regression))

    def __repr__(self) -> str:
        kind = "regression" if self.regression else f"{self.num_classes} classes"
        return f"PointSet(n={self.n}, {kind})"


def split_rng(seed: int) -> np.random.Generator:
    """The generator for split keys of a set built from `seed`."""
    return np.random.default_rng([_SPLIT_STREAM, int(seed)])


# ---- edits ----------------------------------------------------------------------------------------------
def _indices(indices: object, *, unique: bool) -> np.ndarray:
    idx = np.asarray(indices)
    if idx.size == 0:
        idx = idx.reshape(0).astype(np.int64)
    if idx.dtype.kind not in "iu":
        raise TypeError(f"indices must be whole numbers, got {idx.dtype}")
    idx = idx.astype(np.int64).reshape(-1)
    if unique and len(np.unique(idx)) != len(idx):
        raise ValueError("indices must not repeat")
    return idx


def _floats(a: object, shape: tuple[int, ...]) -> np.ndarray:
    return np.array(a, dtype=np.float64).reshape(shape)


def _check_range(idx: np.ndarray, n: int, verb: str) -> None:
    if len(idx) and (idx.min() < 0 or idx.max() >= n):
        bad = int(idx[(idx < 0) | (idx >= n)][0])
        raise ValueError(f"cannot {verb} point {bad}: the set has {n} points")


def _derive(
    ps: PointSet,
    xy: np.ndarray | None = None,
    target: np.ndarray | None = None,
    split: np.ndarray | None = None,
) -> PointSet:
    """`ps` with some arrays replaced by ones just built here (taken without another copy)."""
    return PointSet(
        ps.xy if xy is None else _ro(xy),
        ps.target if target is None else _ro(target),
        ps.split if split is None else _ro(split),
        ps.regression,
    )


def _count(k: int, one: str, many: str) -> str:
    return one if k == 1 else f"{many} {k} points"


class Edit:
    """One undoable change of a set: `apply` makes the new set, `inverse(before)` the edit that undoes it."""

    text: str  # for the undo menu

    def apply(self, ps: PointSet) -> PointSet:
        raise NotImplementedError

    def inverse(self, before: PointSet) -> Edit:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            a, b = getattr(self, f.name), getattr(other, f.name)
            same = np.array_equal(a, b) if isinstance(a, np.ndarray) else a == b
            if not same:
                return False
        return True

    __hash__ = None  # type: ignore[assignment]

    def _init(self, text: str, **arrays: np.ndarray) -> None:
        """Store the arrays read-only (a frozen dataclass needs object.__setattr__) and a default text."""
        for name, value in arrays.items():
            object.__setattr__(self, name, _ro(value))
        if not self.text:
            object.__setattr__(self, "text", text)


@dataclass(frozen=True, eq=False)
class AddPoints(Edit):
    """Append points, with the split keys drawn when the user drew them."""

    xy: np.ndarray
    target: np.ndarray
    split: np.ndarray
    text: str = ""

    def __post_init__(self) -> None:
        xy = _floats(self.xy, (-1, 2))
        k = len(xy)
        self._init(
            _count(k, "Add point", "Add"),
            xy=xy,
            target=_floats(self.target, (k,)),
            split=_floats(self.split, (k,)),
        )

    def apply(self, ps: PointSet) -> PointSet:
        cat = np.concatenate
        return _derive(ps, cat([ps.xy, self.xy]), cat([ps.target, self.target]), cat([ps.split, self.split]))

    def inverse(self, before: PointSet) -> Edit:
        return RemovePoints(np.arange(before.n, before.n + len(self.xy)))


@dataclass(frozen=True, eq=False)
class RemovePoints(Edit):
    """Remove the points at `indices` (sorted and made unique)."""

    indices: np.ndarray
    text: str = ""

    def __post_init__(self) -> None:
        idx = np.unique(_indices(self.indices, unique=False))
        self._init(_count(len(idx), "Erase point", "Erase"), indices=idx)

    def apply(self, ps: PointSet) -> PointSet:
        _check_range(self.indices, ps.n, "remove")
        keep = np.ones(ps.n, dtype=bool)
        keep[self.indices] = False
        return _derive(ps, ps.xy[keep], ps.target[keep], ps.split[keep])

    def inverse(self, before: PointSet) -> Edit:
        i = self.indices
        return InsertPoints(i, before.xy[i], before.target[i], before.split[i])


@dataclass(frozen=True, eq=False)
class InsertPoints(Edit):
    """Put points at positions `indices` of the result: undoes a removal, restoring the order exactly."""

    indices: np.ndarray
    xy: np.ndarray
    target: np.ndarray
    split: np.ndarray
    text: str = ""

    def __post_init__(self) -> None:
        idx = _indices(self.indices, unique=True)
        order, k = np.argsort(idx, kind="stable"), len(idx)
        self._init(
            _count(k, "Restore point", "Restore"),
            indices=idx[order],
            xy=_floats(self.xy, (k, 2))[order],
            target=_floats(self.target, (k,))[order],
            split=_floats(self.split, (k,))[order],
        )

    def apply(self, ps: PointSet) -> PointSet:
        m = ps.n + len(self.indices)
        _check_range(self.indices, m, "insert")
        old = np.ones(m, dtype=bool)
        old[self.indices] = False
        out = []
        for mine, theirs in ((self.xy, ps.xy), (self.target, ps.target), (self.split, ps.split)):
            a = np.empty((m, *mine.shape[1:]))
            a[old], a[self.indices] = theirs, mine
            out.append(a)
        return _derive(ps, *out)

    def inverse(self, before: PointSet) -> Edit:
        return RemovePoints(self.indices)


@dataclass(frozen=True, eq=False)
class MovePoints(Edit):
    """Move the points at `indices` to `xy`."""

    indices: np.ndarray
    xy: np.ndarray
    text: str = ""

    def __post_init__(self) -> None:
        idx = _indices(self.indices, unique=True)
        self._init(_count(len(idx), "Move point", "Move"), indices=idx, xy=_floats(self.xy, (len(idx), 2)))

    def apply(self, ps: PointSet) -> PointSet:
        _check_range(self.indices, ps.n, "move")
        xy = ps.xy.copy()
        xy[self.indices] = self.xy
        return _derive(ps, xy=xy)

    def inverse(self, before: PointSet) -> Edit:
        return MovePoints(self.indices, before.xy[self.indices])


@dataclass(frozen=True, eq=False)
class Relabel(Edit):
    """Give the points at `indices` a new class (or value): one for all, or one each."""

    indices: np.ndarray
    target: np.ndarray
    text: str = ""

    def __post_init__(self) -> None:
        idx = _indices(self.indices, unique=True)
        target = np.broadcast_to(np.asarray(self.target, dtype=np.float64), idx.shape)
        self._init(
            _count(len(idx), "Relabel point", "Relabel"), indices=idx, target=_floats(target, idx.shape)
        )

    def apply(self, ps: PointSet) -> PointSet:
        _check_range(self.indices, ps.n, "relabel")
        target = ps.target.copy()
        target[self.indices] = self.target
        return _derive(ps, target=target)

    def inverse(self, before: PointSet) -> Edit:
        return Relabel(self.indices, before.target[self.indices])


@dataclass(frozen=True, eq=False)
class ReplaceAll(Edit):
    """Replace the whole set: clear, regenerate, import a file."""

    new_set: PointSet
    text: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.new_set, PointSet):
            raise TypeError("ReplaceAll needs a PointSet")
        self._init("Replace all points")

    def apply(self, ps: PointSet) -> PointSet:
        return self.new_set

    def inverse(self, before: PointSet) -> Edit:
        return ReplaceAll(before)


# ---- factories: a user's gesture -> a validated command ------------------------------------------------
def _check_new(ps: PointSet, x: float, y: float, target: float, what: str) -> tuple[float, float, float]:
    try:
        x, y, target = float(x), float(y), float(target)
    except (TypeError, ValueError):
        kind = "value" if ps.regression else "class"
        raise ValueError(f"cannot {what}: x, y and the {kind} must be numbers") from None
    problem = describe_problem(x, y, target, ps.regression)
    if problem:
        raise ValueError(f"cannot {what}: {problem}")
    return x, y, target


def _check_radius(radius: float) -> float:
    radius = float(radius)
    if not (math.isfinite(radius) and radius >= 0):
        raise ValueError(f"the radius must be a number of 0 or more, got {radius}")
    return radius


def _distances2(ps: PointSet, x: float, y: float) -> np.ndarray:
    x, y = float(x), float(y)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"the position ({x}, {y}) is not a finite point")
    d = ps.xy - (x, y)
    return np.einsum("ij,ij->i", d, d)


def add_point(ps: PointSet, x: float, y: float, target: float, rng: np.random.Generator) -> AddPoints:
    """One point at (x, y); its split key is drawn from the window's rng and kept in the command."""
    x, y, target = _check_new(ps, x, y, target, f"add a point at ({_num(x)}, {_num(y)})")
    return AddPoints([[x, y]], [target], rng.random(1), text="Add point")


def brush(
    ps: PointSet,
    x: float,
    y: float,
    target: float,
    rng: np.random.Generator,
    radius: float = 0.4,
    count: int = 8,
) -> AddPoints:
    """`count` points spread uniformly over a disc of `radius` round the cursor, clipped into the square."""
    x, y, target = _check_new(ps, x, y, target, "brush there")
    radius = _check_radius(radius)
    if not 1 <= int(count) <= 10_000:
        raise ValueError(f"a brush stroke adds 1 to 10,000 points, got {count}")
    count = int(count)
    r, angle = radius * np.sqrt(rng.random(count)), 2.0 * math.pi * rng.random(count)
    xy = np.clip(np.column_stack([x + r * np.cos(angle), y + r * np.sin(angle)]), -LIMIT, LIMIT)
    return AddPoints(xy, np.full(count, target), rng.random(count), text=f"Brush {count} points")


def remove_nearest(ps: PointSet, x: float, y: float, radius: float = 0.5) -> RemovePoints | None:
    """Erase the point nearest (x, y) if it lies within `radius`; None when there is none to erase."""
    radius = _check_radius(radius)
    if not ps.n:
        return None
    d2 = _distances2(ps, x, y)
    i = int(np.argmin(d2))
    return RemovePoints([i], text="Erase point") if d2[i] <= radius * radius else None


def remove_in_circle(ps: PointSet, x: float, y: float, radius: float) -> RemovePoints | None:
    """Erase every point within `radius` of (x, y) (an eraser stroke); None when there is none."""
    radius = _check_radius(radius)
    if not ps.n:
        return None
    idx = np.flatnonzero(_distances2(ps, x, y) <= radius * radius)
    return RemovePoints(idx) if len(idx) else None


def clear(ps: PointSet) -> ReplaceAll:
    """Remove every point, undoably: the inverse puts the old set back."""
    return ReplaceAll(PointSet.empty(ps.regression), text="Clear points")


def relabel(ps: PointSet, indices: object, target: object) -> Relabel:
    """Give the points at `indices` class (or value) `target`: one number for all, or one per index."""
    idx = _indices(indices, unique=True)
    _check_range(idx, ps.n, "relabel")
    values = np.broadcast_to(np.asarray(target, dtype=np.float64), idx.shape)
    found = find_problem(ps.xy[idx], values, ps.regression)
    if found is not None:
        raise ValueError(f"cannot relabel point {int(idx[found[0]])}: {found[1]}")
    kind = "Change value" if ps.regression else "Change class"
    return Relabel(idx, values, text=kind if len(idx) == 1 else f"{kind} of {len(idx)} points")


def move(ps: PointSet, index: int, x: float, y: float) -> MovePoints:
    """Move one point to (x, y), which must lie inside the square."""
    idx = _indices([index], unique=True)
    _check_range(idx, ps.n, "move")
    _check_new(ps, x, y, ps.target[idx[0]], f"move point {int(idx[0])} to ({_num(x)}, {_num(y)})")
    return MovePoints(idx, [[float(x), float(y)]], text="Move point")
