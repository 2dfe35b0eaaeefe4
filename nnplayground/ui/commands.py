"""Every edit of the work as a command on the workbench's QUndoStack, named for the Edit menu ("Undo Add Layer").

Point edits wrap the core's immutable edit commands, which know their own inverse (as Orange's Paint Data does), so
a click costs a few numbers on the stack, not a copy of every point. Settings edits keep the two experiments.
An edit that builds a new network (a layer, an activation, a feature, a new class...) also keeps the run it
replaced: undo puts those weights, that optimizer state and that history back, and redo the run that undo left.
Training progress is not an edit and never goes on the stack.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from nnplayground.core import settings
from nnplayground.core.edits import Edit
from nnplayground.core.experiment import IMPORT_FIELDS, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.runs import Runs
from nnplayground.core.session import Session
from nnplayground.ui.common.i18n import translate, translated


class Target(Protocol):
    """What a command needs of the workbench."""

    @property
    def experiment(self) -> Experiment: ...

    @property
    def points(self) -> PointSet: ...

    def rebuilds(self, experiment: Experiment, points: PointSet) -> bool: ...

    def apply(self, experiment: Experiment, points: PointSet) -> None: ...

    def capture_run(self) -> Session | None: ...

    def restore_run(self, run: Session, experiment: Experiment, points: PointSet) -> None: ...

    def send_parameter(self, layer: int, row: int | None, col: int, value: float) -> None: ...


class StateEdit(QUndoCommand):
    """A change from one (experiment, points) to another; a rebuilding one keeps the runs on either side."""

    def __init__(self, target: Target, text: str) -> None:
        super().__init__(text)
        self._target = target
        self._run_before: Session | None = None  # the network this edit replaced (taken when it is first made)
        self._run_after: Session | None = None  # the network undo left (taken when it is undone)

    def _go(self, experiment: Experiment, points: PointSet, forward: bool) -> None:
        t = self._target
        if not t.rebuilds(experiment, points):
            t.apply(experiment, points)
            return
        if forward:
            self._run_before = t.capture_run()  # what this step replaces: the run as it is now, every time
            run = self._run_after
        else:
            self._run_after = t.capture_run()
            run = self._run_before
        if run is None:
            t.apply(experiment, points)  # (a new network, as the edit itself gives)
        else:
            t.restore_run(run, experiment, points)


class ExperimentEdit(StateEdit):
    """New settings or a new network shape."""

    def __init__(self, target: Target, before: Experiment, after: Experiment) -> None:
        super().__init__(target, describe_change(before, after))
        self.before, self.after = before, after

    def redo(self) -> None:
        self._go(self.after, self._target.points, forward=True)

    def undo(self) -> None:
        self._go(self.before, self._target.points, forward=False)


class PointEdit(StateEdit):
    """Apply a core edit of the points on redo and its inverse on undo, with the experiment it leads to (a new
    data set's settings, a switch between classification and regression) and back."""

    def __init__(
        self, target: Target, edit: Edit, experiment: Experiment | None = None, after: PointSet | None = None
    ) -> None:
        super().__init__(target, translated(edit.text))
        self.edit = edit
        self._experiment_after = experiment
        self._experiment_before: Experiment | None = None
        self._after = after  # the result, when the caller already computed it (to validate before pushing)
        self._inverse: Edit | None = None

    def redo(self) -> None:
        t = self._target
        before = t.points
        after = self._after if self._after is not None else self.edit.apply(before)
        if self._inverse is None:  # the inverse depends only on the first `before`: redo reaches the same state
            self._inverse = self.edit.inverse(before)
        self._after = None  # a later redo recomputes from the state undo left, which equals `before`
        self._experiment_before = t.experiment
        self._go(carry(t.experiment, self._experiment_after), after, forward=True)

    def undo(self) -> None:
        t = self._target
        assert self._inverse is not None, "undo before redo"
        self._go(carry(t.experiment, self._experiment_before), self._inverse.apply(t.points), forward=False)


class ParameterEdit(QUndoCommand):
    """A typed weight or bias: undo puts the old value back."""

    def __init__(self, target: Target, layer: int, row: int | None, col: int, old: float, new: float) -> None:
        super().__init__(translate("ui.commands", "Bias") if row is None else translate("ui.commands", "Weight"))
        self._target, self._where, self.old, self.new = target, (layer, row, col), old, new

    def redo(self) -> None:
        self._target.send_parameter(*self._where, self.new)

    def undo(self) -> None:
        self._target.send_parameter(*self._where, self.old)


# What an edit of the points may change of the experiment: how the points were made (generated, or imported: the
# names of the classes, the rescaling into the square), and what kind they are.
GENERATOR_FIELDS = ("name", "n", "noise", "seed", "classes", *IMPORT_FIELDS)


def carry(current: Experiment, source: Experiment | None) -> Experiment:
    """`current` with `source`'s generator settings and problem type, and nothing else of it."""
    if source is None:
        return current
    data = dataclasses.replace(current.data, **{f: getattr(source.data, f) for f in GENERATOR_FIELDS})
    return current.replace(data=data, problem=source.problem)


def describe_change(before: Experiment, after: Experiment) -> str:
    """What the Edit menu calls an edit: "Add Layer", "Remove Neuron", or the setting's own label (in the window's
    language)."""
    if len(after.hidden) != len(before.hidden):
        more = len(after.hidden) > len(before.hidden)
        return translate("ui.commands", "Add Layer") if more else translate("ui.commands", "Remove Layer")
    if after.hidden != before.hidden:
        more = sum(after.hidden) > sum(before.hidden)
        return translate("ui.commands", "Add Neuron") if more else translate("ui.commands", "Remove Neuron")
    changed = [s for s in settings.entries() if settings.read(before, s.field) != settings.read(after, s.field)]
    return translate("Settings", changed[0].label) if len(changed) == 1 else translate("ui.commands", "Settings")


class RunsTarget(Protocol):
    """What a change of the runs needs: the run book (`ui/runs/book.py`)."""

    def apply_runs(self, runs: Runs) -> None: ...


class RunsEdit(QUndoCommand):
    """A change of the session's runs (a new run, a switch, a label, a deletion): undo puts the runs as they were,
    each with what it has trained since (`Runs.merged`), and the window on the run that was current."""

    def __init__(self, target: RunsTarget, text: str, before: Runs, after: Runs) -> None:
        super().__init__(text)
        self._target, self.before, self.after = target, before, after

    def redo(self) -> None:
        self._target.apply_runs(self.after)

    def undo(self) -> None:
        self._target.apply_runs(self.before)
