"""Test configuration: every Qt test runs on the offscreen platform, with one BLAS thread (as the app runs),
and Qt's standard folders (settings, autosave) point at a test location, never the user's own."""

import gc
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's test mode keeps settings and autosaves under ~/.qttest: a home of this run's own, so that two test runs at
# once on one machine (or a user's own files) never meet there.
TEST_HOME = tempfile.mkdtemp(prefix="nnplayground-tests-home-")
os.environ["HOME"] = TEST_HOME
# The tests read the window's English (the source language) whatever this machine's locale: a window made without
# --lang speaks the system's language (a Chinese-speaking developer's machine would otherwise fail them).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

QT_TEST_FOLDERS = ("ui", "training")


def is_qt_test(request) -> bool:
    return bool(set(Path(str(request.node.fspath)).parts) & set(QT_TEST_FOLDERS))


def _fresh_app_settings() -> None:
    """Each Qt test starts as a first launch: no remembered experiment, layout, recent files or autosaves left by
    an earlier test (the app restores the last experiment at a bare launch). Cleared through QSettings, which
    keeps a cache of the file that a QSettings of an earlier test, destroyed later, would write back."""
    import shutil

    from PySide6.QtCore import QStandardPaths

    from nnplayground.ui.session.app_settings import default_settings

    settings = default_settings()
    settings.clear()
    settings.sync()
    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation))
    shutil.rmtree(data / "nnplayground", ignore_errors=True)


def pytest_unconfigure(config):
    import shutil

    shutil.rmtree(TEST_HOME, ignore_errors=True)


def pytest_configure(config):
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_gui_thread(request):
    """In Qt tests, Python's cycle collector runs only here, in the GUI thread, between tests.

    Left automatic, it can run in another thread (whenever that thread allocates) and destroy Qt objects left
    over from an earlier test there, which crashes Qt. The app does the same with pyqtgraph's GarbageCollector.
    """
    if not is_qt_test(request):
        yield
        return
    gc.collect()
    gc.disable()
    _fresh_app_settings()
    yield
    gc.enable()
    gc.collect()
