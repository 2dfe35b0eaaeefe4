"""Data sets from a typed rule (TensorFlow Playground's wish #252): `y > sin(x)`, `x**2 + y**2 < 9` or
`abs(x) + abs(y) < 4` give two classes (class 2, blue, where the rule holds); `f = sin(x) * cos(y)` gives values
(regression). The points are drawn uniformly over the square [-6, 6]², with the seed, size and noise of every
generator: with noise the rule is read at a point shifted by up to ±3 · noise in each direction, as TensorFlow
Playground's sets read their labels.

A rule is parsed with Python's `ast` and then walked by a small evaluator that knows only the names, functions
and operators listed here: nothing is ever `eval`ed, no attribute, subscript, call of anything else or keyword
can run. A mistake raises `FormulaError` (a ValueError) whose message quotes the rule and says where it went
wrong ("character 5: unknown name 'sinn'"); `start` and `length` mark the spot for an entry to select.

The data set's name is the rule itself (`DataSpec.name`), so a session stores it and regenerating it is the same
as regenerating any set (`datasets.generate`).
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .square import LIMIT
from .texts import QT_TRANSLATE_NOOP, Text

MAX_LENGTH = 200  # characters of a rule
MAX_NODES = 200  # pieces of it (numbers, names, operators): a rule, not a program
NOISE_SHIFT = LIMIT / 2  # the largest shift of the point a rule is read at, at noise 1
EXAMPLES = ("y > sin(x)", "x**2 + y**2 < 9", "abs(x) + abs(y) < 4", "f = sin(x) * cos(y)")

CONSTANTS = {"pi": np.pi, "e": np.e}
FUNCTIONS: dict[str, Callable[..., np.ndarray]] = {
    "sin": np.sin, "cos": np.cos, "tan": np.tan, "tanh": np.tanh, "exp": np.exp, "log": np.log,
    "sqrt": np.sqrt, "abs": np.abs, "sign": np.sign, "floor": np.floor, "min": np.minimum, "max": np.maximum,
}  # fmt: skip
_ARITY = {"min": 2, "max": 2}
_BINARY = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply, ast.Div: np.divide, ast.Pow: np.power,
           ast.Mod: np.mod}  # fmt: skip
_COMPARE = {ast.Lt: np.less, ast.LtE: np.less_equal, ast.Gt: np.greater, ast.GtE: np.greater_equal}
_REGRESSION = re.compile(r"^\s*f\s*=(?!=)")


_NO_NUMBER = QT_TRANSLATE_NOOP(
    "core.formula_data",
    "{rule} gives no number at x = {x:.3g}, y = {y:.3g} (a log or a square root of a negative number, or a "
    "division by zero?)",
)
_NOT_TEXT = QT_TRANSLATE_NOOP("core.formula_data", "a rule must be text, got {kind}")
_TOO_LONG = QT_TRANSLATE_NOOP("core.formula_data", "a rule may have at most {most} characters, this one has {length}")
_EMPTY = QT_TRANSLATE_NOOP("core.formula_data", "{rule}: the rule is empty; try {first} or {second}")
_AT = QT_TRANSLATE_NOOP("core.formula_data", "{rule}: at {where}: {what}")
_ENDS_SOON = QT_TRANSLATE_NOOP("core.formula_data", "it ends too soon")
_CHARACTER = QT_TRANSLATE_NOOP("core.formula_data", "character {n}")
_THE_END = QT_TRANSLATE_NOOP("core.formula_data", "the end")
_NOT_COMPARISON = QT_TRANSLATE_NOOP(
    "core.formula_data", "{rule}: f = needs a value such as sin(x) * cos(y), not a comparison"
)
_NEEDS_COMPARISON = QT_TRANSLATE_NOOP(
    "core.formula_data",
    "{rule}: a rule for two classes needs a comparison such as y > sin(x); for values write f = ...",
)
_TOO_MANY = QT_TRANSLATE_NOOP("core.formula_data", "{rule}: too long a rule ({pieces} pieces, at most {most})")
_PROBLEM_AT = QT_TRANSLATE_NOOP("core.formula_data", "{rule}: character {n}: {problem}")
_IS_FUNCTION = QT_TRANSLATE_NOOP("core.formula_data", "{name} is a function: write {name}(x)")
_UNKNOWN_NAME = QT_TRANSLATE_NOOP("core.formula_data", "unknown name {name!r}; the names are {names}")
_UNKNOWN_CALL = QT_TRANSLATE_NOOP("core.formula_data", "unknown function; the functions are {functions}")
_UNKNOWN_FUNCTION = QT_TRANSLATE_NOOP("core.formula_data", "unknown function {name!r}; the functions are {functions}")
_TAKES_ONE = QT_TRANSLATE_NOOP("core.formula_data", "{name} takes {want} value")
_TAKES = QT_TRANSLATE_NOOP("core.formula_data", "{name} takes {want} values")
_TOO_LARGE = QT_TRANSLATE_NOOP("core.formula_data", "too large a number")
_NOT_NUMBER = QT_TRANSLATE_NOOP("core.formula_data", "{text!r} is not a number")
_POWER = QT_TRANSLATE_NOOP("core.formula_data", "use ** for a power (x**2); ^ is not one")
_OPERATOR_USE = QT_TRANSLATE_NOOP("core.formula_data", "unknown operator; use + - * / ** %")
_COMPARE_WITH = QT_TRANSLATE_NOOP(
    "core.formula_data", "compare with <, <=, > or >= (two real numbers are hardly ever equal)"
)
_OPERATOR = QT_TRANSLATE_NOOP("core.formula_data", "unknown operator")
_NOT_PART = QT_TRANSLATE_NOOP("core.formula_data", "{kind} is not part of a rule")


class FormulaError(ValueError):
    def __init__(self, message: str, start: int = 0, length: int = 0) -> None:
        super().__init__(message)
        self.start, self.length = start, length


@dataclass(frozen=True)
class Formula:
    text: str
    regression: bool
    _tree: ast.expr

    def values(self, xy: np.ndarray) -> np.ndarray:
        """The rule at each point (n, 2): a value (regression) or 1.0 where it holds, 0.0 where not."""
        with np.errstate(all="ignore"):
            out = _Evaluator(self, xy[:, 0], xy[:, 1]).eval(self._tree)
        return np.broadcast_to(np.asarray(out, dtype=np.float64), (len(xy),)).copy()

    def generate(self, rng: np.random.Generator, n: int, noise: float, k: int) -> tuple[np.ndarray, np.ndarray]:
        """A datasets.Generator: n points over the square, the rule read at a noise-shifted point."""
        xy = rng.uniform(-LIMIT, LIMIT, (n, 2))
        shifted = xy + rng.uniform(-NOISE_SHIFT, NOISE_SHIFT, (n, 2)) * noise
        v = self.values(shifted)
        if self.regression:
            bad = np.flatnonzero(~np.isfinite(v))
            if len(bad):
                x, y = shifted[bad[0]]
                values = {"rule": repr(self.text), "x": x, "y": y}
                raise FormulaError(Text(_NO_NUMBER, values), 0, len(self.text))
            return xy, v
        return xy, v.astype(np.int64)


def looks_like_formula(text: object) -> bool:
    """Whether a data set's name is meant as a rule (it has an operator, a bracket or a space; a plain word is a
    generator's name, and an unknown word is an unknown data set)."""
    return isinstance(text, str) and bool(re.search(r"[<>=()+\-*/%^ ]", text.strip()))


@functools.lru_cache(maxsize=64)
def parse(text: str) -> Formula:
    """The rule `text`, checked; FormulaError saying where it is wrong."""
    if not isinstance(text, str):
        raise FormulaError(Text(_NOT_TEXT, {"kind": type(text).__name__}))
    if len(text) > MAX_LENGTH:
        raise FormulaError(Text(_TOO_LONG, {"most": MAX_LENGTH, "length": len(text)}))
    match = _REGRESSION.match(text)
    body_start = match.end() if match else 0
    body = text[body_start:]
    if not body.strip():
        first, second = EXAMPLES[::3]
        raise FormulaError(Text(_EMPTY, {"rule": repr(text), "first": first, "second": second}), body_start, 0)
    offset = body_start + len(body) - len(body.lstrip())
    try:
        tree = ast.parse(body.strip(), mode="eval").body
    except SyntaxError as e:
        stripped = body.strip()
        at = offset + (max(0, e.offset - 1) if e.offset else len(stripped))  # (offset 0: it ended too soon)
        at = min(at, offset + len(stripped))
        what = _ENDS_SOON if at >= offset + len(stripped) else str(e.msg)  # (Python's words: as they are)
        where = Text(_CHARACTER, {"n": at + 1}) if at < offset + len(stripped) else _THE_END
        raise FormulaError(Text(_AT, {"rule": repr(text), "where": where, "what": what}), at, 1) from None
    _check(text, tree, offset)
    boolean = _is_boolean(tree)
    if match and boolean:
        raise FormulaError(Text(_NOT_COMPARISON, {"rule": repr(text)}), 0, len(text))
    if not match and not boolean:
        raise FormulaError(Text(_NEEDS_COMPARISON, {"rule": repr(text)}), 0, len(text))
    return Formula(text.strip(), bool(match), tree)


def _is_boolean(node: ast.expr) -> bool:
    if isinstance(node, ast.Compare):
        return True
    if isinstance(node, ast.BoolOp):
        return all(_is_boolean(v) for v in node.values)
    return isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not) and _is_boolean(node.operand)


def _check(text: str, tree: ast.expr, offset: int) -> None:
    """Refuse, naming the place, anything but the whitelisted names, functions, numbers and operators."""
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise FormulaError(Text(_TOO_MANY, {"rule": repr(text), "pieces": len(nodes), "most": MAX_NODES}))
    for node in nodes:  # a function's name is fine where it is called, and only there
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            node.func._called = True  # type: ignore[attr-defined]
    for node in nodes:
        problem = _problem(node)
        if problem:
            start = offset + getattr(node, "col_offset", 0)
            length = max(1, getattr(node, "end_col_offset", start - offset + 1) - (start - offset))
            values = {"rule": repr(text), "n": start + 1, "problem": problem}
            raise FormulaError(Text(_PROBLEM_AT, values), start, length)


def _problem(node: ast.AST) -> str:
    names = ", ".join(["x", "y", *CONSTANTS])
    if isinstance(node, ast.Name):
        if node.id in FUNCTIONS:
            return "" if _called(node) else Text(_IS_FUNCTION, {"name": node.id})
        return "" if node.id in ("x", "y", *CONSTANTS) else Text(_UNKNOWN_NAME, {"name": node.id, "names": names})
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            functions = ", ".join(FUNCTIONS)
            if isinstance(node.func, ast.Name):
                return Text(_UNKNOWN_FUNCTION, {"name": node.func.id, "functions": functions})
            return Text(_UNKNOWN_CALL, {"functions": functions})
        want = _ARITY.get(node.func.id, 1)
        if node.keywords or len(node.args) != want:
            return Text(_TAKES if want > 1 else _TAKES_ONE, {"name": node.func.id, "want": want})
        return ""
    if isinstance(node, ast.Constant):
        ok = isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
        if ok and abs(node.value) > 1e300:
            return _TOO_LARGE
        return "" if ok else Text(_NOT_NUMBER, {"text": str(node.value)[:20]})
    if isinstance(node, ast.BinOp):
        if isinstance(node.op, ast.BitXor):
            return _POWER
        return "" if type(node.op) in _BINARY else _OPERATOR_USE
    if isinstance(node, ast.Compare):
        bad = [op for op in node.ops if type(op) not in _COMPARE]
        return _COMPARE_WITH if bad else ""
    if isinstance(node, ast.UnaryOp):
        return "" if isinstance(node.op, (ast.USub, ast.UAdd, ast.Not)) else _OPERATOR
    if isinstance(node, (ast.BoolOp, ast.operator, ast.cmpop, ast.unaryop, ast.boolop, ast.Load, ast.expr_context)):
        return ""
    return Text(_NOT_PART, {"kind": type(node).__name__.lower()})


def _called(node: ast.Name) -> bool:
    return getattr(node, "_called", False)


class _Evaluator:
    """Walks a checked tree over arrays of x and y."""

    def __init__(self, formula: Formula, x: np.ndarray, y: np.ndarray) -> None:
        self.env = {"x": x, "y": y, **CONSTANTS}

    def eval(self, node: ast.expr) -> np.ndarray:
        if isinstance(node, ast.Constant):
            return np.float64(node.value)
        if isinstance(node, ast.Name):
            return self.env[node.id]
        if isinstance(node, ast.BinOp):
            return _BINARY[type(node.op)](self.eval(node.left), self.eval(node.right))
        if isinstance(node, ast.UnaryOp):
            v = self.eval(node.operand)
            return np.logical_not(v) if isinstance(node.op, ast.Not) else (-v if isinstance(node.op, ast.USub) else v)
        if isinstance(node, ast.Call):
            return FUNCTIONS[node.func.id](*(self.eval(a) for a in node.args))  # type: ignore[attr-defined]
        if isinstance(node, ast.Compare):
            left, result = self.eval(node.left), None
            for op, comp in zip(node.ops, node.comparators, strict=True):
                right = self.eval(comp)
                part = _COMPARE[type(op)](left, right)
                result = part if result is None else np.logical_and(result, part)
                left = right
            return result
        if isinstance(node, ast.BoolOp):
            parts = [self.eval(v) for v in node.values]
            combine = np.logical_and if isinstance(node.op, ast.And) else np.logical_or
            return functools.reduce(combine, parts)
        raise FormulaError(f"cannot evaluate {type(node).__name__}")  # (checked before: never reached)
