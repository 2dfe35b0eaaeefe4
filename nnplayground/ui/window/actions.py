"""Every command a user can give, once: a table of actions with their objectNames, keys and tooltips.

Toolbar buttons, menus and keys all trigger the same QAction, and its tooltip names its key, so the keyboard can be
learned from the mouse. The table says what each action is; the window says what it does (`handlers`), and
`menus.py` where it appears.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Union

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.common.shapes import class_icon
from nnplayground.ui.common.tooltip import tooltip

Keys = Union[str, QKeySequence.StandardKey, tuple["Keys", ...], None]  # noqa: UP007 (a recursive alias)
STD = QKeySequence.StandardKey
MNEMONIC = re.compile(r"\(&\w\)")  # a translation's accelerator after the text: "文件(&F)"


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> Keys:
    """The platform's standard key, or `fallback` where the platform has none (Windows has no Quit key)."""
    return key if QKeySequence.keyBindings(key) else fallback


TIPS_PRESENT = QT_TRANSLATE_NOOP(
    "ui.window.actions",
    "Large text and thick lines, the network and the canvas only: for a projector (again to go back)",
)
THEMES = (  # (the texts are translated where the actions are made)
    ("system", QT_TRANSLATE_NOOP("ui.window.actions", "&System Colours"),
     QT_TRANSLATE_NOOP("ui.window.actions", "Light or dark as the desktop is")),
    ("light", QT_TRANSLATE_NOOP("ui.window.actions", "&Light"),
     QT_TRANSLATE_NOOP("ui.window.actions", "Dark text on white, as TensorFlow Playground")),
    ("dark", QT_TRANSLATE_NOOP("ui.window.actions", "&Dark"),
     QT_TRANSLATE_NOOP("ui.window.actions", "Light text on dark grey: the plots' colours stay the same")),
)  # fmt: skip


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the objectName (the automation name tests and scripts find it by)
    text: str  # the menu text, with its & mnemonic
    keys: Keys = None
    tip: str = ""  # what it does and why, after the first line (the text and the key)
    checkable: bool = False
    group: str = ""  # actions of one group are exclusive (the tools, the classes)


def specs() -> tuple[ActionSpec, ...]:
    """The table (a function: the texts are read, in the window's language, when the window is made)."""
    tools = (
        ("add", translate("ui.window.actions", "&Add Points"), "A"),
        ("brush", translate("ui.window.actions", "&Brush"), "B"),
        ("erase", translate("ui.window.actions", "&Erase"), "E"),
        ("inspect", translate("ui.window.actions", "&Inspect"), "I"),
    )
    return (
        ActionSpec(
            "actionNew",
            translate("ui.window.actions", "&New"),
            STD.New,
            translate("ui.window.actions", "A new session with the default settings"),
        ),
        ActionSpec(
            "actionOpen",
            translate("ui.window.actions", "&Open..."),
            STD.Open,
            translate("ui.window.actions", "Open a saved session"),
        ),
        ActionSpec(
            "actionOpenTfpLink",
            translate("ui.window.actions", "Open TensorFlow &Playground Link..."),
            "Ctrl+Shift+O",
            translate(
                "ui.window.actions", "Open a playground.tensorflow.org link: its data, network and settings (undoable)"
            ),
        ),
        ActionSpec(
            "actionSave",
            translate("ui.window.actions", "&Save"),
            STD.Save,
            translate("ui.window.actions", "Save the session: settings, points, weights, history"),
        ),
        ActionSpec(
            "actionSaveAs", translate("ui.window.actions", "Save &As..."), standard_or(STD.SaveAs, "Ctrl+Shift+S")
        ),
        ActionSpec(
            "actionExportImage",
            translate("ui.window.actions", "&Export Image..."),
            "Ctrl+E",
            translate("ui.window.actions", "Save a picture of the output (PNG or SVG)"),
        ),
        ActionSpec(
            "actionImportCsv",
            translate("ui.window.actions", "Import &CSV..."),
            "Ctrl+I",
            translate("ui.window.actions", "Load points from x,y,label rows"),
        ),
        ActionSpec(
            "actionExportCsv",
            translate("ui.window.actions", "Export CS&V..."),
            "Ctrl+Shift+E",
            translate("ui.window.actions", "Save the points as CSV"),
        ),
        ActionSpec("actionQuit", translate("ui.window.actions", "&Quit"), standard_or(STD.Quit, "Ctrl+Q")),
        ActionSpec(
            "actionClear",
            translate("ui.window.actions", "C&lear Points"),
            "Ctrl+Shift+Backspace",
            translate("ui.window.actions", "Remove every point (undoable)"),
        ),
        *(ActionSpec(f"actionTool_{n}", t, k, checkable=True, group="tools") for n, t, k in tools),
        *(
            ActionSpec(
                f"actionClass{k}",
                translate("ui.window.actions", "Class {k}").format(k=k),
                str(k),
                checkable=True,
                group="classes",
            )
            for k in range(1, 10)
        ),
        ActionSpec(
            "actionDiscretize",
            translate("ui.window.actions", "&Discretize Output"),
            "D",
            translated(TIPS["discretize"]),
            True,
        ),
        ActionSpec(
            "actionShowTest",
            translate("ui.window.actions", "Show &Test Data"),
            "T",
            translated(TIPS["show_test"]),
            True,
        ),
        ActionSpec(
            "actionLogLoss",
            translate("ui.window.actions", "&Log-Scale Loss"),
            "L",
            translate("ui.window.actions", "Plot the loss on a logarithmic axis"),
            True,
        ),
        ActionSpec(
            "actionDataDrawer",
            translate("ui.window.actions", "Data Pa&nel"),
            "Ctrl+D",
            translate(
                "ui.window.actions",
                "Open or close the data panel over the diagram (a window too narrow for three columns folds it to "
                "the Data tab at the left edge; Esc closes it)",
            ),
            True,
        ),
        ActionSpec(
            "actionLossLandscape",
            translate("ui.window.actions", "Loss Lands&cape..."),
            None,
            translate("ui.window.actions", "The loss around the weights, with the path"),
        ),
        ActionSpec(
            "actionTransformedSpace",
            translate("ui.window.actions", "Layer &Space..."),
            None,
            translate("ui.window.actions", "The data as a hidden layer sees them"),
        ),
        ActionSpec(
            "actionLayerHealth",
            translate("ui.window.actions", "Layer &Health..."),
            None,
            translate("ui.window.actions", "Activations, gradients and weights per layer"),
        ),
        ActionSpec("actionPlay", translate("ui.window.actions", "&Play"), "Space", translated(TIPS["play"]), True),
        ActionSpec("actionStep", translate("ui.window.actions", "&Step"), ("Right", "."), translated(TIPS["step"])),
        ActionSpec(
            "actionStepBatch",
            translate("ui.window.actions", "Step &Batch"),
            "Shift+Right",
            translate("ui.window.actions", "One mini-batch: a single gradient-descent step"),
        ),
        ActionSpec("actionReset", translate("ui.window.actions", "&Reset"), "R", translated(TIPS["reset"])),
        ActionSpec(
            "actionExplainStep",
            translate("ui.window.actions", "E&xplain One Step"),
            "X",
            translated(TIPS["explain_step"]),
            True,
        ),
        ActionSpec(
            "actionExplainNext",
            translate("ui.window.actions", "&Next Stage"),
            ("Right", "N"),
            translate("ui.window.actions", "The step explainer's next stage"),
        ),
        ActionSpec(
            "actionExplainBack",
            translate("ui.window.actions", "Pre&vious Stage"),
            ("Left", "P"),
            translate("ui.window.actions", "The step explainer's previous stage"),
        ),
        ActionSpec(
            "actionNextPoint",
            translate("ui.window.actions", "Next &Point"),
            ("Down", "]"),
            translate("ui.window.actions", "Pick the next data point (Alt+click picks one)"),
        ),
        ActionSpec(
            "actionPreviousPoint",
            translate("ui.window.actions", "Previous P&oint"),
            ("Up", "["),
            translate("ui.window.actions", "Pick the previous data point"),
        ),
        ActionSpec(
            "actionExplainApply",
            translate("ui.window.actions", "&Apply the Step"),
            ("Return", "Enter"),
            translate("ui.window.actions", "Take the explained step for real"),
        ),
        # ---- the classroom: zoom, full screen, presentation and theme (ui/window/presentation.py) ----
        ActionSpec(
            "actionZoomIn",
            translate("ui.window.actions", "Zoom &In"),
            ("Ctrl+=", "Ctrl++", STD.ZoomIn),
            translate("ui.window.actions", "Larger text, points and lines"),
        ),
        ActionSpec(
            "actionZoomOut",
            translate("ui.window.actions", "Zoom &Out"),
            ("Ctrl+-", STD.ZoomOut),
            translate("ui.window.actions", "Smaller text, points and lines"),
        ),
        ActionSpec(
            "actionZoomReset",
            translate("ui.window.actions", "&Actual Size"),
            "Ctrl+0",
            translate("ui.window.actions", "Text, points and lines at the desktop's size"),
        ),
        ActionSpec(
            "actionFullScreen",
            translate("ui.window.actions", "&Full Screen"),
            (STD.FullScreen, "F11"),
            translate("ui.window.actions", "The window over the screen"),
            True,
        ),
        ActionSpec(
            "actionPresentation",
            translate("ui.window.actions", "&Presentation"),
            "F5",
            translate("ui.window.actions", TIPS_PRESENT),
            True,
        ),
        *(
            ActionSpec(
                f"actionTheme_{n}",
                translate("ui.window.actions", t),
                tip=translate("ui.window.actions", f),
                checkable=True,
                group="theme",
            )
            for n, t, f in THEMES
        ),
        # ---- help ----
        ActionSpec(
            "actionHelp",
            translate("ui.window.actions", "&Help"),
            "F1",
            translate("ui.window.actions", "Keys, tools and what the playground is for"),
        ),
        ActionSpec("actionAbout", translate("ui.window.actions", "&About nnplayground")),
    )


def key_sequences(keys: Keys) -> list[QKeySequence]:
    """The sequences for a key, a standard key or a tuple of them, each once: a sequence bound twice (a standard
    key that is also written out, as Quit's Ctrl+Q on Linux) is an "ambiguous shortcut" Qt fires for neither."""
    seqs: list[QKeySequence] = []
    for k in keys if isinstance(keys, tuple) else () if keys is None else (keys,):
        seqs += QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [QKeySequence(k)]
    unique = {s.toString(): s for s in seqs if not s.isEmpty()}
    return list(unique.values())


def plain_text(text: str) -> str:
    """A menu text as a sentence names it: no mnemonic (the Chinese "打开(&O)..." as the English "&Open...") and
    no trailing dots."""
    return MNEMONIC.sub("", text).replace("&", "").rstrip(".…")


def describe(action: QAction, tip: str = "") -> None:
    """The tooltip: the action's name, its key, then what it is for."""
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    head = plain_text(action.text())
    first = translate("ui.window.actions", "{action} ({key})").format(action=head, key=shortcut) if shortcut else head
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
            a.setIcon(class_icon(int(spec.name.removeprefix("actionClass")) - 1))  # as the canvas shows it
        owner.addAction(a)
        acts[spec.name] = a
    return acts


def undo_actions(owner: QWidget, stack: QUndoStack) -> dict[str, QAction]:
    """Undo and Redo, named by the stack for what they will undo ("Undo Add Layer")."""
    undo = stack.createUndoAction(owner, translate("ui.window.actions", "&Undo"))
    undo.setObjectName("actionUndo")
    undo.setShortcuts(key_sequences(STD.Undo))
    redo = stack.createRedoAction(owner, translate("ui.window.actions", "&Redo"))
    redo.setObjectName("actionRedo")
    redo.setShortcuts(key_sequences((STD.Redo, "Ctrl+Shift+Z", "Ctrl+Y")))
    undo_tip = translate("ui.window.actions", "Undo the last edit: points, settings, network, weights")
    for a, text in ((undo, undo_tip), (redo, translate("ui.window.actions", "Redo"))):
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
