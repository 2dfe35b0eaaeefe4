"""Drawing: the user's gestures on the canvas and in the data panel, turned into undoable edits of the points.

A click adds a point of the chosen class (or value), a brush stroke paints jittered points as the mouse moves,
the eraser or a right click takes points away, Clear removes all; a preset, new data settings or Regenerate make a
generated set. Each is a core edit handed to the workbench, which puts it on the undo stack. A brush or eraser
stroke may make dozens of edits while the button is down; they are one undo step (a QUndoStack macro opened by the
stroke's first edit and closed on release), so Ctrl+Z takes back the whole stroke as the user thinks of it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoStack

from nnplayground.core import datasets, edits
from nnplayground.core.edits import Edit
from nnplayground.core.experiment import MAX_SEED, Experiment
from nnplayground.core.points import PointSet
from nnplayground.ui.common.i18n import error_text, translate, translated

ERASE_CLICK_RADIUS = 0.6  # a click of the eraser (or a right click) takes the nearest point within this distance
ERASE_STROKE_RADIUS = 0.35  # an eraser drag clears a disc this wide along its path


class Points(Protocol):
    """What drawing needs of the workbench."""

    undo_stack: QUndoStack

    @property
    def experiment(self) -> Experiment: ...

    @property
    def points(self) -> PointSet: ...

    def edit_points(self, edit: Edit, experiment: Experiment | None = None) -> bool: ...

    def regenerate(self, problem: str | None = None, **changes: object) -> bool: ...

    def is_generated(self) -> bool: ...


class Pen(Protocol):
    """What a click paints: the chosen class, or the chosen value in regression."""

    @property
    def current_class(self) -> int: ...

    @property
    def draw_value(self) -> float: ...


class PointEditor(QObject):
    """Turns gestures into edits (see the module's docstring). `say(text)` tells the user a gesture did nothing."""

    def __init__(self, work: Points, pen: Pen, say: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work, self.pen, self._say = work, pen, say
        self.rng = np.random.default_rng(work.experiment.seed)  # split keys and brush jitter of drawn points
        self._stroke_active = False  # a mouse button is down on the canvas
        self._stroke_edits = 0  # erase requests made by the current stroke (the first is a click's)
        self._macro_open = False
        self.class_count = max(3, work.experiment.data.classes)  # what a many-class preset starts with

    # ---- the undo stack -------------------------------------------------------------------------------------------
    def push(self, edit: Edit | None, experiment: Experiment | None = None) -> bool:
        """An edit through the workbench, inside the current stroke's macro if a mouse button is down."""
        if edit is None:
            return False
        stack = self.work.undo_stack
        if self._stroke_active and not self._macro_open:  # any drag: brush, eraser, or the right button
            stack.beginMacro(translated(edit.text))  # one undo step per stroke, however many edits it made
            self._macro_open = True
        return self.work.edit_points(edit, experiment)

    def end_stroke(self) -> None:
        self._stroke_active = False
        if self._macro_open:
            self._macro_open = False
            self.work.undo_stack.endMacro()

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 - watches the canvas for strokes
        if ev.type() == QEvent.Type.MouseButtonPress:
            self.end_stroke()
            self._stroke_active, self._stroke_edits = True, 0
        elif ev.type() == QEvent.Type.MouseButtonRelease:
            self.end_stroke()
        return False

    # ---- gestures on the canvas -----------------------------------------------------------------------------------
    def _target(self) -> float:
        return self.pen.draw_value if self.work.points.regression else float(self.pen.current_class)

    def add(self, x: float, y: float) -> None:
        self._make(lambda: edits.add_point(self.work.points, x, y, self._target(), self.rng))

    def brush(self, x: float, y: float) -> None:
        self._make(lambda: edits.brush(self.work.points, x, y, self._target(), self.rng))

    def erase(self, x: float, y: float) -> None:
        self._stroke_edits += 1
        if self._stroke_edits == 1 or not self._stroke_active:  # a click erases one point: the nearest
            edit = edits.remove_nearest(self.work.points, x, y, ERASE_CLICK_RADIUS)
            if edit is None:
                self._say(translate("ui.data.drawing", "No point near enough to erase here."))
        else:  # a drag sweeps its path clean
            edit = edits.remove_in_circle(self.work.points, x, y, ERASE_STROKE_RADIUS)
        self.push(edit)

    def _make(self, factory: Callable[[], Edit | None]) -> None:
        try:
            edit = factory()
        except ValueError as exc:  # e.g. a click outside the square: the core says what is wrong
            self._say(error_text(exc))
            return
        self.push(edit)

    def clear(self) -> None:
        if self.work.points.n:
            self.push(edits.clear(self.work.points))

    # ---- generated data -------------------------------------------------------------------------------------------
    def apply_spec(self, changes: dict) -> bool:
        """Regenerate with some data settings changed (noise, n, classes, seed)."""
        return self.work.regenerate(**changes)

    def next_sample(self) -> bool:
        """Regenerate: a fresh sample of the same kind, the seed moved on by one (so it can be told again); past
        the largest seed a seed box holds it wraps to 0."""
        return self.work.regenerate(seed=(self.work.experiment.data.seed + 1) % (MAX_SEED + 1))

    def choose_preset(self, name: str) -> bool:
        """A preset's points: as many as the data settings say, or over drawn points as many as are on the canvas
        (what the panel shows). Choosing the preset already shown keeps it."""
        work = self.work
        generated = work.is_generated()
        if name == work.experiment.data.name and generated:
            return False
        if work.experiment.data.classes > 2:
            self.class_count = work.experiment.data.classes
        try:  # a typed rule may make values or classes: the problem follows it (a preset's is the one shown)
            regression, own_classes = datasets.is_regression(name), datasets.has_classes(name)
        except ValueError:  # a rule that cannot be read: regenerating refuses it, with the reason
            return work.regenerate(name=name)
        # A two-class generator must not leave a larger class count behind: the output layer follows it.
        classes = self.class_count if own_classes else 2
        sized = {} if generated else {"n": work.points.n}
        problem = "regression" if regression else "classification"
        return work.regenerate(problem=problem, name=name, classes=classes, **sized)

    def switch_problem(self, problem: str) -> bool:
        """Classification <-> regression: the other kind's first preset, generated (one undo step)."""
        if problem == self.work.experiment.problem:
            return False
        regression = problem == "regression"
        name = next(n for n in datasets.names() if datasets.is_regression(n) == regression)
        return self.work.regenerate(problem=problem, name=name, n=datasets.default_n(name), classes=2)

    def forget(self) -> None:
        """A new or opened session: no stroke goes on, and presets start from its class count."""
        self.end_stroke()
        self.class_count = max(3, self.work.experiment.data.classes)
