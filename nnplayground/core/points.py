"""The points a user works with: an immutable `PointSet`, and the checks every set must pass.

A `PointSet` is immutable (frozen, read-only arrays) so that the window, the trainer's snapshot and the undo
history can share one without copies or locks. Every path that builds a set validates it: no NaN, nothing
outside [-6, 6], no class above 8. The undoable edits of a set, and the gestures that make them, are in `edits`.

The train/test split is a per-point key drawn when the point is created: a point is a test point when its key
is >= the train ratio, so adding or removing points never moves any other point to the other side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

import numpy as np

from . import datasets
from .square import LIMIT, MAX_CLASS, MAX_POINTS
from .texts import QT_TRANSLATE_NOOP, Text


class GeneratedData(Protocol):
    """What a generated data set is told (an experiment's DataSpec; named here because the settings, which the
    experiment reads, import this module)."""

    @property
    def name(self) -> str: ...
    @property
    def n(self) -> int | None: ...
    @property
    def noise(self) -> float: ...
    @property
    def seed(self) -> int: ...
    @property
    def classes(self) -> int: ...


__all__ = ["LIMIT", "MAX_CLASS", "MAX_POINTS", "PointSet", "describe_problem", "find_problem", "invalid_mask"]
_SPLIT_STREAM = 0x53504C4954  # "SPLIT": split keys have their own stream, never correlated with the data's


def _num(v: float) -> str:
    """A number for a message: 7 rather than 7.0, but 6.0000001 kept whole."""
    try:
        v = float(v)
    except (TypeError, ValueError):
        return repr(v)
    return str(int(v)) if math.isfinite(v) and v == int(v) and abs(v) < 1e15 else repr(v)


_NAN = QT_TRANSLATE_NOOP("core.points", "{what} is NaN")
_OUTSIDE = QT_TRANSLATE_NOOP("core.points", "{axis} = {value} is outside the square [-6, 6]")
_VALUE = QT_TRANSLATE_NOOP("core.points", "value")
_CLASS = QT_TRANSLATE_NOOP("core.points", "class")
_INFINITE = QT_TRANSLATE_NOOP("core.points", "{what} is infinite")
_NOT_WHOLE = QT_TRANSLATE_NOOP("core.points", "class {value} is not a whole number")
_NEGATIVE = QT_TRANSLATE_NOOP("core.points", "class {value} is negative; classes are 0 to {most}")
_POINT = QT_TRANSLATE_NOOP("core.points", "point {index}: {problem}")
_ABOVE = QT_TRANSLATE_NOOP("core.points", "class {value} is above {most}; classes are 0 to {most}")


def describe_problem(x: float, y: float, target: float, regression: bool = False) -> str | None:
    """What is wrong with one point, in words a person can act on, or None if it is fine."""
    for axis, v in (("x", x), ("y", y)):
        if math.isnan(v):
            return Text(_NAN, {"what": axis})
        if not -LIMIT <= v <= LIMIT:
            return Text(_OUTSIDE, {"axis": axis, "value": _num(v)})
    kind = _VALUE if regression else _CLASS
    if math.isnan(target):
        return Text(_NAN, {"what": kind})
    if math.isinf(target):
        return Text(_INFINITE, {"what": kind})
    if not regression:
        if target != math.floor(target):
            return Text(_NOT_WHOLE, {"value": _num(target)})
        if target < 0:
            return Text(_NEGATIVE, {"value": _num(target), "most": MAX_CLASS})
        if target > MAX_CLASS:
            return Text(_ABOVE, {"value": _num(target), "most": MAX_CLASS})
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
        if len(xy) > MAX_POINTS:
            raise ValueError(f"a set may hold at most {MAX_POINTS:,} points, not {len(xy):,}")
        if not len(xy) == len(target) == len(split):
            raise ValueError(f"xy, target and split differ in length: {len(xy)}, {len(target)}, {len(split)}")
        found = find_problem(xy, target, bool(self.regression))
        if found is not None:
            raise ValueError(Text(_POINT, {"index": found[0], "problem": found[1]}))
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
    def generate(cls, name: str, n: int | None = None, noise: float = 0.0, seed: int = 0, classes: int = 2) -> PointSet:
        """A generated data set as an ordinary point set, ready to be drawn into."""
        xy, y = datasets.generate(name, n=n, noise=noise, seed=seed, classes=classes)
        return cls.from_arrays(xy, y, regression=datasets.is_regression(name), seed=seed)

    @classmethod
    def of(cls, spec: GeneratedData) -> PointSet:
        """The points a data spec generates (its name, size, noise, seed and classes): the same every time."""
        return cls.generate(spec.name, spec.n, spec.noise, spec.seed, spec.classes)

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
