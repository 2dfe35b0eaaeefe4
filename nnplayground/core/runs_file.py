"""The runs of a session in a `.nnp` file: every run kept (format version 3, `runs_format` says how it is laid
out), a session of one run written as version 2, and version 1 and 2 files opened as one run.

    save_runs(path, runs); runs = load_runs(path)        # SessionError, and only SessionError, for a bad file

A file of several runs stays as small as a file of one: the runs share the budgets of one run (the history rows
and the checkpoints' bytes are split between them, thinned as a history thins itself), so whatever the runs, the
file stays within what `load_runs` accepts; one that would not (a million points in each of three runs) is refused
before anything is written, never written to be refused on opening.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from . import session_texts as say
from .colors import RUN_COLORS
from .files import FileProblem, write_bytes_atomically
from .history import DEFAULT_ROWS, SPARSE_ROWS, History, Sparse
from .run_label import RunLabel
from .runs import FIRST_NAME, Run, Runs
from .runs_format import LABEL_ENTRIES, MAX_TOTAL_POINTS, read_document
from .session import (
    SESSION_CHECKPOINT_BYTES,
    Session,
    checkpoints_to_save,
    dumps_document,
    dumps_session,
    parameter_count,
    read_session_file,
    run_document,
)
from .session_format import FORMAT, MAX_BYTES, VERSION, SessionError, parse_document, upgrade
from .texts import Text, message

MIN_ROWS = 1024  # the history rows a run keeps however many share the file
MIN_HEALTH = 64  # and the records of its layers' health (64 runs of 64 fit a file's MAX_HEALTH)


def _is_plain(label: RunLabel) -> bool:
    """A one-run session's label as a file without labels gives it: nothing worth a version-3 file."""
    return label == RunLabel(FIRST_NAME, RUN_COLORS[0])


def _label_json(label: RunLabel) -> dict[str, Any]:
    return {k: getattr(label, k) for k in LABEL_ENTRIES}


def fitted(session: Session, share: int) -> Session:
    """The run with its history rows and checkpoints thinned to `1 / share` of one run's budgets."""
    if share <= 1 or session.history is None:
        return session
    h = History(row_budget=max(MIN_ROWS, DEFAULT_ROWS // share))
    for cp in session.checkpoints or ():
        h.add_checkpoint(cp)
    h.extend(dict(session.history))
    health = session.health
    if health is not None:
        h.sparse = Sparse(max(MIN_HEALTH, SPARSE_ROWS // share))
        h.sparse.extend(*health)
        health = h.sparse.arrays()
    return dataclasses.replace(
        session,
        health=health,
        history={c: h.column(c).copy() for c in History.COLUMNS},
        checkpoints=None if session.checkpoints is None else checkpoints_to_save(h, SESSION_CHECKPOINT_BYTES // share),
    )


def dumps_runs(runs: Runs) -> str:
    """The text of a `.nnp` file holding every run (version 2 for a lone run without a label of its own)."""
    current = runs.current_run
    if len(runs) == 1 and _is_plain(current.label):
        return dumps_session(current.session)
    share = len(runs)
    shared = current.session.points
    points = sum(len(r.session.points) for r in runs.runs if r is current or r.session.points != shared)
    if points > MAX_TOTAL_POINTS:
        raise SessionError(Text(say.HOLD_POINTS, {"n": points, "most": MAX_TOTAL_POINTS}))
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, **run_document(fitted(current.session, share))}
    doc["run"] = {**_label_json(current.label), "index": runs.current}
    doc["runs"] = [
        {**_label_json(r.label), **run_document(fitted(r.session, share), shared)}
        for i, r in enumerate(runs.runs)
        if i != runs.current
    ]
    text = dumps_document(doc)
    if len(text) > MAX_BYTES:  # (one character, one byte at least)
        raise SessionError(Text(say.TAKE_MB, {"mb": len(text) / 2**20, "most": MAX_BYTES // 2**20}))
    return text


def save_runs(path: str | os.PathLike[str], runs: Runs) -> None:
    """Write every run to a `.nnp` file atomically (the old file stays whole whatever happens); SessionError."""
    text = dumps_runs(runs).encode("utf-8")
    if len(text) > MAX_BYTES:
        raise SessionError(Text(say.TAKE_MORE, {"most": MAX_BYTES // 2**20}))
    try:
        write_bytes_atomically(os.fspath(path), text)
    except FileProblem as e:
        raise SessionError(message(e)) from None


def loads_runs(data: bytes | str) -> Runs:
    """Every run of a `.nnp` file's text (a version-1 or -2 file: one run); raises SessionError only."""
    try:
        d = read_document(upgrade(parse_document(data)), parameter_count)
        current = Session(**d.current)
        if d.label is None:
            return Runs.single(current)
        others = [Run(label, Session(**fields)) for label, fields in d.others]
        runs = [*others[: d.index], Run(d.label, current), *others[d.index :]]
        return Runs(tuple(runs), d.index)
    except SessionError:
        raise
    except RecursionError:
        raise SessionError(say.NESTED) from None
    except MemoryError:
        raise SessionError(say.TOO_LARGE_TO_READ) from None
    except Exception as e:
        raise SessionError(Text(say.CANNOT_READ_KIND, {"kind": type(e).__name__, "error": message(e)})) from None


def load_runs(path: str | os.PathLike[str]) -> Runs:
    """Read a `.nnp` file with every run. Raises SessionError, and only SessionError, for anything wrong with it."""
    return read_session_file(path, loads_runs)
