"""TensorFlow Playground links in the window: File > Open TensorFlow Playground Link applies the link as one undo
step (points, settings and the View toggles), a bad link changes nothing and says why, `--from-url` starts the
window from a link, and File > Export > TensorFlow Playground Link copies a link that reads back."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QGuiApplication

from nnplayground.core.tfp_url import parse_url
from nnplayground.ui.session.tfp_link import open_tfp_link
from tests.ui.conftest import WAIT

LINK = (
    "https://playground.tensorflow.org/#activation=relu&batchSize=20&dataset=xor&learningRate=0.1"
    "&noise=10&networkShape=5,3&seed=4&showTestData=true&discretize=true&percTrainData=60&x=true&y=true"
    "&xTimesY=true&problem=classification&zoom=3"
)


def act(w, name: str) -> QAction:
    return w.findChild(QAction, name)


def test_a_link_is_one_undo_step_with_its_view(qtbot, make_window):
    w = make_window("--dataset", "spiral", "--hidden", "8,8", "--seed", "1")
    before, points = w.work.experiment, w.points
    assert not act(w, "actionShowTest").isChecked()
    assert open_tfp_link(w, LINK)
    e = w.work.experiment
    assert e == parse_url(LINK).experiment
    assert (e.data.name, e.hidden, e.activations, e.batch_size) == ("xor", (5, 3), ("relu", "relu"), 20)
    assert w.points.n == 500 and w.points != points
    assert act(w, "actionShowTest").isChecked() and act(w, "actionDiscretize").isChecked()
    assert "zoom" in w.statusBar().currentMessage()  # the key the app has no equivalent for is named
    qtbot.waitUntil(
        lambda: w.latest_snapshot is not None and w.latest_snapshot.weights[0].shape == (3, 5), timeout=WAIT
    )
    act(w, "actionUndo").trigger()  # one step puts everything back
    assert w.work.experiment == before and w.points == points
    act(w, "actionRedo").trigger()
    assert w.work.experiment == e


@pytest.mark.parametrize("url", ["#activation=swish", "https://example.com/", "#networkShape=4,x"])
def test_a_bad_link_changes_nothing_and_says_why(make_window, url):
    w = make_window("--dataset", "gauss")
    before, points, steps = w.work.experiment, w.points, w.undo_stack.count()
    assert not open_tfp_link(w, url)
    assert (w.work.experiment, w.points, w.undo_stack.count()) == (before, points, steps)
    assert "Could not open the link" in w.statusBar().currentMessage()


def test_the_menu_item_asks_for_a_link(make_window, monkeypatch):
    w = make_window()
    monkeypatch.setattr("nnplayground.ui.session.tfp_link.ask_url", lambda parent: LINK)
    act(w, "actionOpenTfpLink").trigger()
    assert w.work.experiment.data.name == "xor"
    assert act(w, "actionOpenTfpLink") in w.menuBar().actions()[0].menu().actions()


def test_the_window_starts_from_a_link(qtbot, make_window):
    w = make_window("--from-url", LINK, "--lr", "0.3")
    e = w.work.experiment
    assert (e.data.name, e.hidden, e.lr) == ("xor", (5, 3), 0.3)  # a training option goes over the link
    qtbot.waitUntil(lambda: act(w, "actionShowTest").isChecked(), timeout=WAIT)
    assert act(w, "actionDiscretize").isChecked()


def test_export_copies_a_link_that_reads_back(make_window):
    w = make_window(
        "--dataset", "circle", "--hidden", "4", "--activation", "sigmoid", "--loss", "mse", "--init", "playground"
    )
    url = w.files.exports.tfp_link()
    assert url is not None and QGuiApplication.clipboard().text() == url
    assert parse_url(url).experiment == w.work.experiment
    assert "Copied the TensorFlow Playground link" in w.statusBar().currentMessage()


def test_export_of_what_tfp_cannot_show_says_why(make_window, monkeypatch):
    w = make_window("--dataset", "blobs", "--classes", "3")
    said = []
    monkeypatch.setattr(w.files.exports, "_explain", lambda title, text: said.append(text))
    assert w.files.exports.tfp_link() is None
    assert "3 classes" in said[0] and "blobs" in said[0]
