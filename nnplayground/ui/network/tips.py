"""Words for the network diagram: tooltips of neurons and links, the output's description, the shape as text.

Plain functions of the experiment and the latest snapshot (no Qt), so the texts are tested without a window.
"""

from __future__ import annotations

from nnplayground.core import features as feats
from nnplayground.core.experiment import FEATURES, Experiment
from nnplayground.core.numbers import value_text
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.explain import TIPS
from nnplayground.ui.common.i18n import translate, translated
from nnplayground.ui.network.formula import loss_name, plain_name


def shape_text(exp: Experiment, out_width: int) -> str:
    """2 → 8 → 8 → 1: the widths of every layer, inputs first."""
    return " → ".join(str(n) for n in (len(exp.features), *exp.hidden, out_width))


def output_detail(width: int, activation: str, loss: str) -> str:
    """The output column's second header line, naming the output function and the loss."""
    if not activation:
        return ""
    what = (
        translate("ui.network.tips", "{n} classes").format(n=width)
        if width > 1
        else translate("ui.network.tips", "1 neuron")
    )
    return f"{what}<br>{activation}<br>{loss_name(loss)}"


def neuron_tip(
    exp: Experiment, snap: Snapshot | None, out_width: int, loss: str, layer: int, index: int, on: bool = True
) -> str:
    """What a neuron (or input feature) is, its activation and bias, and what clicking it does."""
    if layer < 0:
        name = feats.label(FEATURES[index])
        if on:
            said = translate("ui.network.tips", "Input feature {name} (used: click to switch it off).")
        else:
            said = translate("ui.network.tips", "Input feature {name} (not used: click to switch it on).")
        return f"{said.format(name=name)}\n\n{translated(TIPS['features'])}"
    n_layers = len(exp.hidden) + 1
    name = plain_name(exp.features, n_layers, out_width, layer, index)
    output = layer == n_layers - 1
    if output:
        where = translate("ui.network.tips", "Output neuron {neuron} ({name})").format(neuron=index + 1, name=name)
    else:
        where = translate("ui.network.tips", "Hidden layer {layer}, neuron {neuron} ({name})")
        where = where.format(layer=layer + 1, neuron=index + 1, name=name)
    lines = [where]
    act = snap.activations[layer] if snap is not None else (exp.activations[layer] if not output else "")
    if act:
        if output and loss:
            lines.append(
                translate("ui.network.tips", "Activation: {activation}, loss: {loss}").format(
                    activation=act, loss=loss_name(loss)
                )
            )
        else:
            lines.append(translate("ui.network.tips", "Activation: {activation}").format(activation=act))
    if snap is not None and index < len(snap.biases[layer]):
        lines.append(
            translate("ui.network.tips", "Bias: {value}").format(value=value_text(float(snap.biases[layer][index])))
        )
    lines.append(
        translate(
            "ui.network.tips",
            "Its picture is its output over the data square. Click it to see its formula with live numbers;",
        )
    )
    lines.append(translate("ui.network.tips", "click the small square at its corner to type a new bias."))
    lines.append("")
    lines.append(translated(TIPS["output"] if output else TIPS.get(f"activation:{act}", TIPS["activation"])))
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
    weight = translate("ui.network.tips", "Weight {source} → {target}").format(source=src, target=dst)
    click = translate("ui.network.tips", "Click to type a new value.")
    return f"{weight}{value}\n{click}\n\n{translated(TIPS['weight'])}"
