"""The overlay's hover read-out names each other run with its losses and, for a classification, its accuracy."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from nnplayground.ui.output.run_curves import Overlay, RunCurves


def test_the_read_out_gives_each_runs_losses_and_accuracy_at_the_nearest_epoch(qapp):
    epochs = np.array([0.0, 10.0, 20.0])
    loss, acc = np.array([0.7, 0.4, 0.2]), np.array([0.5, 0.8, 0.95])
    runs = [
        Overlay("lr 0.3", "#1f77b4", epochs, loss, loss + 0.1, acc, acc - 0.1),
        Overlay("regression", "#ff7f0e", epochs, loss, loss, np.full(3, np.nan), np.full(3, np.nan)),
        Overlay("old file", "#2ca02c", epochs, loss, loss),  # a run saved without accuracy columns
    ]
    curves = RunCurves(pg.PlotItem())
    curves.set(runs, lambda y: y)
    lines = curves.html_at(11.0, said=10).split("<br>")
    assert "lr 0.3" in lines[0] and "accuracy 80.0% / 70.0%" in lines[0] and "0.4" in lines[0]
    assert "regression" in lines[1] and "accuracy" not in lines[1]
    assert "old file" in lines[2] and "accuracy" not in lines[2]
    assert "(epoch 20)" in curves.html_at(19.0, said=10)  # another epoch than the read-out's is named
