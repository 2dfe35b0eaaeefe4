"""Test configuration: every Qt test runs on the offscreen platform, with one BLAS thread (as the app runs),
and Qt's standard folders (settings, autosave) point at a test location, never the user's own."""

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

QT_TEST_FOLDERS = ("ui", "training")


def pytest_configure(config):
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _fresh_app_settings(request):
    """Each Qt test starts as a first launch: no remembered experiment, layout, recent files or autosaves left by
    an earlier test (the app restores the last experiment at a bare launch)."""
    if Path(str(request.node.fspath)).parent.name in QT_TEST_FOLDERS:
        import shutil

        from PySide6.QtCore import QStandardPaths

        for kind in (
            QStandardPaths.StandardLocation.GenericConfigLocation,
            QStandardPaths.StandardLocation.GenericDataLocation,
        ):
            folder = Path(QStandardPaths.writableLocation(kind)) / "nnplayground"
            shutil.rmtree(folder, ignore_errors=True)
    yield


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_gui_thread(request):
    """In Qt tests, Python's cycle collector runs only here, in the GUI thread, between tests.

    Left automatic, it can run in another thread (whenever that thread allocates) and destroy Qt objects left
    over from an earlier test there, which crashes Qt. The app does the same with pyqtgraph's GarbageCollector.
    """
    if Path(str(request.node.fspath)).parent.name not in QT_TEST_FOLDERS:
        yield
        return
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()
