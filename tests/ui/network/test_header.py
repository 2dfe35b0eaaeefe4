"""The column headers stay readable and apart when many layers leave each column little room."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from nnplayground.core.experiment import ACTIVATIONS, MAX_HIDDEN_LAYERS, Experiment
from nnplayground.ui.common.explain import ACTIVATION_NAMES
from nnplayground.ui.network.header import SHORT, CompactCombo
from nnplayground.ui.network.view import NetworkView

EIGHT = (64,) * MAX_HIDDEN_LAYERS
# 466 px is the narrowest the window lets the diagram be; 580 its width in a default 1400 px window.
WIDTHS = (466, 520, 580, 700, 900)


def resized(qtbot, view: NetworkView, width: int) -> NetworkView:
    view.resize(width, 600)
    qtbot.waitUntil(lambda: view.strip.width() == width)
    return view


def full_name(activation: str) -> str:
    return ACTIVATION_NAMES[activation]


def style_text_field(combo: CompactCombo) -> QRect:
    """Where the style itself would put the current text (inside its own frame and left of its own arrow)."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.adjusted(1, 0, -1, 0)


def ink_columns(combo: CompactCombo, skip: QRect | None) -> np.ndarray:
    """The x of every pixel column the dark ink of the text reaches (the frame is light grey, text near black)."""
    image = combo.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert image.width() == combo.width()  # one device pixel per pixel: columns are widget x
    bits = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    rgb = bits[:, : image.width(), :3].astype(int)
    dark = (rgb < 150).all(axis=2)
    if skip is not None:  # the small arrow is dark too
        dark[skip.top() : skip.bottom() + 1, skip.left() : skip.right() + 1] = False
    return np.flatnonzero(dark.any(axis=0))


def activation_runs() -> list[tuple[str, ...]]:
    """Every activation on some layer of an eight-layer network."""
    n = MAX_HIDDEN_LAYERS
    return [ACTIVATIONS[:n], ACTIVATIONS[-n:]]


# ---- the activation choosers -------------------------------------------------------------------------------------
@pytest.mark.parametrize("width", WIDTHS)
def test_narrow_choosers_show_a_whole_name_that_fits(qtbot, view, width):
    resized(qtbot, view, width)
    for activations in activation_runs():
        view.set_experiment(Experiment().with_hidden(EIGHT, activations))
        for l, activation in enumerate(activations):
            combo = view.layer_header(l).combo
            look = combo.look()
            assert look.text in (full_name(activation), SHORT[activation]), (width, activation, look.text)
            assert "…" not in look.text
            assert combo.fontMetrics().horizontalAdvance(look.text) <= look.rect.width(), (width, look)
            assert combo.rect().contains(look.rect)
            field = style_text_field(combo)
            if look.native:  # drawn by the style: its own text field must hold the text
                assert look.rect == field
            else:  # the style's field is too narrow for some short name: that is why it is not used
                widest = max(combo.fontMetrics().horizontalAdvance(s) for s in SHORT.values())
                assert widest > field.width()
            if look.arrow is not None:
                assert combo.rect().contains(look.arrow) and not look.rect.intersects(look.arrow)


def test_eight_layers_in_the_default_window_get_short_names_with_an_arrow(qtbot, view):
    resized(qtbot, view, 580)
    view.set_experiment(Experiment().with_hidden(EIGHT, ("relu", "leaky_relu", "sigmoid", "softplus") * 2))
    combo = view.layer_header(0).combo
    assert combo.width() < 60
    # The style alone would clip the text: what the user saw as "ReL".
    assert combo.fontMetrics().horizontalAdvance("ReLU") > style_text_field(combo).width()
    looks = [view.layer_header(l).combo.look() for l in range(4)]
    assert [look.text for look in looks] == ["ReLU", "leaky", "sigm", "soft+"]
    assert all(look.arrow is not None and not look.native for look in looks)  # still reads as a drop-down
    assert len({(look.rect.getRect(), look.arrow.getRect()) for look in looks}) == 1  # one width, one look


def test_wide_choosers_keep_the_styles_look_and_full_names(qtbot, view):
    resized(qtbot, view, 900)
    view.set_experiment(Experiment().with_hidden((8, 8), ("leaky_relu", "softplus")))
    for l, name in enumerate(("Leaky ReLU", "Softplus")):
        look = view.layer_header(l).combo.look()
        assert look.native and look.text == name and look.arrow is None


@pytest.mark.parametrize("width", (466, 580))
def test_what_is_painted_is_the_fitted_name(qtbot, view, width):
    resized(qtbot, view, width)
    view.set_experiment(Experiment().with_hidden(EIGHT, ("relu", "leaky_relu", "gelu", "softplus") * 2))
    for l in range(4):
        combo = view.layer_header(l).combo
        look = combo.look()
        ink = ink_columns(combo, look.arrow)
        assert len(ink), look
        assert look.rect.left() <= ink[0] and ink[-1] <= look.rect.right()  # nothing spills over the frame or arrow
        # The whole name is drawn: its ink is about as wide as the name (a clipped "ReL" would be ~8 px short).
        advance = combo.fontMetrics().horizontalAdvance(look.text)
        assert ink[-1] - ink[0] + 1 >= advance - 4, (look.text, ink[0], ink[-1], advance)
        assert np.diff(ink).max() <= 4, (look.text, ink)  # one word: no hole where the style's arrow cut it off


def test_the_list_keeps_the_full_names_and_choosing_still_works(qtbot, view):
    resized(qtbot, view, 466)
    view.set_experiment(Experiment().with_hidden(EIGHT, ("relu",) * MAX_HIDDEN_LAYERS))
    combo = view.layer_header(7).combo
    assert combo.objectName() == "activationCombo_7" and "hidden layer 8" in combo.toolTip()
    assert [combo.itemText(i) for i in range(combo.count())] == [full_name(a) for a in ACTIVATIONS]
    assert [combo.itemData(i) for i in range(combo.count())] == list(ACTIVATIONS)
    assert combo.currentData() == "relu" and combo.currentText() == "ReLU"
    combo.setFocus()
    with qtbot.waitSignal(view.experiment_edited, timeout=2000) as blocker:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert blocker.args[0].activations[7] == "leaky_relu"
    assert combo.currentData() == "leaky_relu" and combo.currentText() == "Leaky ReLU"
    assert combo.look().text == "leaky"


def test_every_activation_has_a_short_name_no_wider_than_its_full_name(view):
    fm = view.layer_header(0).combo.fontMetrics()
    for activation in ACTIVATIONS:
        assert fm.horizontalAdvance(SHORT[activation]) <= fm.horizontalAdvance(full_name(activation))


# ---- the feature and output titles -------------------------------------------------------------------------------
@pytest.mark.parametrize("width", WIDTHS)
def test_titles_never_cover_the_layer_headers_and_stay_readable(qtbot, view, width):
    resized(qtbot, view, width)
    for n in range(MAX_HIDDEN_LAYERS + 1):
        view.set_experiment(Experiment().with_hidden((64,) * n))
        feature, output = view.feature_header.geometry(), view.output_header.geometry()
        first = view.layer_header(0).geometry() if n else output
        assert not feature.intersects(first), (width, n, feature, first)
        if n:
            last = view.layer_header(n - 1).geometry()
            assert not output.intersects(last), (width, n, output, last)
        layers = [view.layer_header(l).geometry() for l in range(n)]
        if layers and layers[0].width() > 40:  # above the 40 px floor, neighbouring choosers keep apart
            gaps = [layers[l + 1].left() - layers[l].right() - 1 for l in range(n - 1)]
            assert min(gaps, default=6) >= 4, (width, n, gaps)
        for header in (view.feature_header, view.output_header):
            box = header.geometry()
            assert box.left() >= 0 and box.right() < view.strip.width(), (width, n, box)
            assert header.title.width() >= header.title.sizeHint().width(), (width, n)  # "FEATURES" in full
        # Still the feature column's title: it spans the column's centre.
        column_x = view.column_item(-1).column.x + view.view.x() - view.strip.x()  # never zoomed: scene x = px
        assert feature.left() <= column_x <= feature.right(), (width, n, feature, column_x)
