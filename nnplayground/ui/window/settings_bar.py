"""The hyper-parameters: a row of captioned controls beside the transport buttons (TensorFlow Playground's header).

Every control is made from the settings table (`core/settings.py`): its caption, tooltip, choices and their names,
range and preset values, read when the bar is made, so that a setting is written down once. The controls hold no
state: they say what the user asked for (`edited` carries Experiment field names and values) and show whatever
experiment they are handed. A typed value that cannot be used is refused here with the table's own sentence
(`error`) and the control goes back to the truth.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core import initializers, settings
from nnplayground.core.experiment import Experiment
from nnplayground.ui.common.setting_widgets import choice_combo, number_combo, number_spin, number_text
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.window.more_settings import MoreSettings

SPEEDS: tuple[tuple[str, float | None], ...] = (
    ("1 epoch/s", 1.0),
    ("5 epochs/s", 5.0),
    ("10 epochs/s", 10.0),
    ("30 epochs/s", 30.0),
    ("100 epochs/s", 100.0),
    ("1000 epochs/s", 1000.0),
    ("Max", None),
)
CAPTIONS = {"reg_rate": "Reg. rate"}  # a caption shorter than the table's label, where the bar is tight
MIXED = "\n\nThe layers use different activations now; choosing one sets every layer."
MORE_TIP = "More settings: the first weights, momentum and Adam's betas, the learning-rate schedule, when to stop."


def _cell(caption: str, widget: QWidget) -> QWidget:
    """A small grey caption over its control."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(1)
    label = QLabel(caption)
    label.setObjectName("caption")
    label.setBuddy(widget)  # the caption names its control for a screen reader (ui/common/accessibility.py)
    col.addWidget(label)
    col.addWidget(widget)
    return box


class ControlsPanel(QWidget):
    edited = Signal(dict)  # Experiment field -> new value
    speed_changed = Signal(object)  # epochs per second, or None for as fast as possible
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlsPanel")
        self._hidden = 2
        self._shown: dict[str, float] = {}  # the values on show, to tell a typed edit from a redisplay
        self.lr = number_combo("lr", "lrCombo")
        self.activation = choice_combo("activations", "activationCombo")
        self.optimizer = choice_combo("optimizer", "optimizerCombo")
        self.batch = number_spin("batch_size", "batchSpin")
        self.regularization = choice_combo("regularization", "regularizationCombo")
        self.reg_rate = number_combo("reg_rate", "regRateCombo")
        self.loss = choice_combo("loss", "lossCombo")
        self.speed = QComboBox()
        self.speed.setObjectName("speedCombo")
        self.speed.setToolTip(tooltip("Speed: how many epochs per second Play runs (Max: as fast as the computer can)"))
        for text, eps in SPEEDS:
            self.speed.addItem(text, eps)
        self.more_settings = MoreSettings(self)
        self.more_settings.setWindowFlag(Qt.WindowType.Window)  # a window of its own beside the main one
        self.more = QToolButton()
        self.more.setObjectName("moreSettingsButton")
        self.more.setText("More…")
        self.more.setToolTip(tooltip(MORE_TIP))
        self.more.clicked.connect(self.open_more)
        self._connect()
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        row.setSpacing(10)  # (10, not 12: with the More button the bar still fits beside the transport at 1280)
        for field, w in (
            ("lr", self.lr),
            ("activations", self.activation),
            ("optimizer", self.optimizer),
            ("batch_size", self.batch),
            ("regularization", self.regularization),
            ("reg_rate", self.reg_rate),
            ("loss", self.loss),
        ):
            row.addWidget(_cell(CAPTIONS.get(field, settings.get(field).label), w))
        row.addWidget(_cell("", self.more))  # (no caption: its text says it, and the bar fits at 1280 px)
        row.addWidget(_cell("Speed", self.speed))
        row.addStretch(1)

    def _connect(self) -> None:
        for field, combo in (("lr", self.lr), ("reg_rate", self.reg_rate)):
            combo.lineEdit().editingFinished.connect(lambda f=field, c=combo: self._typed(c, f))
            combo.activated.connect(lambda i, f=field, c=combo: self._emit(f, c.itemData(i)))
        for field, combo in (
            ("optimizer", self.optimizer),
            ("regularization", self.regularization),
            ("loss", self.loss),
        ):
            combo.activated.connect(lambda i, f=field, c=combo: self._emit(f, c.itemData(i)))
        self.activation.activated.connect(self._activation_chosen)
        self.batch.valueChanged.connect(lambda v: self._emit("batch_size", int(v)))
        self.speed.activated.connect(lambda i: self.speed_changed.emit(self.speed.itemData(i)))
        self.more_settings.edited.connect(self.edited)
        self.more_settings.error.connect(self.error)

    # ---- user input ------------------------------------------------------------------------------------------------
    def open_more(self) -> None:
        """Show the More settings window (again, in front, if it is open)."""
        self.more_settings.show()
        self.more_settings.raise_()
        self.more_settings.activateWindow()

    def _emit(self, field: str, value: object) -> None:
        self.edited.emit({field: value})

    def _activation_chosen(self, i: int) -> None:
        self.edited.emit({"activations": (self.activation.itemData(i),) * self._hidden})

    def _typed(self, combo: QComboBox, field: str) -> None:
        """A number typed into an editable combo: used if the table allows it, else refused with its reason."""
        text = combo.currentText().strip().replace(",", ".")
        if text == number_text(self._shown.get(field, math.nan)):
            return  # the value on show, redisplayed: not an edit
        setting = settings.get(field)
        try:
            value = float(text)
        except ValueError:
            bounds = setting.range_text()
            self._refuse(combo, field, f"The {setting.noun} must be a number ({bounds}); {text!r} is not.")
            return
        try:
            setting.check(value)
        except ValueError as exc:
            self._refuse(combo, field, f"{exc}.")
            return
        self._emit(field, value)

    def _refuse(self, combo: QComboBox, field: str, reason: str) -> None:
        self.error.emit(reason)
        combo.setEditText(number_text(self._shown.get(field, 0.0)))

    # ---- showing the truth -----------------------------------------------------------------------------------------
    def set_experiment(self, exp: Experiment) -> None:
        """Show `exp`'s settings; emits nothing."""
        self._hidden = len(exp.hidden)
        self._shown = {"lr": exp.lr, "reg_rate": exp.reg_rate}
        self.more_settings.set_experiment(exp)
        warning = initializers.warning(exp.init)  # (zeros): said where it is seen, on the button too
        self.more.setStyleSheet("color: #b3261e;" if warning else "")  # (the text's width stays: the bar fits)
        self.more.setToolTip(tooltip(f"{MORE_TIP}\n\n{warning}" if warning else MORE_TIP))
        widgets = (self.lr, self.activation, self.optimizer, self.batch, self.regularization, self.reg_rate, self.loss)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.lr.setEditText(number_text(exp.lr))
            act = exp.activations[0] if exp.activations else "tanh"
            self.activation.setCurrentIndex(max(0, self.activation.findData(act)))
            self.activation.setEnabled(bool(exp.hidden))
            mixed = len(set(exp.activations)) > 1
            self.activation.setToolTip(tooltip(settings.get("activations").help + (MIXED if mixed else "")))
            self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(exp.optimizer)))
            self.batch.setValue(exp.batch_size)
            self.regularization.setCurrentIndex(max(0, self.regularization.findData(exp.regularization)))
            self.reg_rate.setEditText(number_text(exp.reg_rate))
            self.reg_rate.setEnabled(exp.regularization != "none")
            regression = exp.problem == "regression"
            self.loss.setCurrentIndex(max(0, self.loss.findData(exp.loss)))
            self.loss.setEnabled(not regression)  # regression has one loss: the squared error
            labels = settings.get("loss").choice_labels
            self.loss.setItemText(0, labels["mse"] if regression else labels["auto"])
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


def settings_bar(controls: ControlsPanel, parent: QWidget | None = None) -> QToolBar:
    """The hyper-parameters beside the transport bar; on a narrow window the window puts it on a row of its own
    rather than hiding controls behind an overflow arrow."""
    bar = QToolBar("Settings", parent)
    bar.setObjectName("settingsBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    controls.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(controls)
    return bar
