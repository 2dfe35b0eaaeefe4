"""Immutable pictures of a training run, and the grid evaluation that fills them.

A `Snapshot` is what the window draws: numbers, weights and the model's output over the data square. It is made
in the training process; every array in it is a read-only copy, so the window can keep it as long as it likes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from . import features as feats
from .network import Network, Workspace, layer_blocks

PICTURE_DTYPE = np.float32  # the grids drawn by the window (see GridEvaluator)


class Reason(str, Enum):
    """What produced a snapshot. A str, so that `snap.reason == "play"` still holds where code compares it with the
    words (its value is the word)."""

    START = "start"  # the run's first picture
    STEP = "step"  # one epoch or one mini-batch
    PLAY = "play"  # a frame while playing (the window acknowledges each one it draws)
    PAUSE = "pause"
    RESET = "reset"
    REWIND = "rewind"
    PREVIEW = "preview"  # a recorded epoch, shown without changing the run
    SETTINGS = "settings"
    DATA = "data"
    PARAMETER = "parameter"  # a weight or bias edited by hand
    VIEW = "view"  # asked for, nothing changed
    SESSION = "session"  # a session just loaded, at its saved epoch
    DIVERGED = "diverged"
    OTHER = ""  # made directly (a script, a test), not by the window's run

    def __str__(self) -> str:  # the word, as a str prints (an Enum would print "Reason.PLAY")
        return self.value


@dataclass(frozen=True, eq=False)
class Snapshot:
    epoch: int  # epochs finished
    # The losses and accuracies are those recorded for epoch `epoch`, measured at its end: in the middle of an
    # epoch (batch > 0) they are the last finished epoch's numbers, not those of the weights shown, which have
    # moved on by `batch` steps since (evaluating every step would cost a pass over all the points each time).
    train_loss: float
    test_loss: float  # NaN without test points
    train_accuracy: float | None  # None for regression
    test_accuracy: float | None
    sizes: tuple[int, ...]  # network widths, input features first
    activations: tuple[str, ...]  # every layer after the input, output last
    loss: str
    features: tuple[str, ...]
    params: np.ndarray  # flat parameter vector (copy); `weights` and `biases` are views of it
    bias_grads: tuple[np.ndarray, ...]  # dL/db of the last step = the backpropagated delta summed over its batch
    output_grid: np.ndarray  # float32 (G, G) p(class 1) or value; (G, G, k) per-class outputs; indexed [y, x]
    neuron_grids: tuple[np.ndarray, ...]  # float32, per layer after the input: (units, g, g), [unit, y, x]
    curve_epochs: np.ndarray  # the loss curve, read-only views of the history
    curve_train: np.ndarray
    curve_test: np.ndarray
    num_classes: int  # 0 for regression
    reason: Reason = Reason.OTHER  # what produced it
    message: str = ""  # something the user must be told (divergence ...)
    epochs_per_second: float = 0.0
    history_epochs: np.ndarray = field(default_factory=lambda: np.zeros(0))  # epochs a rewind returns to exactly
    # Where the run is within the epoch after `epoch`: `batch` of its `batches` mini-batches done (0 at a boundary,
    # so "epoch 12 · batch 3/25" means 12 epochs and 3 steps of the 13th); batches is 0 without training points.
    batch: int = 0
    batches: int = 0
    # Dropout: per hidden layer, which neurons the last training step dropped for every point of its mini-batch
    # (bool (units,)); empty without dropout or before a step.
    dropped: tuple[np.ndarray, ...] = ()

    @functools.cached_property
    def weights(self) -> tuple[np.ndarray, ...]:
        """Each layer's weights (fan_in, fan_out), views of `params`."""
        return parameter_views(self.params, self.sizes)[0]

    @functools.cached_property
    def biases(self) -> tuple[np.ndarray, ...]:
        """Each layer's biases (fan_out,), views of `params`."""
        return parameter_views(self.params, self.sizes)[1]

    @property
    def regression(self) -> bool:
        return self.num_classes == 0

    def class_probabilities(self) -> np.ndarray:
        """(G, G, k) per-class scores for classification (two classes: [1 - p, p])."""
        g = self.output_grid
        if g.ndim == 2:
            return np.stack([1.0 - g, g], axis=-1)
        return g


def parameter_views(flat: np.ndarray, sizes: tuple[int, ...]) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]]:
    """Each layer's weights (fan_in, fan_out) and biases (fan_out,) as views of a flat vector laid out as
    `Network.params` is: parameters or gradients."""
    blocks = layer_blocks(flat, sizes)
    return tuple(B[:, :-1].T for B in blocks), tuple(B[:, -1] for B in blocks)


def readonly(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


class GridEvaluator:
    """The network over a grid of the data square: one workspace per grid size, made once and reused.

    The grids are pictures, so they are computed in float32 on a twin of the network (refreshed from it at each
    evaluation): half the bytes to send to the window and about half the time of float64 (the grid pass is most
    of a snapshot's cost, and a snapshot's cost is taken from training)."""

    def __init__(self, net: Network, features: tuple[str, ...], grid: int = 100, neuron_grid: int = 32) -> None:
        self.net = net
        self.twin = net.copy(PICTURE_DTYPE)
        self.grid, self.neuron_grid = grid, neuron_grid
        self._fine = self._make(grid, features)
        self._coarse = self._make(neuron_grid, features) if neuron_grid != grid else self._fine

    def _make(self, size: int, features: tuple[str, ...]) -> tuple[Workspace, np.ndarray]:
        ws = Workspace(self.twin, size * size, backward=False)
        inputs = ws.inputs.copy()
        inputs[:-1] = feats.feature_grid(features, size).T
        return ws, inputs

    def evaluate(self, neurons: bool = True) -> tuple[np.ndarray, tuple[np.ndarray, ...]]:
        """The output grid and every neuron's grid (one forward pass when both grids have the same size); with
        `neurons` False, the output grid alone (and no neuron grids)."""
        np.copyto(self.twin.params, self.net.params, casting="same_kind")
        ws, inputs = self._fine
        out = ws.forward(inputs)
        g = self.grid
        output = out[0].reshape(g, g).copy() if out.shape[0] == 1 else out.T.reshape(g, g, -1).copy()
        if not neurons:
            return readonly(output), ()
        ws, inputs = self._coarse
        if self._coarse is not self._fine:
            ws.forward(inputs)
        g = self.neuron_grid
        neurons = tuple(readonly(ws.layer_output(l).reshape(-1, g, g).copy()) for l in range(len(self.twin.blocks)))
        return readonly(output), neurons
