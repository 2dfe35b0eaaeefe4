"""Help > Help and Help > About: the keys and the ideas, and what this program is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

HELP_HTML = """
<h3>nnplayground</h3>
<p>Pick or draw a data set on the left, shape the network in the middle, press <b>Play</b> and watch the
boundary on the right follow the points.</p>
<table cellspacing="4">
<tr><td><b>Space</b></td><td>play / pause</td></tr>
<tr><td><b>Right</b> or <b>.</b></td><td>one epoch (Shift+Right: one mini-batch)</td></tr>
<tr><td><b>R</b></td><td>reset: new weights, epoch 0</td></tr>
<tr><td><b>1</b> &ndash; <b>9</b></td><td>the class a click adds</td></tr>
<tr><td><b>A</b>, <b>B</b>, <b>E</b>, <b>I</b></td><td>add, brush, erase, inspect tool</td></tr>
<tr><td>right click</td><td>erase the nearest point</td></tr>
<tr><td>Alt+click</td><td>pick a point (Alt+click on empty space or <b>Escape</b> lets it go); resting the
mouse on a point shows what the network makes of it</td></tr>
<tr><td><b>Ctrl+Z</b>, <b>Ctrl+Shift+Z</b></td><td>undo, redo any edit: points, settings, network, weights</td></tr>
<tr><td><b>D</b>, <b>T</b>, <b>L</b></td><td>discretize the output, show test data, log-scale loss</td></tr>
</table>
<p>A focused control keeps the keys it uses (Space presses a button, the arrows move a slider); click the
canvas to give the keys back to the playground.</p>
<p>Drag the <b>timeline</b> under the output back to see the network as it was at an earlier epoch; Play or
Step from there continues from that epoch. You may draw while the network trains: it learns the new points from
the next step on.</p>
<p>Hover over any control for a short explanation of what it does and why it matters.</p>
"""


def show_help(parent: QWidget) -> None:
    """The keys and the ideas in one small window that can stay open beside the playground."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, "nnplayground help", HELP_HTML, QMessageBox.StandardButton.Close, parent)
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
        "<p>A desktop playground for neural networks: draw data, design a network, watch it learn.</p>"
        "<p>Free software under the MIT licence: use, copy, change and hand it out, in class and beyond.<br>"
        f'<a href="{HOMEPAGE}">{HOMEPAGE}</a></p>'
        "<p><b>Credits.</b> Made by the nnplayground authors. Inspired by TensorFlow Playground by Daniel Smilkov "
        "and Shan Carter. Built on Qt through PySide6 (LGPL), pyqtgraph (MIT) and NumPy (BSD).</p>"
        f"<p><small>Qt {qVersion()} &middot; PySide6 {PySide6.__version__} &middot; pyqtgraph {pyqtgraph.__version__}"
        f"<br>NumPy {numpy.__version__} &middot; Python {platform.python_version()}</small></p>"
    )


def show_about(parent: QWidget) -> QMessageBox:
    """The About box, beside the window (not blocking it), with the application's icon."""
    from nnplayground.ui.window.icon import app_icon

    box = QMessageBox(
        QMessageBox.Icon.NoIcon, "About nnplayground", about_html(), QMessageBox.StandardButton.Close, parent
    )
    box.setObjectName("aboutDialog")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # the link opens, the text copies
    box.setIconPixmap(app_icon().pixmap(96, 96))
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
