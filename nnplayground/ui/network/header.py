"""The network diagram's chrome: the controls above each column (+/- neurons, "8 neurons", the activation),
the + / - hidden layers bar, and the never-zoomed view the diagram is drawn in.

They are real widgets (keyboard, focus, tooltips and tests work as everywhere else) placed in a strip above the
diagram at the x of their column; the diagram is never zoomed, so scene x and strip x are the same pixels.
"""

from __future__ import annotations

import time
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core import colors
from nnplayground.core.experiment import ACTIVATIONS, MAX_HIDDEN_LAYERS, MAX_NEURONS
from nnplayground.ui.common.explain import ACTIVATION_NAMES, TIPS, activation_tip
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.plot_look import html_size
from nnplayground.ui.common.tooltip import tooltip

# What a layer's chooser shows when the full name does not fit: eight layers of 64 leave ~40-50 px per column.
SHORT = {
    "linear": "lin",
    "sigmoid": "sigm",
    "tanh": "tanh",
    "relu": "ReLU",
    "leaky_relu": "leaky",  # as wide as "GELU" (LReLU is ~5 px wider): choosers of 44 px keep their arrow
    "elu": "ELU",
    "silu": "SiLU",
    "gelu": "GELU",
    "sin": "sin",
    "softplus": "soft+",
}


def small_button(text: str, tip: str, name: str, parent: QWidget | None = None) -> QToolButton:
    b = QToolButton(parent)
    b.setText(text)
    b.setToolTip(tooltip(tip))
    b.setObjectName(name)
    b.setAutoRaise(False)
    b.setFixedSize(20, 20)
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return b


class ComboLook(NamedTuple):
    """What a `CompactCombo` draws: the text, in which rect, its small arrow's rect (None: no small arrow) and
    whether the style draws the frame and arrow as usual (`native`)."""

    text: str
    rect: QRect
    arrow: QRect | None
    native: bool


class CompactCombo(QComboBox):
    """A combo box that stays readable when narrow, where the style would clip "ReLU" to "ReL".

    The chrome depends on the width alone, so side by side choosers of one width look alike: the style's own
    while every short name fits its text field, else a small arrow while every short name fits beside it, else no
    arrow. The text is the full name where it fits, else the short name ("sigm" for "Sigmoid"), elided if even
    that does not fit (no width the window allows). The drop-down list keeps the full names.
    """

    PAD = 3  # text and arrow keep this far from the sides: inside the frame's 1 px border and rounded corners
    ARROW = 5  # the small arrow's box; the style's own takes ~20 px, half of the narrowest chooser
    GAP = 1  # between the text and the small arrow

    def __init__(self, short: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._short = short  # item data -> short name

    def short_text(self, index: int) -> str:
        return self._short.get(str(self.itemData(index)), self.itemText(index))

    def look(self) -> ComboLook:
        """How the current item is drawn at the current width."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        fm = self.fontMetrics()
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        field = field.adjusted(1, 0, -1, 0)  # where the style's CE_ComboBoxLabel puts the text
        widest = max((fm.horizontalAdvance(self.short_text(i)) for i in range(self.count())), default=0)
        inner = self.rect().adjusted(self.PAD, 0, -self.PAD, 0)
        beside = inner.adjusted(0, 0, -(self.ARROW + self.GAP), 0)
        arrow = None
        if widest <= field.width():
            rect, native = field, True
        elif widest <= beside.width():
            rect, native = beside, False
            tall = (self.ARROW + 1) // 2
            arrow = QRect(inner.right() - self.ARROW + 1, (self.height() - tall) // 2, self.ARROW, tall)
        else:
            rect, native = inner, False
        full = self.currentText()
        if fm.horizontalAdvance(full) <= rect.width():
            return ComboLook(full, rect, arrow, native)
        short = self.short_text(self.currentIndex())
        if fm.horizontalAdvance(short) > rect.width():  # (elidedText alone also cuts a text that just fits)
            short = fm.elidedText(short, Qt.TextElideMode.ElideRight, rect.width())
        return ComboLook(short, rect, arrow, native)

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        look = self.look()
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))  # as QComboBox's own paintEvent
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        if look.native:
            opt.currentText = look.text
            painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
            painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
            return
        opt.subControls &= ~QStyle.SubControl.SC_ComboBoxArrow  # the frame only: no room for the style's arrow
        opt.currentText = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        if look.arrow is not None:
            # A small solid triangle: the style's chevron, scaled down this far, reads as a dash.
            r = QRectF(look.arrow)
            colour = QColor(self.palette().color(QPalette.ColorRole.Text))
            colour.setAlpha(170)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF([r.topLeft(), r.topRight(), QPointF(r.center().x(), r.bottom())]))
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(look.rect, Qt.AlignmentFlag.AlignCenter, look.text)


class LayerHeader(QWidget):
    """+/- neurons, the neuron count and the activation chooser of one hidden layer."""

    neurons_changed = Signal(int, int)  # (layer, +1 | -1)
    activation_changed = Signal(int, str)  # (layer, activation name)
    chosen = Signal(int)  # a click on the header itself (not its buttons): show the space this layer makes

    def __init__(self, layer: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self._width = 0  # the layer's neuron count shown
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addStretch(1)
        self.add = small_button("+", "", f"addNeuronButton_{layer}", self)
        self.remove = small_button("−", "", f"removeNeuronButton_{layer}", self)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        box.addLayout(row)
        self.count = QLabel(self)
        self.count.setObjectName(f"neuronCountLabel_{layer}")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        see = translate("ui.network.header", "Click to see the space this layer makes (View › Layer Space).")
        self.count.setToolTip(tooltip(f"{translated(TIPS['neurons'])}\n\n{see}"))
        box.addWidget(self.count)
        self.combo = CompactCombo(SHORT, self)
        self.combo.setObjectName(f"activationCombo_{layer}")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(4)
        for i, name in enumerate(ACTIVATIONS):
            self.combo.addItem(translated(ACTIVATION_NAMES[name]), name)
            self.combo.setItemData(i, tooltip(translated(TIPS[f"activation:{name}"])), Qt.ItemDataRole.ToolTipRole)
        box.addWidget(self.combo)
        self.add.clicked.connect(lambda: self.neurons_changed.emit(self.layer, +1))
        self.remove.clicked.connect(lambda: self.neurons_changed.emit(self.layer, -1))
        self.combo.activated.connect(self._on_activated)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name): the buttons take their own clicks
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.layer)
        super().mousePressEvent(event)

    def set_state(self, width: int, activation: str) -> None:
        """Show a layer's width and activation without emitting anything."""
        self._width = width
        self._fit_count()
        self.add.setEnabled(width < MAX_NEURONS)
        self.remove.setEnabled(width > 1)
        neurons, n = translated(TIPS["neurons"]), self.layer + 1
        add = translate("ui.network.header", "Add a neuron to hidden layer {layer} (at most {most}).")
        self.add.setToolTip(tooltip(f"{add.format(layer=n, most=MAX_NEURONS)}\n\n{neurons}"))
        remove = translate("ui.network.header", "Remove a neuron from hidden layer {layer} (at least 1).")
        self.remove.setToolTip(tooltip(f"{remove.format(layer=n)}\n\n{neurons}"))
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(activation)))
        self.combo.blockSignals(False)
        which = translate("ui.network.header", "Activation of hidden layer {layer}.").format(layer=n)
        self.combo.setToolTip(tooltip(f"{which}\n\n{translated(activation_tip(activation))}"))

    def _fit_count(self) -> None:
        """ "8 neurons" where it fits, else just "64": eight layers side by side leave little room."""
        if self._width == 1:  # (two texts, not Qt's "%n neuron(s)": the English stays "1 neuron", "8 neurons")
            full = translate("ui.network.header", "{n} neuron").format(n=self._width)
        else:
            full = translate("ui.network.header", "{n} neurons").format(n=self._width)
        fits = self.count.fontMetrics().horizontalAdvance(full) + 4 <= self.width()
        self.count.setText(full if fits else str(self._width))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_count()

    def _on_activated(self, index: int) -> None:
        self.activation_changed.emit(self.layer, str(self.combo.itemData(index)))


class TitleHeader(QWidget):
    """A column title and a second line: "FEATURES / click to toggle", "OUTPUT / sigmoid · log-loss"."""

    def __init__(self, title: str, tip: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setObjectName(name)
        self.detail = QLabel(self)
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        for label in (self.title, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setToolTip(tooltip(tip))
        self.detail.setStyleSheet("color: #5f6368; font-size: 11px;")
        box.addWidget(self.title)
        box.addWidget(self.detail)
        box.addStretch(1)

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)


class HeaderStrip(QWidget):
    """Holds the column headers and places each centred on its column's x."""

    HEIGHT = 78
    resized = Signal()  # the headers must be placed again: they were placed for another width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(self.HEIGHT)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        self.resized.emit()

    def place(self, items: list[tuple[QWidget, tuple[float, float]]]) -> None:
        """Each widget between its left and right x."""
        for w, (left, right) in items:
            w.setGeometry(int(round(left)), 2, int(right - left), self.HEIGHT - 4)
            w.show()


class LayersBar(QWidget):
    """The row above the diagram: + / - hidden layers, "2 HIDDEN LAYERS", and a legend of the link colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 2)
        row.setSpacing(3)
        tip = translated(TIPS["hidden_layers"])
        add = translate("ui.network.header", "Add a hidden layer (at most {most}).").format(most=MAX_HIDDEN_LAYERS)
        self.add = small_button("+", f"{add}\n\n{tip}", "addLayerButton")
        remove = translate("ui.network.header", "Remove the last hidden layer.")
        self.remove = small_button("−", f"{remove}\n\n{tip}", "removeLayerButton")
        self.label = QLabel(self)
        self.label.setObjectName("hiddenLayersLabel")
        self.label.setToolTip(tooltip(tip))
        self.legend = QLabel(self)
        self.legend.setObjectName("weightsLegend")
        self.legend.setToolTip(tooltip(translated(TIPS["weight"])))
        self.legend.setStyleSheet("color: #5f6368;")
        self.legend.setMinimumWidth(1)  # it shortens itself to the room left (see _fit_legend), never overlaps
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addSpacing(6)
        row.addWidget(self.label)
        row.addWidget(self.legend, 1)
        self._fit_legend()

    def set_count(self, n: int) -> None:
        if n == 1:
            text = translate("ui.network.header", "<b>{n}</b>&nbsp;HIDDEN LAYER")
        else:
            text = translate("ui.network.header", "<b>{n}</b>&nbsp;HIDDEN LAYERS")
        self.label.setText(text.format(n=n))
        self.add.setEnabled(n < MAX_HIDDEN_LAYERS)
        self.remove.setEnabled(n > 0)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """The longest legend that fits in the room its label has (the words go first, then "positive")."""
        room = self.legend.width()
        for text in legend_texts():
            if html_size(text, self.legend.font())[0] <= room:
                break
        if self.legend.text() != text:
            self.legend.setText(text)


def legend_texts() -> tuple[str, ...]:
    """The weights legend from long to short."""
    pos, neg = f"<span style='color:{colors.POSITIVE}'>━", f"<span style='color:{colors.NEGATIVE}'>━"
    long = translate("ui.network.header", "weights: {pos} positive</span> {neg} negative</span> · thicker = larger")
    medium = translate("ui.network.header", "weights: {pos} positive</span> {neg} negative</span>")
    return (long.format(pos=pos, neg=neg), medium.format(pos=pos, neg=neg), f"{pos} +</span> {neg} −</span>", "")


class DiagramView(QGraphicsView):
    """The scene's view: never zoomed, re-laid out to fit whenever it is resized."""

    def __init__(self, scene: QGraphicsScene, on_resize) -> None:  # noqa: ANN001
        super().__init__(scene)
        self._on_resize = on_resize
        self.setObjectName("networkDiagram")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setBackgroundBrush(QColor("white"))
        self.setMouseTracking(True)

        self.paint_seconds = 0.0  # how long the last paint took: what following a run costs besides the update

    def paintEvent(self, event) -> None:  # noqa: ANN001
        start = time.perf_counter()
        super().paintEvent(event)
        self.paint_seconds = time.perf_counter() - start

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._on_resize()
