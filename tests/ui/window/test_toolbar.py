"""The hyper-parameter row and the toolbar, on their own."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from nnplayground.core.experiment import LEARNING_RATES, DataSpec, Experiment
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.tooltip import plain
from nnplayground.ui.window.settings_bar import SPEEDS, ControlsPanel
from nnplayground.ui.window.toolbar import TransportBar


@pytest.fixture
def panel(qtbot):
    p = ControlsPanel()
    qtbot.addWidget(p)
    p.set_experiment(Experiment(hidden=(4, 3, 2), activations=("tanh",) * 3))
    return p


def record(signal):
    got = []
    signal.connect(got.append)
    return got


def test_learning_rates_are_tensorflow_playgrounds_list(panel):
    values = [panel.lr.itemData(i) for i in range(panel.lr.count())]
    assert values == list(LEARNING_RATES) and values[0] == 0.00001 and values[-1] == 10.0
    assert panel.lr.currentText() == "0.03"


def test_choosing_or_typing_a_learning_rate(panel):
    edits, errors = record(panel.edited), record(panel.error)
    panel.lr.setCurrentIndex(panel.lr.findData(0.3))
    panel.lr.activated.emit(panel.lr.currentIndex())
    panel.lr.lineEdit().setText("0,05")  # a decimal comma is read too
    panel.lr.lineEdit().editingFinished.emit()
    assert edits == [{"lr": 0.3}, {"lr": 0.05}] and errors == []


@pytest.mark.parametrize("text", ["abc", "0", "-1", "1e9", "nan"])
def test_a_bad_typed_learning_rate_is_refused_and_the_truth_comes_back(panel, text):
    edits, errors = record(panel.edited), record(panel.error)
    panel.lr.lineEdit().setText(text)
    panel.lr.lineEdit().editingFinished.emit()
    assert edits == [] and len(errors) == 1 and "learning rate" in errors[0]
    assert panel.lr.currentText() == "0.03"


def test_activation_applies_to_every_hidden_layer(panel):
    edits = record(panel.edited)
    panel.activation.activated.emit(panel.activation.findData("relu"))
    assert edits == [{"activations": ("relu", "relu", "relu")}]
    tips = [plain(panel.activation.itemData(i, 3)) for i in range(panel.activation.count())]  # 3 = ToolTipRole
    assert TIPS["activation:relu"] in tips


def test_the_other_controls_report_their_fields(panel):
    edits = record(panel.edited)
    panel.optimizer.activated.emit(panel.optimizer.findData("adam"))
    panel.batch.setValue(32)
    panel.regularization.activated.emit(panel.regularization.findData("l2"))
    panel.reg_rate.activated.emit(panel.reg_rate.findData(0.01))
    panel.loss.activated.emit(panel.loss.findData("mse"))
    assert edits == [
        {"optimizer": "adam"},
        {"batch_size": 32},
        {"regularization": "l2"},
        {"reg_rate": 0.01},
        {"loss": "mse"},
    ]


def test_showing_an_experiment_emits_nothing_and_disables_what_does_not_apply(panel):
    edits = record(panel.edited)
    exp = Experiment(data=DataSpec("plane", n=100), problem="regression", regularization="none", lr=0.003)
    panel.set_experiment(exp)
    assert edits == []
    assert not panel.loss.isEnabled() and panel.loss.currentText() == "Squared error"
    assert not panel.reg_rate.isEnabled()
    assert panel.lr.currentText() == "0.003"
    panel.set_experiment(exp.replace(problem="classification", regularization="l1", reg_rate=0.3))
    assert panel.loss.isEnabled() and panel.reg_rate.isEnabled() and panel.reg_rate.currentText() == "0.3"


def test_speed(panel):
    speeds = record(panel.speed_changed)
    panel.speed.activated.emit(len(SPEEDS) - 1)
    panel.speed.activated.emit(0)
    assert speeds == [None, 1.0]
    panel.set_speed(42.0)  # shown as the nearest listed speed
    assert panel.speed.currentData() == 30.0
    panel.set_speed(None)
    assert panel.speed.currentText() == "Max"


def test_tooltips_explain_why(panel):
    assert plain(panel.lr.toolTip()) == TIPS["learning_rate"]
    assert plain(panel.batch.toolTip()) == TIPS["batch_size"]
    assert plain(panel.reg_rate.toolTip()) == TIPS["reg_rate"]


def test_transport_bar_holds_the_actions_and_a_big_epoch_counter(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    actions = {n: QAction(n, owner) for n in ("actionReset", "actionPlay", "actionStep", "actionExplainStep")}
    actions["actionPlay"].setCheckable(True)
    bar = TransportBar(actions)
    qtbot.addWidget(bar)
    assert actions["actionExplainStep"] in bar.actions() and not actions["actionExplainStep"].icon().isNull()
    assert bar.epoch_label.objectName() == "epochLabel" and bar.epoch_label.text() == "000,000"
    assert bar.play_button.defaultAction() is actions["actionPlay"]
    playing_icon = actions["actionPlay"].icon().cacheKey()
    bar.show_playing(True)
    assert actions["actionPlay"].text() == "&Pause" and actions["actionPlay"].icon().cacheKey() != playing_icon
    bar.show_playing(False)
    assert actions["actionPlay"].text() == "&Play"
