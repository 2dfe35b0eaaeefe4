"""Test configuration: every Qt test runs on the offscreen platform, with one BLAS thread (as the app runs),
and Qt's standard folders (settings, autosave) point at a test location, never the user's own."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def pytest_configure(config):
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
