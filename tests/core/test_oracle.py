"""The core against reference numbers computed with PyTorch autograd and torch.optim (tests/data/oracle)."""

import json
from pathlib import Path

import numpy as np
import pytest

from nnplayground.core import Network, Optimizer

ORACLE = Path(__file__).resolve().parent.parent / "data" / "oracle"
CASES = json.loads((ORACLE / "cases.json").read_text())
RTOL, ATOL = 1e-9, 0.0  # relative error only, as the issue asks


def build(case: dict, data: np.lib.npyio.NpzFile) -> Network:
    net = Network(case["sizes"], activation=case["activations"], output=case["output"], init="zeros")
    for l in range(len(net.weights)):
        net.weights[l][...] = data[f"W0_{l}"]
        net.biases[l][...] = data[f"b0_{l}"]
    return net


def targets(case: dict, Y: np.ndarray) -> np.ndarray:
    return Y.astype(np.int64) if case["loss"] == "cross_entropy" else Y


@pytest.fixture(params=CASES, ids=[c["name"] for c in CASES])
def case(request):
    c = request.param
    return c, np.load(ORACLE / f"{c['name']}.npz")


def test_output_loss_and_gradients(case):
    c, d = case
    net = build(c, d)
    np.testing.assert_allclose(
        net.forward(d["X"]), d["output"].reshape(net.forward(d["X"]).shape), RTOL, ATOL
    )
    loss, gw, gb = net.gradients(d["X"], targets(c, d["Y"]), loss=c["loss"], l1=c["l1"], l2=c["l2"])
    np.testing.assert_allclose(loss, float(d["loss"]), RTOL, ATOL)
    for l in range(len(gw)):
        np.testing.assert_allclose(gw[l], d[f"dW_{l}"], RTOL, ATOL, err_msg=f"dW_{l}")
        np.testing.assert_allclose(gb[l], d[f"db_{l}"], RTOL, ATOL, err_msg=f"db_{l}")


def test_optimizer_run(case):
    c, d = case
    net = build(c, d)
    spec = dict(c["optimizer"])
    opt = Optimizer(spec.pop("kind"), **spec)
    X, Y = d["X"], targets(c, d["Y"])
    trace = []
    for rows in d["batches"].astype(np.int64):
        loss, gw, gb = net.gradients(X[rows], Y[rows], loss=c["loss"], l1=c["l1"], l2=c["l2"])
        trace.append(loss)
        opt.step(net, gw, gb)
    np.testing.assert_allclose(trace, d["loss_trace"], RTOL, ATOL)
    for l in range(len(net.weights)):
        np.testing.assert_allclose(net.weights[l], d[f"W_final_{l}"], RTOL, ATOL, err_msg=f"W_final_{l}")
        np.testing.assert_allclose(net.biases[l], d[f"b_final_{l}"], RTOL, ATOL, err_msg=f"b_final_{l}")
