"""The trained network as the model exports see it: raw (x, y) in, the app's output out, everything in between.

`Model` is one plain description that the ONNX and PyTorch exporters both write from, so the two cannot disagree
on what the network is: the input features computed from the two raw coordinates (the names of `features.py`),
then each layer's weights, biases and activation, the output activation last. When the points were rescaled into
the playground's square on import (a CSV file in other units), `inputs` is that map, `x_square = x * scale +
offset` per coordinate, so that an exported model takes the file's own units; `output` undoes a rescaled
regression value the same way (`value = out * scale + offset`). `Model.forward` is the reference the exports are
tested against, computed by the app's own `Network.forward`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from . import activations as acts
from . import features as feats
from .experiment import Experiment
from .export_data import NOT_FINITE, ExportError
from .network import Network
from .rescale import inverse
from .snapshot import Snapshot
from .texts import QT_TRANSLATE_NOOP

_NO_NETWORK = QT_TRANSLATE_NOOP("core.model_export", "there is no network to export yet")


class ModelExportError(ExportError):
    """A model that cannot be exported (no network yet, weights that are not finite, a missing package)."""


@dataclass(frozen=True)
class Affine:
    """`y = x * scale + offset`, per column: how raw units become the square's (identity by default)."""

    scale: tuple[float, ...] = (1.0, 1.0)
    offset: tuple[float, ...] = (0.0, 0.0)

    @property
    def identity(self) -> bool:
        return all(s == 1.0 for s in self.scale) and all(o == 0.0 for o in self.offset)

    def apply(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(x, dtype=np.float64) * np.asarray(self.scale) + np.asarray(self.offset)


@dataclass(frozen=True)
class Model:
    features: tuple[str, ...]
    weights: tuple[np.ndarray, ...]  # per layer (fan_in, fan_out)
    biases: tuple[np.ndarray, ...]  # per layer (fan_out,)
    activations: tuple[str, ...]  # per layer after the input, the output's last
    inputs: Affine = field(default_factory=Affine)  # raw (x, y) -> the square
    output: Affine = field(default_factory=lambda: Affine((1.0,), (0.0,)))  # the network's value -> raw units
    epoch: int = 0
    class_names: tuple[str, ...] = ()  # what each output means, when the classes have names

    def __post_init__(self) -> None:
        feats.check_names(self.features)
        if not (len(self.weights) == len(self.biases) == len(self.activations) >= 1):
            raise ValueError("a model needs one weight matrix, bias vector and activation per layer")
        for name in self.activations[:-1]:
            acts.get(name)
        if self.activations[-1] not in acts.OUTPUTS:
            raise ValueError(f"unknown output activation {self.activations[-1]!r}")
        fan_in = len(self.features)
        for W, b in zip(self.weights, self.biases, strict=True):
            if W.ndim != 2 or W.shape[0] != fan_in or b.shape != (W.shape[1],):
                raise ValueError(f"layer shapes do not chain: {W.shape} after {fan_in} inputs")
            fan_in = W.shape[1]
        if not all(
            np.isfinite(W).all() and np.isfinite(b).all() for W, b in zip(self.weights, self.biases, strict=True)
        ):
            raise ModelExportError(NOT_FINITE)

    @classmethod
    def from_snapshot(cls, snap: Snapshot | None, inputs: Affine | None = None, output: Affine | None = None) -> Model:
        if snap is None:
            raise ModelExportError(_NO_NETWORK)
        return cls(
            tuple(snap.features),
            tuple(np.array(W, dtype=np.float64) for W in snap.weights),
            tuple(np.array(b, dtype=np.float64) for b in snap.biases),
            tuple(snap.activations),
            inputs or Affine(),
            output or Affine((1.0,), (0.0,)),
            int(snap.epoch),
        )

    @property
    def sizes(self) -> tuple[int, ...]:
        return (len(self.features), *(W.shape[1] for W in self.weights))

    def network(self) -> Network:
        """The app's own network with these weights."""
        net = Network(list(self.sizes), self.activations[:-1], self.activations[-1])
        for l, (W, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            net.weights[l][...] = W
            net.biases[l][...] = b
        return net

    def forward(self, xy: np.ndarray) -> np.ndarray:
        """(n, outputs) for raw (n, 2) points: what every export must compute."""
        square = self.inputs.apply(xy)
        out = self.network().forward(feats.transform(square, self.features))
        return self.output.apply(out) if self.activations[-1] == "linear" else out


def sample_points() -> np.ndarray:
    """A few points the exported script prints the output for (in the square; raw units for a rescaled model)."""
    return np.array([[0.0, 0.0], [1.5, -2.0], [-3.0, 4.5], [5.0, 5.0]])


def model_of(snap: Snapshot | None, experiment: Experiment) -> Model:
    """The model of a run's snapshot in the units of its points: an imported file's own, when the file was
    rescaled into the square (the experiment keeps how), with the names of its classes."""
    d = experiment.data
    inputs = Affine((d.x_scale, d.y_scale), (d.x_offset, d.y_offset))
    back = inverse(d.value_scale, d.value_offset)
    model = Model.from_snapshot(snap, inputs=inputs, output=Affine((back[0],), (back[1],)))
    return dataclasses.replace(model, class_names=tuple(d.class_names)) if d.class_names else model
