"""The focused control keeps the keys it understands; the playground's one-key shortcuts get the rest.

The window binds single keys to actions (Space = play, Right = step, 1-9 = class, R = reset ...) with the window
as their context, and Qt offers a key to the shortcuts before the focused widget. That took Space from a focused
preset tile (it started training instead of choosing the set) and Right from a slider (it stepped an epoch).

Qt asks the focused widget first with a ShortcutOverride event: a widget that accepts it gets the key as an
ordinary key press and the shortcut does not fire. Line edits and spin boxes already accept the keys they type;
buttons, sliders and combo boxes do not, so this filter accepts for them the keys they use. It sits only on the
widget that has the focus (moved along with it), never on the whole application, so it costs nothing per frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)

K = Qt.Key
ARROWS = {K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down}
PAGING = {K.Key_PageUp, K.Key_PageDown, K.Key_Home, K.Key_End}
# What each kind of control does with a key, as on every desktop.
CLAIMED: tuple[tuple[type, frozenset[int]], ...] = (
    (QAbstractButton, frozenset({K.Key_Space})),  # press the button, tick the box
    (QAbstractSlider, frozenset(ARROWS | PAGING)),  # move the handle
    (QAbstractSpinBox, frozenset(ARROWS | PAGING)),  # step the value (typing is the line edit's own)
    (QComboBox, frozenset({K.Key_Space} | ARROWS | PAGING)),  # open the list, move through it
    (QLineEdit, frozenset(ARROWS | PAGING)),
    (QAbstractItemView, frozenset({K.Key_Space} | ARROWS | PAGING)),
    (QTabBar, frozenset(ARROWS)),
)
# Keyboard search: a focused list or closed combo box jumps to the item that starts with the typed letter.
SEARCHES = (QComboBox, QAbstractItemView)


def in_exclusive_group(widget: QObject) -> bool:
    """A button of a set of which one is chosen (Qt's radio-button convention: one tab stop for the set)."""
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    return widget.autoExclusive() or (group is not None and group.exclusive())


def claims(widget: QObject, event: QKeyEvent) -> bool:
    """True if `widget`, focused, has a use of its own for this key (so a one-key shortcut must not take it)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return False  # Ctrl+S and the like are commands, wherever the focus is
    key = event.key()
    if key in ARROWS and mods == Qt.KeyboardModifier.NoModifier and in_exclusive_group(widget):
        return True  # Tab enters a group of choices (presets, classes, tools) at its choice; the arrows move on
    for kind, keys in CLAIMED:
        if isinstance(widget, kind) and key in keys and mods == Qt.KeyboardModifier.NoModifier:
            return True
    if isinstance(widget, QComboBox) and widget.isEditable():
        return False  # its line edit says for itself which keys it types
    text = event.text()
    return isinstance(widget, SEARCHES) and bool(text) and text.isprintable() and not text.isspace()


def choice_of(widget: QObject) -> QAbstractButton | None:
    """The checked button of the set of choices `widget` belongs to, if it is another one that Tab could reach."""
    if not in_exclusive_group(widget):
        return None
    group = widget.group()
    if group is not None:
        others = group.buttons()
    else:
        parent = widget.parentWidget()
        others = [b for b in parent.findChildren(QAbstractButton) if b.autoExclusive() and b.parentWidget() is parent]
    chosen = next((b for b in others if b.isChecked()), None)
    if chosen is None or chosen is widget or not (chosen.isVisible() and chosen.isEnabled()):
        return None
    return chosen


def same_set(a: QObject | None, b: QAbstractButton) -> bool:
    if not isinstance(a, QAbstractButton) or not in_exclusive_group(a):
        return False
    return (a.group() is not None and a.group() is b.group()) or (a.autoExclusive() and a.parent() is b.parent())


class FocusKeys(QObject):
    """Watches the focused widget of `window` for ShortcutOverride events and accepts those it `claims`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None
        self._tabbing = False  # a Tab or Shift+Tab is moving the focus now
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_moved)
        self._focus_moved(None, app.focusWidget())

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # the widget is gone already
                pass
            self._watched = None
        if now is not None and now.window() is self._window:
            chosen = choice_of(now) if self._tabbing else None
            if chosen is not None and not same_set(_old, chosen):
                # Tab enters a set of choices (presets, classes) at its choice, as for radio buttons: Qt enters
                # at the button that last had the focus, at first the set's first one.
                self._tabbing = False
                chosen.setFocus(Qt.FocusReason.TabFocusReason)
                return
            now.installEventFilter(self)
            self._watched = now

    def _tabbed(self) -> None:
        self._tabbing = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and event.key() in (K.Key_Tab, K.Key_Backtab):  # type: ignore[attr-defined]
            self._tabbing = True  # the focus moves while Qt handles this key: `_focus_moved` sees the flag
            QTimer.singleShot(0, self._tabbed)
        if event.type() == QEvent.Type.ShortcutOverride and claims(obj, event):  # type: ignore[arg-type]
            event.accept()  # the widget gets the key press; the shortcut does not fire
            return True
        return False
