"""Every kind of edit, made through the window's own widgets, undone and redone: afterwards the window and the run
are what they were, bit for bit (issue 12).

Each test trains a few epochs first, so that "as before" means a trained run: its weights, optimizer state, random
state and history. An edit that builds a new network is trained a little further before the undo, so that redo is
seen to bring back the run undo left, not a fresh network. The run is read with a round trip
(`controller.call`), which the training process answers after every command sent before it.

A point edit starts from drawn points (one point added first); an undo back to generated points has a test of its
own (`test_undoing_a_drawing_shows_the_data_panel_as_the_points_are`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QToolButton

from nnplayground.core.session import session_from_trainer
from nnplayground.core.snapshot import parameter_views
from nnplayground.core.trainer import Trainer
from tests.ui.window_driver import WAIT, act, click, epoch

BASE = ("--dataset", "gauss", "--points", "60", "--hidden", "3,3", "--optimizer", "adam", "--seed", "1")
TRAINED, TRAINED_AFTER = 3, 2  # epochs before an edit, and after one that builds a new network


# ---- the run, read in the training process -------------------------------------------------------------------
# (with functions of the package itself: the training process unpickles them by name, and importing this module
# there, with pytest and the widgets, would cost more than the test)
RUN_EPOCH = operator.attrgetter("epoch")


def run_state(w) -> dict:
    """Everything the run holds that an undo must put back: its whole session, as a file would save it."""
    s = w.controller.call(session_from_trainer)
    return {
        "experiment": s.experiment,
        "points": s.points,
        "params": s.params,
        "epoch": s.epoch,
        "optimizer": s.optimizer_state,
        "rng": s.rng_state,
        "history": s.history,
        "checkpoints": {cp.epoch: cp.params for cp in s.checkpoints},
    }


def differences(a: object, b: object, where: str = "run") -> list[str]:
    """Where two run states differ (arrays bit for bit, NaN equal to NaN)."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return [f"{where}: keys {sorted(a)} != {sorted(b)}"]
        return [d for k in a for d in differences(a[k], b[k], f"{where}.{k}")]
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return [] if np.array_equal(a, b, equal_nan=True) else [where]
    return [] if a == b else [where]


def ask(w) -> dict:
    """The run's state now; and the window shows that run (the snapshots sent before the answer, delivered)."""
    state = run_state(w)
    QApplication.processEvents()
    snap = w.latest_snapshot
    assert w.shown_snapshot is snap and snap.epoch == state["epoch"] == epoch(w)
    np.testing.assert_array_equal(snap.params, state["params"])
    assert w.timeline.epochs == tuple(state["checkpoints"])
    np.testing.assert_array_equal(w.loss_chart.train_curve.getData()[1], state["history"]["train_loss"])
    assert (state["experiment"], state["points"]) == (w.experiment, w.points)  # the run has what the window has
    return state


def train(qtbot, w, epochs: int) -> None:
    """Step `epochs` epochs on from where the run is (the label may not show a new network's epoch 0 yet)."""
    target = w.controller.call(RUN_EPOCH) + epochs
    for _ in range(epochs):
        act(w, "actionStep").trigger()
    qtbot.waitUntil(lambda: epoch(w) == target, timeout=WAIT)


# ---- the window, as shown ----------------------------------------------------------------------------------------
def shown(w) -> dict:
    """What the widgets show of the experiment and the points."""
    dp, cp, nv = w.data_panel, w.controls_panel, w.network_view
    headers = [nv.layer_header(i) for i in range(len(nv.experiment.hidden))]
    return {
        "problem": dp.problem.currentData(),
        "presets": [
            b.objectName() for b in dp.findChildren(QToolButton) if b.isChecked() and "preset_" in b.objectName()
        ],
        "data": (dp.noise.value(), dp.ratio.value(), dp.count.value(), dp.classes.value(), dp.seed.value()),
        "counts": dp.counts.text(),
        "settings": (cp.lr.currentText(), cp.activation.currentData(), cp.optimizer.currentData(), cp.batch.value()),
        "penalty": (cp.regularization.currentData(), cp.reg_rate.currentText(), cp.loss.currentData()),
        "diagram": nv.experiment,
        "layers": nv.layers_bar.label.text(),
        "headers": [(h.count.text(), h.combo.currentData()) for h in headers],
        "outputs": len(nv.column_item(len(headers)).column),
        "canvas": w.canvas.drawn_points().tolist(),
    }


# ---- what the run's network should be after the edit ---------------------------------------------------------
def fresh(before: dict, w) -> tuple[np.ndarray, int]:
    """A new network: the one a new run of the window's experiment and points starts with."""
    return Trainer(w.experiment, w.points).network.params, 0


def kept(before: dict, w) -> tuple[np.ndarray, int]:
    """The same network, trained as far as before."""
    return before["params"], before["epoch"]


def with_value(layer: int, row: int | None, col: int, value: float) -> Callable[[dict, object], tuple]:
    def expected(before: dict, w) -> tuple[np.ndarray, int]:
        params = before["params"].copy()
        weights, biases = parameter_views(params, w.latest_snapshot.sizes)
        if row is None:
            biases[layer][col] = value
        else:
            weights[layer][row, col] = value
        return params, before["epoch"]

    return expected


def round_trip(qtbot, w, do: Callable[[], object], text: str, network=kept) -> None:
    """Train, `do` the edit (one undo step named `text`), undo it, redo it; check the window and the run each time."""
    train(qtbot, w, TRAINED)
    before_shown, before_exp, before_points, before = shown(w), w.experiment, w.points, ask(w)
    steps = w.undo_stack.count()
    do()
    assert w.undo_stack.count() == steps + 1
    assert act(w, "actionUndo").text() == f"&Undo {text}"
    done_shown, done_exp, done_points, done = shown(w), w.experiment, w.points, ask(w)
    params, at = network(before, w)
    assert done["epoch"] == at
    np.testing.assert_array_equal(done["params"], params)
    assert done_shown != before_shown or not np.array_equal(params, before["params"])  # the edit did something
    if network is fresh:
        train(qtbot, w, TRAINED_AFTER)
    left = ask(w)

    act(w, "actionUndo").trigger()
    assert (w.experiment, w.points) == (before_exp, before_points)
    assert shown(w) == before_shown
    assert not differences(ask(w), before)
    assert act(w, "actionRedo").text() == f"&Redo {text}"

    act(w, "actionRedo").trigger()
    assert (w.experiment, w.points) == (done_exp, done_points)
    assert shown(w) == done_shown
    assert not differences(ask(w), left)


# ---- the gestures ------------------------------------------------------------------------------------------------
def pick(combo: QComboBox, data: object) -> None:
    """Choose an entry as a user does (the combo's `activated`)."""
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


def stroke(qtbot, w, button: Qt.MouseButton = Qt.MouseButton.LeftButton, y: float = 0.0) -> None:
    """A drag across the canvas, the button held (its points a brush's spacing apart: each one paints)."""
    vp = w.canvas.viewport()
    path = [w.canvas.data_to_widget(x, y) for x in np.linspace(-3, 3, 7)]
    qtbot.mousePress(vp, button, pos=path[0])
    for p in path[1:]:
        qtbot.mouseMove(vp, p)
    qtbot.mouseRelease(vp, button, pos=path[-1])


def brush(qtbot, w, key: Qt.Key = Qt.Key.Key_1) -> None:
    """A brush stroke of the class `key` picks."""
    qtbot.keyClick(w, key)
    qtbot.keyClick(w, Qt.Key.Key_B)
    stroke(qtbot, w)


@dataclass
class User:
    """A user at the window, with the gestures the table below is written in."""

    bot: object  # the qtbot
    w: object  # the window
    tmp: Path

    def click(self, x: float, y: float) -> None:
        click(self.bot, self.w, x, y)

    def erase(self) -> None:
        """The eraser, on the first point."""
        self.bot.keyClick(self.w, Qt.Key.Key_E)
        self.click(*self.w.points.xy[0])

    def press(self, name: str, kind: type = QToolButton) -> None:
        found = self.w.findChild(kind, name)
        assert found is not None, name
        self.bot.mouseClick(found, Qt.MouseButton.LeftButton)

    def import_csv(self, classes: int) -> None:
        """File > Import CSV of 30 points of `classes` classes."""
        path = self.tmp / "points.csv"
        xy = np.linspace(-4, 4, 60).reshape(30, 2)
        path.write_text("x,y,label\n" + "".join(f"{x:.3f},{y:.3f},{k % classes}\n" for k, (x, y) in enumerate(xy)))
        assert self.w.import_csv(str(path))


@dataclass(frozen=True)
class Kind:
    name: str
    do: Callable[[User], object]  # the user's gesture
    text: str  # what the Edit menu calls it
    network: Callable = kept  # what the run's network is after it
    args: tuple[str, ...] = ()  # the window's command line, besides BASE
    drawn: bool = False  # start from drawn points (one added): see test_undoing_a_drawing_shows_the_data_panel...


RIGHT = Qt.MouseButton.RightButton
GAUSS = "Generate Two Gaussians"

KINDS = [
    # points
    Kind("add point", lambda u: u.click(1.0, 1.0), "Add point", drawn=True),
    Kind("brush stroke", lambda u: brush(u.bot, u.w), "Brush 8 points", drawn=True),
    pytest.param(Kind("brush a new class", lambda u: brush(u.bot, u.w, Qt.Key.Key_3), "Brush 8 points", fresh,
                      drawn=True)),
    Kind("erase point", lambda u: u.erase(), "Erase point", drawn=True),
    Kind("right drag erase", lambda u: stroke(u.bot, u.w, RIGHT, 0.5), "Erase point", drawn=True),
    Kind("clear", lambda u: u.press("clearButton"), "Clear points", drawn=True),
    Kind("import", lambda u: u.import_csv(2), "Import 30 Points", drawn=True),
    pytest.param(Kind("import more classes", lambda u: u.import_csv(3), "Import 30 Points", fresh, drawn=True),),
    # the network's shape, activations and features, in the diagram
    Kind("add layer", lambda u: u.w.network_view.add_layer.click(), "Add Layer", fresh),
    Kind("remove layer", lambda u: u.w.network_view.remove_layer.click(), "Remove Layer", fresh),
    Kind("add neuron", lambda u: u.w.network_view.layer_header(0).add.click(), "Add Neuron", fresh),
    Kind("remove neuron", lambda u: u.w.network_view.layer_header(1).remove.click(), "Remove Neuron", fresh),
    Kind("layer activation", lambda u: pick(u.w.network_view.layer_header(1).combo, "relu"), "Activation", fresh),
    Kind("feature on", lambda u: u.w.network_view.toggle_feature("x1^2"), "Input features", fresh),
    Kind("feature off", lambda u: u.w.network_view.toggle_feature("x2"), "Input features", fresh),
    # the settings bar
    Kind("all activations", lambda u: pick(u.w.controls_panel.activation, "relu"), "Activation", fresh),
    Kind("learning rate", lambda u: pick(u.w.controls_panel.lr, 0.3), "Learning rate"),
    pytest.param(Kind("optimizer", lambda u: pick(u.w.controls_panel.optimizer, "rmsprop"), "Optimizer"),),
    Kind("batch size", lambda u: u.w.controls_panel.batch.setValue(4), "Batch size"),
    Kind("regularization", lambda u: pick(u.w.controls_panel.regularization, "l2"), "Regularization"),
    Kind("reg. rate", lambda u: pick(u.w.controls_panel.reg_rate, 0.03), "Regularization rate",
         args=("--regularization", "l1", "--reg-rate", "0.001")),
    Kind("loss", lambda u: pick(u.w.controls_panel.loss, "mse"), "Loss", fresh),
    # the data panel
    Kind("preset", lambda u: u.press("preset_circle"), "Generate Circle"),
    Kind("preset with classes", lambda u: u.press("preset_blobs"), "Generate Blobs", fresh),
    Kind("noise", lambda u: u.w.data_panel.noise.setValue(30), GAUSS),
    Kind("points", lambda u: u.w.data_panel.count.setValue(90), GAUSS),
    Kind("classes", lambda u: u.w.data_panel.classes.setValue(4), "Generate Blobs", fresh, ("--dataset", "blobs")),
    Kind("seed", lambda u: u.w.data_panel.seed.setValue(7), GAUSS),
    Kind("regenerate", lambda u: u.press("regenerateButton", QPushButton), GAUSS),
    Kind("train ratio", lambda u: u.w.data_panel.ratio.setValue(70), "Training ratio"),
    Kind("problem type", lambda u: pick(u.w.data_panel.problem, "regression"), "Generate Plane", fresh),
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_an_edit_is_undone_and_redone_in_the_window_and_in_the_run(qtbot, make_window, tmp_path, kind):
    w = make_window(*BASE, *kind.args)
    if kind.drawn:
        click(qtbot, w, -5.0, 5.0)
    round_trip(qtbot, w, lambda: kind.do(User(qtbot, w, tmp_path)), kind.text, kind.network)


@pytest.mark.parametrize(("row", "text"), [(2, "Weight"), (None, "Bias")])
def test_a_typed_weight_or_bias_is_undone_and_redone(qtbot, make_window, row, text):
    w = make_window(*BASE)
    where = (1, row, 0, 0.75)  # into hidden layer 2, its first neuron: from neuron 3 of layer 1, or the bias
    round_trip(qtbot, w, lambda: w.network_view.edit_parameter(*where), text, with_value(*where))


def test_network_edits_in_a_row_are_undone_and_redone_one_run_at_a_time(qtbot, make_window):
    w = make_window(*BASE)
    nv = w.network_view
    runs = []
    for edit in (nv.add_layer.click, lambda: nv.layer_header(0).add.click(), lambda: nv.toggle_feature("x1*x2")):
        train(qtbot, w, TRAINED)
        runs.append(ask(w))
        edit()
    train(qtbot, w, TRAINED_AFTER)
    runs.append(ask(w))
    for run in reversed(runs[:-1]):
        act(w, "actionUndo").trigger()
        assert not differences(ask(w), run)
    for run in runs[1:]:
        act(w, "actionRedo").trigger()
        assert not differences(ask(w), run)


def test_redo_then_undo_keeps_the_training_done_after_the_undo(qtbot, make_window):
    w = make_window(*BASE)
    train(qtbot, w, TRAINED)
    w.network_view.add_layer.click()
    act(w, "actionUndo").trigger()
    train(qtbot, w, TRAINED_AFTER)  # the old network, trained on
    trained_on = ask(w)
    act(w, "actionRedo").trigger()
    assert ask(w)["experiment"].hidden == (3, 3, 3)
    act(w, "actionUndo").trigger()
    assert not differences(ask(w), trained_on)


def test_undoing_a_network_edit_while_training_goes_on_training(qtbot, make_window):
    w = make_window(*BASE, "--speed", "max")
    act(w, "actionPlay").trigger()
    qtbot.waitUntil(lambda: epoch(w) >= TRAINED, timeout=WAIT)
    w.network_view.add_layer.click()
    act(w, "actionUndo").trigger()
    state = run_state(w)
    QApplication.processEvents()  # (the run's word on playing came before its answer)
    assert state["experiment"].hidden == (3, 3)
    assert w.controller.is_playing and act(w, "actionPlay").isChecked()
    qtbot.waitUntil(lambda: epoch(w) > state["epoch"], timeout=WAIT)
    act(w, "actionPlay").trigger()


@pytest.mark.parametrize(
    ("args", "do"),
    [
        (("--dataset", "blobs"), lambda w: w.data_panel.classes.setValue(4)),
        ((), lambda w: pick(w.data_panel.problem, "regression")),
    ],
    ids=["classes", "problem type"],
)
def test_a_data_edit_that_builds_a_new_network_starts_it_on_the_new_points(qtbot, make_window, args, do):
    w = make_window(*BASE, *args)
    train(qtbot, w, TRAINED)
    do(w)
    start = Trainer(w.experiment, w.points)  # what a run of these settings and points starts as
    got = ask(w)
    assert w.latest_snapshot.train_loss == start.evaluate().train_loss  # what the loss label shows
    np.testing.assert_array_equal(got["history"]["train_loss"], start.history.column("train_loss"))
    np.testing.assert_array_equal(got["history"]["test_loss"], start.history.column("test_loss"))


@pytest.mark.parametrize("drawn", [False, True], ids=["back to the generated set", "back to two classes"])
def test_undoing_a_drawing_shows_the_data_panel_as_the_points_are(qtbot, make_window, drawn):
    w = make_window(*BASE)
    if drawn:
        click(qtbot, w, -5.0, 5.0)
    points = w.points
    brush(qtbot, w, Qt.Key.Key_3)  # a third class
    act(w, "actionUndo").trigger()
    assert w.points == points and w.work.is_generated() == (not drawn)
    assert w.findChild(QToolButton, "preset_gauss").isChecked() == (not drawn)
    assert (w.data_panel.count.value(), w.data_panel.classes.value()) == (points.n, 2)
