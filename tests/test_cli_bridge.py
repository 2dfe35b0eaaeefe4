"""`nnplayground train` and the bridge to elsewhere: `--from-url` (a TensorFlow Playground link as the experiment;
the window's launcher: tests/ui/session/test_tfp_link.py), `--onnx` and `--torch` (the trained network out)."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground import cli
from nnplayground.core.features import transform
from nnplayground.core.session import load_session, restore_trainer
from nnplayground.core.tfp_url import parse_url

LINK = "https://playground.tensorflow.org/#activation=sigmoid&dataset=gauss&networkShape=3&seed=2&zoom=1"


def test_train_from_a_link(tmp_path, capsys):
    run = tmp_path / "run.nnp"
    assert cli.main(["--from-url", LINK, "--epochs", "2", "--lr", "0.1", "--save", str(run)]) == 0
    e = load_session(run).experiment
    assert e == parse_url(LINK).experiment.replace(lr=0.1)
    assert "from the link: keys TensorFlow Playground does not have, ignored: zoom" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--from-url", "#activation=swish"], "--from-url: activation 'swish' is not one of TFP's"),
        (["--from-url", LINK, "--hidden", "4"], "--hidden cannot be combined with --from-url"),
        (["--from-url", LINK, "--load", "x.nnp"], "--from-url cannot be combined with --load"),
    ],
)
def test_a_bad_link_or_a_clash_exits_2(argv, message, capsys):
    assert cli.main([*argv, "--epochs", "1"]) == 2
    err = capsys.readouterr().err
    assert message in err and "usage:" in err


def test_train_writes_the_network_as_onnx_and_as_a_pytorch_script(tmp_path):
    run, script = tmp_path / "run.nnp", tmp_path / "net.py"
    argv = ["--dataset", "xor", "--hidden", "4", "--features", "x1,x2,x1*x2", "--epochs", "3", "--seed", "2"]
    try:  # (the test extra; the script needs nothing to be written)
        import onnxruntime as onnx
    except ImportError:
        onnx = None
    outputs = ["--save", str(run), "--torch", str(script)] + (["--onnx", str(tmp_path / "net.onnx")] if onnx else [])
    assert cli.main(argv + outputs) == 0
    t = restore_trainer(load_session(run))
    xy = np.random.default_rng(1).uniform(-6, 6, (50, 2))
    expected = t.network.forward(transform(xy, t.experiment.features))
    text = script.read_text()
    assert "model = build()" in text
    if onnx is not None:
        session = onnx.InferenceSession(str(tmp_path / "net.onnx"), providers=["CPUExecutionProvider"])
        np.testing.assert_allclose(session.run(None, {"xy": xy})[0], expected, rtol=0, atol=1e-6)


def test_without_onnx_train_says_how_to_install_it_before_training(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "missing_onnx", lambda: "ONNX export needs the onnx package: pip install onnx")
    assert cli.main(["--epochs", "1000000", "--onnx", str(tmp_path / "net.onnx")]) == 1
    err = capsys.readouterr().err
    assert "pip install onnx" in err and "done:" not in err  # refused before any epoch
    assert not (tmp_path / "net.onnx").exists()
