"""The window in a classroom's looks, for judging them: zoom, theme, presentation, full screen.

../shared/tools/xshot out.png -s 1280x720 -- python docs/screenshots/classroom.py --zoom 1.5 --theme dark [--present]
[--full] [--play SECONDS] [nnplayground options...]
"""

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from nnplayground.app import create_window


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--zoom", type=float, default=1.0)
    p.add_argument("--theme", default="light")
    p.add_argument("--present", action="store_true")
    p.add_argument("--full", action="store_true")
    p.add_argument("--maximized", action="store_true")
    p.add_argument("--play", type=float, default=1.5)
    p.add_argument("--view", type=int, default=0, help="1: the confusion matrix instead of the loss chart")
    ours, rest = p.parse_known_args()
    w = create_window(rest)
    app = QApplication.instance()
    w.show()
    w.activateWindow()  # the keys (xshot -k) reach it without a window manager
    if ours.maximized:  # also on a bare X server, without a window manager to maximise it
        w.setGeometry(w.screen().availableGeometry())
    w.presentation.set_theme(ours.theme)
    w.presentation.set_scale(ours.zoom)
    if ours.present:
        w.actions_by_name["actionPresentation"].setChecked(True)
    if ours.full:
        w.actions_by_name["actionFullScreen"].setChecked(True)
    w.output_panel.show_view(ours.view)
    if ours.play > 0:
        QTimer.singleShot(300, lambda: w.set_playing(True))
        QTimer.singleShot(int(300 + ours.play * 1000), lambda: w.set_playing(False))
    sys.exit(app.exec())


if __name__ == "__main__":  # the training process re-imports this file
    main()
