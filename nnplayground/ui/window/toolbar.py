"""The hyper-parameters (a row of captioned controls, as TensorFlow Playground's header) and the network's shape.

Like the data panel, these widgets hold no state: they say what the user asked for (`edited` carries Experiment
field names and values) and show whatever experiment the window hands them. A typed value that cannot be used
is refused here with a message (`error`) and the control goes back to the truth.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core.experiment import (
    ACTIVATIONS,
    LEARNING_RATES,
    MAX_BATCH_SIZE,
    MAX_LR,
    MAX_REG_RATE,
    OPTIMIZERS,
    Experiment,
)
from nnplayground.ui.common.explain import ACTIVATION_NAMES, TIPS
from nnplayground.ui.common.tooltip import tooltip

REG_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)  # TensorFlow Playground's list
SPEEDS: tuple[tuple[str, float | None], ...] = (
    ("1 epoch/s", 1.0),
    ("5 epochs/s", 5.0),
    ("10 epochs/s", 10.0),
    ("30 epochs/s", 30.0),
    ("100 epochs/s", 100.0),
    ("1000 epochs/s", 1000.0),
    ("Max", None),
)
OPTIMIZER_NAMES = {
    "sgd": "SGD",
    "momentum": "Momentum",
    "rmsprop": "RMSprop",
    "adagrad": "Adagrad",
    "adam": "Adam",
}


def _number(v: float) -> str:
    return f"{v:g}"


def _cell(caption: str, widget: QWidget) -> QWidget:
    """A small grey caption over its control."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(1)
    label = QLabel(caption)
    label.setObjectName("caption")
    col.addWidget(label)
    col.addWidget(widget)
    return box


def _combo(name: str, tip: str, items: list[tuple[str, object, str]], editable: bool = False) -> QComboBox:
    c = QComboBox()
    c.setObjectName(name)
    c.setToolTip(tooltip(tip))
    c.setEditable(editable)
    if editable:
        c.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for text, data, item_tip in items:
        c.addItem(text, data)
        if item_tip:
            c.setItemData(c.count() - 1, tooltip(item_tip), Qt.ItemDataRole.ToolTipRole)
    return c


class ControlsPanel(QWidget):
    edited = Signal(dict)  # Experiment field -> new value
    speed_changed = Signal(object)  # epochs per second, or None for as fast as possible
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlsPanel")
        self._hidden = 2
        self._shown: dict[str, float] = {}  # the values on show, to tell a typed edit from a redisplay
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(12)
        self.lr = _combo("lrCombo", TIPS["learning_rate"], [(_number(v), v, "") for v in LEARNING_RATES], True)
        self.lr.lineEdit().editingFinished.connect(self._lr_typed)
        self.lr.activated.connect(lambda i: self._emit("lr", self.lr.itemData(i)))
        self.activation = _combo(
            "activationCombo",
            TIPS["activation"],
            [(ACTIVATION_NAMES.get(a, a), a, TIPS[f"activation:{a}"]) for a in ACTIVATIONS],
        )
        self.activation.activated.connect(self._activation_chosen)
        self.optimizer = _combo(
            "optimizerCombo",
            TIPS["optimizer"],
            [(OPTIMIZER_NAMES.get(o, o), o, TIPS[f"optimizer:{o}"]) for o in OPTIMIZERS],
        )
        self.optimizer.activated.connect(lambda i: self._emit("optimizer", self.optimizer.itemData(i)))
        self.batch = QSpinBox()
        self.batch.setObjectName("batchSpin")
        self.batch.setRange(1, MAX_BATCH_SIZE)
        self.batch.setToolTip(tooltip(TIPS["batch_size"]))
        self.batch.setKeyboardTracking(False)
        self.batch.valueChanged.connect(lambda v: self._emit("batch_size", int(v)))
        self.regularization = _combo(
            "regularizationCombo",
            TIPS["regularization"],
            [("None", "none", ""), ("L1", "l1", ""), ("L2", "l2", "")],
        )
        self.regularization.activated.connect(lambda i: self._emit("regularization", self.regularization.itemData(i)))
        self.reg_rate = _combo("regRateCombo", TIPS["reg_rate"], [(_number(v), v, "") for v in REG_RATES], True)
        self.reg_rate.lineEdit().editingFinished.connect(self._reg_rate_typed)
        self.reg_rate.activated.connect(lambda i: self._emit("reg_rate", self.reg_rate.itemData(i)))
        self.loss = _combo(
            "lossCombo",
            TIPS["loss"],
            [
                ("Cross-entropy", "auto", "Sigmoid or softmax outputs with cross-entropy: the usual choice."),
                (
                    "Squared error",
                    "mse",
                    "Sigmoid outputs with a squared error, as in TensorFlow Playground.",
                ),
            ],
        )
        self.loss.activated.connect(lambda i: self._emit("loss", self.loss.itemData(i)))
        self.speed = _combo(
            "speedCombo",
            "Speed: how many epochs per second Play runs (Max: as fast as the computer can)",
            [(t, v, "") for t, v in SPEEDS],
        )
        self.speed.activated.connect(lambda i: self.speed_changed.emit(self.speed.itemData(i)))
        for caption, w in (
            ("Learning rate", self.lr),
            ("Activation", self.activation),
            ("Optimizer", self.optimizer),
            ("Batch size", self.batch),
            ("Regularization", self.regularization),
            ("Reg. rate", self.reg_rate),
            ("Loss", self.loss),
            ("Speed", self.speed),
        ):
            row.addWidget(_cell(caption, w))
        row.addStretch(1)

    # ---- user input ------------------------------------------------------------------------------------------------
    def _emit(self, field: str, value: object) -> None:
        self.edited.emit({field: value})

    def _activation_chosen(self, i: int) -> None:
        self.edited.emit({"activations": (self.activation.itemData(i),) * self._hidden})

    def _typed(self, combo: QComboBox, what: str, field: str, lo: float, hi: float, lo_open: bool) -> None:
        text = combo.currentText().strip().replace(",", ".")
        try:
            v = float(text)
        except ValueError:
            v = math.nan
        ok = math.isfinite(v) and (v > lo if lo_open else v >= lo) and v <= hi
        if not ok:
            bound = "above" if lo_open else "at least"
            self.error.emit(f"{what} must be a number {bound} {lo:g} and at most {hi:g}; {text!r} is not.")
            self._restore(combo, field)
            return
        self._emit(field, v)

    def _lr_typed(self) -> None:
        if self.lr.currentText() != _number(self._shown.get("lr", math.nan)):
            self._typed(self.lr, "The learning rate", "lr", 0.0, MAX_LR, True)

    def _reg_rate_typed(self) -> None:
        if self.reg_rate.currentText() != _number(self._shown.get("reg_rate", math.nan)):
            self._typed(self.reg_rate, "The regularization rate", "reg_rate", 0.0, MAX_REG_RATE, False)

    def _restore(self, combo: QComboBox, field: str) -> None:
        combo.setEditText(_number(self._shown.get(field, 0.0)))

    # ---- showing the truth -----------------------------------------------------------------------------------------
    def set_experiment(self, exp: Experiment) -> None:
        """Show `exp`'s settings; emits nothing."""
        self._hidden = len(exp.hidden)
        self._shown = {"lr": exp.lr, "reg_rate": exp.reg_rate}
        widgets = (
            self.lr,
            self.activation,
            self.optimizer,
            self.batch,
            self.regularization,
            self.reg_rate,
            self.loss,
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            self.lr.setEditText(_number(exp.lr))
            act = exp.activations[0] if exp.activations else "tanh"
            self.activation.setCurrentIndex(max(0, self.activation.findData(act)))
            self.activation.setEnabled(bool(exp.hidden))
            mixed = len(set(exp.activations)) > 1
            self.activation.setToolTip(
                tooltip(
                    TIPS["activation"]
                    + ("\n\nThe layers use different activations now; choosing one sets every layer." if mixed else "")
                )
            )
            self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(exp.optimizer)))
            self.batch.setValue(exp.batch_size)
            self.regularization.setCurrentIndex(max(0, self.regularization.findData(exp.regularization)))
            self.reg_rate.setEditText(_number(exp.reg_rate))
            self.reg_rate.setEnabled(exp.regularization != "none")
            regression = exp.problem == "regression"
            self.loss.setCurrentIndex(max(0, self.loss.findData(exp.loss)))
            self.loss.setEnabled(not regression)  # regression has one loss: the squared error
            if regression:
                self.loss.setItemText(0, "Squared error")
            else:
                self.loss.setItemText(0, "Cross-entropy")
        finally:
            for w in widgets:
                w.blockSignals(False)

    def set_speed(self, eps: float | None) -> None:
        """Show the nearest listed speed (a typed --speed 42 shows as 30)."""
        if eps is None:
            index = len(SPEEDS) - 1
        else:
            index = min(range(len(SPEEDS) - 1), key=lambda i: abs(math.log(SPEEDS[i][1] / eps)))
        self.speed.setCurrentIndex(index)


# ---- the toolbar: transport buttons, the epoch counter, the hyper-parameters ----------------------------------
def _icon(kind: str, colour: str, size: int = 40) -> QIcon:
    """Play, pause, step and reset glyphs drawn here, so they look the same on every desktop theme."""
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    s = size / 40.0
    if kind == "play":
        p.drawPolygon(QPolygonF([QPointF(14 * s, 10 * s), QPointF(31 * s, 20 * s), QPointF(14 * s, 30 * s)]))
    elif kind == "pause":
        p.drawRect(QRectF(12 * s, 10 * s, 6 * s, 20 * s))
        p.drawRect(QRectF(22 * s, 10 * s, 6 * s, 20 * s))
    elif kind == "step":
        p.drawPolygon(QPolygonF([QPointF(11 * s, 10 * s), QPointF(25 * s, 20 * s), QPointF(11 * s, 30 * s)]))
        p.drawRect(QRectF(26 * s, 10 * s, 4 * s, 20 * s))
    else:  # reset: an open circle with an arrow head
        p.setPen(QPen(QColor(colour), 3.2 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(10 * s, 10 * s, 20 * s, 20 * s), 100 * 16, 290 * 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawPolygon(QPolygonF([QPointF(17 * s, 4 * s), QPointF(25 * s, 10 * s), QPointF(17 * s, 15 * s)]))
    p.end()
    return QIcon(pix)


def fixed_bar(title: str, name: str, parent: QWidget | None = None) -> QToolBar:
    bar = QToolBar(title, parent)
    bar.setObjectName(name)
    bar.setMovable(False)
    bar.setFloatable(False)
    return bar


def settings_bar(controls: ControlsPanel, parent: QWidget | None = None) -> QToolBar:
    """The hyper-parameters beside the transport bar (TensorFlow Playground's header); on a narrow window the
    window puts it on a row of its own rather than hiding controls behind an overflow arrow."""
    bar = fixed_bar("Settings", "settingsBar", parent)
    controls.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(controls)
    return bar


class TransportBar(QToolBar):
    """Reset, Play/Pause, Step and the big epoch counter."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__("Training", parent)
        self.setObjectName("transportBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setIconSize(QSize(28, 28))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._play_icons = {True: _icon("pause", "white"), False: _icon("play", "white")}
        reset, play, step = actions["actionReset"], actions["actionPlay"], actions["actionStep"]
        reset.setIcon(_icon("reset", "#444444"))
        step.setIcon(_icon("step", "#444444"))
        play.setIcon(self._play_icons[False])
        self.addAction(reset)
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setDefaultAction(play)
        self.play_button.setIconSize(QSize(30, 30))
        self.addWidget(self.play_button)
        self.addAction(step)
        epoch_box = QWidget(self)
        col = QVBoxLayout(epoch_box)
        col.setContentsMargins(14, 0, 18, 0)
        col.setSpacing(0)
        caption = QLabel("Epoch")
        caption.setObjectName("caption")
        caption.setToolTip(tooltip(TIPS["epoch"]))
        self.epoch_label = QLabel("000,000")
        self.epoch_label.setObjectName("epochLabel")
        self.epoch_label.setToolTip(tooltip(TIPS["epoch"]))
        self.epoch_label.setMinimumWidth(120)
        # A mini-batch step moves the weights but not the epoch: say how far into the epoch the run is.
        self.batch_label = QLabel("")
        self.batch_label.setObjectName("batchLabel")
        self.batch_label.setToolTip(tooltip("Mini-batches done in the current epoch (Shift+Right steps one)."))
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(caption)
        head.addWidget(self.batch_label)
        head.addStretch(1)
        col.addLayout(head)
        col.addWidget(self.epoch_label)
        self.addWidget(epoch_box)

    def show_position(self, epoch: int, batch: int, batches: int) -> None:
        """The epoch counter, and "· batch 3 / 25" while the run is inside an epoch."""
        self.epoch_label.setText(f"{epoch:07,}")
        self.batch_label.setText(f"· batch {batch:,} / {batches:,}" if batch else "")

    def show_playing(self, playing: bool) -> None:
        action = self.play_button.defaultAction()
        action.setIcon(self._play_icons[bool(playing)])
        action.setText("&Pause" if playing else "&Play")
