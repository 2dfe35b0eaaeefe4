"""The window's two looks, light and dark, and the zoom: what every view reads to draw its text, lines and plots.

The colours that carry meaning (the classes, the weights' orange and blue, the boundary picture) are the same in
both looks; only the surfaces round them change, so a picture means the same thing in either. The canvas's square
stays the model's picture (white where it is undecided) in the dark look too: it is data, not decoration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

ZOOM_STEPS: tuple[float, ...] = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)  # Ctrl+= and Ctrl+- walk these
PRESENTATION_ZOOM = 1.5  # the presentation preset's text and lines: readable from the back of a classroom


@dataclass(frozen=True)
class Theme:
    name: str  # "light" or "dark"
    window: str  # the panels' surface
    plot: str  # the plots' background (round the canvas's square, the loss chart, the diagram)
    text: str
    muted: str  # captions, secondary numbers
    axis: str  # plot axes and frames
    border: str  # quiet lines: card rims, splitters, the toolbar's edge
    bar: str  # the toolbars and the status bar
    hover: str  # a toolbar button under the mouse
    card: str  # a card over a plot (the loss chart's legend, a read-out)
    accent: str  # the Play button and the epoch counter
    focus: str  # the keyboard focus ring

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light",
    window="#ffffff",
    plot="#ffffff",
    text="#222222",
    muted="#6b6b6b",
    axis="#555555",
    border="#dcdcdc",
    bar="#f4f5f6",
    hover="#e4e7ea",
    card="#ffffffe1",
    accent="#183d4e",  # TF Playground's dark teal
    focus="#0877bd",
)
DARK = Theme(
    name="dark",
    window="#1f2124",
    plot="#26292d",
    text="#e6e6e6",
    muted="#a6a6a6",
    axis="#b0b0b0",
    border="#3c4046",
    bar="#2a2d31",
    hover="#3a3e44",
    card="#26292de6",
    accent="#2f7fa6",  # the teal, light enough to stand out on the dark bars
    focus="#5fb3ff",
)
THEMES = {"light": LIGHT, "dark": DARK}


def zoom_in(scale: float) -> float:
    """The next zoom step above `scale` (the largest stays)."""
    return next((s for s in ZOOM_STEPS if s > scale + 1e-9), ZOOM_STEPS[-1])


def zoom_out(scale: float) -> float:
    """The next zoom step below `scale` (the smallest stays)."""
    return next((s for s in reversed(ZOOM_STEPS) if s < scale - 1e-9), ZOOM_STEPS[0])


def clamp_zoom(value: object) -> float:
    """A remembered zoom, read back: one of the steps, or 1 for anything else (bad settings are never trusted)."""
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0
    return v if any(abs(v - s) < 1e-6 for s in ZOOM_STEPS) else 1.0


_PX = re.compile(r"(\d+(?:\.\d+)?)px")
LIGHT_GREYS = ("#5f6368", "#777777", "#555555")  # the quiet text colours the views' own style sheets use


def scale_px(css: str, scale: float) -> str:
    """A style sheet with every pixel size times `scale` (1 px lines stay at least 1 px)."""
    return _PX.sub(lambda m: f"{max(1, round(float(m.group(1)) * scale))}px", css)


def restyle(widget: QWidget, scale: float, theme: Theme) -> None:
    """A widget's own style sheet (as it was made, kept the first time) in the look: pixel sizes times `scale`,
    its quiet greys the theme's muted colour (the light greys are unreadable on a dark surface)."""
    original = widget.property(_ORIGINAL)
    if original is None:
        original = widget.styleSheet()
        widget.setProperty(_ORIGINAL, original)
    css = scale_px(str(original), scale)
    if theme.dark:
        for grey in LIGHT_GREYS:
            css = css.replace(grey, theme.muted)
    if css != widget.styleSheet():
        widget.setStyleSheet(css)


_ORIGINAL = "nnplaygroundOwnStyle"
