"""Help > Help and Help > About: the keys (read off the actions, so every key is listed) and the ideas, and what
this program is."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from nnplayground.ui.common.i18n import translate
from nnplayground.ui.window.actions import plain_text

MOUSE_ROWS = (  # (translated where the help is made, as INTRO and OUTRO)
    (
        QT_TRANSLATE_NOOP("ui.window.help", "click"),
        QT_TRANSLATE_NOOP(
            "ui.window.help", "add a point of the current class (the tool says: add, brush, erase or inspect)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.help", "right click"),
        QT_TRANSLATE_NOOP("ui.window.help", "erase the nearest point"),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.help", "Alt+click"),
        QT_TRANSLATE_NOOP("ui.window.help", "pick a point (Alt+click on empty space or <b>Escape</b> lets it go)"),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.help", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("ui.window.help", "move between the controls: toolbar, data, network, output"),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.help", "Space, Return"),
        QT_TRANSLATE_NOOP("ui.window.help", "press the focused button, tick the focused box"),
    ),
    (  # the data drawer of a narrow window (ui/window/drawer.py)
        QT_TRANSLATE_NOOP("ui.window.help", "Escape in the data panel"),
        QT_TRANSLATE_NOOP("ui.window.help", "close it, in a window too narrow for three columns (Ctrl+D opens it)"),
    ),
    (  # the diagram's keys (ui/network/keyboard.py), while Tab has given it the focus
        QT_TRANSLATE_NOOP("ui.window.help", "arrows on the diagram"),
        QT_TRANSLATE_NOOP("ui.window.help", "move the ring between neurons: ← → between layers, ↑ ↓ within one"),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.help", "Return on the diagram"),
        QT_TRANSLATE_NOOP("ui.window.help", "select the neuron (its formula shows), switch a feature on or off"),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.help", "W on the diagram"),
        QT_TRANSLATE_NOOP(
            "ui.window.help",
            "walk the neuron's incoming weights and its bias with ↑ ↓; Return types a new value; W or Escape goes back",
        ),
    ),
)
INTRO = QT_TRANSLATE_NOOP(
    "ui.window.help",
    """
<h3>nnplayground</h3>
<p>Pick or draw a data set on the left, shape the network in the middle, press <b>Play</b> and watch the
boundary on the right follow the points.</p>
""",
)
OUTRO = QT_TRANSLATE_NOOP(
    "ui.window.help",
    """
<p>A focused control keeps the keys it uses (Space presses a button, the arrows move a slider or the timeline);
click the canvas to give the keys back to the playground.</p>
<p>Drag the <b>timeline</b> under the output back to see the network as it was at an earlier epoch; Play or
Step from there continues from that epoch. You may draw while the network trains: it learns the new points from
the next step on. Resting the mouse on a point shows what the network makes of it.</p>
<p>Hover over any control for a short explanation of what it does and why it matters.</p>
""",
)


def key_rows(actions: Mapping[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action that has a key, in the actions table's order: the one source, so a
    new action's key is listed the day it is added. Classes 1-9 share one row."""
    rows: list[tuple[str, str]] = []
    for name, a in actions.items():
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts()]
        if not keys:
            continue
        what = plain_text(a.text())
        if name.startswith("actionClass"):
            if name != "actionClass1":
                continue
            keys, what = ["1 – 9"], translate("ui.window.help", "the class a click adds")
        rows.append((translate("ui.window.help", " or ").join(html.escape(k) for k in keys), html.escape(what)))
    return rows


def help_html(actions: Mapping[str, QAction]) -> str:
    """The help text: the ideas, every key (two to a line, so it fits a small screen) and the mouse."""
    cells = [f"<td><b>{k}</b></td><td>{w}</td>" for k, w in key_rows(actions)]
    cells += [
        f"<td><b>{translate('ui.window.help', k)}</b></td><td>{translate('ui.window.help', w)}</td>"
        for k, w in MOUSE_ROWS
    ]
    pairs = [cells[i] + (cells[i + 1] if i + 1 < len(cells) else "") for i in range(0, len(cells), 2)]
    table = '<table cellspacing="3">' + "".join(f"<tr>{p}</tr>" for p in pairs) + "</table>"
    return translate("ui.window.help", INTRO) + table + translate("ui.window.help", OUTRO)


def show_help(parent: QWidget, actions: Mapping[str, QAction]) -> None:
    """The keys and the ideas in one small window that can stay open beside the playground."""
    text = help_html(actions)
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        translate("ui.window.help", "nnplayground help"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("helpDialog")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


HOMEPAGE = "https://github.com/nnplayground/nnplayground"  # pyproject.toml's project URLs (a placeholder for now)


def about_html() -> str:
    """What this program is, its version and licence, who made what it stands on, and the versions it runs with
    (the first thing to copy into a bug report)."""
    import platform

    import numpy
    import pyqtgraph
    import PySide6
    from PySide6.QtCore import qVersion

    from nnplayground import __version__

    return (
        f"<h3>nnplayground {__version__}</h3>"
        + translate(
            "ui.window.help",
            "<p>A desktop playground for neural networks: draw data, design a network, watch it learn.</p>",
        )
        + translate(
            "ui.window.help",
            "<p>Free software under the MIT licence: use, copy, change and hand it out, in class and beyond.<br>"
            "{homepage}</p>",
        ).format(homepage=f'<a href="{HOMEPAGE}">{HOMEPAGE}</a>')
        + translate(
            "ui.window.help",
            "<p><b>Credits.</b> Made by the nnplayground authors. Inspired by TensorFlow Playground by Daniel Smilkov "
            "and Shan Carter. Built on Qt through PySide6 (LGPL), pyqtgraph (MIT) and NumPy (BSD).</p>",
        )
        + f"<p><small>Qt {qVersion()} &middot; PySide6 {PySide6.__version__} &middot; pyqtgraph {pyqtgraph.__version__}"
        f"<br>NumPy {numpy.__version__} &middot; Python {platform.python_version()}</small></p>"
    )


def show_about(parent: QWidget) -> QMessageBox:
    """The About box, beside the window (not blocking it), with the application's icon."""
    from nnplayground.ui.window.icon import app_icon

    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        translate("ui.window.help", "About nnplayground"),
        about_html(),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("aboutDialog")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # the link opens, the text copies
    box.setIconPixmap(app_icon().pixmap(96, 96))
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
