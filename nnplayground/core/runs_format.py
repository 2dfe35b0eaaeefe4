"""Reading the runs of a version-3 session file: the current run's label and place ("run") and every other run
("runs"), each checked as strictly as a one-run file (`session_format.check_document`), the file being untrusted.

    "run":  {"name": "Run 1", "color": "#4e79a7", "pinned": false, "hidden": false, "named": false, "index": 0}
    "runs": [{"name": "lr 0.3", "color": "#f28e2b", "pinned": false, "hidden": false, "named": false,
              "experiment": {...}, "points": null, "params": [...], "epoch": 500, "optimizer_state": {...},
              "rng_state": {...}, "history": {...}, "checkpoints": [...]}, ...]

The top-level entries are the current run, as in version 2; "index" is its place among the runs (the others in
"runs", in order, around it). A run's "points" are null when they are the current run's. Limits that hold for a
file of one run hold for all runs together (points, history rows, checkpoint numbers), counted from the lists'
lengths before any array is made; at most `MAX_RUNS` runs. Every problem is a SessionError naming the run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import session_texts as say
from .experiment import Experiment
from .points import MAX_POINTS, PointSet
from .run_label import MAX_RUNS, RunLabel, RunsError, check_color, check_name
from .session_format import (
    MAX_CHECKPOINT_BYTES,
    MAX_HEALTH,
    MAX_HISTORY,
    RUN_ENTRIES,
    SessionError,
    _show,
    check_document,
)
from .texts import Text, message

LABEL_ENTRIES = ("name", "color", "pinned", "hidden", "named")
MAX_TOTAL_POINTS = 2 * MAX_POINTS  # the points of every run together (runs that share the current's count none)


@dataclass(frozen=True)
class Document:
    """A checked session file: the current run's `Session` fields, its label (None in a file of one run, which
    has none) and place, and every other run's label and fields, in order."""

    current: dict[str, Any]
    label: RunLabel | None
    index: int
    others: tuple[tuple[RunLabel, dict[str, Any]], ...]


def read_document(doc: dict[str, Any], parameter_count: Callable[[Experiment, PointSet], int]) -> Document:
    """Check an upgraded document, every run of it; raises SessionError."""
    doc = dict(doc)
    run, runs = doc.pop("run", None), doc.pop("runs", None)
    if (run is None) != (runs is None):
        raise SessionError(say.RUNS_TOGETHER)
    if runs is None:
        return Document(check_document(doc, parameter_count), None, 0, ())
    if not isinstance(runs, list):
        raise SessionError(Text(say.LIST, {"where": "runs", "value": _show(runs)}))
    if len(runs) + 1 > MAX_RUNS:
        raise SessionError(Text(say.AT_MOST_RUNS, {"most": MAX_RUNS, "n": len(runs) + 1}))
    _check_totals(doc, runs)
    label, index = _label(run, "run", places=len(runs) + 1)
    current = check_document(doc, parameter_count)
    others = []
    for i, entry in enumerate(runs):
        where = f"runs: run {i + (i >= index) + 1}"
        if not isinstance(entry, dict):
            raise SessionError(Text(say.OBJECT, {"where": where, "value": _show(entry)}))
        unknown = set(entry) - set(LABEL_ENTRIES) - set(RUN_ENTRIES)
        if unknown:
            raise SessionError(Text(say.UNKNOWN_AT, {"where": where, "entry": _show(sorted(map(str, unknown))[0])}))
        if "points" not in entry:
            raise SessionError(Text(say.RUN_NO_POINTS, {"where": where}))
        other_label, _ = _label({k: entry[k] for k in LABEL_ENTRIES if k in entry}, where)
        try:
            fields = check_document({k: entry[k] for k in RUN_ENTRIES if k in entry}, parameter_count,
                                    current["points"])  # fmt: skip
        except SessionError as e:
            raise SessionError(Text(say.PLACE, {"where": where, "problem": message(e)})) from None
        others.append((other_label, fields))
    return Document(current, label, index, tuple(others))


def _label(v: Any, where: str, places: int = 0) -> tuple[RunLabel, int]:
    """A run's label (and, with `places`, its "index" among that many runs)."""
    keys = set(LABEL_ENTRIES) | ({"index"} if places else set())
    if not isinstance(v, dict):
        raise SessionError(Text(say.OBJECT, {"where": where, "value": _show(v)}))
    unknown = set(v) - keys
    if unknown:
        raise SessionError(Text(say.UNKNOWN_AT, {"where": where, "entry": _show(sorted(map(str, unknown))[0])}))
    for key in ("name", "color", *(("index",) if places else ())):
        if key not in v:
            raise SessionError(Text(say.MISSING, {"where": where, "key": key}))
    for key in ("name", "color"):
        if type(v[key]) is not str:
            raise SessionError(Text(say.NOT_TEXT, {"where": where, "key": key, "value": _show(v[key])}))
    flags = {}
    for key in ("pinned", "hidden", "named"):
        flags[key] = v.get(key, False)
        if type(flags[key]) is not bool:
            raise SessionError(Text(say.TRUE_FALSE, {"where": where, "key": key, "value": _show(flags[key])}))
    try:
        label = RunLabel(check_name(v["name"]), check_color(v["color"]), **flags)
    except RunsError as e:
        raise SessionError(Text(say.PLACE, {"where": where, "problem": message(e)})) from None
    index = 0
    if places:
        index = v["index"]
        if type(index) is not int or not 0 <= index < places:
            raise SessionError(Text(say.INDEX, {"where": where, "last": places - 1, "value": _show(index)}))
    return label, index


def _length(v: Any, *path: str) -> int:
    """len() of the list at `path` inside `v`, 0 where anything on the way is not what it should be."""
    for key in path:
        v = v.get(key) if isinstance(v, dict) else None
    return len(v) if isinstance(v, list) else 0


def _checkpoint_numbers(v: Any) -> int:
    cps = v.get("checkpoints") if isinstance(v, dict) else None
    total = 0
    for cp in cps if isinstance(cps, list) else ():
        total += _length(cp, "params")
        state = cp.get("optimizer_state") if isinstance(cp, dict) else None
        for group in state.values() if isinstance(state, dict) else ():
            total += sum(len(a) for a in group.values() if isinstance(a, list)) if isinstance(group, dict) else 0
    return total


def _check_totals(doc: dict[str, Any], runs: list[Any]) -> None:
    """The limits of one run, for all runs together, from the lists' lengths alone (before any array is made)."""
    every = [doc, *runs]
    points = sum(_length(r, "points", "xy") for r in every)
    if points > MAX_TOTAL_POINTS:
        raise SessionError(Text(say.RUNS_POINTS, {"n": points, "most": MAX_TOTAL_POINTS}))
    rows = sum(_length(r, "history", "epoch") for r in every)
    if rows > MAX_HISTORY:
        raise SessionError(Text(say.RUNS_ROWS, {"n": rows, "most": MAX_HISTORY}))
    health = sum(_length(r, "health", "epoch") for r in every)
    if health > MAX_HEALTH:
        raise SessionError(Text(say.RUNS_HEALTH, {"n": health, "most": MAX_HEALTH}))
    numbers = sum(_checkpoint_numbers(r) for r in every)
    if numbers * 8 > MAX_CHECKPOINT_BYTES:
        raise SessionError(Text(say.RUNS_CHECKPOINTS, {"mb": MAX_CHECKPOINT_BYTES // 2**20}))
