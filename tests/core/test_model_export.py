"""Models out: the ONNX model and the PyTorch script compute what the app's network computes, from raw (x, y),
to 1e-6 on a grid of points (beyond the square too), for every activation, output kind and input feature."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys

import numpy as np
import pytest

from nnplayground.core import activations, onnx_export
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.features import FEATURES, transform
from nnplayground.core.model_export import Affine, Model, ModelExportError
from nnplayground.core.points import PointSet
from nnplayground.core.torch_export import export_torch, torch_script
from nnplayground.core.trainer import Trainer

GRID = np.array([(x, y) for x in np.linspace(-8, 8, 23) for y in np.linspace(-8, 8, 19)])


def trained(act: str = "tanh", name: str = "spiral", classes: int = 2, loss: str = "auto", feats=FEATURES) -> Trainer:
    problem = "regression" if name in ("plane", "multigauss") else "classification"
    e = Experiment(
        data=DataSpec(name, 150, 0.1, 2, classes), problem=problem, features=tuple(feats), hidden=(5, 3),
        activations=(act, act), loss=loss, lr=0.1, seed=4,
    )  # fmt: skip
    t = Trainer(e, PointSet.generate(name, 150, 0.1, 2, classes))
    t.run(3)
    return t


def network_output(t: Trainer, xy: np.ndarray) -> np.ndarray:
    """What the app computes: its own network on its own features."""
    return t.network.forward(transform(xy, t.experiment.features))


def model(t: Trainer, **kw) -> Model:
    return Model.from_snapshot(t.snapshot(grid=2, neuron_grid=2), **kw)


HEADS = [("spiral", 2, "auto"), ("blobs", 3, "auto"), ("blobs", 4, "mse"), ("plane", 2, "auto")]
HEAD_IDS = ["sigmoid", "softmax", "sigmoid-k", "linear"]


def test_the_model_is_the_network():
    t = trained()
    np.testing.assert_array_equal(model(t).forward(GRID), network_output(t, GRID))


# ---- ONNX ---------------------------------------------------------------------------------------------------------
def onnx_run(m: Model, xy: np.ndarray) -> np.ndarray:
    ort = pytest.importorskip("onnxruntime")
    session = ort.InferenceSession(onnx_export.onnx_model(m).SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"xy": xy})[0]


@pytest.mark.parametrize("act", list(activations.ACTIVATIONS))
def test_onnx_computes_the_network_for_every_activation(act):
    t = trained(act)
    np.testing.assert_allclose(onnx_run(model(t), GRID), network_output(t, GRID), rtol=0, atol=1e-6)


@pytest.mark.parametrize("name, classes, loss", HEADS, ids=HEAD_IDS)
def test_onnx_computes_every_output_kind(name, classes, loss):
    t = trained("relu", name, classes, loss, feats=("x1", "x2", "x1*x2"))
    out = onnx_run(model(t), GRID)
    assert out.shape == (len(GRID), t.network.sizes[-1])
    np.testing.assert_allclose(out, network_output(t, GRID), rtol=0, atol=1e-6)


@pytest.mark.parametrize("feature", FEATURES)
def test_onnx_computes_each_feature_alone(feature):
    t = trained("tanh", feats=(feature,))
    np.testing.assert_allclose(onnx_run(model(t), GRID), network_output(t, GRID), rtol=0, atol=1e-6)


def test_onnx_takes_raw_units_and_gives_them_back():
    t = trained("tanh", "plane")
    raw = GRID * 40.0 + 1000.0  # a file in other units: x = 40 s + 1000
    inputs, output = Affine((1 / 40, 1 / 40), (-25.0, -25.0)), Affine((250.0,), (3.0,))
    m = model(t, inputs=inputs, output=output)
    expected = network_output(t, GRID) * 250.0 + 3.0
    np.testing.assert_allclose(m.forward(raw), expected, rtol=0, atol=1e-9)
    np.testing.assert_allclose(onnx_run(m, raw), expected, rtol=0, atol=1e-6 * 250)


def test_onnx_file_is_written_and_described(tmp_path):
    onnx = pytest.importorskip("onnx")
    path = tmp_path / "net.onnx"
    onnx_export.export_onnx(model(trained()), path)
    proto = onnx.load(str(path))
    assert [i.name for i in proto.graph.input] == ["xy"] and [o.name for o in proto.graph.output] == ["output"]
    assert proto.opset_import[0].version == onnx_export.OPSET
    assert {p.key: p.value for p in proto.metadata_props}["features"] == ",".join(FEATURES)


def test_without_onnx_the_message_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "onnx", None)  # an import of it fails, as where it is not installed
    with pytest.raises(ModelExportError, match=r'pip install "nnplayground\[export\]"'):
        onnx_export.export_onnx(model(trained()), tmp_path / "net.onnx")
    assert not (tmp_path / "net.onnx").exists()


def test_weights_that_are_not_finite_are_refused():
    t = trained()
    snap = t.snapshot(grid=2, neuron_grid=2)
    params = snap.params.copy()
    params[0] = np.nan
    import dataclasses

    with pytest.raises(ModelExportError, match="not finite"):
        Model.from_snapshot(dataclasses.replace(snap, params=params))
    with pytest.raises(ModelExportError, match="no network"):
        Model.from_snapshot(None)


# ---- PyTorch ------------------------------------------------------------------------------------------------------
def test_the_script_is_python_without_torch(tmp_path):
    """Written anywhere (it is text); readable: the trained numbers are in it, every digit."""
    t = trained("sin")
    text = torch_script(model(t))
    ast.parse(text)
    assert "class PlaygroundNet(nn.Module)" in text and "def build()" in text and "model = build()" in text
    assert repr(float(t.network.weights[0][0, 0])) in text


def load_script(path):
    spec = importlib.util.spec_from_file_location(f"exported_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("act", list(activations.ACTIVATIONS))
def test_the_script_computes_the_network_for_every_activation(act, tmp_path):
    torch = pytest.importorskip("torch")
    t = trained(act)
    path = tmp_path / f"net_{act}.py"
    export_torch(model(t), path)
    with torch.no_grad():
        out = load_script(path).model(torch.tensor(GRID, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(out, network_output(t, GRID), rtol=0, atol=1e-6)


@pytest.mark.parametrize("name, classes, loss", HEADS, ids=HEAD_IDS)
def test_the_script_computes_every_output_kind_and_raw_units(name, classes, loss, tmp_path):
    torch = pytest.importorskip("torch")
    t = trained("elu", name, classes, loss, feats=("x2", "x1^2", "cos(x1)"))
    inputs, output = Affine((0.5, 2.0), (1.0, -3.0)), Affine((10.0,), (-2.0,))
    m = model(t, inputs=inputs, output=output)
    raw = (GRID - np.array([1.0, -3.0])) / np.array([0.5, 2.0])
    path = tmp_path / "net.py"
    export_torch(m, path)
    with torch.no_grad():
        out = load_script(path).build()(torch.tensor(raw, dtype=torch.float64)).numpy()
    expected = network_output(t, GRID)
    if name == "plane":
        expected = expected * 10.0 - 2.0
    np.testing.assert_allclose(out, expected, rtol=0, atol=1e-6)


def test_the_script_run_alone_prints_the_output_for_a_few_points(tmp_path):
    pytest.importorskip("torch")
    t = trained()
    path = tmp_path / "net.py"
    export_torch(model(t), path)
    run = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 4
    first = float(lines[0].split("->")[1].strip(" []"))
    assert abs(first - network_output(t, np.zeros((1, 2)))[0, 0]) < 1e-12
