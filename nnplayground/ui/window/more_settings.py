"""The settings that do not fit in the bar: how the first weights are drawn, the optimizer's coefficients, the
learning-rate schedule and the stop rules, in a small window of their own (the bar's "More" button opens it).

Every control is made from the settings table (`SettingControl`): caption, tooltip, range, choices. Like the bar,
the window holds no state: it says what the user asked for (`edited`) and shows whatever experiment it is handed;
the controls that change nothing with the other settings as they are (Adam's betas with SGD ...) are greyed out,
by the core's rule (`settings_training.matters`), their values kept.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnplayground.core import initializers, schedules, settings
from nnplayground.core.experiment import Experiment
from nnplayground.core.settings_training import matters
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.setting_widgets import SettingControl
from nnplayground.ui.common.tooltip import tooltip

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (  # (the titles are translated where the boxes are made)
    (QT_TRANSLATE_NOOP("ui.window.more_settings", "First weights"), ("init", "init_scale")),
    (QT_TRANSLATE_NOOP("ui.window.more_settings", "Optimizer"), ("momentum", "nesterov", "beta1", "beta2")),
    (QT_TRANSLATE_NOOP("ui.window.more_settings", "Learning-rate schedule"),
     ("schedule", "warmup", "warmup_factor", "lr_step", "lr_gamma", "lr_decay", "lr_period", "lr_min")),
    (QT_TRANSLATE_NOOP("ui.window.more_settings", "Against over-fitting"), ("dropout",)),
    (QT_TRANSLATE_NOOP("ui.window.more_settings", "Stop"),
     ("stop_patience", "stop_loss", "stop_accuracy", "stop_epoch", "stop_restore")),
)  # fmt: skip
COLUMN = {"First weights": 0, "Learning-rate schedule": 0}  # the others go to the second column


class MoreSettings(QDialog):
    edited = Signal(dict)  # Experiment field -> new value
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moreSettingsDialog")
        self.setWindowTitle(translate("ui.window.more_settings", "More settings"))
        self.controls: dict[str, SettingControl] = {}
        row = QHBoxLayout(self)
        columns = [QVBoxLayout(), QVBoxLayout()]
        for column in columns:
            row.addLayout(column)
        for title, fields in GROUPS:
            box = QGroupBox(translate("ui.window.more_settings", title))
            form = QFormLayout(box)
            for field in fields:
                control = SettingControl(field, self)
                control.edited.connect(lambda f, v: self.edited.emit({f: v}))
                control.refused.connect(self.error)
                self.controls[field] = control
                s = settings.get(field)
                form.addRow("" if s.kind is bool else translate("Settings", s.label), control.widget)
            if field == "init_scale":
                self.warning = QLabel(translated(initializers.ZEROS_WARNING))
                self.warning.setObjectName("initWarning")
                self.warning.setWordWrap(True)
                self.warning.setStyleSheet("color: #b3261e;")
                form.addRow(self.warning)
            if title.startswith("Learning"):
                self.rates = QLabel()
                self.rates.setObjectName("scheduleRates")
                self.rates.setWordWrap(True)
                form.addRow(self.rates)
            columns[COLUMN.get(title, 1)].addWidget(box)
        for column in columns:
            column.addStretch(1)

    def set_experiment(self, exp: Experiment) -> None:
        """Show `exp`'s settings; emits nothing."""
        for field, control in self.controls.items():
            control.show(settings.read(exp, field))
            control.widget.setEnabled(matters(field, exp))
        self.warning.setVisible(bool(initializers.warning(exp.init)))
        self.rates.setText(rates_text(exp))
        self.rates.setToolTip(
            tooltip(translate("ui.window.more_settings", "The learning rate of a few epochs, as the schedule sets it."))
        )


def rates_text(exp: Experiment, epochs: tuple[int, ...] = (0, 10, 100, 1000)) -> str:
    """ "Rate at epoch 0: 0.03 · 10: 0.027 · ..." (the epochs counted from 0, the first one trained)."""
    if schedules.is_constant(exp):
        return translate("ui.window.more_settings", "The rate stays {rate}.").format(rate=rate_value(exp.lr))
    parts = [f"{e:,}: {rate_value(schedules.rate_at(exp, e))}" for e in epochs]
    return translate("ui.window.more_settings", "Rate at epoch {rates}").format(rates=" · ".join(parts))


def rate_value(v: float) -> str:
    """A learning rate in three significant digits: 0.03, 0.0271, 1.5e-05."""
    return f"{v:.3g}"
