"""The trained network as a standalone PyTorch script: a readable `.py` with the weights inline.

The script defines the network as a `torch.nn.Module` whose forward takes raw (x, y) rows, as the ONNX model
does (the rescaling into the square when the points were rescaled on import, the input features, the layers and
their activations, the output activation, the way back to the file's units for a rescaled value), builds it with
the trained weights when it is imported (`model`, and `build()` for a fresh copy), and when run as a script
prints the output for a few points. It needs torch only; nnplayground writes it without torch (it is text).
Everything is float64, as the app trains, so the script's output is the app's to the last few bits.
"""

from __future__ import annotations

import os

import numpy as np

from .export_data import atomic_write
from .model_export import Model, sample_points

# torch's module for each activation, in the form activations.py computes it.
_MODULES = {
    "linear": "nn.Identity()",
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "leaky_relu": "nn.LeakyReLU(0.01)",
    "elu": "nn.ELU(alpha=1.0)",
    "silu": "nn.SiLU()",
    "gelu": 'nn.GELU(approximate="tanh")',
    "sin": "Sin()",
    "softplus": "nn.Softplus(beta=1.0, threshold=40.0)",  # (above 40, log(1 + e^z) is z to the last bit)
    "softmax": "nn.Softmax(dim=1)",
}
_FEATURES = {
    "x1": "x1",
    "x2": "x2",
    "x1^2": "x1 * x1",
    "x2^2": "x2 * x2",
    "x1*x2": "x1 * x2",
    "sin(x1)": "torch.sin(x1)",
    "sin(x2)": "torch.sin(x2)",
    "cos(x1)": "torch.cos(x1)",
    "cos(x2)": "torch.cos(x2)",
}


def _array(a: np.ndarray, indent: str) -> str:
    """A nested list literal, one row per line, every digit kept (repr of a float64 reads back exactly)."""
    a = np.asarray(a, dtype=np.float64)
    if a.ndim == 1:
        return "[" + ", ".join(repr(float(v)) for v in a) + "]"
    rows = [indent + "    " + _array(r, indent) + "," for r in a]
    return "[\n" + "\n".join(rows) + "\n" + indent + "]"


def torch_script(model: Model) -> str:
    """The text of the script (see the module's docstring)."""
    layers = []
    for W, act in zip(model.weights, model.activations, strict=True):
        layers.append(f"            nn.Linear({W.shape[0]}, {W.shape[1]}),")
        if act != "linear":
            layers.append(f"            {_MODULES[act]},")
    weights = "\n".join(
        f"    # layer {l + 1}: {W.shape[0]} -> {W.shape[1]}, {act}\n"
        f"    ({_array(W.T, '    ')},\n     {_array(b, '     ')}),"
        for l, (W, b, act) in enumerate(zip(model.weights, model.biases, model.activations, strict=True))
    )
    columns = ", ".join(_FEATURES[f] for f in model.features)
    rescale_in = ""
    if not model.inputs.identity:
        rescale_in = (
            f"        # the file's units into the playground's square, as on import\n"
            f"        xy = xy * torch.tensor({list(model.inputs.scale)!r}, dtype=xy.dtype)"
            f" + torch.tensor({list(model.inputs.offset)!r}, dtype=xy.dtype)\n"
        )
    rescale_out = ""
    if model.activations[-1] == "linear" and not model.output.identity:
        rescale_out = (
            f"        # the value back in the file's units\n"
            f"        out = out * {model.output.scale[0]!r} + {model.output.offset[0]!r}\n"
        )
    chain = " -> ".join(f"{W.shape[1]} {a}" for W, a in zip(model.weights, model.activations, strict=True))
    classes = f"CLASSES = {list(model.class_names)!r}\n" if model.class_names else ""
    points = _array(sample_points() if model.inputs.identity else _raw_samples(model), "    ")
    sin_module = ""
    if "sin" in model.activations:
        sin_module = (
            "\n\nclass Sin(nn.Module):\n"
            '    """f(z) = sin z (torch has no module for it)."""\n\n'
            "    def forward(self, z: torch.Tensor) -> torch.Tensor:\n"
            "        return torch.sin(z)\n"
        )
    return f'''"""A neural network trained in nnplayground (epoch {model.epoch}), as a standalone PyTorch module.

Input: (n, 2) float64 rows of raw (x, y). The module computes the input features ({", ".join(model.features)})
from them, then {len(model.weights)} layer(s): {chain}.
Output: (n, {model.sizes[-1]}), after the output activation, as the app shows it.

    import torch
    from this_file import model
    model(torch.tensor([[1.0, -2.0]], dtype=torch.float64))

Needs only torch. Run it as a script to print the output for a few points.
"""

import torch
from torch import nn

FEATURES = {tuple(model.features)!r}
{classes}
# (weight (fan_out, fan_in) as nn.Linear keeps it, bias) per layer
PARAMETERS = [
{weights}
]
{sin_module}

class PlaygroundNet(nn.Module):
    """Raw (x, y) in, the app's output out."""

    def __init__(self) -> None:
        super().__init__()
        self.layers = nn.Sequential(
{chr(10).join(layers)}
        )

    def features(self, xy: torch.Tensor) -> torch.Tensor:
        """The input features of every row, in FEATURES' order."""
        x1, x2 = xy[:, 0:1], xy[:, 1:2]
        return torch.cat([{columns}], dim=1)

    def forward(self, xy: torch.Tensor) -> torch.Tensor:
{rescale_in}        out = self.layers(self.features(xy))
{rescale_out}        return out


def build() -> PlaygroundNet:
    """A new network with the trained weights, in float64 and in eval mode."""
    net = PlaygroundNet().double()
    linears = [m for m in net.layers if isinstance(m, nn.Linear)]
    with torch.no_grad():
        for linear, (weight, bias) in zip(linears, PARAMETERS):
            linear.weight.copy_(torch.tensor(weight, dtype=torch.float64))
            linear.bias.copy_(torch.tensor(bias, dtype=torch.float64))
    return net.eval()


model = build()

if __name__ == "__main__":
    points = torch.tensor({points}, dtype=torch.float64)
    with torch.no_grad():
        for point, out in zip(points.tolist(), model(points).tolist()):
            print(point, "->", out)
'''.replace("\n\n\n\n", "\n\n\n")


def _raw_samples(model: Model) -> np.ndarray:
    """The sample points in the file's units (the inverse of the input rescaling)."""
    scale, offset = np.asarray(model.inputs.scale), np.asarray(model.inputs.offset)
    return (sample_points() - offset) / scale


def export_torch(model: Model, path: str | os.PathLike[str]) -> None:
    """Write the script (atomically)."""
    text = torch_script(model)

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    atomic_write(path, write)
