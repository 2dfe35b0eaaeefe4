"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from nnplayground.app import create_window
from nnplayground.ui.network.view import NetworkView
from nnplayground.ui.window import style

WAIT = 15000  # ms: generous upper bounds for waitUntil, never a threshold anything is measured against


@pytest.fixture
def shown(qtbot) -> Callable[..., QWidget]:
    """`shown(widget, width, height)`: the widget owned by the test, resized if asked, shown and exposed."""

    def show(widget: QWidget, width: int | None = None, height: int | None = None) -> QWidget:
        qtbot.addWidget(widget)
        if width is not None:
            widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


@pytest.fixture
def view(shown) -> NetworkView:
    """A shown network diagram, 900 x 600."""
    return shown(NetworkView(), 900, 600)


@pytest.fixture
def make_window(qtbot, shown):
    made = []

    def make(*argv: str):
        w = shown(create_window(list(argv)))
        w.activateWindow()
        qtbot.waitUntil(lambda: w.latest_snapshot is not None, timeout=WAIT)
        made.append(w)
        return w

    yield make
    for w in made:
        assert not w.controller.running  # pytest-qt closed the window before this teardown
    # ... and asked for deleteLater: delete now, while the widgets' Python halves are whole (pyqtgraph items
    # collected by the garbage collector before their C++ objects raise errors inside a later test).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # The app's font and style sheet are global: a test that zoomed or darkened its window leaves them plain.
    style.apply(QApplication.instance())
