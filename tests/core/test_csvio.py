"""CSV import and export: exact round trips, every kind of bad file with its line, nothing half-imported."""

from __future__ import annotations

import io
import math
import os
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnplayground.core import csvio, points
from nnplayground.core.csvio import CsvError, parse_points, read_points, write_points
from nnplayground.core.points import MAX_POINTS, PointSet


def write_text(tmp_path, text: str, name: str = "points.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


# ---- round trips -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["spiral", "blobs", "plane", "multigauss"])
def test_round_trip_through_a_file_is_exact(tmp_path, name):
    ps = PointSet.generate(name, n=400, noise=0.3, seed=2, classes=5)
    path = tmp_path / "out.csv"
    write_points(path, ps)
    back = read_points(path)
    assert back.regression == ps.regression
    assert np.array_equal(back.xy, ps.xy) and np.array_equal(back.target, ps.target)
    assert back == read_points(str(path))  # the same file splits the same way every time
    header = path.read_text().split("\n", 1)[0]
    assert header == ("x,y,value" if ps.regression else "x,y,label")


def test_written_rows_are_plain_and_exact(tmp_path):
    ps = PointSet.from_arrays([[0.1 + 0.2, -0.0], [1 / 3, 5e-324]], [2, 0])
    buf = io.StringIO()
    write_points(buf, ps)
    assert buf.getvalue() == f"x,y,label\n{0.1 + 0.2!r},-0.0,2\n{1 / 3!r},5e-324,0\n"
    back = parse_points(buf.getvalue())
    assert back.xy.tolist() == ps.xy.tolist() and np.signbit(back.xy[0, 1])


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(st.floats(-6, 6), st.floats(-6, 6), st.floats(-1e300, 1e300)), min_size=1, max_size=40))
def test_any_regression_set_round_trips_exactly(rows):
    ps = PointSet.from_arrays([r[:2] for r in rows], [r[2] for r in rows], regression=True)
    buf = io.StringIO()
    write_points(buf, ps)
    back = parse_points(buf.getvalue(), regression=True, rescale="none")
    assert np.array_equal(back.xy, ps.xy) and np.array_equal(back.target, ps.target)


def test_without_a_header_the_kind_comes_from_the_data():
    ps = parse_points("1,2,0\n-3,4.5,1\n0,0,8\n")
    assert not ps.regression and ps.labels.tolist() == [0, 1, 8] and ps.xy.tolist() == [[1, 2], [-3, 4.5], [0, 0]]
    ps = parse_points("1,2,0\n-3,4.5,0.25\n")
    assert ps.regression and ps.target.tolist() == [0, 0.25]
    assert parse_points("1,2,0\n", regression=True).regression


def test_header_names_decide_the_kind():
    assert parse_points("x,y,value\n1,2,3\n").regression
    assert not parse_points("X , Y , Label\n1,2,3\n").regression
    assert not parse_points('"x","y","class"\n1,2,3\n').regression
    assert parse_points("a,b,c\n1,2,0.5\n").regression  # an unknown name: read the data
    assert not parse_points("x,y,value\n1,2,3\n", regression=False).regression  # the caller decides


def test_line_endings_blank_lines_comments_and_bom(tmp_path):
    text = "\ufeffx,y,label\r\n\r\n# drawn by hand\r\n1,1,1\r\n  2 , -2 , 0  \r\n\r\n"
    ps = read_points(write_text(tmp_path, text))
    assert ps.xy.tolist() == [[1, 1], [2, -2]] and ps.labels.tolist() == [1, 0]
    with open(write_text(tmp_path, text), encoding="utf-8", newline="") as f:
        assert read_points(f) == ps
    with open(write_text(tmp_path, text), "rb") as f:
        assert read_points(f) == ps


def test_a_hundred_thousand_rows_import(tmp_path):
    # Budget "well under a second" is measured by hand (about 0.1-0.2 s here), never asserted in tests.
    rng = np.random.default_rng(0)
    xy = rng.uniform(-6, 6, (100_000, 2))
    labels = rng.integers(0, 9, 100_000)
    path = tmp_path / "big.csv"
    write_points(path, PointSet.from_arrays(xy, labels))
    ps = read_points(path)
    assert ps.n == 100_000 and np.array_equal(ps.xy, xy) and np.array_equal(ps.labels, labels)


# ---- bad files ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, line, message",
    [
        ("x,y,label\n1,2,0\n1,2\n", 3, "expected 3 columns (x, y, label), found 2"),
        ("1,2,0\n1,2,0,4\n", 2, "expected 3 columns (x, y, label), found 4"),
        ("x,y,value\n1,2,0.5\n1,2,3,\n", 3, "expected 3 columns (x, y, value), found 4"),
        ("1\n", 1, "expected 3 columns (x, y, label), found 1"),
        ("x,y\n1,2\n", 1, "expected 3 columns (x, y, label), found 2"),
        ("x,y,label\n1,2,0\n1,two,0\n", 3, "y 'two' is not a number"),
        ("1,2,0\nabc,2,0\n", 2, "x 'abc' is not a number"),
        ("x,y,label\n1,2,0\n\n\nnan,2,0\n", 5, "x 'nan' is not a number"),
        ("x,y,value\n1,2,0.5\n1,2,NaN\n", 3, "value 'NaN' is not a number"),
        ("x,y,value\n1,2,0.5\n1,2,inf\n", 3, "value 'inf' is not a number"),
        ("x,y,value\n1,2,0.5\n1,2,-1e999\n", 3, "value is infinite"),  # a plain decimal, too large for a float
        ("1,2,0\n1,2,9\n", 2, "class 9 is above 8"),
        ("1,2,0\n1,2,-1\n", 2, "class -1 is negative"),
        ("x,y,label\n1,2,0\n1,2,0.5\n", 3, "class 0.5 is not a whole number"),
        ("x,y,label\n1,2,0\n1,1e400,1\n", 3, "y is infinite"),
    ],
)
def test_a_bad_row_is_reported_with_its_line(text, line, message):
    with pytest.raises(CsvError) as caught:
        parse_points(text)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"line {line}: {message}")
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("1,2,0\n1,7,0\n", 2, "y = 7 is outside the square [-6, 6]"),
        ("1,2,0\n-6.5,0,0\n", 2, "x = -6.5 is outside the square [-6, 6]"),
    ],
)
def test_without_rescaling_a_point_outside_the_square_is_a_bad_row(text, line, message):
    with pytest.raises(CsvError) as caught:
        parse_points(text, rescale="none")
    assert caught.value.line == line and str(caught.value).startswith(f"line {line}: {message}")


# ---- empty fields, numbers that are not plain decimals -----------------------------------------------------
@pytest.mark.parametrize(
    "text, line, message",
    [
        ("1,,0\n", 1, "y (column 2) is empty"),
        ("1,2,0\n1,2,\n", 2, "label (column 3) is empty"),
        ("x,y,value\n1,2,1\n ,2,0.5\n", 3, "x (column 1) is empty"),
        ("1,2,0\n1, \t ,0\n", 2, "y (column 2) is empty"),
        ("1,2,0\n,,\n", 2, "x (column 1) is empty"),
        (",,\n1,2,0\n", 1, "x (column 1) is empty"),  # not a header: a header names its columns
        ("x,,label\n1,2,0\n", 1, "y (column 2) is empty"),
        ("1,2,0\nabc,,0\n", 2, "y (column 2) is empty"),  # an empty field is named before a bad one
    ],
)
def test_an_empty_field_is_refused_naming_its_line_and_column(text, line, message):
    with pytest.raises(CsvError) as caught:
        parse_points(text)
    assert caught.value.line == line
    assert str(caught.value) == f"line {line}: {message}"


NOT_PLAIN = ["0_5", "1_000.25", "１２", "٣", "٣.٥", "𝟙", "nan", "NaN", "inf", "-inf", "+Infinity", "0x10", "1e0_1"]


@pytest.mark.parametrize("field", NOT_PLAIN)
@pytest.mark.parametrize("before", ["", "1,2,0\n"])  # in the first row (is it a header?) and after one
def test_a_number_that_is_not_a_plain_decimal_is_refused(field, before):
    line = before.count("\n") + 1
    with pytest.raises(CsvError) as caught:
        parse_points(f"{before}{field},1,0\n")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"line {line}: x {field!r} is not a number (")


PLAIN = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")  # the rule, written out once more


@pytest.mark.parametrize("after", ["", "0,0,oops\n"])  # alone: NumPy's fast path; before a bad line: the slow one
@settings(max_examples=400, deadline=None)
@given(field=st.text(alphabet="0123456789eE+-. \t\r\v_٣１nafi", max_size=8))
def test_a_field_is_read_exactly_when_it_is_a_plain_decimal(after, field):
    text = f"x,y,value\n0,0,{field}\n{after}"
    stripped = field.strip(" \t\r\v")
    plain = PLAIN.fullmatch(stripped) is not None
    finite = plain and math.isfinite(float(field))
    if finite and not after:
        assert parse_points(text, rescale="none").target.tolist() == [float(field)]
        return
    with pytest.raises(CsvError) as caught:
        parse_points(text, rescale="none")
    if finite:
        assert caught.value.line == 3
    elif plain:
        assert str(caught.value) == "line 2: value is infinite"
    elif stripped:
        assert str(caught.value).startswith(f"line 2: value {stripped!r} is not a number")
    else:
        assert str(caught.value) == "line 2: value (column 3) is empty"


def test_the_first_bad_line_is_the_one_reported():
    with pytest.raises(CsvError, match="^line 3: y = 9") as caught:
        parse_points("1,1,0\n1,1,0\n1,9,0\n1,1,12\nnan,1,1\n", rescale="none")
    assert caught.value.line == 3
    with pytest.raises(CsvError, match="^line 2: class 12 is above 8"):  # before a row that cannot be read at all
        parse_points("1,1,0\n1,1,12\n1,abc,0\n")


@pytest.mark.parametrize("text", ["", "\n\n", "x,y,label\n", "# only a comment\n"])
def test_a_file_without_points(text):
    with pytest.raises(CsvError, match="^the file has no points$") as caught:
        parse_points(text)
    assert caught.value.line is None


def test_a_bad_row_at_the_end_of_a_big_file_imports_nothing(tmp_path):
    path = tmp_path / "big.csv"
    write_points(path, PointSet.generate("circle", n=100_000, seed=1))
    with open(path, "a") as f:
        f.write("1,2,0,oops\n")
    with pytest.raises(CsvError) as caught:
        read_points(path)
    assert caught.value.line == 100_002
    assert "expected 3 columns" in str(caught.value)


def test_missing_folder_binary_and_non_utf8_files(tmp_path):
    with pytest.raises(CsvError, match="there is no file"):
        read_points(tmp_path / "nope.csv")
    with pytest.raises(CsvError, match="is a folder"):
        read_points(tmp_path)
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(CsvError, match="not a CSV text file"):
        read_points(binary)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("x,y,label\n1,2,0\n# café\n".encode("latin-1"))
    with pytest.raises(CsvError, match="not UTF-8 text") as caught:
        read_points(latin)
    assert caught.value.line == 3
    with pytest.raises(CsvError, match="binary"):
        read_points(io.StringIO("1,2,0\n\x00\n"))


def test_enormous_files_are_refused(tmp_path, monkeypatch):
    path = write_text(tmp_path, "1,2,0\n" * 50)
    monkeypatch.setattr(points, "MAX_POINTS", 40)  # the one limit of a set, read when a file is read
    with pytest.raises(CsvError, match="^the file has 50 points; at most 40 can be imported$"):
        read_points(path)
    monkeypatch.setattr(csvio, "MAX_BYTES", 100)
    with pytest.raises(CsvError, match="MB"):
        read_points(path)
    with pytest.raises(CsvError, match="larger than"):
        read_points(io.StringIO("1,2,0\n" * 50))


@pytest.mark.parametrize(
    "text",
    [
        "1,2,0\n1,{big},0\n",  # a field that is not a number
        "1,2,0\n1,2,{big}٣\n",  # ... and one that is all but its last character
        "1,2,0\n{big}\n",  # a row of one column
        "{big},y\n1,2,0\n",  # a header of two names
        "1,2,0\n1,2,3,{big}\n",  # too many columns
    ],
)
def test_a_message_quotes_only_a_short_excerpt_of_the_file(text):
    big = "a" * 10_000_000
    with pytest.raises(CsvError) as caught:
        parse_points(text.replace("{big}", big), regression=False)
    message = str(caught.value)
    assert len(message) < 200, message[:300]
    if "'" in message:
        assert "'" + "a" * 40 + "…'" in message


def test_the_limit_of_points_is_the_limit_of_a_set(tmp_path):
    """One limit on every way in: a file the app could not save and open again is never imported."""
    path = write_text(tmp_path, "x,y,label\n" + "0,0,1\n" * MAX_POINTS)
    assert read_points(path).n == MAX_POINTS
    with open(path, "a") as f:
        f.write("0,0,1\n")
    with pytest.raises(CsvError) as caught:
        read_points(path)
    assert str(caught.value) == f"the file has {MAX_POINTS + 1:,} points; at most {MAX_POINTS:,} can be imported"


# ---- writing -----------------------------------------------------------------------------------------------
def test_writing_replaces_a_file_atomically(tmp_path, monkeypatch):
    path = tmp_path / "points.csv"
    first = PointSet.generate("gauss", n=20)
    write_points(path, first)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_points(path, PointSet.generate("spiral", n=30))
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["points.csv"]  # no temporary file left behind
    monkeypatch.undo()
    write_points(path, PointSet.generate("spiral", n=30))
    assert read_points(path).n == 30 and os.listdir(tmp_path) == ["points.csv"]


def test_an_empty_set_writes_a_header_only(tmp_path):
    path = tmp_path / "empty.csv"
    write_points(path, PointSet.empty(regression=True))
    assert path.read_text() == "x,y,value\n"
    with pytest.raises(CsvError, match="no points"):
        read_points(path)
