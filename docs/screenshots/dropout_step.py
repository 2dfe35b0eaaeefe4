"""Step 30 epochs and one mini-batch of a circle run with dropout 0.5 and batch size 1, and save the window with
the neurons that step dropped greyed (for the README picture).

QT_QPA_PLATFORM=offscreen python docs/screenshots/dropout_step.py docs/screenshots/dropout_step.png
"""

from __future__ import annotations

import sys
import time

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication


def settle(app: QApplication, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.005)


def main() -> None:
    app = QApplication(sys.argv)
    from nnplayground.app import create_window  # (after the QApplication, as the app does)

    w = create_window(["--dataset", "circle", "--dropout", "0.5", "--batch-size", "1", "--hidden", "8,8"])
    w.resize(1280, 720)
    w.show()
    end = time.time() + 20
    while w.latest_snapshot is None and time.time() < end:
        settle(app, 0.01)
    for _ in range(30):
        w.findChild(QAction, "actionStep").trigger()
        settle(app, 0.05)
    w.findChild(QAction, "actionStepBatch").trigger()
    settle(app, 2.0)
    w.grab().save(sys.argv[1])
    w.close()


if __name__ == "__main__":  # (the training process imports this module again: only the parent draws)
    main()
