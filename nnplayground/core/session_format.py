"""Reading and checking a session file (`.nnp`), which may come from anywhere, and the wire format's helpers.

A session file is untrusted: the size is checked before reading, the JSON parser never builds anything but dicts,
lists, strings and numbers (no pickle, no eval), and every value is checked for its exact type, range and length
before any array or network is made from it. Any problem raises `SessionError` with a message naming the place
(``points: point 12: x = 7 is outside ...``). An older file is upgraded to the current version before the checks.
The `Session` itself, and saving and loading one, are in `session`.

Format (version 2: one run), one JSON object::

    {"format": "nnplayground-session", "version": 2,
     "experiment": {...Experiment.to_dict()...},
     "points": {"xy": [[x, y], ...], "target": [...], "split": [...], "regression": false},
     "params": [...] | null, "epoch": 0,
     "optimizer_state": {"0": {"t": 12, "v": [...]}} | null,
     "rng_state": {...numpy PCG64 state...} | null,
     "history": {"epoch": [...], "train_loss": [...], ...} | null,
     "checkpoints": [{"epoch": 0, "params": [...], "optimizer_state": {...}, "rng_state": {...}}, ...] | null,
     "health": {"epoch": [...], "values": [[...], ...]} | null}

`health` (optional: a file without it opens, with no layer health over epochs) holds the layers' health at some
epochs (`core.health_history`): one row of numbers per epoch, layers x PER_LAYER long, NaN as null.

`checkpoints` are the epochs a rewind returns to exactly (the history's, thinned to a byte budget), in increasing
order. Version 1 had none, and an optional "weights_history" ({"<epoch>": [...params...]}, never written by the
app) that the checkpoints replace: without the optimizer's and the generator's state its weights could not be
trained on exactly, so the upgrade leaves it out.

Version 3 holds several runs (`runs_format` reads them): the entries above are the current run, "run" its label
and place, "runs" every other run. A file is written at the oldest version that holds it, so a one-run session is
a version-2 file still. Version 1 and 2 files open as one run.

Floats are written with `repr` precision, so a load gives back the very same bits; NaN in the history is `null`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import numpy as np

from . import session_texts as say
from .experiment import MAX_SEED, Experiment
from .health_history import PER_LAYER
from .history import Checkpoint, History
from .points import MAX_POINTS, PointSet, split_rng
from .texts import Text, message

FORMAT = "nnplayground-session"
VERSION = 3  # the newest this reads
ONE_RUN_VERSION = 2  # what a session of one run is written as
MAX_BYTES = 256 * 2**20
MAX_HISTORY = 10_000_000  # rows of the loss history (80 MB of floats at most; the app writes 2**17 at most)
MAX_CHECKPOINTS = 20_000  # checkpoints in a file (a history keeps at most 16,384)
MAX_CHECKPOINT_BYTES = 64 * 2**20  # their arrays (parameters and running averages) as float64 in memory
MAX_EPOCH = 10**12
MAX_HEALTH = 4096  # records of the layers' health (the app keeps 1024 at most; several runs share this)
_OPT_KEYS = ("v", "s", "m")  # the optimizers' running averages, each as long as the parameter vector
# a run's own entries (a session's top level, and each run of a multi-run file)
RUN_ENTRIES = (
    *("experiment", "points", "params", "epoch", "optimizer_state", "rng_state", "history", "checkpoints", "health"),
)
_TOP_KEYS = {"format", "version", *RUN_ENTRIES}
_CHECKPOINT_KEYS = {"epoch", "params", "optimizer_state", "rng_state"}


class SessionError(Exception):
    """A session file that cannot be read or written; the message says what is wrong, in words a person can use."""


# ---- plain JSON values, for writing and for copies of the rng state ---------------------------------------------
def finite_list(a: Any, where: str) -> list[float]:
    """A flat list of the array's values for the file; raises SessionError on NaN or infinity."""
    arr = np.asarray(a, dtype=np.float64).reshape(-1)
    if not np.isfinite(arr).all():
        raise SessionError(Text(say.FINITE, {"where": where}))
    return arr.tolist()


def json_copy(value: Any) -> Any:
    """A deep copy of plain JSON-like data (dicts, lists, numbers, strings), with NumPy scalars made plain."""
    if isinstance(value, dict):
        return {k: json_copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_copy(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


# ---- reading: parse, upgrade, check -----------------------------------------------------------------------------
def _refuse_constant(name: str) -> Any:
    raise SessionError(Text(say.CONSTANT, {"name": name}))


def parse_document(data: bytes | str) -> dict[str, Any]:
    """The JSON object of a session file's text (bytes or str), refusing anything that is not one."""
    if len(data) > MAX_BYTES:
        raise SessionError(Text(say.TOO_LARGE, {"mb": MAX_BYTES // 2**20}))
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise SessionError(Text(say.NOT_UTF8, {"at": e.start, "byte": data[e.start]})) from None
    if not data.lstrip().startswith("{"):
        raise SessionError(say.NOT_OBJECT)
    try:
        doc = json.loads(data, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        raise SessionError(Text(say.BAD_JSON_AT, {"line": e.lineno, "column": e.colno, "error": e.msg})) from None
    except RecursionError:
        raise SessionError(say.NESTED) from None
    except ValueError as e:  # e.g. an integer with thousands of digits
        raise SessionError(Text(say.BAD_JSON, {"error": str(e)})) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionError(say.NO_FORMAT)
    return doc


def _upgrade_0(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 0 kept the weights under "weights" and no split keys: draw them as a generated set would."""
    doc = dict(doc)
    if "weights" in doc:
        doc["params"] = doc.pop("weights")
    points = doc.get("points")
    exp = doc.get("experiment")
    if isinstance(points, dict) and "split" not in points and isinstance(points.get("xy"), list):
        seed = exp.get("data", {}).get("seed", 0) if isinstance(exp, dict) else 0
        seed = seed if type(seed) is int and 0 <= seed <= MAX_SEED else 0
        points = dict(points, split=split_rng(seed).random(len(points["xy"])).tolist())
        doc["points"] = points
    doc["version"] = 1
    return doc


def _upgrade_1(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had no checkpoints; its optional weights_history goes (see the module's docstring)."""
    doc = dict(doc)
    doc.pop("weights_history", None)
    doc["checkpoints"] = None
    doc["version"] = 2
    return doc


def _upgrade_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 was one run: as version 3 without "run" and "runs" (which it must not hold)."""
    extra = sorted({"run", "runs"} & set(doc))
    if extra:
        raise SessionError(Text(say.UNKNOWN_ENTRY_V3, {"entry": _show(extra[0])}))
    return dict(doc, version=3)


_UPGRADES = {0: _upgrade_0, 1: _upgrade_1, 2: _upgrade_2}  # version n -> a document of version n + 1


def upgrade(doc: dict[str, Any]) -> dict[str, Any]:
    """The document brought up to the current format version; refuses a newer one."""
    version = doc.get("version")
    if type(version) is not int or version < 0:
        raise SessionError(Text(say.VERSION, {"value": _show(version)}))
    if version > VERSION:
        raise SessionError(Text(say.NEWER, {"version": version}))
    while doc["version"] < VERSION:
        doc = _UPGRADES[doc["version"]](doc)
    return doc


def _show(v: Any) -> str:
    text = repr(v) if not isinstance(v, (dict, list)) else type(v).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _int(v: Any, where: str, lo: int, hi: int) -> int:
    if type(v) is not int:  # exact: a bool is not a whole number here
        raise SessionError(Text(say.WHOLE, {"where": where, "value": _show(v)}))
    if not lo <= v <= hi:
        raise SessionError(Text(say.BETWEEN, {"where": where, "lo": lo, "hi": hi, "value": _show(v)}))
    return v


def _array(v: Any, where: str, length: int | None = None, max_len: int = MAX_POINTS, nulls: bool = False) -> np.ndarray:
    """A read-only float64 array from a JSON list of numbers (null -> NaN when `nulls`), all finite."""
    if not isinstance(v, list):
        raise SessionError(Text(say.NUMBERS, {"where": where, "value": _show(v)}))
    if length is not None and len(v) != length:
        raise SessionError(Text(say.HOLD, {"where": where, "length": length, "found": len(v)}))
    if len(v) > max_len:
        raise SessionError(Text(say.TOO_MANY_VALUES, {"where": where, "n": len(v), "most": max_len}))
    ok = (int, float, type(None)) if nulls else (int, float)
    for i, x in enumerate(v):
        if type(x) not in ok:
            raise SessionError(Text(say.VALUE_NUMBER, {"where": where, "i": i, "value": _show(x)}))
    try:
        arr = np.array([math.nan if x is None else x for x in v] if nulls else v, dtype=np.float64)
    except OverflowError:
        raise SessionError(Text(say.NUMBER_TOO_LARGE, {"where": where})) from None
    finite = np.isfinite(arr) | (np.isnan(arr) & nulls)
    if not finite.all():
        raise SessionError(Text(say.NOT_FINITE, {"where": where, "i": int(np.flatnonzero(~finite)[0])}))
    arr.setflags(write=False)
    return arr


def _points(v: Any) -> PointSet:
    if not isinstance(v, dict):
        raise SessionError(Text(say.OBJECT, {"where": "points", "value": _show(v)}))
    unknown = set(v) - {"xy", "target", "split", "regression"}
    if unknown:
        raise SessionError(Text(say.UNKNOWN_FIELDS, {"where": "points", "fields": ", ".join(sorted(unknown))}))
    xy = v.get("xy")
    if not isinstance(xy, list):
        raise SessionError(Text(say.XY, {"where": "points", "value": _show(xy)}))
    if len(xy) > MAX_POINTS:
        raise SessionError(Text(say.TOO_MANY_POINTS, {"where": "points", "n": len(xy), "most": MAX_POINTS}))
    for i, pair in enumerate(xy):
        if not isinstance(pair, list) or len(pair) != 2:
            raise SessionError(Text(say.PAIR, {"where": "points", "i": i, "value": _show(pair)}))
    flat = _array([c for pair in xy for c in pair], "points: xy", max_len=2 * MAX_POINTS)
    regression = v.get("regression", False)
    if type(regression) is not bool:
        raise SessionError(Text(say.TRUE_FALSE, {"where": "points", "key": "regression", "value": _show(regression)}))
    target = _array(v.get("target"), "points: target", len(xy))
    split = _array(v.get("split"), "points: split", len(xy))
    try:
        return PointSet(flat.reshape(-1, 2), target, split, regression)
    except ValueError as e:
        raise SessionError(Text(say.PLACE, {"where": "points", "problem": message(e)})) from None


def _optimizer_state(v: Any, n_params: int, where: str = "optimizer_state") -> dict[int, dict[str, Any]] | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise SessionError(Text(say.OBJECT, {"where": where, "value": _show(v)}))
    out: dict[int, dict[str, Any]] = {}
    for key, st in v.items():
        if key != "0":  # the trainer keeps one state, for its one flat parameter vector
            raise SessionError(Text(say.GROUP, {"where": where, "group": _show(key)}))
        if not isinstance(st, dict):
            raise SessionError(Text(say.GROUP_OBJECT, {"where": where, "group": key, "value": _show(st)}))
        bad = set(st) - {"t", *_OPT_KEYS}
        if bad:
            raise SessionError(Text(say.UNKNOWN_AT, {"where": where, "entry": _show(sorted(bad)[0])}))
        state: dict[str, Any] = {}
        if "t" in st:
            state["t"] = _int(st["t"], f"{where}: t", 0, MAX_EPOCH * 10**6)
        for k in _OPT_KEYS:
            if k in st:
                state[k] = _array(st[k], f"{where}: {k}", n_params, max_len=n_params)
        out[0] = state
    return out


def _rng_state(v: Any, where: str = "rng_state") -> dict[str, Any] | None:
    if v is None:
        return None
    if not isinstance(v, dict) or v.get("bit_generator") != "PCG64":
        raise SessionError(Text(say.PCG64, {"where": where}))
    inner = v.get("state")
    if (
        set(v) != {"bit_generator", "state", "has_uint32", "uinteger"}
        or not isinstance(inner, dict)
        or set(inner) != {"state", "inc"}
    ):
        raise SessionError(Text(say.RNG_FIELDS, {"where": where}))
    _int(inner["state"], f"{where}: state", 0, 2**128 - 1)
    _int(inner["inc"], f"{where}: inc", 0, 2**128 - 1)
    _int(v["has_uint32"], f"{where}: has_uint32", 0, 1)
    _int(v["uinteger"], f"{where}: uinteger", 0, 2**32 - 1)
    try:
        np.random.PCG64().state = v  # let NumPy itself agree before the trainer ever sees it
    except Exception as e:
        raise SessionError(Text(say.PLACE, {"where": where, "problem": message(e)})) from None
    return json_copy(v)


def _history(v: Any, epoch: int) -> dict[str, np.ndarray] | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise SessionError(Text(say.OBJECT, {"where": "history", "value": _show(v)}))
    bad = set(v) - set(History.COLUMNS)
    if bad:
        raise SessionError(Text(say.UNKNOWN_COLUMN, {"where": "history", "column": _show(sorted(bad)[0])}))
    if "epoch" not in v:
        raise SessionError(say.NO_EPOCH_COLUMN)
    epochs = _array(v["epoch"], "history: epoch", max_len=MAX_HISTORY)
    cols = {"epoch": epochs}
    for c in History.COLUMNS[1:]:
        if c in v:
            cols[c] = _array(v[c], f"history: {c}", len(epochs), max_len=MAX_HISTORY, nulls=True)
            _check_range(cols[c], c)
    if len(epochs):
        if (epochs != np.floor(epochs)).any() or epochs.min() < 0 or (np.diff(epochs) < 0).any():
            raise SessionError(say.EPOCH_ORDER)
        if epochs[-1] > epoch:
            raise SessionError(Text(say.AFTER_SAVED, {"epoch": int(epochs[-1]), "saved": epoch}))
    return cols


def _health(v: Any, layers: int, epoch: int) -> tuple[np.ndarray, np.ndarray] | None:
    """(epochs, rows (records, layers * PER_LAYER)) of the layers' health, checked as the history is."""
    if v is None:
        return None
    if not isinstance(v, dict) or set(v) != {"epoch", "values"}:
        raise SessionError(say.HEALTH_KEYS)
    epochs = _array(v["epoch"], "health: epoch", max_len=MAX_HEALTH)
    rows = v["values"]
    if not isinstance(rows, list) or len(rows) != len(epochs):
        raise SessionError(Text(say.HEALTH_ROWS, {"n": len(epochs)}))
    width = layers * PER_LAYER
    out = np.array([_array(r, f"health: row {i}", width, max_len=width, nulls=True) for i, r in enumerate(rows)])
    if len(epochs):
        if (epochs != np.floor(epochs)).any() or epochs.min() < 0 or (np.diff(epochs) <= 0).any():
            raise SessionError(say.HEALTH_ORDER)
        if epochs[-1] > epoch:
            raise SessionError(Text(say.HEALTH_AFTER, {"epoch": int(epochs[-1]), "saved": epoch}))
    out = out.reshape(len(epochs), width)
    out.setflags(write=False)
    return epochs, out


def _check_range(values: np.ndarray, column: str) -> None:
    """Losses are >= 0 and accuracies (shares of points) in [0, 1]; null (NaN) is none."""
    if column.endswith("accuracy"):
        ok, rule = (values >= 0) & (values <= 1), say.ACCURACY_RULE
    else:
        ok, rule = values >= 0, say.LOSS_RULE
    bad = np.flatnonzero(~(ok | np.isnan(values)))
    if len(bad):
        i = int(bad[0])
        raise SessionError(Text(say.ROW, {"column": column, "i": i, "value": _show(float(values[i])), "rule": rule}))


def _checkpoints(v: Any, n_params: int, epoch: int) -> tuple[Checkpoint, ...] | None:
    """Rewind targets: each with its weights, optimizer state and generator state, in increasing epochs none of
    which is after the saved one; the arrays' size is capped before any is made."""
    if v is None:
        return None
    if not isinstance(v, list):
        raise SessionError(Text(say.LIST, {"where": "checkpoints", "value": _show(v)}))
    if len(v) > MAX_CHECKPOINTS:
        raise SessionError(Text(say.TOO_MANY_CHECKPOINTS, {"n": len(v), "most": MAX_CHECKPOINTS}))
    out: list[Checkpoint] = []
    values = 0
    for i, cp in enumerate(v):
        where = f"checkpoints: checkpoint {i}"
        if not isinstance(cp, dict) or set(cp) != _CHECKPOINT_KEYS:
            raise SessionError(Text(say.CHECKPOINT_KEYS, {"where": where, "keys": ", ".join(sorted(_CHECKPOINT_KEYS))}))
        e = _int(cp["epoch"], f"{where}: epoch", 0, epoch)
        if out and e <= out[-1].epoch:
            raise SessionError(Text(say.NOT_AFTER, {"where": where, "epoch": e, "before": out[-1].epoch}))
        opt = cp["optimizer_state"]
        groups = [st for st in opt.values() if isinstance(st, dict)] if isinstance(opt, dict) else []
        values += n_params * (1 + sum(isinstance(a, list) for st in groups for a in st.values()))
        if values * 8 > MAX_CHECKPOINT_BYTES:
            raise SessionError(Text(say.CHECKPOINTS_LARGE, {"mb": MAX_CHECKPOINT_BYTES // 2**20}))
        params = _array(cp["params"], f"{where}: params", n_params, max_len=n_params)
        state = _optimizer_state(opt, n_params, f"{where}: optimizer_state") or {}
        rng = _rng_state(cp["rng_state"], f"{where}: rng_state")
        if rng is None:
            raise SessionError(Text(say.RNG_MISSING, {"where": where}))
        out.append(Checkpoint(e, params, state, rng))
    return tuple(out)


def check_document(
    doc: dict[str, Any],
    parameter_count: Callable[[Experiment, PointSet], int],
    points: PointSet | None = None,
) -> dict[str, Any]:
    """The fields of a `Session`, each checked, from an upgraded document of one run; raises SessionError.

    `parameter_count(experiment, points)` says how long the parameter vectors must be (session.parameter_count).
    `points`, when given, are the run's (already checked: another run's that it shares) and doc["points"] is null.
    """
    unknown = set(doc) - _TOP_KEYS
    if unknown:
        raise SessionError(Text(say.UNKNOWN_ENTRY, {"entry": _show(sorted(unknown)[0])}))
    if "experiment" not in doc or "points" not in doc:
        raise SessionError(say.NO_EXPERIMENT if "experiment" not in doc else say.NO_POINTS)
    try:
        experiment = Experiment.from_dict(doc["experiment"])
    except (TypeError, ValueError) as e:
        raise SessionError(Text(say.PLACE, {"where": "experiment", "problem": message(e)})) from None
    if points is None or doc["points"] is not None:
        points = _points(doc["points"])
    n_params = parameter_count(experiment, points)
    params = None
    if doc.get("params") is not None:
        params = _array(doc["params"], "params", max_len=n_params)
        if len(params) != n_params:
            raise SessionError(Text(say.FILE_PARAMS, {"n": n_params, "found": len(params)}))
    epoch = _int(doc.get("epoch", 0), "epoch", 0, MAX_EPOCH)
    return {
        "experiment": experiment,
        "points": points,
        "params": params,
        "epoch": epoch,
        "optimizer_state": _optimizer_state(doc.get("optimizer_state"), n_params),
        "rng_state": _rng_state(doc.get("rng_state")),
        "history": _history(doc.get("history"), epoch),
        "checkpoints": _checkpoints(doc.get("checkpoints"), n_params, epoch),
        "health": _health(doc.get("health"), len(experiment.hidden) + 1, epoch),
    }
