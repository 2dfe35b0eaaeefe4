"""The preset pictures grow with the window's zoom, as its text does (a classroom sees them from the back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from nnplayground.ui.common.theme import ZOOM_STEPS
from tests.ui.window_driver import WAIT

CTRL = Qt.KeyboardModifier.ControlModifier


def picture(tile: QToolButton) -> tuple[int, int, int]:
    """The icon size asked for, and the size of the picture the icon has at that size."""
    size = tile.iconSize()
    px = tile.icon().pixmap(size).deviceIndependentSize()
    return size.width(), round(px.width()), tile.width()


def test_the_preset_thumbnails_grow_with_the_zoom_and_ctrl_0_brings_them_back(qtbot, make_window):
    w = make_window()
    w.resize(1400, 860)  # the data column whole at these zooms (a narrower window folds it into a drawer)
    tile = w.findChild(QToolButton, "preset_spiral")
    before = picture(tile)
    for _ in range(2):
        qtbot.keyClick(w, Qt.Key.Key_Equal, CTRL)
    scale = w.presentation.scale
    assert scale == ZOOM_STEPS[ZOOM_STEPS.index(1.0) + 2]
    qtbot.waitUntil(lambda: picture(tile)[2] > before[2], timeout=WAIT)  # the tile is laid out larger
    grown = picture(tile)
    assert grown[0] == round(before[0] * scale) and grown[1] == grown[0]  # drawn at that size, not stretched
    qtbot.keyClick(w, Qt.Key.Key_0, CTRL)
    qtbot.waitUntil(lambda: picture(tile) == before, timeout=WAIT)
