"""Session files (`.nnp`): an experiment, its points, the trained weights and the history, as one JSON document.

A session file may come from anywhere, so `load_session` treats it as untrusted: the size is checked before
reading, the JSON parser never builds anything but dicts, lists, strings and numbers (no pickle, no eval), and
every value is checked for its exact type, range and length before any array or network is made from it. Any
problem raises `SessionError` with a message naming the place (``points: point 12: x = 7 is outside ...``) and
nothing else escapes. `save_session` writes a temporary file next to the target and renames it over the old one,
so a crash, a full disk or a kill mid-save never damages the file that was there.

Format (version 1), one JSON object::

    {"format": "nnplayground-session", "version": 1,
     "experiment": {...Experiment.to_dict()...},
     "points": {"xy": [[x, y], ...], "target": [...], "split": [...], "regression": false},
     "params": [...] | null, "epoch": 0,
     "optimizer_state": {"0": {"t": 12, "v": [...]}} | null,
     "rng_state": {...numpy PCG64 state...} | null,
     "history": {"epoch": [...], "train_loss": [...], ...} | null,
     "weights_history": {"<epoch>": [...params...]} | null}

Floats are written with `repr` precision, so a load gives back the very same bits; NaN in the history is `null`.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from dataclasses import dataclass
from typing import Any

import numpy as np

from .experiment import Experiment
from .history import Checkpoint, History
from .points import PointSet, split_rng
from .trainer import Trainer, head_for

FORMAT = "nnplayground-session"
VERSION = 1
MAX_BYTES = 256 * 2**20
MAX_POINTS = 1_000_000
MAX_HISTORY = 10_000_000  # rows of the loss history (80 MB of floats at most)
MAX_WEIGHTS_HISTORY = 100_000  # epochs with a saved parameter vector
MAX_EPOCH = 10**12
_OPT_KEYS = ("v", "s", "m")  # the optimizers' running averages, each as long as the parameter vector
_TOP_KEYS = {
    "format",
    "version",
    "experiment",
    "points",
    "params",
    "epoch",
    "optimizer_state",
    "rng_state",
    "history",
    "weights_history",
}


class SessionError(Exception):
    """A session file that cannot be read or written; the message says what is wrong, in words a person can use."""


@dataclass(frozen=True, eq=False)
class Session:
    experiment: Experiment
    points: PointSet
    params: np.ndarray | None = None  # the trainer's flat parameter vector (trainer.network.params)
    epoch: int = 0
    optimizer_state: dict | None = None  # trainer.optimizer.state without "tmp" buffers: {0: {"t": int, ...}}
    rng_state: dict | None = None  # trainer.rng.bit_generator.state (a JSON-able dict of ints/strs)
    history: dict[str, np.ndarray] | None = None  # History columns: epoch, train_loss, test_loss, *_accuracy
    weights_history: dict[int, np.ndarray] | None = None  # optional, off by default


# ---- trainer <-> session ---------------------------------------------------------------------------------------
def session_from_trainer(trainer: Trainer, include_weights_history: bool = False) -> Session:
    """The run's full state now (copies: the trainer may go on training)."""
    opt = _copy_state(trainer.optimizer.state)
    history = {c: np.array(trainer.history.column(c)) for c in History.COLUMNS}
    weights = None
    if include_weights_history:
        weights = {int(e): cp.params.copy() for e, cp in sorted(trainer.history.checkpoints.items())}
    return Session(
        trainer.experiment,
        trainer.points,
        trainer.network.params.copy(),
        int(trainer.epoch),
        opt,
        _json_copy(trainer.rng.bit_generator.state),
        history,
        weights,
    )


def restore_trainer(session: Session, trainer: Trainer | None = None) -> Trainer:
    """A trainer showing exactly the saved state; playing on continues as if the run had never stopped.

    Only whole epochs are resumed exactly: a save taken in the middle of an epoch keeps its weights, and the next
    step starts a new epoch. Raises SessionError if the session's arrays do not fit its network.
    """
    exp, ps = session.experiment, session.points
    expected = parameter_count(exp, ps)
    if session.params is not None and np.shape(session.params) != (expected,):
        raise SessionError(
            f"params: the network needs {expected} parameters, the session has {np.size(session.params)}"
        )
    if trainer is None:
        trainer = Trainer(exp, ps)
    else:
        trainer.set_experiment(exp)
        trainer.set_points(ps)
        trainer.reset()
    # reset() has just recorded epoch 0 with the run's starting weights: the original run's epoch-0 checkpoint
    # was the same (a run starts from its seed), so keep it and rewinding to the start still works after a load.
    start = trainer.history.checkpoints.get(0)
    if session.params is not None:
        trainer.network.params[...] = session.params
    if session.optimizer_state:
        trainer.optimizer.state = _copy_state(session.optimizer_state)
    if session.rng_state is not None:
        trainer.rng.bit_generator.state = _json_copy(session.rng_state)
    trainer.epoch = int(session.epoch)
    trainer.batch_index = 0
    trainer.message = ""
    here = Checkpoint(
        trainer.epoch,
        trainer.network.params.copy(),
        _copy_state(trainer.optimizer.state),
        _json_copy(trainer.rng.bit_generator.state),
    )
    trainer.history.clear()
    cols = session.history or {}
    epochs = np.asarray(cols.get("epoch", ()), dtype=np.float64)
    n = len(epochs)
    last_here = bool(n) and epochs[-1] == trainer.epoch
    trainer.history.extend({c: np.asarray(cols[c], dtype=np.float64) for c in History.COLUMNS if c in cols})
    # Checkpoints: the start of the run and the saved epoch, so a rewind has somewhere to go.
    if start is not None and trainer.epoch > 0 and (epochs == 0).any():
        trainer.history.add_checkpoint(start)
    if last_here:
        trainer.history.add_checkpoint(here)
    if not last_here:  # no row for the saved epoch (an edited or old file): record one, so rewind has a target
        ev = trainer.evaluate()
        acc = [np.nan if a is None else a for a in (ev.train_accuracy, ev.test_accuracy)]
        trainer.history.record(trainer.epoch, (ev.train_loss, ev.test_loss, *acc), here)
    return trainer


def _copy_state(state: dict) -> dict[int, dict[str, Any]]:
    """A deep copy of an optimizer state without its scratch buffers ("tmp"), arrays as writable float64."""
    return {
        int(i): {
            k: (np.array(v, dtype=np.float64) if isinstance(v, np.ndarray) else v) for k, v in st.items() if k != "tmp"
        }
        for i, st in state.items()
    }


def parameter_count(experiment: Experiment, points: PointSet) -> int:
    """How many parameters (weights and biases) the experiment's network has for these points."""
    sizes = [len(experiment.features), *experiment.hidden, head_for(experiment, points).width]
    return sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:], strict=True))


# ---- writing ----------------------------------------------------------------------------------------------------
def dumps_session(session: Session) -> str:
    """The session as the text of a `.nnp` file (one top-level key a line, so files diff well)."""
    ps = session.points
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "experiment": session.experiment.to_dict(),
        "points": {
            "xy": ps.xy.tolist(),
            "target": ps.target.tolist(),
            "split": ps.split.tolist(),
            "regression": bool(ps.regression),
        },
        "params": None if session.params is None else _finite_list(session.params, "params"),
        "epoch": int(session.epoch),
        "optimizer_state": None,
        "rng_state": None if session.rng_state is None else _json_copy(session.rng_state),
        "history": None,
        "weights_history": None,
    }
    if session.optimizer_state is not None:
        doc["optimizer_state"] = {
            str(int(i)): {
                k: (_finite_list(v, f"optimizer_state {k}") if isinstance(v, np.ndarray) else int(v))
                for k, v in st.items()
                if k != "tmp"
            }
            for i, st in session.optimizer_state.items()
        }
    if session.history is not None:
        doc["history"] = {
            c: [v if math.isfinite(v) else None for v in np.asarray(a, np.float64).tolist()]
            for c, a in session.history.items()
        }
    if session.weights_history is not None:
        doc["weights_history"] = {
            str(int(e)): _finite_list(p, f"weights_history {e}") for e, p in session.weights_history.items()
        }
    try:
        lines = [f"{json.dumps(k)}: {json.dumps(v, separators=(',', ':'), allow_nan=False)}" for k, v in doc.items()]
    except (TypeError, ValueError) as e:
        raise SessionError(f"the session cannot be written: {e}") from None
    return "{\n" + ",\n".join(lines) + "\n}\n"


def save_session(path: str | os.PathLike[str], session: Session) -> None:
    """Write a `.nnp` file atomically: the old file stays whole whatever happens; raises SessionError."""
    text = dumps_session(session).encode("utf-8")
    path = os.fspath(path)
    name = os.path.basename(path) or path
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~" + name, suffix=".tmp", dir=folder)
    except OSError as e:
        raise SessionError(f"cannot save {name}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = os.stat(path).st_mode & 0o777  # keep an existing file's permissions
        except OSError:
            mode = 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as e:  # a kill or Ctrl+C as much as a full disk: never leave the temporary file
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise SessionError(f"cannot save {name}: {e.strerror or e}") from None
        raise


def _finite_list(a: Any, where: str) -> list[float]:
    arr = np.asarray(a, dtype=np.float64).reshape(-1)
    if not np.isfinite(arr).all():
        raise SessionError(f"{where}: the values must be finite numbers")
    return arr.tolist()


def _json_copy(value: Any) -> Any:
    """A deep copy of plain JSON-like data (dicts, lists, numbers, strings), with NumPy scalars made plain."""
    if isinstance(value, dict):
        return {k: _json_copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_copy(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


# ---- reading ----------------------------------------------------------------------------------------------------
def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a `.nnp` file. Raises SessionError, and only SessionError, for anything wrong with it."""
    try:
        p = os.fspath(path)
        name = os.path.basename(p) or p
        try:
            size = os.path.getsize(p)
            if size > MAX_BYTES:
                raise SessionError(
                    f"{name}: the file is too large ({size / 2**20:.0f} MB; at most {MAX_BYTES // 2**20} MB)"
                )
            with open(p, "rb") as f:
                raw = f.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise SessionError(f"there is no file {p}") from None
        except IsADirectoryError:
            raise SessionError(f"{p} is a folder, not a session file") from None
        except PermissionError:
            raise SessionError(f"{p} cannot be read: permission denied") from None
        except OSError as e:
            raise SessionError(f"{p} cannot be read: {e.strerror or e}") from None
        return loads_session(raw)
    except SessionError:
        raise
    except Exception as e:  # the promise: nothing but SessionError leaves this function
        raise SessionError(f"the session file cannot be read: {e}") from None


def loads_session(data: bytes | str) -> Session:
    """Parse the text of a `.nnp` file (bytes or str); raises SessionError only."""
    try:
        return _from_doc(_upgrade(_parse(data)))
    except SessionError:
        raise
    except RecursionError:
        raise SessionError("the file is nested too deeply to be a session file") from None
    except MemoryError:
        raise SessionError("the file is too large to read") from None
    except Exception as e:
        raise SessionError(f"the session file cannot be read: {type(e).__name__}: {e}") from None


def _refuse_constant(name: str) -> Any:
    raise SessionError(f"the file holds {name}, which is not a number in JSON")


def _parse(data: bytes | str) -> dict[str, Any]:
    if len(data) > MAX_BYTES:
        raise SessionError(f"the file is too large (at most {MAX_BYTES // 2**20} MB)")
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise SessionError(
                f"not a session file: byte {e.start} (0x{data[e.start]:02x}) is not UTF-8 text"
            ) from None
    if not data.lstrip().startswith("{"):
        raise SessionError("not a session file (it does not start with a JSON object)")
    try:
        doc = json.loads(data, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        raise SessionError(f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise SessionError("the file is nested too deeply to be a session file") from None
    except ValueError as e:  # e.g. an integer with thousands of digits
        raise SessionError(f"invalid JSON: {e}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionError('not a session file (no "format": "nnplayground-session" entry)')
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
        seed = seed if type(seed) is int and 0 <= seed < 2**63 else 0
        points = dict(points, split=split_rng(seed).random(len(points["xy"])).tolist())
        doc["points"] = points
    doc["version"] = 1
    return doc


_UPGRADES = {0: _upgrade_0}  # version n -> a document of version n + 1


def _upgrade(doc: dict[str, Any]) -> dict[str, Any]:
    version = doc.get("version")
    if type(version) is not int or version < 0:
        raise SessionError(f"version: must be a whole number >= 0, got {_show(version)}")
    if version > VERSION:
        raise SessionError(f"this file was written by a newer nnplayground (format version {version}); please update")
    while doc["version"] < VERSION:
        doc = _UPGRADES[doc["version"]](doc)
    return doc


def _show(v: Any) -> str:
    text = repr(v) if not isinstance(v, (dict, list)) else type(v).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _int(v: Any, where: str, lo: int, hi: int) -> int:
    if type(v) is not int:  # exact: a bool is not a whole number here
        raise SessionError(f"{where}: must be a whole number, got {_show(v)}")
    if not lo <= v <= hi:
        raise SessionError(f"{where}: must be between {lo} and {hi}, got {_show(v)}")
    return v


def _array(v: Any, where: str, length: int | None = None, max_len: int = MAX_POINTS, nulls: bool = False) -> np.ndarray:
    """A read-only float64 array from a JSON list of numbers (null -> NaN when `nulls`), all finite."""
    if not isinstance(v, list):
        raise SessionError(f"{where}: must be a list of numbers, got {_show(v)}")
    if length is not None and len(v) != length:
        raise SessionError(f"{where}: must hold {length} numbers, holds {len(v)}")
    if len(v) > max_len:
        raise SessionError(f"{where}: too many values ({len(v):,}; at most {max_len:,})")
    ok = (int, float, type(None)) if nulls else (int, float)
    for i, x in enumerate(v):
        if type(x) not in ok:
            raise SessionError(f"{where}: value {i} must be a number, got {_show(x)}")
    try:
        arr = np.array([math.nan if x is None else x for x in v] if nulls else v, dtype=np.float64)
    except OverflowError:
        raise SessionError(f"{where}: a number is too large") from None
    finite = np.isfinite(arr) | (np.isnan(arr) & nulls)
    if not finite.all():
        raise SessionError(f"{where}: value {int(np.flatnonzero(~finite)[0])} is not a finite number")
    arr.setflags(write=False)
    return arr


def _points(v: Any) -> PointSet:
    if not isinstance(v, dict):
        raise SessionError(f"points: must be an object, got {_show(v)}")
    unknown = set(v) - {"xy", "target", "split", "regression"}
    if unknown:
        raise SessionError(f"points: unknown field(s) {', '.join(sorted(unknown))}")
    xy = v.get("xy")
    if not isinstance(xy, list):
        raise SessionError(f"points: xy must be a list of [x, y] pairs, got {_show(xy)}")
    if len(xy) > MAX_POINTS:
        raise SessionError(f"points: too many points ({len(xy):,}; at most {MAX_POINTS:,})")
    for i, pair in enumerate(xy):
        if not isinstance(pair, list) or len(pair) != 2:
            raise SessionError(f"points: point {i} must be an [x, y] pair, got {_show(pair)}")
    flat = _array([c for pair in xy for c in pair], "points: xy", max_len=2 * MAX_POINTS)
    regression = v.get("regression", False)
    if type(regression) is not bool:
        raise SessionError(f"points: regression must be true or false, got {_show(regression)}")
    target = _array(v.get("target"), "points: target", len(xy))
    split = _array(v.get("split"), "points: split", len(xy))
    try:
        return PointSet(flat.reshape(-1, 2), target, split, regression)
    except ValueError as e:
        raise SessionError(f"points: {e}") from None


def _optimizer_state(v: Any, n_params: int) -> dict[int, dict[str, Any]] | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise SessionError(f"optimizer_state: must be an object, got {_show(v)}")
    out: dict[int, dict[str, Any]] = {}
    for key, st in v.items():
        if key != "0":  # the trainer keeps one state, for its one flat parameter vector
            raise SessionError(f"optimizer_state: unknown parameter group {_show(key)}")
        if not isinstance(st, dict):
            raise SessionError(f"optimizer_state: group {key} must be an object, got {_show(st)}")
        bad = set(st) - {"t", *_OPT_KEYS}
        if bad:
            raise SessionError(f"optimizer_state: unknown entry {_show(sorted(bad)[0])}")
        state: dict[str, Any] = {}
        if "t" in st:
            state["t"] = _int(st["t"], "optimizer_state: t", 0, MAX_EPOCH * 10**6)
        for k in _OPT_KEYS:
            if k in st:
                state[k] = _array(st[k], f"optimizer_state: {k}", n_params, max_len=n_params)
        out[0] = state
    return out


def _rng_state(v: Any) -> dict[str, Any] | None:
    if v is None:
        return None
    if not isinstance(v, dict) or v.get("bit_generator") != "PCG64":
        raise SessionError("rng_state: must be the state of NumPy's PCG64 generator")
    inner = v.get("state")
    if (
        set(v) != {"bit_generator", "state", "has_uint32", "uinteger"}
        or not isinstance(inner, dict)
        or set(inner) != {"state", "inc"}
    ):
        raise SessionError("rng_state: must hold bit_generator, state {state, inc}, has_uint32 and uinteger")
    _int(inner["state"], "rng_state: state", 0, 2**128 - 1)
    _int(inner["inc"], "rng_state: inc", 0, 2**128 - 1)
    _int(v["has_uint32"], "rng_state: has_uint32", 0, 1)
    _int(v["uinteger"], "rng_state: uinteger", 0, 2**32 - 1)
    try:
        np.random.PCG64().state = v  # let NumPy itself agree before the trainer ever sees it
    except Exception as e:
        raise SessionError(f"rng_state: {e}") from None
    return _json_copy(v)


def _history(v: Any, epoch: int) -> dict[str, np.ndarray] | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise SessionError(f"history: must be an object, got {_show(v)}")
    bad = set(v) - set(History.COLUMNS)
    if bad:
        raise SessionError(f"history: unknown column {_show(sorted(bad)[0])}")
    if "epoch" not in v:
        raise SessionError("history: the epoch column is missing")
    epochs = _array(v["epoch"], "history: epoch", max_len=MAX_HISTORY)
    cols = {"epoch": epochs}
    for c in History.COLUMNS[1:]:
        if c in v:
            cols[c] = _array(v[c], f"history: {c}", len(epochs), max_len=MAX_HISTORY, nulls=True)
    if len(epochs):
        if (epochs != np.floor(epochs)).any() or epochs.min() < 0 or (np.diff(epochs) < 0).any():
            raise SessionError("history: epochs must be whole numbers >= 0 in increasing order")
        if epochs[-1] > epoch:
            raise SessionError(f"history: records epoch {int(epochs[-1])}, after the saved epoch {epoch}")
    return cols


def _weights_history(v: Any, n_params: int) -> dict[int, np.ndarray] | None:
    if v is None:
        return None
    if not isinstance(v, dict):
        raise SessionError(f"weights_history: must be an object, got {_show(v)}")
    if len(v) > MAX_WEIGHTS_HISTORY:
        raise SessionError(f"weights_history: too many epochs ({len(v):,})")
    out = {}
    for key, params in v.items():
        if not (key.isascii() and key.isdigit() and len(key) <= 13):
            raise SessionError(f"weights_history: {_show(key)} is not an epoch")
        out[int(key)] = _array(params, f"weights_history: epoch {key}", n_params, max_len=n_params)
    return out


def _from_doc(doc: dict[str, Any]) -> Session:
    unknown = set(doc) - _TOP_KEYS
    if unknown:
        raise SessionError(f"unknown entry {_show(sorted(unknown)[0])} in the session file")
    if "experiment" not in doc or "points" not in doc:
        raise SessionError("the session file has no " + ("experiment" if "experiment" not in doc else "points"))
    try:
        experiment = Experiment.from_dict(doc["experiment"])
    except (TypeError, ValueError) as e:
        raise SessionError(f"experiment: {e}") from None
    for where, seed in (("experiment: seed", experiment.seed), ("experiment: data.seed", experiment.data.seed)):
        _int(seed, where, 0, 2**64 - 1)  # NumPy refuses negative seeds; Experiment does not check that
    points = _points(doc["points"])
    n_params = parameter_count(experiment, points)
    params = None
    if doc.get("params") is not None:
        params = _array(doc["params"], "params", max_len=n_params)
        if len(params) != n_params:
            raise SessionError(f"params: the network needs {n_params} parameters, the file has {len(params)}")
    epoch = _int(doc.get("epoch", 0), "epoch", 0, MAX_EPOCH)
    return Session(
        experiment,
        points,
        params,
        epoch,
        _optimizer_state(doc.get("optimizer_state"), n_params),
        _rng_state(doc.get("rng_state")),
        _history(doc.get("history"), epoch),
        _weights_history(doc.get("weights_history"), n_params),
    )
