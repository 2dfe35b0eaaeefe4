"""File > Export > Network as ONNX / as PyTorch Script in the window: the file computes what the window's run
computes; without the onnx package the menu item says how to install it, and choosing it explains."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QAction

from nnplayground.core.features import transform
from nnplayground.core.network import Network
from nnplayground.ui.session import export
from tests.ui.conftest import WAIT

XY = np.random.default_rng(3).uniform(-7, 7, (64, 2))


def shown_output(w) -> np.ndarray:
    """The output of the network the window's latest snapshot holds, by the app's own Network."""
    snap = w.latest_snapshot
    net = Network(list(snap.sizes), snap.activations[:-1], snap.activations[-1])
    net.params[...] = snap.params
    return net.forward(transform(XY, snap.features))


def stepped(qtbot, make_window):
    w = make_window("--dataset", "circle", "--hidden", "3", "--features", "x1,x2,x1^2", "--seed", "5")
    w.findChild(QAction, "actionStep").trigger()
    qtbot.waitUntil(lambda: w.latest_snapshot.epoch == 1, timeout=WAIT)
    return w


def test_the_pytorch_script_is_the_windows_network(qtbot, make_window, tmp_path):
    torch = pytest.importorskip("torch")
    w = stepped(qtbot, make_window)
    path = tmp_path / "net.py"
    assert w.files.exports.torch(str(path))
    namespace: dict = {"__name__": "exported"}
    exec(compile(path.read_text(), str(path), "exec"), namespace)
    with torch.no_grad():
        out = namespace["model"](torch.tensor(XY, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(out, shown_output(w), rtol=0, atol=1e-6)
    assert f"Saved {path}" in w.statusBar().currentMessage()


def test_the_onnx_model_is_the_windows_network(qtbot, make_window, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    w = stepped(qtbot, make_window)
    path = tmp_path / "net.onnx"
    assert w.files.exports.onnx(str(path))
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    np.testing.assert_allclose(session.run(None, {"xy": XY})[0], shown_output(w), rtol=0, atol=1e-6)


def test_without_onnx_the_menu_says_how_to_install_it(qtbot, make_window, monkeypatch, tmp_path):
    hint = "ONNX export needs the onnx package, which is not installed: pip install onnx"
    monkeypatch.setattr(export, "missing_onnx", lambda: hint)
    monkeypatch.setattr("nnplayground.core.onnx_export.missing_onnx", lambda: hint)
    monkeypatch.setitem(__import__("sys").modules, "onnx", None)
    w = stepped(qtbot, make_window)
    menu = w.files.exports.menu()
    item = next(a for a in menu.actions() if a.objectName() == "actionExportOnnx")
    assert 'pip install "nnplayground[export]"' in item.text()
    said = []
    monkeypatch.setattr(w.files.exports, "_explain", lambda title, text: said.append(text))
    assert not w.files.exports.onnx(str(tmp_path / "net.onnx"))
    assert "pip install" in said[0] and not (tmp_path / "net.onnx").exists()
    menu.deleteLater()


def test_the_export_menu_offers_both_models(make_window):
    w = make_window()
    names = [a.objectName() for a in w.findChild(QAction, "actionExportOnnx").parent().actions()]
    assert {"actionExportOnnx", "actionExportTorch", "actionExportTfpLink"} <= set(names)
