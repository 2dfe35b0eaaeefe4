"""Point edits on the window's QUndoStack: a thin QUndoCommand around the core's immutable edit commands.

The core's edits (`nnplayground.core.points`) already know how to apply themselves and how to build their own
inverse, so this wrapper only remembers the set it started from and tells the window about the new one. An edit
that also changes the experiment (regenerating from new data settings, switching between classification and
regression, importing a file of the other kind) carries the experiment it leads to, and undo restores the one it
came from, so that the panel's controls and the points can never disagree after an undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

import numpy as np
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from nnplayground.core import datasets, edits
from nnplayground.core.edits import Edit
from nnplayground.core.experiment import MAX_SEED, DataSpec, Experiment
from nnplayground.core.points import PointSet

ERASE_CLICK_RADIUS = 0.6  # a click of the eraser (or a right click) takes the nearest point within this distance
ERASE_STROKE_RADIUS = 0.35  # an eraser drag clears a disc this wide along its path


class EditTarget(Protocol):
    """What a command needs of the window: the current state and one way to replace it."""

    @property
    def experiment(self) -> Experiment: ...

    @property
    def points(self) -> PointSet: ...

    def commit_state(self, experiment: Experiment, points: PointSet) -> None: ...


class EditorWindow(EditTarget, Protocol):
    """What the point editor needs of the window besides that."""

    undo_stack: QUndoStack

    @property
    def tool(self) -> str: ...

    @property
    def current_class(self) -> int: ...

    @property
    def draw_value(self) -> float: ...

    def show_error(self, text: str) -> None: ...

    def show_message(self, text: str, timeout_ms: int = ...) -> None: ...

    def sync_widgets(self) -> None: ...

    def remember_generated(self, spec: DataSpec, points: PointSet) -> None: ...


class PointEditCommand(QUndoCommand):
    """Apply `edit` to the window's points on redo, its inverse on undo (optionally with a new experiment)."""

    def __init__(
        self,
        window: EditTarget,
        edit: Edit,
        experiment: Experiment | None = None,
        text: str | None = None,
        after: PointSet | None = None,
    ) -> None:
        super().__init__(text or edit.text)
        self._window = window
        self.edit = edit
        self._experiment_after = experiment
        self._experiment_before: Experiment | None = None
        self._after = after  # the result, when the caller already computed it (to validate before pushing)
        self._inverse: Edit | None = None

    def redo(self) -> None:
        w = self._window
        before = w.points
        after = self._after if self._after is not None else self.edit.apply(before)
        if self._inverse is None:  # the inverse depends only on the first `before`: redo reaches the same state
            self._inverse = self.edit.inverse(before)
        self._after = None  # a later redo recomputes from the state undo left, which equals `before`
        self._experiment_before = w.experiment
        w.commit_state(_carry(w.experiment, self._experiment_after), after)

    def undo(self) -> None:
        w = self._window
        assert self._inverse is not None, "undo before redo"
        restored = self._inverse.apply(w.points)
        w.commit_state(_carry(w.experiment, self._experiment_before), restored)


class ExperimentEditCommand(QUndoCommand):
    """A change of the settings or of the network's shape: redo shows `after`, undo `before`."""

    def __init__(self, window: SettingsTarget, before: Experiment, after: Experiment) -> None:
        super().__init__(describe_change(before, after))
        self._window, self.before, self.after = window, before, after

    def redo(self) -> None:
        self._window.show_experiment(self.after)

    def undo(self) -> None:
        self._window.show_experiment(self.before)


class SettingsTarget(Protocol):
    def show_experiment(self, experiment: Experiment) -> None: ...


FIELD_NAMES = {
    "lr": "Learning Rate",
    "optimizer": "Optimizer",
    "batch_size": "Batch Size",
    "regularization": "Regularization",
    "reg_rate": "Regularization Rate",
    "loss": "Loss",
    "momentum": "Momentum",
    "nesterov": "Nesterov",
    "features": "Input Features",
    "activations": "Activation",
    "init": "Initialization",
    "seed": "Seed",
    "problem": "Problem Type",
}


def describe_change(before: Experiment, after: Experiment) -> str:
    """What the Edit menu calls an edit: "Add Layer", "Remove Neuron", "Learning Rate", "Training Ratio"."""
    if len(after.hidden) != len(before.hidden):
        return "Add Layer" if len(after.hidden) > len(before.hidden) else "Remove Layer"
    if after.hidden != before.hidden:
        return "Add Neuron" if sum(after.hidden) > sum(before.hidden) else "Remove Neuron"
    changed = [f for f in FIELD_NAMES if getattr(before, f) != getattr(after, f)]
    if changed:
        return FIELD_NAMES[changed[0]] if len(changed) == 1 else "Settings"
    if after.data.train_ratio != before.data.train_ratio:
        return "Training Ratio"
    return "Settings"


# What an edit of the points may change of the experiment: how the points were made, and what kind they are.
GENERATOR_FIELDS = ("name", "n", "noise", "seed", "classes")


def _carry(current: Experiment, source: Experiment | None) -> Experiment:
    """`current` with `source`'s generator settings and problem type, and nothing else of it: undoing a
    regeneration must not also undo a learning rate changed since."""
    if source is None:
        return current
    data = dataclasses.replace(current.data, **{f: getattr(source.data, f) for f in GENERATOR_FIELDS})
    return current.replace(data=data, problem=source.problem)


class PointEditor(QObject):
    """Turns the user's gestures (clicks, brush and eraser strokes, clear, new data settings) into undoable edits.

    A brush or eraser stroke may make dozens of edits while the button is down; they are grouped into one undo
    step (a QUndoStack macro opened by the first edit of the stroke and closed on release), so Ctrl+Z takes back
    the whole stroke as the user thinks of it.
    """

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.w = window
        self.rng = np.random.default_rng(window.experiment.seed)  # split keys and brush jitter of drawn points
        self._stroke_active = False  # a mouse button is down on the canvas
        self._stroke_edits = 0  # erase requests made by the current stroke (the first is a click's)
        self._macro_open = False

    # ---- the undo stack -------------------------------------------------------------------------------------------
    def push(self, edit: Edit | None, experiment: Experiment | None = None) -> bool:
        """Apply a core edit through the undo stack; a refused edit changes nothing and says why."""
        if edit is None:
            return False
        w = self.w
        try:
            after = edit.apply(w.points)
        except (ValueError, TypeError) as exc:
            w.show_error(str(exc))
            return False
        if self._stroke_active and not self._macro_open:  # any drag: brush, eraser, or the right button
            w.undo_stack.beginMacro(edit.text)  # one undo step per stroke, however many edits it made
            self._macro_open = True
        w.undo_stack.push(PointEditCommand(w, edit, experiment, after=after))
        return True

    def end_stroke(self) -> None:
        self._stroke_active = False
        if self._macro_open:
            self._macro_open = False
            self.w.undo_stack.endMacro()

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 - watches the canvas for strokes
        if ev.type() == QEvent.Type.MouseButtonPress:
            self.end_stroke()
            self._stroke_active, self._stroke_edits = True, 0
        elif ev.type() == QEvent.Type.MouseButtonRelease:
            self.end_stroke()
        return False

    # ---- gestures on the canvas -----------------------------------------------------------------------------------
    def _target(self) -> float:
        w = self.w
        return w.draw_value if w.points.regression else float(w.current_class)

    def add(self, x: float, y: float) -> None:
        self._make(lambda: edits.add_point(self.w.points, x, y, self._target(), self.rng))

    def brush(self, x: float, y: float) -> None:
        self._make(lambda: edits.brush(self.w.points, x, y, self._target(), self.rng))

    def erase(self, x: float, y: float) -> None:
        self._stroke_edits += 1
        if self._stroke_edits == 1 or not self._stroke_active:  # a click erases one point: the nearest
            edit = edits.remove_nearest(self.w.points, x, y, ERASE_CLICK_RADIUS)
            if edit is None:
                self.w.show_message("No point near enough to erase here.", 2500)
        else:  # a drag sweeps its path clean
            edit = edits.remove_in_circle(self.w.points, x, y, ERASE_STROKE_RADIUS)
        self.push(edit)

    def _make(self, factory: Callable[[], Edit | None]) -> None:
        try:
            edit = factory()
        except ValueError as exc:  # e.g. a click outside the square: the core says what is wrong
            self.w.show_error(str(exc))
            return
        self.push(edit)

    def clear(self) -> None:
        if self.w.points.n:
            self.push(edits.clear(self.w.points))

    # ---- generated data -------------------------------------------------------------------------------------------
    def regenerate(self, problem: str | None = None, **changes: object) -> bool:
        """New generated points from changed data settings: one undo step for the points and the settings."""
        w = self.w
        try:
            spec = dataclasses.replace(w.experiment.data, **changes)
            exp = w.experiment.replace(data=spec, problem=problem or w.experiment.problem)
            ps = PointSet.generate(spec.name, spec.n, spec.noise, spec.seed, spec.classes)
        except (ValueError, TypeError) as exc:
            w.show_error(str(exc))
            w.sync_widgets()  # the control goes back to the truth
            return False
        w.remember_generated(spec, ps)
        return self.push(edits.ReplaceAll(ps, text=f"Generate {_title(spec.name)}"), experiment=exp)

    def apply_spec(self, changes: dict) -> bool:
        """Regenerate with some data settings changed (noise, n, classes, seed)."""
        return self.regenerate(**changes)

    def next_sample(self) -> bool:
        """Regenerate: a fresh sample of the same kind, the seed moved on by one (so it can be told again)."""
        return self.regenerate(seed=(self.w.experiment.data.seed + 1) % (MAX_SEED + 1))

    def choose_preset(self, name: str, class_count: int, n: int | None = None) -> bool:
        """A preset's points (`n` of them, or as many as the data settings say)."""
        # A two-class generator must not leave a larger class count behind: the output layer follows it.
        sized = {} if n is None else {"n": n}
        return self.regenerate(name=name, classes=class_count if datasets.has_classes(name) else 2, **sized)

    def switch_problem(self, problem: str) -> bool:
        """Classification <-> regression: the other kind's first preset, generated (one undo step)."""
        if problem == self.w.experiment.problem:
            return False
        regression = problem == "regression"
        name = next(n for n in datasets.names() if datasets.is_regression(n) == regression)
        return self.regenerate(problem=problem, name=name, n=datasets.default_n(name), classes=2)


def _title(name: str) -> str:
    try:
        return datasets.title(name)
    except ValueError:  # a name from a session file that no generator has
        return name
