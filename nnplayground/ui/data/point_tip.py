"""The point inspector's text: one point's report (`core.point_report`) as rich text for a tooltip.

Each hidden layer is a row of bars (a block character per neuron, as tall as the neuron's output is strong, blue
when positive and orange when negative, the diagram's colours), with the numbers under them while the layer is
narrow enough to print them. Pure string building (Qt only translates the words).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnplayground.core import colors
from nnplayground.core import features as feats
from nnplayground.core.numbers import loss_text, percent_text, value_text
from nnplayground.core.point_report import PointReport
from nnplayground.ui.common.i18n import translate
from nnplayground.ui.common.shapes import class_swatch_html

BLOCKS = "▁▂▃▄▅▆▇█"
MAX_NUMBERED = 10  # a layer up to this wide gets each neuron's number under its bar
LOSS_NAMES = {
    "bce": QT_TRANSLATE_NOOP("ui.data.point_tip", "log-loss"),
    "cross_entropy": QT_TRANSLATE_NOOP("ui.data.point_tip", "cross-entropy"),
    "mse": QT_TRANSLATE_NOOP("ui.data.point_tip", "squared error"),
}
MUTED = "#777777"
BOUNDED = ("tanh", "sigmoid", "sin")  # outputs within [-1, 1]: bars on a fixed scale, comparable across points


def number(v: float) -> str:
    return value_text(float(v)).replace("-", "−")


def bars(values: np.ndarray, activation: str) -> list[str]:
    """One coloured block per neuron; the scale is 1 for bounded activations, else the layer's largest output."""
    a = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=0.0, posinf=1e300, neginf=-1e300)
    top = 1.0 if activation in BOUNDED else max(1e-12, float(np.abs(a).max(initial=0.0)))
    level = np.clip(np.rint(np.abs(a) / top * (len(BLOCKS) - 1)), 0, len(BLOCKS) - 1).astype(int)
    out = []
    for v, k in zip(a, level, strict=True):
        colour = colors.POSITIVE if v > 0 else colors.NEGATIVE if v < 0 else MUTED
        out.append(f'<span style="color:{colour}">{BLOCKS[k]}</span>')
    return out


def _layer_row(caption: str, values: np.ndarray, activation: str) -> str:
    blocks = bars(values, activation)
    cap = f'<td valign="middle" style="color:{MUTED}; white-space:pre">{caption}&nbsp;</td>'
    if len(blocks) <= MAX_NUMBERED:
        cells = "".join(
            f'<td align="center"><span style="font-size:13pt">{b}</span><br><small>{number(v)}</small></td>'
            for b, v in zip(blocks, values, strict=True)
        )
        return f"<tr>{cap}{cells}</tr>"
    lo, hi = number(float(np.min(values))), number(float(np.max(values)))
    row = f'<span style="font-size:13pt">{"".join(blocks)}</span><br><small>{lo} … {hi}</small>'
    return f'<tr>{cap}<td colspan="{MAX_NUMBERED}">{row}</td></tr>'


def _class_name(k: int) -> str:
    return translate("ui.data.point_tip", "Class {number}").format(number=k + 1)


def report_html(rep: PointReport) -> str:
    """The whole tooltip: where the point is, its features, each hidden layer, the output, the target, the loss."""
    if rep.test:
        side = translate("ui.data.point_tip", "test point")
    else:
        side = translate("ui.data.point_tip", "training point")
    point = translate("ui.data.point_tip", "Point {number}").format(number=rep.index + 1)
    lines = [f"<b>{point}</b> <span style='color:{MUTED}'>· {side}</span>"]
    lines.append(f"x = {number(rep.xy[0])}, y = {number(rep.xy[1])}")
    inputs = ", ".join(f"{html.escape(feats.label(n))} = {number(v)}" for n, v in rep.features)
    caption = translate("ui.data.point_tip", "inputs")
    lines.append(f"<span style='color:{MUTED}'>{caption}</span> {inputs}")
    layer = translate("ui.data.point_tip", "layer {number} · {activation}")
    rows = [
        _layer_row(layer.format(number=i + 1, activation=html.escape(act)), a, act)
        for i, (act, a) in enumerate(rep.hidden)
    ]
    table = f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>" if rows else ""
    scores = rep.class_scores
    if scores is None:
        output = translate("ui.data.point_tip", "<b>output</b> {output}, target {target}")
        lines.append(output.format(output=number(rep.output[0]), target=number(rep.target)))
    else:
        shown = [percent_text(s) if rep.probabilities else number(s) for s in scores]
        parts = [
            f"{class_swatch_html(k, 10)} {v}"
            for k, v in enumerate(shown)
        ]
        lines.append(translate("ui.data.point_tip", "<b>output</b> {scores}").format(scores="&nbsp; ".join(parts)))
        right = rep.predicted == int(rep.target)
        verdict = translate("ui.data.point_tip", "right") if right else translate("ui.data.point_tip", "wrong")
        predicted = translate("ui.data.point_tip", "predicted <b>{predicted}</b>, target {target} ({verdict})")
        lines.append(
            predicted.format(
                predicted=_class_name(rep.predicted or 0), target=_class_name(int(rep.target)), verdict=verdict
            )
        )
    name = translate("ui.data.point_tip", LOSS_NAMES[rep.loss_name]) if rep.loss_name in LOSS_NAMES else rep.loss_name
    loss = translate("ui.data.point_tip", "loss ({name}) <b>{loss}</b>")
    lines.append(loss.format(name=name, loss=loss_text(rep.loss)))
    head, tail = "<br>".join(lines[:3]), "<br>".join(lines[3:])
    return f"<qt><div style='white-space:pre'>{head}</div>{table}<div>{tail}</div></qt>"


def plain_point_html(index: int, xy: tuple[float, float], target: float, regression: bool) -> str:
    """Before the run's first picture: only where the point is and what it is."""
    if regression:
        what = translate("ui.data.point_tip", "value {value}").format(value=number(target))
    else:
        what = _class_name(int(target))
    point = translate("ui.data.point_tip", "Point {number}").format(number=index + 1)
    return f"<qt><b>{point}</b><br>x = {number(xy[0])}, y = {number(xy[1])}<br>{what}</qt>"
