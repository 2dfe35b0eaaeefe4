"""Storms of random user actions during training: afterwards every view agrees with the run, and nothing crashed.

Seen before: after ~100 mixed actions the diagram showed another experiment than the window and the run had. The
storm is seeded, so a failure is a sequence that can be replayed.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QSlider, QToolButton

from nnplayground.core.experiment import FEATURES
from tests.ui.window_driver import WAIT, act, click, epoch

ACTIONS = 100


def trainer_state(trainer) -> tuple:
    """What the training process holds (run there, between two slices of training)."""
    return trainer.experiment, trainer.points, trainer.network.sizes


def _combo_pick(rng: random.Random, combo: QComboBox) -> None:
    if combo.isEnabled() and combo.count():
        combo.activated.emit(rng.randrange(combo.count()))


def storm_step(qtbot, w, rng: random.Random) -> str:
    """One random action, as a user could do it; returns its name (for the failure message)."""
    nv = w.network_view
    kind = rng.choice(
        [
            "add_layer", "remove_layer", "neuron", "layer_activation", "feature", "preset", "problem", "undo",
            "redo", "step", "step_batch", "play", "lr", "activation", "batch", "click", "regenerate", "reset",
            "timeline", "noise",
        ]
    )  # fmt: skip
    if kind == "add_layer" and nv.add_layer.isEnabled():
        nv.add_layer.click()
    elif kind == "remove_layer" and nv.remove_layer.isEnabled():
        nv.remove_layer.click()
    elif kind == "neuron" and w.experiment.hidden:
        header = nv.layer_header(rng.randrange(len(w.experiment.hidden)))
        button = header.add if rng.random() < 0.5 else header.remove
        if button.isEnabled():
            button.click()
    elif kind == "layer_activation" and w.experiment.hidden:
        _combo_pick(rng, nv.layer_header(rng.randrange(len(w.experiment.hidden))).combo)
    elif kind == "feature":
        nv.toggle_feature(rng.choice(FEATURES))
    elif kind == "preset":
        tiles = [b for b in w.findChildren(QToolButton) if b.objectName().startswith("preset_") and b.isVisible()]
        rng.choice(tiles).click()
    elif kind == "problem":
        _combo_pick(rng, w.findChild(QComboBox, "problemCombo"))
    elif kind in ("undo", "redo", "step", "reset"):
        act(w, f"action{kind.capitalize()}").trigger()
    elif kind == "step_batch":
        act(w, "actionStepBatch").trigger()
    elif kind == "play":
        act(w, "actionPlay").trigger()
    elif kind == "lr":
        _combo_pick(rng, w.findChild(QComboBox, "lrCombo"))
    elif kind == "activation":
        _combo_pick(rng, w.findChild(QComboBox, "activationCombo"))
    elif kind == "batch":
        w.controls_panel.batch.setValue(rng.choice([1, 5, 10, 30, 100]))
    elif kind == "click":
        click(qtbot, w, rng.uniform(-5.5, 5.5), rng.uniform(-5.5, 5.5))
    elif kind == "regenerate":
        w.findChild(QPushButton, "regenerateButton").click()
    elif kind == "timeline":
        slider = w.timeline.findChild(QSlider, "timelineSlider")
        slider.setValue(rng.randrange(slider.maximum() + 1))
    elif kind == "noise":
        w.data_panel.noise.setValue(rng.randrange(0, 60, 5))
    if rng.random() < 0.3:
        qtbot.wait(rng.choice([0, 5, 20]))  # let some snapshots in between, as a user's pace would
    return kind


@pytest.mark.parametrize("seed", list(range(1, 7)))
def test_after_a_storm_of_actions_during_training_every_view_agrees_with_the_run(qtbot, make_window, seed):
    w = make_window("--dataset", "spiral", "--points", "300", "--speed", "max")
    w.resize(1400, 860)  # the data column whole (a narrower window folds it into a drawer)
    rng = random.Random(seed)
    act(w, "actionPlay").trigger()
    done = [storm_step(qtbot, w, rng) for _ in range(ACTIONS)]
    if w.controller.is_playing or act(w, "actionPlay").isChecked():
        w.set_playing(False)
    qtbot.waitUntil(lambda: not w.controller.is_playing, timeout=WAIT)
    act(w, "actionStep").trigger()
    # A round trip: the run answers after every command sent before, and the snapshots those made were posted to
    # this thread before the answer; delivering the posted events shows the last of them.
    experiment, points, sizes = w.controller.call(trainer_state)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: w.shown_snapshot is w.latest_snapshot, timeout=WAIT)
    assert w.latest_snapshot.reason == "step"
    story = f"seed {seed}: {' '.join(done)}"

    e = w.experiment
    assert experiment == e, story
    assert points == w.points, story
    snap = w.latest_snapshot
    assert snap.sizes[:-1] == (len(e.features), *e.hidden) == sizes[:-1], story
    assert snap.features == e.features and snap.activations[:-1] == e.activations, story
    assert epoch(w) == snap.epoch, story
    nv = w.network_view
    assert nv.experiment == e, story
    assert nv.layers_bar.label.text().startswith(f"<b>{len(e.hidden)}</b>"), story
    for layer, width in enumerate(e.hidden):
        header = nv.layer_header(layer)
        assert header.count.text().split()[0] == str(width), story
        assert header.combo.currentData() == e.activations[layer], story
    assert len(nv.column_item(len(e.hidden)).column) == sizes[-1], story  # the output column
    assert w.controls_panel.lr.currentText() == f"{e.lr:g}", story
    assert w.data_panel.problem.currentData() == e.problem, story
    assert not act(w, "actionPlay").isChecked(), story
    assert w.canvas.drawn_points().shape[0] <= w.points.n, story
