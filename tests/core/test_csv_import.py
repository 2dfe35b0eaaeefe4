"""Real CSV files: delimiters and decimal commas sniffed, headers found, quotes undone, string labels as named
classes, wide files read by the columns chosen, values outside the square rescaled (and the rescaling undone by
the exported models), bad rows listed with their lines and skipped only when asked."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnplayground.core import csvio
from nnplayground.core.csv_table import parse_table
from nnplayground.core.csvio import Columns, CsvError, build, guess_columns, parse_points, read_import
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.features import transform
from nnplayground.core.model_export import model_of
from nnplayground.core.trainer import Trainer

POINTS = [[1.5, -2.0], [0.25, 3.0], [-4.0, 0.5]]


@pytest.mark.parametrize(
    "text, delimiter, decimal",
    [
        ("x,y,label\n1.5,-2,0\n0.25,3,1\n-4,0.5,1\n", ",", "."),
        ("x;y;label\n1,5;-2;0\n0,25;3;1\n-4;0,5;1\n", ";", ","),
        ("x;y;label\n1.5;-2;0\n0.25;3;1\n-4;0.5;1\n", ";", "."),
        ("x\ty\tlabel\n1.5\t-2\t0\n0.25\t3\t1\n-4\t0.5\t1\n", "\t", "."),
        ("x\ty\tlabel\n1,5\t-2\t0\n0,25\t3\t1\n-4\t0,5\t1\n", "\t", ","),
        ("1,5;-2;0\n0,25;3;1\n-4;0,5;1\n", ";", ","),  # no header, decimal comma
        ('"x","y","label"\n"1.5","-2","0"\n0.25,"3",1\n-4,0.5,"1"\n', ",", "."),  # quoted fields
        ("\ufeffx;y;label\r\n1,5;-2;0\r\n0,25;3;1\r\n-4;0,5;1\r\n", ";", ","),  # a BOM, Windows lines
    ],
    ids=["comma", "semicolon-decimal-comma", "semicolon", "tab", "tab-decimal-comma", "no-header", "quoted", "bom"],
)
def test_every_convention_reads_the_same_points(text, delimiter, decimal, tmp_path):
    path = tmp_path / "points.csv"
    path.write_bytes(text.encode("utf-8"))
    table, result = read_import(path)
    assert (table.delimiter, table.decimal) == (delimiter, decimal)
    ps = result.check()
    assert ps.xy.tolist() == POINTS and ps.labels.tolist() == [0, 1, 1] and not ps.regression
    assert result.rescale == "none" and result.class_names == ()


def test_quoted_fields_may_hold_the_delimiter():
    ps = parse_points('x,y,species\n1,2,"Adelie, Torgersen"\n3,4,Gentoo\n1,1,"Adelie, Torgersen"\n')
    assert ps.labels.tolist() == [0, 1, 0]


def test_string_labels_become_named_classes_in_the_order_they_appear():
    table = parse_table("a,b,species\n1,2,setosa\n2,3,virginica\n3,1,setosa\n0,0,versicolor\n")
    result = build(table)
    assert result.class_names == ("setosa", "virginica", "versicolor")
    assert result.check().labels.tolist() == [0, 1, 0, 2]
    assert "3 classes (setosa, virginica, versicolor)" in result.summary()


def test_more_names_than_classes_is_refused():
    text = "x,y,c\n" + "".join(f"0,0,name{k}\n" for k in range(10))
    with pytest.raises(CsvError, match="10 different labels .* at most 9 classes"):
        parse_points(text)


FIVE = (
    "id,bill_length_mm,bill_depth_mm,species,year\n"
    "1,39.1,18.7,Adelie,2007\n2,46.5,17.9,Chinstrap,2007\n3,50.0,16.3,Gentoo,2008\n4,38.6,21.2,Adelie,2009\n"
)


def test_a_wide_file_guesses_its_columns_and_reads_the_ones_chosen():
    table = parse_table(FIVE)
    assert table.width == 5 and table.names[1] == "bill_length_mm"
    guess = guess_columns(table)
    assert (guess.target, guess.x, guess.y) == (3, 0, 1)  # species is the label; the first numeric columns
    result = build(table, Columns(x=1, y=2, target=3))
    ps = result.check()
    assert result.class_names == ("Adelie", "Chinstrap", "Gentoo") and ps.labels.tolist() == [0, 1, 2, 0]
    assert result.rescale == "minmax"  # 39..50 mm lie outside the square
    assert ps.xy[:, 0].min() == pytest.approx(-5) and ps.xy[:, 0].max() == pytest.approx(5)
    raw = np.array([[39.1, 18.7], [46.5, 17.9], [50.0, 16.3], [38.6, 21.2]])
    np.testing.assert_allclose(raw * np.array(result.scale) + np.array(result.offset), ps.xy, rtol=0, atol=1e-12)
    years = build(table, Columns(x=1, y=2, target=4))  # whole numbers: classes, unless said to be values
    assert years.bad[0].reason.startswith("class 2007 is above 8")
    assert build(table, Columns(x=1, y=2, target=4, kind="values")).check().regression


def test_standardised_rescaling_has_mean_zero_and_unit_spread():
    rng = np.random.default_rng(0)
    xy = rng.normal([100.0, -50.0], [10.0, 2.0], (200, 2))
    text = "x,y,label\n" + "".join(f"{float(a)!r},{float(b)!r},{k % 2}\n" for k, (a, b) in enumerate(xy))
    result = build(parse_table(text), Columns(rescale="standard"))
    ps = result.check()
    np.testing.assert_allclose(ps.xy.mean(axis=0), 0, atol=1e-9)
    np.testing.assert_allclose(ps.xy.std(axis=0), 1, atol=1e-9)


def test_auto_rescales_only_what_leaves_the_square_and_none_refuses_it():
    inside = build(parse_table("x,y,label\n1,2,0\n-5,6,1\n"))
    assert inside.rescale == "none" and inside.check().xy.tolist() == [[1, 2], [-5, 6]]
    outside = build(parse_table("x,y,label\n1,2,0\n-5,60,1\n"))
    assert outside.rescale == "minmax"
    np.testing.assert_allclose(outside.check().xy, [[5, -5], [-5, 5]], rtol=0, atol=1e-12)
    refused = build(parse_table("x,y,label\n1,2,0\n-5,60,1\n"), Columns(rescale="none"))
    assert [(b.line, b.reason) for b in refused.bad] == [(3, "y = 60 is outside the square [-6, 6]")]


BAD = "x;y;label\n1,5;2;a\n;2;b\n1;zwei;a\n1;2;3;4\n4;1;b\n"


def test_bad_rows_are_listed_with_line_and_reason_and_skipped_only_when_asked():
    table = parse_table(BAD)
    result = build(table)
    assert [(b.line, b.reason.split(" (")[0]) for b in result.bad] == [
        (3, "x"),
        (4, "y 'zwei' is not a number"),
        (5, "expected 3 columns"),
    ]
    with pytest.raises(CsvError, match="^line 3: x \\(column 1\\) is empty"):
        result.check()
    skipped = build(table, Columns(skip_bad=True))
    assert skipped.check().xy.tolist() == [[1.5, 2.0], [4.0, 1.0]] and skipped.class_names == ("a", "b")
    assert "3 bad rows skipped" in skipped.summary()
    nothing = build(parse_table("x,y,label\nq,2,0\n"), Columns(skip_bad=True))
    with pytest.raises(CsvError, match="no row of the file can be imported"):
        nothing.check()


def test_the_exports_undo_the_rescaling(tmp_path):
    """A model of rescaled points takes the file's own units: the same output as the square's points give."""
    text = "length,depth,species\n" + "".join(f"{30 + 3 * k},{14 + (k * 7) % 9},{'AB'[k % 2]}\n" for k in range(20))
    result = build(parse_table(text))
    ps = result.check()
    e = Experiment(data=DataSpec(n=ps.n, **result.data_changes()), hidden=(4,), activations=("tanh",))
    t = Trainer(e, ps)
    t.run(2)
    model = model_of(t.snapshot(grid=2, neuron_grid=2), e)
    raw = np.array([[30.0 + 3 * k, 14.0 + (k * 7) % 9] for k in range(20)])
    expected = t.network.forward(transform(ps.xy, e.features))
    np.testing.assert_allclose(model.forward(raw), expected, rtol=0, atol=1e-9)
    assert model.class_names == ("A", "B")


def test_a_wide_table_needs_three_distinct_columns():
    with pytest.raises(ValueError, match="three different columns"):
        build(parse_table(FIVE), Columns(x=1, y=1, target=3))


def test_kinds_can_be_forced():
    table = parse_table("a,b,c\n1,2,1\n2,3,0\n")
    assert build(table, Columns(kind="values")).check().regression
    assert build(parse_table("a,b,c\n1,2,0.5\n"), Columns(kind="auto")).check().regression  # not whole
    assert not build(parse_table("a,b,label\n1,2,1\n"), Columns(kind="auto")).check().regression
    assert csvio.RESCALES == tuple(csvio.RESCALE_TEXTS)


def test_an_imported_sets_meaning_survives_a_session_file(tmp_path):
    from nnplayground.core.session import Session, load_session, save_session

    result = build(parse_table(FIVE), Columns(x=1, y=2, target=3))
    ps = result.check()
    e = Experiment(data=DataSpec(n=ps.n, **result.data_changes()))
    save_session(tmp_path / "s.nnp", Session(e, ps))
    back = load_session(tmp_path / "s.nnp")
    assert back.experiment == e and back.experiment.data.class_names == ("Adelie", "Chinstrap", "Gentoo")


_PIECES = list('0123456789,;\t\n\r"#.-eE xyabé٣ ') + ["label", "value", "nan", "1e999"]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    rescale=st.sampled_from(csvio.RESCALES),
    skip=st.booleans(),
)
def test_any_text_is_read_or_refused_with_a_csv_error(text, rescale, skip):
    """A hostile file gets a message, never an exception of another kind."""
    try:
        table = parse_table(text)
        guess = build(table).columns
        build(table, Columns(guess.x, guess.y, guess.target, guess.kind, rescale, skip)).summary()
        parse_points(text, rescale=rescale)
    except CsvError:
        pass


def test_exported_points_are_in_the_files_units_and_read_back_the_same(tmp_path):
    from nnplayground.core.export_data import export_points_csv

    result = build(parse_table(FIVE), Columns(x=1, y=2, target=3))
    ps = result.check()
    spec = DataSpec(n=ps.n, **result.data_changes())
    path = tmp_path / "out.csv"
    export_points_csv(ps, path, spec)
    text = path.read_text()
    assert "Chinstrap" in text and "39.1" in text  # millimetres and species, as the file said them
    again = csvio.read_import(path)[1]
    np.testing.assert_allclose(again.check().xy, ps.xy, rtol=0, atol=1e-9)
    assert again.class_names == result.class_names and again.check().labels.tolist() == ps.labels.tolist()
    csvio.write_points(tmp_path / "plain.csv", ps)  # without the meaning: the square's own numbers
    assert "39.1" not in (tmp_path / "plain.csv").read_text()
