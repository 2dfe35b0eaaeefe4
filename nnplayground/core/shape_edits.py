"""What the network designer's buttons do to an experiment: a layer more or less, a neuron more or less, a layer's
activation, an input feature on or off. Each returns the new experiment, or the same one when the edit is not
possible (no ninth layer, no neuron below one); `toggle_feature` says why it refuses the last feature."""

from __future__ import annotations

from .experiment import FEATURES, MAX_HIDDEN_LAYERS, MAX_NEURONS, Experiment

NEW_LAYER_WIDTH = 4  # the first hidden layer's width (later ones copy the last layer's)
LAST_FEATURE = "Keep at least one input feature: the network needs something to look at."


def change_layers(exp: Experiment, delta: int) -> Experiment:
    """One hidden layer more (a copy of the last one's width and activation) or less (the last one)."""
    hidden = exp.hidden
    if delta > 0 and len(hidden) < MAX_HIDDEN_LAYERS:
        return exp.with_hidden((*hidden, hidden[-1] if hidden else NEW_LAYER_WIDTH))
    if delta < 0 and hidden:
        return exp.with_hidden(hidden[:-1])
    return exp


def change_neurons(exp: Experiment, layer: int, delta: int) -> Experiment:
    """One neuron more or less in a hidden layer, within 1 to MAX_NEURONS."""
    if 0 <= layer < len(exp.hidden) and 1 <= exp.hidden[layer] + delta <= MAX_NEURONS:
        hidden = list(exp.hidden)
        hidden[layer] += delta
        return exp.with_hidden(tuple(hidden), exp.activations)
    return exp


def change_activation(exp: Experiment, layer: int, name: str) -> Experiment:
    """One hidden layer's activation."""
    if 0 <= layer < len(exp.activations):
        acts = list(exp.activations)
        acts[layer] = name
        return exp.replace(activations=tuple(acts))
    return exp


def toggle_feature(exp: Experiment, name: str) -> Experiment | str:
    """An input feature switched on or off (kept in FEATURES' order), or why not (the last one stays)."""
    if name in exp.features and len(exp.features) == 1:
        return LAST_FEATURE
    on = set(exp.features) ^ {name}
    return exp.replace(features=tuple(f for f in FEATURES if f in on))
