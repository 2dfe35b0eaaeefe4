"""File > Import CSV: points from a spreadsheet's CSV file, as one undoable edit.

A plain file (three columns, every row good, inside the square) is imported at once. Any other (more columns to
choose from, bad rows to skip or not, coordinates to rescale) opens the import dialog (`csv_dialog`), which shows
the columns, a preview and the bad rows; nothing changes until its OK. The import sets the points and what they
mean: the problem type, the names of string labels (the Class menu shows them) and the rescaling into the square
(which the model exports undo).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, SignalInstance
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nnplayground.core import csvio
from nnplayground.core.csv_table import Table
from nnplayground.core.edits import Edit, ReplaceAll
from nnplayground.core.experiment import Experiment
from nnplayground.ui.common.i18n import error_text, translate, translated

CSV_FILTER = QT_TRANSLATE_NOOP("ui.data.import_csv", "CSV files (*.csv *.tsv *.txt);;All files (*)")


class Importer(Protocol):
    @property
    def experiment(self) -> Experiment: ...

    def edit_points(self, edit: Edit, experiment: Experiment | None = None) -> bool: ...


Ask = Callable[[Table, csvio.CsvImport], "csvio.CsvImport | None"]


def needs_dialog(table: Table, result: csvio.CsvImport) -> bool:
    """Whether the user has a choice to make: columns to pick, bad rows, or a rescaling to see."""
    return table.width > 3 or bool(result.bad) or result.rescale != "none"


def apply_import(work: Importer, result: csvio.CsvImport, name: str = "") -> bool:
    """The import's points and meanings as one undoable edit (CsvError if it has none to give)."""
    ps = result.check()
    exp = work.experiment
    data = dataclasses.replace(exp.data, **result.data_changes())
    after = exp.replace(problem="regression" if ps.regression else "classification", data=data)
    text = translate("ui.data.import_csv", "Import {count} Points").format(count=f"{ps.n:,}")  # the undo step
    return work.edit_points(ReplaceAll(ps, text=text), experiment=after)


def import_csv(
    work: Importer,
    parent: QWidget | None,
    say: Callable[[str], None],
    path: str | None = None,
    ask: Ask | None = None,
) -> bool:
    """Replace the points with a file's (undoable). A bad file changes nothing and says what is wrong; a file with
    choices to make asks (`ask`, the import dialog by default; None from it: cancelled, nothing changes)."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("ui.data.import_csv", "Import points"), "", translate("ui.data.import_csv", CSV_FILTER)
        )
        if not path:
            return False
    try:
        table, result = csvio.read_import(path)
        if needs_dialog(table, result):
            if ask is None:
                from nnplayground.ui.data.csv_dialog import ask_import

                ask = lambda t, r: ask_import(t, r, parent)  # noqa: E731
            chosen = ask(table, result)
            if chosen is None:
                say(translate("ui.data.import_csv", "Import cancelled: nothing changed."))
                return False
            result = chosen
        done = apply_import(work, result)
    except (csvio.CsvError, OSError, ValueError) as exc:
        text = translate("ui.data.import_csv", "Could not import {path}: {error}")
        text = text.format(path=path, error=error_text(exc))
        say(text)
        if QGuiApplication.platformName() != "offscreen":  # nobody sees a dialog offscreen: it would block
            QMessageBox.warning(parent, translate("ui.data.import_csv", "Import points"), text)
        return False
    if done:
        say(
            translate("ui.data.import_csv", "Imported {summary} from {path}.").format(
                summary=translated(result.summary()), path=path
            )
        )
    return done


def name_classes(actions: Mapping[str, QAction], names: tuple[str, ...]) -> None:
    """The Class menu's entries named after an imported file's labels ("Class 1: setosa"), or numbered."""
    for k in range(1, 10):
        a = actions.get(f"actionClass{k}")
        if a is not None:
            if k <= len(names):
                a.setText(translate("ui.data.import_csv", "Class {number}: {name}").format(number=k, name=names[k - 1]))
            else:
                a.setText(translate("ui.data.import_csv", "Class {number}").format(number=k))


class ClassNames(QObject):
    """Keeps the Class menu's names those of the current experiment (an import, an undo, an opened session); the
    canvas legend gets them with the points (`DataCanvas.set_points`)."""

    def __init__(
        self, changed: SignalInstance, actions: Mapping[str, QAction], parent: QObject, now: Experiment
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        changed.connect(self._on_experiment)
        self._on_experiment(now)

    def _on_experiment(self, experiment: Experiment) -> None:
        name_classes(self._actions, tuple(experiment.data.class_names))
