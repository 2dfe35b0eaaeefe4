"""Exports: pictures of the canvas, the loss chart or the window (PNG, SVG), the points and the loss history as
CSV, the trained network as JSON.

Every export writes a temporary file next to the target and renames it over the old one, so a failure (a full
disk, a missing folder, a renderer that refuses) leaves any old file whole and raises `ExportError` with a
message a person can act on. The headless renderers (`render_boundary`, `render_loss`) build the app's own
widgets, so a picture made by a script looks exactly like the window.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers pg.exporters)
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from nnplayground.core import csvio
from nnplayground.core.files import FileProblem, write_atomically
from nnplayground.core.history import History
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot

NETWORK_FORMAT = "nnplayground-network"


class ExportError(Exception):
    """An export that could not be written; the old file, if any, is untouched."""


# ---- atomic writing -------------------------------------------------------------------------------------------------
def atomic_write(path: str | os.PathLike[str], write: Callable[[str], None]) -> None:
    """Call `write(tmp_path)` on a temporary file beside `path`, then rename it into place (ExportError on failure)."""
    try:
        write_atomically(path, write, verb="write")
    except FileProblem as e:
        raise ExportError(str(e)) from None
    except ExportError:
        raise
    except Exception as e:  # an exporter's own failure (pyqtgraph, Qt): a sentence, not a traceback
        raise ExportError(f"cannot write {os.path.basename(os.fspath(path))}: {e}") from None


def _write_text(path: str | os.PathLike[str], text: str) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    atomic_write(path, write)


# The picture formats a file name may ask for, by suffix (Qt's image writers; JPEG, TIFF and WebP are plugins
# that PySide6 ships). A name without a suffix gets PNG, as File > Export has always written.
IMAGE_FORMATS = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".bmp": "BMP",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".webp": "WEBP",
}


def image_format(path: str | os.PathLike[str]) -> str:
    """The format a picture's file name asks for ("PNG", "JPEG", ...); ExportError for a suffix it cannot be."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if not suffix:
        return "PNG"
    if suffix not in IMAGE_FORMATS:
        known = ", ".join(IMAGE_FORMATS)
        raise ExportError(
            f"cannot write {os.path.basename(os.fspath(path))}: {suffix} is not a picture format "
            f"nnplayground writes (use {known})"
        )
    return IMAGE_FORMATS[suffix]


def _save_image(image: QImage, path: str | os.PathLike[str]) -> None:
    kind = image_format(path)  # before anything is written
    if image.isNull() or image.width() == 0:
        raise ExportError("there is nothing to draw (the picture is empty)")

    def write(tmp: str) -> None:
        if not image.save(tmp, kind):
            raise ExportError(f"cannot write {os.path.basename(os.fspath(path))}: the {kind} encoder failed")

    atomic_write(path, write)


# ---- pictures -------------------------------------------------------------------------------------------------------
def grab_image(widget: QWidget, size: QSize | None = None) -> QImage:
    """The widget as drawn on screen, as an image of exactly `size` (default: the widget's size) in pixels."""
    pixmap = widget.grab()
    image = pixmap.toImage()
    want = size or widget.size()
    if not image.isNull() and (image.width(), image.height()) != (want.width(), want.height()):
        # a high-DPI screen grabs at 2x; a picture of "600 x 600" must be 600 x 600
        image = image.scaled(want)
    return image


def export_widget_png(widget: QWidget, path: str | os.PathLike[str]) -> None:
    """Any widget (the canvas, the loss chart, the whole window) as a picture of its on-screen size: PNG, or the
    format the name asks for (see `image_format`)."""
    _save_image(grab_image(widget), path)


def export_plot_svg(plot_widget: pg.PlotWidget, path: str | os.PathLike[str]) -> None:
    """A pyqtgraph plot as SVG (curves and points as vectors, the output image embedded).

    pyqtgraph's own exporter writes the cleanest SVG but fails on some items with Qt 6 (pyqtgraph issue #3485);
    then Qt's SVG generator paints the widget as it is on screen instead."""

    def write(tmp: str) -> None:
        try:
            pg.exporters.SVGExporter(plot_widget.getPlotItem()).export(fileName=tmp)
        except Exception:
            export_widget_svg_to(plot_widget, tmp)

    atomic_write(path, write)


def export_widget_svg_to(widget: QWidget, filename: str) -> None:
    """Paint a widget into an SVG file with Qt's SVG generator (not atomic: use `export_widget_svg`)."""
    from PySide6.QtSvg import QSvgGenerator

    gen = QSvgGenerator()
    gen.setFileName(filename)
    gen.setSize(widget.size())
    gen.setViewBox(widget.rect())
    gen.setTitle("nnplayground")
    painter = QPainter()
    if not painter.begin(gen):
        raise ExportError("the SVG generator could not start")
    try:
        # QWidget's own render, with children: a QGraphicsView's render() would draw only its scene
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        painter.end()


def export_widget_svg(widget: QWidget, path: str | os.PathLike[str]) -> None:
    """Any widget (the whole window too) as SVG, painted as it is on screen."""
    atomic_write(path, lambda tmp: export_widget_svg_to(widget, tmp))


def export_plot(plot_widget: pg.PlotWidget, path: str | os.PathLike[str]) -> None:
    """SVG, PNG or another picture format, by the file name's extension (PNG when there is none)."""
    if os.fspath(path).lower().endswith(".svg"):
        export_plot_svg(plot_widget, path)
    else:
        export_widget_png(plot_widget, path)


def _ensure_app() -> None:
    if QCoreApplication.instance() is None:
        raise ExportError("pictures need a QApplication (nnplayground.cli makes one for scripts)")


def render_boundary(
    snapshot: Snapshot | None,
    points: PointSet,
    test_mask: np.ndarray | None = None,
    size: tuple[int, int] = (600, 600),
    show_test: bool = False,
    discretize: bool = False,
) -> QImage:
    """The app's data canvas (points over the model's output and boundary) drawn off screen."""
    _ensure_app()
    from nnplayground.ui.data.canvas import DataCanvas

    canvas = DataCanvas()
    try:
        mask = np.zeros(points.n, dtype=bool) if test_mask is None else test_mask
        canvas.set_points(points, mask)
        canvas.set_show_test(show_test)
        canvas.set_discretize(discretize)
        if snapshot is not None:
            canvas.set_snapshot(snapshot)
        _lay_out_off_screen(canvas, size)
        return grab_image(canvas, QSize(*size))
    finally:
        canvas.deleteLater()


def _lay_out_off_screen(widget: QWidget, size: tuple[int, int]) -> None:
    """Give a widget that is never shown its final layout at `size`, as the window's event loop would.

    The canvas squares its plot from its resize event (padding the layout so the axes hug the square); a hidden
    widget gets that event only when grabbed, and the new padding only at the next layout pass, so the picture
    showed the axes where the unpadded layout had them (107 px left of the square at 800x600). Shown with
    WA_DontShowOnScreen it receives its resize at once, and the layout passes it posts are run here."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(*size)
    widget.show()
    for _ in range(4):  # the square-up settles in one or two passes; a few more cost nothing
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def render_loss(snapshot: Snapshot, size: tuple[int, int] = (600, 300), log: bool = False) -> QImage:
    """The app's loss chart for a run, drawn off screen."""
    _ensure_app()
    from nnplayground.ui.output.loss_chart import LossChart

    chart = LossChart()
    try:
        chart.resize(*size)
        chart.set_log(log)
        chart.set_curve(snapshot.curve_epochs, snapshot.curve_train, snapshot.curve_test)
        return grab_image(chart, QSize(*size))
    finally:
        chart.deleteLater()


def save_image(image: QImage, path: str | os.PathLike[str]) -> None:
    """A rendered picture in the format its name asks for (see `image_format`; PNG without a suffix), atomically."""
    _save_image(image, path)


# ---- data -----------------------------------------------------------------------------------------------------------
def export_points_csv(points: PointSet, path: str | os.PathLike[str]) -> None:
    """The points as `x,y,label` (or `x,y,value`) rows, every digit kept."""
    _write_text(path, csvio.format_points(points))


def network_dict(source: Any) -> dict[str, Any]:
    """The trained network as plain data: shapes, activations, weights (fan_in, fan_out) and biases per layer.

    `source` is a Snapshot, or anything with `.snapshot()` (a Trainer)."""
    snap = source if isinstance(source, Snapshot) else source.snapshot(grid=2, neuron_grid=2)
    layers = []
    for act, W, b in zip(snap.activations, snap.weights, snap.biases, strict=True):
        layers.append(
            {
                "activation": act,
                "shape": list(W.shape),
                "weights": np.asarray(W).tolist(),
                "biases": np.asarray(b).tolist(),
            }
        )
    return {
        "format": NETWORK_FORMAT,
        "version": 1,
        "epoch": int(snap.epoch),
        "features": list(snap.features),
        "sizes": [int(s) for s in snap.sizes],
        "loss": snap.loss,
        "num_classes": int(snap.num_classes),
        "layers": layers,
    }


def export_network_json(source: Any, path: str | os.PathLike[str]) -> None:
    """The trained network as JSON (see `network_dict`); weights that are not finite are refused."""
    doc = network_dict(source)
    try:
        text = json.dumps(doc, indent=1, allow_nan=False)
    except ValueError:
        raise ExportError("the network's weights are not finite numbers; reset or rewind the run first") from None
    _write_text(path, text + "\n")


def loss_rows(source: Any) -> tuple[list[str], np.ndarray]:
    """The loss history's columns and rows from a Snapshot (epoch, train and test loss) or a Session/Trainer
    (every History column, accuracies too)."""
    if isinstance(source, Snapshot):
        names = ["epoch", "train_loss", "test_loss"]
        cols = [source.curve_epochs, source.curve_train, source.curve_test]
    else:
        history = source.history
        if isinstance(history, History):
            history = {c: history.column(c) for c in History.COLUMNS}
        history = history or {}
        names = [c for c in History.COLUMNS if c in history]
        cols = [history[c] for c in names]
    return names, np.column_stack([np.asarray(c, dtype=np.float64) for c in cols]) if cols else np.zeros((0, 0))


def export_loss_csv(source: Any, path: str | os.PathLike[str]) -> None:
    """The loss history as CSV, one row per epoch; a missing value (no test points) is an empty cell."""
    names, rows = loss_rows(source)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(names)
    for row in rows.tolist():
        out.writerow([("" if not math.isfinite(v) else str(int(v)) if j == 0 else repr(v)) for j, v in enumerate(row)])
    _write_text(path, buf.getvalue())


# ---- the File > Export dialogs ------------------------------------------------------------------------------------
IMAGE_FILTER = "PNG image (*.png);;SVG image (*.svg)"


class ExportActions:
    """Each export as a user meets it: ask for a file (through the session manager, so tests can answer), write
    it, and say what happened in the status bar or, on failure, in a message."""

    def __init__(self, files: Any) -> None:
        self.files = files  # the SessionManager: window, ask_save_path, show_error, current_session

    def _run(self, caption: str, suggested: str, filters: str, write: Callable[[str], None], path: str | None) -> bool:
        if path is None:
            path = self.files.ask_save_path(caption, suggested, filters)
            if not path:
                return False
            if not os.path.splitext(path)[1]:  # "boundary" typed in the dialog: the kind it offered first
                path += os.path.splitext(suggested)[1]
        try:
            write(path)
        except ExportError as e:
            self.files.show_error(caption, str(e))
            return False
        self.files._status(f"Saved {path}.")
        return True

    def boundary(self, path: str | None = None) -> bool:
        """The canvas (points and boundary) as PNG or SVG, by the extension."""
        return self._run(
            "Export image", "boundary.png", IMAGE_FILTER, lambda p: export_plot(self.files.window.canvas, p), path
        )

    def loss_chart(self, path: str | None = None) -> bool:
        return self._run(
            "Export loss chart", "loss.png", IMAGE_FILTER, lambda p: export_plot(self.files.window.loss_chart, p), path
        )

    def window(self, path: str | None = None) -> bool:
        def write(p: str) -> None:
            w = self.files.window
            export_widget_svg(w, p) if p.lower().endswith(".svg") else export_widget_png(w, p)

        return self._run("Export window", "nnplayground.png", IMAGE_FILTER, write, path)

    def network_json(self, path: str | None = None) -> bool:
        def write(p: str) -> None:
            snap = self.files.window.controller.latest
            if snap is None:
                raise ExportError("there is no network to export yet")
            export_network_json(snap, p)

        return self._run("Export network", "network.json", "JSON (*.json)", write, path)

    def loss_csv(self, path: str | None = None) -> bool:
        return self._run(
            "Export loss history",
            "loss.csv",
            "CSV (*.csv)",
            lambda p: export_loss_csv(self.files.current_session()[0], p),
            path,
        )

    def points_csv(self, path: str | None = None) -> bool:
        return self._run(
            "Export points", "points.csv", "CSV (*.csv)", lambda p: export_points_csv(self.files.window.points, p), path
        )

    def menu(self) -> Any:
        """File > Export: every picture and data export, each an action with an objectName."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu("E&xport", self.files.window)
        menu.setObjectName("menuExport")
        for text, name, slot in (
            ("&Boundary Picture...", "actionExportBoundary", self.boundary),
            ("&Loss Chart Picture...", "actionExportLossChart", self.loss_chart),
            ("&Window Picture...", "actionExportWindow", self.window),
            ("&Network (JSON)...", "actionExportNetwork", self.network_json),
            ("Loss &History (CSV)...", "actionExportLossCsv", self.loss_csv),
            ("&Points (CSV)...", "actionExportPointsCsv", self.points_csv),
        ):
            a = menu.addAction(text)
            a.setObjectName(name)
            a.triggered.connect(lambda _=False, s=slot: s())
        return menu
