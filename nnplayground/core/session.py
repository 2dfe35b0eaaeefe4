"""Session files (`.nnp`): an experiment, its points, the trained weights and the history, as one JSON document.

This module holds the `Session`, its exchange with a `Trainer` (`session_from_trainer`, `restore_trainer`) and
the file I/O (`dumps_session`, `save_session`, `loads_session`, `load_session`). A session file may come from
anywhere, so `load_session` treats it as untrusted: the reading and checking, and the format itself, are in
`session_format`, and any problem raises `SessionError`, with nothing else escaping. `save_session` writes a
temporary file next to the target and renames it over the old one, so a crash, a full disk or a kill mid-save
never damages the file that was there.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from .experiment import Experiment
from .files import FileProblem, read_limited, write_bytes_atomically
from .history import Checkpoint, History
from .points import PointSet
from .session_format import (
    FORMAT,
    MAX_BYTES,
    VERSION,
    SessionError,
    check_document,
    finite_list,
    json_copy,
    parse_document,
    upgrade,
)
from .trainer import Trainer, head_for


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
    opt = trainer.optimizer.state_dict()
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
        json_copy(trainer.rng.bit_generator.state),
        history,
        weights,
    )


def restore_trainer(session: Session, trainer: Trainer | None = None) -> Trainer:
    """A trainer showing exactly the saved state; playing on continues as if the run had never stopped.

    Only whole epochs are resumed exactly: a save taken in the middle of an epoch keeps its weights, and the next
    step starts a new epoch. Raises SessionError if the session's arrays do not fit its network.
    """
    check_fits(session)
    exp, ps = session.experiment, session.points
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


def check_fits(session: Session) -> None:
    """SessionError unless the session's weights fit the network its experiment and points call for."""
    expected = parameter_count(session.experiment, session.points)
    if session.params is not None and np.shape(session.params) != (expected,):
        raise SessionError(
            f"params: the network needs {expected} parameters, the session has {np.size(session.params)}"
        )


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
        "params": None if session.params is None else finite_list(session.params, "params"),
        "epoch": int(session.epoch),
        "optimizer_state": None,
        "rng_state": None if session.rng_state is None else json_copy(session.rng_state),
        "history": None,
        "weights_history": None,
    }
    if session.optimizer_state is not None:
        doc["optimizer_state"] = {
            str(int(i)): {
                k: (finite_list(v, f"optimizer_state {k}") if isinstance(v, np.ndarray) else int(v))
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
            str(int(e)): finite_list(p, f"weights_history {e}") for e, p in session.weights_history.items()
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
    try:
        write_bytes_atomically(path, text)
    except FileProblem as e:
        raise SessionError(str(e)) from None


# ---- reading ----------------------------------------------------------------------------------------------------
def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a `.nnp` file. Raises SessionError, and only SessionError, for anything wrong with it."""
    try:
        try:
            raw = read_limited(path, MAX_BYTES, "session file")
        except FileProblem as e:
            raise SessionError(str(e)) from None
        return loads_session(raw)
    except SessionError:
        raise
    except Exception as e:  # the promise: nothing but SessionError leaves this function
        raise SessionError(f"the session file cannot be read: {e}") from None


def loads_session(data: bytes | str) -> Session:
    """Parse the text of a `.nnp` file (bytes or str); raises SessionError only."""
    try:
        return Session(**check_document(upgrade(parse_document(data)), parameter_count))
    except SessionError:
        raise
    except RecursionError:
        raise SessionError("the file is nested too deeply to be a session file") from None
    except MemoryError:
        raise SessionError("the file is too large to read") from None
    except Exception as e:
        raise SessionError(f"the session file cannot be read: {type(e).__name__}: {e}") from None
