"""The window's controls are made from the settings table: change an entry and the control follows (ranges,
presets, choices and their names, tooltips), as the command line's options do (tests/test_cli.py)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from nnplayground.core import settings
from nnplayground.ui.common.tooltip import plain
from nnplayground.ui.data.panel import DataPanel
from nnplayground.ui.window.settings_bar import ControlsPanel


def change(monkeypatch, field: str, **changes: object) -> None:
    monkeypatch.setitem(settings.TABLE, field, dataclasses.replace(settings.get(field), **changes))


@pytest.fixture
def panels(qtbot):
    def make() -> tuple[ControlsPanel, DataPanel]:
        bar, data = ControlsPanel(), DataPanel()
        qtbot.addWidget(bar)
        qtbot.addWidget(data)
        return bar, data

    return make


def test_every_control_shows_its_settings_entry(panels):
    bar, data = panels()
    for field, widget in (
        ("lr", bar.lr),
        ("optimizer", bar.optimizer),
        ("batch_size", bar.batch),
        ("regularization", bar.regularization),
        ("reg_rate", bar.reg_rate),
        ("loss", bar.loss),
        ("data.noise", data.noise),
        ("data.train_ratio", data.ratio),
        ("data.n", data.count),
        ("data.classes", data.classes),
        ("data.seed", data.seed),
        ("problem", data.problem),
    ):
        assert plain(widget.toolTip()) == settings.get(field).help, field
    assert (bar.batch.minimum(), bar.batch.maximum()) == (settings.get("batch_size").lo, settings.get("batch_size").hi)
    assert [bar.lr.itemData(i) for i in range(bar.lr.count())] == list(settings.get("lr").presets)
    labels = settings.get("optimizer").choice_labels
    assert [bar.optimizer.itemText(i) for i in range(bar.optimizer.count())] == [
        labels[c] for c in settings.get("optimizer").choices
    ]


def test_a_changed_table_changes_the_controls(panels, monkeypatch):
    change(monkeypatch, "batch_size", hi=500, help="Batch size: a new text.")
    change(monkeypatch, "lr", presets=(0.5, 0.05), help="Learning rate: in other words.")
    change(monkeypatch, "data.noise", hi=0.5)
    change(monkeypatch, "data.train_ratio", lo=0.2, hi=0.8)
    change(monkeypatch, "data.n", hi=2000, step=100)
    change(monkeypatch, "data.classes", hi=5)
    opt = settings.get("optimizer")
    change(monkeypatch, "optimizer", choices=("sgd", "adam"), choice_labels={**opt.choice_labels, "adam": "ADAM!"})
    change(monkeypatch, "loss", choice_help={"auto": "the usual", "mse": "the article's"})
    bar, data = panels()
    assert bar.batch.maximum() == 500 and plain(bar.batch.toolTip()) == "Batch size: a new text."
    assert [bar.lr.itemData(i) for i in range(bar.lr.count())] == [0.5, 0.05]
    assert plain(bar.lr.toolTip()) == "Learning rate: in other words."
    assert [bar.optimizer.itemText(i) for i in range(bar.optimizer.count())] == ["SGD", "ADAM!"]
    assert plain(bar.loss.itemData(1, Qt.ItemDataRole.ToolTipRole)) == "the article's"
    assert data.noise.maximum() == 50 and (data.ratio.minimum(), data.ratio.maximum()) == (20, 80)
    assert (data.count.maximum(), data.count.singleStep()) == (2000, 100)
    assert data.classes.maximum() == 5


def test_a_typed_value_is_judged_by_the_table(panels, monkeypatch):
    change(monkeypatch, "lr", hi=1.0)
    bar, _ = panels()
    edits, errors = [], []
    bar.edited.connect(edits.append)
    bar.error.connect(errors.append)
    bar.lr.setEditText("2")
    bar.lr.lineEdit().editingFinished.emit()
    assert edits == [] and "at most 1" in errors[0]
    bar.lr.setEditText("0.7")
    bar.lr.lineEdit().editingFinished.emit()
    assert edits == [{"lr": 0.7}]
