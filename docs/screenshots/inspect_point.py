"""Train the spiral for a few seconds, show the confusion matrix with its largest test error ringed on the canvas,
pick a point and rest the mouse on another (for the README picture).

../shared/tools/xshot docs/screenshots/inspect_point.png -w 9 -s 1280x720 -- python docs/screenshots/inspect_point.py
"""

import sys

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from nnplayground.app import create_window


def show(w):
    w.set_playing(False)
    w.output_panel.show_view(1)  # the confusion matrix where the loss chart was
    QTimer.singleShot(500, lambda: inspect(w))


def inspect(w):
    matrix, cv = w.output_panel.confusion, w.canvas
    errors = matrix.counts("test") * (1 - np.eye(matrix.confusion.k, dtype=int))
    t, p = np.unravel_index(np.argmax(errors), errors.shape)
    matrix.click_cell(("test", int(t), int(p)))
    train = np.flatnonzero(~cv.test_mask)
    xy = w.points.xy[train]
    cv.pick(int(train[np.argmin(np.hypot(xy[:, 0] + 3, xy[:, 1] - 3))]))  # a point up left
    hovered = int(train[np.argmin(np.hypot(xy[:, 0] - 1, xy[:, 1] + 1))])  # the mouse rests on one in the middle
    x, y = w.points.xy[hovered]
    QCursor.setPos(cv.viewport().mapToGlobal(cv.data_to_widget(float(x), float(y))))


def main():
    app = QApplication.instance() or QApplication(sys.argv)
    w = create_window(["--dataset", "spiral", "--noise", "0.1", "--speed", "max"])
    w.show()
    QTimer.singleShot(1500, lambda: w.set_playing(True))
    QTimer.singleShot(4500, lambda: show(w))
    app.exec()


if __name__ == "__main__":
    main()
