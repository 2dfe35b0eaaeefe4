"""What the canvas shows while a neuron of the diagram is hovered: that neuron's own output over the square."""

from __future__ import annotations

import numpy as np

from nnplayground.core import features as feats
from nnplayground.core.experiment import FEATURES
from nnplayground.core.snapshot import Snapshot


def neuron_preview(snap: Snapshot | None, layer: int, unit: int) -> tuple[np.ndarray, str] | None:
    """The (g, g) grid and activation of neuron `unit` of `layer` (-1: an input feature, `unit` counting all of
    FEATURES, as the diagram shows the unused ones too), or None when there is none to show."""
    if snap is None:
        return None
    if layer < 0:
        if not 0 <= unit < len(FEATURES):
            return None
        g = snap.neuron_grids[0].shape[-1] if snap.neuron_grids else 32
        return feats.feature_grid([FEATURES[unit]], g)[:, 0].reshape(g, g), "linear"
    if layer < len(snap.neuron_grids) and 0 <= unit < len(snap.neuron_grids[layer]):
        return snap.neuron_grids[layer][unit], snap.activations[layer]
    return None
