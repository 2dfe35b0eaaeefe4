"""A value typed into the diagram (a weight or a bias): whether it fits the network, and what the view says of it.

Kept apart from the view so that its sentences (translated where they are made) are tested without a window.
"""

from __future__ import annotations

import math

from nnplayground.ui.common.i18n import translate


def checked(value: object, sizes: list[int], layer: int, row: int | None, col: int) -> float | str:
    """The typed value as a float, or why it cannot be set: not a number, not finite, or no such neuron or input
    (row = source neuron, col = target neuron, row None for the bias) in a network of these `sizes`."""
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return translate("ui.network.typed_value", "{value} is not a number: type a value such as 0.5 or -1.2.").format(
            value=repr(value)
        )
    if not math.isfinite(v):
        return translate("ui.network.typed_value", "A weight must be a finite number.")
    if not (0 <= layer < len(sizes) - 1) or not (0 <= col < sizes[layer + 1]):
        return translate("ui.network.typed_value", "There is no neuron {neuron} in layer {layer}.").format(
            neuron=col + 1, layer=layer + 1
        )
    if row is not None and not (0 <= row < sizes[layer]):
        return translate("ui.network.typed_value", "There is no input {input} into layer {layer}.").format(
            input=row + 1, layer=layer + 1
        )
    return v


def set_text(row: int | None, value: float) -> str:
    """What the view says once a bias (row None) or a weight was sent."""
    if row is None:
        said = translate(
            "ui.network.typed_value",
            "Set a bias to {value}: applied at once when paused, at the next step while training.",
        )
    else:
        said = translate(
            "ui.network.typed_value",
            "Set a weight to {value}: applied at once when paused, at the next step while training.",
        )
    return said.format(value=f"{value:g}")
