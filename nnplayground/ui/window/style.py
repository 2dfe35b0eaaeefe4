"""The window's look: light and quiet like TensorFlow Playground, so the colours that carry meaning
(the classes, the weights, the boundary) are the only strong colours on screen; dark when the desktop is, or the
user says so; every size in it times the zoom (View > Zoom In), so a classroom can read it from the back."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from nnplayground.ui.common.theme import LIGHT, Theme, scale_px

ACCENT = LIGHT.accent  # the Play button and the epoch counter
MUTED = LIGHT.muted
BASE_FONT = "nnplaygroundBaseFontPt"  # the app's property holding the desktop's own font size, zoom 1


def _template(t: Theme) -> str:
    return f"""
QMainWindow, QWidget#dataPanel, QWidget#outputPanel, QWidget#networkPanel {{ background: {t.window}; }}
QToolBar {{ background: {t.bar}; border: none; border-bottom: 1px solid {t.border}; spacing: 6px; padding: 4px 8px; }}
QToolBar QToolButton {{ padding: 4px 6px; border-radius: 4px; }}
QToolBar QToolButton:hover {{ background: {t.hover}; }}
QToolBar QToolButton#playButton {{ background: {t.accent}; border-radius: 20px; min-width: 32px; min-height: 32px;
    max-width: 32px; max-height: 32px; padding: 4px; }}
QToolBar QToolButton#playButton:hover {{ background: #24566d; }}
QLabel#sectionTitle {{ color: {t.muted}; font-weight: 600; font-size: 11px; letter-spacing: 1px;
    padding: 4px 0 2px 0; }}
QLabel#caption, QLabel#batchLabel {{ color: {t.muted}; font-size: 10px; }}
QLabel#epochLabel {{ color: {t.accent if not t.dark else t.text}; font-size: 24px; font-weight: 500;
    font-family: "DejaVu Sans Mono", monospace; }}
QLabel#trainLossLabel, QLabel#testLossLabel {{ font-size: 15px; font-weight: 600; color: {t.text}; }}
QLabel#trainAccLabel, QLabel#testAccLabel {{ color: {t.muted}; }}
QSplitter::handle {{ background: {t.border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QStatusBar {{ background: {t.bar}; border-top: 1px solid {t.border}; color: {t.text}; }}
QStatusBar QLabel {{ color: {t.text}; padding: 0 6px; }}
QScrollArea {{ border: none; background: {t.window}; }}
QCheckBox {{ color: {t.text}; }}
QWidget#dataPanel QToolButton:focus {{ border: 2px solid {t.focus}; border-radius: 4px; }}
QWidget#dataPanel QToolButton:checked:focus {{ background: {t.hover}; }}
"""


def stylesheet(scale: float = 1.0, theme: Theme = LIGHT) -> str:
    """The style sheet with every pixel size times `scale` (lines of 1 px stay 1 px until the zoom doubles them)."""
    return scale_px(_template(theme), scale)


STYLESHEET = stylesheet()


def palette(theme: Theme) -> QPalette:
    """Qt's palette for the theme: what every widget without a style-sheet rule is drawn with."""
    dark = theme.dark
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.window),
        (roles.WindowText, theme.text),
        (roles.Base, "#34383e" if dark else "#ffffff"),  # fields and check boxes stand out from the panels
        (roles.AlternateBase, theme.bar),
        (roles.Text, theme.text),
        (roles.Button, theme.bar),
        (roles.ButtonText, theme.text),
        (roles.Highlight, "#0877bd"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#33373c" if dark else "#ffffe8"),
        (roles.ToolTipText, theme.text),
        (roles.PlaceholderText, theme.muted),
        (roles.Light, "#4a4f56" if dark else "#ffffff"),
        (roles.Midlight, "#3a3e44" if dark else "#e3e3e3"),
        (roles.Mid, "#5a5f66" if dark else "#a0a0a0"),
        (roles.Dark, "#15171a" if dark else "#a0a0a0"),
        (roles.Shadow, "#000000" if dark else "#696969"),
        (roles.Link, "#5fb3ff" if dark else "#0877bd"),
    ):
        pal.setColor(role, QColor(colour))
    disabled = QColor("#6a6e73" if dark else "#aaaaaa")
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def apply(app: QApplication, scale: float = 1.0, theme: Theme = LIGHT) -> None:
    """The palette (light also on a dark desktop unless asked: the plots are designed for each), the app's font at
    `scale` times the desktop's size, and the style sheet at the same scale."""
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    base = app.property(BASE_FONT)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(BASE_FONT, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)
    app.setStyleSheet(stylesheet(scale, theme))
