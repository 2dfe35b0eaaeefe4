"""The main window: data on the left, the network in the middle, the output on the right, a toolbar on top.

The window owns the one current `Experiment` and the one current `PointSet`; every control edits them by
building new ones (an experiment with `.replace`, points through an undoable core edit) and sends them to the
training controller. It never trains: the controller's worker thread does, and the window only draws the
snapshots that come back. The timeline previews recorded epochs without touching the run; Play or Step from a
previewed epoch first rewinds the run to it.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QUndoStack

from ..core import datasets
from ..core import points as pts
from ..core.experiment import Experiment
from ..core.points import PointSet
from ..core.snapshot import Snapshot
from ..training.controller import TrainingController
from . import layout, shortcuts
from .undo import PointEditCommand

ERASE_CLICK_RADIUS = 0.6  # a right click erases the nearest point within this distance (data units)
ERASE_STROKE_RADIUS = 0.35  # an eraser drag clears a disc this wide along its path
DEFAULT_SPEED: float | None = 100.0
QUIET_REASONS = ("play", "pause", "view")  # snapshots that must not end a preview of an earlier epoch


class MainWindow(QMainWindow):
    changed = Signal()  # every user edit of the points or the experiment (not training progress)

    def __init__(self, experiment: Experiment, points: PointSet | None = None,
                 speed: float | None = DEFAULT_SPEED) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("nnplayground")
        if points is None:
            d = experiment.data
            points = PointSet.generate(d.name, d.n, d.noise, d.seed, d.classes)
        self._experiment, self._points = experiment, points
        self.rng = np.random.default_rng(experiment.seed)  # split keys and brush jitter of drawn points
        self._class, self._tool, self._speed = 0, "add", speed
        self._class_count = max(3, experiment.data.classes)  # what a many-class preset starts with
        self._latest: Snapshot | None = None  # the newest snapshot of the run (never a preview)
        self._shown: Snapshot | None = None  # what is on screen
        self._preview: int | None = None  # the earlier epoch the timeline shows, if any
        self._stroke_active = False  # a mouse button is down on the canvas
        self._stroke_edits = 0  # edits made by the current stroke (the first erase is a click's)
        self._macro_open = False
        self.undo_stack = QUndoStack(self)
        self._controller = TrainingController(experiment, points, parent=self)
        layout.build(self)  # widgets: canvas, loss_chart, network_view, panels, labels, timeline, toolbar
        self.files = shortcuts.make_files(self)
        self.actions_by_name = shortcuts.build(self)
        layout.fill_toolbar(self)
        self._connect()
        if speed != TrainingController.__init__.__defaults__:  # noqa: PLR1714 (keep the controller's own default)
            self._controller.set_speed(speed)
        self.controls_panel.set_speed(speed)
        self._sync_widgets()
        self._refresh_points()
        self.set_current_class(0)
        self.set_tool("add")
        self.resize(1400, 860)

    # ---- what the session manager and tests read -----------------------------------------------------------------
    @property
    def experiment(self) -> Experiment:
        return self._experiment

    @property
    def points(self) -> PointSet:
        return self._points

    @property
    def controller(self) -> TrainingController:
        return self._controller

    @property
    def shown_snapshot(self) -> Snapshot | None:
        """The snapshot on screen (a preview of an earlier epoch while the timeline shows one)."""
        return self._shown

    @property
    def previewing(self) -> int | None:
        return self._preview

    @property
    def current_class(self) -> int:
        return self._class

    @property
    def tool(self) -> str:
        return self._tool

    def action(self, name: str):  # noqa: ANN201 - a QAction
        return self.actions_by_name[name]

    # ---- wiring --------------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        c = self._controller
        c.snapshot.connect(self._on_snapshot)
        c.playing_changed.connect(self._on_playing)
        c.error.connect(self._on_error)
        c.diverged.connect(lambda msg: self.show_message(msg, 20000))
        cv = self.canvas
        cv.add_requested.connect(self._on_add)
        cv.brush_requested.connect(self._on_brush)
        cv.erase_requested.connect(self._on_erase)
        cv.hovered.connect(lambda x, y: self.coords_label.setText(f"x {x:+.2f}   y {y:+.2f}"))
        cv.hover_left.connect(lambda: self.coords_label.setText(""))
        cv.viewport().installEventFilter(self)
        dp = self.data_panel
        dp.preset_chosen.connect(self._on_preset)
        dp.spec_edited.connect(self._on_spec_edited)
        dp.regenerate_requested.connect(lambda: self._regenerate(seed=self._experiment.data.seed + 1))
        dp.ratio_changed.connect(lambda r: self._edit_data(train_ratio=r))
        dp.problem_changed.connect(self._on_problem)
        dp.class_chosen.connect(self.set_current_class)
        dp.tool_chosen.connect(self.set_tool)
        dp.value_changed.connect(lambda _v: self._update_hint())
        dp.clear_requested.connect(self.clear_points)
        self.controls_panel.edited.connect(lambda changes: self.edit_experiment(**changes))
        self.controls_panel.speed_changed.connect(self.set_speed)
        self.controls_panel.error.connect(self.show_error)
        self.shape_bar.shape_edited.connect(lambda hidden: self.set_experiment(self._experiment.with_hidden(hidden)))
        nv = self.network_view
        nv.experiment_edited.connect(self.set_experiment)
        nv.parameter_edited.connect(self._on_parameter)
        nv.neuron_hovered.connect(self._on_neuron_hovered)
        nv.hover_ended.connect(lambda: self.canvas.set_preview(None))
        self.timeline.epoch_selected.connect(self._on_timeline_epoch)
        self.timeline.latest_requested.connect(self._on_timeline_latest)
        self.loss_chart.hovered_epoch.connect(self._on_chart_hover)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_title())
        self.changed.connect(self.files.mark_dirty)

    # ---- editing the experiment ------------------------------------------------------------------------------------
    def set_experiment(self, exp: Experiment) -> None:
        """A user's edit of the settings: the new experiment becomes the truth and goes to the trainer."""
        if exp == self._experiment:
            return
        self._experiment = exp
        self._controller.set_experiment(exp)
        self._sync_widgets()
        self._refresh_points()  # the train ratio decides which points are drawn as test points
        self.changed.emit()

    def edit_experiment(self, **changes: object) -> bool:
        """`set_experiment(experiment.replace(**changes))`, refusing a bad value with a message."""
        try:
            exp = self._experiment.replace(**changes)
        except (ValueError, TypeError) as exc:
            self.show_error(str(exc))
            self._sync_widgets()  # the control goes back to the truth
            return False
        self.set_experiment(exp)
        return True

    def set_speed(self, eps: float | None) -> None:
        self._speed = eps
        self._controller.set_speed(eps)
        self.controls_panel.set_speed(eps)

    @property
    def speed(self) -> float | None:
        return self._speed

    def _edit_data(self, **changes: object) -> None:
        try:
            spec = dataclasses.replace(self._experiment.data, **changes)
        except TypeError as exc:
            self.show_error(str(exc))
            return
        self.edit_experiment(data=spec)

    # ---- editing the points (all undoable) -------------------------------------------------------------------------
    def push_edit(self, edit: pts.Edit | None, experiment: Experiment | None = None) -> bool:
        """Apply a core edit through the undo stack; a refused edit changes nothing and says why."""
        if edit is None:
            return False
        try:
            after = edit.apply(self._points)
        except (ValueError, TypeError) as exc:
            self.show_error(str(exc))
            return False
        if self._stroke_active and not self._macro_open and self._tool in ("brush", "erase"):
            self.undo_stack.beginMacro(edit.text)  # one undo step per stroke, however many edits it made
            self._macro_open = True
        self.undo_stack.push(PointEditCommand(self, edit, experiment, after=after))
        return True

    def commit_state(self, experiment: Experiment, points: PointSet) -> None:
        """Make `experiment` and `points` the truth (called by the undo commands) and tell the trainer."""
        if experiment != self._experiment:
            self._experiment = experiment
            self._controller.set_experiment(experiment)
            self._sync_widgets()
        self._points = points
        self._controller.set_points(points)
        self._refresh_points()
        self.changed.emit()

    def apply_state(self, experiment: Experiment, points: PointSet) -> None:
        """Replace everything (a new or opened session): no undo history, the trainer rebuilt from the two."""
        self._end_macro()
        self.undo_stack.clear()
        self._experiment, self._points = experiment, points
        self._preview = None
        self._controller.set_experiment(experiment)
        self._controller.set_points(points)
        self._class_count = max(3, experiment.data.classes)
        self._sync_widgets()
        self._refresh_points()

    def clear_points(self) -> None:
        if self._points.n:
            self.push_edit(pts.clear(self._points))

    def _regenerate(self, problem: str | None = None, **changes: object) -> None:
        """New generated points from changed data settings: one undo step for the points and the settings."""
        try:
            spec = dataclasses.replace(self._experiment.data, **changes)
            exp = self._experiment.replace(data=spec, problem=problem or self._experiment.problem)
            ps = PointSet.generate(spec.name, spec.n, spec.noise, spec.seed, spec.classes)
        except (ValueError, TypeError) as exc:
            self.show_error(str(exc))
            self._sync_widgets()
            return
        edit = pts.ReplaceAll(ps, text=f"Generate {_title(spec.name)}")
        self.push_edit(edit, experiment=exp)

    def _on_preset(self, name: str) -> None:
        if name == self._experiment.data.name:
            self.data_panel.set_experiment(self._experiment)  # keep the button checked
            return
        many = datasets.has_classes(name)
        if datasets.has_classes(self._experiment.data.name):
            self._class_count = self._experiment.data.classes
        # A two-class generator must not leave a larger class count behind: the output layer follows it.
        self._regenerate(name=name, classes=self._class_count if many else 2)

    def _on_spec_edited(self, changes: dict) -> None:
        self._regenerate(**changes)

    def _on_problem(self, problem: str) -> None:
        if problem == self._experiment.problem:
            return
        regression = problem == "regression"
        name = next(n for n in datasets.names() if datasets.is_regression(n) == regression)
        self._regenerate(problem=problem, name=name, n=datasets.default_n(name), classes=2)

    def _stroke_index(self) -> int:
        self._stroke_edits += 1
        return self._stroke_edits

    def _on_add(self, x: float, y: float) -> None:
        try:
            edit = pts.add_point(self._points, x, y, self._target(), self.rng)
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.push_edit(edit)

    def _on_brush(self, x: float, y: float) -> None:
        try:
            edit = pts.brush(self._points, x, y, self._target(), self.rng)
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.push_edit(edit)

    def _on_erase(self, x: float, y: float) -> None:
        first = self._stroke_index() == 1 or not self._stroke_active
        if first:  # a click erases one point: the nearest
            edit = pts.remove_nearest(self._points, x, y, ERASE_CLICK_RADIUS)
            if edit is None:
                self.show_message("No point near enough to erase here.", 2500)
        else:  # a drag sweeps a path clean
            edit = pts.remove_in_circle(self._points, x, y, ERASE_STROKE_RADIUS)
        self.push_edit(edit)

    def _target(self) -> float:
        return self.data_panel.current_value if self._points.regression else float(self._class)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 - strokes on the canvas
        if obj is self.canvas.viewport():
            if ev.type() == QEvent.Type.MouseButtonPress:
                self._end_macro()
                self._stroke_active, self._stroke_edits = True, 0
            elif ev.type() == QEvent.Type.MouseButtonRelease:
                self._stroke_active = False
                self._end_macro()
        return super().eventFilter(obj, ev)

    def _end_macro(self) -> None:
        if self._macro_open:
            self._macro_open = False
            self.undo_stack.endMacro()

    # ---- classes and tools ---------------------------------------------------------------------------------------
    def set_current_class(self, k: int) -> None:
        """The class a click adds (0-based; shown to users as "Class k+1")."""
        self._class = int(k)
        self.data_panel.set_class(self._class)
        act = self.actions_by_name.get(f"actionClass{self._class + 1}")
        if act is not None and not act.isChecked():
            act.setChecked(True)
        self._update_hint()

    def set_tool(self, name: str) -> None:
        self._tool = name
        self.canvas.set_tool(name)
        self.data_panel.set_tool(name)
        act = self.actions_by_name.get(f"actionTool_{name}")
        if act is not None and not act.isChecked():
            act.setChecked(True)
        self._update_hint()

    # ---- training commands ---------------------------------------------------------------------------------------
    def set_playing(self, on: bool) -> None:
        if on:
            self._resume_from_preview()
            self._controller.play()
        else:
            self._controller.pause()

    def step(self) -> None:
        if self._controller.is_playing:
            self._controller.pause()
        self._resume_from_preview()
        self._controller.step_epoch()

    def step_batch(self) -> None:
        if self._controller.is_playing:
            self._controller.pause()
        self._resume_from_preview()
        self._controller.step_batch()

    def reset(self) -> None:
        self._preview = None
        self._controller.reset()

    def _resume_from_preview(self) -> None:
        """Training goes on from the epoch the timeline shows: the run is cut back to it first."""
        if self._preview is not None:
            self._controller.rewind(self._preview)
            self._preview = None

    def _on_timeline_epoch(self, epoch: int) -> None:
        if self._controller.is_playing:
            self._controller.pause()
        self._preview = epoch
        self._controller.preview(epoch)

    def _on_timeline_latest(self) -> None:
        self._preview = None
        self.loss_chart.set_marker(None)
        if self._latest is not None:
            self._display(self._latest)

    def _on_parameter(self, layer: int, row: object, col: int, value: float) -> None:
        self._resume_from_preview()
        self._controller.set_parameter(layer, row, col, value)  # type: ignore[arg-type]
        self.changed.emit()

    def _on_neuron_hovered(self, layer: int, unit: int) -> None:
        snap = self._shown
        if snap is None or not 0 <= layer - 1 < len(snap.neuron_grids):
            return  # layer 0 is the input: its features have no grid in the snapshot
        grids = snap.neuron_grids[layer - 1]
        if 0 <= unit < len(grids):
            self.canvas.set_preview(grids[unit], snap.activations[layer - 1])

    # ---- snapshots in ----------------------------------------------------------------------------------------------
    def _on_snapshot(self, snap: Snapshot) -> None:
        if snap.reason == "preview":
            if self._preview is not None:  # else the user went back to the newest meanwhile
                self._display(snap)
                self.loss_chart.set_marker(snap.epoch)
            return
        self._latest = snap
        if self._preview is not None and snap.reason in QUIET_REASONS:
            self.timeline.set_epochs(snap.history_epochs, follow=False)
            return
        self._preview = None
        self.loss_chart.set_marker(None)
        self.timeline.set_epochs(snap.history_epochs, follow=True)
        self._display(snap)

    def _display(self, snap: Snapshot) -> None:
        self._shown = snap
        self.canvas.set_snapshot(snap)
        self.loss_chart.set_curve(snap.curve_epochs, snap.curve_train, snap.curve_test)
        self.network_view.set_snapshot(snap)
        self.epoch_label.setText(f"{snap.epoch:07,}")
        self.train_loss_label.setText(_loss_text(snap.train_loss))
        self.test_loss_label.setText(_loss_text(snap.test_loss))
        self.train_acc_label.setText(_accuracy_text(snap.train_accuracy))
        self.test_acc_label.setText(_accuracy_text(snap.test_accuracy))
        playing = self._controller.is_playing and snap.reason == "play"
        self.speed_label.setText(f"{snap.epochs_per_second:,.0f} epochs/s" if playing else "")
        if snap.message:
            self.show_message(snap.message, 20000)

    def _on_playing(self, playing: bool) -> None:
        act = self.actions_by_name["actionPlay"]
        act.setChecked(playing)
        layout.show_play_state(self, playing)
        if not playing:
            self.speed_label.setText("")

    def _on_error(self, message: str) -> None:
        self.actions_by_name["actionPlay"].setChecked(self._controller.is_playing)
        self.show_error(message)

    def _on_chart_hover(self, epoch: int) -> None:
        snap = self._latest
        if snap is None or not len(snap.curve_epochs):
            return
        i = int(np.clip(np.searchsorted(snap.curve_epochs, epoch), 0, len(snap.curve_epochs) - 1))
        self.show_message(f"epoch {int(snap.curve_epochs[i]):,}: training loss {_loss_text(snap.curve_train[i])}, "
                          f"test loss {_loss_text(snap.curve_test[i])}", 4000)

    # ---- showing ---------------------------------------------------------------------------------------------------
    def _sync_widgets(self) -> None:
        exp = self._experiment
        self.data_panel.set_experiment(exp)
        self.controls_panel.set_experiment(exp)
        self.shape_bar.set_hidden(exp.hidden)
        self.network_view.set_experiment(exp)

    def _refresh_points(self) -> None:
        ps = self._points
        self.canvas.set_points(ps, ps.test_mask(self._experiment.data.train_ratio))
        self.count_label.setText(f"{ps.n:,} points")
        self._update_hint()

    def _update_hint(self) -> None:
        if self._points.regression:
            what = f"a point of value {self.data_panel.current_value:+.2f}"
        else:
            what = f"a Class {self._class + 1} point"
        verb = {"add": f"Click: add {what}", "brush": f"Drag: paint {what}s", "erase": "Click or drag: erase"}
        self.hint_label.setText(f"{verb[self._tool]}   ·   Right click: erase the nearest point   ·   "
                                f"1-9: class   ·   Space: play/pause   ·   F1: help")

    def _update_title(self) -> None:
        self.setWindowTitle("nnplayground" + ("" if self.undo_stack.isClean() else " *"))

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_error(self, text: str) -> None:
        """Bad input: a clear sentence in the status bar (never a traceback)."""
        self.show_message(text[:1].upper() + text[1:], 10000)

    def show_help(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, "nnplayground help", shortcuts.HELP_HTML,
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, "About nnplayground",
                          f"<b>nnplayground {__version__}</b><p>A desktop playground for neural networks: draw data, "
                          "design a network, watch it learn. In the spirit of TensorFlow Playground.</p>")

    # ---- closing ---------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.files.confirm_close():
            event.ignore()
            return
        self._end_macro()
        self._controller.pause()
        self._controller.shutdown()
        event.accept()


def _title(name: str) -> str:
    try:
        return datasets.title(name)
    except ValueError:
        return name


def _loss_text(v: float) -> str:
    return f"{v:.4f}" if v is not None and math.isfinite(v) else "—"


def _accuracy_text(v: float | None) -> str:
    return "" if v is None or not math.isfinite(v) else f"accuracy {100 * v:.1f}%"
