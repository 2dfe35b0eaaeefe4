"""The left column: which data, how it is generated and split, and the tools to draw it by hand.

The panel holds no state of its own beyond what its widgets show: it reports what the user asked for through
signals, and the window (the one owner of the experiment and the points) decides, edits and calls
`set_experiment` back, so the controls always show the truth (also after an undo).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core import datasets
from nnplayground.core.colors import CLASS_COLORS
from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.setting_widgets import choice_combo, number_spin, percent_slider
from nnplayground.ui.common.shapes import class_icon
from nnplayground.ui.common.tooltip import tooltip
from nnplayground.ui.data import presets
from nnplayground.ui.data.formula_entry import FormulaEntry

TOOLS = (  # name, button, key, tooltip (translated where shown)
    (
        "add",
        QT_TRANSLATE_NOOP("ui.data.panel", "Add"),
        "A",
        QT_TRANSLATE_NOOP("ui.data.panel", "Click to add a point of the chosen class"),
    ),
    (
        "brush",
        QT_TRANSLATE_NOOP("ui.data.panel", "Brush"),
        "B",
        QT_TRANSLATE_NOOP("ui.data.panel", "Drag to paint a spray of points of the chosen class"),
    ),
    (
        "erase",
        QT_TRANSLATE_NOOP("ui.data.panel", "Erase"),
        "E",
        QT_TRANSLATE_NOOP("ui.data.panel", "Click or drag to erase points (a right click always erases)"),
    ),
    (
        "inspect",
        QT_TRANSLATE_NOOP("ui.data.panel", "Inspect"),
        "I",
        QT_TRANSLATE_NOOP(
            "ui.data.panel",
            "Click a point to pick it, click empty space to let it go (Alt+click picks with any tool)",
        ),
    ),
)
THUMB = 60
PRESET_COLUMNS = 3


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setObjectName("sectionTitle")
    return label


class DataPanel(QWidget):
    preset_chosen = Signal(str)
    spec_edited = Signal(dict)  # DataSpec fields -> new values: noise, n, classes, seed
    regenerate_requested = Signal()
    ratio_changed = Signal(float)
    problem_changed = Signal(str)
    class_chosen = Signal(int)  # 0-based class
    value_changed = Signal(float)  # the value a click paints (regression)
    tool_chosen = Signal(str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataPanel")
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 8, 10, 8)
        col.addWidget(section_title(translate("ui.data.panel", "Data")))

        self.problem = choice_combo("problem", "problemCombo")
        self.problem.activated.connect(lambda i: self.problem_changed.emit(self.problem.itemData(i)))
        col.addWidget(self.problem)

        self._preset_box = QWidget()
        self._preset_grid = QGridLayout(self._preset_box)
        self._preset_grid.setContentsMargins(0, 4, 0, 4)
        self._preset_grid.setSpacing(4)
        self._presets = QButtonGroup(self)
        self._presets.setExclusive(True)
        self._preset_buttons: dict[str, QToolButton] = {}
        for name in datasets.names():
            b = QToolButton(self._preset_box)  # parented now: the other problem type's presets wait hidden
            b.setObjectName(f"preset_{name}")
            b.setCheckable(True)
            b.setIconSize(QSize(THUMB, THUMB))
            b.setIcon(presets.thumbnail_icon(name, THUMB, 4 if datasets.has_classes(name) else 2))
            title = translate("Settings", datasets.title(name))  # (the settings table's name of the data set)
            b.setToolTip(tooltip(f"{title} ({name})"))
            b.clicked.connect(lambda _=False, n=name: self.preset_chosen.emit(n))
            self._presets.addButton(b)
            self._preset_buttons[name] = b
        col.addWidget(self._preset_box)
        self._show_presets(regression=False)
        self.formula = FormulaEntry()  # a data set from a typed rule, chosen as a preset is
        self.formula.chosen.connect(self.preset_chosen)
        col.addWidget(self.formula)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.noise, self._noise_label = percent_slider("data.noise", "noiseSlider")
        self.noise.valueChanged.connect(lambda v: self.spec_edited.emit({"noise": v / 100.0}))
        form.addRow(translate("ui.data.panel", "Noise"), self._with_label(self.noise, self._noise_label))
        self.ratio, self._ratio_label = percent_slider("data.train_ratio", "ratioSlider")
        self.ratio.valueChanged.connect(lambda v: self.ratio_changed.emit(v / 100.0))
        form.addRow(translate("ui.data.panel", "Training"), self._with_label(self.ratio, self._ratio_label))
        self.count = number_spin("data.n", "pointsSpin")
        self.count.valueChanged.connect(lambda v: self.spec_edited.emit({"n": v}))
        form.addRow(translate("ui.data.panel", "Points"), self.count)
        self.classes = number_spin("data.classes", "classesSpin")
        self.classes.valueChanged.connect(lambda v: self.spec_edited.emit({"classes": v}))
        form.addRow(translate("ui.data.panel", "Classes"), self.classes)
        self.seed = number_spin("data.seed", "seedSpin")
        self.seed.valueChanged.connect(lambda v: self.spec_edited.emit({"seed": v}))
        regen = QPushButton(translate("ui.data.panel", "Regenerate"))
        regen.setObjectName("regenerateButton")
        regen.setToolTip(
            tooltip(
                translate(
                    "ui.data.panel",
                    "Draw a fresh sample of the same kind (the seed moves on by one); undo brings back the old",
                )
            )
        )
        regen.clicked.connect(self.regenerate_requested)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(regen)
        form.addRow(translate("ui.data.panel", "Seed"), seed_row)
        col.addLayout(form)

        col.addSpacing(6)
        col.addWidget(section_title(translate("ui.data.panel", "Draw")))
        self._swatch_box = QWidget()
        swatches = QHBoxLayout(self._swatch_box)
        swatches.setContentsMargins(0, 0, 0, 0)
        swatches.setSpacing(3)
        self._class_group = QButtonGroup(self)
        for k in range(len(CLASS_COLORS)):
            b = QToolButton()
            b.setObjectName(f"classSwatch{k + 1}")
            b.setCheckable(True)
            b.setText(str(k + 1))
            b.setIcon(class_icon(k))  # the class's shape over its number: colour is never the only cue
            b.setIconSize(QSize(14, 14))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            tip = translate("ui.data.panel", "Class {number} (key {number}): new points get this class")
            b.setToolTip(tooltip(tip.format(number=k + 1)))
            b.setAccessibleName(translate("ui.data.panel", "Class {number}").format(number=k + 1))
            b.setStyleSheet(
                "QToolButton { font-weight: bold; border-radius: 3px; min-width: 18px; padding: 1px;"
                " border: 2px solid transparent; } QToolButton:checked { border: 2px solid palette(text); }"
                " QToolButton:focus { border: 2px solid palette(highlight); }"  # the keyboard's focus ring
            )
            self._class_group.addButton(b, k)
            swatches.addWidget(b)
        self._class_group.idClicked.connect(self.class_chosen)
        col.addWidget(self._swatch_box)
        self.value = QDoubleSpinBox()
        self.value.setObjectName("valueSpin")
        self.value.setRange(-1.0, 1.0)
        self.value.setSingleStep(0.1)
        self.value.setValue(1.0)
        self.value.setPrefix(translate("ui.data.panel", "value "))
        self.value.setToolTip(
            tooltip(translate("ui.data.panel", "The value new points get (regression): -1 is orange, +1 blue"))
        )
        self.value.valueChanged.connect(self.value_changed)
        col.addWidget(self.value)

        tools = QHBoxLayout()
        tools.setSpacing(3)
        self._tool_group = QButtonGroup(self)
        self._tool_buttons: dict[str, QToolButton] = {}
        for name, text, key, tip in TOOLS:
            b = QToolButton()
            b.setObjectName(f"tool_{name}")
            b.setCheckable(True)
            b.setText(translate("ui.data.panel", text))
            b.setToolTip(tooltip(translate("ui.data.panel", tip) + f" ({key})"))
            b.clicked.connect(lambda _=False, n=name: self.tool_chosen.emit(n))
            self._tool_group.addButton(b)
            self._tool_buttons[name] = b
            tools.addWidget(b)
        clear = QToolButton()
        clear.setObjectName("clearButton")
        clear.setText(translate("ui.data.panel", "Clear"))
        clear.setToolTip(tooltip(translate("ui.data.panel", "Remove every point (undo brings them back)")))
        clear.clicked.connect(self.clear_requested)
        tools.addWidget(clear)
        col.addLayout(tools)
        self.counts = QLabel()
        self.counts.setObjectName("pointCounts")
        self.counts.setToolTip(tooltip(translate("Settings", TIPS["train_ratio"])))
        col.addWidget(self.counts)
        col.addStretch(1)
        self.set_class(0)
        self.set_tool("add")

    # ---- building helpers --------------------------------------------------------------------------------------------
    @staticmethod
    def _with_label(slider: QSlider, label: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(slider, 1)
        row.addWidget(label)
        return row

    def set_thumb_scale(self, scale: float) -> None:
        """The preset pictures `scale` times their size (the window's zoom: a classroom sees them from the back)."""
        size = round(THUMB * scale)
        for name, b in self._preset_buttons.items():
            if b.iconSize().width() != size:
                b.setIconSize(QSize(size, size))
                b.setIcon(presets.thumbnail_icon(name, size, 4 if datasets.has_classes(name) else 2))

    def _show_presets(self, regression: bool) -> None:
        for b in self._preset_buttons.values():
            self._preset_grid.removeWidget(b)
            b.hide()
        for i, name in enumerate(presets.preset_names(regression)):
            b = self._preset_buttons[name]
            self._preset_grid.addWidget(b, i // PRESET_COLUMNS, i % PRESET_COLUMNS)
            b.show()

    # ---- showing the truth -----------------------------------------------------------------------------------------
    def set_experiment(self, exp: Experiment) -> None:
        """Show `exp`'s data settings; emits nothing."""
        d = exp.data
        regression = exp.problem == "regression"
        widgets = (self.problem, self.noise, self.ratio, self.count, self.classes, self.seed)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.problem.setCurrentIndex(1 if regression else 0)
            self._show_presets(regression)
            if d.name in self._preset_buttons:
                self._preset_buttons[d.name].setChecked(True)
            else:  # a rule's set: no preset is it
                self._uncheck_presets()
            self.formula.show_name(d.name)
            self.noise.setValue(round(d.noise * 100))
            self._noise_label.setText(f"{self.noise.value()}%")
            self.ratio.setValue(round(d.train_ratio * 100))
            self._ratio_label.setText(f"{self.ratio.value()}%")
            self.count.setValue(d.n)
            self.classes.setValue(d.classes)
            self.classes.setEnabled(_has_classes(d.name))
            self.seed.setValue(d.seed)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._swatch_box.setVisible(not regression)
        self.value.setVisible(regression)

    def set_class(self, k: int) -> None:
        button = self._class_group.button(int(k))
        if button is not None:
            button.setChecked(True)

    def set_tool(self, name: str) -> None:
        if name in self._tool_buttons:
            self._tool_buttons[name].setChecked(True)

    def set_counts(self, n: int, n_test: int) -> None:
        """How many points there are now (drawn ones included) and how they split."""
        counts = translate("ui.data.panel", "{count} points: {training} training, {test} test")
        self.counts.setText(counts.format(count=f"{n:,}", training=f"{n - n_test:,}", test=f"{n_test:,}"))

    def show_drawn(self, points: PointSet) -> None:
        """The points are no longer what a preset made (drawn, erased, imported): no preset tile is lit, and the
        number of points and classes are those on the canvas. Changing either generates a preset's set again."""
        self._uncheck_presets()
        for spin, value in ((self.count, points.n), (self.classes, max(self.classes.value(), points.num_classes))):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _uncheck_presets(self) -> None:
        self._presets.setExclusive(False)  # an exclusive group keeps one button checked
        for b in self._preset_buttons.values():
            b.setChecked(False)
        self._presets.setExclusive(True)

    @property
    def current_value(self) -> float:
        return float(self.value.value())


def _has_classes(name: str) -> bool:
    try:
        return datasets.has_classes(name)
    except ValueError:  # points that came from a file or a session with an unknown generator name
        return False
