"""Where each action appears in the menu bar (the actions themselves are in `actions.py`)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

SEPARATOR = "-"
# A menu's entries: an action's name, a separator, or the name of a submenu the window supplies.
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "&File",
        (
            "actionNew", "actionOpen", "actionOpenTfpLink", "menuRecent", "actionSave", "actionSaveAs", SEPARATOR,
            "actionExportImage", "menuExport", "actionExportCsv", "actionImportCsv", SEPARATOR, "actionQuit",
        ),
    ),
    (
        "&Edit",
        (
            "actionUndo", "actionRedo", SEPARATOR, "actionClear", SEPARATOR, "actionTool_add", "actionTool_brush",
            "actionTool_erase", "actionTool_inspect", "menuClass", SEPARATOR, "menuPreferences",
        ),
    ),
    (
        "&View",
        (
            "actionDiscretize", "actionShowTest", "actionLogLoss", SEPARATOR,
            "actionLossLandscape", "actionTransformedSpace", "actionLayerHealth",
        ),
    ),
    (
        "&Train",
        (
            "actionPlay", "actionStep", "actionStepBatch", "actionReset", SEPARATOR, "actionExplainStep",
            "actionExplainBack", "actionExplainNext", "actionExplainApply", "actionPreviousPoint", "actionNextPoint",
        ),
    ),
    ("&Help", ("actionHelp", "actionAbout")),
)  # fmt: skip


def fill(bar: QMenuBar, actions: Mapping[str, QAction], submenus: Mapping[str, QMenu]) -> None:
    """The menu bar from MENUS."""
    for title, entries in MENUS:
        menu = bar.addMenu(title)
        for entry in entries:
            if entry == SEPARATOR:
                menu.addSeparator()
            elif entry in submenus:
                menu.addMenu(submenus[entry])
            else:
                menu.addAction(actions[entry])


def class_menu(parent: QMenuBar, actions: Mapping[str, QAction]) -> QMenu:
    menu = QMenu("Class", parent)
    menu.setObjectName("menuClass")
    menu.addActions([actions[f"actionClass{k}"] for k in range(1, 10)])
    return menu
