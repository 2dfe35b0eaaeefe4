"""Open the More settings window of a run started with the given options and save it (for the README picture).

QT_QPA_PLATFORM=offscreen python docs/screenshots/more_settings.py docs/screenshots/more_settings.png \
    --schedule cosine --lr-period 200 --warmup 20 --optimizer adam --dropout 0.2 --patience 50 --restore-best
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv)
    from nnplayground.app import create_window  # (after the QApplication, as the app does)

    w = create_window(sys.argv[2:])
    w.resize(1280, 720)
    w.show()
    app.processEvents()
    w.controls_panel.open_more()
    dialog = w.controls_panel.more_settings
    dialog.adjustSize()
    app.processEvents()
    dialog.grab().save(sys.argv[1])
    w.close()


if __name__ == "__main__":  # (the training process imports this module again: only the parent draws)
    main()
