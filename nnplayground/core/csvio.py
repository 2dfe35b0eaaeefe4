"""CSV import and export of a point set: `x,y,label` (classification) or `x,y,value` (regression).

A file from elsewhere may be broken or hostile, so reading is all or nothing: every row is parsed and checked
into arrays first, and only then is a `PointSet` built. Any problem raises `CsvError` naming the line, and the
caller keeps what it had; a message quotes at most a short excerpt of the file. A number is a plain decimal
(`-1.5`, `2e-3`): not what Python's float() also takes (`0_5`, `nan`, `inf`, non-ASCII digits). The fast path
checks that the rows hold nothing but such characters and hands them all to NumPy's C parser; only when either
fails does a slower per-line pass run, to say which line is wrong. Writing is atomic (a temporary file, then
`os.replace`), so a crash or a full disk never leaves half a file where a good one was.
"""

from __future__ import annotations

import os
import re
from typing import IO

import numpy as np

from . import points
from .files import FileProblem, read_limited, write_atomically
from .points import PointSet, find_problem

MAX_BYTES = 200 * 1024 * 1024
EXCERPT = 40  # the most characters of the file that a message quotes
_BLANK = " \t\r\f\v"  # what may surround a field or a row (ASCII only: a no-break space is not a blank here)
_PLAIN = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"  # a plain decimal number, nothing else
_NUMBER = re.compile(_PLAIN)
_FIELD = rf"[{_BLANK}]*({_PLAIN})[{_BLANK}]*"
_ROW = re.compile(rf"{_FIELD},{_FIELD},{_FIELD}")
_NUMBER_BYTES = ("0123456789eE+-.," + _BLANK).encode("ascii")  # all that rows of plain decimals can hold
_REGRESSION_NAMES = {"value", "values", "target", "output"}
_CLASS_NAMES = {"label", "labels", "class", "classes", "category"}


class CsvError(ValueError):
    """A file that cannot be imported; `line` is the 1-based line at fault, or None for the whole file."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        self.reason = message
        super().__init__(f"line {line}: {message}" if line is not None else message)


def read_points(source: str | os.PathLike[str] | IO[str] | IO[bytes], regression: bool | None = None) -> PointSet:
    """Load a point set from a CSV path or an open file; raises CsvError (and returns nothing) on a bad row.

    `regression` None reads the kind from the header's third name ("value" -> regression, "label" -> classes)
    or, without one, from the data (any non-whole third column -> regression). Split keys come from seed 0, so
    the same file always splits the same way.
    """
    return parse_points(_read_text(source), regression)


def parse_points(text: str, regression: bool | None = None) -> PointSet:
    """Parse CSV text (see `read_points`); for a paste from the clipboard as much as for a file."""
    rows: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(text.split("\n"), 1):
        row = line.strip(_BLANK)
        if row and not row.startswith("#"):
            rows.append(row)
            numbers.append(number)
    if not rows:
        raise CsvError("the file has no points")
    third = "value" if regression else "label"
    header = _header(rows[0])
    if header is not None:
        if len(header) != 3:
            raise CsvError(_columns(third, rows[0]), numbers[0])
        if header[2] in _REGRESSION_NAMES | _CLASS_NAMES:
            third = header[2]
            if regression is None:
                regression = header[2] in _REGRESSION_NAMES
        del rows[0], numbers[0]
    if not rows:
        raise CsvError("the file has no points")
    if len(rows) > points.MAX_POINTS:  # the limit of a set, before any array is built
        raise CsvError(f"the file has {len(rows):,} points; at most {points.MAX_POINTS:,} can be imported")
    data, unread = _parse_fast(rows), None
    if data is None:
        data, unread = _parse_slow(rows, third)
    # Rows before one that cannot be read are checked first, so that the first bad line is the one reported.
    xy, target = np.ascontiguousarray(data[:, :2]), np.ascontiguousarray(data[:, 2])
    if regression is None:
        finite = target[np.isfinite(target)]
        regression = bool(np.any(finite != np.floor(finite)))
    found = find_problem(xy, target, regression)
    if found is not None:
        raise CsvError(found[1], numbers[found[0]])
    if unread is not None:
        raise CsvError(unread[1], numbers[unread[0]])
    return PointSet.from_arrays(xy, target, regression=regression, seed=0)


def _columns(third: str, row: str) -> str:
    found = row.count(",") + 1
    hint = " (separate the columns with commas)" if found == 1 and (";" in row or "\t" in row) else ""
    return f"expected 3 columns (x, y, {third}), found {found}{hint}"


def _quote(text: str) -> str:
    """Text from the file for a message: quoted, and cut to EXCERPT characters (a field may be megabytes long)."""
    return repr(text if len(text) <= EXCERPT else text[:EXCERPT] + "…")


def _header(row: str) -> list[str] | None:
    """The row's names if it names every column and no field of it looks like a number, else None (a data row,
    which the parser then checks). Loosely: anything float() takes makes a data row, so that a row of "nan" or of
    Arabic-Indic digits is reported, never dropped as a header."""
    fields = [f.strip().strip("\"'").strip().lower() for f in row.split(",")]
    for f in fields:
        if not f:
            return None
        try:
            float(f)
            return None
        except ValueError:
            pass
    return fields


def _parse_fast(rows: list[str]) -> np.ndarray | None:
    """All rows at C speed, or None if anything is off (the slow pass then finds the line).

    NumPy, like float(), also reads "nan" and "inf"; a row of plain decimals holds only ASCII digits, e, E, signs,
    points, commas and blanks, so anything else sends the rows to the slow pass. With those characters alone NumPy
    takes exactly the plain decimals (tests/core/test_csvio.py checks it field by field against the rule)."""
    joined = "".join(rows)
    if not joined.isascii() or joined.encode("ascii").translate(None, _NUMBER_BYTES):
        return None
    try:
        data = np.loadtxt(rows, delimiter=",", dtype=np.float64, ndmin=2, comments=None)
    except ValueError:
        return None
    return data if data.shape == (len(rows), 3) else None


def _parse_slow(rows: list[str], third: str) -> tuple[np.ndarray, tuple[int, str] | None]:
    """Row by row, by the same rule as the fast path: the rows read up to the first that cannot be, and that row's
    index with what is wrong in it (None when every row was read)."""
    read: list[tuple[str, ...]] = []
    for row in rows:
        match = _ROW.fullmatch(row)
        if match is None:
            return _floats(read), (len(read), _row_problem(row, third))
        read.append(match.groups())
    return _floats(read), None


def _floats(fields: list[tuple[str, ...]]) -> np.ndarray:
    """(n, 3) float64 of rows of plain decimals (NumPy reads each as float() would, to the last bit)."""
    return np.array(fields, dtype=np.float64).reshape(-1, 3)


def _row_problem(row: str, third: str) -> str:
    """What is wrong with a row that is not three plain decimals."""
    fields = [field.strip(_BLANK) for field in row.split(",")]
    if len(fields) != 3:
        return _columns(third, row)
    names = ("x", "y", third)
    if "" in fields:  # named before a bad number in the row: "1,,0" is a missing value rather than a typo
        j = fields.index("")
        return f"{names[j]} (column {j + 1}) is empty"
    for j, field in enumerate(fields):
        if not _NUMBER.fullmatch(field):
            return f"{names[j]} {_quote(field)} is not a number (use plain decimals such as -1.5 or 2e-3)"
    return f"the row {_quote(row)} cannot be read"  # not reached: _ROW is these three checks in one


def _read_text(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> str:
    """The whole text; missing, huge, binary and non-UTF-8 files get a message a person can act on."""
    if hasattr(source, "read"):
        raw = source.read(MAX_BYTES + 1)  # type: ignore[union-attr]
        name = "the file"
    else:
        name = os.path.basename(os.fspath(source)) or os.fspath(source)  # type: ignore[arg-type]
        try:
            raw = read_limited(source, MAX_BYTES, "CSV file to import")  # type: ignore[arg-type]
        except FileProblem as e:
            raise CsvError(str(e)) from None
    if len(raw) > MAX_BYTES:
        raise CsvError(f"the file is larger than {MAX_BYTES // 2**20} MB, the most that can be imported")
    if isinstance(raw, str):
        if "\x00" in raw:
            raise CsvError(f"{name} is not a CSV text file (it holds binary data)")
        return raw.removeprefix("\ufeff")
    if b"\x00" in raw:
        raise CsvError(f"{name} is not a CSV text file (it holds binary data)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise CsvError(f"{name} is not UTF-8 text (byte 0x{raw[e.start]:02x} cannot be read)", line) from None


def format_points(ps: PointSet) -> str:
    """The CSV text of a set: a header, then a row per point with every digit needed to read it back."""
    if ps.regression:
        header = "x,y,value"
        body = [f"{x!r},{y!r},{v!r}" for (x, y), v in zip(ps.xy.tolist(), ps.target.tolist(), strict=True)]
    else:
        header = "x,y,label"
        body = [f"{x!r},{y!r},{c}" for (x, y), c in zip(ps.xy.tolist(), ps.labels.tolist(), strict=True)]
    return "\n".join([header, *body]) + "\n"


def write_points(dest: str | os.PathLike[str] | IO[str], ps: PointSet) -> None:
    """Save a set as CSV; a path is written atomically (the old file survives any failure)."""
    text = format_points(ps)
    if hasattr(dest, "write"):
        dest.write(text)  # type: ignore[union-attr]
        return

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    try:
        write_atomically(dest, write)  # type: ignore[arg-type]
    except FileProblem as e:
        raise OSError(str(e)) from None
