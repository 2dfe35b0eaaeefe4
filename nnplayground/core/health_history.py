"""The health of every layer over epochs: a few quantiles of its activations, backpropagated gradients and weights,
and its |update| / |weight| ratio, recorded in the run's history (TensorBoard's "distributions").

Recorded by the trainer at the end of an epoch (in the training process, never the window's thread) into the
history's sparse rows (`History.sparse`), which are thinned as the loss rows are, truncated by a rewind, cleared
by a reset and saved in sessions. One row per recorded epoch: for each layer after the input (hidden layers, then
the output), the QUANTILES of its activations f(z), of its per-point gradients dl_i/dz (as `core.health` counts
them: over the training points and the layer's units together) and of its incoming weights, then |w_e - w_e-1| /
|w_e| over the last epoch (NaN when the previous epoch's weights are not kept).

The cadence keeps a playing run's cost small: epochs that are multiples of a stride (a power of two, from 1),
which doubles whenever a record took more than SHARE of the run's time since the previous one. So a run that is
stepped records every epoch, and a run playing at full speed spends about SHARE of its time on this whatever the
network and data (measured in bench.insight).
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass

import numpy as np

from .health import Measured, per_point
from .history import History
from .network import Network
from .snapshot import parameter_views

QUANTILES = (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0)
KINDS = ("activations", "gradients", "weights")
PER_LAYER = len(KINDS) * len(QUANTILES) + 1  # numbers per layer in a row: the quantiles, then the update ratio
SHARE = 0.02  # of a playing run's time at most (the stride doubles past it)
MAX_STRIDE = 2**20


@dataclass(frozen=True)
class LayerHistory:
    activations: np.ndarray  # (records, len(QUANTILES)), a column per quantile
    gradients: np.ndarray
    weights: np.ndarray
    update_ratio: np.ndarray  # (records,)


@dataclass(frozen=True)
class HealthHistory:
    epochs: np.ndarray  # (records,), increasing
    layers: tuple[LayerHistory, ...]
    quantiles: tuple[float, ...] = QUANTILES


def health_row(net: Network, X: np.ndarray, T: np.ndarray, loss: str, previous: np.ndarray | None) -> np.ndarray:
    """One record of `net` on the training data (X (n, d), T (k, n) as `core.health` takes them):
    PER_LAYER numbers per layer; `previous` are the last epoch's parameters (laid out as `net.params`) or None."""
    with np.errstate(all="ignore"):
        _, As, deltas = per_point(net, X, T, loss)
        before = None if previous is None else parameter_views(previous, net.sizes)[0]
        out = np.empty((len(As), PER_LAYER))
        k = len(QUANTILES)
        for l, (A, D, W) in enumerate(zip(As, deltas, net.weights, strict=True)):
            for i, values in enumerate((A, D, W)):
                out[l, i * k : (i + 1) * k] = quantiles(values)
            norm = float(np.sqrt(np.vdot(W, W)))
            out[l, -1] = np.nan if before is None or norm == 0 else float(np.linalg.norm(W - before[l])) / norm
    return out.reshape(-1)


@functools.lru_cache(maxsize=64)
def _positions(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Where QUANTILES fall among n sorted values: the indices below and above, the weight and which of numpy's
    two lerp formulas to use (numpy's own, exact at the ends)."""
    pos = np.array(QUANTILES) * (n - 1)
    lo = np.floor(pos).astype(np.int64)
    t = pos - lo
    return lo, np.minimum(lo + 1, n - 1), t, t >= 0.5


def quantiles(values: np.ndarray) -> np.ndarray:
    """np.quantile(values, QUANTILES) (linear interpolation, over all the values) from one sort: several times
    quicker than np.quantile on these small arrays; all NaN when a value is NaN (as np.quantile)."""
    v = np.sort(values, axis=None)
    if not v.size or np.isnan(v[-1]):
        return np.full(len(QUANTILES), np.nan)
    lo, hi, t, upper = _positions(v.size)
    a, b = v[lo], v[hi]
    d = b - a
    return np.where(upper, b - d * (1 - t), a + d * t)


def record(trainer: Measured) -> None:
    """Record the trainer's epoch if the cadence says so (called by the trainer when it records an epoch)."""
    sparse = trainer.history.sparse
    epoch = trainer.epoch
    if epoch % sparse.stride or trainer.n_train == 0:
        return
    start = time.perf_counter()
    M = trainer.data_matrices["train"]
    d = len(trainer.experiment.features)
    cp = trainer.history.checkpoints.get(epoch - 1)
    row = health_row(trainer.network, M[:d].T, M[d + 1 :], trainer.head.loss, None if cp is None else cp.params)
    sparse.add(epoch, row)
    end = time.perf_counter()
    if sparse.mark is not None and sparse.mark[0] < epoch:
        # the run's time since the last record, this one's included; a pause only makes it longer (never doubles)
        if end - start > SHARE * (end - sparse.mark[1]) and sparse.stride < MAX_STRIDE:
            sparse.stride *= 2
    sparse.mark = (epoch, end)


def unpack(epochs: np.ndarray, rows: np.ndarray) -> HealthHistory:
    """The records as arrays per layer (rows (records, layers * PER_LAYER), as `History.sparse.arrays` gives)."""
    m = len(epochs)
    layers = rows.shape[1] // PER_LAYER if m else 0
    cube = rows.reshape(m, layers, PER_LAYER)
    k = len(QUANTILES)
    return HealthHistory(
        np.asarray(epochs, dtype=np.float64),
        tuple(
            LayerHistory(*(cube[:, l, i * k : (i + 1) * k].copy() for i in range(len(KINDS))), cube[:, l, -1].copy())
            for l in range(layers)
        ),
    )


def of_history(history: History) -> HealthHistory:
    return unpack(*history.sparse.arrays())


def trainer_health_history(trainer: Measured) -> HealthHistory:
    """The run's recorded layer health (module-level, for `TrainingController.call`)."""
    return of_history(trainer.history)
