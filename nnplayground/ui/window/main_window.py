"""The main window: data on the left, the network in the middle, the output on the right, the toolbar on top.

The window lays the views out and wires them to the one owner of the work, the `Workbench`: a view's request (a
click on the canvas, a new learning rate, "+ layer") becomes a workbench edit, and the workbench's signals (a new
experiment, new points, a snapshot of the run) redraw the views. The window itself owns only what is about the
window: the drawing tool and class, what the status bar says, its layout. It never trains (the training process
does) and never edits anything but through the workbench.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow

from nnplayground.core import schedules
from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.training.controller import TrainingController
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.throttle import Throttled
from nnplayground.ui.data.canvas import DataCanvas
from nnplayground.ui.data.drawing import PointEditor
from nnplayground.ui.data.import_csv import ClassNames, import_csv
from nnplayground.ui.data.panel import DataPanel
from nnplayground.ui.insight.views import InsightViews
from nnplayground.ui.network.explain_panel import ExplainPanel
from nnplayground.ui.network.explainer import StepExplainer
from nnplayground.ui.network.view import NetworkView
from nnplayground.ui.output.loss_chart import LossChart, rate_curve
from nnplayground.ui.output.panel import OutputPanel
from nnplayground.ui.output.rewinder import Rewinder
from nnplayground.ui.session.manager import SessionManager
from nnplayground.ui.session.tfp_link import open_tfp_link
from nnplayground.ui.window import actions, docks, drawer, help, menus
from nnplayground.ui.window.describe import Describer
from nnplayground.ui.window.feature_menu import features_menu
from nnplayground.ui.window.focus_keys import FocusKeys
from nnplayground.ui.window.hover import neuron_preview
from nnplayground.ui.window.layout import columns, initial_size
from nnplayground.ui.window.presentation import Presentation
from nnplayground.ui.window.settings_bar import ControlsPanel, settings_bar
from nnplayground.ui.window.status import MESSAGE_MS, NEWS_MS, StatusLine
from nnplayground.ui.window.tab_order import keep_accessible
from nnplayground.ui.window.toolbar import ToolbarRows, TransportBar
from nnplayground.ui.workbench import Workbench

DEFAULT_SPEED: float | None = 100.0  # epochs per second: fast enough to see learning, slow enough to follow it
FOLLOW_INTERVAL = 0.1  # seconds: how often the loss chart and the network diagram follow a playing run
PAUSE_ANSWER_MS = 2000  # a run that has not paused after this long is reported (it answers within ~10 ms)
NOT_PAUSED = QT_TRANSLATE_NOOP(
    "ui.window.main_window",
    "Training has not paused yet: the training process is not answering. Press Pause again, or save your work and "
    "restart the app if it stays busy.",
)


class MainWindow(QMainWindow):
    def __init__(
        self, experiment: Experiment, points: PointSet | None = None, speed: float | None = DEFAULT_SPEED
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("nnplayground")
        if points is None:
            points = PointSet.of(experiment.data)
        self.work = Workbench(experiment, points, speed, parent=self)
        self._class, self._tool = 0, "add"
        self._pause_check = QTimer(self, singleShot=True, interval=PAUSE_ANSWER_MS)
        self._pause_check.timeout.connect(self._check_paused)
        self._build_views()
        self.editor = PointEditor(self.work, self, self.show_message, parent=self)
        self.focus_keys = FocusKeys(self)  # a focused control keeps Space and the arrows (before the actions exist)
        self.files = SessionManager(self.work, self, self.canvas, self.loss_chart)
        self.actions_by_name = actions.make_actions(self, actions.specs())
        self.actions_by_name.update(actions.undo_actions(self, self.undo_stack))
        self.presentation = Presentation(self, self)  # zoom, full screen, presentation, theme
        actions.connect(self.actions_by_name, {**self._handlers(), **self.presentation.handlers()})
        for key, (read, write) in self.presentation.remembered().items():
            self.files.app_settings.remember(key, read, write)
        self.explainer.bind(self.actions_by_name)
        self.class_names = ClassNames(self.work.experiment_changed, self.actions_by_name, self, experiment)
        self.insight = InsightViews(self.work, self, self.actions_by_name)  # View > Loss Landscape and the like
        submenus = {
            "menuRecent": self.files.recent_menu(),
            "menuExport": self.files.export_menu(),
            "menuPreferences": self.files.preferences_menu(),
            "menuClass": menus.class_menu(self.menuBar(), self.actions_by_name),
            "menuTheme": menus.theme_menu(self.menuBar(), self.actions_by_name),
            "menuFeatures": features_menu(self, lambda: self.experiment.features, self.network_view.toggle_feature),
        }
        menus.fill(self.menuBar(), self.actions_by_name, submenus)
        self.toolbar = TransportBar(self.actions_by_name, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.settings_bar = settings_bar(self.controls_panel, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.settings_bar)
        self.toolbar_rows = ToolbarRows(self, self.toolbar, self.settings_bar)  # two rows when one is too narrow
        self.epoch_label = self.toolbar.epoch_label
        self.output_panel.bind_toggles(self.actions_by_name)
        self._connect()
        self.controls_panel.set_speed(speed)
        self._show_experiment(self.work.experiment)
        self._show_points(self.work.points)
        self.set_current_class(0)
        self.set_tool("add")
        made_controls = (self.network_view.laid_out, self.data_panel.problem_changed)  # new headers, other presets
        keep_accessible(self, [self.toolbar, self.settings_bar], *made_controls)
        self.data_column = drawer.install(self, self.actions_by_name["actionDataDrawer"], *made_controls)
        self.runs, self.lessons = docks.install(self)  # the session's runs (list, strip, sweep), the lessons
        self.resize(initial_size(self.screen().availableGeometry().size()))

    # ---- what tests and the session manager read ---------------------------------------------------------------
    @property
    def experiment(self) -> Experiment:
        return self.work.experiment

    @property
    def points(self) -> PointSet:
        return self.work.points

    @property
    def undo_stack(self) -> QUndoStack:
        return self.work.undo_stack

    @property
    def controller(self) -> TrainingController:
        return self.work.controller

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
        return self.work.speed

    # ---- building ------------------------------------------------------------------------------------------------
    def _build_views(self) -> None:
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
        self.output_panel = OutputPanel(self.canvas, self.loss_chart)
        self.timeline = self.output_panel.timeline
        self.rewinder = Rewinder(self.work, self.timeline, self.loss_chart, self._display, self)
        self.explain_panel = ExplainPanel()
        self.explainer = StepExplainer(self.work, self.network_view, self.explain_panel, parent=self)
        self.describer = Describer(self, self.canvas, self.loss_chart, self.network_view)
        split = columns(self.data_panel, self.network_view, self.output_panel, self.explain_panel)
        self.setCentralWidget(split)
        self.status = StatusLine(self.statusBar())
        self.hint_label = self.status.hint_label

    def _handlers(self) -> dict:
        f, ed = self.files, self.editor
        handlers = {
            "actionNew": f.new,
            "actionOpen": f.open,
            "actionSave": f.save,
            "actionSaveAs": f.save_as,
            "actionExportImage": f.export_image,
            "actionImportCsv": self.import_csv,
            "actionOpenTfpLink": lambda: open_tfp_link(self),  # type: ignore[arg-type]
            "actionExportCsv": lambda: f.exports.points_csv(),
            "actionQuit": self.close,
            "actionClear": ed.clear,
            "actionDiscretize": self.canvas.set_discretize,
            "actionShowTest": self.canvas.set_show_test,
            "actionLogLoss": self.loss_chart.set_log,
            "actionPlay": self.set_playing,
            "actionStep": self.step,
            "actionStepBatch": self.step_batch,
            "actionReset": self.reset,
            "actionNextPoint": lambda: self.canvas.pick_next(1),
            "actionPreviousPoint": lambda: self.canvas.pick_next(-1),
            "actionHelp": lambda: help.show_help(self, self.actions_by_name),
            "actionAbout": lambda: help.show_about(self),
        }
        for name in ("add", "brush", "erase", "inspect"):
            handlers[f"actionTool_{name}"] = lambda on, n=name: on and self.set_tool(n)
        for k in range(9):
            handlers[f"actionClass{k + 1}"] = lambda on, k=k: on and self.set_current_class(k)
        return handlers

    # ---- wiring --------------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        work, ed = self.work, self.editor
        work.snapshot.connect(self.rewinder.on_snapshot)
        work.snapshot.connect(self.explainer.on_snapshot)  # after the diagram has it: the explainer draws over it
        self.explainer.said.connect(self.show_message)
        self.canvas.picked_changed.connect(self.explainer.set_point)  # Alt+click: explain that point's step
        work.playing_changed.connect(self._on_playing)
        work.refused.connect(self._on_refused)
        work.said.connect(self._on_said)
        work.experiment_changed.connect(self._show_experiment)
        work.points_changed.connect(self._show_points)
        work.replaced.connect(self._on_replaced)
        cv = self.canvas
        cv.add_requested.connect(ed.add)
        cv.brush_requested.connect(ed.brush)
        cv.erase_requested.connect(ed.erase)
        cv.hovered.connect(self._on_hover)
        cv.hover_left.connect(self.status.coords)
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
        nv.experiment_edited.connect(work.edit_experiment)
        nv.parameter_edited.connect(self._on_parameter)
        nv.neuron_hovered.connect(self._on_neuron_hovered)
        nv.hover_ended.connect(self._on_hover_ended)
        nv.status.connect(self.show_message)
        nv.layer_chosen.connect(self.insight.show_layer)

    # Slots are methods, not lambdas: Qt disconnects a method when its window goes, a lambda would outlive it.
    def _on_hover(self, x: float, y: float) -> None:
        self.status.coords(x, y)

    def _on_hover_ended(self) -> None:
        self.canvas.set_preview(None)

    def _on_said(self, message: str) -> None:
        self.status.say(message, NEWS_MS)

    def _on_refused(self, message: str) -> None:
        self.actions_by_name["actionPlay"].setChecked(self.work.is_playing)
        self.show_error(message)

    def _on_controls_edited(self, changes: dict) -> None:
        self.work.try_edit(**changes)

    def _on_ratio(self, ratio: float) -> None:
        """A new split of the same points (not a regeneration: every point keeps its split key)."""
        self.work.edit_data(train_ratio=ratio)

    def _on_preset(self, name: str) -> None:
        if not self.editor.choose_preset(name):
            self._show_experiment(self.work.experiment)  # the same preset: its button stays checked

    def _on_parameter(self, layer: int, row: object, col: int, value: float) -> None:
        shown = self.rewinder.shown  # the epoch on screen: the weight the user saw there is what undo puts back
        self.rewinder.resume()  # an edited weight belongs to the run from the epoch on screen
        self.work.set_parameter(layer, row, col, value, shown)  # type: ignore[arg-type]

    def _on_neuron_hovered(self, layer: int, unit: int) -> None:
        """Show one neuron's own output on the canvas (layer -1: an input feature)."""
        preview = neuron_preview(self.rewinder.shown, layer, unit)
        if preview is not None:
            self.canvas.set_preview(*preview)

    def import_csv(self, path: str | None = None) -> bool:
        """File > Import CSV (asking for a file when `path` is None): one undoable edit, or a message."""
        return import_csv(self.work, self, self.show_message, path)

    def _on_replaced(self) -> None:
        """A new or opened session: no stroke goes on, nothing earlier to preview."""
        self.editor.forget()
        self.rewinder.forget()

    # ---- classes, tools, speed -----------------------------------------------------------------------------------
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

    def set_speed(self, eps: float | None) -> None:
        """Epochs per second while playing; None = as fast as possible."""
        self.work.set_speed(eps)
        self.controls_panel.set_speed(eps)

    # ---- training commands ---------------------------------------------------------------------------------------
    def set_playing(self, on: bool) -> None:
        if on:
            self.explainer.set_active(False)
            self.rewinder.resume()
            self.work.play()
        else:
            self.work.pause()
            self._pause_check.start()  # the run answers within a slice of training; if not, say so

    def _check_paused(self) -> None:
        if self.work.is_playing:
            self.actions_by_name["actionPlay"].setChecked(True)  # the button shows the truth: still playing
            self.show_error(translate("ui.window.main_window", NOT_PAUSED))

    def step(self) -> None:
        """One epoch (pausing first if playing), from the previewed epoch if the timeline shows one."""
        self.rewinder.resume()
        self.work.step_epoch()

    def step_batch(self) -> None:
        self.rewinder.resume()
        self.work.step_batch()

    def reset(self) -> None:
        self.rewinder.forget()
        self.work.reset()

    # ---- the work, shown -----------------------------------------------------------------------------------------
    def _show_experiment(self, exp: Experiment) -> None:
        """Every control shows the current experiment (after an edit, an undo, or a refused value)."""
        self._show_data_origin()
        self.controls_panel.set_experiment(exp)
        self.loss_chart.set_schedule(rate_curve(exp))  # (pieces: the schedule's faint curve)
        self.network_view.set_experiment(exp, self.work.head)

    def _show_points(self, ps: PointSet) -> None:
        test = self.work.test_mask()
        self.canvas.set_points(ps, test, self.work.experiment.data.class_names)  # (a file's names in the legend)
        self.data_panel.set_counts(ps.n, int(test.sum()))
        self._show_data_origin()
        self.network_view.set_experiment(self.work.experiment, self.work.head)  # a new class: a new output
        self._update_hint()

    def _show_data_origin(self) -> None:
        """The data panel shows the data settings, or drawn points as drawn (an undo may go either way)."""
        self.data_panel.set_experiment(self.work.experiment)
        if not self.work.is_generated():
            self.data_panel.show_drawn(self.work.points)

    def _display(self, snap: Snapshot) -> None:
        """A snapshot on screen (the rewinder's choice: the newest, or a previewed epoch)."""
        self.canvas.set_snapshot(snap)
        # While training plays, the chart and the diagram (the dearest parts to redraw: the chart's axes move with
        # every epoch, a large network has thousands of links) follow ten times a second; everything else at once.
        self._chart_later.call(snap.curve_epochs, snap.curve_train, snap.curve_test)
        self._diagram_later.call(snap)
        if snap.reason != Reason.PLAY:
            self._chart_later.flush()
            self._diagram_later.flush()
        # Where in the epoch a step has got to; while playing, frames leave mid-epoch and that would only flicker.
        self.describer.show(snap)  # for a screen reader, at most twice a second while playing
        self.toolbar.show_position(snap.epoch, 0 if snap.reason == Reason.PLAY else snap.batch, snap.batches)
        self.output_panel.show_numbers(snap)
        self.output_panel.show_rate(schedules.rate_at(self.work.experiment, snap.epoch))  # (pieces)
        playing = self.work.is_playing and snap.reason == Reason.PLAY
        self.status.speed(snap.epochs_per_second if playing else None)
        if snap.message:
            self.status.say(translated(snap.message), NEWS_MS)

    def _on_playing(self, playing: bool) -> None:
        self.actions_by_name["actionPlay"].setChecked(playing)
        self.toolbar.show_playing(playing)
        if not playing:
            self.status.speed(None)

    def _update_hint(self, *_: object) -> None:
        self.status.hint(self._tool, self.work.points.regression, self._class, self.data_panel.current_value)

    def show_message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        self.status.say(text, timeout_ms)

    def show_error(self, text: str) -> None:
        """Bad input: a clear sentence in the status bar (never a traceback)."""
        self.status.refuse(text)

    # ---- layout and closing --------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.files.confirm_close():
            event.ignore()
            return
        self.editor.end_stroke()
        self.work.shutdown()
        event.accept()
