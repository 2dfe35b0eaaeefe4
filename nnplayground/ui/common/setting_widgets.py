"""Controls made from the settings table: each one's range, step, choices, their names and tooltips, and its own
tooltip come from the setting's entry (`core/settings.py`), read when the control is made, in the window's language
(the catalogue's context "Settings")."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSlider, QSpinBox, QWidget

from nnplayground.core import settings
from nnplayground.core.setting import Setting
from nnplayground.ui.common.i18n import error_text, translate
from nnplayground.ui.common.tooltip import tooltip


def number_text(v: float) -> str:
    return f"{v:g}"


def setting_text(text: str) -> str:
    """A text of the settings table (a label, a tooltip, a choice's name) in the window's language."""
    return translate("Settings", text)


def setting_tip(s: Setting) -> str:
    """A setting's tooltip, translated and wrapped."""
    return tooltip(setting_text(s.help))


def setting_noun(s: Setting) -> str:
    """The setting's label inside a sentence: "learning rate" (a translation as it is: Chinese has no case)."""
    label = setting_text(s.label)
    return s.noun if label == s.label else label


def choice_combo(field: str, name: str) -> QComboBox:
    """A combo box of a setting's choices, named and explained as the table says."""
    s = settings.get(field)
    c = QComboBox()
    c.setObjectName(name)
    c.setToolTip(setting_tip(s))
    for choice in s.choices:
        c.addItem(setting_text(s.choice_labels.get(choice, choice)), choice)
        if choice in s.choice_help:
            tip = tooltip(setting_text(s.choice_help[choice]))
            c.setItemData(c.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    return c


def number_combo(field: str, name: str) -> QComboBox:
    """An editable combo box of a number setting's preset values (any value in its range may be typed)."""
    s = settings.get(field)
    c = QComboBox()
    c.setObjectName(name)
    c.setToolTip(setting_tip(s))
    c.setEditable(True)
    c.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for v in s.presets:
        c.addItem(number_text(v), v)
    return c


def number_spin(field: str, name: str) -> QSpinBox:
    """A spin box over a whole-number setting's range; typing "500" is one edit, not three."""
    s = settings.get(field)
    b = QSpinBox()
    b.setObjectName(name)
    b.setRange(int(s.lo), int(s.hi))
    b.setSingleStep(int(s.step or 1))
    b.setToolTip(setting_tip(s))
    b.setKeyboardTracking(False)
    b.setGroupSeparatorShown(True)
    return b


def percent_slider(field: str, name: str) -> tuple[QSlider, QLabel]:
    """A slider over a setting in [lo, hi] within [0, 1], in whole percent, with a label that reads "30%". It
    reports on release (one edit, and one undo step, per drag, not one per pixel)."""
    s = settings.get(field)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setObjectName(name)
    slider.setRange(round(100 * s.lo), round(100 * s.hi))
    slider.setToolTip(setting_tip(s))
    slider.setTracking(False)
    label = QLabel()
    label.setMinimumWidth(34)
    slider.sliderMoved.connect(lambda v: label.setText(f"{v}%"))
    slider.valueChanged.connect(lambda v: label.setText(f"{v}%"))
    return slider, label


def object_name(field: str, suffix: str) -> str:
    """ "init_scale", "Edit" -> "initScaleEdit": the automation name of a setting's control."""
    head, *rest = field.replace(".", "_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest) + suffix


class SettingControl(QObject):
    """One setting's control, chosen by its kind in the table: a combo box of its choices, a check box, a spin box
    of its whole numbers, or an editable combo box (its presets, any number in range may be typed). `edited`
    carries the field and a value the table accepts; a typed value it refuses goes to `refused` with the table's
    sentence and the control shows the truth again. `show` displays a value and emits nothing."""

    edited = Signal(str, object)
    refused = Signal(str)

    def __init__(self, field: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        s = settings.get(field)
        self._shown: object = s.default
        if s.choices:
            self.widget: QWidget = choice_combo(field, object_name(field, "Combo"))
            self.widget.activated.connect(lambda i: self.edited.emit(field, self.widget.itemData(i)))
        elif s.kind is bool:
            box = QCheckBox(setting_text(s.label))
            box.setObjectName(object_name(field, "Check"))
            box.setToolTip(setting_tip(s))
            box.clicked.connect(lambda on: self.edited.emit(field, bool(on)))
            self.widget = box
        elif s.kind is int:
            self.widget = number_spin(field, object_name(field, "Spin"))
            self.widget.valueChanged.connect(lambda v: self.edited.emit(field, int(v)))
        else:
            combo = number_combo(field, object_name(field, "Edit"))
            combo.lineEdit().editingFinished.connect(self._typed)
            combo.activated.connect(lambda i: self.edited.emit(field, combo.itemData(i)))
            self.widget = combo

    def show(self, value: object) -> None:
        self._shown = value
        w = self.widget
        w.blockSignals(True)
        try:
            if isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QSpinBox):
                w.setValue(int(value))  # type: ignore[call-overload]
            elif w.isEditable():  # type: ignore[attr-defined]
                w.setEditText(number_text(float(value)))  # type: ignore[attr-defined,arg-type]
            else:
                w.setCurrentIndex(max(0, w.findData(value)))  # type: ignore[attr-defined]
        finally:
            w.blockSignals(False)

    def _typed(self) -> None:
        combo = self.widget
        assert isinstance(combo, QComboBox)
        text = combo.currentText().strip().replace(",", ".")
        if text == number_text(float(self._shown)):  # type: ignore[arg-type]
            return  # the value on show, redisplayed: not an edit
        s = settings.get(self.field)
        try:
            value = float(text)
            s.check(value)
        except ValueError as exc:
            if _not_number(text):
                reason = translate("ui.common.setting_widgets", "The {noun} must be a number ({range}); {text} is not.")
                reason = reason.format(noun=setting_noun(s), range=s.range_text(), text=repr(text))
            else:
                reason = error_text(exc)
            self.refused.emit(_sentence(reason))
            self.show(self._shown)
            return
        self.edited.emit(self.field, value)


def _sentence(text: str) -> str:
    """`text` ending in one full stop: a Chinese one after Chinese text."""
    text = text.rstrip(".。")
    return text + ("。" if text and ord(text[-1]) >= 0x2E80 else ".")


def _not_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return True
    return False
