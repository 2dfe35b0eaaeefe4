"""The window in Simplified Chinese: no text a student reads is left in English, and nothing is cut off.

Every visible widget's text, title, placeholder, tooltip and accessible name, every action and menu, the items of
every combo box, the diagram's and the charts' words are read under --lang zh_CN, with the dialogs the menus open
(More settings, the sweep, the insight views, Help, About) open too. A text passes when what is left after taking
out names that are the same in Chinese (ReLU, Adam, ONNX, x₁, Ctrl ...), numbers and markup has no Latin word.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QAction, Qt  # (QtGui's Qt has mightBeRichText)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from nnplayground.core import datasets
from nnplayground.ui.common import i18n

# names a Chinese text writes as they are: activations, optimizers, formats, products, keys, units of math
SAME_IN_CHINESE = r"""
    ReLU Leaky ELU SiLU GELU tanh Tanh sigmoid Sigmoid softmax Softmax softplus Softplus sin cos exp log abs max min
    sqrt SGD Adam AdamW RMSprop Adagrad Nesterov Xavier Glorot He Okabe Ito Tol Li al et ONNX PyTorch torch CSV PNG
    SVG JSON TensorFlow Playground nnplayground NumPy Qt PySide PySide6 pyqtgraph Python GitHub URL MIT MSE L1 L2
    Ctrl Shift Alt Meta Space Return Enter Esc Tab Backspace Del Delete Home End PgUp PgDown Up Down Left Right Ins
    F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12 Escape StepLR ExponentialLR CosineAnnealingLR LinearLR Dropout gamma
    beta eta dz Iris Penguins Palmer Fisher id lr px pt xy std ms fps English TF label and or not
    Daniel Smilkov Shan Carter LGPL BSD pi tan sign floor ceil round sqrt
"""
ALLOWED = set(SAME_IN_CHINESE.split()) | set(datasets.names())  # a data set's name is also its --dataset
MNEMONIC = re.compile(r"\(&\w\)")  # a Chinese accelerator, shown as (F) after the text: Qt draws it underlined
WORD = re.compile(r"[A-Za-z][A-Za-z]+")
TAG = re.compile(r"<[^>]*>")


def left_in_english(text: str) -> list[str]:
    """The Latin words of `text` that are no name kept as it is (empty: the text is Chinese)."""
    plain = html.unescape(TAG.sub(" ", text)).replace("&", "")
    plain = re.sub(r"\b\w+\.(csv|json|png|svg|onnx|pt|nnp|qm)\b", " ", plain)  # file names
    plain = re.sub(r"https?://\S+|\b[\w.]+\.(org|com)\b", " ", plain)  # addresses
    plain = re.sub(r"\b\w*[_.]\w+\b", " ", plain)  # code's names: torch.optim.lr_scheduler, step_size
    plain = re.sub(r"\d[\d.eE+\-]*", " ", plain)  # numbers, 1e-3 included
    return [w for w in WORD.findall(plain) if w not in ALLOWED]


def widget_texts(w: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a person reads on `w` or hears of it."""
    name = w.objectName() or type(w).__name__
    if isinstance(w, QLabel):
        yield name, w.text()
    if isinstance(w, QAbstractButton):
        yield name, w.text()
    if isinstance(w, QGroupBox):
        yield name, w.title()
    if isinstance(w, QLineEdit):
        yield f"{name} placeholder", w.placeholderText()
    if isinstance(w, QComboBox):
        for i in range(w.count()):
            yield f"{name} item {i}", w.itemText(i)
    if isinstance(w, QTabBar):
        for i in range(w.count()):
            yield f"{name} tab {i}", w.tabText(i)
    if w.isWindow():
        yield f"{name} title", w.windowTitle()
    yield f"{name} tooltip", w.toolTip()
    yield f"{name} accessible name", w.accessibleName()
    yield f"{name} accessible description", w.accessibleDescription()
    if isinstance(w, QGraphicsView) and w.scene() is not None:
        for item in w.scene().items():
            if isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem)) and item.isVisible():
                yield f"{name} scene text", item.toPlainText() if isinstance(item, QGraphicsTextItem) else item.text()


def action_texts(a: QAction) -> Iterator[tuple[str, str]]:
    name = a.objectName() or a.text()
    yield name, a.text()
    yield f"{name} tooltip", a.toolTip()
    yield f"{name} status tip", a.statusTip()
    if a.menu() is not None:
        yield from menu_texts(a.menu())


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield menu.objectName() or "menu", menu.title()
    yield f"{menu.objectName()} tooltip", menu.toolTip()
    for a in menu.actions():
        if not a.isSeparator():
            yield from action_texts(a)


OPENED = ("actionHelp", "actionAbout", "actionLossLandscape", "actionTransformedSpace", "actionLayerHealth",
          "actionSweep")


@pytest.fixture
def chinese_window(make_window, qtbot):
    w = make_window("--lang", "zh_CN", "--dataset", "spiral", "--regularization", "l2")
    yield w
    for top in QApplication.topLevelWidgets():
        if top is not w and top.isVisible():
            top.close()
    i18n.uninstall(QApplication.instance())


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_no_text_of_the_window_its_menus_and_dialogs_is_left_in_english(chinese_window, qtbot, size):
    w = chinese_window
    assert i18n.current() == "zh_CN"
    w.resize(*size)
    w.controls_panel.more_settings.show()
    for name in OPENED:
        w.actions_by_name[name].trigger()
    QApplication.processEvents()  # (each opens its window at once: the layouts settle here)
    found: list[tuple[str, str]] = []
    # pyqtgraph's scenes carry an "Export..." of their own, in a menu no plot of the app opens (each has its
    # menu off, which is checked here): the app's exports are File > Export, in the window's language
    scenes = [v.scene() for v in w.findChildren(QGraphicsView) if v.scene() is not None]
    for box in (i for s in scenes for i in s.items() if isinstance(i, pg.ViewBox)):
        assert not box.menuEnabled()
    for a in w.findChildren(QAction):
        if not isinstance(a.parent(), QGraphicsScene):
            found += list(action_texts(a))
    for menu in w.menuBar().findChildren(QMenu):
        found += list(menu_texts(menu))
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                found += list(widget_texts(widget))
    english = {f"{where}: {text!r}": words for where, text in found if (words := left_in_english(text))}
    assert not english, "\n".join(f"{k} -> {v}" for k, v in sorted(english.items())[:80])
    assert len(found) > 500  # the walk saw the window, not an empty shell


def test_the_chinese_window_cuts_no_label_or_button_at_1280_by_720(chinese_window, qtbot):
    w = chinese_window
    w.resize(1280, 720)
    QApplication.processEvents()
    w.layout().activate()
    QApplication.processEvents()
    for bar in w.findChildren(QToolBar):
        ext = [b for b in bar.findChildren(QAbstractButton) if b.objectName() == "qt_toolbar_ext_button"]
        assert not any(b.isVisible() for b in ext), f"{bar.objectName()} overflows"
    for box in w.findChildren(QAbstractButton) + w.findChildren(QLabel):
        text = box.text()
        rich = isinstance(box, QLabel) and (box.wordWrap() or Qt.mightBeRichText(text))
        icon_only = isinstance(box, QToolButton) and box.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        if not box.isVisible() or box.window() is not w or rich or icon_only or not text.strip():
            continue
        words = MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = max(box.fontMetrics().horizontalAdvance(line) for line in words.splitlines())
        assert box.contentsRect().width() >= need, f"{box.objectName()} {text!r} is cut: {box.width()} < {need}"


def test_the_check_itself_finds_english():
    assert left_in_english("Learning rate") == ["Learning", "rate"]
    assert left_in_english("学习率 (Ctrl+L)：ReLU，x₁ 与 spiral.csv，1e-3") == []
    assert left_in_english("与 torch.optim.lr_scheduler 相同，见 playground.tensorflow.org") == []


def test_a_refused_value_and_a_diverged_run_are_said_in_chinese(chinese_window, qtbot):
    w = chinese_window
    assert not w.work.try_edit(batch_size=0)
    refused = w.statusBar().currentMessage()
    assert refused and not left_in_english(refused), refused
    w.work.try_edit(lr=10.0, hidden=(4,), activations=("relu",))  # (lesson 5: it diverges)
    w.set_playing(True)
    qtbot.waitUntil(lambda: bool(w.latest_snapshot.message), timeout=15000)
    said = w.statusBar().currentMessage()
    assert said and not left_in_english(said), said
