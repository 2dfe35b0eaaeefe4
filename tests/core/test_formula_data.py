"""Data sets from a typed rule: the classes and values are the rule's (computed here with NumPy on the points the
set returns), the seed, size and noise work as for every set, the rule is parsed from a whitelist and never run
as Python, a mistake is named with its place, and a session keeps the rule."""

from __future__ import annotations

import ast
import builtins
import re

import numpy as np
import pytest

from nnplayground.core import datasets, formula_data
from nnplayground.core import session as S
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.formula_data import FormulaError
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer

RULES = {
    "y > sin(x)": lambda x, y: y > np.sin(x),
    "x**2 + y**2 < 9": lambda x, y: x**2 + y**2 < 9,
    "abs(x) + abs(y) < 4": lambda x, y: np.abs(x) + np.abs(y) < 4,
    "1 < x < 3 or not y > -2": lambda x, y: ((1 < x) & (x < 3)) | ~(y > -2),
    "max(x, y) >= pi / 2": lambda x, y: np.maximum(x, y) >= np.pi / 2,
}


@pytest.mark.parametrize("rule", RULES)
def test_a_rule_makes_two_classes_where_it_holds_or_not(rule):
    xy, y = datasets.generate(rule, n=400, noise=0.0, seed=3)
    assert xy.shape == (400, 2) and y.dtype == np.int64 and (np.abs(xy) <= 6).all()
    assert np.array_equal(y, RULES[rule](xy[:, 0], xy[:, 1]).astype(np.int64))
    assert not datasets.is_regression(rule) and not datasets.has_classes(rule)
    assert datasets.title(rule) == rule


def test_f_equals_makes_values_for_regression():
    rule = "f = sin(x) * cos(y)"
    xy, v = datasets.generate(rule, n=300, noise=0.0, seed=1)
    assert datasets.is_regression(rule) and v.dtype == np.float64
    assert np.allclose(v, np.sin(xy[:, 0]) * np.cos(xy[:, 1]), rtol=0, atol=1e-15)
    assert datasets.default_n(rule) == datasets.DEFAULT_REGRESSION_N
    ps = PointSet.generate(rule, 300, 0.0, 1)
    assert ps.regression


def test_seed_size_and_noise_work_as_for_every_set():
    rule = "x**2 + y**2 < 9"
    a, b = datasets.generate(rule, n=500, seed=4), datasets.generate(rule, n=500, seed=4)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert not np.array_equal(a[0], datasets.generate(rule, n=500, seed=5)[0])
    noisy = datasets.generate(rule, n=500, noise=0.5, seed=4)
    assert np.array_equal(noisy[0], a[0])  # noise relabels the same points ...
    flipped = (noisy[1] != a[1]).mean()
    assert 0.02 < flipped < 0.4  # ... some of them, near the boundary
    near = np.abs(np.hypot(a[0][:, 0], a[0][:, 1]) - 3)[noisy[1] != a[1]]
    assert near.max() <= 3 * np.sqrt(2) * 0.5 + 1e-9  # no further than a shift of up to ±3·noise reaches


@pytest.mark.parametrize(
    ("rule", "message", "spot"),
    [
        ("y > sinn(x)", "character 5: unknown function 'sinn'", "sinn(x)"),
        ("y > z", "character 5: unknown name 'z'", "z"),
        ("x^2 + y^2 < 9", "use ** for a power", None),
        ("x**2 + y**2 <", "at the end: it ends too soon", None),
        ("sin(x)", "needs a comparison", None),
        ("f = x > 1", "f = needs a value", None),
        ("x == y", "compare with <", "x == y"),
        ("__import__('os').system('x') > 0", "unknown function", None),
        ("x.real > 0", "attribute is not part of a rule", "x.real"),
        ("[x][0] > 1", "is not part of a rule", None),
        ("(lambda: 9)() > 1", "unknown function", None),
        ("y > sin", "sin is a function", "sin"),
        ("min(x) > 0", "min takes 2 values", None),
        ("y > 'a'", "is not a number", None),
        ("x > " + "1+" * 90 + "1", "too long a rule", None),
        ("x > " + "1" * 300, "at most 200 characters", None),
        ("f =", "the rule is empty", None),
    ],
)
def test_a_bad_rule_is_refused_pointing_at_the_mistake(rule, message, spot):
    with pytest.raises(FormulaError, match=re.escape(message)) as info:
        formula_data.parse(rule)
    e = info.value
    assert rule[:20] in str(e) or "characters" in str(e)
    if spot is not None:
        assert rule[e.start : e.start + e.length] == spot
    with pytest.raises(ValueError, match=re.escape(message)):
        PointSet.generate(rule, 10)


def test_a_plain_unknown_word_is_still_an_unknown_data_set():
    with pytest.raises(ValueError, match="unknown data set 'spirl'.*or type a rule"):
        datasets.generate("spirl")


def test_a_rule_that_gives_no_number_says_so():
    with pytest.raises(FormulaError, match="gives no number"):
        datasets.generate("f = log(x)", n=50)
    xy, y = datasets.generate("log(x) > 0", n=200, seed=2)  # a comparison with NaN is simply false
    assert np.array_equal(y, (xy[:, 0] > 1).astype(np.int64))


def test_nothing_is_run_as_python():
    def refuse(*args, **kwargs):
        raise AssertionError("eval/exec called")

    saved = {name: getattr(builtins, name) for name in ("eval", "exec", "compile")}

    def parse_only(source, filename, mode, flags=0, *args, **kwargs):  # ast.parse's call: a tree, never code
        assert flags & ast.PyCF_ONLY_AST, "compiled to code"
        return saved["compile"](source, filename, mode, flags, *args, **kwargs)

    formula_data.parse.cache_clear()
    try:  # (put back before the test ends: pytest itself compiles when it reports)
        builtins.eval, builtins.exec, builtins.compile = refuse, refuse, parse_only
        xy, y = datasets.generate("abs(x) + abs(y) < 4 and y > -1", n=50, seed=0)
    finally:
        for name, f in saved.items():
            setattr(builtins, name, f)
    assert np.array_equal(y, ((np.abs(xy[:, 0]) + np.abs(xy[:, 1]) < 4) & (xy[:, 1] > -1)).astype(np.int64))


def test_a_session_keeps_the_rule_and_regenerates_the_same_points():
    rule = "abs(x) + abs(y) < 4"
    ps = PointSet.generate(rule, 120, 0.1, 3)
    exp = Experiment(data=DataSpec(rule, 120, 0.1, 3), hidden=(4,), activations=("tanh",))
    t = Trainer(exp, ps)
    t.run(3)
    s = S.loads_session(S.dumps_session(S.session_from_trainer(t)))
    assert s.experiment.data.name == rule and s.points == ps
    d = s.experiment.data
    assert PointSet.generate(d.name, d.n, d.noise, d.seed, d.classes) == ps
