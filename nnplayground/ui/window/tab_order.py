"""Tab visits every control in the order a reader's eye does: the toolbars, the data column, the network, the
output. Qt's own order is the order widgets were made in, which put the output's controls before the toolbar's and
left the toolbar's buttons out (a tool bar's buttons take no focus by default)."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QMainWindow,
    QSplitter,
    QToolBar,
    QToolButton,
    QWidget,
)

from nnplayground.ui.common.accessibility import name_all


def _part_of_a_control(w: QWidget) -> bool:
    """A spin box's line edit, a combo's line edit or popup, a scroll area's viewport: the control takes the
    focus for it."""
    parent = w.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
        return True
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def tab_stops(region: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside `region`, in the order they were laid out (made) there."""
    window = region.window()
    return [
        w
        for w in region.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window and not _part_of_a_control(w)
    ]


def set_tab_order(regions: list[QWidget]) -> list[QWidget]:
    """Chain the tab stops of `regions`, one region after the other; returns the chain. The toolbars' buttons
    join it (Tab focus only: a click still leaves the keys with the playground)."""
    for region in regions:
        if isinstance(region, QToolBar):
            for button in region.findChildren(QToolButton):
                if button.focusPolicy() == Qt.FocusPolicy.NoFocus and button.objectName() != "qt_toolbar_ext_button":
                    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    chain = [w for region in regions for w in tab_stops(region)]
    for a, b in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(a, b)
    return chain


def keep_accessible(window: QMainWindow, toolbars: list[QWidget], *made_controls: SignalInstance) -> None:
    """Every control's accessible name (from what it shows) and Tab in screen order, now and again whenever a part
    of the window made new controls (`made_controls`: a rebuilt diagram's headers, the other presets)."""

    def refresh(*_: object) -> None:
        name_all(window)
        split = window.centralWidget()
        assert isinstance(split, QSplitter)
        set_tab_order([*toolbars, *(split.widget(i) for i in range(split.count()))])

    refresh()
    for signal in made_controls:
        signal.connect(refresh)
