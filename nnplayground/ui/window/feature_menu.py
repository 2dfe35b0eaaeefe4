"""Edit > Input Features: the diagram's feature toggles as menu items, so the keyboard (Alt, then the menus) can
switch a feature on or off as a click on its thumbnail does (same edit, same refusal of the last one, undoable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.core import features as feats
from nnplayground.core.experiment import FEATURES
from nnplayground.ui.common.i18n import translate, translated


def features_menu(parent: QWidget, enabled: Callable[[], tuple[str, ...]], toggle: Callable[[str], None]) -> QMenu:
    """One checkable item per feature; `enabled()` says which are on when the menu opens, `toggle(name)` edits."""
    menu = QMenu(translate("ui.window.feature_menu", "Input &Features"), parent)
    menu.setObjectName("menuFeatures")
    for name in FEATURES:
        a = menu.addAction(translated(feats.label(name)))  # (math, as x₁²: a translation only if the core marks it)
        a.setObjectName(f"actionFeature_{name}")
        a.setCheckable(True)
        a.triggered.connect(lambda _checked=False, n=name: toggle(n))

    def sync() -> None:
        on = set(enabled())
        for a in menu.actions():
            a.setChecked(a.objectName().removeprefix("actionFeature_") in on)

    menu.aboutToShow.connect(sync)
    sync()
    return menu
