"""File > Import CSV: points from `x,y,label` or `x,y,value` rows, as one undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nnplayground.core import csvio
from nnplayground.core.edits import Edit, ReplaceAll
from nnplayground.core.experiment import Experiment

CSV_FILTER = "CSV files (*.csv);;All files (*)"


class Importer(Protocol):
    @property
    def experiment(self) -> Experiment: ...

    def edit_points(self, edit: Edit, experiment: Experiment | None = None) -> bool: ...


def import_csv(work: Importer, parent: QWidget | None, say: Callable[[str], None], path: str | None = None) -> bool:
    """Replace the points with a file's (undoable). A bad file changes nothing and says what is wrong."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, "Import points", "", CSV_FILTER)
        if not path:
            return False
    try:
        ps = csvio.read_points(path)
    except (csvio.CsvError, OSError, ValueError) as exc:
        text = f"Could not import {path}: {exc}"
        say(text)
        if QGuiApplication.platformName() != "offscreen":  # nobody sees a dialog offscreen: it would block
            QMessageBox.warning(parent, "Import points", text)
        return False
    problem = "regression" if ps.regression else "classification"
    exp = work.experiment.replace(problem=problem) if problem != work.experiment.problem else None
    if work.edit_points(ReplaceAll(ps, text=f"Import {ps.n:,} Points"), experiment=exp):
        say(f"Imported {ps.n:,} points from {path}.")
        return True
    return False
