"""File > Export as a user meets it: ask for a file, write it, and say what happened (the status bar, or a
message on failure). What is written is `core.export_data` (data) and `ui.output.pictures` (pictures)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Protocol

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from nnplayground.core.experiment import Experiment
from nnplayground.core.export_data import ExportError, export_loss_csv, export_network_json, export_points_csv
from nnplayground.core.model_export import model_of
from nnplayground.core.onnx_export import INSTALL, export_onnx, missing_onnx
from nnplayground.core.points import PointSet
from nnplayground.core.session import Session
from nnplayground.core.snapshot import Snapshot
from nnplayground.core.tfp_url import TfpMisfit, to_url
from nnplayground.core.torch_export import export_torch
from nnplayground.ui.common.i18n import error_text, translate, translated
from nnplayground.ui.output.pictures import export_plot, export_widget_png, export_widget_svg

IMAGE_FILTER = QT_TRANSLATE_NOOP("ui.session.export", "PNG image (*.png);;SVG image (*.svg)")


class Exported(Protocol):
    """What the exports read of the work."""

    @property
    def experiment(self) -> Experiment: ...

    @property
    def points(self) -> PointSet: ...

    @property
    def latest(self) -> Snapshot | None: ...

    def session(self, timeout: float | None = None) -> tuple[Session, str]: ...


def onnx_text() -> str:
    """The menu's text for ONNX: with how to install the onnx package when it is missing."""
    if missing_onnx() is None:
        return translate("ui.session.export", "Network as &ONNX...")
    needs = translate("ui.session.export", "Network as &ONNX (needs {package})...")
    return needs.format(package=INSTALL.split("  ")[0])


class ExportActions:
    """Each export as a user meets it: ask for a file (`ask_path(caption, suggested, filters)`, which tests
    answer), write it, and say what happened (`say`), or on failure explain it (`explain(title, text)`)."""

    def __init__(
        self,
        work: Exported,
        window: QWidget,
        canvas: pg.PlotWidget,
        loss_chart: pg.PlotWidget,
        ask_path: Callable[[str, str, str], str | None],
        explain: Callable[[str, str], None],
        say: Callable[[str], None],
    ) -> None:
        self.work, self._window, self._canvas, self._chart = work, window, canvas, loss_chart
        self._ask_path, self._explain, self._say = ask_path, explain, say

    def _run(self, caption: str, suggested: str, filters: str, write: Callable[[str], None], path: str | None) -> bool:
        if path is None:
            path = self._ask_path(caption, suggested, filters)
            if not path:
                return False
            if not os.path.splitext(path)[1]:  # "boundary" typed in the dialog: the kind it offered first
                path += os.path.splitext(suggested)[1]
        try:
            write(path)
        except ExportError as e:
            self._explain(caption, error_text(e))
            return False
        self._say(translate("ui.session.export", "Saved {path}.").format(path=path))
        return True

    @staticmethod
    def _images() -> str:
        return translate("ui.session.export", IMAGE_FILTER)

    def boundary(self, path: str | None = None) -> bool:
        """The canvas (points and boundary) as PNG or SVG, by the extension."""
        caption = translate("ui.session.export", "Export image")
        return self._run(caption, "boundary.png", self._images(), lambda p: export_plot(self._canvas, p), path)

    def loss_chart(self, path: str | None = None) -> bool:
        caption = translate("ui.session.export", "Export loss chart")
        return self._run(caption, "loss.png", self._images(), lambda p: export_plot(self._chart, p), path)

    def window(self, path: str | None = None) -> bool:
        def write(p: str) -> None:
            w = self._window
            export_widget_svg(w, p) if p.lower().endswith(".svg") else export_widget_png(w, p)

        caption = translate("ui.session.export", "Export window")
        return self._run(caption, "nnplayground.png", self._images(), write, path)

    def network_json(self, path: str | None = None) -> bool:
        def write(p: str) -> None:
            snap = self.work.latest
            if snap is None:
                raise ExportError(translate("ui.session.export", "there is no network to export yet"))
            export_network_json(snap, p)

        return self._run(translate("ui.session.export", "Export network"), "network.json", "JSON (*.json)", write, path)

    def loss_csv(self, path: str | None = None) -> bool:
        def write(p: str) -> None:
            export_loss_csv(self.work.session()[0], p)

        return self._run(translate("ui.session.export", "Export loss history"), "loss.csv", "CSV (*.csv)", write, path)

    def points_csv(self, path: str | None = None) -> bool:
        def write(p: str) -> None:
            export_points_csv(self.work.points, p, self.work.experiment.data)  # (a file's own units)

        return self._run(translate("ui.session.export", "Export points"), "points.csv", "CSV (*.csv)", write, path)

    def onnx(self, path: str | None = None) -> bool:
        """The trained network as ONNX (raw (x, y) in); without the onnx package, how to install it."""

        def write(p: str) -> None:
            export_onnx(model_of(self.work.latest, self.work.experiment), p)

        caption = translate("ui.session.export", "Export network as ONNX")
        return self._run(caption, "network.onnx", translate("ui.session.export", "ONNX model (*.onnx)"), write, path)

    def torch(self, path: str | None = None) -> bool:
        """The trained network as a standalone PyTorch script."""

        def write(p: str) -> None:
            export_torch(model_of(self.work.latest, self.work.experiment), p)

        caption = translate("ui.session.export", "Export network as PyTorch script")
        return self._run(caption, "network.py", translate("ui.session.export", "Python script (*.py)"), write, path)

    def tfp_link(self) -> str | None:
        """The experiment as a TensorFlow Playground link, copied to the clipboard with what TFP does otherwise;
        None, and every reason, when TFP cannot show it."""
        canvas = self._canvas
        try:
            out = to_url(
                self.work.experiment, getattr(canvas, "show_test", False), getattr(canvas, "discretize", False)
            )
        except TfpMisfit as e:
            why = translate("ui.session.export", "This experiment cannot be a TensorFlow Playground link: {reasons}.")
            reasons = "; ".join(translated(r) for r in e.reasons)
            self._explain(translate("ui.session.export", "TensorFlow Playground link"), why.format(reasons=reasons))
            return None
        QGuiApplication.clipboard().setText(out.url)
        copied = translate("ui.session.export", "Copied the TensorFlow Playground link to the clipboard ({notes}).")
        self._say(copied.format(notes="; ".join(translated(n) for n in out.notes)))
        return out.url

    def menu(self) -> QMenu:
        """File > Export: every picture and data export, each an action with an objectName."""
        menu = QMenu(translate("ui.session.export", "E&xport"), self._window)
        menu.setObjectName("menuExport")
        for text, name, slot in (
            (translate("ui.session.export", "&Boundary Picture..."), "actionExportBoundary", self.boundary),
            (translate("ui.session.export", "&Loss Chart Picture..."), "actionExportLossChart", self.loss_chart),
            (translate("ui.session.export", "&Window Picture..."), "actionExportWindow", self.window),
            (translate("ui.session.export", "&Network (JSON)..."), "actionExportNetwork", self.network_json),
            (translate("ui.session.export", "Loss &History (CSV)..."), "actionExportLossCsv", self.loss_csv),
            (translate("ui.session.export", "&Points (CSV)..."), "actionExportPointsCsv", self.points_csv),
            (onnx_text(), "actionExportOnnx", self.onnx),
            (translate("ui.session.export", "Network as Py&Torch Script..."), "actionExportTorch", self.torch),
            (translate("ui.session.export", "TensorFlow Playground &Link"), "actionExportTfpLink", self.tfp_link),
        ):
            a = menu.addAction(text)
            a.setObjectName(name)
            a.triggered.connect(lambda _=False, s=slot: s())
        return menu
