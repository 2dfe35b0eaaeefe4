"""Guards for the Qt binding the app depends on."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signals_keep_their_references(qapp):
    # PySide6 6.12.0 delivers bools to Python slots without taking a reference: after enough toggles the
    # interpreter aborts ("deallocating True or False"). pyproject.toml excludes it; this catches a relapse.
    emitter, got = _Emitter(), []
    emitter.flag.connect(got.append)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.flag.emit(True)
    assert len(got) == 100
    assert sys.getrefcount(True) - before >= 100
