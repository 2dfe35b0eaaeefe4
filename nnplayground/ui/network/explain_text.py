"""What the step explainer says at each stage of one training step, as rich text with the step's own numbers.

The stages follow the article: forward propagation layer by layer (h = f(W·x + b), then ŷ = g(V·h + c)), the loss,
the error sent back layer by layer (δ = f'(z) ⊙ Wᵀ δ_next) and the update of every weight. Pure string building
from a `StepTrace` (no Qt), so every sentence is tested without a window. Numbers for a mini-batch are those of its
first point (the gradient and the update are the whole batch's).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnplayground.core import activations as acts
from nnplayground.core.numbers import loss_text
from nnplayground.core.step_trace import StepTrace
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.network.formula import ACTIVATION_NAMES, number, unit_name

MAX_SHOWN = 8  # entries of a vector written out; the rest are counted
MOVES = ("forward", "loss", "backward", "update")
LOSS_FORMULAS = {
    "mse": "L = (1/k) Σⱼ (ŷⱼ − tⱼ)²",
    "bce": "L = −[ t·log ŷ + (1 − t)·log(1 − ŷ) ]",
    "cross_entropy": QT_TRANSLATE_NOOP("ui.network.explain_text", "L = −log ŷ<sub>c</sub>, c the point's class"),
}
OPTIMIZER_RULES = {
    "sgd": "w ← w − η·∂L/∂w",
    "momentum": QT_TRANSLATE_NOOP("ui.network.explain_text", "v ← μ·v + ∂L/∂w, then w ← w − η·v"),
    "nesterov": QT_TRANSLATE_NOOP("ui.network.explain_text", "v ← μ·v + ∂L/∂w, then w ← w − η·(∂L/∂w + μ·v)"),
    "rmsprop": QT_TRANSLATE_NOOP(
        "ui.network.explain_text", "s ← α·s + (1 − α)·(∂L/∂w)², then w ← w − η·(∂L/∂w) / (√s + ε)"
    ),
    "adagrad": QT_TRANSLATE_NOOP("ui.network.explain_text", "s ← s + (∂L/∂w)², then w ← w − η·(∂L/∂w) / (√s + ε)"),
    "adam": QT_TRANSLATE_NOOP(
        "ui.network.explain_text", "m ← β₁m + (1 − β₁)·∂L/∂w, v ← β₂v + (1 − β₂)·(∂L/∂w)², then w ← w − η·m̂ / (√v̂ + ε)"
    ),
}
SIGN_NOTE = QT_TRANSLATE_NOOP(
    "ui.network.explain_text",
    "The article writes the update as w = w + η·xᵀ·δ with δ = target − output. That is this very step: its δ is "
    "−∂L/∂z (for the squared error up to the constant 2/k of the mean), so adding η·xᵀ·δ is subtracting "
    "η·∂L/∂w: gradient descent, downhill on the loss.",
)


def sign_note() -> str:
    """SIGN_NOTE in the window's language."""
    return translate("ui.network.explain_text", SIGN_NOTE)


@dataclass(frozen=True)
class Stage:
    move: str  # one of MOVES
    layer: int | None = None  # forward and backward: the layer (0 = the first after the input)


def stages(trace: StepTrace) -> list[Stage]:
    """Forward through every layer, the loss, backward from the output, the update."""
    layers = range(len(trace.sizes) - 1)
    return [
        *(Stage("forward", l) for l in layers),
        Stage("loss"),
        *(Stage("backward", l) for l in reversed(layers)),
        Stage("update"),
    ]


def layer_name(trace: StepTrace, layer: int) -> str:
    last = len(trace.sizes) - 2
    if layer == last:
        return translate("ui.network.explain_text", "the output layer")
    return translate("ui.network.explain_text", "hidden layer {layer}").format(layer=layer + 1)


def title(trace: StepTrace, stage: Stage) -> str:
    i = stages(trace).index(stage) + 1
    n = len(stages(trace))
    what = {
        "forward": lambda: translate("ui.network.explain_text", "Forward: {layer}").format(
            layer=layer_name(trace, stage.layer)
        ),
        "loss": lambda: translate("ui.network.explain_text", "The loss"),
        "backward": lambda: translate("ui.network.explain_text", "Backward: {layer}").format(
            layer=layer_name(trace, stage.layer)
        ),
        "update": lambda: translate("ui.network.explain_text", "The update"),
    }[stage.move]()
    return f"{i} / {n} · {what}"


def subject(trace: StepTrace) -> str:
    """Which points the step is on."""
    if trace.point is not None:
        x, y = trace.xy[0]
        if trace.is_test:
            return translate("ui.network.explain_text", "the test point ({x}, {y})").format(x=number(x), y=number(y))
        return translate("ui.network.explain_text", "the point ({x}, {y})").format(x=number(x), y=number(y))
    return translate(
        "ui.network.explain_text",
        "mini-batch {batch} of {batches} in epoch {epoch} ({count} points; the numbers on the neurons are its "
        "first point's)",
    ).format(batch=trace.batch + 1, batches=trace.batches, epoch=trace.epoch + 1, count=trace.count)


def stage_html(trace: StepTrace, stage: Stage, neuron: int = 0, article_signs: bool = False) -> str:
    """The stage's equation in matrix form and one neuron (`neuron` of the stage's layer) written out."""
    if stage.move == "forward":
        return _forward(trace, stage.layer, neuron)
    if stage.move == "loss":
        return _loss(trace)
    if stage.move == "backward":
        return _backward(trace, stage.layer, neuron, article_signs)
    return _update(trace, article_signs)


# ---- names ------------------------------------------------------------------------------------------------------
def value_name(trace: StepTrace, layer: int, index: int) -> str:
    return unit_name(trace.features, trace.sizes, layer, index)


def _layer_symbol(trace: StepTrace, layer: int) -> tuple[str, str]:
    """The layer's output and its input, as vector names."""
    last = len(trace.sizes) - 2
    out = "ŷ" if layer == last else f"h<sub>{layer + 1}</sub>"
    src = "x" if layer == 0 else f"h<sub>{layer}</sub>"
    return out, src


def _act_name(trace: StepTrace, layer: int) -> str:
    a = trace.activations[layer]
    return ACTIVATION_NAMES.get(a, a)


def vector(values: np.ndarray) -> str:
    shown = ", ".join(number(v) for v in values[:MAX_SHOWN])
    more = (
        ", … " + translate("ui.network.explain_text", "({n} more)").format(n=len(values) - MAX_SHOWN)
        if len(values) > MAX_SHOWN
        else ""
    )
    return f"[{shown}{more}]"


def _inputs(trace: StepTrace, layer: int) -> np.ndarray:
    return trace.inputs[:, 0] if layer == 0 else trace.h[layer - 1][:, 0]


def _terms(weights: np.ndarray, names: list[str], values: np.ndarray) -> str:
    """w₁·x₁ + w₂·x₂ ... with the numbers, the strongest MAX_SHOWN contributions when there are more."""
    rows = range(len(weights))
    if len(weights) > MAX_SHOWN:
        rows = sorted(np.argsort(-np.abs(weights * values))[:MAX_SHOWN])
    parts = []
    for k, r in enumerate(rows):
        w = float(weights[r])
        sign = ("− " if w < 0 else "+ ") if k else ("−" if w < 0 else "")
        parts.append(f"{sign}{number(abs(w))}·{number(values[r])}")
    if len(weights) > MAX_SHOWN:
        parts.append(
            "+ … " + translate("ui.network.explain_text", "({n} smaller terms)").format(n=len(weights) - MAX_SHOWN)
        )
    return " ".join(parts)


# ---- the stages ---------------------------------------------------------------------------------------------------
def _forward(trace: StepTrace, layer: int, neuron: int) -> str:
    W, b = (v[layer] for v in trace.weights())
    out, src = _layer_symbol(trace, layer)
    f = _act_name(trace, layer)
    x = _inputs(trace, layer)
    z, h = trace.z[layer][:, 0], trace.h[layer][:, 0]
    neuron = min(neuron, len(z) - 1)
    names = [value_name(trace, layer - 1, r) for r in range(len(x))]
    one = value_name(trace, layer, neuron)
    zname = f"z<sub>{layer + 1},{neuron + 1}</sub>"
    act = f"{f}({zname})" if trace.activations[layer] != "softmax" else "softmax(z)"
    if layer == len(trace.sizes) - 2:
        how = translate(
            "ui.network.explain_text",
            ": every neuron weighs its inputs, adds its bias (z) and passes the sum through its activation; the "
            "output is h = f(z).",
        )
    else:
        how = translate(
            "ui.network.explain_text",
            ": every neuron weighs its inputs, adds its bias (z) and passes the sum through its activation; each "
            "neuron's output is h = f(z).",
        )
    equation = (
        f"{zname} = {_terms(W[:, neuron], names, x)} {'−' if b[neuron] < 0 else '+'} "
        f"{number(abs(b[neuron]))} = <b>{number(z[neuron])}</b>; {one} = {act} = <b>{number(h[neuron])}</b>"
    )
    return (
        f"<b>{out} = {f}(W<sub>{layer + 1}</sub>·{src} + b<sub>{layer + 1}</sub>)</b>{how}<br>"
        f"{src} = {vector(x)}<br>z = {vector(z)}<br>{out} = {vector(h)}<br>"
        + translate("ui.network.explain_text", "One neuron: {equation}").format(equation=equation)
    )


def _loss(trace: StepTrace) -> str:
    y, t = trace.h[-1][:, 0], trace.target[:, 0]
    formula = translate("ui.network.explain_text", LOSS_FORMULAS[trace.loss])
    how = translate(
        "ui.network.explain_text",
        ": how far the output is from what it should be.<br>ŷ = {output}, target t = {target}",
    )
    text = f"<b>{formula}</b>" + how.format(output=vector(y), target=vector(t))
    loss = loss_text(trace.data_loss)
    if trace.count == 1:
        text += f"<br>L = <b>{loss}</b>"
    else:
        text += "<br>" + translate(
            "ui.network.explain_text", "L (the mean over the {n} points) = <b>{loss}</b>"
        ).format(n=trace.count, loss=loss)
    if trace.penalty:
        kind = "λ·Σ|w|" if trace.l1 else "(λ/2)·Σw²"
        text += translate("ui.network.explain_text", " plus the penalty {kind} = {penalty}").format(
            kind=kind, penalty=loss_text(trace.penalty)
        )
    if trace.classes:
        said, truth = (int(np.argmax(y)), int(np.argmax(t))) if len(t) > 1 else (int(y[0] > 0.5), int(t[0] > 0.5))
        if said == truth:
            verdict = translate("ui.network.explain_text", "The network says class {said}: right.").format(
                said=said + 1
            )
        else:
            verdict = translate("ui.network.explain_text", "The network says class {said}: wrong: it is class {truth}.")
            verdict = verdict.format(said=said + 1, truth=truth + 1)
        text += "<br>" + verdict
    return text


def _backward(trace: StepTrace, layer: int, neuron: int, article_signs: bool) -> str:
    sign = -1.0 if article_signs else 1.0
    d = sign * trace.delta[layer][:, 0]
    neuron = min(neuron, len(d) - 1)
    dname = translate("ui.network.explain_text", "δ (= t − ŷ side: −∂L/∂z)") if article_signs else "δ = ∂L/∂z"
    out, src = _layer_symbol(trace, layer)
    last = len(trace.sizes) - 2
    if layer == last:
        if trace.loss in ("bce", "cross_entropy"):
            rule = translate(
                "ui.network.explain_text",
                "δ<sub>o</sub> = ŷ − t (the activation's derivative cancels against the loss's)",
            )
        else:
            rule = f"δ<sub>o</sub> = (2/k)(ŷ − t) ⊙ g'(z), g = {_act_name(trace, layer)}"
        if trace.count > 1:
            rule += translate("ui.network.explain_text", ", over {n} points (the mean's 1/{n} included)").format(
                n=trace.count
            )
        one = ""
    else:
        W_next = trace.weights()[0][layer + 1]
        nxt = sign * trace.delta[layer + 1][:, 0]
        f = _act_name(trace, layer)
        rule = f"δ<sub>{layer + 1}</sub> = {f}'(z) ⊙ (W<sub>{layer + 2}</sub>ᵀ·δ<sub>{layer + 2}</sub>)"
        names = [f"δ<sub>{layer + 2},{j + 1}</sub>" for j in range(len(nxt))]
        z = trace.z[layer][:, 0]
        slope = float(acts.derivative(trace.activations[layer], z[neuron : neuron + 1])[0])
        back = float(np.dot(W_next[neuron], nxt))
        equation = (
            f"δ<sub>{layer + 1},{neuron + 1}</sub> = {f}'({number(z[neuron])}) · "
            f"({_terms(W_next[neuron], names, nxt)}) = {number(slope)} · {number(back)} = <b>{number(d[neuron])}</b>"
        )
        one = "<br>" + translate("ui.network.explain_text", "One neuron: {equation}").format(equation=equation)
    gw, gb = (v[layer] for v in trace.weights("gradient"))
    blame = translate("ui.network.explain_text", ": the error each neuron of {layer} is to blame for.").format(
        layer=layer_name(trace, layer)
    )
    gradient = translate(
        "ui.network.explain_text",
        "Gradient: ∂L/∂W<sub>{l}</sub> = δ·{source}ᵀ (the links), largest {largest}; ∂L/∂b<sub>{l}</sub> = δ = "
        "{biases}",
    ).format(l=layer + 1, source=src, largest=_largest(gw), biases=vector(gb))
    summed = (
        ""
        if trace.count == 1
        else translate("ui.network.explain_text", " (summed over the {n} points)").format(n=trace.count)
    )
    return f"<b>{rule}</b>{blame}<br>{dname}: {vector(d)}{one}<br>{gradient}{summed}"


def _largest(values: np.ndarray) -> str:
    flat = np.abs(values).ravel()
    return number(values.ravel()[int(np.argmax(flat))]) if flat.size else "—"


def _update(trace: StepTrace, article_signs: bool) -> str:
    kind = "nesterov" if trace.optimizer == "momentum" and trace.nesterov else trace.optimizer
    old, grad, new = trace.params, trace.gradient, trace.new_params
    change = new - old
    rows = []
    names = _parameter_names(trace)
    for k in np.argsort(-np.abs(change))[: MAX_SHOWN // 2]:
        rows.append(
            f"{names[k]}: {number(old[k])} {'−' if change[k] <= 0 else '+'} {number(abs(change[k]))} = "
            f"<b>{number(new[k])}</b> (∂L/∂w = {number(grad[k])})"
        )
    rule = translate("ui.network.explain_text", OPTIMIZER_RULES[kind])
    if article_signs and kind == "sgd":
        rule = translate("ui.network.explain_text", "w ← w + η·(−∂L/∂w), the article's form")
    mu = f", μ = {number(trace.momentum)}" if kind in ("momentum", "nesterov") else ""
    parts = [
        f"<b>{rule}</b>, η = {number(trace.lr)}{mu}",
        translate("ui.network.explain_text", "Every one of the {n} parameters moves; the largest moves:").format(
            n=len(old)
        ),
        *rows,
    ]
    if trace.is_test:
        parts.append(
            translate(
                "ui.network.explain_text",
                "<i>This is a test point: the network never learns from it, so this step cannot be applied.</i>",
            )
        )
    else:
        parts.append(translate("ui.network.explain_text", "Apply the step (Return) and watch the boundary move."))
    if trace.dropout:
        parts.append(
            translate(
                "ui.network.explain_text",
                "<i>Dropout is on ({rate}): the run's own steps also switch off that share of the hidden neurons at "
                "random; this step is shown with every neuron on.</i>",
            ).format(rate=number(trace.dropout))
        )
    if article_signs:
        parts.append(f"<i>{sign_note()}</i>")
    return "<br>".join(parts)


def _parameter_names(trace: StepTrace) -> list[str]:
    """The flat vector's entries by name: w<sub>layer: from→to</sub> and b<sub>layer,neuron</sub>."""
    names: list[str] = []
    for l, (fan_in, fan_out) in enumerate(zip(trace.sizes[:-1], trace.sizes[1:], strict=True)):
        for c in range(fan_out):  # a block is [Wᵀ | b]: per target neuron its weights, then its bias
            src = [value_name(trace, l - 1, r) for r in range(fan_in)]
            dst = value_name(trace, l, c)
            names += [f"w({s} → {dst})" for s in src]
            names.append(f"b({dst})")
    return names
