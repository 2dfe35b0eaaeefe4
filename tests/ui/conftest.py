"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest

from nnplayground.ui.network_view import NetworkView


@pytest.fixture
def view(qtbot) -> NetworkView:
    """A shown network diagram, 900 x 600."""
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    qtbot.waitExposed(v)
    return v
