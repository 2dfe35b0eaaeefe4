"""The diagram by keyboard alone: a focus ring on one neuron, link or bias, moved with the arrows.

When the diagram has the focus (Tab reaches it after the layer headers), the arrows move a ring between neurons:
Left/Right between layers, Up/Down within one. Return (or Space) does what a click does: a feature is switched on
or off, a neuron is selected (its formula shows). W walks the focused neuron's incoming links and then its bias
(Up/Down move along them, Left goes to the link's source neuron, W or Escape back to the neuron); Return on a link
or the bias opens the typed-value editor, the click's own path, so the edit is undone as a clicked one is. Tab and
Shift+Tab keep the window's order. The diagram's accessible description says what the ring is on.

A click leaves the keys with the playground (Tab focus only), as the other controls of the window do.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from nnplayground.core import features as feats
from nnplayground.core.experiment import FEATURES
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.theme import LIGHT
from nnplayground.ui.network import layout as nl

K = Qt.Key
RING = 2.0  # px: as the other controls' focus rings
MARK = 5.0  # px: the radius of the ring on a focused link's middle
KEYS = {K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_Return, K.Key_Enter, K.Key_Space, K.Key_W}


@dataclass(frozen=True)
class Spot:
    """Where the ring is: column `col` (0 = the features, c = snapshot layer c - 1), neuron `index`, and `entry`
    None on the neuron itself or the position in its incoming links (rows in W's order, then the bias)."""

    col: int
    index: int
    entry: int | None = None


class FocusRing(QGraphicsItem):
    """A 2 px ring round a neuron or bias square, or along a link, in the theme's focus colour."""

    def __init__(self) -> None:
        super().__init__()
        self.colour = QColor(LIGHT.focus)
        self.rect = QRectF()
        self.path: QPainterPath | None = None
        self.setZValue(5)  # over the links and the neurons
        self.hide()

    def show_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect, self.path = rect.adjusted(-3, -3, 3, 3), None
        self.update()

    def show_path(self, path: QPainterPath) -> None:
        self.prepareGeometryChange()
        self.path, self.rect = path, path.boundingRect().adjusted(-MARK, -MARK, MARK, MARK)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self.rect.adjusted(-RING - 4, -RING - 4, RING + 4, RING + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001 - Qt's signature
        pen = QPen(self.colour, RING)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.path is None:
            painter.setPen(pen)
            painter.drawRect(self.rect)
            return
        painter.setPen(QPen(QColor("white"), RING + 3))  # a light edge: the ring stays visible on a dark link
        painter.drawPath(self.path)
        painter.setPen(pen)
        painter.drawPath(self.path)
        # a ring in the middle too: a focused link reads as focused, not as one more blue (positive) link
        middle = self.path.pointAtPercent(0.5)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(middle, MARK, MARK)


class DiagramKeys(QObject):
    """The keyboard cursor of a `NetworkView` (it reads the view's public state and calls its public API)."""

    def __init__(self, view) -> None:  # noqa: ANN001 (a NetworkView: not imported, it imports us)
        super().__init__(view)
        self.nv = view
        self.diagram: QGraphicsView = view.view
        self.diagram.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.spot: Spot | None = None
        self.ring = FocusRing()
        view.scene.addItem(self.ring)
        self.summary = ""  # the whole diagram's description, if the window keeps one
        self._editing = False  # the editor was opened by a key: the focus comes back here when it closes
        self.diagram.installEventFilter(self)
        view.editor.installEventFilter(self)
        view.laid_out.connect(self.refresh)

    # ---- what there is -------------------------------------------------------------------------------------------
    def _columns(self) -> int:
        return len(self.nv.experiment.hidden) + 2

    def _length(self, col: int) -> int:
        return len(self.nv.column_item(col - 1).column)

    def _rows(self, col: int) -> list[int]:
        """The neurons of column col - 1 that feed column `col`, as W's rows (the features in use, for col 1)."""
        if col == 1:
            return [FEATURES.index(f) for f in self.nv.experiment.features]
        return list(range(self._length(col - 1)))

    def _valid(self, spot: Spot | None) -> Spot | None:
        if spot is None or not (0 <= spot.col < self._columns()) or not (0 <= spot.index < self._length(spot.col)):
            return None
        if spot.entry is not None and (spot.col == 0 or not (0 <= spot.entry <= len(self._rows(spot.col)))):
            return Spot(spot.col, spot.index)
        return spot

    # ---- moving ------------------------------------------------------------------------------------------------
    def _nearest(self, col: int, y: float) -> int:
        return int(np.argmin(np.abs(self.nv.column_item(col - 1).column.ys - y)))

    def _moved(self, spot: Spot, key: int) -> Spot:
        if spot.entry is not None:  # walking the incoming links and the bias
            n = len(self._rows(spot.col)) + 1
            if key in (K.Key_Up, K.Key_Down):
                return Spot(spot.col, spot.index, (spot.entry + (1 if key == K.Key_Down else -1)) % n)
            if key == K.Key_Left and spot.entry < n - 1:  # to the link's source
                return Spot(spot.col - 1, self._rows(spot.col)[spot.entry])
            return Spot(spot.col, spot.index)  # Right: back on the neuron
        if key in (K.Key_Up, K.Key_Down):
            step = 1 if key == K.Key_Down else -1
            return Spot(spot.col, min(max(0, spot.index + step), self._length(spot.col) - 1))
        col = min(max(0, spot.col + (1 if key == K.Key_Right else -1)), self._columns() - 1)
        if col == spot.col:
            return spot
        y = float(self.nv.column_item(spot.col - 1).column.ys[spot.index])
        return Spot(col, self._nearest(col, y))

    def move_to(self, spot: Spot | None) -> None:
        self.spot = self._valid(spot)
        self.refresh()

    def _activate(self, spot: Spot) -> None:
        layer = spot.col - 1
        if spot.col == 0:
            self.nv.toggle_feature(FEATURES[spot.index])
        elif spot.entry is None:
            self.nv.select_neuron(layer, spot.index)
        else:
            snap = self.nv.shown_snapshot
            if snap is None:
                return
            rows = self._rows(spot.col)
            row = None if spot.entry == len(rows) else spot.entry
            value = snap.biases[layer][spot.index] if row is None else snap.weights[layer][row, spot.index]
            centre = self.ring.rect.center()
            at = self.diagram.mapTo(self.nv, self.diagram.mapFromScene(centre))
            self._editing = True
            self.nv.editor.open_at((layer, row, spot.index), float(value), at)

    def set_colour(self, colour: str) -> None:
        """The ring in the theme's focus colour (ui/network/look.py)."""
        self.ring.colour = QColor(colour)
        self.ring.update()

    def set_summary(self, text: str) -> None:
        """What the whole diagram shows (ui/window/describe.py, a few times a second at most): said after what the
        ring is on, whose numbers are renewed with it."""
        self.summary = text
        self._say()

    def _say(self) -> None:
        focused = self.describe() if self.diagram.hasFocus() else ""
        if focused and self.summary:
            text = translate("ui.network.keyboard", "{focused}; {diagram}").format(
                focused=focused, diagram=self.summary
            )
        else:
            text = focused or self.summary
        self.diagram.setAccessibleDescription(text)

    # ---- the ring and the words --------------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        """The ring where the spot is (shown while the diagram has the focus) and the description of it."""
        spot = self.spot = self._valid(self.spot)
        self.ring.setVisible(spot is not None and self.diagram.hasFocus())
        if spot is None:
            self._say()
            return
        item = self.nv.column_item(spot.col - 1)
        rows = self._rows(spot.col) if spot.entry is not None else []
        if spot.entry is None:
            self.ring.show_rect(item.node_rect(spot.index))
        elif spot.entry == len(rows):
            self.ring.show_rect(item.bias_rect(spot.index) if item.shows_bias() else item.node_rect(spot.index))
        else:
            self.ring.show_path(self._link_path(spot, rows[spot.entry]))
        self._say()

    def _link_path(self, spot: Spot, source: int) -> QPainterPath:
        src, dst = self.nv.column_item(spot.col - 2).column, self.nv.column_item(spot.col - 1).column
        xs, ys = nl.link_curves(
            src.xs[[source]] + src.size / 2, src.ys[[source]], dst.xs[[spot.index]] - dst.size / 2,
            dst.ys[[spot.index]], 16,
        )  # fmt: skip
        path = QPainterPath(QPointF(xs[0, 0], ys[0, 0]))
        for x, y in zip(xs[0, 1:], ys[0, 1:], strict=True):
            path.lineTo(float(x), float(y))
        return path

    def _neuron_name(self, col: int, index: int) -> str:
        if col == 0:
            return feats.label(FEATURES[index])
        if col == self._columns() - 1:
            return translate("ui.network.keyboard", "output neuron {neuron}").format(neuron=index + 1)
        return translate("ui.network.keyboard", "neuron {neuron} of layer {layer}").format(neuron=index + 1, layer=col)

    def describe(self) -> str:
        """What the ring is on, for a screen reader: "neuron 3 of layer 2, bias 0.12", "weight from x₁ to ..."."""
        spot, snap = self.spot, self.nv.shown_snapshot
        if spot is None:
            return ""
        name = self._neuron_name(spot.col, spot.index)
        if spot.col == 0:
            on = FEATURES[spot.index] in self.nv.experiment.features
            state = translate("ui.network.keyboard", "on") if on else translate("ui.network.keyboard", "off")
            return translate("ui.network.keyboard", "feature {name}, {state}").format(name=name, state=state)
        layer, rows = spot.col - 1, self._rows(spot.col)
        if spot.entry is None:
            if snap is None:
                return name
            bias = f"{snap.biases[layer][spot.index]:.2f}"
            return translate("ui.network.keyboard", "{neuron}, bias {bias}").format(neuron=name, bias=bias)
        if spot.entry == len(rows):
            value = "" if snap is None else f"{snap.biases[layer][spot.index]:.2f}"
            return translate("ui.network.keyboard", "bias of {neuron}: {value}").format(neuron=name, value=value)
        source = self._neuron_name(spot.col - 1, rows[spot.entry])
        value = "" if snap is None else f"{snap.weights[layer][spot.entry, spot.index]:.2f}"
        return translate("ui.network.keyboard", "weight from {source} to {neuron}: {value}").format(
            source=source, neuron=name, value=value
        )

    # ---- events --------------------------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.nv.editor:
            if event.type() == QEvent.Type.Hide and self._editing:
                self._editing = False
                self.diagram.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the walk was
            return False
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            if kind == QEvent.Type.FocusIn and self.spot is None:
                sel = self.nv.selected()
                self.spot = Spot(sel[0] + 1, sel[1]) if sel else Spot(1, 0)
            self.refresh()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            return self._key(event, kind == QEvent.Type.ShortcutOverride)
        return False

    def _key(self, event: QKeyEvent, override: bool) -> bool:
        """The diagram's keys go to it, not to the window's one-key shortcuts (Right steps, Space plays ...)."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.NoModifier:
            return False
        key, spot = event.key(), self.spot
        walking = spot is not None and spot.entry is not None
        if spot is None or not (key in KEYS or (key == K.Key_Escape and walking)):
            return False
        event.accept()
        if override:
            return True
        if key in (K.Key_Return, K.Key_Enter, K.Key_Space):
            self._activate(spot)
        elif key == K.Key_Escape or (key == K.Key_W and walking):
            self.move_to(Spot(spot.col, spot.index))
        elif key == K.Key_W:
            self.move_to(Spot(spot.col, spot.index, 0) if spot.col > 0 else spot)
        else:
            self.move_to(self._moved(spot, key))
        return True
