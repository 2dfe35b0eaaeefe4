"""A sweep's results as CSV: the table (one row per value, the best marked) and every run's loss curve. No Qt.

Written atomically as every export is (`export_data.atomic_write`): a failure raises `ExportError` and leaves any
old file whole. A number is written in full (repr), a missing one (no test points, no accuracy for regression) as
an empty cell.
"""

from __future__ import annotations

import csv
import io
import math
import os
from typing import Any

from .export_data import atomic_write
from .history import History
from .sweep_runs import SweepResult


def _cell(v: Any) -> str:
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v) if isinstance(v, float) else str(v)


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(header)
    out.writerows([_cell(v) for v in row] for row in rows)
    return buf.getvalue()


def results_csv(result: SweepResult) -> str:
    """value, run, epochs, train_loss, test_loss, train_accuracy, test_accuracy, best, note (the header names the
    varied setting: "lr", "width" ...)."""
    table = result.table()
    header = list(table[0]) if table else [result.plan.axis.name, "run"]
    return _csv(header, [list(row.values()) for row in table])


def curves_csv(result: SweepResult) -> str:
    """Every run's history, one row per run and recorded epoch: run, the value, then History's columns."""
    axis = result.plan.axis
    rows = []
    for r in result.runs:
        columns = [r.history[c] for c in History.COLUMNS]
        for values in zip(*columns, strict=True):
            epoch, *rest = (float(v) for v in values)
            rows.append([r.name, axis.show(r.value), int(epoch), *rest])
    return _csv(["run", axis.name, *History.COLUMNS], rows)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    atomic_write(path, write)
