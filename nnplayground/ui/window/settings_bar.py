"""The hyper-parameters: a row of captioned controls beside the transport buttons (TensorFlow Playground's header).

Every control is made from the settings table (`core/settings.py`): its caption, tooltip, choices and their names,
range and preset values, read when the bar is made, so that a setting is written down once. The controls hold no
state: they say what the user asked for (`edited` carries Experiment field names and values) and show whatever
experiment they are handed. A typed value that cannot be used is refused here with the table's own sentence
(`error`) and the control goes back to the truth.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
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
from nnplayground.ui.common.i18n import error_text, translate, translated
from nnplayground.ui.common.setting_widgets import choice_combo, number_combo, number_spin, number_text
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.window.more_settings import MoreSettings

SPEEDS: tuple[tuple[str, float | None], ...] = (  # (the texts are translated where the combo is filled)
    (QT_TRANSLATE_NOOP("ui.window.settings_bar", "1 epoch/s"), 1.0),
    (QT_TRANSLATE_NOOP("ui.window.settings_bar", "5 epochs/s"), 5.0),
    (QT_TRANSLATE_NOOP("ui.window.settings_bar", "10 epochs/s"), 10.0),
    (QT_TRANSLATE_NOOP("ui.window.settings_bar", "30 epochs/s"), 30.0),
    (QT_TRANSLATE_NOOP("ui.window.settings_bar", "100 epochs/s"), 100.0),
    (QT_TRANSLATE_NOOP("ui.window.settings_bar", "1000 epochs/s"), 1000.0),
    (QT_TRANSLATE_NOOP("ui.window.settings_bar", "Max"), None),
)
# a caption shorter than the table's label, where the bar is tight
CAPTIONS = {"reg_rate": QT_TRANSLATE_NOOP("ui.window.settings_bar", "Reg. rate")}
MIXED = QT_TRANSLATE_NOOP(
    "ui.window.settings_bar", "The layers use different activations now; choosing one sets every layer."
)
MORE_TIP = QT_TRANSLATE_NOOP(
    "ui.window.settings_bar",
    "More settings: the first weights, momentum and Adam's betas, the learning-rate schedule, when to stop.",
)


def _caption(field: str) -> str:
    """The caption of a setting's control in the bar, in the window's language."""
    short = CAPTIONS.get(field)
    return translate("ui.window.settings_bar", short) if short else translate("Settings", settings.get(field).label)


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
        speed_tip = translate(
            "ui.window.settings_bar", "Speed: how many epochs per second Play runs (Max: as fast as the computer can)"
        )
        self.speed.setToolTip(tooltip(speed_tip))
        for text, eps in SPEEDS:
            self.speed.addItem(translate("ui.window.settings_bar", text), eps)
        self.more_settings = MoreSettings(self)
        self.more_settings.setWindowFlag(Qt.WindowType.Window)  # a window of its own beside the main one
        self.more = QToolButton()
        self.more.setObjectName("moreSettingsButton")
        self.more.setText(translate("ui.window.settings_bar", "More…"))
        self.more.setToolTip(tooltip(translate("ui.window.settings_bar", MORE_TIP)))
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
            row.addWidget(_cell(_caption(field), w))
        row.addWidget(_cell("", self.more))  # (no caption: its text says it, and the bar fits at 1280 px)
        row.addWidget(_cell(translate("ui.window.settings_bar", "Speed"), self.speed))
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
            label = translate("Settings", setting.label)
            noun = setting.noun if label == setting.label else label  # (a translation has no capital to lower)
            reason = translate("ui.window.settings_bar", "The {setting} must be a number ({bounds}); {text} is not.")
            self._refuse(
                combo, field, reason.format(setting=noun, bounds=translated(setting.range_text()), text=repr(text))
            )
            return
        try:
            setting.check(value)
        except ValueError as exc:
            self._refuse(combo, field, translate("ui.window.settings_bar", "{reason}.").format(reason=error_text(exc)))
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
        more = translate("ui.window.settings_bar", MORE_TIP)
        self.more.setToolTip(tooltip(f"{more}\n\n{translated(warning)}" if warning else more))
        widgets = (self.lr, self.activation, self.optimizer, self.batch, self.regularization, self.reg_rate, self.loss)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.lr.setEditText(number_text(exp.lr))
            act = exp.activations[0] if exp.activations else "tanh"
            self.activation.setCurrentIndex(max(0, self.activation.findData(act)))
            self.activation.setEnabled(bool(exp.hidden))
            mixed = len(set(exp.activations)) > 1
            tip = translate("Settings", settings.get("activations").help)
            mixed_tip = translate("ui.window.settings_bar", MIXED)
            self.activation.setToolTip(tooltip(f"{tip}\n\n{mixed_tip}" if mixed else tip))
            self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(exp.optimizer)))
            self.batch.setValue(exp.batch_size)
            self.regularization.setCurrentIndex(max(0, self.regularization.findData(exp.regularization)))
            self.reg_rate.setEditText(number_text(exp.reg_rate))
            self.reg_rate.setEnabled(exp.regularization != "none")
            regression = exp.problem == "regression"
            self.loss.setCurrentIndex(max(0, self.loss.findData(exp.loss)))
            self.loss.setEnabled(not regression)  # regression has one loss: the squared error
            labels = settings.get("loss").choice_labels
            self.loss.setItemText(0, translate("Settings", labels["mse"] if regression else labels["auto"]))
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
    bar = QToolBar(translate("ui.window.settings_bar", "Settings"), parent)
    bar.setObjectName("settingsBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    controls.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(controls)
    return bar
