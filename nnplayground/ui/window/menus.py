"""Where each action appears in the menu bar (the actions themselves are in `actions.py`)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from nnplayground.ui.common.i18n import translate

SEPARATOR = "-"
# A menu's entries: an action's name, a separator, or the name of a submenu the window supplies (the titles are
# translated when the menu bar is filled).
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("ui.window.menus", "&File"),
        (
            "actionNew", "actionOpen", "actionOpenTfpLink", "menuRecent", "actionSave", "actionSaveAs", SEPARATOR,
            "actionExportImage", "menuExport", "actionExportCsv", "actionImportCsv", SEPARATOR, "actionQuit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.menus", "&Edit"),
        (
            "actionUndo", "actionRedo", SEPARATOR, "actionClear", SEPARATOR, "actionTool_add", "actionTool_brush",
            "actionTool_erase", "actionTool_inspect", "menuClass", "menuFeatures", SEPARATOR, "menuPreferences",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.menus", "&View"),
        (
            "actionDataDrawer", SEPARATOR, "actionDiscretize", "actionShowTest", "actionLogLoss",
            SEPARATOR, "actionLossLandscape", "actionTransformedSpace", "actionLayerHealth",
            SEPARATOR, "actionZoomIn", "actionZoomOut", "actionZoomReset",  # the classroom (presentation.py)
            SEPARATOR, "actionFullScreen", "actionPresentation", "menuTheme",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ui.window.menus", "&Train"),
        (
            "actionPlay", "actionStep", "actionStepBatch", "actionReset", SEPARATOR, "actionExplainStep",
            "actionExplainBack", "actionExplainNext", "actionExplainApply", "actionPreviousPoint", "actionNextPoint",
        ),
    ),
    (QT_TRANSLATE_NOOP("ui.window.menus", "&Help"), ("actionHelp", "actionAbout")),
)  # fmt: skip


def fill(bar: QMenuBar, actions: Mapping[str, QAction], submenus: Mapping[str, QMenu]) -> None:
    """The menu bar from MENUS."""
    for title, entries in MENUS:
        menu = bar.addMenu(translate("ui.window.menus", title))
        for entry in entries:
            if entry == SEPARATOR:
                menu.addSeparator()
            elif entry in submenus:
                menu.addMenu(submenus[entry])
            else:
                menu.addAction(actions[entry])


def class_menu(parent: QMenuBar, actions: Mapping[str, QAction]) -> QMenu:
    menu = QMenu(translate("ui.window.menus", "Class"), parent)
    menu.setObjectName("menuClass")
    menu.addActions([actions[f"actionClass{k}"] for k in range(1, 10)])
    return menu


def theme_menu(parent: QMenuBar, actions: Mapping[str, QAction]) -> QMenu:
    """View > Appearance: system colours, light or dark."""
    menu = QMenu(translate("ui.window.menus", "&Appearance"), parent)
    menu.setObjectName("menuTheme")
    menu.addActions([actions[f"actionTheme_{n}"] for n in ("system", "light", "dark")])
    return menu
