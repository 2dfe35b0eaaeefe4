"""The point inspector's text: one point's report (`core.point_report`) as rich text for a tooltip.

Each hidden layer is a row of bars (a block character per neuron, as tall as the neuron's output is strong, blue
when positive and orange when negative, the diagram's colours), with the numbers under them while the layer is
narrow enough to print them. Pure string building, no Qt.
"""

from __future__ import annotations

import html

import numpy as np

from nnplayground.core import colors
from nnplayground.core import features as feats
from nnplayground.core.numbers import loss_text, percent_text, value_text
from nnplayground.core.point_report import PointReport

BLOCKS = "▁▂▃▄▅▆▇█"
MAX_NUMBERED = 10  # a layer up to this wide gets each neuron's number under its bar
LOSS_NAMES = {"bce": "log-loss", "cross_entropy": "cross-entropy", "mse": "squared error"}
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
    return f"Class {k + 1}"


def report_html(rep: PointReport) -> str:
    """The whole tooltip: where the point is, its features, each hidden layer, the output, the target, the loss."""
    side = "test point" if rep.test else "training point"
    lines = [f"<b>Point {rep.index + 1}</b> <span style='color:{MUTED}'>· {side}</span>"]
    lines.append(f"x = {number(rep.xy[0])}, y = {number(rep.xy[1])}")
    inputs = ", ".join(f"{html.escape(feats.label(n))} = {number(v)}" for n, v in rep.features)
    lines.append(f"<span style='color:{MUTED}'>inputs</span> {inputs}")
    rows = [_layer_row(f"layer {i + 1} · {html.escape(act)}", a, act) for i, (act, a) in enumerate(rep.hidden)]
    table = f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>" if rows else ""
    scores = rep.class_scores
    if scores is None:
        lines.append(f"<b>output</b> {number(rep.output[0])}, target {number(rep.target)}")
    else:
        shown = [percent_text(s) if rep.probabilities else number(s) for s in scores]
        parts = [
            f"<span style='color:{colors.CLASS_COLORS[k % len(colors.CLASS_COLORS)]}'>●</span> {v}"
            for k, v in enumerate(shown)
        ]
        lines.append(f"<b>output</b> {'&nbsp; '.join(parts)}")
        verdict = "right" if rep.predicted == int(rep.target) else "wrong"
        lines.append(
            f"predicted <b>{_class_name(rep.predicted or 0)}</b>, target {_class_name(int(rep.target))} ({verdict})"
        )
    name = LOSS_NAMES.get(rep.loss_name, rep.loss_name)
    lines.append(f"loss ({name}) <b>{loss_text(rep.loss)}</b>")
    head, tail = "<br>".join(lines[:3]), "<br>".join(lines[3:])
    return f"<qt><div style='white-space:pre'>{head}</div>{table}<div>{tail}</div></qt>"


def plain_point_html(index: int, xy: tuple[float, float], target: float, regression: bool) -> str:
    """Before the run's first picture: only where the point is and what it is."""
    what = f"value {number(target)}" if regression else _class_name(int(target))
    return f"<qt><b>Point {index + 1}</b><br>x = {number(xy[0])}, y = {number(xy[1])}<br>{what}</qt>"
