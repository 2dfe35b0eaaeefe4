"""Exports: pictures of the app's plots, the network as JSON, the loss history and the points as CSV; all atomic."""

from __future__ import annotations

import csv
import json
import os
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from nnplayground.core import csvio, export_data
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.session import session_from_trainer
from nnplayground.core.trainer import Trainer
from nnplayground.ui.data.canvas import DataCanvas
from nnplayground.ui.output import pictures
from nnplayground.ui.output.loss_chart import LossChart
from nnplayground.ui.session.export import ExportActions

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def run():
    ps = PointSet.generate("circle", 120, 0.0, 1)
    t = Trainer(Experiment(data=DataSpec("circle", 120, 0.0, 1), hidden=(5, 3), activations=("relu", "tanh")), ps)
    t.run(15)
    return t


@pytest.fixture
def canvas(qtbot, run):
    c = DataCanvas()
    qtbot.addWidget(c)
    c.resize(300, 300)
    c.set_points(run.points, run.points.test_mask(0.5))
    c.set_snapshot(run.snapshot(grid=40))
    c.show()
    qtbot.waitExposed(c)
    return c


def colours(path) -> int:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return len(np.unique(pixels[:, : image.width() * 4].reshape(-1, 4).view(np.uint32)))


def test_canvas_png_is_the_picture_on_screen(canvas, tmp_path):
    path = tmp_path / "canvas.png"
    pictures.export_plot(canvas, path)
    assert path.read_bytes().startswith(PNG_SIGNATURE)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (300, 300) and colours(path) > 50


def test_svg_of_the_canvas_and_of_the_loss_chart(qtbot, canvas, run, tmp_path):
    pictures.export_plot(canvas, tmp_path / "canvas.svg")
    chart = LossChart()
    qtbot.addWidget(chart)
    snap = run.snapshot(grid=8)
    chart.set_curve(snap.curve_epochs, snap.curve_train, snap.curve_test)
    pictures.export_plot_svg(chart, tmp_path / "loss.svg")
    for name in ("canvas.svg", "loss.svg"):
        text = (tmp_path / name).read_text()
        assert "<svg" in text and text.rstrip().endswith("</svg>")
    pictures.export_widget_svg(canvas, tmp_path / "widget.svg")
    assert "<svg" in (tmp_path / "widget.svg").read_text()


def test_render_boundary_draws_the_app_canvas_at_the_size_asked(qtbot, run):
    image = pictures.render_boundary(run.snapshot(grid=30), run.points, run.points.test_mask(0.5), (240, 180))
    assert (image.width(), image.height()) == (240, 180)


def rgb_array(image: QImage) -> np.ndarray:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(rgba.constBits(), np.uint8).reshape(rgba.height(), rgba.bytesPerLine())
    return pixels[:, : rgba.width() * 4].reshape(rgba.height(), rgba.width(), 4)[..., :3].astype(int)


@pytest.mark.parametrize("size", [(800, 600), (600, 800), (600, 600), (300, 200)])
def test_the_axes_hug_the_data_square_at_any_picture_size(qtbot, run, tmp_path, size):
    """The y axis runs down the square's left edge and the x axis along its bottom, however wide or tall."""
    pictures.save_image(
        pictures.render_boundary(run.snapshot(grid=30), run.points, size=size, discretize=True), tmp_path / "b.png"
    )
    image = QImage(str(tmp_path / "b.png"))
    assert image.size().toTuple() == size
    rgb = rgb_array(image)
    spread = rgb.max(axis=2) - rgb.min(axis=2)
    coloured = spread > 60  # the discretized output fills the square with class colours
    grey = (spread < 24) & (rgb.sum(axis=2) < 3 * 0x90)  # the axes' and the frame's #555
    long = 0.4 * min(size)
    columns, rows = np.flatnonzero(coloured.sum(axis=0) > long), np.flatnonzero(coloured.sum(axis=1) > long)
    left, right, top, bottom = columns[0], columns[-1], rows[0], rows[-1]
    assert abs((right - left) - (bottom - top)) <= 2, (left, right, top, bottom)  # a square ...
    assert right - left >= min(size) - 60  # ... as large as the picture's shorter side allows
    y_lines, x_lines = np.flatnonzero(grey.sum(axis=0) > long), np.flatnonzero(grey.sum(axis=1) > long)
    # every long grey line is an edge of the square: the y axis on its left edge, the x axis on its bottom one
    assert all(min(abs(c - left), abs(c - right)) <= 2 for c in y_lines) and abs(y_lines[0] - left) <= 2, y_lines
    assert all(min(abs(r - top), abs(r - bottom)) <= 2 for r in x_lines) and abs(x_lines[-1] - bottom) <= 2, x_lines


IMAGE_SIGNATURES = {"png": PNG_SIGNATURE, "jpg": b"\xff\xd8\xff", "jpeg": b"\xff\xd8\xff", "bmp": b"BM"}


@pytest.mark.parametrize("suffix", sorted(IMAGE_SIGNATURES))
def test_a_picture_is_written_in_the_format_its_name_asks_for(qtbot, canvas, run, tmp_path, suffix):
    image = pictures.render_boundary(run.snapshot(grid=30), run.points, size=(120, 90))
    pictures.save_image(image, tmp_path / f"script.{suffix.upper()}")  # the suffix's case does not matter
    pictures.export_plot(canvas, tmp_path / f"window.{suffix}")  # File > Export's own path
    for name, size in ((f"script.{suffix.upper()}", (120, 90)), (f"window.{suffix}", (300, 300))):
        assert (tmp_path / name).read_bytes().startswith(IMAGE_SIGNATURES[suffix]), name
        assert QImage(str(tmp_path / name)).size().toTuple() == size


def test_a_picture_name_without_a_known_format_is_refused_and_nothing_is_written(canvas, tmp_path):
    with pytest.raises(export_data.ExportError, match=r"\.gif.*\.png"):
        pictures.export_plot(canvas, tmp_path / "boundary.gif")
    assert os.listdir(tmp_path) == []
    pictures.export_plot(canvas, tmp_path / "boundary")  # no suffix: PNG, as File > Export has always written
    assert (tmp_path / "boundary").read_bytes().startswith(PNG_SIGNATURE)


def test_network_json_holds_shapes_activations_and_the_weights_that_compute_the_output(run, tmp_path):
    path = tmp_path / "net.json"
    export_data.export_network_json(run, path)
    doc = json.loads(path.read_text())
    assert doc["sizes"] == [2, 5, 3, 1] and doc["features"] == ["x1", "x2"] and doc["epoch"] == 15
    assert [layer["activation"] for layer in doc["layers"]] == ["relu", "tanh", "sigmoid"]
    assert [layer["shape"] for layer in doc["layers"]] == [[2, 5], [5, 3], [3, 1]]
    # the JSON alone reproduces the network's output
    x = np.array([[0.5, -1.0], [3.0, 2.0]])
    a = x
    fns = {"relu": lambda z: np.maximum(z, 0), "tanh": np.tanh, "sigmoid": lambda z: 1 / (1 + np.exp(-z))}
    for layer in doc["layers"]:
        a = fns[layer["activation"]](a @ np.array(layer["weights"]) + np.array(layer["biases"]))
    assert np.allclose(a, run.network.forward(x), rtol=0, atol=1e-12)


def test_loss_csv_from_a_snapshot_and_from_a_session(run, tmp_path):
    export_data.export_loss_csv(run.snapshot(grid=4), tmp_path / "a.csv")
    rows = list(csv.reader((tmp_path / "a.csv").read_text().splitlines()))
    assert rows[0] == ["epoch", "train_loss", "test_loss"] and len(rows) == 17
    assert float(rows[-1][1]) == run.history.column("train_loss")[-1]  # every digit kept
    export_data.export_loss_csv(session_from_trainer(run), tmp_path / "b.csv")
    rows = list(csv.reader((tmp_path / "b.csv").read_text().splitlines()))
    assert rows[0][-1] == "test_accuracy" and rows[16][0] == "15"


def test_points_csv_reads_back_exactly(run, tmp_path):
    export_data.export_points_csv(run.points, tmp_path / "p.csv")
    back = csvio.read_points(tmp_path / "p.csv")
    assert np.array_equal(back.xy, run.points.xy) and np.array_equal(back.target, run.points.target)


def test_a_failed_export_keeps_the_old_file_and_leaves_no_temporary(canvas, tmp_path, monkeypatch):
    path = tmp_path / "keep.png"
    path.write_bytes(b"old")
    monkeypatch.setattr(QImage, "save", lambda *a, **k: False)
    with pytest.raises(export_data.ExportError, match="PNG encoder failed"):
        pictures.export_widget_png(canvas, path)
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["keep.png"]


def test_writing_into_a_missing_folder_is_an_export_error(run, tmp_path):
    with pytest.raises(export_data.ExportError, match="cannot write x.json"):
        export_data.export_network_json(run, tmp_path / "missing" / "x.json")
    with pytest.raises(export_data.ExportError, match="cannot write l.csv"):
        export_data.export_loss_csv(run, tmp_path / "missing" / "l.csv")


def test_the_whole_window_as_png_and_svg(qtbot, canvas, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    w = QMainWindow()
    qtbot.addWidget(w)
    w.setCentralWidget(LossChart())
    w.resize(400, 300)
    w.show()
    qtbot.waitExposed(w)
    pictures.export_widget_png(w, tmp_path / "w.png")
    assert QImage(str(tmp_path / "w.png")).size().toTuple() == (400, 300)
    pictures.export_widget_svg(w, tmp_path / "w.svg")
    assert "<svg" in (tmp_path / "w.svg").read_text()


ELSEWHERE = ("actionExportTfpLink", "actionExportOnnx", "actionExportTorch")  # test_tfp_link, test_model_menu


def test_export_actions_ask_write_and_report(canvas, run, tmp_path):
    errors, status = [], []
    chart = LossChart()
    window = QWidget()  # the menu's parent and the whole-window picture
    work = SimpleNamespace(
        points=run.points,
        latest=run.snapshot(grid=10),
        session=lambda: (session_from_trainer(run), ""),
        experiment=run.experiment,
    )
    answer = {"path": lambda caption, name, filters: str(tmp_path / name)}
    actions = ExportActions(
        work,
        window,
        canvas,
        chart,
        lambda *a: answer["path"](*a),
        lambda title, text: errors.append(text),
        status.append,
    )
    menu = actions.menu()
    for a in menu.actions():
        # the window needs a real window (tested above); the links and models out have tests of their own
        if a.objectName() not in ("actionExportWindow", *ELSEWHERE):
            a.trigger()
    assert sorted(os.listdir(tmp_path)) == ["boundary.png", "loss.csv", "loss.png", "network.json", "points.csv"]
    assert not errors and len(status) == 5  # the window picture needs a real window: below
    work.latest = None
    assert not actions.network_json(str(tmp_path / "n2.json"))
    assert errors == ["there is no network to export yet"]
    answer["path"] = lambda *a: str(tmp_path / "typed")  # no extension typed: the one offered is added
    assert actions.loss_chart() and (tmp_path / "typed.png").read_bytes().startswith(PNG_SIGNATURE)
    answer["path"] = lambda *a: None  # the user cancelled the dialog
    assert not actions.boundary()
    chart.deleteLater()
