"""The network designer, driven like a user drives it, against real Trainer snapshots."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from nnplayground.core.experiment import ACTIVATIONS, FEATURES, OPTIMIZERS, DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from nnplayground.ui.common import explain
from nnplayground.ui.common.tooltip import plain
from nnplayground.ui.network import layout as nl
from nnplayground.ui.network.formula import number
from nnplayground.ui.network.header import LayerHeader
from nnplayground.ui.network.view import NetworkView


@pytest.fixture(scope="module")
def spiral() -> PointSet:
    return PointSet.generate("spiral", 200)


def show(view: NetworkView, exp: Experiment, points: PointSet, epochs: int = 0) -> Trainer:
    trainer = Trainer(exp, points)
    trainer.run(epochs)
    view.set_experiment(exp, trainer.head)
    view.set_snapshot(trainer.snapshot())
    return trainer


def viewport_pos(view: NetworkView, scene_pos: QPointF):
    return view.view.mapFromScene(scene_pos)


def click_scene(qtbot, view: NetworkView, scene_pos: QPointF) -> None:
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos(view, scene_pos))


def edited(qtbot, view: NetworkView, action) -> Experiment:
    with qtbot.waitSignal(view.experiment_edited, timeout=2000) as blocker:
        action()
    return blocker.args[0]


# ---- shape: neurons, layers, features, activations --------------------------------------------------------------
def test_neuron_buttons_change_the_trained_networks_shape(qtbot, view, spiral):
    show(view, Experiment(), spiral)
    header = view.layer_header(0)
    new = edited(qtbot, view, lambda: qtbot.mouseClick(header.add, Qt.MouseButton.LeftButton))
    assert new.hidden == (9, 8)
    assert Trainer(new, spiral).network.sizes == (2, 9, 8, 1)
    assert header.count.text() == "9 neurons"
    new = edited(qtbot, view, lambda: qtbot.mouseClick(view.layer_header(1).remove, Qt.MouseButton.LeftButton))
    assert new.hidden == (9, 7)
    assert Trainer(new, spiral).network.sizes == (2, 9, 7, 1)
    assert "rebuilt" in view.status_label.text().lower()


def test_neuron_buttons_stop_at_1_and_64(qtbot, view, spiral):
    view.set_experiment(Experiment().with_hidden((64, 1)))
    full, single = view.layer_header(0), view.layer_header(1)
    assert not full.add.isEnabled() and full.remove.isEnabled()
    assert not single.remove.isEnabled() and single.add.isEnabled()
    with qtbot.assertNotEmitted(view.experiment_edited):
        qtbot.mouseClick(full.add, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(single.remove, Qt.MouseButton.LeftButton)
        full.neurons_changed.emit(0, +1)  # even if a signal got through, the view keeps the bounds
        single.neurons_changed.emit(1, -1)
    assert view.experiment.hidden == (64, 1)


def test_layer_buttons_add_and_remove_layers_within_0_to_8(qtbot, view, spiral):
    view.set_experiment(Experiment().with_hidden((8, 3), ("tanh", "relu")))
    new = edited(qtbot, view, lambda: qtbot.mouseClick(view.add_layer, Qt.MouseButton.LeftButton))
    assert new.hidden == (8, 3, 3) and new.activations == ("tanh", "relu", "relu")  # copies the last layer
    assert Trainer(new, spiral).network.sizes == (2, 8, 3, 3, 1)
    for expected in ((8, 3), (8,), ()):
        new = edited(qtbot, view, lambda: qtbot.mouseClick(view.remove_layer, Qt.MouseButton.LeftButton))
        assert new.hidden == expected
    assert Trainer(new, spiral).network.sizes == (2, 1)
    assert not [h for h in view.strip.findChildren(LayerHeader) if h.isVisible()]  # no header left behind
    assert not view.remove_layer.isEnabled()
    with qtbot.assertNotEmitted(view.experiment_edited):
        qtbot.mouseClick(view.remove_layer, Qt.MouseButton.LeftButton)
    new = edited(qtbot, view, lambda: qtbot.mouseClick(view.add_layer, Qt.MouseButton.LeftButton))
    assert new.hidden == (4,)  # a first layer gets 4 neurons
    for _ in range(7):
        new = edited(qtbot, view, lambda: qtbot.mouseClick(view.add_layer, Qt.MouseButton.LeftButton))
    assert len(new.hidden) == 8 and not view.add_layer.isEnabled()
    with qtbot.assertNotEmitted(view.experiment_edited):
        qtbot.mouseClick(view.add_layer, Qt.MouseButton.LeftButton)
    assert view.layers_bar.label.text().startswith("<b>8</b>")


def test_clicking_a_feature_toggles_it_and_changes_the_input_width(qtbot, view, spiral):
    show(view, Experiment(), spiral)
    column = view.column_item(-1)
    square = column.node_rect(FEATURES.index("x1^2")).center()
    new = edited(qtbot, view, lambda: click_scene(qtbot, view, square))
    assert new.features == ("x1", "x2", "x1^2")
    assert Trainer(new, spiral).network.sizes[0] == 3
    assert view.column_item(-1).enabled.tolist() == [f in new.features for f in FEATURES]
    new = edited(qtbot, view, lambda: view.toggle_feature("x1"))
    assert new.features == ("x2", "x1^2")
    assert Trainer(new, spiral).network.sizes[0] == 2
    assert view.links_item(0).shape_ == (2, 8)  # links leave from the used features only


def test_the_last_feature_cannot_be_switched_off(qtbot, view):
    view.set_experiment(Experiment(features=("sin(x1)",)))
    with qtbot.assertNotEmitted(view.experiment_edited):
        view.toggle_feature("sin(x1)")
    assert view.experiment.features == ("sin(x1)",)
    assert "at least one input feature" in view.status_label.text()


def test_each_layer_has_its_own_activation_and_it_reaches_the_core(qtbot, view, spiral):
    view.set_experiment(Experiment())
    combo = view.layer_header(1).combo
    assert "non-linear" in combo.toolTip()  # the "why" text from explain.TIPS
    combo.setFocus()
    new = edited(qtbot, view, lambda: qtbot.keyClick(combo, Qt.Key.Key_Down))
    chosen = ACTIVATIONS[ACTIVATIONS.index("tanh") + 1]
    assert new.activations == ("tanh", chosen)
    trainer = Trainer(new, spiral)
    assert trainer.network.hidden_activations == ("tanh", chosen)
    assert trainer.snapshot().activations == ("tanh", chosen, "sigmoid")
    for i, name in enumerate(ACTIVATIONS):  # every choice explains itself
        assert plain(combo.itemData(i, Qt.ItemDataRole.ToolTipRole)) == explain.TIPS[f"activation:{name}"]


# ---- weights and biases --------------------------------------------------------------------------------------------
def test_edit_parameter_reaches_the_weights_and_the_next_snapshot(qtbot, view, spiral):
    trainer = show(view, Experiment(), spiral, epochs=2)
    with qtbot.waitSignal(view.parameter_edited) as blocker:
        assert view.edit_parameter(0, 1, 3, 0.75)
    assert blocker.args == [0, 1, 3, 0.75]
    trainer.set_parameter(*blocker.args)
    assert trainer.network.weights[0][1, 3] == 0.75
    snap = trainer.snapshot()
    assert snap.weights[0][1, 3] == 0.75
    view.set_snapshot(snap)
    assert view.links_item(0).weights[1, 3] == 0.75
    with qtbot.waitSignal(view.parameter_edited) as blocker:
        assert view.edit_parameter(2, None, 0, -0.5)  # the output's bias
    assert blocker.args == [2, None, 0, -0.5]
    trainer.set_parameter(*blocker.args)
    view.set_snapshot(trainer.snapshot())
    assert view.column_item(2).biases[0] == -0.5


@pytest.mark.parametrize(
    "args, message",
    [((0, 2, 0, 1.0), "no input 3"), ((0, 0, 8, 1.0), "no neuron 9"), ((5, 0, 0, 1.0), "no neuron"),
     ((0, 0, 0, "abc"), "not a number"), ((0, 0, 0, float("nan")), "finite"), ((0, None, 0, float("inf")), "finite")],
)  # fmt: skip
def test_bad_parameter_edits_are_refused_with_a_message(qtbot, view, spiral, args, message):
    show(view, Experiment(), spiral)
    with qtbot.assertNotEmitted(view.parameter_edited):
        assert view.edit_parameter(*args) is False
    assert message in view.status_label.text()


def _a_drawn_link(view: NetworkView, layer: int) -> tuple[int, int, QPointF]:
    """A link and a point on it that no other drawn link passes within a few pixels of."""
    links = view.links_item(layer)
    x = (links.x0.mean() + links.x1.mean()) / 2
    ys = nl.link_y_at(links.x0, links.y0, links.x1, links.y1, x)
    for r, c in zip(*np.nonzero(links.drawn), strict=True):
        others = np.delete(ys[links.drawn], np.flatnonzero((np.argwhere(links.drawn) == (r, c)).all(axis=1)))
        if np.nanmin(np.abs(others - ys[r, c])) > 6:
            return int(r), int(c), QPointF(x, ys[r, c])
    raise AssertionError("no isolated link to click")


def test_clicking_a_link_opens_an_editor_and_typing_sets_the_weight(qtbot, view, spiral):
    show(view, Experiment(), spiral, epochs=3)
    r, c, point = _a_drawn_link(view, 1)
    click_scene(qtbot, view, point)
    editor = view.editor
    assert editor.isVisible()
    assert float(editor.text()) == pytest.approx(view.links_item(1).weights[r, c], abs=1e-3)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "-")
    with qtbot.assertNotEmitted(view.parameter_edited):  # "-" alone is not a number: the editor stays, in red
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible() and "d62728" in editor.styleSheet()
    qtbot.keyClicks(editor, "1.5")
    with qtbot.waitSignal(view.parameter_edited) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args == [1, r, c, -1.5]
    assert not editor.isVisible()


def test_clicking_a_bias_mark_edits_the_bias(qtbot, view, spiral):
    show(view, Experiment(), spiral, epochs=1)
    column = view.column_item(0)
    click_scene(qtbot, view, column.bias_rect(4).center())
    assert view.editor.isVisible()
    qtbot.keyClick(view.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor, "0.25")
    with qtbot.waitSignal(view.parameter_edited) as blocker:
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert blocker.args == [0, None, 4, 0.25]


def test_link_colour_and_width_follow_the_weights_sign_and_size(view, spiral):
    trainer = show(view, Experiment(), spiral)
    for row, col, value in ((0, 0, 2.5), (1, 0, -0.02), (0, 1, -3.0), (1, 1, 0.2)):
        trainer.set_parameter(0, row, col, value)
    view.set_snapshot(trainer.snapshot())
    links = view.links_item(0)
    (strong_pos, w_sp), (weak_neg, w_wn) = links.style(0, 0), links.style(1, 0)
    (strong_neg, w_sn), (mid_pos, w_mp) = links.style(0, 1), links.style(1, 1)
    assert strong_pos.blue() > strong_pos.red() and mid_pos.blue() > mid_pos.red()  # blue: positive
    assert strong_neg.red() > strong_neg.blue() and weak_neg.red() > weak_neg.blue()  # orange: negative
    assert w_sn > w_wn and w_sp > w_mp  # wider for a larger magnitude
    assert weak_neg.lightness() > strong_neg.lightness()  # and a weak link fades towards white
    trainer.set_parameter(0, 1, 0, 3.0)  # a sign flip is seen at the next snapshot
    view.set_snapshot(trainer.snapshot())
    colour, width = links.style(1, 0)
    assert colour.blue() > colour.red() and width == pytest.approx(w_sn)


# ---- live pictures, hover, selection, rewind ---------------------------------------------------------------------
def test_thumbnails_change_between_snapshots(view, spiral):
    trainer = show(view, Experiment(), spiral)
    before = [img.copy() for img in view.column_item(0).images]
    assert all(img is not None and not img.isNull() for img in before)
    trainer.run(20)
    view.set_snapshot(trainer.snapshot())
    after = view.column_item(0).images
    assert len(after) == 8 and any(a != b for a, b in zip(before, after, strict=True))
    assert len(view.column_item(2).images) == 1 and view.column_item(2).images[0] is not None


def _rgb(image) -> np.ndarray:  # noqa: ANN001 - a QImage
    image = image.convertToFormat(image.Format.Format_RGBA8888)
    bits = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return bits.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3].astype(float)


def test_each_neuron_is_drawn_at_its_place_with_its_own_picture(view, spiral):
    show(view, Experiment(), spiral, epochs=30)
    shot = view.view.viewport().grab().toImage()
    ratio, screen = shot.devicePixelRatio(), _rgb(shot)
    column = view.column_item(0)
    pictures = [_rgb(p) for p in column.images]
    inset = 3.0  # leave the border and a pixel of rounding out
    for i in range(len(column.column)):
        node = column.node_rect(i)
        r = column.mapRectToScene(node.adjusted(inset, inset, -inset, -inset))
        top_left, bottom_right = viewport_pos(view, r.topLeft()), viewport_pos(view, r.bottomRight())
        drawn = screen[
            int(top_left.y() * ratio) : int(bottom_right.y() * ratio),
            int(top_left.x() * ratio) : int(bottom_right.x() * ratio),
        ]
        # the part of a picture under the drawn pixels, sampled as the screen shows it
        ph, pw = pictures[0].shape[:2]
        rows = ((inset + (np.arange(drawn.shape[0]) + 0.5) / ratio) / node.height() * ph).astype(int).clip(0, ph - 1)
        cols = ((inset + (np.arange(drawn.shape[1]) + 0.5) / ratio) / node.width() * pw).astype(int).clip(0, pw - 1)
        errors = [np.abs(p[rows][:, cols] - drawn).mean() for p in pictures]
        assert errors[i] < 6 and errors[i] == min(errors)  # its own picture, not another neuron's


def test_a_column_image_places_and_fades_each_picture():
    from nnplayground.ui.network import images

    colours = np.array([[200, 30, 30, 255], [30, 200, 30, 255], [30, 30, 200, 255]], dtype=np.uint8)
    pictures = np.broadcast_to(colours[:, None, None, :], (3, 4, 4, 4))
    xs, ys = np.array([10.0, 20.0, 10.0]), np.array([10.0, 30.0, 50.0])
    for ratio in (1.0, 2.0):
        image, corner = images.column_image(pictures, xs, ys, 8.0, ratio, np.array([False, False, True]), 0.3)
        assert image.devicePixelRatio() == ratio
        centres = [
            image.pixelColor(int((x - corner.x()) * ratio), int((y - corner.y()) * ratio))
            for x, y in zip(xs, ys, strict=True)
        ]
        assert [c.getRgb()[:3] for c in centres[:2]] == [(200, 30, 30), (30, 200, 30)]
        faded = centres[2]  # blended towards white as if drawn at 30% opacity
        assert faded.getRgb()[:3] == tuple(round(255 - (255 - v) * 0.3) for v in (30, 30, 200))
        between = image.pixelColor(int((15 - corner.x()) * ratio), int((40 - corner.y()) * ratio))
        assert between.alpha() == 0  # nothing drawn between the squares: the links show through


def test_hovering_a_neuron_emits_its_layer_and_index(qtbot, view, spiral):
    show(view, Experiment(), spiral, epochs=1)
    viewport = view.view.viewport()
    qtbot.mouseMove(viewport, viewport_pos(view, QPointF(3, 3)))
    with qtbot.waitSignal(view.neuron_hovered) as blocker:
        qtbot.mouseMove(viewport, viewport_pos(view, view.column_item(1).node_rect(5).center()))
    assert blocker.args == [1, 5]
    assert "Hidden layer 2, neuron 6" in view.column_item(1).toolTip()
    assert "Bias:" in view.column_item(1).toolTip()
    with qtbot.waitSignal(view.neuron_hovered) as blocker:
        qtbot.mouseMove(viewport, viewport_pos(view, view.column_item(-1).node_rect(2).center()))
    assert blocker.args == [-1, 2]  # an input feature: its index in FEATURES
    with qtbot.waitSignal(view.hover_ended):
        qtbot.mouseMove(viewport, viewport_pos(view, QPointF(3, 3)))


def test_selecting_a_neuron_shows_its_formula_with_live_numbers(qtbot, view, spiral):
    trainer = show(view, Experiment(), spiral, epochs=2)
    with qtbot.waitSignal(view.neuron_selected) as blocker:
        click_scene(qtbot, view, view.column_item(1).node_rect(2).center())
    assert blocker.args == [1, 2]
    trainer.step_batch()
    snap = trainer.snapshot()
    view.set_snapshot(snap)
    text = view.formula.text()
    assert "h<sub>2,3</sub></b> = tanh(" in text
    assert f"{number(abs(snap.weights[1][0, 2]))}</a>·h<sub>1,1</sub>" in text
    assert f"<a href='b'>{number(abs(snap.biases[1][2]))}</a>" in text
    assert f"δ = ∂L/∂b = <b>{number(snap.bias_grads[1][2])}</b>" in text


def test_the_numbers_in_the_formula_are_editable(qtbot, view, spiral):
    trainer = show(view, Experiment(), spiral, epochs=2)
    view.select_neuron(0, 6)
    snap = trainer.snapshot()
    view.formula.linkActivated.emit("w:1")  # what QLabel emits when the user clicks the weight of x2
    assert float(view.editor.text()) == pytest.approx(snap.weights[0][1, 6], abs=1e-3)
    qtbot.keyClick(view.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view.editor, "2")
    with qtbot.waitSignal(view.parameter_edited) as blocker:
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert blocker.args == [0, 1, 6, 2.0]
    view.formula.linkActivated.emit("b")
    assert float(view.editor.text()) == pytest.approx(snap.biases[0][6], abs=1e-3)
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)  # Escape cancels
    assert not view.editor.isVisible()


def test_the_diagram_follows_rewind(view, spiral):
    trainer = show(view, Experiment(), spiral, epochs=3)
    early = trainer.snapshot()
    trainer.run(15)
    view.set_snapshot(trainer.snapshot())
    assert not np.array_equal(view.links_item(1).weights, early.weights[1])
    assert trainer.rewind(3) == 3
    rewound = trainer.snapshot(reason="rewind")
    view.set_snapshot(rewound)
    for l in range(3):
        np.testing.assert_array_equal(view.links_item(l).weights, early.weights[l])
    np.testing.assert_array_equal(view.column_item(0).biases, early.biases[0])


def test_a_snapshot_of_another_shape_is_ignored(qtbot, view, spiral):
    trainer = show(view, Experiment(), spiral)
    old = trainer.snapshot()
    edited(qtbot, view, lambda: qtbot.mouseClick(view.layer_header(0).add, Qt.MouseButton.LeftButton))
    view.set_snapshot(old)  # still in flight from the old network: must not be drawn on the new one
    assert view.links_item(0).weights is None
    assert view.column_item(0).images[0] is None


def test_the_output_column_has_one_neuron_per_class_and_names_the_loss(view):
    exp = Experiment(data=DataSpec(name="spiral", classes=3))
    points = PointSet.generate("spiral", 150, classes=3)
    show(view, exp, points, epochs=1)
    assert len(view.column_item(2).column) == 3
    assert len(view.column_item(2).images) == 3
    detail = view.output_header.detail.text()
    assert "3 classes" in detail and "softmax" in detail and "cross-entropy" in detail


def test_the_largest_network_builds_and_updates(qtbot, view, spiral):
    exp = Experiment(lr=0.01).with_hidden((64,) * 8, ("relu",) * 8)
    trainer = Trainer(exp, spiral)
    view.set_experiment(exp)
    for _ in range(3):
        trainer.step_batch()
        view.set_snapshot(trainer.snapshot())
        view.grab()  # paints every item
    assert len(view.column_item(7).images) == 64
    links = view.links_item(4)
    assert links.shape_ == (64, 64) and 0 < links.drawn.sum() < 64 * 64  # only the strongest are drawn
    weights = np.abs(links.weights)
    assert weights[links.drawn].min() >= weights[~links.drawn].max()
    column = view.column_item(3).column
    assert column.size >= 8  # staggered in two rows, the pictures stay readable
    with qtbot.waitSignal(view.neuron_selected):
        click_scene(qtbot, view, view.column_item(3).node_rect(40).center())
    assert view.selected() == (3, 40)


# ---- words -------------------------------------------------------------------------------------------------------
def test_every_control_explains_itself(view, spiral):
    show(view, Experiment(), spiral)
    assert explain.TIPS["hidden_layers"] in view.add_layer.toolTip()
    header = view.layer_header(0)
    for widget in (header.add, header.remove, header.count, header.combo, view.output_header.title):
        assert widget.toolTip()
    assert "x₁" in view.column_item(-1).tooltip_for(0)
    assert "Output neuron 1" in view.column_item(2).tooltip_for(0)
    r, c = np.argwhere(view.links_item(0).drawn)[0]
    tip = view.links_item(0).tooltip_for(int(r), int(c))
    assert tip.startswith(f"Weight {('x₁', 'x₂')[r]} → h1,{c + 1}: {view.links_item(0).weights[r, c]:.3f}")


def test_a_settings_change_keeps_the_diagram(view, spiral):
    show(view, Experiment(), spiral, epochs=1)
    links, column = view.links_item(1), view.column_item(0)
    view.set_experiment(view.experiment.replace(lr=0.3, optimizer="adam"))
    assert view.links_item(1) is links and view.column_item(0) is column  # nothing rebuilt
    assert links.weights is not None and column.images[0] is not None


def test_explain_has_every_tip_the_window_asks_for():
    keys = ["learning_rate", "activation", "optimizer", "batch_size", "regularization", "reg_rate", "noise",
            "train_ratio", "features", "hidden_layers", "neurons", "play", "step", "reset", "loss", "overfitting",
            "epoch", "timeline", "discretize", "show_test"]  # fmt: skip
    keys += [f"activation:{a}" for a in ACTIVATIONS] + [f"optimizer:{o}" for o in OPTIMIZERS]
    for key in keys:
        assert explain.TIPS[key].strip(), key
    assert "non-linear" in explain.TIPS["activation"]
    assert "L2" in explain.TIPS["overfitting"] and "more data" in explain.TIPS["overfitting"]


def test_the_layout_staggers_crowded_columns_and_fits_the_view():
    layout = nl.compute([9, 8, 8, 1], 900, 450)
    assert [len(c) for c in layout.columns] == [9, 8, 8, 1]
    assert layout.height == 450 and layout.columns[1].size == nl.MAX_NODE
    assert np.all(layout.columns[1].xs == layout.columns[1].x)
    big = nl.compute([9, *([64] * 8), 1], 900, 450)
    crowded = big.columns[1]
    assert len(set(crowded.xs.tolist())) == 2 and crowded.size > crowded.pitch  # two interleaved rows
    assert big.height == 450  # still fits: no scrolling needed at 8 x 64
    assert all(c.right < big.columns[i + 1].left for i, c in enumerate(big.columns[:-1]))


@pytest.mark.parametrize("width", [300, 420, 466, 600, 900])
def test_the_layer_count_and_the_weights_legend_never_overlap(shown, width):
    from PySide6.QtWidgets import QLabel

    from nnplayground.ui.common.plot_look import html_size

    view = shown(NetworkView(), width, 500)
    bar = view.layers_bar
    label, legend = bar.findChild(QLabel, "hiddenLayersLabel"), bar.findChild(QLabel, "weightsLegend")
    assert label.geometry().right() < legend.geometry().left()
    assert html_size(legend.text(), legend.font())[0] <= legend.width()  # the text it shows fits its own room
    if bar.width() >= 600:
        assert "positive" in legend.text()


@pytest.mark.parametrize("activation", ["relu", "linear", "elu"])
def test_a_neuron_that_is_nan_everywhere_draws_without_a_warning(activation):
    """Seen under random action storms: "RuntimeWarning: All-NaN slice encountered" (warnings fail tests)."""
    from nnplayground.core import colors
    from nnplayground.ui.network.images import layer_pictures

    grids = np.full((3, 8, 8), np.nan)
    grids[1] = np.linspace(-2.0, 2.0, 64).reshape(8, 8)  # a healthy neighbour keeps its own scale
    grids[2, 0, 0] = np.inf
    pictures = layer_pictures(grids, activation, 8)
    assert pictures.shape[:2] == (3, 8) and pictures.dtype == np.uint8
    assert colors.neuron_image(grids[0], activation).shape == (8, 8, 4)
