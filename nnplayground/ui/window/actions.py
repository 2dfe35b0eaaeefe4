"""The window's actions, menus and keyboard shortcuts, its help text, and the File commands it does itself.

Every command a user can give exists once, as a QAction with its objectName, shortcut and tooltip (the
tooltip names the shortcut, so the keyboard can be learned from the mouse). Toolbar buttons, menus and keys all
trigger the same action. Sessions (New, Open, Save ...) belong to the session manager; CSV import and export of
the points are done here with the core's reader and writer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnplayground.core import csvio
from nnplayground.core.colors import CLASS_COLORS
from nnplayground.core.edits import ReplaceAll
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.tooltip import tooltip

if TYPE_CHECKING:
    from nnplayground.ui.window.main_window import MainWindow

HELP_HTML = """
<h3>nnplayground</h3>
<p>Pick or draw a data set on the left, shape the network in the middle, press <b>Play</b> and watch the
boundary on the right follow the points.</p>
<table cellspacing="4">
<tr><td><b>Space</b></td><td>play / pause</td></tr>
<tr><td><b>Right</b> or <b>.</b></td><td>one epoch (Shift+Right: one mini-batch)</td></tr>
<tr><td><b>R</b></td><td>reset: new weights, epoch 0</td></tr>
<tr><td><b>1</b> &ndash; <b>9</b></td><td>the class a click adds</td></tr>
<tr><td><b>A</b>, <b>B</b>, <b>E</b></td><td>add, brush, erase tool</td></tr>
<tr><td>right click</td><td>erase the nearest point</td></tr>
<tr><td><b>Ctrl+Z</b>, <b>Ctrl+Shift+Z</b></td><td>undo, redo any edit of the points</td></tr>
<tr><td><b>D</b>, <b>T</b>, <b>L</b></td><td>discretize the output, show test data, log-scale loss</td></tr>
</table>
<p>Drag the <b>timeline</b> under the output back to see the network as it was at an earlier epoch; Play or
Step from there continues from that epoch. You may draw while the network trains: it learns the new points from
the next step on.</p>
<p>Hover over any control for a short explanation of what it does and why it matters.</p>
"""


def make_action(
    window: Any,
    text: str,
    name: str,
    slot: Any = None,
    keys: Any = None,
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    """An action owned by the window (so its shortcut works wherever the focus is), its keys in the tooltip."""
    a = QAction(text, window)
    a.setObjectName(name)
    a.setCheckable(checkable)
    if keys is not None:
        a.setShortcuts(key_sequences(keys))
    shortcut = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    head = text.replace("&", "").rstrip(".")
    if shortcut:
        a.setToolTip(tooltip(f"{head} ({shortcut})" + (f"\n\n{tip}" if tip else "")))
    else:
        a.setToolTip(tooltip(f"{head}\n\n{tip}" if tip else head))
    if slot is not None:
        (a.toggled if checkable else a.triggered).connect(slot)
    window.addAction(a)
    return a


def key_sequences(keys: Any) -> list[QKeySequence]:
    """The sequences for a key, a standard key or a list of them, each once: a sequence bound twice (a standard
    key that is also written out, as Quit's Ctrl+Q on Linux) is an "ambiguous shortcut" Qt fires for neither."""
    seqs: list[QKeySequence] = []
    for k in keys if isinstance(keys, (list, tuple)) else [keys]:
        seqs += QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [QKeySequence(k)]
    unique = {s.toString(): s for s in seqs if not s.isEmpty()}
    return list(unique.values())


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> Any:
    """The platform's standard key, or `fallback` where the platform has none (Windows has no Quit key)."""
    return key if QKeySequence.keyBindings(key) else fallback


def make_files(window: MainWindow) -> Any:
    """The session manager: File actions, the title, autosave and settings."""
    from nnplayground.ui.session.manager import SessionManager

    return SessionManager(window)


def build(w: MainWindow) -> dict[str, QAction]:
    """Create every action and the menu bar; returns the actions by objectName."""
    acts: dict[str, QAction] = {}

    def add(*args: Any, **kw: Any) -> QAction:
        a = make_action(w, *args, **kw)
        acts[a.objectName()] = a
        return a

    files = w.files
    std = QKeySequence.StandardKey
    add("&New", "actionNew", lambda: files.new(), std.New, "A new session with the default settings")
    add("&Open...", "actionOpen", lambda: files.open(), std.Open, "Open a saved session")
    add(
        "&Save",
        "actionSave",
        lambda: files.save(),
        std.Save,
        "Save the session: settings, points, weights, history",
    )
    add("Save &As...", "actionSaveAs", lambda: files.save_as(), standard_or(std.SaveAs, "Ctrl+Shift+S"))
    add(
        "&Export Image...",
        "actionExportImage",
        lambda: files.export_image(),
        "Ctrl+E",
        "Save a picture of the output (PNG or SVG)",
    )
    add(
        "Import &CSV...",
        "actionImportCsv",
        lambda: import_csv(w),
        "Ctrl+I",
        "Load points from x,y,label rows",
    )
    add(
        "Export CS&V...",
        "actionExportCsv",
        lambda: w.files.exports.points_csv(),
        "Ctrl+Shift+E",
        "Save the points as CSV",
    )
    add("&Quit", "actionQuit", w.close, standard_or(std.Quit, "Ctrl+Q"))

    undo = w.undo_stack.createUndoAction(w, "&Undo")
    undo.setObjectName("actionUndo")
    undo.setShortcuts(key_sequences(std.Undo))
    redo = w.undo_stack.createRedoAction(w, "&Redo")
    redo.setObjectName("actionRedo")
    redo.setShortcuts(key_sequences([std.Redo, "Ctrl+Shift+Z", "Ctrl+Y"]))
    for a, text in ((undo, "Undo the last edit of the points (Ctrl+Z)"), (redo, "Redo (Ctrl+Shift+Z)")):
        a.setToolTip(tooltip(text))
        w.addAction(a)
        acts[a.objectName()] = a
    add(
        "C&lear Points",
        "actionClear",
        w.clear_points,
        "Ctrl+Shift+Backspace",
        "Remove every point (undoable)",
    )

    tools = QActionGroup(w)
    for name, text, key in (("add", "&Add Points", "A"), ("brush", "&Brush", "B"), ("erase", "&Erase", "E")):
        a = add(text, f"actionTool_{name}", lambda on, n=name: on and w.set_tool(n), key, checkable=True)
        tools.addAction(a)
    classes = QActionGroup(w)
    for k in range(9):
        a = add(
            f"Class {k + 1}",
            f"actionClass{k + 1}",
            lambda on, k=k: on and w.set_current_class(k),
            str(k + 1),
            checkable=True,
        )
        a.setIcon(_swatch_icon(CLASS_COLORS[k]))
        classes.addAction(a)

    add("&Discretize Output", "actionDiscretize", w.canvas.set_discretize, "D", TIPS["discretize"], True)
    add("Show &Test Data", "actionShowTest", w.canvas.set_show_test, "T", TIPS["show_test"], True)
    add(
        "&Log-Scale Loss",
        "actionLogLoss",
        w.loss_chart.set_log,
        "L",
        "Plot the loss on a logarithmic axis",
        True,
    )

    add("&Play", "actionPlay", None, "Space", TIPS["play"], True).triggered.connect(w.set_playing)
    add("&Step", "actionStep", w.step, ["Right", "."], TIPS["step"])
    add(
        "Step &Batch",
        "actionStepBatch",
        w.step_batch,
        "Shift+Right",
        "One mini-batch: a single gradient-descent step",
    )
    add("&Reset", "actionReset", w.reset, "R", TIPS["reset"])
    add("&Help", "actionHelp", lambda: show_help(w), "F1", "Keys, tools and what the playground is for")
    add("&About nnplayground", "actionAbout", lambda: show_about(w))

    bar = w.menuBar()
    m = bar.addMenu("&File")
    m.addActions([acts["actionNew"], acts["actionOpen"]])
    m.addMenu(files.recent_menu())
    m.addActions([acts["actionSave"], acts["actionSaveAs"]])
    m.addSeparator()
    m.addAction(acts["actionExportImage"])
    m.addMenu(files.export_menu())  # the loss chart, the whole window, the network, the history ...
    m.addActions([acts["actionExportCsv"], acts["actionImportCsv"]])
    m.addSeparator()
    m.addAction(acts["actionQuit"])
    m = bar.addMenu("&Edit")
    m.addActions([undo, redo])
    m.addSeparator()
    m.addAction(acts["actionClear"])
    m.addSeparator()
    m.addActions(tools.actions())
    sub = m.addMenu("Class")
    sub.addActions(classes.actions())
    m.addSeparator()
    m.addMenu(files.preferences_menu())
    m = bar.addMenu("&View")
    m.addActions([acts["actionDiscretize"], acts["actionShowTest"], acts["actionLogLoss"]])
    m = bar.addMenu("&Train")
    m.addActions([acts["actionPlay"], acts["actionStep"], acts["actionStepBatch"], acts["actionReset"]])
    m = bar.addMenu("&Help")
    m.addActions([acts["actionHelp"], acts["actionAbout"]])
    return acts


def _swatch_icon(colour: str) -> QIcon:
    """A round dot of the class's colour, so a menu names a class the way the canvas shows it."""
    pix = QPixmap(16, 16)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawEllipse(2, 2, 12, 12)
    p.end()
    return QIcon(pix)


# ---- CSV ------------------------------------------------------------------------------------------------------------
CSV_FILTER = "CSV files (*.csv);;All files (*)"


def _warn(w: MainWindow, title: str, text: str) -> None:
    """A failed file operation: the status bar, and a dialog unless nobody can see one (offscreen tests)."""
    w.show_error(text)
    if QGuiApplication.platformName() != "offscreen":
        QMessageBox.warning(w, title, text)


def import_csv(w: MainWindow, path: str | None = None) -> bool:
    """Replace the points with a file's (undoable). A bad file changes nothing and says what is wrong."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(w, "Import points", "", CSV_FILTER)
        if not path:
            return False
    try:
        ps = csvio.read_points(path)
    except (csvio.CsvError, OSError, ValueError) as exc:
        _warn(w, "Import points", f"Could not import {path}: {exc}")
        return False
    problem = "regression" if ps.regression else "classification"
    exp = w.experiment.replace(problem=problem) if problem != w.experiment.problem else None
    w.editor.push(ReplaceAll(ps, text=f"Import {ps.n:,} points"), experiment=exp)
    w.show_message(f"Imported {ps.n:,} points from {path}.")
    return True


def show_help(w: MainWindow) -> None:
    """The keys and the ideas in one small window that can stay open beside the playground."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, "nnplayground help", HELP_HTML, QMessageBox.StandardButton.Close, w)
    box.setObjectName("helpDialog")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def show_about(w: MainWindow) -> None:
    from nnplayground import __version__

    QMessageBox.about(
        w,
        "About nnplayground",
        f"<b>nnplayground {__version__}</b><p>A desktop playground for neural networks: draw data, "
        "design a network, watch it learn. In the spirit of TensorFlow Playground.</p>",
    )
