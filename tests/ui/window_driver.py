"""Driving the main window as a user would: the numbers it shows, its actions, clicks on the canvas."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from nnplayground.ui.data.canvas import DataCanvas

WAIT = 15000  # ms: generous upper bounds for waitUntil, never a threshold anything is measured against


def epoch(w) -> int:
    return int(w.findChild(QLabel, "epochLabel").text().replace(",", ""))


def loss(w, name="trainLossLabel") -> float:
    return float(w.findChild(QLabel, name).text())


def act(w, name) -> QAction:
    a = w.findChild(QAction, name)
    assert a is not None, name
    return a


def canvas_image(w) -> np.ndarray:
    return np.array(w.canvas.image_item.image, copy=True)


def click(qtbot, w, x, y, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    cv = w.findChild(DataCanvas, "dataCanvas")
    qtbot.mouseClick(cv.viewport(), button, modifier, pos=cv.data_to_widget(x, y))


def wait_epoch(qtbot, w, target):
    qtbot.waitUntil(lambda: epoch(w) == target and w.shown_snapshot.epoch == target, timeout=WAIT)
