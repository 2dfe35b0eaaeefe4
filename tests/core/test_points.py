"""PointSet, its validation and split, every edit and its inverse, and undo/redo of any sequence of edits."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from nnplayground.core import datasets
from nnplayground.core import edits as P
from nnplayground.core.points import PointSet


def small(n: int = 6, regression: bool = False, seed: int = 0) -> PointSet:
    rng = np.random.default_rng(seed)
    xy = rng.uniform(-5, 5, (n, 2))
    target = rng.normal(size=n) if regression else rng.integers(0, 3, n)
    return PointSet.from_arrays(xy, target, regression=regression, seed=seed)


# ---- the set itself ----------------------------------------------------------------------------------------
def test_arrays_are_read_only_and_copied_from_the_caller():
    xy = np.array([[1.0, 2.0], [3.0, 4.0]])
    ps = PointSet(xy, [0, 1], [0.2, 0.7])
    xy[0, 0] = 5.0
    assert ps.xy[0, 0] == 1.0
    for a in (ps.xy, ps.target, ps.split, ps.labels):
        with pytest.raises(ValueError):
            a[0] = 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        ps.xy = xy  # type: ignore[misc]
    assert ps.xy.dtype == ps.target.dtype == ps.split.dtype == np.float64


def test_reading_a_set():
    ps = PointSet([[0, 0], [1, 1], [2, 2], [3, 3]], [0, 2, 2, 1], [0.1, 0.5, 0.6, 0.95])
    assert ps.n == len(ps) == 4
    assert ps.labels.dtype == np.int64 and ps.labels.tolist() == [0, 2, 2, 1]
    assert ps.num_classes == 3
    assert ps.class_counts().tolist() == [1, 1, 2]
    assert ps.class_counts(minlength=5).tolist() == [1, 1, 2, 0, 0]
    assert ps.test_mask(0.5).tolist() == [False, True, True, True]
    xtr, ttr, xte, tte = ps.train_test(0.55)
    assert xtr.tolist() == [[0, 0], [1, 1]] and ttr.tolist() == [0, 2] and tte.tolist() == [2, 1]
    assert repr(ps) == "PointSet(n=4, 3 classes)"


def test_empty_sets():
    for regression in (False, True):
        ps = PointSet.empty(regression)
        assert ps.n == 0 and ps.xy.shape == (0, 2) and ps.regression is regression
        assert ps.num_classes == 0
    assert PointSet.empty().class_counts().tolist() == []


def test_regression_sets_have_values_not_labels():
    ps = small(regression=True)
    assert ps.num_classes == 0
    with pytest.raises(ValueError, match="regression"):
        _ = ps.labels
    with pytest.raises(ValueError, match="regression"):
        ps.class_counts()


def test_equality_is_exact():
    a = small()
    assert a == small() and a != small(seed=1)
    nudged = PointSet(a.xy + np.array([[np.spacing(1.0), 0]] + [[0, 0]] * 5), a.target, a.split)
    assert a != nudged
    assert a != a.with_regression(True)
    assert a != "not a set"
    with pytest.raises(TypeError):
        hash(a)


def test_copies_and_pickles_stay_read_only():
    a = small()
    for b in (copy.deepcopy(a), pickle.loads(pickle.dumps(a))):
        assert b == a and not b.xy.flags.writeable and not b.target.flags.writeable
    assert copy.copy(a) == a


def test_with_regression():
    a = small()
    assert a.with_regression(False) is a
    assert a.with_regression(True).regression and np.array_equal(a.with_regression(True).target, a.target)
    with pytest.raises(ValueError, match="not a whole number"):
        small(regression=True).with_regression(False)


@pytest.mark.parametrize(
    "xy, target, regression, message",
    [
        ([[0, 0], [np.nan, 1]], [0, 1], False, r"point 1: x is NaN"),
        ([[0, 0], [1, np.inf]], [0, 1], False, r"point 1: y = inf is outside the square \[-6, 6\]"),
        ([[6.5, 0]], [0], False, r"point 0: x = 6.5 is outside the square"),
        ([[0, -6.0000001]], [0], False, r"point 0: y = -6.0000001 is outside"),
        ([[0, 0], [1, 1], [2, 2]], [0, 1, 9], False, r"point 2: class 9 is above 8"),
        ([[0, 0]], [-1], False, r"point 0: class -1 is negative"),
        ([[0, 0]], [1.5], False, r"point 0: class 1.5 is not a whole number"),
        ([[0, 0]], [np.nan], False, r"point 0: class is NaN"),
        ([[0, 0]], [np.nan], True, r"point 0: value is NaN"),
        ([[0, 0]], [-np.inf], True, r"point 0: value is infinite"),
    ],
)
def test_validation_names_the_point_and_the_problem(xy, target, regression, message):
    with pytest.raises(ValueError, match=message):
        PointSet.from_arrays(xy, target, regression=regression)


def test_validation_accepts_the_edges_and_any_finite_value():
    ps = PointSet.from_arrays([[-6, 6], [6, -6]], [0, 8])
    assert ps.num_classes == 9
    assert PointSet.from_arrays([[0, 0]], [1e6], regression=True).target[0] == 1e6


def test_validation_of_shapes_and_split_keys():
    with pytest.raises(ValueError, match=r"xy must have shape \(n, 2\)"):
        PointSet.from_arrays([[1, 2, 3]], [0])
    with pytest.raises(ValueError, match="differ in length"):
        PointSet.from_arrays([[1, 2]], [0, 1])
    with pytest.raises(ValueError, match="split keys"):
        PointSet([[1, 2]], [0], [1.0])


# ---- generated sets and the split --------------------------------------------------------------------------
def test_generated_data_become_an_ordinary_set():
    ps = PointSet.generate("spiral", n=100, noise=0.1, seed=3)
    X, y = datasets.generate("spiral", n=100, noise=0.1, seed=3)
    assert np.array_equal(ps.xy, X) and np.array_equal(ps.labels, y) and not ps.regression
    assert PointSet.generate("plane", n=10).regression
    assert PointSet.generate("blobs", n=90, classes=9).num_classes == 9
    drawn = P.add_point(ps, 1, 1, 4, np.random.default_rng(0)).apply(ps)  # draw into a spiral
    assert drawn.n == 101 and drawn.num_classes == 5


def test_split_keys_are_seeded_and_not_tied_to_the_data():
    a = PointSet.generate("circle", n=2000, seed=1)
    assert a == PointSet.generate("circle", n=2000, seed=1)
    assert not np.array_equal(a.split, PointSet.generate("circle", n=2000, seed=2).split)
    assert (a.split >= 0).all() and (a.split < 1).all()
    test = a.test_mask(0.5)
    assert 0.45 < test.mean() < 0.55
    for c in (0, 1):  # both classes are split alike: the keys do not follow the data's draws
        assert 0.4 < test[a.labels == c].mean() < 0.6


def test_changing_the_ratio_re_splits_consistently():
    ps = PointSet.generate("xor", n=1000, seed=4)
    assert 0.25 < ps.test_mask(0.7).mean() < 0.35
    assert not (ps.test_mask(0.7) & ~ps.test_mask(0.3)).any()  # test at 70% train => test at 30% train
    with pytest.raises(ValueError, match="train ratio"):
        ps.test_mask(1.5)


def test_split_is_stable_when_points_are_added_or_removed():
    ps = PointSet.generate("gauss", n=300, seed=4)
    rng = np.random.default_rng(9)
    grown = P.brush(ps, 0, 0, 1, rng, count=50).apply(ps)
    assert np.array_equal(grown.test_mask(0.6)[:300], ps.test_mask(0.6))
    shrunk = P.RemovePoints(np.arange(0, 300, 3)).apply(grown)
    keep = np.setdiff1d(np.arange(350), np.arange(0, 300, 3))
    assert np.array_equal(shrunk.test_mask(0.6), grown.test_mask(0.6)[keep])


# ---- each edit and its inverse -----------------------------------------------------------------------------
def check_round_trip(edit: P.Edit, before: PointSet) -> PointSet:
    after = edit.apply(before)
    inverse = edit.inverse(before)
    assert inverse.apply(after) == before
    assert edit.apply(inverse.apply(after)) == after  # redo after undo
    assert inverse.inverse(after).apply(before) == after
    return after


def test_add_points():
    ps = small()
    edit = P.AddPoints([[1, 1], [2, 2]], [1, 2], [0.3, 0.9])
    after = check_round_trip(edit, ps)
    assert (
        after.n == 8 and after.xy[-2:].tolist() == [[1, 1], [2, 2]] and after.labels[-2:].tolist() == [1, 2]
    )
    assert edit.text == "Add 2 points"
    assert isinstance(edit.inverse(ps), P.RemovePoints) and edit.inverse(ps).indices.tolist() == [6, 7]


def test_remove_points_restores_the_order_exactly():
    ps = small(10)
    edit = P.RemovePoints([7, 2, 2, 0])
    assert edit.indices.tolist() == [0, 2, 7] and edit.text == "Erase 3 points"
    after = check_round_trip(edit, ps)
    assert after.xy.tolist() == np.delete(ps.xy, [0, 2, 7], axis=0).tolist()
    inverse = edit.inverse(ps)
    assert isinstance(inverse, P.InsertPoints) and inverse.indices.tolist() == [0, 2, 7]


def test_insert_points_sorts_its_positions_with_their_points():
    ps = small(3)
    edit = P.InsertPoints([4, 0], [[4, 4], [0, 0]], [2, 1], [0.5, 0.25])
    after = check_round_trip(edit, ps)
    assert after.xy[[0, 4]].tolist() == [[0, 0], [4, 4]] and after.target[[0, 4]].tolist() == [1, 2]
    assert after.xy[[1, 2, 3]].tolist() == ps.xy.tolist()
    with pytest.raises(ValueError, match="repeat"):
        P.InsertPoints([1, 1], [[0, 0], [1, 1]], [0, 0], [0.1, 0.1])


def test_move_points():
    ps = small()
    edit = P.MovePoints([4, 1], [[5, 5], [-5, -5]])
    after = check_round_trip(edit, ps)
    assert after.xy[[4, 1]].tolist() == [[5, 5], [-5, -5]]
    assert np.array_equal(after.target, ps.target) and np.array_equal(after.split, ps.split)
    with pytest.raises(ValueError, match="outside"):
        P.MovePoints([0], [[9, 0]]).apply(ps)


def test_relabel():
    ps = small()
    after = check_round_trip(P.Relabel([0, 3], 7), ps)
    assert after.labels[[0, 3]].tolist() == [7, 7]
    after = check_round_trip(P.Relabel([0, 3], [4, 5]), ps)
    assert after.labels[[0, 3]].tolist() == [4, 5]
    assert np.array_equal(after.xy, ps.xy)


def test_replace_all():
    ps = small()
    other = PointSet.generate("plane", n=20)
    edit = P.ReplaceAll(other, text="Generate plane")
    assert check_round_trip(edit, ps) is other and edit.text == "Generate plane"
    with pytest.raises(TypeError):
        P.ReplaceAll("nothing")  # type: ignore[arg-type]


def test_edits_are_immutable_and_compare_by_value():
    edit = P.AddPoints([[1, 1]], [1], [0.5])
    with pytest.raises(dataclasses.FrozenInstanceError):
        edit.text = "x"  # type: ignore[misc]
    with pytest.raises(ValueError):
        edit.xy[0, 0] = 3
    assert edit == P.AddPoints([[1, 1]], [1], [0.5])
    assert edit != P.AddPoints([[1, 1]], [2], [0.5])
    assert edit != P.RemovePoints([0])


def test_applying_to_a_set_that_is_too_small_is_refused():
    ps = small(3)
    with pytest.raises(ValueError, match="cannot remove point 5: the set has 3 points"):
        P.RemovePoints([5]).apply(ps)
    with pytest.raises(ValueError, match="cannot move point 3"):
        P.MovePoints([3], [[0, 0]]).apply(ps)
    with pytest.raises(ValueError, match="cannot relabel point -1"):
        P.Relabel([-1], 0).apply(ps)
    with pytest.raises(TypeError, match="whole numbers"):
        P.RemovePoints([0.5])


def test_edits_of_ten_thousand_points():
    ps = PointSet.generate("circle", n=20_000, seed=1)
    edit = P.RemovePoints(np.arange(0, 20_000, 2))
    assert check_round_trip(edit, ps).n == 10_000
    assert check_round_trip(P.brush(ps, 0, 0, 1, np.random.default_rng(0), count=500), ps).n == 20_500


# ---- factories ---------------------------------------------------------------------------------------------
def test_add_point():
    ps = small()
    edit = P.add_point(ps, 1.5, -2, 3, np.random.default_rng(0))
    assert edit.text == "Add point" and edit.xy.tolist() == [[1.5, -2]] and edit.target.tolist() == [3]
    assert 0 <= edit.split[0] < 1
    for args, message in [
        ((7, 0, 1), r"cannot add a point at \(7, 0\): x = 7 is outside the square \[-6, 6\]"),
        ((0, float("nan"), 1), r"y is NaN"),
        ((0, 0, 9), r"class 9 is above 8"),
        ((0, 0, 2.5), r"class 2.5 is not a whole number"),
        (("a", 0, 1), r"must be numbers"),
    ]:
        with pytest.raises(ValueError, match=message):
            P.add_point(ps, *args, np.random.default_rng(0))
    assert P.add_point(small(regression=True), 0, 0, 2.5, np.random.default_rng(0)).target[0] == 2.5


def test_brush_spreads_points_round_the_cursor():
    ps = small()
    edit = P.brush(ps, 1, 2, 4, np.random.default_rng(3), radius=0.5, count=12)
    assert edit.text == "Brush 12 points" and len(edit.xy) == 12
    assert (np.hypot(edit.xy[:, 0] - 1, edit.xy[:, 1] - 2) <= 0.5).all()
    assert (edit.target == 4).all() and len(np.unique(edit.split)) == 12
    corner = P.brush(ps, 6, -6, 0, np.random.default_rng(3), radius=1, count=50)
    assert np.abs(corner.xy).max() <= 6 and corner.apply(ps).n == 56
    same = P.brush(ps, 1, 2, 4, np.random.default_rng(3), radius=0.5, count=12)
    assert same == edit
    with pytest.raises(ValueError, match="brush"):
        P.brush(ps, 1, 2, 4, np.random.default_rng(3), count=0)
    with pytest.raises(ValueError, match="radius"):
        P.brush(ps, 1, 2, 4, np.random.default_rng(3), radius=-1)
    with pytest.raises(ValueError, match="outside"):
        P.brush(ps, 1, 8, 4, np.random.default_rng(3))


def test_remove_nearest():
    ps = PointSet.from_arrays([[0, 0], [1, 0], [3, 3]], [0, 1, 2])
    edit = P.remove_nearest(ps, 0.8, 0.1)
    assert edit is not None and edit.indices.tolist() == [1] and edit.text == "Erase point"
    assert P.remove_nearest(ps, 2, 2, radius=0.5) is None
    assert P.remove_nearest(PointSet.empty(), 0, 0) is None
    assert P.remove_nearest(ps, 6.2, 0, radius=10) is not None  # a click just off the square still erases


def test_remove_in_circle():
    ps = PointSet.from_arrays([[0, 0], [1, 0], [3, 3], [0.5, 0.5]], [0, 1, 2, 1])
    edit = P.remove_in_circle(ps, 0, 0, 1.0)
    assert edit is not None and edit.indices.tolist() == [0, 1, 3] and edit.text == "Erase 3 points"
    assert edit.apply(ps).xy.tolist() == [[3, 3]]
    assert P.remove_in_circle(ps, -4, -4, 1) is None
    with pytest.raises(ValueError, match="finite"):
        P.remove_in_circle(ps, np.nan, 0, 1)


def test_clear_relabel_move():
    ps = small()
    cleared = check_round_trip(P.clear(ps), ps)
    assert cleared.n == 0 and P.clear(ps).text == "Clear points"
    assert check_round_trip(P.clear(small(regression=True)), small(regression=True)).regression
    edit = P.relabel(ps, [1, 2], 5)
    assert edit.text == "Change class of 2 points" and check_round_trip(edit, ps).labels[[1, 2]].tolist() == [
        5,
        5,
    ]
    with pytest.raises(ValueError, match="cannot relabel point 2: class 9 is above 8"):
        P.relabel(ps, [1, 2], [0, 9])
    with pytest.raises(ValueError, match="the set has 6 points"):
        P.relabel(ps, [6], 0)
    moved = P.move(ps, 2, -3, 4)
    assert moved.text == "Move point" and check_round_trip(moved, ps).xy[2].tolist() == [-3, 4]
    with pytest.raises(ValueError, match=r"cannot move point 2 to \(0, 6.5\): y = 6.5 is outside"):
        P.move(ps, 2, 0, 6.5)
    with pytest.raises(ValueError, match="cannot move point 9"):
        P.move(ps, 9, 0, 0)


# ---- any sequence of edits ---------------------------------------------------------------------------------
coord = st.floats(-6, 6, allow_nan=False)
OPS = st.one_of(
    st.tuples(st.just("add"), coord, coord, st.integers(0, 8)),
    st.tuples(st.just("brush"), coord, coord, st.integers(0, 8), st.floats(0, 2), st.integers(1, 20)),
    st.tuples(st.just("nearest"), coord, coord, st.floats(0, 3)),
    st.tuples(st.just("circle"), coord, coord, st.floats(0, 6)),
    st.tuples(st.just("move"), st.integers(0, 10**6), coord, coord),
    st.tuples(st.just("relabel"), st.lists(st.integers(0, 10**6), max_size=5), st.integers(0, 8)),
    st.tuples(st.just("clear")),
    st.tuples(st.just("generate"), st.sampled_from(["circle", "blobs", "spiral"]), st.integers(0, 40)),
)


@st.composite
def start_sets(draw: st.DrawFn) -> PointSet:
    if draw(st.booleans()):
        return PointSet.generate("plane", n=draw(st.integers(0, 30)), seed=draw(st.integers(0, 99)))
    name = draw(st.sampled_from(["xor", "rings", "checkerboard"]))
    return PointSet.generate(name, n=draw(st.integers(0, 30)), seed=draw(st.integers(0, 99)), classes=5)


def make_edit(ps: PointSet, op: tuple, rng: np.random.Generator) -> P.Edit | None:
    """The command a user's gesture would push (None when the gesture does nothing)."""
    kind, *args = op
    value = (lambda c: c * 0.37 - 1.0) if ps.regression else (lambda c: c)
    if kind == "add":
        return P.add_point(ps, args[0], args[1], value(args[2]), rng)
    if kind == "brush":
        return P.brush(ps, args[0], args[1], value(args[2]), rng, radius=args[3], count=args[4])
    if kind == "nearest":
        return P.remove_nearest(ps, *args)
    if kind == "circle":
        return P.remove_in_circle(ps, *args)
    if kind == "clear":
        return P.clear(ps)
    if kind == "generate":
        return P.ReplaceAll(PointSet.generate(args[0], n=args[1], seed=args[1], classes=3))
    if not ps.n:
        return None
    if kind == "move":
        return P.move(ps, args[0] % ps.n, args[1], args[2])
    return P.relabel(ps, sorted({i % ps.n for i in args[0]}), value(args[1]))


@settings(max_examples=300, deadline=None)
@given(start=start_sets(), ops=st.lists(OPS, max_size=15), seed=st.integers(0, 2**32 - 1))
def test_any_sequence_of_edits_undone_in_reverse_restores_the_start(start, ops, seed):
    rng = np.random.default_rng(seed)
    states, edits, inverses = [start], [], []
    for op in ops:
        edit = make_edit(states[-1], op, rng)
        if edit is not None:
            edits.append(edit)
            inverses.append(edit.inverse(states[-1]))
            states.append(edit.apply(states[-1]))
    ps = states[-1]
    for k in reversed(range(len(edits))):
        ps = inverses[k].apply(ps)
        assert ps == states[k]
    assert ps == start
    for k, edit in enumerate(edits):  # redo after undo gives exactly the same sets
        ps = edit.apply(ps)
        assert ps == states[k + 1]


class UndoStack(RuleBasedStateMachine):
    """A model of the window's QUndoStack: push truncates the redo tail; undo and redo walk the history."""

    def __init__(self) -> None:
        super().__init__()
        self.rng = np.random.default_rng(0)
        self.history = [PointSet.generate("blobs", n=12, seed=1, classes=3)]
        self.commands: list[tuple[P.Edit, P.Edit]] = []
        self.index = 0
        self.current = self.history[0]

    @rule(op=OPS)
    def push(self, op):
        edit = make_edit(self.current, op, self.rng)
        if edit is None:
            return
        inverse = edit.inverse(self.current)
        self.current = edit.apply(self.current)
        del self.commands[self.index :], self.history[self.index + 1 :]
        self.commands.append((edit, inverse))
        self.history.append(self.current)
        self.index += 1

    @precondition(lambda self: self.index > 0)
    @rule()
    def undo(self):
        self.index -= 1
        self.current = self.commands[self.index][1].apply(self.current)

    @precondition(lambda self: self.index < len(self.commands))
    @rule()
    def redo(self):
        self.current = self.commands[self.index][0].apply(self.current)
        self.index += 1

    @invariant()
    def matches_history(self):
        assert self.current == self.history[self.index]


TestUndoStack = UndoStack.TestCase
TestUndoStack.settings = settings(max_examples=100, stateful_step_count=30, deadline=None)
