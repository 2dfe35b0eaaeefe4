"""The network designer: TensorFlow Playground's diagram of features, hidden layers and output, done natively.

`NetworkView` shows every neuron as a live thumbnail of its output, every weight as a link coloured by sign and
sized by magnitude, and lets the user reshape the network (+/- neurons and layers, per-layer activations,
features on/off) and type new weights or biases. It never trains and never touches the trainer: shape changes go
out as a new `Experiment` (`experiment_edited`), typed values as `parameter_edited`, and what it draws comes in as
snapshots (`set_snapshot`), so the diagram also follows rewinds for free.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGraphicsScene, QLabel, QToolTip, QVBoxLayout, QWidget

from nnplayground.core import features as feats
from nnplayground.core import shape_edits
from nnplayground.core.experiment import FEATURES, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.core.trainer import Head, head_for
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.network import images, typed_value
from nnplayground.ui.network import layout as nl
from nnplayground.ui.network.formula import formula_html
from nnplayground.ui.network.header import DiagramView, HeaderStrip, LayerHeader, LayersBar, TitleHeader
from nnplayground.ui.network.items import ColumnItem
from nnplayground.ui.network.keyboard import DiagramKeys
from nnplayground.ui.network.links import LinksItem
from nnplayground.ui.network.text_box import fixed_text_box
from nnplayground.ui.network.tips import link_tip, neuron_tip, output_detail, shape_text
from nnplayground.ui.network.value_editor import ValueEditor

TEXT_LINES = 5  # under the diagram: a formula of four lines, a status line
HINT = QT_TRANSLATE_NOOP(
    "ui.network.view", "Click a neuron to see its formula · click a link or a neuron's corner square to type a value"
)


def _structure(exp: Experiment) -> tuple:
    """What the diagram draws of an experiment; other settings (learning rate ...) leave it as it is."""
    return exp.features, exp.hidden, exp.activations, exp.problem


class NetworkView(QWidget):
    experiment_edited = Signal(object)  # a new Experiment, after a shape/feature/activation edit
    parameter_edited = Signal(int, object, int, float)  # (layer, row or None for the bias, col, value)
    neuron_hovered = Signal(int, int)  # (layer as in snapshot.neuron_grids, index); layer -1 = input feature
    hover_ended = Signal()
    neuron_selected = Signal(int, int)
    status = Signal(str)  # something worth telling the user (also shown under the diagram)
    layer_chosen = Signal(int)  # a hidden layer's header was clicked (the Layer Space view shows that layer)
    laid_out = Signal()  # columns and links were made anew (a new shape, a resize): overlays place themselves again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self._experiment: Experiment | None = None
        self._snapshot: Snapshot | None = None  # the last one that matched the shape
        self._shown_params: np.ndarray | None = None
        self._head = head_for(Experiment(), PointSet.empty())  # the output layer shown, as the trainer builds it
        self._columns: list[ColumnItem] = []
        self._links: list[LinksItem] = []
        self._headers: list[LayerHeader] = []
        self._selected: tuple[int, int] | None = None
        self._hover: tuple[int, int] | None = None
        self._layout: nl.Layout | None = None
        self.line_scale = 1.0  # the zoom's: links drawn this many times thicker (see ui/network/look.py)

        self.setAutoFillBackground(True)  # white like the diagram: one surface, as in TF Playground
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(palette)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.layers_bar = LayersBar(self)
        self.add_layer, self.remove_layer = self.layers_bar.add, self.layers_bar.remove
        box.addWidget(self.layers_bar)
        self.strip = HeaderStrip(self)
        # The strip and the diagram are resized one after the other: whichever comes second places the headers
        # (after a maximise, the headers were placed for the diagram's new width but the strip's old one).
        self.strip.resized.connect(self._place_headers)
        box.addWidget(self.strip)
        self.scene = QGraphicsScene(self)
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # few items, all updated often
        self.view = DiagramView(self.scene, self._relayout)
        box.addWidget(self.view, 1)
        self.formula = QLabel(translate("ui.network.view", HINT))
        self.formula.setObjectName("neuronFormula")
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setContentsMargins(8, 4, 8, 0)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        click = translate("ui.network.view", "Click a number to type a new value.")
        self.formula.setToolTip(tooltip(f"{translated(TIPS['neurons'])}\n\n{click}"))
        self.status_label = QLabel()
        self.status_label.setObjectName("networkStatus")
        self.status_label.setContentsMargins(8, 0, 8, 4)
        self.status_label.setStyleSheet("color: #5f6368;")
        self.status_label.setWordWrap(True)
        self.text_box = fixed_text_box(TEXT_LINES, self.formula, self.status_label)
        box.addWidget(self.text_box)
        self.feature_header = TitleHeader(
            translate("ui.network.view", "FEATURES"), translated(TIPS["features"]), "featuresHeader", self.strip
        )
        self.feature_header.set_detail(translate("ui.network.view", "click to toggle"))
        self.output_header = TitleHeader(
            translate("ui.network.view", "OUTPUT"), translated(TIPS["output"]), "outputHeader", self.strip
        )
        self.editor = ValueEditor(self)
        self.editor.submitted.connect(self._on_editor)
        self.add_layer.clicked.connect(lambda: self._change_layers(+1))
        self.remove_layer.clicked.connect(lambda: self._change_layers(-1))
        self.formula.linkActivated.connect(self._on_formula_link)
        self.set_experiment(Experiment())
        self.keys = DiagramKeys(self)  # the diagram by keyboard alone: a focus ring moved by the arrows

    # ---- the API -----------------------------------------------------------------------------------------------
    @property
    def experiment(self) -> Experiment:
        return self._experiment

    def set_experiment(self, exp: Experiment, head: Head | None = None) -> None:
        """Show this experiment's shape: all nine features (the used ones lit), its hidden layers, and the output
        layer `head` (`trainer.head_for(experiment, points)`: the points decide how many classes; without them,
        what the experiment alone calls for)."""
        head = head or head_for(exp, PointSet.empty(exp.problem == "regression"))
        old, old_head = self._experiment, self._head
        self._experiment, self._head = exp, head
        if old is not None and _structure(old) == _structure(exp) and head == old_head:
            self._update_formula()  # only settings changed (the formula quotes the learning rate)
            return
        if self._snapshot is not None and not self._matches(self._snapshot):
            self._snapshot = None  # drawn for another shape: wait for the controller's next snapshot
        self._rebuild()

    def set_snapshot(self, snap: Snapshot) -> None:
        """Draw a snapshot's neurons, links and biases (ignored if it belongs to another shape, e.g. stale)."""
        if snap is self._snapshot:
            return
        if self._experiment is None or not self._matches(snap):
            return
        self._snapshot = snap
        self._show(snap)

    def edit_parameter(self, layer: int, row: int | None, col: int, value: float) -> bool:
        """Send a typed weight (row = source neuron, col = target neuron) or bias (row None) to the trainer.

        The same path the in-diagram editor takes. Returns False (and says why) for a value or index that does not
        fit the current network."""
        v = typed_value.checked(value, self._sizes(), layer, row, col)
        if isinstance(v, str):
            return self._refuse(v)
        self.parameter_edited.emit(int(layer), None if row is None else int(row), int(col), v)
        self._say(typed_value.set_text(row, v))
        return True

    # ---- handy for tests and for the window ------------------------------------------------------------------
    def column_item(self, layer: int) -> ColumnItem:
        """The column of snapshot layer `layer` (-1 = the input features)."""
        return self._columns[layer + 1]

    def links_item(self, layer: int) -> LinksItem:
        """The links into snapshot layer `layer` (weights[layer])."""
        return self._links[layer]

    def layer_header(self, layer: int) -> LayerHeader:
        return self._headers[layer]

    @property
    def shown_snapshot(self) -> Snapshot | None:
        return self._snapshot

    def selected(self) -> tuple[int, int] | None:
        return self._selected

    def matches_sizes(self, sizes: tuple[int, ...]) -> bool:
        return tuple(sizes) == tuple(self._sizes())

    def redraw(self) -> None:
        """Everything anew from the experiment and the last snapshot (after an overlay drew other values)."""
        self._rebuild()

    def select_neuron(self, layer: int, index: int) -> None:
        """Select a hidden or output neuron: its formula appears under the diagram with live numbers."""
        if not (0 <= layer < len(self._columns) - 1) or not (0 <= index < len(self._columns[layer + 1].column)):
            return
        if self._selected is not None:
            self._columns[self._selected[0] + 1].set_selected(None)
        self._selected = (layer, index)
        self._columns[layer + 1].set_selected(index)
        self._update_formula()
        self.neuron_selected.emit(layer, index)

    def toggle_feature(self, name: str) -> None:
        """Switch an input feature on or off (the last one stays: the network needs an input)."""
        new = shape_edits.toggle_feature(self._experiment, name)
        if isinstance(new, str):
            self._refuse(translated(new))
            QToolTip.showText(self.mapToGlobal(QPoint(40, 80)), translated(new), self)
            return
        self._edit(new)

    # ---- building ------------------------------------------------------------------------------------------------
    def _sizes(self) -> list[int]:
        exp = self._experiment
        return [len(exp.features), *exp.hidden, self._head.width]

    def _matches(self, snap: Snapshot) -> bool:
        exp, head = self._experiment, self._head
        return (
            tuple(snap.features) == tuple(exp.features)
            and tuple(snap.sizes[1:]) == (*exp.hidden, head.width)
            and tuple(snap.activations) == (*exp.activations, head.output)
            and snap.num_classes == head.num_classes
        )

    def _relayout(self) -> None:
        if self._experiment is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        """Lay out columns and links for the current shape and viewport; items are re-used where they can be."""
        self._on_hover_left()  # the items move: what was under the mouse is not hovered any more
        exp = self._experiment
        counts = [len(FEATURES), *exp.hidden, self._head.width]
        vp = self.view.viewport()
        layout = nl.compute(counts, vp.width(), vp.height())
        self.scene.setSceneRect(0, 0, layout.width, layout.height)
        while len(self._columns) < len(counts):
            item = ColumnItem(len(self._columns) - 1, layout.columns[len(self._columns)])
            item.hovered.connect(self._on_hover)
            item.left.connect(self._on_hover_left)
            item.clicked.connect(self._on_neuron_clicked)
            self.scene.addItem(item)
            self._columns.append(item)
        while len(self._columns) > len(counts):
            self._drop(self._columns.pop())
        for i, item in enumerate(self._columns):
            if i == 0:
                on = np.array([f in exp.features for f in FEATURES])
                item.set_geometry(-1, layout.columns[0], on, [feats.label(f) for f in FEATURES])
                item.set_static_pictures(images.feature_pictures())
            else:
                item.set_geometry(i - 1, layout.columns[i], np.ones(counts[i], bool), [])
            item.set_selected(None)
            item.tooltip_for = lambda index, layer=i - 1: self._neuron_tip(layer, index)
        for links in self._links:
            self._drop(links)
        self._links = []
        rows = [FEATURES.index(f) for f in exp.features]
        for l in range(len(counts) - 1):
            src, dst = layout.columns[l], layout.columns[l + 1]
            density = float(np.clip(min(src.pitch, dst.pitch) / (nl.MAX_NODE / 0.72), 0.35, 1.0)) * self.line_scale
            links = LinksItem(l, src, rows if l == 0 else list(range(counts[l])), dst, density)
            links.tooltip_for = lambda r, c, layer=l: self._link_tip(layer, r, c)
            links.clicked.connect(self._on_link_clicked)
            self.scene.addItem(links)
            self._links.append(links)
        sel = self._selected
        if sel is not None and not (sel[0] < len(counts) - 1 and sel[1] < counts[sel[0] + 1]):
            self._selected = None
        if self._selected is not None:
            self._columns[self._selected[0] + 1].set_selected(self._selected[1])
        self._layout = layout
        self._update_headers(layout)
        self._shown_params = None
        if self._snapshot is not None:
            self._show(self._snapshot)
        else:
            self._update_formula()
        self.laid_out.emit()

    def _place_headers(self) -> None:
        if self._layout is not None:
            self._update_headers(self._layout)

    def _drop(self, item) -> None:  # noqa: ANN001
        self.scene.removeItem(item)
        item.deleteLater()  # never delete now: the item may be inside its own event handler

    def _update_headers(self, layout: nl.Layout) -> None:
        exp = self._experiment
        n = len(exp.hidden)
        self.layers_bar.set_count(n)
        while len(self._headers) < n:
            h = LayerHeader(len(self._headers), self.strip)
            h.neurons_changed.connect(self._change_neurons)
            h.activation_changed.connect(self._change_activation)
            h.chosen.connect(self.layer_chosen)
            self._headers.append(h)
        while len(self._headers) > n:
            gone = self._headers.pop()
            gone.hide()  # now: deleteLater may wait for the event loop
            gone.deleteLater()
        for l, h in enumerate(self._headers):
            h.set_state(exp.hidden[l], exp.activations[l])
        self.output_header.set_detail(output_detail(self._head.width, self._head.output, self._head.loss))
        spans = nl.header_spans(
            layout,
            offset=self.view.x() - self.strip.x(),  # scene x -> strip x (the diagram is never zoomed)
            right=self.strip.width() or int(layout.width),
            layers=len(self._headers),
            titles=(self.feature_header.title.sizeHint().width(), self.output_header.title.sizeHint().width()),
        )
        self.strip.place(list(zip([self.feature_header, *self._headers, self.output_header], spans, strict=True)))

    def _show(self, snap: Snapshot) -> None:
        """Feed a matching snapshot to the items; nothing is redone when its parameters did not change."""
        if self._shown_params is None or not np.array_equal(self._shown_params, snap.params):
            last = len(snap.neuron_grids) - 1
            for l, grids in enumerate(snap.neuron_grids):
                per_class = l == last and snap.num_classes > 2 and grids.shape[0] > 1
                self._columns[l + 1].set_grids(grids, snap.activations[l], per_class, snap.biases[l])
            for l, links in enumerate(self._links):
                links.set_weights(snap.weights[l])
            self._shown_params = snap.params
        stepping = snap.reason == Reason.STEP  # (while playing, a different mask every frame would only flicker)
        for l in range(len(snap.neuron_grids) - 1):  # the hidden layers: the neurons the step dropped, greyed
            self._columns[l + 1].set_dropped(snap.dropped[l] if stepping and l < len(snap.dropped) else None)
        self._update_formula()

    # ---- tooltips and the formula ------------------------------------------------------------------------------
    def _neuron_tip(self, layer: int, index: int) -> str:
        exp = self._experiment
        on = FEATURES[index] in exp.features if layer < 0 else True
        return neuron_tip(exp, self._snapshot, self._head.width, self._head.loss, layer, index, on)

    def _link_tip(self, layer: int, row: int, col: int) -> str:
        return link_tip(self._experiment, self._snapshot, self._head.width, layer, row, col)

    def _update_formula(self) -> None:
        snap, sel = self._snapshot, self._selected
        if sel is None:
            self.formula.setText(translate("ui.network.view", HINT))
        elif snap is None:
            waiting = translate("ui.network.view", "The formula appears with the next snapshot of the network.")
            self.formula.setText(waiting)
        else:
            self.formula.setText(formula_html(snap, sel[0], sel[1], self._experiment.lr))

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status.emit(text)

    def _refuse(self, text: str) -> bool:
        self._say(text)
        return False

    # ---- user edits --------------------------------------------------------------------------------------------
    def _edit(self, new: Experiment) -> None:
        old = self._experiment
        if new == old:
            return
        self.set_experiment(new, self._head)  # the diagram edits no setting that changes the output layer
        said = translate("ui.network.view", "Network rebuilt as {shape} from seed {seed}: new weights, epoch 0.")
        self._say(said.format(shape=shape_text(new, self._head.width), seed=new.seed))
        self.experiment_edited.emit(new)

    def _change_layers(self, delta: int) -> None:
        self._edit(shape_edits.change_layers(self._experiment, delta))

    def _change_neurons(self, layer: int, delta: int) -> None:
        self._edit(shape_edits.change_neurons(self._experiment, layer, delta))

    def _change_activation(self, layer: int, name: str) -> None:
        self._edit(shape_edits.change_activation(self._experiment, layer, name))

    # ---- the mouse -----------------------------------------------------------------------------------------------
    def _on_hover(self, layer: int, index: int) -> None:
        if self._hover != (layer, index):
            self._hover = (layer, index)
            self.neuron_hovered.emit(layer, index)

    def _on_hover_left(self) -> None:
        if self._hover is not None:
            self._hover = None
            self.hover_ended.emit()

    def leaveEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().leaveEvent(event)
        self._on_hover_left()

    def _on_neuron_clicked(self, layer: int, index: int, part: str, pos: QPointF) -> None:
        if layer < 0:
            # Toggling rebuilds the diagram; do it after this click has left the item's event handler.
            QTimer.singleShot(0, lambda: self.toggle_feature(FEATURES[index]))
        elif part == "bias":
            self._open_editor(layer, None, index, pos)
        else:
            self.select_neuron(layer, index)

    def _on_link_clicked(self, layer: int, row: int, col: int, pos: QPointF) -> None:
        self._open_editor(layer, row, col, pos)

    def _on_formula_link(self, href: str) -> None:
        if self._selected is None:
            return
        layer, index = self._selected
        row = None if href == "b" else int(href.split(":")[1])
        at = self.formula.mapTo(self, self.formula.mapFromGlobal(self.cursor().pos()))
        self._open_editor(layer, row, index, None, at)

    def _open_editor(self, layer: int, row: int | None, col: int, scene_pos: QPointF | None, at=None) -> None:  # noqa: ANN001
        snap = self._snapshot
        if snap is None:
            return
        value = snap.biases[layer][col] if row is None else snap.weights[layer][row, col]
        if at is None:
            at = self.view.mapTo(self, self.view.mapFromScene(scene_pos))
        self.editor.open_at((layer, row, col), float(value), at)

    def _on_editor(self, target: tuple, value: float) -> None:
        self.edit_parameter(*target, value)
