"""The diagram in the window's look: its surface in the theme, its links thicker and its labels larger with the
zoom. Kept out of `view.py`, which is about what the diagram shows, not how loud it says it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from nnplayground.ui.common.theme import Theme, restyle
from nnplayground.ui.network.header import HeaderStrip
from nnplayground.ui.network.view import NetworkView


def set_look(view: NetworkView, scale: float, theme: Theme) -> None:
    """Background, quiet text and link widths for `theme` at `scale` (the diagram is laid out again)."""
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(theme.plot))
    view.setPalette(palette)
    view.view.setBackgroundBrush(QColor(theme.plot))
    for label in view.findChildren(QLabel):
        restyle(label, scale, theme)
    height = round(HeaderStrip.HEIGHT * scale)  # the column headers' text grew: so does their strip
    if view.strip.HEIGHT != height:
        view.strip.HEIGHT = height
        view.strip.setFixedHeight(height)
    view.keys.set_colour(theme.focus)
    view.column_item(-1).text_scale = float(scale)  # the features' names
    if view.line_scale != scale:
        view.line_scale = float(scale)
        view.redraw()
