"""The selected neuron's formula with live numbers, as rich text: h = f(w1·x1 + w2·x2 + ... + b), and its delta.

Pure string building from a snapshot (no Qt), so it is tested without a window. Weights and the bias are links
(href "w:ROW" and "b") that the view turns into an editor.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnplayground.core import features as feats
from nnplayground.core.numbers import value_text
from nnplayground.core.snapshot import Snapshot
from nnplayground.ui.common.i18n import translate

MAX_TERMS = 10  # a 64-input neuron shows its ten strongest inputs and says how many more there are
LOSS_NAMES = {
    "bce": QT_TRANSLATE_NOOP("ui.network.formula", "log-loss"),
    "cross_entropy": QT_TRANSLATE_NOOP("ui.network.formula", "cross-entropy"),
    "mse": QT_TRANSLATE_NOOP("ui.network.formula", "squared error"),
}
ACTIVATION_NAMES = {"leaky_relu": "leaky ReLU", "relu": "ReLU", "elu": "ELU", "silu": "SiLU", "gelu": "GELU"}


def loss_name(loss: str) -> str:
    """The loss as the window names it ("log-loss"), in the window's language; an unknown one by its key."""
    return translate("ui.network.formula", LOSS_NAMES[loss]) if loss in LOSS_NAMES else loss


def unit_name(features: tuple[str, ...], sizes: tuple[int, ...], layer: int, index: int) -> str:
    """Rich-text name: x₁ for an input (layer -1), h<sub>layer,neuron</sub> (1-based) for a hidden neuron, ŷ for an
    output, in a network of these `sizes` (input first)."""
    if layer < 0:
        return html.escape(feats.label(features[index]))
    if layer == len(sizes) - 2:
        return "ŷ" if sizes[-1] == 1 else f"ŷ<sub>{index + 1}</sub>"
    return f"h<sub>{layer + 1},{index + 1}</sub>"


def neuron_name(snapshot: Snapshot, layer: int, index: int) -> str:
    return unit_name(snapshot.features, snapshot.sizes, layer, index)


def plain_name(features: tuple[str, ...], n_layers: int, out_width: int, layer: int, index: int) -> str:
    """The same name as plain text, for tooltips."""
    if layer < 0:
        return feats.label(features[index])
    if layer == n_layers - 1:
        if out_width == 1:
            return translate("ui.network.formula", "output")
        return translate("ui.network.formula", "output {n}").format(n=index + 1)
    return f"h{layer + 1},{index + 1}"


def number(v: float) -> str:
    """`numbers.value_text`, with a typographic minus as in the formula's signs."""
    return value_text(float(v)).replace("-", "−")


def formula_html(snapshot: Snapshot, layer: int, index: int, lr: float | None = None) -> str:
    """h = f(Σ w·input + b) with this snapshot's numbers, then the backpropagated delta at the neuron."""
    W, b = snapshot.weights[layer], snapshot.biases[layer]
    if not (0 <= index < W.shape[1]):
        return ""
    act = snapshot.activations[layer]
    w = W[:, index]
    rows = range(len(w)) if len(w) <= MAX_TERMS else sorted(np.argsort(-np.abs(w))[:MAX_TERMS])
    terms = []
    for k, r in enumerate(rows):
        v = float(w[r])
        sign = ("− " if v < 0 else "+ ") if k else ("−" if v < 0 else "")
        src = neuron_name(snapshot, layer - 1, int(r))
        terms.append(f"{sign}<a href='w:{int(r)}'>{number(abs(v))}</a>·{src}")
    if len(w) > MAX_TERMS:
        more = translate("ui.network.formula", "({n} weaker inputs)").format(n=len(w) - MAX_TERMS)
        terms.append(f"+ … <i>{more}</i>")
    bias = float(b[index])
    terms.append(f"{'−' if bias < 0 else '+'} <a href='b'>{number(abs(bias))}</a>")
    name = neuron_name(snapshot, layer, index)
    f = ACTIVATION_NAMES.get(act, act)
    text = f"<b>{name}</b> = {f}( {' '.join(terms)} )"
    return text + "<br>" + _delta_html(snapshot, layer, index, lr)


def _delta_html(snapshot: Snapshot, layer: int, index: int, lr: float | None) -> str:
    grads = snapshot.bias_grads
    if snapshot.epoch == 0 and not any(np.any(g) for g in grads):
        return translate(
            "ui.network.formula",
            "<i>δ (the gradient backpropagation brings to this neuron) appears after the first step.</i>",
        )
    d = float(grads[layer][index])
    values = {"delta": number(d), "loss": html.escape(loss_name(snapshot.loss))}
    if lr is None or not np.isfinite(d):
        return translate(
            "ui.network.formula",
            "δ = ∂L/∂b = <b>{delta}</b>: the error signal backpropagation brought to this neuron, summed over "
            "the last mini-batch (loss: {loss}).",
        ).format(**values)
    return translate(
        "ui.network.formula",
        "δ = ∂L/∂b = <b>{delta}</b>: the error signal backpropagation brought to this neuron, summed over "
        "the last mini-batch (loss: {loss}); plain gradient descent would move b by −lr·δ = {move}.",
    ).format(**values, move=number(-lr * d))
