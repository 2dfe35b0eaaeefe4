"""A CSV file as a table of text: its delimiter and decimal mark sniffed, its header found, its quotes undone.

Files come from spreadsheets in every locale: commas, semicolons (where the comma is the decimal mark: `1,5;2,5;0`)
or tabs between fields, quoted fields ("Adélie Penguin", "a, b"), a header or none, UTF-8 with or without a BOM,
Windows line endings. `parse_table` reads such text into a `Table`: the column names (the header's, or "column 1"
...), every data row's fields as text with the line it starts on, and the conventions found. What the fields mean
(which columns are x, y and the label, which rows are bad) is `csvio`'s business; this module never refuses a row.

A number is a plain decimal (`-1.5`, `2e-3`, or `-1,5` where the decimal mark is a comma): not what Python's
float() also takes (`0_5`, `nan`, `inf`, non-ASCII digits). `Table.numbers` reads a column at C speed when its
fields hold nothing but the characters of plain decimals, and field by field otherwise.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from . import csv_texts as said
from .texts import Text, joined

EXCERPT = 40  # the most characters of the file that a message quotes
SAMPLE_LINES = 64  # lines the delimiter and the decimal mark are sniffed from
DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_BLANK = " \t\r\f\v"  # what may surround a field (ASCII only: a no-break space is not a blank here)
_PLAIN = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
PLAIN = re.compile(_PLAIN)
_DECIMAL_COMMA = re.compile(r"[+-]?[0-9]*,[0-9]+(?:[eE][+-]?[0-9]+)?")
_NUMBER_BYTES = set("0123456789eE+-.")  # all that a plain decimal can hold
FIELD_LIMIT = 1 << 20  # characters in one field: no CSV cell of a point set is near it


class CsvError(ValueError):
    """A file that cannot be imported; `line` is the 1-based line at fault, or None for the whole file."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        self.reason = message
        super().__init__(Text(said.LINE, {"line": line, "message": message}) if line is not None else message)


def quote(text: str) -> str:
    """Text from the file for a message: quoted, and cut to EXCERPT characters (a field may be megabytes long)."""
    return repr(text if len(text) <= EXCERPT else text[:EXCERPT] + "…")


@dataclass(frozen=True)
class Table:
    names: tuple[str, ...]  # one per column: the header's, or "column 1", "column 2" ...
    header: bool  # whether the first row named the columns
    rows: tuple[tuple[str, ...], ...]  # the data rows' fields, stripped of blanks and quotes
    lines: tuple[int, ...]  # the line each row starts on
    delimiter: str = ","
    decimal: str = "."  # "," in files from a locale whose decimal mark is a comma
    header_line: int = 0  # the header's line (0: none)

    @property
    def width(self) -> int:
        return len(self.names)

    def describe(self) -> str:
        """ "semicolon-separated, decimal comma, with a header" """
        parts = [said.SEPARATED[self.delimiter]]
        if self.decimal == ",":
            parts.append(said.DECIMAL_COMMA)
        parts.append(said.WITH_HEADER if self.header else said.NO_HEADER)
        return joined(parts)

    def number(self, text: str) -> float | None:
        """The field as a number, or None when it is not a plain decimal."""
        if self.decimal == ",":
            text = text.replace(",", ".")
        return float(text) if PLAIN.fullmatch(text) else None

    def column(self, j: int) -> list[str]:
        """Column j's fields ("" for a row too short to have one)."""
        return [r[j] if j < len(r) else "" for r in self.rows]

    def numbers(self, j: int) -> np.ndarray:
        """(rows,) float64 of column j: NaN where a field is not a plain decimal (or is missing)."""
        fields = self.column(j)
        if self.decimal == ",":
            fields = [f.replace(",", ".") for f in fields]
        joined = "".join(fields)
        if all(fields) and joined.isascii() and set(joined) <= _NUMBER_BYTES:
            try:  # NumPy reads each as float() would, to the last bit; the characters leave it plain decimals
                return np.array(fields, dtype=np.float64)
            except ValueError:
                pass  # "1e", "--1", ".": the slow pass finds them
        return np.array([float(f) if PLAIN.fullmatch(f) else np.nan for f in fields], dtype=np.float64)

    def is_numeric(self, j: int) -> bool:
        """Whether column j holds numbers (every non-empty field of it is one)."""
        fields = [f for f in self.column(j) if f]
        return bool(fields) and all(self.number(f) is not None for f in fields)


def parse_table(text: str) -> Table:
    """The table of CSV text (for a paste as much as for a file); CsvError when it holds no rows at all."""
    # A lone CR (a blank inside a field) would end csv's row: it goes through as a NUL, which text never holds.
    lines = text.replace("\r\n", "\n").replace("\r", "\x00").split("\n")
    sample = [ln for ln in lines if ln.strip(_BLANK + "\x00") and not ln.lstrip(_BLANK).startswith("#")]
    sample = sample[:SAMPLE_LINES]
    if not sample:
        raise CsvError(said.NO_POINTS)
    delimiter = sniff_delimiter(sample)
    decimal = "," if delimiter != "," and _has_decimal_commas(sample, delimiter) else "."
    rows, starts = _rows(lines, delimiter)
    if not rows:
        raise CsvError(said.NO_POINTS)
    probe = Table((), False, (), (), delimiter, decimal)
    header = _is_header(rows[0], probe)
    header_line = starts[0] if header else 0
    if header:
        names = tuple(f or Text(said.COLUMN, {"n": j + 1}) for j, f in enumerate(rows[0]))
        rows, starts = rows[1:], starts[1:]
    else:
        width = Counter(len(r) for r in rows[:SAMPLE_LINES]).most_common(1)[0][0]
        names = tuple(Text(said.COLUMN, {"n": j + 1}) for j in range(width))
    return Table(names, header, tuple(rows), tuple(starts), delimiter, decimal, header_line)


def sniff_delimiter(sample: list[str]) -> str:
    """The delimiter that splits the sample into the most regular rows of the most numbers (a comma when none
    splits it at all)."""
    best, score = ",", None
    for d in DELIMITERS:
        try:
            rows = list(csv.reader(sample, delimiter=d))
        except csv.Error:
            continue
        counts = Counter(len(r) for r in rows)
        width, often = counts.most_common(1)[0]
        if width < 2:
            continue
        fields = [f.strip(_BLANK) for r in rows for f in r]
        numeric = sum(1 for f in fields if _looks_numeric(f, d))
        candidate = (often / len(rows) >= 0.9, numeric / max(1, len(fields)), often / len(rows), width)
        if score is None or candidate > score:
            best, score = d, candidate
    return best


def _looks_numeric(field: str, delimiter: str) -> bool:
    return bool(PLAIN.fullmatch(field) or (delimiter != "," and _DECIMAL_COMMA.fullmatch(field)))


def _has_decimal_commas(sample: list[str], delimiter: str) -> bool:
    try:
        rows = list(csv.reader(sample, delimiter=delimiter))
    except csv.Error:
        return False
    return any(_DECIMAL_COMMA.fullmatch(f.strip(_BLANK)) for r in rows for f in r)


def _rows(lines: list[str], delimiter: str) -> tuple[list[tuple[str, ...]], list[int]]:
    """Every data row's fields (blank and # comment lines skipped) and the line each starts on."""
    rows: list[tuple[str, ...]] = []
    starts: list[int] = []
    reader = csv.reader((ln + "\n" for ln in lines), delimiter=delimiter, quotechar='"')
    previous = 0
    while True:
        try:
            csv.field_size_limit(FIELD_LIMIT)
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise CsvError(Text(said.UNREADABLE_ROW, {"error": str(e)[:80]}), previous + 1) from None
        start, previous = previous + 1, reader.line_num
        fields = tuple(f.replace("\x00", "\r").strip(_BLANK) for f in row)
        if not any(fields) and len(fields) <= 1:
            continue  # a blank line
        if fields[0].startswith("#"):
            continue  # a comment
        rows.append(fields)
        starts.append(start)
    return rows, starts


def _is_header(row: tuple[str, ...], table: Table) -> bool:
    """A first row names the columns if none of its fields looks like a number (loosely: anything float() takes,
    so that a row of "nan" or of Arabic-Indic digits is reported as bad, never dropped as a header), and it names
    every column (a first name may be missing: the index column of a spreadsheet or of pandas)."""
    for f in row:
        text = f.replace(",", ".") if table.decimal == "," else f
        try:
            float(text)
            return False
        except ValueError:
            pass
    named = row[1:] if len(row) > 1 else row
    return all(named)
