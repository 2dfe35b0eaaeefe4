"""What the status bar says: a hint of what the mouse and keys do now, messages, the cursor's coordinates in the
square and the speed of a playing run."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from nnplayground.core.numbers import rate_text
from nnplayground.ui.common.i18n import translate, translated

MESSAGE_MS = 6000  # a message stays this long
ERROR_MS = 10000  # a refusal, longer
NEWS_MS = 20000  # what the run says of itself (divergence): longer still


class StatusLine:
    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.hint_label, self.coords_label, self.speed_label = QLabel(), QLabel(), QLabel()
        self.hint_label.setObjectName("hintLabel")
        bar.addWidget(self.hint_label, 1)
        for w in (self.coords_label, self.speed_label):
            bar.addPermanentWidget(w)

    def hint(self, tool: str, regression: bool, current_class: int, value: float) -> None:
        """What a click does with this tool, and the keys that matter (1-9 only where there are classes)."""
        value_text, k = f"{value:+.2f}", current_class + 1
        if tool == "add":
            what = (
                translate("ui.window.status", "Click: add a point of value {value}").format(value=value_text)
                if regression
                else translate("ui.window.status", "Click: add a Class {k} point").format(k=k)
            )
        elif tool == "brush":
            what = (
                translate("ui.window.status", "Drag: paint points of value {value}").format(value=value_text)
                if regression
                else translate("ui.window.status", "Drag: paint Class {k} points").format(k=k)
            )
        elif tool == "erase":
            what = translate("ui.window.status", "Click or drag: erase")
        else:
            what = translate("ui.window.status", "Click a point: pick it, hover: what the network makes of it")
        parts = [what, translate("ui.window.status", "Right click: erase the nearest point")]
        if not regression:
            parts.append(translate("ui.window.status", "1-9: class"))
        parts += [translate("ui.window.status", "Space: play/pause"), translate("ui.window.status", "F1: help")]
        self.hint_label.setText("   ·   ".join(parts))

    def coords(self, x: float | None = None, y: float | None = None) -> None:
        """Where the cursor is in the square, or nothing when it is outside."""
        self.coords_label.setText("" if x is None or y is None else f"x {x:+.2f}   y {y:+.2f}")

    def speed(self, epochs_per_second: float | None) -> None:
        """How fast a playing run goes, or nothing when it does not play."""
        self.speed_label.setText("" if epochs_per_second is None else translated(rate_text(epochs_per_second)))

    def say(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        self.bar.showMessage(text, timeout_ms)

    def refuse(self, text: str) -> None:
        """Bad input: a clear sentence (never a traceback), longer on screen."""
        self.say(text[:1].upper() + text[1:], ERROR_MS)
