"""The one owner of the current work: the experiment, the points, the undo stack and the run.

Every change goes through here, and only here: an edit of the settings, of the points or of a weight becomes one
command on the undo stack (`ui/commands.py`), a new or opened session replaces the whole state at once, and the
training commands (play, step, rewind ...) go to the training controller. Views never edit each other or the
window: they ask the workbench and redraw when its signals say what changed. The window, the session manager, the
exports and autosave all depend on it through `Work` (below), never on each other.

Nothing here trains or draws: the run lives in the training process (`training/`), the pictures in the views.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, SignalInstance
from PySide6.QtGui import QUndoStack

from nnplayground.core import datasets
from nnplayground.core.edits import Edit, ReplaceAll
from nnplayground.core.experiment import DataSpec, Experiment, generated_spec
from nnplayground.core.points import PointSet
from nnplayground.core.session import Session, run_without_points, session_from_trainer
from nnplayground.core.snapshot import Snapshot
from nnplayground.core.trainer import Head, head_for, rebuilds
from nnplayground.training.controller import TrainingController
from nnplayground.ui import commands
from nnplayground.ui.common.i18n import error_text, translate, translated

GENERATE_TO_COMPARE = 100_000  # points: up to this many, a set is generated again to tell it from drawn data
CAPTURE_TIMEOUT = 5.0  # seconds the run may take to hand over its state (it answers between ~10 ms slices)
UNDO_LIMIT = 200  # steps; a network edit's step keeps the run it replaced (weights, history), so not unbounded


class Work(Protocol):
    """What the session manager, the exports, autosave and the views need of the current work."""

    edited: SignalInstance  # a user's edit: the work is not what was saved
    snapshot: SignalInstance  # the run's newest Snapshot (or a preview)

    @property
    def experiment(self) -> Experiment: ...

    @property
    def points(self) -> PointSet: ...

    @property
    def latest(self) -> Snapshot | None: ...

    undo_stack: QUndoStack

    def session(self, timeout: float | None = None) -> tuple[Session, str]: ...

    def replace(self, session: Session) -> None: ...


def _generator_key(spec: DataSpec) -> tuple:
    return (spec.name, spec.n, spec.noise, spec.seed, spec.classes)


class Workbench(QObject):
    """The current experiment, points and run, and the one way to change them (see the module's docstring)."""

    experiment_changed = Signal(object)  # the new Experiment
    points_changed = Signal(object)  # the new PointSet
    edited = Signal()  # a user's edit of anything (not training progress): the work is not what was saved
    replaced = Signal()  # a new, opened or recovered session: everything is new, nothing to undo
    snapshot = Signal(object)  # the run's newest Snapshot (or a preview), in this thread
    playing_changed = Signal(bool)
    refused = Signal(str)  # an edit that could not be made, in words the user can act on
    said = Signal(str)  # something worth telling the user (what a command did)

    def __init__(
        self, experiment: Experiment, points: PointSet, speed: float | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._experiment, self._points = experiment, points
        self._generated: tuple[tuple, PointSet | None] = ((), None)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.controller = TrainingController(experiment, points, parent=self)
        self.controller.set_speed(speed)
        self._speed = speed
        c = self.controller
        c.snapshot.connect(self.snapshot)
        c.playing_changed.connect(self.playing_changed)
        c.error.connect(self.refused)
        c.diverged.connect(self.said)

    # ---- reading -----------------------------------------------------------------------------------------------
    @property
    def experiment(self) -> Experiment:
        return self._experiment

    @property
    def points(self) -> PointSet:
        return self._points

    @property
    def latest(self) -> Snapshot | None:
        """The run's newest snapshot (never a preview of an earlier epoch)."""
        return self.controller.latest

    @property
    def head(self) -> Head:
        """The output layer and loss the current experiment and points call for (what the run builds)."""
        return head_for(self._experiment, self._points)

    @property
    def is_playing(self) -> bool:
        return self.controller.is_playing

    @property
    def speed(self) -> float | None:
        return self._speed

    def test_mask(self) -> np.ndarray:
        """(n,) bool: which points are test points under the current train ratio."""
        return self._points.test_mask(self._experiment.data.train_ratio)

    # ---- edits (each one undo step) ----------------------------------------------------------------------------
    def edit_experiment(self, experiment: Experiment) -> None:
        """A new experiment, as one undo step (a network edit's step keeps the run it replaced)."""
        if experiment != self._experiment:
            self.undo_stack.push(commands.ExperimentEdit(self, self._experiment, experiment))

    def try_edit(self, **changes: object) -> bool:
        """`edit_experiment(experiment.replace(**changes))`, or a refusal (`refused`) naming the bad value."""
        try:
            experiment = self._experiment.replace(**changes)
        except (ValueError, TypeError) as exc:
            self.refused.emit(error_text(exc))
            self.experiment_changed.emit(self._experiment)  # every control goes back to the truth
            return False
        self.edit_experiment(experiment)
        return True

    def edit_data(self, **changes: object) -> bool:
        """`try_edit` of the data settings (`data.train_ratio` and the like)."""
        try:
            data = dataclasses.replace(self._experiment.data, **changes)
        except (ValueError, TypeError) as exc:
            self.refused.emit(error_text(exc))
            self.experiment_changed.emit(self._experiment)
            return False
        return self.try_edit(data=data)

    def edit_points(self, edit: Edit, experiment: Experiment | None = None) -> bool:
        """A core edit of the points (and the experiment it leads to, if any) as one undo step; a refused edit
        changes nothing and says why."""
        try:
            after = edit.apply(self._points)
        except (ValueError, TypeError) as exc:
            self.refused.emit(error_text(exc))
            return False
        self.undo_stack.push(commands.PointEdit(self, edit, experiment, after=after))
        return True

    def regenerate(self, problem: str | None = None, **changes: object) -> bool:
        """New generated points from changed data settings: one undo step for the points and the settings."""
        try:
            spec = generated_spec(self._experiment.data, **changes)  # (an imported file's class names go)
            experiment = self._experiment.replace(data=spec, problem=problem or self._experiment.problem)
            points = PointSet.of(spec)
        except (ValueError, TypeError) as exc:
            self.refused.emit(error_text(exc))
            self.experiment_changed.emit(self._experiment)  # the control goes back to the truth
            return False
        self._generated = (_generator_key(spec), points)
        return self.edit_points(
            ReplaceAll(points, text=translate("ui.workbench", "Generate {name}").format(name=_title(spec.name))),
            experiment=experiment,
        )

    def set_parameter(self, layer: int, row: int | None, col: int, value: float, shown: Snapshot | None = None) -> None:
        """Set one weight (row = source neuron, col = target neuron) or bias (row None), as one undo step; undo
        puts back its value in `shown` (the snapshot the user edited it in; the newest by default)."""
        snap = shown or self.latest
        if snap is None:
            return
        old = float(snap.biases[layer][col] if row is None else snap.weights[layer][row, col])
        self.undo_stack.push(commands.ParameterEdit(self, layer, row, col, old, float(value)))

    # ---- replacing everything ----------------------------------------------------------------------------------
    def replace(self, session: Session) -> None:
        """A new, opened or recovered session: its experiment, points and run, with nothing left to undo. The run
        is built once, from the session, and sends one snapshot (reason SESSION) of the loaded epoch; raises
        SessionError, before anything changes, if its weights do not fit its network."""
        self.controller.load_session(session)  # checks first: a refused session leaves everything as it was
        self.undo_stack.clear()
        self._set(session.experiment, session.points)
        self.replaced.emit()

    def session(self, timeout: float | None = None) -> tuple[Session, str]:
        """The run's full state from the training process, or (if it cannot answer, or this is not the GUI thread)
        the experiment and points alone, with a note saying so."""
        try:
            if QThread.currentThread() is not self.thread():
                raise RuntimeError("the training process is only asked from the GUI thread")
            return self.controller.call(session_from_trainer, timeout or 10.0), ""
        except Exception:
            note = translate("ui.workbench", "(The training process did not answer: the weights were not saved.)")
            return Session(self._experiment, self._points), note

    # ---- what the undo commands call ---------------------------------------------------------------------------
    def rebuilds(self, experiment: Experiment, points: PointSet) -> bool:
        """Whether going from the current state to this one starts the run afresh in part: a new network (new
        weights, epoch 0), or a new kind of optimizer (its running averages start again). An undo must then put
        the run back as it was, not only the settings."""
        return (
            rebuilds(self._experiment, self._points, experiment, points)
            or experiment.optimizer != self._experiment.optimizer
        )

    def apply(self, experiment: Experiment, points: PointSet) -> None:
        """Make this the current state (an undo command's redo or undo): the run learns it, the views show it."""
        if experiment == self._experiment and points is self._points:
            return
        # The points first: a new network built for the new experiment then starts (and records its epoch 0) on
        # the new points, not on the old ones.
        if points is not self._points:
            self.controller.set_points(points)
        if experiment != self._experiment:
            self.controller.set_experiment(experiment)
        self._set(experiment, points)
        self.edited.emit()

    def capture_run(self) -> Session | None:
        """The run as it is now, without its points (the workbench has them), for an undo that must put a network
        back as it was; None if the run does not answer."""
        try:
            return self.controller.call(run_without_points, CAPTURE_TIMEOUT)
        except Exception:
            return None

    def restore_run(self, run: Session, experiment: Experiment, points: PointSet) -> None:
        """Put back a captured run (weights, optimizer, history) with its experiment and points; a playing run
        goes on playing (loading a run pauses it, as opening a session does)."""
        playing = self.is_playing
        self.controller.load_session(dataclasses.replace(run, experiment=experiment, points=points))
        if playing:
            self.controller.play()
        self._set(experiment, points)
        self.edited.emit()

    def send_parameter(self, layer: int, row: int | None, col: int, value: float) -> None:
        self.controller.set_parameter(layer, row, col, value)
        self.edited.emit()

    def _set(self, experiment: Experiment, points: PointSet) -> None:
        changed = (experiment != self._experiment, points is not self._points)
        self._experiment, self._points = experiment, points
        if changed[0]:
            self.experiment_changed.emit(experiment)
        if changed[1] or changed[0]:  # (the train ratio decides which points are test points)
            self.points_changed.emit(points)

    # ---- where the points came from ----------------------------------------------------------------------------
    def is_generated(self) -> bool:
        """Whether the points are exactly what the data settings generate (not drawn, erased or imported)."""
        spec, ps = self._experiment.data, self._points
        if ps.n != spec.n:
            return False
        key = _generator_key(spec)
        if self._generated[0] != key:
            if ps.n > GENERATE_TO_COMPARE:
                return True  # too dear to generate again just to compare: the count matches, take it as made
            try:
                self._generated = (key, PointSet.of(spec))
            except ValueError:  # a generator this version does not have (a session from elsewhere)
                return False
        return self._generated[1] is ps or self._generated[1] == ps

    # ---- training (not edits: nothing to undo) -----------------------------------------------------------------
    def play(self) -> None:
        self.controller.play()

    def pause(self) -> None:
        self.controller.pause()

    def step_epoch(self) -> None:
        if self.is_playing:
            self.controller.pause()
        self.controller.step_epoch()

    def step_batch(self) -> None:
        if self.is_playing:
            self.controller.pause()
        self.controller.step_batch()

    def reset(self) -> None:
        self.controller.reset()

    def rewind(self, epoch: int) -> None:
        self.controller.rewind(epoch)

    def preview(self, epoch: int) -> None:
        self.controller.preview(epoch)

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Epochs per second while playing; None = as fast as possible."""
        self._speed = epochs_per_second
        self.controller.set_speed(epochs_per_second)

    def shutdown(self) -> bool:
        self.controller.pause()
        return self.controller.shutdown()


def _title(name: str) -> str:
    try:
        return translated(datasets.title(name))
    except ValueError:  # a name from a session file that no generator has
        return name
