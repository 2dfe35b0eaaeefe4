"""Help > About: what the program is, its version and licence, the credits, the versions it runs with, its icon."""

from __future__ import annotations

import platform

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox

from nnplayground import version
from tests.ui.window_driver import act


def test_about_shows_version_licence_credits_and_the_versions_it_runs_with(make_window, qtbot):
    w = make_window("--dataset", "xor")
    act(w, "actionAbout").trigger()
    box = w.findChild(QMessageBox, "aboutDialog")
    assert box is not None and box.isVisible() and not box.isModal()  # the playground goes on beside it
    text = box.text()
    assert f"nnplayground {version()}" in text
    assert "MIT licence" in text and "TensorFlow Playground" in text
    for name, v in [("Qt", qVersion()), ("PySide6", PySide6.__version__), ("NumPy", numpy.__version__)]:
        assert f"{name} {v}" in text, name
    assert f"pyqtgraph {pyqtgraph.__version__}" in text and f"Python {platform.python_version()}" in text
    assert "https://github.com/nnplayground/nnplayground" in text
    icon = box.iconPixmap()
    assert not icon.isNull() and icon.width() >= 64  # the application's icon, large
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "aboutDialog") is None)


def test_the_about_box_homepage_is_the_package_homepage():
    from pathlib import Path

    from nnplayground.ui.window.help import HOMEPAGE

    pyproject = (Path(__file__).resolve().parents[3] / "pyproject.toml").read_text(encoding="utf-8")
    assert f'Homepage = "{HOMEPAGE}"' in pyproject
