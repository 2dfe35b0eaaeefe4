"""Words for the network diagram: tooltips of neurons and links, the output's description, the shape as text.

Plain functions of the experiment and the latest snapshot (no Qt), so the texts are tested without a window.
"""

from __future__ import annotations

from nnplayground.core import features as feats
from nnplayground.core.experiment import FEATURES, Experiment
from nnplayground.core.numbers import value_text
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.network.formula import LOSS_NAMES, plain_name


def shape_text(exp: Experiment, out_width: int) -> str:
    """2 → 8 → 8 → 1: the widths of every layer, inputs first."""
    return " → ".join(str(n) for n in (len(exp.features), *exp.hidden, out_width))


def output_detail(width: int, activation: str, loss: str) -> str:
    """The output column's second header line, naming the output function and the loss."""
    if not activation:
        return ""
    what = f"{width} classes" if width > 1 else "1 neuron"
    return f"{what}<br>{activation}<br>{LOSS_NAMES.get(loss, loss)}"


def neuron_tip(
    exp: Experiment, snap: Snapshot | None, out_width: int, loss: str, layer: int, index: int, on: bool = True
) -> str:
    """What a neuron (or input feature) is, its activation and bias, and what clicking it does."""
    if layer < 0:
        name = feats.label(FEATURES[index])
        state = "used: click to switch it off" if on else "not used: click to switch it on"
        return f"Input feature {name} ({state}).\n\n{TIPS['features']}"
    n_layers = len(exp.hidden) + 1
    name = plain_name(exp.features, n_layers, out_width, layer, index)
    output = layer == n_layers - 1
    where = f"Output neuron {index + 1}" if output else f"Hidden layer {layer + 1}, neuron {index + 1}"
    lines = [f"{where} ({name})"]
    act = snap.activations[layer] if snap is not None else (exp.activations[layer] if not output else "")
    if act:
        lines.append(f"Activation: {act}" + (f", loss: {LOSS_NAMES.get(loss, loss)}" if output and loss else ""))
    if snap is not None and index < len(snap.biases[layer]):
        lines.append(f"Bias: {value_text(float(snap.biases[layer][index]))}")
    lines.append("Its picture is its output over the data square. Click it to see its formula with live numbers;")
    lines.append("click the small square at its corner to type a new bias.")
    lines.append("")
    lines.append(TIPS["output"] if output else TIPS.get(f"activation:{act}", TIPS["activation"]))
    return "\n".join(lines)


def link_tip(exp: Experiment, snap: Snapshot | None, out_width: int, layer: int, row: int, col: int) -> str:
    """A weight's value, where it goes from and to, and what clicking does."""
    n_layers = len(exp.hidden) + 1
    src = plain_name(exp.features, n_layers, out_width, layer - 1, row) if layer else feats.label(exp.features[row])
    dst = plain_name(exp.features, n_layers, out_width, layer, col)
    value = ""
    if snap is not None and layer < len(snap.weights):
        W = snap.weights[layer]
        if 0 <= row < W.shape[0] and 0 <= col < W.shape[1]:
            value = f": {value_text(float(W[row, col]))}"
    return f"Weight {src} → {dst}{value}\nClick to type a new value.\n\n{TIPS['weight']}"
