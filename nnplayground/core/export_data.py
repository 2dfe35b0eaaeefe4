"""The run's data as files: the points and the loss history as CSV, the trained network as JSON. No Qt.

Every export writes a temporary file next to the target and renames it over the old one, so a failure (a full
disk, a missing folder) leaves any old file whole and raises `ExportError` with a message a person can act on.
Pictures are drawn by the window's own widgets (`ui/output/pictures.py`).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from collections.abc import Callable, Mapping
from typing import Protocol

import numpy as np

from . import csvio
from .experiment import DataSpec
from .files import CANNOT, WRITE, FileProblem, write_atomically
from .history import History
from .points import PointSet
from .snapshot import Snapshot
from .texts import QT_TRANSLATE_NOOP, Text, message

NOT_FINITE = QT_TRANSLATE_NOOP(
    "core.export_data", "the network's weights are not finite numbers; reset or rewind the run first"
)

NETWORK_FORMAT = "nnplayground-network"


class MakesSnapshots(Protocol):
    """A trainer: what can draw a snapshot of its network."""

    def snapshot(self, grid: int = ..., neuron_grid: int = ...) -> Snapshot: ...


class HasHistory(Protocol):
    """A trainer (a History) or a session (the history's columns)."""

    @property
    def history(self) -> History | Mapping[str, np.ndarray] | None: ...


class ExportError(Exception):
    """An export that could not be written; the old file, if any, is untouched."""


def atomic_write(path: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Call `write(tmp_path)` on a temporary file beside `path`, then rename it into place (ExportError on failure)."""
    try:
        write_atomically(path, write, verb=WRITE)
    except FileProblem as e:
        raise ExportError(message(e)) from None
    except ExportError:
        raise
    except Exception as e:  # an exporter's own failure (pyqtgraph, Qt): a sentence, not a traceback
        name = os.path.basename(os.fspath(path))
        raise ExportError(Text(CANNOT, {"verb": WRITE, "name": name, "why": str(e)})) from None


def _write_text(path: str | os.PathLike[str], text: str) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    atomic_write(path, write)


# The picture formats a file name may ask for, by suffix (Qt's image writers; JPEG, TIFF and WebP are plugins
# that PySide6 ships). A name without a suffix gets PNG, as File > Export has always written.
def export_points_csv(points: PointSet, path: str | os.PathLike[str], meaning: DataSpec | None = None) -> None:
    """The points as `x,y,label` (or `x,y,value`) rows, every digit kept; with the experiment's `meaning`, in an
    imported file's own units and class names."""
    _write_text(path, csvio.format_points(points, meaning))


def network_dict(source: Snapshot | MakesSnapshots) -> dict[str, object]:
    """The trained network as plain data: shapes, activations, weights (fan_in, fan_out) and biases per layer.

    `source` is a Snapshot, or anything with `.snapshot()` (a Trainer)."""
    snap = source if isinstance(source, Snapshot) else source.snapshot(grid=2, neuron_grid=2)
    layers = []
    for act, W, b in zip(snap.activations, snap.weights, snap.biases, strict=True):
        layers.append(
            {
                "activation": act,
                "shape": list(W.shape),
                "weights": np.asarray(W).tolist(),
                "biases": np.asarray(b).tolist(),
            }
        )
    return {
        "format": NETWORK_FORMAT,
        "version": 1,
        "epoch": int(snap.epoch),
        "features": list(snap.features),
        "sizes": [int(s) for s in snap.sizes],
        "loss": snap.loss,
        "num_classes": int(snap.num_classes),
        "layers": layers,
    }


def export_network_json(source: Snapshot | MakesSnapshots, path: str | os.PathLike[str]) -> None:
    """The trained network as JSON (see `network_dict`); weights that are not finite are refused."""
    doc = network_dict(source)
    try:
        text = json.dumps(doc, indent=1, allow_nan=False)
    except ValueError:
        raise ExportError(NOT_FINITE) from None
    _write_text(path, text + "\n")


def loss_rows(source: Snapshot | HasHistory) -> tuple[list[str], np.ndarray]:
    """The loss history's columns and rows from a Snapshot (epoch, train and test loss) or a Session/Trainer
    (every History column, accuracies too)."""
    if isinstance(source, Snapshot):
        names = ["epoch", "train_loss", "test_loss"]
        cols = [source.curve_epochs, source.curve_train, source.curve_test]
    else:
        kept = source.history
        history = {c: kept.column(c) for c in History.COLUMNS} if isinstance(kept, History) else dict(kept or {})
        names = [c for c in History.COLUMNS if c in history]
        cols = [history[c] for c in names]
    return names, np.column_stack([np.asarray(c, dtype=np.float64) for c in cols]) if cols else np.zeros((0, 0))


def export_loss_csv(source: Snapshot | HasHistory, path: str | os.PathLike[str]) -> None:
    """The loss history as CSV, one row per recorded epoch (every epoch, or thinned past 131,072 of them); a
    missing value (no test points) is an empty cell."""
    names, rows = loss_rows(source)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(names)
    for row in rows.tolist():
        out.writerow([("" if not math.isfinite(v) else str(int(v)) if j == 0 else repr(v)) for j, v in enumerate(row)])
    _write_text(path, buf.getvalue())
