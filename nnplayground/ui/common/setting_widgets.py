"""Controls made from the settings table: each one's range, step, choices, their names and tooltips, and its own
tooltip come from the setting's entry (`core/settings.py`), read when the control is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QSpinBox

from nnplayground.core import settings
from nnplayground.ui.common.tooltip import tooltip


def number_text(v: float) -> str:
    return f"{v:g}"


def choice_combo(field: str, name: str) -> QComboBox:
    """A combo box of a setting's choices, named and explained as the table says."""
    s = settings.get(field)
    c = QComboBox()
    c.setObjectName(name)
    c.setToolTip(tooltip(s.help))
    for choice in s.choices:
        c.addItem(s.choice_labels.get(choice, choice), choice)
        if choice in s.choice_help:
            c.setItemData(c.count() - 1, tooltip(s.choice_help[choice]), Qt.ItemDataRole.ToolTipRole)
    return c


def number_combo(field: str, name: str) -> QComboBox:
    """An editable combo box of a number setting's preset values (any value in its range may be typed)."""
    s = settings.get(field)
    c = QComboBox()
    c.setObjectName(name)
    c.setToolTip(tooltip(s.help))
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
    b.setToolTip(tooltip(s.help))
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
    slider.setToolTip(tooltip(s.help))
    slider.setTracking(False)
    label = QLabel()
    label.setMinimumWidth(34)
    slider.sliderMoved.connect(lambda v: label.setText(f"{v}%"))
    slider.valueChanged.connect(lambda v: label.setText(f"{v}%"))
    return slider, label
