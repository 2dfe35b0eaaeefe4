"""The sentences a CSV import says to a person (a bad row's reason, a file's problem, what was read), marked for
translation (see `texts`): one place for `csv_table` and `csvio`, so that neither grows by a page of constants."""

from __future__ import annotations

from .texts import QT_TRANSLATE_NOOP

LINE = QT_TRANSLATE_NOOP("core.csv_texts", "line {line}: {message}")
NO_POINTS = QT_TRANSLATE_NOOP("core.csv_texts", "the file has no points")
NO_GOOD_ROW = QT_TRANSLATE_NOOP("core.csv_texts", "no row of the file can be imported")
COLUMN = QT_TRANSLATE_NOOP("core.csv_texts", "column {n}")
UNREADABLE_ROW = QT_TRANSLATE_NOOP("core.csv_texts", "the row cannot be read: {error}")
SEPARATED = {
    ",": QT_TRANSLATE_NOOP("core.csv_texts", "comma-separated"),
    ";": QT_TRANSLATE_NOOP("core.csv_texts", "semicolon-separated"),
    "\t": QT_TRANSLATE_NOOP("core.csv_texts", "tab-separated"),
}
DECIMAL_COMMA = QT_TRANSLATE_NOOP("core.csv_texts", "decimal comma")
WITH_HEADER = QT_TRANSLATE_NOOP("core.csv_texts", "with a header")
NO_HEADER = QT_TRANSLATE_NOOP("core.csv_texts", "no header")

# what was read (CsvImport.summary)
NONE_READ = QT_TRANSLATE_NOOP("core.csv_texts", "no points")
VALUES = QT_TRANSLATE_NOOP("core.csv_texts", "values")
NAMED_CLASSES = QT_TRANSLATE_NOOP("core.csv_texts", "{n} classes ({names})")
CLASSES = QT_TRANSLATE_NOOP("core.csv_texts", "{n} classes")
READ = QT_TRANSLATE_NOOP("core.csv_texts", "{n:,} points, {kind}")
RESCALED_MINMAX = QT_TRANSLATE_NOOP("core.csv_texts", "{text}, rescaled min-max into [-5, 5]")
RESCALED_STANDARD = QT_TRANSLATE_NOOP("core.csv_texts", "{text}, rescaled standardised")
VALUES_TOO = QT_TRANSLATE_NOOP("core.csv_texts", "{text} (the values too)")
BAD_ROW = QT_TRANSLATE_NOOP("core.csv_texts", "{text}; {n:,} bad row")
BAD_ROWS = QT_TRANSLATE_NOOP("core.csv_texts", "{text}; {n:,} bad rows")
BAD_ROW_SKIPPED = QT_TRANSLATE_NOOP("core.csv_texts", "{text}; {n:,} bad row skipped")
BAD_ROWS_SKIPPED = QT_TRANSLATE_NOOP("core.csv_texts", "{text}; {n:,} bad rows skipped")

# a file's or a row's problem (csvio.build, csvio._read_text)
VALUE = QT_TRANSLATE_NOOP("core.csv_texts", "value")
LABEL = QT_TRANSLATE_NOOP("core.csv_texts", "label")
TOO_FEW_COLUMNS = QT_TRANSLATE_NOOP("core.csv_texts", "expected 3 columns (x, y, {third}), found {width}")
SAME_COLUMNS = QT_TRANSLATE_NOOP("core.csv_texts", "x, y and the label must be three different columns of {width}")
TOO_MANY_POINTS = QT_TRANSLATE_NOOP("core.csv_texts", "the file has {n:,} points; at most {most:,} can be imported")
WIDTH = QT_TRANSLATE_NOOP("core.csv_texts", "expected {width} columns, found {found}")
WIDTH_OF_THREE = QT_TRANSLATE_NOOP("core.csv_texts", "expected {width} columns (x, y, {third}), found {found}")
EMPTY = QT_TRANSLATE_NOOP("core.csv_texts", "{role} (column {column}) is empty")
CLASS_UNREADABLE = QT_TRANSLATE_NOOP("core.csv_texts", "the class cannot be read")
NOT_NUMBER = QT_TRANSLATE_NOOP(
    "core.csv_texts", "{role} {text} is not a number (use plain decimals such as -1.5 or 2e-3)"
)
INFINITE = QT_TRANSLATE_NOOP("core.csv_texts", "{role} is infinite")
TOO_MANY_LABELS = QT_TRANSLATE_NOOP(
    "core.csv_texts", "the {third} column has {n} different labels ({shown} ...); at most {most} classes"
)
OUTSIDE = QT_TRANSLATE_NOOP("core.csv_texts", "{name} is outside the square")
FAR = QT_TRANSLATE_NOOP(
    "core.csv_texts", "{name} = {value:g} lies {far:.1f} standard deviations from the mean, outside the square"
)
THE_FILE = QT_TRANSLATE_NOOP("core.csv_texts", "the file")
TOO_LARGE = QT_TRANSLATE_NOOP("core.csv_texts", "the file is larger than {mb} MB, the most that can be imported")
BINARY = QT_TRANSLATE_NOOP("core.csv_texts", "{name} is not a CSV text file (it holds binary data)")
NOT_UTF8 = QT_TRANSLATE_NOOP("core.csv_texts", "{name} is not UTF-8 text (byte 0x{byte:02x} cannot be read)")
