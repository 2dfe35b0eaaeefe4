"""The diagram by keyboard alone: a focus ring moved by the arrows, Return as a click, W walks the weights."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from nnplayground.ui.common.theme import DARK, LIGHT
from nnplayground.ui.network import look
from nnplayground.ui.network.view import NetworkView

K = Qt.Key
WAIT = 5000


@pytest.fixture(scope="module")
def spiral() -> PointSet:
    return PointSet.generate("spiral", 200)


def focused(qtbot, view: NetworkView, exp: Experiment, points: PointSet) -> Trainer:
    trainer = Trainer(exp, points)
    trainer.run(3)
    view.set_experiment(exp, trainer.head)
    view.set_snapshot(trainer.snapshot())
    view.window().activateWindow()
    view.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.view.hasFocus, timeout=WAIT)
    return trainer


def keys(qtbot, view: NetworkView, *pressed) -> str:
    for key in pressed:
        qtbot.keyClick(view.view, key)
    return view.view.accessibleDescription()


def ring_pixels(view: NetworkView, colour: str) -> int:
    img = view.view.grab().toImage()
    target = LIGHT.focus if colour == "light" else DARK.focus
    return sum(
        img.pixelColor(x, y).name() == target for x in range(0, img.width(), 1) for y in range(0, img.height(), 2)
    )


def test_the_arrows_move_a_ring_between_neurons_and_the_description_follows(qtbot, view, spiral):
    assert view.view.focusPolicy() == Qt.FocusPolicy.TabFocus  # a click leaves the keys with the playground
    before = ring_pixels(view, "light")
    snap = focused(qtbot, view, Experiment(hidden=(4, 2)), spiral).snapshot()
    assert ring_pixels(view, "light") > before + 20  # a ring is drawn round the focused neuron
    said = view.view.accessibleDescription()
    assert said == f"neuron 1 of layer 1, bias {snap.biases[0][0]:.2f}"
    assert keys(qtbot, view, K.Key_Down, K.Key_Down).startswith("neuron 3 of layer 1, bias")
    assert keys(qtbot, view, K.Key_Right).startswith("neuron 2 of layer 2")  # the nearest one in the next layer
    assert keys(qtbot, view, K.Key_Right).startswith("output neuron 1")
    assert keys(qtbot, view, K.Key_Right).startswith("output neuron 1")  # the last layer: the ring stays
    assert keys(qtbot, view, K.Key_Left, K.Key_Left, K.Key_Left, K.Key_Up).startswith("feature ")
    assert view.experiment.hidden == (4, 2)  # nothing else happened on the way


def test_return_selects_a_neuron_as_a_click_does_and_toggles_a_feature(qtbot, view, spiral):
    focused(qtbot, view, Experiment(hidden=(4, 2)), spiral)
    keys(qtbot, view, K.Key_Down, K.Key_Return)
    assert view.selected() == (0, 1) and "h" in view.formula.text()  # its formula shows
    assert keys(qtbot, view, K.Key_Left) == "feature x₂², off"  # the feature nearest, level with the neuron
    with qtbot.waitSignal(view.experiment_edited, timeout=WAIT) as blocker:
        qtbot.keyClick(view.view, K.Key_Return)
    assert blocker.args[0].features == ("x1", "x2", "x2^2")
    assert view.view.hasFocus() and view.view.accessibleDescription() == "feature x₂², on"


def test_w_walks_the_incoming_weights_and_return_edits_one_with_the_keyboard(qtbot, view, spiral):
    snap = focused(qtbot, view, Experiment(hidden=(4, 2)), spiral).snapshot()
    said = keys(qtbot, view, K.Key_Down, K.Key_W)
    assert said == f"weight from x₁ to neuron 2 of layer 1: {snap.weights[0][0, 1]:.2f}"
    assert keys(qtbot, view, K.Key_Down).startswith("weight from x₂ to neuron 2 of layer 1")
    assert keys(qtbot, view, K.Key_Down) == f"bias of neuron 2 of layer 1: {snap.biases[0][1]:.2f}"
    assert keys(qtbot, view, K.Key_Down).startswith("weight from x₁")  # round again
    qtbot.keyClick(view.view, K.Key_Return)
    editor = view.editor
    assert editor.isVisible() and editor.hasFocus()
    assert float(editor.text()) == pytest.approx(snap.weights[0][0, 1], abs=1e-3)
    qtbot.keyClick(editor, K.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "0.75")
    with qtbot.waitSignal(view.parameter_edited, timeout=WAIT) as blocker:
        qtbot.keyClick(editor, K.Key_Return)
    assert blocker.args == [0, 0, 1, 0.75]
    qtbot.waitUntil(view.view.hasFocus, timeout=WAIT)  # back on the walk, for the next weight
    assert keys(qtbot, view, K.Key_Escape).startswith("neuron 2 of layer 1")
    keys(qtbot, view, K.Key_W, K.Key_Up, K.Key_Return)  # the bias, from the other end
    assert view.editor.isVisible() and float(view.editor.text()) == pytest.approx(snap.biases[0][1], abs=1e-3)
    qtbot.keyClick(view.editor, K.Key_Escape)
    qtbot.waitUntil(view.view.hasFocus, timeout=WAIT)
    assert keys(qtbot, view, K.Key_Up, K.Key_Left) == "feature x₂, on"  # Left: to the link's source


def test_the_ring_is_in_the_themes_focus_colour_also_dark(qtbot, view, spiral):
    focused(qtbot, view, Experiment(), spiral)
    look.set_look(view, 1.0, DARK)
    qtbot.waitUntil(lambda: view.view.hasFocus(), timeout=WAIT)
    assert ring_pixels(view, "dark") > 20
    QApplication.focusWidget().clearFocus()
    assert ring_pixels(view, "dark") < 5  # only while the diagram has the focus


def test_help_lists_the_diagrams_keys():
    from nnplayground.ui.window.help import help_html

    text = help_html({})
    assert "arrows on the diagram" in text and "W on the diagram" in text and "incoming weights" in text
