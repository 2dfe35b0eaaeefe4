"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget

from nnplayground.ui.network_view import NetworkView


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
