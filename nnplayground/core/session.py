"""Session files (`.nnp`): an experiment, its points, the trained weights and the history, as one JSON document.

The history goes with its checkpoints (the epochs a rewind returns to exactly), thinned to a byte budget, so a
reopened run rewinds as the original would have. However long the run, a saved session is small: with the
default history its run (rows, checkpoints, weights, the layers' health) takes at most about 41 MB of text (see
`RUN_TEXT_BYTES`), besides the points (1,000,000 of them at most, up to 100 MB), well under the 256 MB a file may have.

This module holds the `Session`, its exchange with a `Trainer` (`session_from_trainer`, `restore_trainer`) and
the file I/O (`dumps_session`, `save_session`, `loads_session`, `load_session`). A session file may come from
anywhere, so `load_session` treats it as untrusted: the reading and checking, and the format itself, are in
`session_format`, and any problem raises `SessionError`, with nothing else escaping. `save_session` writes a
temporary file next to the target and renames it over the old one, so a crash, a full disk or a kill mid-save
never damages the file that was there.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from . import session_texts as say
from .experiment import FEATURES, MAX_HIDDEN_LAYERS, MAX_NEURONS, Experiment
from .files import FileProblem, read_limited, write_bytes_atomically
from .health_history import PER_LAYER
from .history import DEFAULT_ROWS, SPARSE_ROWS, Checkpoint, History, finest, levels
from .points import MAX_CLASS, PointSet
from .runs_format import read_document
from .session_format import (
    FORMAT,
    MAX_BYTES,
    MAX_CHECKPOINTS,
    ONE_RUN_VERSION,
    SessionError,
    finite_list,
    json_copy,
    parse_document,
    upgrade,
)
from .texts import Text, message
from .trainer import Trainer, head_for

T = TypeVar("T")

FLOAT_TEXT = 25  # bytes of the longest float64 in a file with its comma: "-2.2250738585072014e-308,"
SESSION_CHECKPOINT_BYTES = 16 * 2**20  # the checkpoints saved (as text) stay within this
# The largest network: every input feature, the most hidden layers of the most neurons, an output per class.
MAX_PARAMS = (
    (len(FEATURES) + 1) * MAX_NEURONS
    + (MAX_HIDDEN_LAYERS - 1) * (MAX_NEURONS + 1) * MAX_NEURONS
    + (MAX_NEURONS + 1) * (MAX_CLASS + 1)
)
# The worst case of a saved run's text with the default history: the rows (2**17 x 5 numbers, 16 MB), the
# checkpoints (16 MB) and the current weights and running averages (three arrays of 30,345 parameters, 2.3 MB),
# the layers' health (1024 records of 9 layers x 22 numbers, 5 MB), with room for the rest of the document (the
# generator's state, the experiment): 41 MB.
HEALTH_TEXT_BYTES = SPARSE_ROWS * (MAX_HIDDEN_LAYERS + 1) * PER_LAYER * FLOAT_TEXT
RUN_TEXT_BYTES = (
    DEFAULT_ROWS * 5 * FLOAT_TEXT + SESSION_CHECKPOINT_BYTES + 3 * MAX_PARAMS * FLOAT_TEXT + HEALTH_TEXT_BYTES + 2**16
)


@dataclass(frozen=True, eq=False)
class Session:
    experiment: Experiment
    points: PointSet
    params: np.ndarray | None = None  # the trainer's flat parameter vector (trainer.network.params)
    epoch: int = 0
    optimizer_state: dict | None = None  # trainer.optimizer.state without "tmp" buffers: {0: {"t": int, ...}}
    rng_state: dict | None = None  # trainer.rng.bit_generator.state (a JSON-able dict of ints/strs)
    history: dict[str, np.ndarray] | None = None  # History columns: epoch, train_loss, test_loss, *_accuracy
    checkpoints: tuple[Checkpoint, ...] | None = None  # rewind targets, in increasing epochs (none in version 1)
    health: tuple[np.ndarray, np.ndarray] | None = None  # the layers' health: (epochs, rows), see health_history

    @property
    def weights_history(self) -> dict[int, np.ndarray]:
        """The weights of every saved checkpoint by epoch (what version 1's optional "weights_history" held)."""
        return {cp.epoch: cp.params for cp in self.checkpoints or ()}


# ---- trainer <-> session ---------------------------------------------------------------------------------------
def session_from_trainer(trainer: Trainer) -> Session:
    """The run's full state now (copies, or checkpoints, which never change: the trainer may go on training)."""
    opt = trainer.optimizer.state_dict()
    history = {c: np.array(trainer.history.column(c)) for c in History.COLUMNS}
    return Session(
        trainer.experiment,
        trainer.points,
        trainer.network.params.copy(),
        int(trainer.epoch),
        opt,
        json_copy(trainer.rng.bit_generator.state),
        history,
        checkpoints_to_save(trainer.history),
        trainer.history.sparse.arrays(),
    )


def run_without_points(trainer: Trainer) -> Session:
    """The run now, as `session_from_trainer`, but without its points: for a window that has them already (the
    state an undo of a network edit puts back), so that a million points need not cross the pipe for it."""
    return dataclasses.replace(session_from_trainer(trainer), points=PointSet.empty(trainer.points.regression))


def checkpoint_text_bytes(cp: Checkpoint) -> int:
    """At most how many bytes a checkpoint takes in a file (every number at its longest, the generator's state)."""
    arrays = sum(v.size for st in cp.optimizer_state.values() for v in st.values() if isinstance(v, np.ndarray))
    return (cp.params.size + arrays) * FLOAT_TEXT + 512


def checkpoints_to_save(history: History, budget: int = SESSION_CHECKPOINT_BYTES) -> tuple[Checkpoint, ...]:
    """The history's checkpoints, thinned as the history thins them (the finest level of the older half first,
    the first always kept) until their text fits `budget` and their count a file's limit; if even two do not fit,
    the newest that do."""
    epochs = np.array(history.checkpoint_epochs, dtype=np.int64)
    cost = np.array([checkpoint_text_bytes(history.checkpoints[int(e)]) for e in epochs], dtype=np.int64)
    level = levels(epochs)
    keep = np.ones(len(epochs), bool)
    while (cost[keep].sum() > budget or keep.sum() > MAX_CHECKPOINTS) and keep.sum() > 2:
        kept = np.flatnonzero(keep)
        drop = finest(level[kept], 1, max(2, len(kept) // 2))
        keep[kept[drop]] = False
    while cost[keep].sum() > budget:
        keep[np.flatnonzero(keep)[0]] = False
    return tuple(history.checkpoints[int(e)] for e in epochs[keep])


def restore_trainer(session: Session) -> Trainer:
    """A new trainer showing exactly the saved state; playing on continues as if the run had never stopped.

    The network is built once, from the session's own experiment and points (opening a session costs one build,
    whatever ran before). Only whole epochs are resumed exactly: a save taken in the middle of an epoch keeps its
    weights, and the next step starts a new epoch. Raises SessionError if the session's arrays do not fit its
    network, before anything is built.
    """
    check_fits(session)
    trainer = Trainer(session.experiment, session.points)
    # The new trainer has just recorded epoch 0 with the run's starting weights: the original run's epoch-0
    # checkpoint was the same (a run starts from its seed), so a file without checkpoints (version 1) keeps it
    # and rewinding to the start still works after a load.
    start = trainer.history.checkpoints.get(0)
    if session.params is not None:
        trainer.network.params[...] = session.params
    if session.optimizer_state:
        trainer.optimizer.load_state_dict(session.optimizer_state)
    if session.rng_state is not None:
        trainer.rng.bit_generator.state = json_copy(session.rng_state)
    trainer.epoch = int(session.epoch)
    trainer.batch_index = 0
    trainer.message = ""
    here = Checkpoint(
        trainer.epoch,
        trainer.network.params.copy(),
        trainer.optimizer.state_dict(),
        json_copy(trainer.rng.bit_generator.state),
    )
    trainer.history.clear()
    cols = session.history or {}
    epochs = np.asarray(cols.get("epoch", ()), dtype=np.float64)
    saved = {cp.epoch: cp for cp in session.checkpoints or () if cp.epoch <= trainer.epoch}
    if start is not None and 0 not in saved and (epochs == 0).any():
        saved[0] = start
    saved.setdefault(trainer.epoch, here)  # the saved epoch's own checkpoint is the epoch's end, if the file has it
    for e in sorted(saved):  # before the rows, so thinning a long (version 1) history keeps their rows
        trainer.history.add_checkpoint(saved[e])
    trainer.history.extend({c: np.asarray(cols[c], dtype=np.float64) for c in History.COLUMNS if c in cols})
    if session.health is not None and len(session.health[0]):
        trainer.history.sparse.extend(*session.health)
    if not (len(epochs) and epochs[-1] == trainer.epoch):  # no row for the saved epoch (an edited or old file)
        ev = trainer.evaluate()
        acc = [np.nan if a is None else a for a in (ev.train_accuracy, ev.test_accuracy)]
        trainer.history.record(trainer.epoch, (ev.train_loss, ev.test_loss, *acc), None)
    return trainer


def check_fits(session: Session) -> None:
    """SessionError unless the session's weights fit the network its experiment and points call for."""
    expected = parameter_count(session.experiment, session.points)
    if session.params is not None and np.shape(session.params) != (expected,):
        raise SessionError(Text(say.SESSION_PARAMS, {"n": expected, "found": np.size(session.params)}))
    for cp in session.checkpoints or ():
        if np.shape(cp.params) != (expected,):
            values = {"epoch": cp.epoch, "n": expected, "found": np.size(cp.params)}
            raise SessionError(Text(say.CHECKPOINT_PARAMS, values))


def parameter_count(experiment: Experiment, points: PointSet) -> int:
    """How many parameters (weights and biases) the experiment's network has for these points."""
    sizes = [len(experiment.features), *experiment.hidden, head_for(experiment, points).width]
    return sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:], strict=True))


# ---- writing ----------------------------------------------------------------------------------------------------
def dumps_session(session: Session) -> str:
    """The session as the text of a `.nnp` file (one top-level key a line, so files diff well). One run is a
    version-2 document, which every nnplayground since version 2 reads (several runs: `runs_file.dumps_runs`)."""
    return dumps_document({"format": FORMAT, "version": ONE_RUN_VERSION, **run_document(session)})


def run_document(session: Session, shared: PointSet | None = None) -> dict[str, Any]:
    """One run's entries of a session file: the experiment, the points (None when they are `shared`, the file's
    own), the weights, the optimizer's and the generator's state, the history and the checkpoints."""
    ps = session.points
    doc: dict[str, Any] = {
        "experiment": session.experiment.to_dict(),
        "points": None
        if shared is not None and (ps is shared or ps == shared)
        else {
            "xy": ps.xy.tolist(),
            "target": ps.target.tolist(),
            "split": ps.split.tolist(),
            "regression": bool(ps.regression),
        },
        "params": None if session.params is None else finite_list(session.params, "params"),
        "epoch": int(session.epoch),
        "optimizer_state": None,
        "rng_state": None if session.rng_state is None else json_copy(session.rng_state),
        "history": None,
        "checkpoints": None,
        "health": None,
    }
    if session.optimizer_state is not None:
        doc["optimizer_state"] = _optimizer_json(session.optimizer_state, "optimizer_state")
    if session.history is not None:
        doc["history"] = {
            c: [v if math.isfinite(v) else None for v in np.asarray(a, np.float64).tolist()]
            for c, a in session.history.items()
        }
    if session.health is not None:
        epochs, rows = session.health
        doc["health"] = {
            "epoch": [int(e) for e in np.asarray(epochs).tolist()],
            "values": [[v if math.isfinite(v) else None for v in r] for r in np.asarray(rows, np.float64).tolist()],
        }
    if session.checkpoints is not None:
        doc["checkpoints"] = [
            {
                "epoch": int(cp.epoch),
                "params": finite_list(cp.params, f"checkpoint {cp.epoch}: params"),
                "optimizer_state": _optimizer_json(cp.optimizer_state, f"checkpoint {cp.epoch}: optimizer_state"),
                "rng_state": json_copy(cp.rng_state),
            }
            for cp in sorted(session.checkpoints, key=lambda cp: cp.epoch)
        ]
    return doc


def dumps_document(doc: dict[str, Any]) -> str:
    """A session file's text: one top-level key a line; SessionError for a value JSON cannot hold."""
    try:
        lines = [f"{json.dumps(k)}: {json.dumps(v, separators=(',', ':'), allow_nan=False)}" for k, v in doc.items()]
    except (TypeError, ValueError) as e:
        raise SessionError(Text(say.CANNOT_WRITE, {"error": message(e)})) from None
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _optimizer_json(state: dict, where: str) -> dict[str, dict[str, Any]]:
    return {
        str(int(i)): {
            k: (finite_list(v, f"{where} {k}") if isinstance(v, np.ndarray) else int(v))
            for k, v in st.items()
            if k != "tmp"
        }
        for i, st in state.items()
    }


def save_session(path: str | os.PathLike[str], session: Session) -> None:
    """Write a `.nnp` file atomically: the old file stays whole whatever happens; raises SessionError."""
    text = dumps_session(session).encode("utf-8")
    path = os.fspath(path)
    try:
        write_bytes_atomically(path, text)
    except FileProblem as e:
        raise SessionError(message(e)) from None


# ---- reading ----------------------------------------------------------------------------------------------------
def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a `.nnp` file. Raises SessionError, and only SessionError, for anything wrong with it."""
    return read_session_file(path, loads_session)


def read_session_file(path: str | os.PathLike[str], parse: Callable[[bytes], T]) -> T:
    """`parse` of a `.nnp` file's bytes (read within the size limit). Raises SessionError, and only SessionError."""
    try:
        try:
            raw = read_limited(path, MAX_BYTES, say.SESSION_FILE)
        except FileProblem as e:
            raise SessionError(message(e)) from None
        return parse(raw)
    except SessionError:
        raise
    except Exception as e:  # the promise: nothing but SessionError leaves this function
        raise SessionError(Text(say.CANNOT_READ, {"error": message(e)})) from None


def loads_session(data: bytes | str) -> Session:
    """Parse the text of a `.nnp` file (bytes or str); raises SessionError only."""
    try:
        # a file of several runs opens here as its current run (all of them checked): `runs_file.loads_runs` has all
        return Session(**read_document(upgrade(parse_document(data)), parameter_count).current)
    except SessionError:
        raise
    except RecursionError:
        raise SessionError(say.NESTED) from None
    except MemoryError:
        raise SessionError(say.TOO_LARGE_TO_READ) from None
    except Exception as e:
        raise SessionError(Text(say.CANNOT_READ_KIND, {"kind": type(e).__name__, "error": message(e)})) from None
