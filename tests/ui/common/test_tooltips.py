"""Every tooltip of the window wraps at a readable width (Qt keeps a plain-text tooltip on one line)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QToolTip, QWidget

from nnplayground.ui.common.tooltip import tooltip
from tests.ui.window_driver import WAIT

READABLE = 700  # px: wider than this, a tooltip is a line to scan, not a note to read


def every_tooltip(w) -> list[str]:
    texts = [x.toolTip() for x in w.findChildren(QWidget) + w.findChildren(QAction)]
    for combo in w.findChildren(QComboBox):
        texts += [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(combo.count())]
    return [t for t in texts if t]


def test_every_tooltip_is_text_qt_wraps(make_window):
    w = make_window()
    texts = every_tooltip(w)
    assert len(texts) > 60
    unwrapped = [t[:60] for t in texts if len(t) > 60 and tooltip(t) != t]  # a short one needs no wrapping
    assert unwrapped == []


def test_the_feature_tooltip_shows_at_a_readable_width(qtbot, make_window):
    w = make_window()
    nv = w.network_view
    viewport = nv.view.viewport()
    qtbot.mouseMove(viewport, nv.view.mapFromScene(QPointF(3, 3)))
    qtbot.mouseMove(viewport, nv.view.mapFromScene(nv.column_item(-1).node_rect(2).center()))
    qtbot.waitUntil(lambda: "x₁²" in nv.column_item(-1).toolTip(), timeout=WAIT)
    QToolTip.showText(viewport.mapToGlobal(QPoint(10, 10)), nv.column_item(-1).toolTip(), viewport)
    tips = [x for x in QApplication.topLevelWidgets() if isinstance(x, QLabel)]
    label = next(x for x in tips if x.objectName() == "qtooltip_label")
    qtbot.waitUntil(label.isVisible, timeout=WAIT)
    assert 150 < label.width() <= READABLE
    QToolTip.hideText()
