"""Draw a three-class data set by hand with the brush, train it for a few seconds, pause (for the README picture).

../shared/tools/xshot docs/screenshots/three_classes.png -w 16 -- python docs/screenshots/draw_three_classes.py
"""

import math
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nnplayground.app import create_window


def stroke(w, points):
    """A brush stroke through data points, as a mouse drag on the canvas."""
    vp = w.canvas.viewport()
    pos = [w.canvas.data_to_widget(x, y) for x, y in points]
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos[0])
    for p in pos[1:]:
        QTest.mouseMove(vp, p)
        QTest.qWait(15)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos[-1])


def arc(cx, cy, r, a0, a1, n=24):
    return [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in (a0 + (a1 - a0) * i / (n - 1) for i in range(n))]


def draw(w):
    w.set_tool("brush")
    w.set_current_class(0)  # orange: a ring round the middle
    stroke(w, arc(0, 0, 4.2, 0.2, 2 * math.pi - 0.2, 48))
    w.set_current_class(1)  # blue: the centre
    stroke(w, arc(0, 0, 1.0, 0, 2 * math.pi, 16) + [(0.0, 0.0)])
    w.set_current_class(2)  # green: a bar through the ring's gap and beyond
    stroke(w, [(2.0 + 0.25 * i, 0.0) for i in range(16)])
    w.set_current_class(0)
    w.set_tool("add")
    w.actions_by_name["actionShowTest"].setChecked(True)
    w.set_playing(True)
    QTimer.singleShot(7000, lambda: w.set_playing(False))


def main():
    w = create_window(
        [
            "--dataset",
            "gauss",
            "--points",
            "0",
            "--hidden",
            "8,6",
            "--lr",
            "0.03",
            "--optimizer",
            "adam",
            "--speed",
            "max",
            *sys.argv[1:],
        ]
    )
    w.show()
    QTimer.singleShot(1500, lambda: draw(w))
    QApplication.instance().exec()


if __name__ == "__main__":
    main()
