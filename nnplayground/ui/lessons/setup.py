"""A lesson's "Set up" and "Solution" as one undoable edit of the window's work, as a TensorFlow Playground link is
applied (`ui/session/tfp_link.py`): new points where the data settings draw other ones, then the settings, both
in one undo step, so Undo puts back what was on the screen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from PySide6.QtGui import QUndoStack

from nnplayground.core import lessons
from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet


class Editable(Protocol):
    """What a lesson needs of the workbench (`ui/workbench.py`)."""

    undo_stack: QUndoStack

    @property
    def experiment(self) -> Experiment: ...

    def is_generated(self) -> bool: ...

    def regenerate(self, problem: str | None = None, **changes: object) -> bool: ...

    def edit_experiment(self, experiment: Experiment) -> None: ...


def apply_experiment(work: Editable, experiment: Experiment, text: str) -> bool:
    """Make `experiment` the work's, as one undo step named `text`; False if nothing changed or it was refused."""
    current, spec = work.experiment, experiment.data
    new_points = not work.is_generated() or any(getattr(spec, f) != getattr(current.data, f) for f in lessons.GENERATOR)
    if not new_points:
        if experiment == current:
            return False
        work.undo_stack.beginMacro(text)  # (one edit, named for the lesson in the Edit menu)
        try:
            work.edit_experiment(experiment)
        finally:
            work.undo_stack.endMacro()
        return True
    try:  # drawn once first, so that a refusal never leaves an empty step on the stack
        PointSet.of(spec)
    except ValueError:
        return False
    work.undo_stack.beginMacro(text)
    try:
        made = work.regenerate(
            problem=experiment.problem, name=spec.name, n=spec.n, noise=spec.noise, seed=spec.seed,
            classes=spec.classes,
        )  # fmt: skip
        if made:
            work.edit_experiment(experiment)
    finally:
        work.undo_stack.endMacro()
    return made


def set_up(work: Editable, setup: lessons.Setup, text: str) -> bool:
    """A step's setup over the work's experiment; ValueError/TypeError if it does not fit it."""
    return apply_experiment(work, setup.apply(work.experiment), text)


def solve(work: Editable, solution: Mapping[str, Any], text: str) -> bool:
    """A step's solution over the work's experiment."""
    return apply_experiment(work, lessons.apply_settings(work.experiment, solution), text)
