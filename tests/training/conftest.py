"""Qt tests: Python's cycle collector runs only here, in the GUI thread, between tests.

Left automatic, it can run in the training thread (whenever that thread allocates) and destroy Qt objects left
over from an earlier test there, which crashes Qt. The app does the same with pyqtgraph's GarbageCollector.
"""

import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_gui_thread():
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()
