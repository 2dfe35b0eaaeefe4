"""Pictures of the window's widgets: the canvas, the loss chart or the whole window, as PNG, JPEG, BMP ... or SVG.

The headless renderers (`render_boundary`, `render_loss`) build the app's own widgets off screen, so a picture
made by a script or by `nnplayground train --png` looks exactly like the window. Files are written atomically
(`core.export_data.atomic_write`) and problems raise `ExportError`.
"""

from __future__ import annotations

import os

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers pg.exporters)
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from nnplayground.core.export_data import ExportError, atomic_write
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Snapshot
from nnplayground.core.texts import QT_TRANSLATE_NOOP, Text

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
        # (a Text: the window shows it in its language, a script or the command line in English)
        unknown = QT_TRANSLATE_NOOP(
            "ui.output.pictures",
            "cannot write {name}: {suffix} is not a picture format nnplayground writes (use {known})",
        )
        raise ExportError(Text(unknown, {"name": os.path.basename(os.fspath(path)), "suffix": suffix, "known": known}))
    return IMAGE_FORMATS[suffix]


def _save_image(image: QImage, path: str | os.PathLike[str]) -> None:
    kind = image_format(path)  # before anything is written
    if image.isNull() or image.width() == 0:
        raise ExportError(QT_TRANSLATE_NOOP("ui.output.pictures", "there is nothing to draw (the picture is empty)"))

    def write(tmp: str) -> None:
        if not image.save(tmp, kind):
            failed = QT_TRANSLATE_NOOP("ui.output.pictures", "cannot write {name}: the {kind} encoder failed")
            raise ExportError(Text(failed, {"name": os.path.basename(os.fspath(path)), "kind": kind}))

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
        raise ExportError(QT_TRANSLATE_NOOP("ui.output.pictures", "the SVG generator could not start"))
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
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "ui.output.pictures", "pictures need a QApplication (nnplayground.cli makes one for scripts)"
            )
        )


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
