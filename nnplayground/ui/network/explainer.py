"""The step explainer: one training step of the run, taken apart on the diagram, one stage at a time.

Turned on (Train > Explain One Step), it pauses the run and asks the training process for the trace of the step the
run would take next (`core.step_trace.trace_next_step`: the next mini-batch, or the point picked on the canvas).
Then the stages go forward and back (← →): each layer's forward pass with z and h on its neurons and w·x on its
links, the loss, each layer's δ and gradient from the output back, and the update. Apply takes that very step (Step
Batch for a mini-batch, one point's step for a point), the boundary moves, and the next step is explained. Every
number comes from the trace: the explainer draws, it never computes the network.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QAction

from nnplayground.core.experiment import FEATURES
from nnplayground.core.numbers import loss_text, value_text
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.core.step_trace import StepTrace, trace_next_step
from nnplayground.core.trainer import Trainer
from nnplayground.ui.common.i18n import error_text, translate
from nnplayground.ui.network import explain_text as ex
from nnplayground.ui.network.explain_overlay import ExplainOverlay
from nnplayground.ui.network.explain_panel import ExplainPanel
from nnplayground.ui.network.view import NetworkView
from nnplayground.ui.window import actions as window_actions

DIMMED = 0.18  # opacity of the links a stage is not about
LINK_SCALE = 3.0  # the stage's largest link value is drawn as a weight of this size (a thick link)
TRACE_TIMEOUT_S = 10.0  # a trace takes milliseconds; this only guards against a run that stopped answering


class Controller(Protocol):
    def call(self, fn, timeout: float = ...):  # noqa: ANN001, ANN201 - a function of the trainer, its result
        ...

    def step_batch(self) -> None: ...

    def step_point(self, index: int) -> None: ...


class Run(Protocol):
    """What the explainer needs of the work: its run, and to pause it."""

    @property
    def controller(self) -> Controller: ...

    @property
    def is_playing(self) -> bool: ...

    def pause(self) -> None: ...


def trace_of(point: int | None, trainer: Trainer) -> StepTrace:
    """Module-level, so that it crosses to the training process (a lambda would not pickle)."""
    return trace_next_step(trainer, point)


class StepExplainer(QObject):
    active_changed = Signal(bool)
    said = Signal(str)  # for the status bar

    def __init__(self, work: Run, view: NetworkView, panel: ExplainPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work, self.view, self.panel = work, view, panel
        self.active = False
        self.trace: StepTrace | None = None
        self.stage_index = 0
        self.point: int | None = None
        self.neuron = 0  # the neuron of the stage's layer written out in the panel
        self._previous_loss: float | None = None  # the point's loss before an applied step
        self._tooltips: dict[int, object] = {}
        self.overlay = ExplainOverlay()
        view.scene.addItem(self.overlay)
        panel.back.connect(self.back)
        panel.next.connect(self.next)
        panel.apply.connect(self.apply)
        panel.closed.connect(lambda: self.set_active(False))
        panel.signs_changed.connect(self._render)
        view.laid_out.connect(self._render)
        view.neuron_selected.connect(self._on_neuron_selected)

    # ---- the API --------------------------------------------------------------------------------------------------
    def bind(self, actions: Mapping[str, QAction]) -> None:
        """The window's actions: while a step is taken apart, ← → go through its stages and Return applies it, and
        Step (→) waits; no key is ever live for two actions."""
        self._actions = actions
        handlers = {
            "actionExplainStep": self.set_active,
            "actionExplainNext": self.next,
            "actionExplainBack": self.back,
            "actionExplainApply": self.apply,
        }
        window_actions.connect(actions, handlers)
        self.active_changed.connect(self._enable_actions)
        self._enable_actions(False)

    def _enable_actions(self, on: bool) -> None:
        acts = self._actions
        acts["actionExplainStep"].setChecked(on)
        for name in ("actionStep", "actionStepBatch"):
            acts[name].setEnabled(not on)
        for name in ("actionExplainNext", "actionExplainBack", "actionExplainApply"):
            acts[name].setEnabled(on)

    @property
    def stages(self) -> list[ex.Stage]:
        return ex.stages(self.trace) if self.trace is not None else []

    @property
    def stage(self) -> ex.Stage | None:
        return self.stages[self.stage_index] if self.trace is not None else None

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        self.view.text_box.setVisible(not on)  # the panel says more than the formula: the diagram keeps its room
        if on:
            if self.work.is_playing:
                self.work.pause()  # the step explained is the next one: the run must stand still
            self.panel.show()
            self.refresh(restart=True)
        else:
            self.trace = None
            self.panel.hide()
            self._clear_diagram()
        self.active_changed.emit(on)

    def set_point(self, index: int | None) -> None:
        """Explain the step on this data point (None: on the run's next mini-batch)."""
        if index != self.point:
            self.point, self._previous_loss = index, None
            if self.active:
                self.refresh(restart=True)

    def refresh(self, restart: bool = False) -> None:
        """Trace the next step anew (after the run changed); back to the first stage if `restart`."""
        if not self.active:
            return
        try:
            trace = self.work.controller.call(functools.partial(trace_of, self.point), timeout=TRACE_TIMEOUT_S)
        except (ValueError, RuntimeError, TimeoutError) as exc:
            self.trace = None
            self._clear_diagram()
            self.panel.show_problem(
                translate("ui.network.explainer", "There is no step to explain: {reason}.").format(
                    reason=error_text(exc)
                )
            )
            return
        if self.trace is None or trace.sizes != self.trace.sizes:
            restart = True
        self.trace = trace
        if restart:
            self.stage_index = 0
        self.stage_index = min(self.stage_index, len(self.stages) - 1)
        self._render()

    def next(self) -> None:
        if self.trace is not None and self.stage_index < len(self.stages) - 1:
            self.stage_index += 1
            self._render()

    def back(self) -> None:
        if self.trace is not None and self.stage_index > 0:
            self.stage_index -= 1
            self._render()

    def apply(self) -> None:
        """Take the explained step for real; the snapshot it brings explains the next one."""
        tr = self.trace
        if tr is None or tr.is_test:
            return
        self._previous_loss = tr.data_loss if tr.point is not None else None
        if tr.point is None:
            self.work.controller.step_batch()
        else:
            self.work.controller.step_point(tr.point)

    def on_snapshot(self, snap: Snapshot) -> None:
        """The run changed (a step, an edit, a rewind): the step to explain is another one now."""
        if self.active and snap.reason not in (Reason.PLAY, Reason.PREVIEW, Reason.VIEW):
            before = self._previous_loss
            self.refresh(restart=True)
            if before is not None and self.trace is not None:
                said = translate(
                    "ui.network.explainer", "Step applied: the loss on this point went from {before} to {after}."
                )
                self.said.emit(said.format(before=loss_text(before), after=loss_text(self.trace.data_loss)))
            self._previous_loss = None

    # ---- drawing ----------------------------------------------------------------------------------------------------
    def _on_neuron_selected(self, layer: int, index: int) -> None:
        self.neuron = index
        if self.active:
            self._render()

    def _render(self, *_: object) -> None:
        tr, stage = self.trace, self.stage
        if not self.active or tr is None or stage is None:
            return
        if not self.view.matches_sizes(tr.sizes):
            return  # the diagram shows another shape until its snapshot arrives
        signs = self.panel.signs.isChecked()
        self.panel.show_stage(
            ex.title(tr, stage),
            translate("ui.network.explainer", "One training step on {subject}").format(subject=ex.subject(tr)),
            ex.stage_html(tr, stage, self.neuron, signs),
            self.stage_index == 0,
            self.stage_index == len(self.stages) - 1,
            not tr.is_test and stage.move == "update",
        )
        self._draw_links(tr, stage, signs)
        self._draw_numbers(tr, stage, signs)

    def _draw_links(self, tr: StepTrace, stage: ex.Stage, signs: bool) -> None:
        W, _ = tr.weights()
        for l in range(len(tr.sizes) - 1):
            links = self.view.links_item(l)
            values, what, weights = W[l], translate("ui.network.explainer", "weight"), True
            if stage.move == "forward" and stage.layer == l:
                x = tr.inputs[:, 0] if l == 0 else tr.h[l - 1][:, 0]
                values, what, weights = (
                    W[l] * x[:, None],
                    translate("ui.network.explainer", "w·x, this input's share of z"),
                    False,
                )
            elif stage.move == "backward" and stage.layer == l:
                values, what, weights = tr.weights("gradient")[0][l], "∂L/∂w", False
                if signs:
                    values, what = -values, translate("ui.network.explainer", "−∂L/∂w (the article's sign)")
            elif stage.move == "update":
                values, what, weights = (
                    tr.weights("new_params")[0][l] - W[l],
                    translate("ui.network.explainer", "the change of the weight"),
                    False,
                )
            focus = stage.move == "update" or stage.layer == l
            peak = float(np.nanmax(np.abs(values))) if values.size else 0.0
            drawn = values * (LINK_SCALE / peak) if focus and not weights and peak > 0 else values
            links.set_weights(drawn)
            links.setOpacity(1.0 if focus else DIMMED)
            links.tooltip_for = functools.partial(_link_value_tip, values, what)

    def _draw_numbers(self, tr: StepTrace, stage: ex.Stage, signs: bool) -> None:
        labels: list[tuple[QRectF, str]] = []
        L = len(tr.sizes) - 1
        shown = {
            "forward": range(stage.layer + 1) if stage.layer is not None else range(0),
            "loss": range(L),
            "backward": range(stage.layer, L) if stage.layer is not None else range(0),
            "update": range(L),
        }[stage.move]
        if stage.move in ("forward", "loss"):
            inputs = self.view.column_item(-1)
            for i, name in enumerate(tr.features):
                labels.append((inputs.node_rect(FEATURES.index(name)), value_text(tr.inputs[i, 0])))
        for l in range(L):
            column = self.view.column_item(l)
            column.tooltip_for = functools.partial(_neuron_numbers_tip, tr, l, signs)  # for neurons too small
            if l in shown:
                for i in range(tr.sizes[l + 1]):
                    labels.append((column.node_rect(i), self._neuron_text(tr, stage, l, i, signs)))
        ring = None
        if stage.layer is not None or stage.move == "loss":
            layer = L - 1 if stage.layer is None else stage.layer
            ring = self.view.column_item(layer).boundingRect().adjusted(-3, -3, 3, 3)
        self.overlay.show(labels, ring)

    @staticmethod
    def _neuron_text(tr: StepTrace, stage: ex.Stage, layer: int, i: int, signs: bool) -> str:
        if stage.move == "forward" or (stage.move == "loss" and layer < len(tr.sizes) - 2):
            return f"z {value_text(tr.z[layer][i, 0])}\nh {value_text(tr.h[layer][i, 0])}"
        if stage.move == "loss":
            return f"ŷ {value_text(tr.h[layer][i, 0])}\nt {value_text(tr.target[i, 0])}"
        if stage.move == "backward":
            return f"δ {value_text((-1 if signs else 1) * tr.delta[layer][i, 0])}"
        change = tr.weights("new_params")[1][layer][i] - tr.weights()[1][layer][i]
        return f"Δb {value_text(change)}"

    def _clear_diagram(self) -> None:
        self.overlay.clear()
        for l in range(len(self.view.experiment.hidden) + 1):
            self.view.links_item(l).setOpacity(1.0)
        self.view.redraw()  # the links show the weights again, with their own tooltips


def _neuron_numbers_tip(tr: StepTrace, layer: int, signs: bool, index: int) -> str:
    """Every number of the step at one neuron (shown on hover, where the neuron is too small for a label)."""
    name = ex.value_name(tr, layer, index).replace("<sub>", "").replace("</sub>", "")
    d = (-1 if signs else 1) * tr.delta[layer][index, 0]
    return translate("ui.network.explainer", "{name} in this step: z = {z}, h = {h}, δ = {delta}").format(
        name=name, z=value_text(tr.z[layer][index, 0]), h=value_text(tr.h[layer][index, 0]), delta=value_text(d)
    )


def _link_value_tip(values: np.ndarray, what: str, row: int, col: int) -> str:
    return f"{what}: {value_text(float(values[row, col]))}"
