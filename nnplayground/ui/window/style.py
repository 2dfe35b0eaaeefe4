"""The window's look: light and quiet like TensorFlow Playground, so the colours that carry meaning
(the classes, the weights, the boundary) are the only strong colours on screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#183d4e"  # TF Playground's dark teal, for the Play button and the epoch counter
MUTED = "#777777"

STYLESHEET = f"""
QMainWindow, QWidget#dataPanel, QWidget#outputPanel, QWidget#networkPanel {{ background: #ffffff; }}
QToolBar {{ background: #f4f5f6; border: none; border-bottom: 1px solid #dcdcdc; spacing: 6px; padding: 4px 8px; }}
QToolBar QToolButton {{ padding: 4px 6px; border-radius: 4px; }}
QToolBar QToolButton:hover {{ background: #e4e7ea; }}
QToolBar QToolButton#playButton {{ background: {ACCENT}; border-radius: 20px; min-width: 32px; min-height: 32px;
    max-width: 32px; max-height: 32px; padding: 4px; }}
QToolBar QToolButton#playButton:hover {{ background: #24566d; }}
QLabel#sectionTitle {{ color: #555555; font-weight: 600; font-size: 11px; letter-spacing: 1px; padding: 4px 0 2px 0; }}
QLabel#caption, QLabel#batchLabel {{ color: {MUTED}; font-size: 10px; }}
QLabel#epochLabel {{ color: {ACCENT}; font-size: 24px; font-weight: 500; font-family: "DejaVu Sans Mono", monospace; }}
QLabel#trainLossLabel, QLabel#testLossLabel {{ font-size: 15px; font-weight: 600; color: #222222; }}
QLabel#trainAccLabel, QLabel#testAccLabel {{ color: {MUTED}; }}
QSplitter::handle {{ background: #e6e6e6; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QStatusBar {{ background: #f4f5f6; border-top: 1px solid #dcdcdc; color: #444444; }}
QStatusBar QLabel {{ color: #555555; padding: 0 6px; }}
QScrollArea {{ border: none; background: #ffffff; }}
QCheckBox {{ color: #444444; }}
"""


def apply(app: QApplication) -> None:
    """A light palette (also on a dark desktop theme: the plots are drawn on white) and the style sheet."""
    app.setStyle("Fusion")
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#222222"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f4f5f6"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#222222"))
    pal.setColor(QPalette.ColorRole.Button, QColor("#f4f5f6"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor("#222222"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#0877bd"))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor("#222222"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#aaaaaa"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#aaaaaa"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#aaaaaa"))
    app.setPalette(pal)
    app.setStyleSheet(STYLESHEET)
