"""The messages between the window's process and the training process: one small frozen record for each.

Commands go down one pipe to the run (`runner.py`), replies come up the other to the relay (`controller.py`).
Every message is a picklable dataclass, and each side dispatches by the message's type, so a message the other
side does not know is an error it can report, never a method looked up by name.

A snapshot crosses as a `SnapshotReply`: the picture whole, but the loss curve only as the rows the window lacks
(`CurveRows`) and the timeline only when it changed; the relay keeps the rest and turns each reply back into a
whole `Snapshot`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import numpy as np

from ..core.snapshot import Reason, Snapshot

if TYPE_CHECKING:
    from ..core.experiment import Experiment
    from ..core.points import PointSet
    from ..core.session import Session
    from ..core.trainer import Trainer


# ---- commands (window -> run) -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Ack:
    """The window has drawn one play snapshot: the run may send one more."""


@dataclass(frozen=True)
class Play:
    pass


@dataclass(frozen=True)
class Pause:
    pass


@dataclass(frozen=True)
class StepEpoch:
    """The rest of the current epoch (a whole one at its start)."""


@dataclass(frozen=True)
class StepBatch:
    pass


@dataclass(frozen=True)
class StepPoint:
    """One optimizer step on one training point alone (`core.step_trace.step_on_point`)."""

    index: int


@dataclass(frozen=True)
class Reset:
    pass


@dataclass(frozen=True)
class Rewind:
    epoch: int


@dataclass(frozen=True)
class Preview:
    """A snapshot of a recorded epoch, leaving the run as it is."""

    epoch: int


@dataclass(frozen=True)
class SetSpeed:
    epochs_per_second: float | None  # None: as fast as possible


@dataclass(frozen=True)
class SetExperiment:
    experiment: Experiment


@dataclass(frozen=True, eq=False)
class SetPoints:
    points: PointSet


@dataclass(frozen=True)
class SetParameter:
    """One weight (row = source neuron, col = target neuron) or, with row None, one bias."""

    layer: int
    row: int | None
    col: int
    value: float


@dataclass(frozen=True)
class RequestSnapshot:
    pass


@dataclass(frozen=True, eq=False)
class LoadSession:
    """Replace the run with a saved one: built once, paused, and shown by one snapshot (reason SESSION)."""

    session: Session


@dataclass(frozen=True, eq=False)
class Call:
    """Run `fn(trainer)` between two slices of training; answered by a `CallResult` with the same id."""

    call_id: int
    fn: Callable[[Trainer], Any]  # picklable: a module-level function


@dataclass(frozen=True)
class Quit:
    pass


Command = (
    Ack
    | Play
    | Pause
    | StepEpoch
    | StepBatch
    | StepPoint
    | Reset
    | Rewind
    | Preview
    | SetSpeed
    | SetExperiment
    | SetPoints
    | SetParameter
    | RequestSnapshot
    | LoadSession
    | Call
    | Quit
)


# ---- replies (run -> window) ------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class CurveRows:
    """The loss-curve rows a snapshot adds: the window keeps its first `start` rows and appends these (all rows,
    from 0, after a reset, a rewind, a thinned history or a new run)."""

    start: int
    epochs: np.ndarray
    train: np.ndarray
    test: np.ndarray


@dataclass(frozen=True, eq=False)
class SnapshotReply:
    """A `Snapshot` as it crosses the pipe: every field of the picture, with the loss curve as `curve` (the rows
    the window lacks) and the timeline's epochs as `timeline` (None: unchanged since the last reply)."""

    epoch: int
    train_loss: float
    test_loss: float
    train_accuracy: float | None
    test_accuracy: float | None
    sizes: tuple[int, ...]
    activations: tuple[str, ...]
    loss: str
    features: tuple[str, ...]
    params: np.ndarray
    bias_grads: tuple[np.ndarray, ...]
    output_grid: np.ndarray
    neuron_grids: tuple[np.ndarray, ...] | None  # None: the last reply's still stand (a play frame between)
    num_classes: int
    reason: Reason
    message: str
    epochs_per_second: float
    batch: int
    batches: int
    dropped: tuple[np.ndarray, ...]  # (dropout: the neurons the last step dropped)
    curve: CurveRows
    timeline: np.ndarray | None

    @classmethod
    def of(cls, snap: Snapshot, curve: CurveRows, timeline: np.ndarray | None, neurons: bool = True) -> SnapshotReply:
        """The reply for `snap`; without `neurons`, its neuron grids are left out (None)."""
        picture = {name: getattr(snap, name) for name in PICTURE_FIELDS}
        if not neurons:
            picture["neuron_grids"] = None
        return cls(**picture, curve=curve, timeline=timeline)

    def snapshot(
        self, curve_epochs: np.ndarray, curve_train: np.ndarray, curve_test: np.ndarray, history_epochs: np.ndarray
    ) -> Snapshot:
        """The whole snapshot, given the whole curve and timeline (which the relay keeps)."""
        return Snapshot(
            **{name: getattr(self, name) for name in PICTURE_FIELDS},
            curve_epochs=curve_epochs,
            curve_train=curve_train,
            curve_test=curve_test,
            history_epochs=history_epochs,
        )


# The fields a reply carries as they are; the relay makes Snapshot's other fields from `curve` and `timeline`.
PICTURE_FIELDS = tuple(f.name for f in fields(SnapshotReply) if f.name not in ("curve", "timeline"))


@dataclass(frozen=True)
class Playing:
    on: bool


@dataclass(frozen=True)
class Error:
    """A command failed (or could not be read); the run goes on."""

    text: str


@dataclass(frozen=True)
class Diverged:
    text: str


@dataclass(frozen=True, eq=False)
class CallResult:
    call_id: int
    ok: bool
    value: Any  # fn's result, or (ok False) the exception it raised


Reply = SnapshotReply | Playing | Error | Diverged | CallResult
