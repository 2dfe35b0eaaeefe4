"""The trained network as an ONNX model: raw (x, y) rows in, the app's output out.

The graph holds everything the app computes after a click on the canvas: the rescaling of raw units into the
square (when the points were rescaled on import), the input features (x1², sin x1 ... from the two columns),
every layer and its activation, the output activation and, for a rescaled regression value, the way back to the
file's units. So `onnxruntime.InferenceSession(path).run(None, {"xy": points})` gives what `Model.forward`
gives. It is all double precision (the app trains in float64), with a dynamic batch size: input "xy" (n, 2),
output "output" (n, k).

Written with the `onnx` package's helpers (`onnx.helper`, `onnx.numpy_helper`, checked by `onnx.checker`): the
reference implementation of the format, maintained with it, and small (a protobuf schema with Python helpers, no
runtime). It is an optional extra, `pip install "nnplayground[export]"`; without it, `ModelExportError` says so.
Activations the ONNX operator set has only in single precision in common runtimes (LeakyRelu, Elu, Softplus,
Gelu) are composed from elementary operators, each in the form the app computes it.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

from .export_data import atomic_write
from .model_export import Model, ModelExportError
from .texts import QT_TRANSLATE_NOOP, Text

OPSET = 17  # ONNX 1.12 (2022): run by every onnxruntime since 1.12 and by the other common runtimes
IR_VERSION = 8  # the IR of opset 17
INSTALL = 'pip install "nnplayground[export]"  (or: pip install onnx)'
INPUT, OUTPUT = "xy", "output"
_MISSING = QT_TRANSLATE_NOOP(
    "core.onnx_export", "ONNX export needs the onnx package, which is not installed: {install}"
)
_UNLOADABLE = QT_TRANSLATE_NOOP("core.onnx_export", "the onnx package cannot be loaded: {install}")


def missing_onnx() -> str | None:
    """Why ONNX export cannot run here (the onnx package is missing, and how to install it), or None."""
    import importlib.util

    if importlib.util.find_spec("onnx") is None:
        return Text(_MISSING, {"install": INSTALL})
    return None


def _onnx() -> Any:
    try:
        import onnx
    except ImportError:
        raise ModelExportError(missing_onnx() or Text(_UNLOADABLE, {"install": INSTALL})) from None
    return onnx


class _Graph:
    """Nodes and constants with fresh names, in order."""

    def __init__(self, onnx: Any) -> None:
        self.onnx, self.nodes, self.inits, self._n = onnx, [], [], 0

    def name(self, hint: str) -> str:
        self._n += 1
        return f"{hint}_{self._n}"

    def const(self, value: Any, hint: str = "c") -> str:
        name = self.name(hint)
        self.inits.append(self.onnx.numpy_helper.from_array(np.asarray(value, dtype=np.float64), name))
        return name

    def ints(self, values: list[int], hint: str = "i") -> str:
        name = self.name(hint)
        self.inits.append(self.onnx.numpy_helper.from_array(np.asarray(values, dtype=np.int64), name))
        return name

    def op(self, kind: str, *inputs: str, out: str | None = None, **attrs: Any) -> str:
        out = out or self.name(kind.lower())
        self.nodes.append(self.onnx.helper.make_node(kind, list(inputs), [out], **attrs))
        return out


def _features(g: _Graph, xy: str, names: tuple[str, ...]) -> str:
    """The (n, k) features from the (n, 2) points, in `names`' order (features.py's formulas)."""
    axis = g.ints([1])
    a = g.op("Slice", xy, g.ints([0]), g.ints([1]), axis)
    b = g.op("Slice", xy, g.ints([1]), g.ints([2]), axis)
    made = {
        "x1": lambda: a,
        "x2": lambda: b,
        "x1^2": lambda: g.op("Mul", a, a),
        "x2^2": lambda: g.op("Mul", b, b),
        "x1*x2": lambda: g.op("Mul", a, b),
        "sin(x1)": lambda: g.op("Sin", a),
        "sin(x2)": lambda: g.op("Sin", b),
        "cos(x1)": lambda: g.op("Cos", a),
        "cos(x2)": lambda: g.op("Cos", b),
    }
    columns = [made[n]() for n in names]
    return columns[0] if len(columns) == 1 else g.op("Concat", *columns, axis=1)


def _activation(g: _Graph, name: str, z: str, out: str | None = None) -> str:
    """f(z), as activations.py computes it."""
    if name == "linear":
        return g.op("Identity", z, out=out)
    if name in ("sigmoid", "tanh", "relu", "sin"):
        return g.op({"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "sin": "Sin"}[name], z, out=out)
    if name == "softmax":
        return g.op("Softmax", z, out=out, axis=-1)
    if name == "leaky_relu":  # max(0.01 z, z)
        from .activations import LEAKY_SLOPE

        return g.op("Max", z, g.op("Mul", z, g.const(LEAKY_SLOPE)), out=out)
    if name == "elu":  # max(z, expm1(min(z, 0)))
        neg = g.op("Min", z, g.const(0.0))
        return g.op("Max", z, g.op("Sub", g.op("Exp", neg), g.const(1.0)), out=out)
    if name == "silu":  # z sigmoid(z)
        return g.op("Mul", z, g.op("Sigmoid", z), out=out)
    if name == "softplus":  # log(1 + e^z) = max(z, 0) + log(1 + e^-|z|), which never overflows
        tail = g.op("Log", g.op("Add", g.const(1.0), g.op("Exp", g.op("Neg", g.op("Abs", z)))))
        return g.op("Add", g.op("Max", z, g.const(0.0)), tail, out=out)
    if name == "gelu":  # 0.5 z (1 + tanh(k z (1 + c z^2))), the tanh form
        from .activations import _GELU_C, _GELU_K

        inner = g.op(
            "Mul",
            g.op("Mul", z, g.const(_GELU_K)),
            g.op("Add", g.const(1.0), g.op("Mul", g.op("Mul", z, z), g.const(_GELU_C))),
        )
        half = g.op("Mul", z, g.const(0.5))
        return g.op("Mul", half, g.op("Add", g.const(1.0), g.op("Tanh", inner)), out=out)
    raise ModelExportError(f"the activation {name!r} has no ONNX form")  # pragma: no cover - every one has


def onnx_model(model: Model) -> Any:
    """The `onnx.ModelProto` of `model` (checked by onnx.checker)."""
    onnx = _onnx()
    helper, tp = onnx.helper, onnx.TensorProto
    g = _Graph(onnx)
    x = INPUT
    if not model.inputs.identity:  # raw units into the square
        x = g.op("Add", g.op("Mul", x, g.const(model.inputs.scale, "scale")), g.const(model.inputs.offset, "offset"))
    h = _features(g, x, model.features)
    last = len(model.weights) - 1
    rescaled = model.activations[-1] == "linear" and not model.output.identity
    for l, (W, b, act) in enumerate(zip(model.weights, model.biases, model.activations, strict=True)):
        z = g.op("Add", g.op("MatMul", h, g.const(W, f"W{l}")), g.const(b, f"b{l}"))
        h = _activation(g, act, z, out=OUTPUT if l == last and not rescaled else None)
    if rescaled:  # the network's value back in the file's units
        g.op("Add", g.op("Mul", h, g.const(model.output.scale)), g.const(model.output.offset), out=OUTPUT)
    k = model.sizes[-1]
    graph = helper.make_graph(
        g.nodes,
        "nnplayground",
        [helper.make_tensor_value_info(INPUT, tp.DOUBLE, ["n", 2])],
        [helper.make_tensor_value_info(OUTPUT, tp.DOUBLE, ["n", k])],
        g.inits,
    )
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="nnplayground")
    proto.ir_version = IR_VERSION
    proto.doc_string = describe(model)
    meta = {"features": ",".join(model.features), "epoch": str(model.epoch)}
    if model.class_names:
        meta["classes"] = ",".join(model.class_names)
    helper.set_model_props(proto, meta)
    onnx.checker.check_model(proto, full_check=True)
    return proto


def describe(model: Model) -> str:
    """One paragraph on what the model takes and gives."""
    layers = " -> ".join(f"{W.shape[1]} {a}" for W, a in zip(model.weights, model.activations, strict=True))
    units = "the file's units" if not model.inputs.identity else "the playground's square, -6 to 6"
    return (
        f"nnplayground network at epoch {model.epoch}. Input 'xy': (n, 2) float64 points in {units}. "
        f"Features {', '.join(model.features)} -> {layers}. Output 'output': (n, {model.sizes[-1]})."
    )


def export_onnx(model: Model, path: str | os.PathLike[str]) -> None:
    """Write `model` as an .onnx file (atomically); ModelExportError if onnx is missing."""
    data = onnx_model(model).SerializeToString()

    def write(tmp: str) -> None:
        with open(tmp, "wb") as f:
            f.write(data)

    atomic_write(path, write)
