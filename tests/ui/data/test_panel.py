"""The data panel on its own: it shows an experiment and reports what the user asks for, nothing more."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from nnplayground.core import datasets
from nnplayground.core.colors import CLASS_COLORS
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.ui.data import presets
from nnplayground.ui.data.panel import DataPanel


@pytest.fixture
def panel(shown):
    p = shown(DataPanel())
    return p


def record(signal):
    got = []
    signal.connect(lambda *a: got.append(a[0] if len(a) == 1 else a))
    return got


def test_shows_the_experiments_data_settings_without_emitting(panel):
    edits = record(panel.spec_edited)
    exp = Experiment(data=DataSpec("blobs", n=750, noise=0.25, seed=9, classes=4, train_ratio=0.7))
    panel.set_experiment(exp)
    assert panel.count.value() == 750 and panel.seed.value() == 9
    assert panel.noise.value() == 25 and panel.ratio.value() == 70
    assert panel.classes.value() == 4 and panel.classes.isEnabled()
    assert panel.findChild(QToolButton, "preset_blobs").isChecked()
    panel.set_experiment(exp.replace(data=dataclasses.replace(exp.data, name="spiral")))
    assert not panel.classes.isEnabled()  # a two-class generator has no class count to choose
    assert edits == []


def test_clicking_a_thumbnail_asks_for_that_preset(qtbot, panel):
    chosen = record(panel.preset_chosen)
    qtbot.mouseClick(panel.findChild(QToolButton, "preset_xor"), Qt.MouseButton.LeftButton)
    assert chosen == ["xor"]


def test_problem_type_switches_the_preset_list(panel):
    panel.set_experiment(Experiment())
    visible = {n for n in datasets.names() if panel.findChild(QToolButton, f"preset_{n}").isVisible()}
    assert visible == set(presets.preset_names(False))
    panel.set_experiment(Experiment(data=DataSpec("plane", n=1200), problem="regression"))
    visible = {n for n in datasets.names() if panel.findChild(QToolButton, f"preset_{n}").isVisible()}
    assert visible == {"plane", "multigauss", "penguin_mass"}  # (and the real set)
    assert panel.value.isVisible() and not panel.findChild(QToolButton, "classSwatch1").isVisible()


def test_each_setting_reports_one_edit(qtbot, panel):
    panel.set_experiment(Experiment())
    edits, ratios, regen = record(panel.spec_edited), record(panel.ratio_changed), record(panel.regenerate_requested)
    panel.noise.setValue(30)  # a slider reports on release (tracking off), so one drag is one edit
    panel.ratio.setValue(80)
    panel.count.setValue(321)
    panel.seed.setValue(4)
    qtbot.mouseClick(panel.findChild(QPushButton, "regenerateButton"), Qt.MouseButton.LeftButton)
    assert edits == [{"noise": 0.3}, {"n": 321}, {"seed": 4}]
    assert ratios == [0.8]
    assert len(regen) == 1


def test_class_swatches_wear_the_class_colours_and_report_the_class(qtbot, panel):
    chosen = record(panel.class_chosen)
    swatch = panel.findChild(QToolButton, "classSwatch4")
    assert CLASS_COLORS[3] in swatch.styleSheet() and "Class 4" in swatch.toolTip()
    qtbot.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert chosen == [3] and swatch.isChecked()
    panel.set_class(0)
    assert panel.findChild(QToolButton, "classSwatch1").isChecked() and chosen == [3]


def test_tools_and_clear(qtbot, panel):
    tools, cleared = record(panel.tool_chosen), record(panel.clear_requested)
    qtbot.mouseClick(panel.findChild(QToolButton, "tool_brush"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.findChild(QToolButton, "tool_erase"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.findChild(QToolButton, "clearButton"), Qt.MouseButton.LeftButton)
    assert tools == ["brush", "erase"] and len(cleared) == 1
    assert "(B)" in panel.findChild(QToolButton, "tool_brush").toolTip()


def test_thumbnails_are_pictures_of_the_generators_points():
    spiral = presets.thumbnail_image("spiral", 48)
    circle = presets.thumbnail_image("circle", 48)
    assert spiral.width() == 48 and spiral.height() == 48
    as_array = [
        np.array([[spiral.pixel(x, y) for x in range(48)] for y in range(48)]),
        np.array([[circle.pixel(x, y) for x in range(48)] for y in range(48)]),
    ]
    assert not np.array_equal(*as_array)
    colours = {QColor(spiral.pixel(x, y)).name() for x in range(48) for y in range(48)}
    assert "#ffffff" in colours and len(colours) > 3  # white ground and coloured points
    assert presets.thumbnail_image("spiral", 48) is spiral  # made once


def test_counts_say_how_many_points_there_are_and_how_they_split(panel):
    panel.set_counts(616, 300)
    assert panel.findChild(QLabel, "pointCounts").text() == "616 points: 316 training, 300 test"
