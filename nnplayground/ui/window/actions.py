"""Every command a user can give, once: a table of actions with their objectNames, keys and tooltips.

Toolbar buttons, menus and keys all trigger the same QAction, and its tooltip names its key, so the keyboard can be
learned from the mouse. The table says what each action is; the window says what it does (`handlers`), and
`menus.py` where it appears.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Union

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import QWidget

from nnplayground.core.colors import CLASS_COLORS
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.tooltip import tooltip

Keys = Union[str, QKeySequence.StandardKey, tuple["Keys", ...], None]  # noqa: UP007 (a recursive alias)
STD = QKeySequence.StandardKey


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> Keys:
    """The platform's standard key, or `fallback` where the platform has none (Windows has no Quit key)."""
    return key if QKeySequence.keyBindings(key) else fallback


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the objectName (the automation name tests and scripts find it by)
    text: str  # the menu text, with its & mnemonic
    keys: Keys = None
    tip: str = ""  # what it does and why, after the first line (the text and the key)
    checkable: bool = False
    group: str = ""  # actions of one group are exclusive (the tools, the classes)


def specs() -> tuple[ActionSpec, ...]:
    """The table (a function: the texts are read when the window is made)."""
    tools = (
        ("add", "&Add Points", "A"),
        ("brush", "&Brush", "B"),
        ("erase", "&Erase", "E"),
        ("inspect", "&Inspect", "I"),
    )
    return (
        ActionSpec("actionNew", "&New", STD.New, "A new session with the default settings"),
        ActionSpec("actionOpen", "&Open...", STD.Open, "Open a saved session"),
        ActionSpec(
            "actionOpenTfpLink",
            "Open TensorFlow &Playground Link...",
            "Ctrl+Shift+O",
            "Open a playground.tensorflow.org link: its data, network and settings (undoable)",
        ),
        ActionSpec("actionSave", "&Save", STD.Save, "Save the session: settings, points, weights, history"),
        ActionSpec("actionSaveAs", "Save &As...", standard_or(STD.SaveAs, "Ctrl+Shift+S")),
        ActionSpec("actionExportImage", "&Export Image...", "Ctrl+E", "Save a picture of the output (PNG or SVG)"),
        ActionSpec("actionImportCsv", "Import &CSV...", "Ctrl+I", "Load points from x,y,label rows"),
        ActionSpec("actionExportCsv", "Export CS&V...", "Ctrl+Shift+E", "Save the points as CSV"),
        ActionSpec("actionQuit", "&Quit", standard_or(STD.Quit, "Ctrl+Q")),
        ActionSpec("actionClear", "C&lear Points", "Ctrl+Shift+Backspace", "Remove every point (undoable)"),
        *(ActionSpec(f"actionTool_{n}", t, k, checkable=True, group="tools") for n, t, k in tools),
        *(ActionSpec(f"actionClass{k}", f"Class {k}", str(k), checkable=True, group="classes") for k in range(1, 10)),
        ActionSpec("actionDiscretize", "&Discretize Output", "D", TIPS["discretize"], True),
        ActionSpec("actionShowTest", "Show &Test Data", "T", TIPS["show_test"], True),
        ActionSpec("actionLogLoss", "&Log-Scale Loss", "L", "Plot the loss on a logarithmic axis", True),
        ActionSpec("actionLossLandscape", "Loss Lands&cape...", None, "The loss around the weights, with the path"),
        ActionSpec("actionTransformedSpace", "Layer &Space...", None, "The data as a hidden layer sees them"),
        ActionSpec("actionLayerHealth", "Layer &Health...", None, "Activations, gradients and weights per layer"),
        ActionSpec("actionPlay", "&Play", "Space", TIPS["play"], True),
        ActionSpec("actionStep", "&Step", ("Right", "."), TIPS["step"]),
        ActionSpec("actionStepBatch", "Step &Batch", "Shift+Right", "One mini-batch: a single gradient-descent step"),
        ActionSpec("actionReset", "&Reset", "R", TIPS["reset"]),
        ActionSpec("actionExplainStep", "E&xplain One Step", "X", TIPS["explain_step"], True),
        ActionSpec("actionExplainNext", "&Next Stage", ("Right", "N"), "The step explainer's next stage"),
        ActionSpec("actionExplainBack", "Pre&vious Stage", ("Left", "P"), "The step explainer's previous stage"),
        ActionSpec("actionNextPoint", "Next &Point", ("Down", "]"), "Pick the next data point (Alt+click picks one)"),
        ActionSpec("actionPreviousPoint", "Previous P&oint", ("Up", "["), "Pick the previous data point"),
        ActionSpec("actionExplainApply", "&Apply the Step", ("Return", "Enter"), "Take the explained step for real"),
        ActionSpec("actionHelp", "&Help", "F1", "Keys, tools and what the playground is for"),
        ActionSpec("actionAbout", "&About nnplayground"),
    )


def key_sequences(keys: Keys) -> list[QKeySequence]:
    """The sequences for a key, a standard key or a tuple of them, each once: a sequence bound twice (a standard
    key that is also written out, as Quit's Ctrl+Q on Linux) is an "ambiguous shortcut" Qt fires for neither."""
    seqs: list[QKeySequence] = []
    for k in keys if isinstance(keys, tuple) else () if keys is None else (keys,):
        seqs += QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [QKeySequence(k)]
    unique = {s.toString(): s for s in seqs if not s.isEmpty()}
    return list(unique.values())


def describe(action: QAction, tip: str = "") -> None:
    """The tooltip: the action's name, its key, then what it is for."""
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    head = action.text().replace("&", "").rstrip(".")
    first = f"{head} ({shortcut})" if shortcut else head
    action.setToolTip(tooltip(f"{first}\n\n{tip}" if tip else first))


def make_actions(owner: QWidget, table: tuple[ActionSpec, ...]) -> dict[str, QAction]:
    """The table's actions, owned by `owner` (so their keys work wherever the focus is in it), by name."""
    acts: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in table:
        a = QAction(spec.text, owner)
        a.setObjectName(spec.name)
        a.setCheckable(spec.checkable)
        a.setShortcuts(key_sequences(spec.keys))
        describe(a, spec.tip)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(owner)).addAction(a)
        if spec.name.startswith("actionClass"):
            a.setIcon(_swatch_icon(CLASS_COLORS[int(spec.name.removeprefix("actionClass")) - 1]))
        owner.addAction(a)
        acts[spec.name] = a
    return acts


def undo_actions(owner: QWidget, stack: QUndoStack) -> dict[str, QAction]:
    """Undo and Redo, named by the stack for what they will undo ("Undo Add Layer")."""
    undo = stack.createUndoAction(owner, "&Undo")
    undo.setObjectName("actionUndo")
    undo.setShortcuts(key_sequences(STD.Undo))
    redo = stack.createRedoAction(owner, "&Redo")
    redo.setObjectName("actionRedo")
    redo.setShortcuts(key_sequences((STD.Redo, "Ctrl+Shift+Z", "Ctrl+Y")))
    for a, text in ((undo, "Undo the last edit: points, settings, network, weights"), (redo, "Redo")):
        describe(a, text)
        owner.addAction(a)
    return {"actionUndo": undo, "actionRedo": redo}


def connect(acts: Mapping[str, QAction], handlers: Mapping[str, Callable[..., object]]) -> None:
    """Each action to what it does: a checkable action's `toggled(bool)`, any other's `triggered()`. Play is the
    exception: `triggered(bool)`, the user's press, not the run's own word that it stopped (which sets the check)."""
    for name, slot in handlers.items():
        a = acts[name]
        if a.isCheckable() and name != "actionPlay":
            a.toggled.connect(slot)
        elif a.isCheckable():
            a.triggered.connect(slot)
        else:  # triggered(checked) would hand its False to a slot with an optional argument (open(path=False))
            a.triggered.connect(lambda _checked=False, do=slot: do())


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
