"""The opening picture: the first boundary on screen while the window is built (issue 21's start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np

from nnplayground.app import build_window, parse
from nnplayground.core.points import PointSet
from nnplayground.ui.window.opening import first_snapshot, opening

from ..conftest import WAIT


def test_the_opening_picture_is_the_network_the_window_opens_with(qtbot):
    args, exp = parse(["--dataset", "circle", "--hidden", "5,3", "--activation", "relu", "--seed", "4"])
    points = PointSet.of(exp.data)
    picture = opening(exp, points)
    qtbot.addWidget(picture)
    assert picture.isVisible() and not picture.pixmap().isNull()
    assert picture.accessibleName()
    window = build_window(args, exp, points)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.latest_snapshot is not None, timeout=WAIT)
    shown = window.latest_snapshot
    assert shown.epoch == 0
    # the training process's epoch 0 is the picture's, number for number
    assert np.array_equal(first_snapshot(exp, points).output_grid, shown.output_grid)
    assert window.points.n == points.n and np.array_equal(window.points.xy, points.xy)
    picture.close()
    window.close()


def test_an_experiment_that_cannot_train_its_points_still_gets_a_picture_of_the_data(qtbot):
    _, exp = parse(["--dataset", "xor"])
    one_class = PointSet.from_arrays(np.array([[1.0, 1.0], [2.0, 2.0]]), np.array([0, 0]))
    snap = first_snapshot(exp, one_class)  # whatever the trainer makes of it, never an exception
    picture = opening(exp, one_class)
    qtbot.addWidget(picture)
    assert picture.isVisible() and (snap is None or snap.epoch == 0)
    picture.close()


def test_the_picture_is_painted_before_pyqtgraph_is_imported(tmp_path):
    """What makes it fast: everything up to the painted picture needs NumPy, the core and Qt's widgets only
    (pyqtgraph's import alone takes about as long as the whole picture)."""
    child = textwrap.dedent(
        """
        import sys
        from nnplayground.app import prepare
        from nnplayground.core.points import PointSet
        from nnplayground.ui.window.opening import opening

        args, exp = prepare(["--dataset", "spiral"])
        picture = opening(exp, PointSet.of(exp.data))
        print(picture.isVisible(), "pyqtgraph" in sys.modules)
        """
    )
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False"]
