"""The main window: data on the left, the network in the middle, the output on the right, a toolbar on top.

The window owns the one current `Experiment` and the one current `PointSet`. Controls edit them by building new
ones (an experiment with `.replace`; points through an undoable core edit, see `undo.PointEditor`) and send them
to the training controller. The window never trains: the controller's worker thread does, and the window only
draws the snapshots that come back. The timeline previews recorded epochs without touching the run; Play or
Step from a previewed epoch first rewinds the run to it.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core import features as feats
from nnplayground.core.experiment import FEATURES, DataSpec, Experiment
from nnplayground.core.numbers import rate_text
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot
from nnplayground.training.controller import TrainingController
from nnplayground.ui.common.throttle import Throttled
from nnplayground.ui.data.canvas import DataCanvas
from nnplayground.ui.data.drawing import ExperimentEditCommand, PointEditor
from nnplayground.ui.data.panel import DataPanel, section_title
from nnplayground.ui.network.view import NetworkView
from nnplayground.ui.output.loss_chart import LossChart
from nnplayground.ui.output.timeline import OutputPanel, Rewinder
from nnplayground.ui.window import actions as shortcuts
from nnplayground.ui.window.focus_keys import FocusKeys
from nnplayground.ui.window.toolbar import ControlsPanel, TransportBar, settings_bar

DEFAULT_SPEED: float | None = 100.0  # epochs per second: fast enough to see learning, slow enough to follow it


GENERATE_TO_COMPARE = 100_000  # points: up to this many, a set is generated again to tell it from drawn data


def _generator_key(spec: DataSpec) -> tuple:
    return (spec.name, spec.n, spec.noise, spec.seed, spec.classes)


FOLLOW_INTERVAL = 0.1  # seconds: how often the loss chart and the network diagram follow a playing run
DEFAULT_SIZE = QSize(1400, 860)
PAUSE_ANSWER_MS = 2000  # a run that has not paused after this long is reported (it answers within ~10 ms)
MIN_DIAGRAM_WIDTH = 360  # the network's columns stay apart and its headers readable
MIN_OUTPUT_WIDTH = 300  # the losses, the chart and a canvas big enough to click in


def initial_size(screen: QSize) -> QSize:
    """The default size, shrunk to fit the screen (a 1024x768 or 1280x720 screen shows the whole window)."""
    return DEFAULT_SIZE.boundedTo(screen)


class MainWindow(QMainWindow):
    changed = Signal()  # every user edit of the points or the experiment (not training progress)

    def __init__(
        self, experiment: Experiment, points: PointSet | None = None, speed: float | None = DEFAULT_SPEED
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("nnplayground")
        if points is None:
            d = experiment.data
            points = PointSet.generate(d.name, d.n, d.noise, d.seed, d.classes)
        self._experiment, self._points = experiment, points
        self._generated: tuple[tuple, PointSet | None] = ((), None)
        self._class, self._tool, self._speed = 0, "add", speed
        self._class_count = max(3, experiment.data.classes)  # what a many-class preset starts with
        self.undo_stack = QUndoStack(self)
        self._pause_check = QTimer(self, singleShot=True, interval=PAUSE_ANSWER_MS)
        self._pause_check.timeout.connect(self._check_paused)
        self.editor = PointEditor(self)
        self._controller = TrainingController(experiment, points, parent=self)
        self._controller.set_speed(speed)
        self._build_ui()
        self.focus_keys = FocusKeys(self)  # a focused control keeps Space and the arrows (before the actions exist)
        self.files = shortcuts.make_files(self)
        self.actions_by_name = shortcuts.build(self)
        self.toolbar = TransportBar(self.actions_by_name, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.settings_bar = settings_bar(self.controls_panel, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.settings_bar)
        self._settings_wrapped = False
        self.epoch_label = self.toolbar.epoch_label
        self.output_panel.bind_toggles(self.actions_by_name)
        self._connect()
        self.controls_panel.set_speed(speed)
        self.sync_widgets()
        self._refresh_points()
        self.set_current_class(0)
        self.set_tool("add")
        self.resize(initial_size(self.screen().availableGeometry().size()))

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
        return self.rewinder.shown

    @property
    def latest_snapshot(self) -> Snapshot | None:
        return self.rewinder.latest

    @property
    def previewing(self) -> int | None:
        """The earlier epoch the timeline shows, or None when the newest is on screen."""
        return self.rewinder.epoch

    @property
    def current_class(self) -> int:
        return self._class

    @property
    def tool(self) -> str:
        return self._tool

    @property
    def draw_value(self) -> float:
        return self.data_panel.current_value

    @property
    def speed(self) -> float | None:
        return self._speed

    # ---- building ------------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.canvas = DataCanvas()
        self.loss_chart = LossChart()
        self.network_view = NetworkView()
        self._chart_later = Throttled(self.loss_chart.set_curve, FOLLOW_INTERVAL, self)
        diagram = self.network_view
        self._diagram_later = Throttled(
            diagram.set_snapshot, FOLLOW_INTERVAL, self, later_cost=lambda: diagram.view.paint_seconds
        )
        self.data_panel = DataPanel()
        self.controls_panel = ControlsPanel()
        left = QScrollArea()
        left.setWidget(self.data_panel)
        left.setWidgetResizable(True)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle = QWidget()
        middle.setObjectName("networkPanel")
        mcol = QVBoxLayout(middle)
        mcol.setContentsMargins(6, 8, 6, 4)
        mcol.addWidget(section_title("Network"))
        mcol.addWidget(self.network_view, 1)
        right = OutputPanel(self.canvas, self.loss_chart)
        self.output_panel, self.timeline = right, right.timeline
        self.rewinder = Rewinder(self._controller, self.timeline, self.loss_chart, self._display, self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("columns")
        split.setChildrenCollapsible(False)
        for w in (left, middle, right):
            split.addWidget(w)
        # The data column is never narrower than what it holds (three preset tiles, nine class swatches, the
        # Regenerate button), nor a restored splitter width: its scroll area alone would let it be dragged to 0.
        left.setMinimumWidth(self.data_panel.minimumSizeHint().width() + left.verticalScrollBar().sizeHint().width())
        middle.setMinimumWidth(MIN_DIAGRAM_WIDTH)
        right.setMinimumWidth(MIN_OUTPUT_WIDTH)
        # Extra width goes to the diagram and the output alike, so the canvas grows on a big screen too.
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        split.setSizes([left.minimumWidth(), 600, 500])
        self.setCentralWidget(split)
        bar = self.statusBar()
        self.hint_label, self.coords_label, self.speed_label = (QLabel() for _ in range(3))
        bar.addWidget(self.hint_label, 1)
        for w in (self.coords_label, self.speed_label):
            bar.addPermanentWidget(w)

    # ---- wiring --------------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        c, ed = self._controller, self.editor
        c.snapshot.connect(self.rewinder.on_snapshot)
        c.playing_changed.connect(self._on_playing)
        c.error.connect(self._on_error)
        c.diverged.connect(self._on_diverged)
        cv = self.canvas
        cv.add_requested.connect(ed.add)
        cv.brush_requested.connect(ed.brush)
        cv.erase_requested.connect(ed.erase)
        cv.hovered.connect(self._on_hover)
        cv.hover_left.connect(self.coords_label.clear)
        cv.viewport().installEventFilter(ed)
        dp = self.data_panel
        dp.preset_chosen.connect(self._on_preset)
        dp.spec_edited.connect(ed.apply_spec)
        dp.regenerate_requested.connect(ed.next_sample)
        dp.ratio_changed.connect(self._on_ratio)
        dp.problem_changed.connect(ed.switch_problem)
        dp.class_chosen.connect(self.set_current_class)
        dp.tool_chosen.connect(self.set_tool)
        dp.value_changed.connect(self._update_hint)
        dp.clear_requested.connect(ed.clear)
        self.controls_panel.edited.connect(self._on_controls_edited)
        self.controls_panel.speed_changed.connect(self.set_speed)
        self.controls_panel.error.connect(self.show_error)
        nv = self.network_view
        nv.experiment_edited.connect(self.set_experiment)
        nv.parameter_edited.connect(self._on_parameter)
        nv.neuron_hovered.connect(self._on_neuron_hovered)
        nv.hover_ended.connect(self._on_hover_ended)
        nv.status.connect(self.show_message)

    # Slots are methods, not lambdas: Qt disconnects a method when its window goes, a lambda would outlive it.
    def _on_hover(self, x: float, y: float) -> None:
        self.coords_label.setText(f"x {x:+.2f}   y {y:+.2f}")

    def _on_hover_ended(self) -> None:
        self.canvas.set_preview(None)

    def _on_diverged(self, message: str) -> None:
        self.show_message(message, 20000)

    def _on_controls_edited(self, changes: dict) -> None:
        self.edit_experiment(**changes)

    # ---- editing the experiment ------------------------------------------------------------------------------------
    def set_experiment(self, exp: Experiment) -> None:
        """A user's edit of the settings: one undo step, after which the new experiment is the truth."""
        if exp != self._experiment:
            self.undo_stack.push(ExperimentEditCommand(self, self._experiment, exp))

    def show_experiment(self, exp: Experiment) -> None:
        """Make `exp` the truth (from the undo stack), send it to the trainer and show it."""
        if exp == self._experiment:
            return
        ratio_changed = exp.data.train_ratio != self._experiment.data.train_ratio
        self._experiment = exp
        self._controller.set_experiment(exp)
        self.sync_widgets()
        if ratio_changed:  # it decides which points are drawn as test points; other settings leave them be
            self._refresh_points()
        self.changed.emit()

    def edit_experiment(self, **changes: object) -> bool:
        """`set_experiment(experiment.replace(**changes))`, refusing a bad value with a message."""
        try:
            exp = self._experiment.replace(**changes)
        except (ValueError, TypeError) as exc:
            self.show_error(str(exc))
            self.sync_widgets()  # the control goes back to the truth
            return False
        self.set_experiment(exp)
        return True

    def set_speed(self, eps: float | None) -> None:
        """Epochs per second while playing; None = as fast as possible."""
        self._speed = eps
        self._controller.set_speed(eps)
        self.controls_panel.set_speed(eps)

    def _on_ratio(self, ratio: float) -> None:
        """A new split of the same points (not a regeneration: every point keeps its split key)."""
        self.edit_experiment(data=dataclasses.replace(self._experiment.data, train_ratio=ratio))

    def _on_preset(self, name: str) -> None:
        generated = self._is_generated()
        if name == self._experiment.data.name and generated:
            self.data_panel.set_experiment(self._experiment)  # keep its button checked
            return
        if self._experiment.data.classes > 2:
            self._class_count = self._experiment.data.classes
        # Over drawn points, a preset makes as many points as the panel shows (the points on the canvas).
        self.editor.choose_preset(name, self._class_count, n=None if generated else self._points.n)

    # ---- the point edits land here (from the undo stack) ------------------------------------------------------------
    def commit_state(self, experiment: Experiment, points: PointSet) -> None:
        """Make `experiment` and `points` the truth (called by the undo commands) and tell the trainer."""
        changed = experiment != self._experiment
        self._experiment, self._points = experiment, points
        if changed:
            self._controller.set_experiment(experiment)
        self._controller.set_points(points)
        if changed:
            self.sync_widgets()
        self._refresh_points()
        self.changed.emit()

    def apply_state(self, experiment: Experiment, points: PointSet) -> None:
        """Replace everything (a new or opened session): no undo history, the trainer rebuilt from the two."""
        self.editor.end_stroke()
        self.undo_stack.clear()
        self._experiment, self._points = experiment, points
        self.rewinder.forget()
        self._controller.set_experiment(experiment)
        self._controller.set_points(points)
        self._class_count = max(3, experiment.data.classes)
        self.sync_widgets()
        self._refresh_points()

    def clear_points(self) -> None:
        self.editor.clear()

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
        """ "add", "brush" or "erase": what a left click or drag on the canvas does."""
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
            self.rewinder.resume()
            self._controller.play()
        else:
            self._controller.pause()
            self._pause_check.start()  # the run answers within a slice of training; if not, say so

    def _check_paused(self) -> None:
        if self._controller.is_playing:
            self.actions_by_name["actionPlay"].setChecked(True)  # the button shows the truth: still playing
            self.show_error(
                "Training has not paused yet: the training process is not answering. Press Pause again, or save "
                "your work and restart the app if it stays busy."
            )

    def step(self) -> None:
        """One epoch (pausing first if playing), from the previewed epoch if the timeline shows one."""
        if self._controller.is_playing:
            self._controller.pause()
        self.rewinder.resume()
        self._controller.step_epoch()

    def step_batch(self) -> None:
        if self._controller.is_playing:
            self._controller.pause()
        self.rewinder.resume()
        self._controller.step_batch()

    def reset(self) -> None:
        self.rewinder.forget()
        self._controller.reset()

    def _on_parameter(self, layer: int, row: object, col: int, value: float) -> None:
        self.rewinder.resume()  # an edited weight belongs to the run from the epoch on screen
        self._controller.set_parameter(layer, row, col, value)  # type: ignore[arg-type]
        self.changed.emit()

    def _on_neuron_hovered(self, layer: int, unit: int) -> None:
        """Show one neuron's own output on the canvas (layer -1: an input feature)."""
        snap = self.rewinder.shown
        if snap is None:
            return
        if layer < 0:  # `unit` counts all of FEATURES (the diagram shows the unused ones too)
            if 0 <= unit < len(FEATURES):
                g = snap.neuron_grids[0].shape[-1] if snap.neuron_grids else 32
                grid = feats.feature_grid([FEATURES[unit]], g)[:, 0].reshape(g, g)
                self.canvas.set_preview(grid, "linear")
        elif layer < len(snap.neuron_grids) and 0 <= unit < len(snap.neuron_grids[layer]):
            self.canvas.set_preview(snap.neuron_grids[layer][unit], snap.activations[layer])

    # ---- snapshots in (routed by the rewinder: the newest, or a previewed epoch) -------------------------------------
    def _display(self, snap: Snapshot) -> None:
        self.canvas.set_snapshot(snap)
        # While training plays, the chart and the diagram (the dearest parts to redraw: the chart's axes move with
        # every epoch, a large network has thousands of links) follow ten times a second; everything else at once.
        self._chart_later.call(snap.curve_epochs, snap.curve_train, snap.curve_test)
        self._diagram_later.call(snap)
        if snap.reason != "play":
            self._chart_later.flush()
            self._diagram_later.flush()
        self.toolbar.show_position(snap.epoch, snap.batch, snap.batches)
        self.output_panel.show_numbers(snap)
        playing = self._controller.is_playing and snap.reason == "play"
        self.speed_label.setText(rate_text(snap.epochs_per_second) if playing else "")
        if snap.message:
            self.show_message(snap.message, 20000)

    def _on_playing(self, playing: bool) -> None:
        self.actions_by_name["actionPlay"].setChecked(playing)
        self.toolbar.show_playing(playing)
        if not playing:
            self.speed_label.setText("")

    def _on_error(self, message: str) -> None:
        self.actions_by_name["actionPlay"].setChecked(self._controller.is_playing)
        self.show_error(message)

    # ---- showing ---------------------------------------------------------------------------------------------------
    def sync_widgets(self) -> None:
        """Every control shows the current experiment (after an edit, an undo, or a refused value)."""
        exp = self._experiment
        self.data_panel.set_experiment(exp)
        self._show_data_origin()
        self.controls_panel.set_experiment(exp)
        self.network_view.set_experiment(exp)

    def _refresh_points(self) -> None:
        ps = self._points
        test = ps.test_mask(self._experiment.data.train_ratio)
        self.canvas.set_points(ps, test)
        self.data_panel.set_counts(ps.n, int(test.sum()))
        self._show_data_origin()
        self._update_hint()

    def _show_data_origin(self) -> None:
        if not self._is_generated():
            self.data_panel.show_drawn(self._points)

    def remember_generated(self, spec: DataSpec, points: PointSet) -> None:
        """`points` is what `spec` generates (so telling drawn data from a preset's needs no second generation)."""
        self._generated = (_generator_key(spec), points)

    def _is_generated(self) -> bool:
        """Whether the points are exactly what the data settings generate (not drawn, erased or imported)."""
        spec, ps = self._experiment.data, self._points
        if ps.n != spec.n:
            return False
        key = _generator_key(spec)
        if self._generated[0] != key:
            if ps.n > GENERATE_TO_COMPARE:
                return True  # too dear to generate again just to compare: the count matches, take it as made
            try:
                self.remember_generated(spec, PointSet.generate(spec.name, spec.n, spec.noise, spec.seed, spec.classes))
            except ValueError:  # a generator this version does not have (a session from elsewhere)
                return False
        return self._generated[1] is ps or self._generated[1] == ps

    def _update_hint(self, *_: object) -> None:
        if self._points.regression:
            what = f"a point of value {self.data_panel.current_value:+.2f}"
        else:
            what = f"a Class {self._class + 1} point"
        verb = {"add": f"Click: add {what}", "brush": f"Drag: paint {what}s", "erase": "Click or drag: erase"}
        keys = "" if self._points.regression else "1-9: class   ·   "
        self.hint_label.setText(
            f"{verb[self._tool]}   ·   Right click: erase the nearest point   ·   {keys}Space: play/pause"
            "   ·   F1: help"
        )

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_error(self, text: str) -> None:
        """Bad input: a clear sentence in the status bar (never a traceback)."""
        self.show_message(text[:1].upper() + text[1:], 10000)

    # ---- layout ----------------------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._wrap_toolbars()

    def _wrap_toolbars(self) -> None:
        """The settings go on a second row when the window is too narrow for one (never behind an arrow)."""
        need = self.toolbar.sizeHint().width() + self.settings_bar.sizeHint().width()
        wrap = need > self.width()
        if wrap != self._settings_wrapped:
            self._settings_wrapped = wrap
            if wrap:
                self.insertToolBarBreak(self.settings_bar)
            else:
                self.removeToolBarBreak(self.settings_bar)

    # ---- closing ---------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.files.confirm_close():
            event.ignore()
            return
        self.editor.end_stroke()
        self._controller.pause()
        self._controller.shutdown()
        event.accept()
