"""Every edit of a point set as a small immutable command that knows its inverse, and the gestures that make them.

An edit (`AddPoints`, `RemovePoints`, ...) carries all it needs, including the split keys and brush jitter drawn
when the user made the gesture, so a redo gives exactly the same set; `edit.inverse(before)` is the edit that
takes the result back to `before` (as Orange's Paint Data does with a `QUndoStack`). The factories (`add_point`,
`brush`, `remove_nearest`, ...) turn a user's gesture into a command, refusing anything that would make an
invalid set. The sets themselves, and the rules a valid one keeps, are in `points`.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from .points import LIMIT, PointSet, _num, _ro, describe_problem, find_problem
from .texts import QT_TRANSLATE_NOOP, Text

# the undo menu's names of the edits (one point, several), and why an edit is refused
_ADD = (QT_TRANSLATE_NOOP("core.edits", "Add point"), QT_TRANSLATE_NOOP("core.edits", "Add {n} points"))
_ERASE = (QT_TRANSLATE_NOOP("core.edits", "Erase point"), QT_TRANSLATE_NOOP("core.edits", "Erase {n} points"))
_RESTORE = (QT_TRANSLATE_NOOP("core.edits", "Restore point"), QT_TRANSLATE_NOOP("core.edits", "Restore {n} points"))
_MOVE = (QT_TRANSLATE_NOOP("core.edits", "Move point"), QT_TRANSLATE_NOOP("core.edits", "Move {n} points"))
_RELABEL = (QT_TRANSLATE_NOOP("core.edits", "Relabel point"), QT_TRANSLATE_NOOP("core.edits", "Relabel {n} points"))
_REPLACE_ALL = QT_TRANSLATE_NOOP("core.edits", "Replace all points")
_BRUSH = QT_TRANSLATE_NOOP("core.edits", "Brush {n} points")
_CLEAR = QT_TRANSLATE_NOOP("core.edits", "Clear points")
_CHANGE_CLASS = QT_TRANSLATE_NOOP("core.edits", "Change class")
_CHANGE_VALUE = QT_TRANSLATE_NOOP("core.edits", "Change value")
_CHANGE_CLASSES = QT_TRANSLATE_NOOP("core.edits", "Change class of {n} points")
_CHANGE_VALUES = QT_TRANSLATE_NOOP("core.edits", "Change value of {n} points")
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("core.edits", "cannot {verb} point {index}: the set has {n} points")
_NOT_NUMBERS = QT_TRANSLATE_NOOP("core.edits", "cannot {what}: x, y and the {kind} must be numbers")
_CANNOT = QT_TRANSLATE_NOOP("core.edits", "cannot {what}: {problem}")
_VALUE = QT_TRANSLATE_NOOP("core.edits", "value")
_CLASS = QT_TRANSLATE_NOOP("core.edits", "class")
_RADIUS = QT_TRANSLATE_NOOP("core.edits", "the radius must be a number of 0 or more, got {radius}")
_POSITION = QT_TRANSLATE_NOOP("core.edits", "the position ({x}, {y}) is not a finite point")
_ADD_AT = QT_TRANSLATE_NOOP("core.edits", "add a point at ({x}, {y})")
_BRUSH_THERE = QT_TRANSLATE_NOOP("core.edits", "brush there")
_STROKE = QT_TRANSLATE_NOOP("core.edits", "a brush stroke adds 1 to 10,000 points, got {count}")
_RELABEL_POINT = QT_TRANSLATE_NOOP("core.edits", "cannot relabel point {index}: {problem}")
_MOVE_TO = QT_TRANSLATE_NOOP("core.edits", "move point {index} to ({x}, {y})")
_RELABEL_VERB = QT_TRANSLATE_NOOP("core.edits", "relabel")
_MOVE_VERB = QT_TRANSLATE_NOOP("core.edits", "move")


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
        raise ValueError(Text(_OUT_OF_RANGE, {"verb": verb, "index": bad, "n": n}))


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


def _count(k: int, names: tuple[str, str]) -> str:
    """An edit's name in the undo menu for `k` points: "Add point", "Add 5 points"."""
    return names[0] if k == 1 else Text(names[1], {"n": k})


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
            _count(k, _ADD),
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
        self._init(_count(len(idx), _ERASE), indices=idx)

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
            _count(k, _RESTORE),
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
        self._init(_count(len(idx), _MOVE), indices=idx, xy=_floats(self.xy, (len(idx), 2)))

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
        self._init(_count(len(idx), _RELABEL), indices=idx, target=_floats(target, idx.shape))

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
        self._init(_REPLACE_ALL)

    def apply(self, ps: PointSet) -> PointSet:
        return self.new_set

    def inverse(self, before: PointSet) -> Edit:
        return ReplaceAll(before)


# ---- factories: a user's gesture -> a validated command ------------------------------------------------
def _check_new(ps: PointSet, x: float, y: float, target: float, what: str) -> tuple[float, float, float]:
    try:
        x, y, target = float(x), float(y), float(target)
    except (TypeError, ValueError):
        kind = _VALUE if ps.regression else _CLASS
        raise ValueError(Text(_NOT_NUMBERS, {"what": what, "kind": kind})) from None
    problem = describe_problem(x, y, target, ps.regression)
    if problem:
        raise ValueError(Text(_CANNOT, {"what": what, "problem": problem}))
    return x, y, target


def _check_radius(radius: float) -> float:
    radius = float(radius)
    if not (math.isfinite(radius) and radius >= 0):
        raise ValueError(Text(_RADIUS, {"radius": radius}))
    return radius


def _distances2(ps: PointSet, x: float, y: float) -> np.ndarray:
    x, y = float(x), float(y)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(Text(_POSITION, {"x": x, "y": y}))
    d = ps.xy - (x, y)
    return np.einsum("ij,ij->i", d, d)


def add_point(ps: PointSet, x: float, y: float, target: float, rng: np.random.Generator) -> AddPoints:
    """One point at (x, y); its split key is drawn from the window's rng and kept in the command."""
    x, y, target = _check_new(ps, x, y, target, Text(_ADD_AT, {"x": _num(x), "y": _num(y)}))
    return AddPoints([[x, y]], [target], rng.random(1), text=_ADD[0])


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
    x, y, target = _check_new(ps, x, y, target, _BRUSH_THERE)
    radius = _check_radius(radius)
    if not 1 <= int(count) <= 10_000:
        raise ValueError(Text(_STROKE, {"count": count}))
    count = int(count)
    r, angle = radius * np.sqrt(rng.random(count)), 2.0 * math.pi * rng.random(count)
    xy = np.clip(np.column_stack([x + r * np.cos(angle), y + r * np.sin(angle)]), -LIMIT, LIMIT)
    return AddPoints(xy, np.full(count, target), rng.random(count), text=Text(_BRUSH, {"n": count}))


def remove_nearest(ps: PointSet, x: float, y: float, radius: float = 0.5) -> RemovePoints | None:
    """Erase the point nearest (x, y) if it lies within `radius`; None when there is none to erase."""
    radius = _check_radius(radius)
    if not ps.n:
        return None
    d2 = _distances2(ps, x, y)
    i = int(np.argmin(d2))
    return RemovePoints([i], text=_ERASE[0]) if d2[i] <= radius * radius else None


def remove_in_circle(ps: PointSet, x: float, y: float, radius: float) -> RemovePoints | None:
    """Erase every point within `radius` of (x, y) (an eraser stroke); None when there is none."""
    radius = _check_radius(radius)
    if not ps.n:
        return None
    idx = np.flatnonzero(_distances2(ps, x, y) <= radius * radius)
    return RemovePoints(idx) if len(idx) else None


def clear(ps: PointSet) -> ReplaceAll:
    """Remove every point, undoably: the inverse puts the old set back."""
    return ReplaceAll(PointSet.empty(ps.regression), text=_CLEAR)


def relabel(ps: PointSet, indices: object, target: object) -> Relabel:
    """Give the points at `indices` class (or value) `target`: one number for all, or one per index."""
    idx = _indices(indices, unique=True)
    _check_range(idx, ps.n, _RELABEL_VERB)
    values = np.broadcast_to(np.asarray(target, dtype=np.float64), idx.shape)
    found = find_problem(ps.xy[idx], values, ps.regression)
    if found is not None:
        raise ValueError(Text(_RELABEL_POINT, {"index": int(idx[found[0]]), "problem": found[1]}))
    one, many = (_CHANGE_VALUE, _CHANGE_VALUES) if ps.regression else (_CHANGE_CLASS, _CHANGE_CLASSES)
    return Relabel(idx, values, text=one if len(idx) == 1 else Text(many, {"n": len(idx)}))


def move(ps: PointSet, index: int, x: float, y: float) -> MovePoints:
    """Move one point to (x, y), which must lie inside the square."""
    idx = _indices([index], unique=True)
    _check_range(idx, ps.n, _MOVE_VERB)
    _check_new(ps, x, y, ps.target[idx[0]], Text(_MOVE_TO, {"index": int(idx[0]), "x": _num(x), "y": _num(y)}))
    return MovePoints(idx, [[float(x), float(y)]], text=_MOVE[0])
