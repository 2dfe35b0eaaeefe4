"""CSV import and export of a point set: rows of x, y and a label (classification) or a value (regression).

Reading is in two steps. `csv_table.parse_table` reads any spreadsheet's CSV (its delimiter, decimal mark, header
and quotes found) into a table of text; `build` then reads the chosen columns (`Columns`: x, y and the label or
value; the first three by default) into a `CsvImport`: the points of every good row, the bad rows with their line
and what is wrong, the names of string labels ("setosa" is a class, its name kept), and how the coordinates were
rescaled into the playground's square when they lie outside [-6, 6] (min-max into [-5, 5], or standardised), so
that exports can undo it. Nothing is half-imported: `read_points` (and the window's import) take a file only when
every row is good, or when the user chose to skip the bad ones; a problem raises `CsvError` naming the line, and
a message quotes at most a short excerpt of the file. Writing is atomic (a temporary file, then `os.replace`), so
a crash or a full disk never leaves half a file where a good one was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import IO, Literal

import numpy as np

from . import csv_texts as said
from . import points, rescale
from .csv_table import CsvError, Table, parse_table, quote
from .experiment import DataSpec
from .files import FileProblem, read_limited, write_atomically
from .points import PointSet, describe_problem
from .square import LIMIT, MAX_CLASSES
from .texts import QT_TRANSLATE_NOOP, Text, message

__all__ = ["CsvError", "Columns", "CsvImport", "BadRow", "build", "read_points", "parse_points", "write_points"]

MAX_BYTES = 200 * 1024 * 1024
_REGRESSION_NAMES = {"value", "values", "target", "output", "y_value"}
_CLASS_NAMES = {"label", "labels", "class", "classes", "category", "species", "target_class"}
Kind = Literal["auto", "classes", "values"]
Rescale = Literal["auto", "none", "minmax", "standard"]
RESCALES = ("auto", "none", "minmax", "standard")
RESCALE_TEXTS = {
    "auto": QT_TRANSLATE_NOOP("core.csvio", "Only if needed (min-max)"),
    "none": QT_TRANSLATE_NOOP("core.csvio", "None"),
    "minmax": QT_TRANSLATE_NOOP("core.csvio", "Min-max into [-5, 5]"),
    "standard": QT_TRANSLATE_NOOP("core.csvio", "Standardised (mean 0, sd 1)"),
}


@dataclass(frozen=True)
class Columns:
    """Which columns are read, and how: 0-based indices of x, y and the label or value."""

    x: int = 0
    y: int = 1
    target: int = 2
    kind: Kind = "auto"  # "auto": from the column's name, else from its data
    rescale: Rescale = "auto"  # "auto": min-max when a coordinate lies outside the square, else none
    skip_bad: bool = False  # import the good rows of a file with bad ones


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str


@dataclass(frozen=True)
class CsvImport:
    """What a table's chosen columns give: the points of the good rows and everything said about the others."""

    points: PointSet | None  # None when no row is good
    bad: tuple[BadRow, ...]
    columns: Columns
    class_names: tuple[str, ...] = ()  # by class, when the labels were names
    rescale: str = "none"  # what was done: "none", "minmax" or "standard"
    scale: tuple[float, float] = (1.0, 1.0)  # x' = x * scale + offset, per axis
    offset: tuple[float, float] = (0.0, 0.0)
    value_scale: tuple[float, float] = (1.0, 0.0)  # a regression value's (scale, offset), alike
    rows: int = 0  # data rows in the table
    notes: tuple[str, ...] = field(default=())

    def check(self) -> PointSet:
        """The points, or CsvError for the first bad row (unless the columns say to skip them)."""
        if self.bad and not self.columns.skip_bad:
            first = self.bad[0]
            raise CsvError(first.reason, first.line)
        if self.points is None or self.points.n == 0:
            raise CsvError(said.NO_POINTS if not self.bad else said.NO_GOOD_ROW)
        return self.points

    def data_changes(self) -> dict[str, object]:
        """The DataSpec fields the import sets (the names of the classes and the rescaling)."""
        return {
            "class_names": self.class_names,
            "x_scale": self.scale[0],
            "x_offset": self.offset[0],
            "y_scale": self.scale[1],
            "y_offset": self.offset[1],
            "value_scale": self.value_scale[0],
            "value_offset": self.value_scale[1],
        }

    def summary(self) -> str:
        """One sentence on what was read: "150 points, 3 classes (setosa, ...), rescaled min-max; 2 rows skipped"."""
        ps = self.points
        if ps is None:
            return said.NONE_READ
        if ps.regression:
            kind = said.VALUES
        elif self.class_names:
            kind = Text(said.NAMED_CLASSES, {"n": len(self.class_names), "names": ", ".join(self.class_names)})
        else:
            kind = Text(said.CLASSES, {"n": ps.num_classes})
        text = Text(said.READ, {"n": ps.n, "kind": kind})
        if self.rescale != "none":
            text = Text(said.RESCALED_MINMAX if self.rescale == "minmax" else said.RESCALED_STANDARD, {"text": text})
        if self.value_scale != (1.0, 0.0):
            text = Text(said.VALUES_TOO, {"text": text})
        if self.bad:
            one, skipped = len(self.bad) == 1, self.columns.skip_bad
            bad = (said.BAD_ROW_SKIPPED if one else said.BAD_ROWS_SKIPPED) if skipped else (
                said.BAD_ROW if one else said.BAD_ROWS)  # fmt: skip
            text = Text(bad, {"text": text, "n": len(self.bad)})
        return text


def guess_columns(table: Table, regression: bool | None = None) -> Columns:
    """The columns a file most likely means: a column named like a label or value is the target, the first two
    numeric columns besides it are x and y (for three columns: x, y, label in that order)."""
    kind: Kind = "auto" if regression is None else ("values" if regression else "classes")
    if table.width <= 3:
        return Columns(kind=kind)
    lowered = [n.lower() for n in table.names]
    named = [j for j, n in enumerate(lowered) if table.header and n in _CLASS_NAMES | _REGRESSION_NAMES]
    words = [j for j in range(table.width) if not table.is_numeric(j)]
    target = named[0] if named else (words[-1] if words else table.width - 1)
    numeric = [j for j in range(table.width) if j != target and table.is_numeric(j)]
    rest = [j for j in range(table.width) if j != target and j not in numeric]
    x, y = (numeric + rest)[:2]
    return Columns(x, y, target, kind)


def build(table: Table, columns: Columns | None = None, regression: bool | None = None) -> CsvImport:
    """The chosen columns of `table` read into points (see the module's docstring); CsvError only for what is
    wrong with the whole file (too few columns, too many points or classes), never for a row."""
    c = columns or guess_columns(table, regression)
    if regression is not None and c.kind == "auto":
        c = Columns(c.x, c.y, c.target, "values" if regression else "classes", c.rescale, c.skip_bad)
    head = table.header_line or (table.lines[0] if table.lines else 1)
    if table.width < 3:
        raise CsvError(Text(said.TOO_FEW_COLUMNS, {"third": _third(table, c), "width": table.width}), max(1, head))
    chosen = (c.x, c.y, c.target)
    if len(set(chosen)) != 3 or not all(0 <= j < table.width for j in chosen):
        raise ValueError(Text(said.SAME_COLUMNS, {"width": table.width}))
    n = len(table.rows)
    if n == 0:
        raise CsvError(said.NO_POINTS)
    if n > points.MAX_POINTS:  # the limit of a set, before any array is built
        raise CsvError(Text(said.TOO_MANY_POINTS, {"n": n, "most": points.MAX_POINTS}))
    reasons: dict[int, str] = {}
    third = _third(table, c)
    width = said.WIDTH_OF_THREE if table.width == 3 else said.WIDTH
    for i, r in enumerate(table.rows):
        if len(r) != table.width:
            reasons[i] = Text(width, {"width": table.width, "third": third, "found": len(r)})
    roles = (("x", c.x), ("y", c.y), (third, c.target))
    for i, r in enumerate(table.rows):  # an empty field is named before a bad number in the row
        if i not in reasons:
            empty = next(((role, j) for role, j in roles if not r[j]), None)
            if empty is not None:
                reasons[i] = Text(said.EMPTY, {"role": empty[0], "column": empty[1] + 1})
    xy = np.column_stack([_numbers(table, c.x, "x", reasons), _numbers(table, c.y, "y", reasons)])
    target, names, regression_ = _target(table, c, third, reasons)
    good = np.ones(n, dtype=bool)
    good[list(reasons)] = False
    mode, scale, offset = _rescaling(xy[good], c.rescale)
    square = xy if mode == "none" else xy * np.asarray(scale) + np.asarray(offset)  # (-0.0 stays -0.0)
    for i in np.flatnonzero(good & ~(np.abs(square) <= LIMIT).all(axis=1)):
        reasons[int(i)] = _outside(xy[i], square[i], mode)
        good[i] = False
    if not regression_:
        t = target
        for i in np.flatnonzero(good & ~((t >= 0) & (t <= MAX_CLASSES - 1) & (t == np.floor(t)))):
            reasons[int(i)] = describe_problem(0.0, 0.0, float(target[i]), False) or said.CLASS_UNREADABLE
            good[i] = False
    bad = tuple(BadRow(table.lines[i], reasons[i]) for i in sorted(reasons))
    value = _value_rescaling(target[good], c.rescale) if regression_ else (1.0, 0.0)
    if value != (1.0, 0.0):
        target = target * value[0] + value[1]
    ps = PointSet.from_arrays(square[good], target[good], regression=regression_, seed=0) if good.any() else None
    return CsvImport(ps, bad, c, names, mode, scale, offset, value, n)


def _third(table: Table, c: Columns) -> str:
    if c.kind == "values":
        return said.VALUE
    if c.kind == "classes":
        return said.LABEL
    name = table.names[c.target].lower() if table.header and c.target < table.width else ""
    return said.VALUE if name in _REGRESSION_NAMES else said.LABEL


def _numbers(table: Table, j: int, role: str, reasons: dict[int, str]) -> np.ndarray:
    """Column j as numbers; each row whose field is not a finite plain decimal gets its reason."""
    values = table.numbers(j)
    for i in np.flatnonzero(~np.isfinite(values)):
        i = int(i)
        if i in reasons:
            continue
        text = table.rows[i][j]
        if table.number(text) is None:
            reasons[i] = Text(said.NOT_NUMBER, {"role": role, "text": quote(text)})
        else:
            reasons[i] = Text(said.INFINITE, {"role": role})
    return values


def _target(table: Table, c: Columns, third: str, reasons: dict[int, str]) -> tuple[np.ndarray, tuple[str, ...], bool]:
    """The label or value column: (targets, class names if the labels were names, regression?)."""
    kind = c.kind
    fields = table.column(c.target)
    if kind == "auto" and table.header and table.names[c.target].lower() in _REGRESSION_NAMES:
        kind = "values"
    words = kind != "values" and any(f and table.number(f) is None for f in fields)
    if words:  # string labels: a class per name, in the order they first appear
        names: list[str] = []
        index: dict[str, int] = {}
        for i, f in enumerate(fields):
            if f and f not in index and i not in reasons:
                index[f] = len(names)
                names.append(f)
        if len(names) > MAX_CLASSES:
            shown = ", ".join(quote(n) for n in names[:4])
            raise CsvError(
                Text(said.TOO_MANY_LABELS, {"third": third, "n": len(names), "shown": shown, "most": MAX_CLASSES})
            )
        target = np.array([index.get(f, 0) for f in fields], dtype=np.float64)
        return target, tuple(names), False
    values = _numbers(table, c.target, third, reasons)
    if kind == "auto" and not (table.header and table.names[c.target].lower() in _CLASS_NAMES):
        finite = values[np.isfinite(values)]
        kind = "values" if np.any(finite != np.floor(finite)) else "classes"
    return values, (), kind == "values"


def _rescaling(xy: np.ndarray, asked: str) -> tuple[str, tuple[float, float], tuple[float, float]]:
    """The rescaling into the square the points need or the user chose: (mode, scale, offset) per axis."""
    mode = asked
    if asked == "auto":
        mode = "minmax" if len(xy) and not (np.abs(xy) <= LIMIT).all() else "none"
    if mode == "none" or not len(xy):
        return "none", (1.0, 1.0), (0.0, 0.0)
    scale, offset = rescale.rescaling(xy, mode)
    return mode, (scale[0], scale[1]), (offset[0], offset[1])


def _value_rescaling(values: np.ndarray, asked: str) -> tuple[float, float]:
    """A regression value's (scale, offset): as the coordinates' choice, for values outside [-6, 6] only when
    the choice is "auto"; min-max fills [-1, 1], the colour scale's range."""
    if not len(values) or asked == "none" or (asked == "auto" and (np.abs(values) <= LIMIT).all()):
        return 1.0, 0.0
    mode = "standard" if asked == "standard" else "minmax"
    scale, offset = rescale.rescaling(values.reshape(-1, 1), mode, rescale.VALUE_HALF)
    return scale[0], offset[0]


def _outside(raw: np.ndarray, square: np.ndarray, mode: str) -> str:
    axis = 0 if not abs(square[0]) <= LIMIT else 1
    name = "xy"[axis]
    if mode == "none":
        return describe_problem(float(raw[0]), float(raw[1]), 0.0, True) or Text(said.OUTSIDE, {"name": name})
    return Text(said.FAR, {"name": name, "value": raw[axis], "far": abs(square[axis])})


# ---- reading a file ---------------------------------------------------------------------------------------------
def read_import(
    source: str | os.PathLike[str] | IO[str] | IO[bytes], columns: Columns | None = None
) -> tuple[Table, CsvImport]:
    """The table of a file and what its (chosen or guessed) columns give, bad rows listed: for the import
    dialog. CsvError for a file that cannot be read at all."""
    table = parse_table(_read_text(source))
    return table, build(table, columns)


def read_points(
    source: str | os.PathLike[str] | IO[str] | IO[bytes], regression: bool | None = None, rescale: Rescale = "auto"
) -> PointSet:
    """Load a point set from a CSV path or an open file; raises CsvError (and returns nothing) on a bad row.

    `regression` None reads the kind from the label column's name ("value" -> regression, "label" -> classes)
    or, without one, from the data (any non-whole label -> regression; any word -> named classes). Split keys
    come from seed 0, so the same file always splits the same way."""
    return parse_points(_read_text(source), regression, rescale)


def parse_points(text: str, regression: bool | None = None, rescale: Rescale = "auto") -> PointSet:
    """Parse CSV text (see `read_points`); for a paste from the clipboard as much as for a file."""
    table = parse_table(text)
    guess = guess_columns(table, regression)
    c = Columns(guess.x, guess.y, guess.target, guess.kind, rescale)
    return build(table, c).check()


def _read_text(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> str:
    """The whole text; missing, huge, binary and non-UTF-8 files get a message a person can act on."""
    if hasattr(source, "read"):
        raw = source.read(MAX_BYTES + 1)  # type: ignore[union-attr]
        name = said.THE_FILE
    else:
        name = os.path.basename(os.fspath(source)) or os.fspath(source)  # type: ignore[arg-type]
        try:
            raw = read_limited(source, MAX_BYTES, "CSV file to import")  # type: ignore[arg-type]
        except FileProblem as e:
            raise CsvError(message(e)) from None
    if len(raw) > MAX_BYTES:
        raise CsvError(Text(said.TOO_LARGE, {"mb": MAX_BYTES // 2**20}))
    if isinstance(raw, bytes):
        if b"\x00" in raw:
            raise CsvError(Text(said.BINARY, {"name": name}))
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = raw.count(b"\n", 0, e.start) + 1
            raise CsvError(Text(said.NOT_UTF8, {"name": name, "byte": raw[e.start]}), line) from None
    if "\x00" in raw:
        raise CsvError(Text(said.BINARY, {"name": name}))
    return raw.removeprefix("\ufeff")


# ---- writing ----------------------------------------------------------------------------------------------------
def format_points(ps: PointSet, meaning: DataSpec | None = None) -> str:
    """The CSV text of a set: a header, then a row per point with every digit needed to read it back. With the
    experiment's `meaning` (an imported file's or a real set's), in its own units and with its class names, as
    the file that was imported said them (reading it back rescales it the same way, for min-max)."""
    xy, target = ps.xy, ps.target
    names: tuple[str, ...] = ()
    if meaning is not None:
        m = meaning
        xy = _undo(xy, (m.x_scale, m.y_scale), (m.x_offset, m.y_offset))
        if ps.regression and (m.value_scale, m.value_offset) != (1.0, 0.0):
            target = (target - m.value_offset) / m.value_scale
        names = tuple(m.class_names)
    if ps.regression:
        header = "x,y,value"
        body = [f"{x!r},{y!r},{v!r}" for (x, y), v in zip(xy.tolist(), target.tolist(), strict=True)]
    else:
        header = "x,y,label"
        body = [f"{x!r},{y!r},{_label(c, names)}" for (x, y), c in zip(xy.tolist(), ps.labels.tolist(), strict=True)]
    return "\n".join([header, *body]) + "\n"


def _undo(xy: np.ndarray, scale: tuple[float, float], offset: tuple[float, float]) -> np.ndarray:
    if (scale, offset) == ((1.0, 1.0), (0.0, 0.0)):
        return xy
    return (xy - np.asarray(offset)) / np.asarray(scale)


def _label(c: int, names: tuple[str, ...]) -> str:
    """A class as the file said it: its name (quoted when it holds a comma or a quote), or its number."""
    if c >= len(names):
        return str(c)
    name = names[c]
    return '"' + name.replace('"', '""') + '"' if any(ch in name for ch in ',"\n') else name


def write_points(dest: str | os.PathLike[str] | IO[str], ps: PointSet, meaning: DataSpec | None = None) -> None:
    """Save a set as CSV (see `format_points`); a path is written atomically (the old file survives any failure)."""
    text = format_points(ps, meaning)
    if hasattr(dest, "write"):
        dest.write(text)  # type: ignore[union-attr]
        return

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    try:
        write_atomically(dest, write)  # type: ignore[arg-type]
    except FileProblem as e:
        raise OSError(message(e)) from None
