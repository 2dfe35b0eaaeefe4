"""The More settings window: every control is made from the settings table, each chooser reaches the run (and the
trainer), the controls that change nothing now are greyed out, zeros come with their warning, a bad typed value is
refused with the table's sentence, the rate beside the loss follows the schedule and a stop rule pauses the run."""

from __future__ import annotations

import operator

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QToolButton

from nnplayground.core import initializers, schedules, settings
from nnplayground.ui.common.setting_widgets import object_name
from nnplayground.ui.common.tooltip import plain
from nnplayground.ui.window.more_settings import GROUPS, MoreSettings
from tests.ui.window_driver import WAIT, act, epoch

FIELDS = [f for _, fields in GROUPS for f in fields]
RUN_BETAS = operator.attrgetter("optimizer.betas")  # (the training process unpickles it by name)


def control(w, field):
    s = settings.get(field)
    kind = QComboBox if s.choices or (s.kind is float) else QCheckBox if s.kind is bool else QSpinBox
    suffix = "Combo" if s.choices else "Check" if s.kind is bool else "Spin" if s.kind is int else "Edit"
    found = w.findChild(kind, object_name(field, suffix))
    assert found is not None, field
    return found


def choose(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def type_into(combo: QComboBox, text: str) -> None:
    combo.lineEdit().setText(text)
    combo.lineEdit().editingFinished.emit()


def test_every_control_is_its_settings_entry(qtbot):
    d = MoreSettings()
    qtbot.addWidget(d)
    for field in FIELDS:
        s = settings.get(field)
        c = control(d, field)
        assert plain(c.toolTip()) == s.help, field
        if s.choices:
            assert [c.itemData(i) for i in range(c.count())] == list(s.choices)
            assert [c.itemText(i) for i in range(c.count())] == [s.choice_labels[k] for k in s.choices]
        elif s.kind is int:
            assert (c.minimum(), c.maximum()) == (s.lo, s.hi)


def test_the_more_button_opens_the_window(qtbot, make_window):
    w = make_window("--dataset", "gauss")
    d = w.findChild(MoreSettings, "moreSettingsDialog")
    assert not d.isVisible()
    w.findChild(QToolButton, "moreSettingsButton").click()
    qtbot.waitExposed(d)
    assert d.isVisible() and control(d, "init").currentData() == "auto"


def test_each_chooser_reaches_the_run(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--optimizer", "momentum")
    choose(control(w, "init"), "he_uniform")
    assert w.experiment.init == "he_uniform" and w.controller.experiment is w.experiment
    type_into(control(w, "init_scale"), "0.5")
    assert w.experiment.init_scale == 0.5
    type_into(control(w, "momentum"), "0.5")
    control(w, "nesterov").click()
    assert (w.experiment.momentum, w.experiment.nesterov) == (0.5, True)
    choose(control(w, "schedule"), "step")
    control(w, "lr_step").setValue(3)
    type_into(control(w, "lr_gamma"), "0.25")
    control(w, "warmup").setValue(2)
    control(w, "stop_patience").setValue(40)
    type_into(control(w, "stop_accuracy"), "0.99")
    control(w, "stop_restore").click()
    choose(control(w, "dropout"), 0.2)
    e = w.experiment
    assert (e.schedule, e.lr_step, e.lr_gamma, e.warmup) == ("step", 3, 0.25, 2)
    assert (e.stop_patience, e.stop_accuracy, e.stop_restore, e.dropout) == (40, 0.99, True, 0.2)
    assert w.undo_stack.count() == 12  # one undo step per edit
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert not w.experiment.stop_restore and w.experiment.dropout == 0 and not control(w, "stop_restore").isChecked()
    # the trainer (in its own process) trains with these: the first weights are He uniform's, halved
    qtbot.waitUntil(lambda: w.latest_snapshot.epoch == 0 and w.latest_snapshot.reason == "settings", timeout=WAIT)
    from nnplayground.core import Network

    start = Network(w.latest_snapshot.sizes, "tanh", "sigmoid", init="he_uniform", seed=w.experiment.seed)
    initializers.initialize(start, "he_uniform", w.experiment.seed, 0.5)
    assert np.array_equal(w.latest_snapshot.params, start.params)


def test_adams_betas_reach_the_run(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--optimizer", "adam")
    type_into(control(w, "beta1"), "0.8")
    type_into(control(w, "beta2"), "0.95")
    assert (w.experiment.beta1, w.experiment.beta2) == (0.8, 0.95)
    assert w.controller.call(RUN_BETAS) == (0.8, 0.95)  # the trainer (in its own process) steps with them


def test_the_controls_that_change_nothing_now_are_greyed_out(qtbot, make_window):
    w = make_window("--dataset", "gauss")
    assert not control(w, "momentum").isEnabled() and not control(w, "beta1").isEnabled()
    choose(w.findChild(QComboBox, "optimizerCombo"), "adam")
    assert control(w, "beta1").isEnabled() and control(w, "beta2").isEnabled()
    assert not control(w, "nesterov").isEnabled()
    assert not control(w, "lr_period").isEnabled()
    choose(control(w, "schedule"), "cosine")
    assert control(w, "lr_period").isEnabled() and control(w, "lr_min").isEnabled()
    assert not control(w, "lr_step").isEnabled()
    assert "0.03" in w.findChild(QLabel, "scheduleRates").text()


def test_zeros_come_with_the_warning_of_why_they_cannot_break_symmetry(qtbot, make_window):
    w = make_window("--dataset", "gauss")
    w.controls_panel.open_more()
    warning = w.findChild(QLabel, "initWarning")
    assert not warning.isVisible()
    choose(control(w, "init"), "zeros")
    assert warning.isVisible() and "symmetry" in warning.text()
    assert "symmetry" in plain(w.findChild(QToolButton, "moreSettingsButton").toolTip())


@pytest.mark.parametrize(("field", "text", "message"), [("init_scale", "0", "initial scale must be above 0"),
                                                         ("beta2", "1", "must be below 1"),
                                                         ("stop_loss", "abc", "must be a number")])  # fmt: skip
def test_a_bad_typed_value_is_refused_with_the_tables_sentence(qtbot, make_window, field, text, message):
    w = make_window("--dataset", "gauss", "--optimizer", "adam")
    before = w.experiment
    type_into(control(w, field), text)
    assert w.experiment == before and message in w.statusBar().currentMessage().lower()
    assert control(w, field).currentText() == settings.get(field).show(settings.read(before, field))


def test_the_rate_beside_the_loss_follows_the_schedule(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--schedule", "step", "--lr-step", "2", "--lr-gamma", "0.5")
    rate = w.findChild(QLabel, "rateLabel")
    assert rate.text() == "rate 0.03"
    act(w, "actionStep").trigger()
    act(w, "actionStep").trigger()
    qtbot.waitUntil(lambda: epoch(w) == 2, timeout=WAIT)
    assert rate.text() == f"rate {schedules.rate_at(w.experiment, 2):.3g}" == "rate 0.015"


def test_a_stop_rule_pauses_the_run_and_says_which(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--stop-epoch", "5")
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: "Stopped at epoch 5" in w.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: not act(w, "actionPlay").isChecked(), timeout=WAIT)
    qtbot.waitUntil(lambda: epoch(w) == 5, timeout=WAIT)
    assert w.latest_snapshot.epoch == 5
    act(w, "actionStep").trigger()  # the rule has fired: stepping on trains further
    qtbot.waitUntil(lambda: epoch(w) == 6, timeout=WAIT)


def test_stepping_with_dropout_greys_the_dropped_neurons(qtbot, make_window):
    w = make_window("--dataset", "gauss", "--dropout", "0.5", "--batch-size", "1", "--hidden", "8,8")
    act(w, "actionStepBatch").trigger()
    qtbot.waitUntil(lambda: w.latest_snapshot.batch == 1 and w.latest_snapshot.reason == "step", timeout=WAIT)
    qtbot.waitUntil(lambda: w.network_view.column_item(0).enabled.size == 8, timeout=WAIT)
    snap = w.latest_snapshot
    assert len(snap.dropped) == 2 and any(d.any() for d in snap.dropped)
    for layer, dropped in enumerate(snap.dropped):
        assert np.array_equal(w.network_view.column_item(layer).enabled, ~dropped)
    assert w.network_view.column_item(2).enabled.all()  # the output is never dropped
