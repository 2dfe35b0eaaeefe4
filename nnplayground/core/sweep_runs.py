"""One run of a sweep trained to its epoch count, and what a sweep found: each run's final numbers and curves, and
the best run. Plain functions on a `core.trainer.Trainer`, usable in any process (`training.sweeper` runs them side
by side); a run trained here is the very run `Trainer(experiment, points).run(epochs)` trains, bit for bit.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .experiment import Experiment
from .history import History
from .numbers import loss_text, percent_text
from .points import PointSet
from .session import Session, session_from_trainer
from .sweep import Plan
from .trainer import Trainer

SLICE = 32  # mini-batches between looks at the stop flag and the clock (as `nnplayground train`)
REPORT_EVERY = 0.25  # seconds between progress reports of one run


@dataclass(frozen=True)
class Job:
    """One run to train: the sweep's `index`-th value."""

    index: int
    name: str
    value: Any  # the swept setting's value
    experiment: Experiment
    points: PointSet
    epochs: int
    keep_state: bool = False  # send back the whole run (weights, history, checkpoints), to keep it as a run


@dataclass(frozen=True)
class Progress:
    """How far one run is: sent now and then while it trains, and once when it ends."""

    index: int
    epoch: int
    epochs: int
    train_loss: float
    done: bool = False


@dataclass(frozen=True)
class RunResult:
    index: int
    name: str
    value: Any
    experiment: Experiment
    epoch: int  # reached: the epochs asked for, fewer when it diverged or was stopped
    train_loss: float
    test_loss: float
    train_accuracy: float | None  # None for regression
    test_accuracy: float | None
    history: dict[str, np.ndarray]  # History.COLUMNS: the loss curve, one row per recorded epoch
    message: str = ""  # why it ended early: it diverged, or had no training points
    stopped: bool = False  # asked to stop before its epochs
    seconds: float = 0.0
    session: Session | None = None  # the whole run, when the job asked to keep it

    @property
    def score(self) -> float:
        """What "best" compares, lower is better: the final test loss, or the training loss without test points;
        infinite for a run that diverged or has no number."""
        loss = self.test_loss if math.isfinite(self.test_loss) else self.train_loss
        return loss if math.isfinite(loss) and not self.message else math.inf


def jobs(p: Plan, keep_state: bool = False) -> list[Job]:
    return [
        Job(i, name, v, e, p.points, p.epochs, keep_state)
        for i, (name, v, e) in enumerate(zip(p.names, p.values, p.experiments, strict=True))
    ]


def train_job(
    job: Job,
    report: Callable[[Progress], None] = lambda _p: None,
    stop: Callable[[], bool] = lambda: False,
) -> RunResult:
    """Train one run to its epochs (or until it diverges, or `stop()` says so: then back to its last whole epoch,
    as `train` does), reporting progress every REPORT_EVERY seconds and at the end."""
    began = time.perf_counter()
    t = Trainer(job.experiment, job.points)
    t.message = ""
    next_report, stopped = began, False
    while t.epoch < job.epochs:
        t.step_batches(SLICE)
        if t.message:
            break
        if stop():
            stopped = True
            break
        now = time.perf_counter()
        if now >= next_report:
            next_report = now + REPORT_EVERY
            report(Progress(job.index, t.epoch, job.epochs, _last(t, "train_loss")))
    if t.batch_index:
        t.rewind(t.epoch)  # an unfinished epoch is dropped: the newest checkpoint is the last whole one
    report(Progress(job.index, t.epoch, job.epochs, _last(t, "train_loss"), done=True))
    return result_of(job, t, time.perf_counter() - began, stopped)


def _last(t: Trainer, column: str) -> float:
    row = t.history.last() or {}
    return float(row.get(column, math.nan))


def result_of(job: Job, t: Trainer, seconds: float = 0.0, stopped: bool = False) -> RunResult:
    """A trained run's numbers (the accuracy None for regression)."""
    classes = t.head.num_classes > 0
    return RunResult(
        index=job.index,
        name=job.name,
        value=job.value,
        experiment=t.experiment,
        epoch=int(t.epoch),
        train_loss=_last(t, "train_loss"),
        test_loss=_last(t, "test_loss"),
        train_accuracy=_last(t, "train_accuracy") if classes else None,
        test_accuracy=_last(t, "test_accuracy") if classes else None,
        history={c: np.array(t.history.column(c)) for c in History.COLUMNS},
        message=t.message,
        stopped=stopped,
        seconds=seconds,
        session=session_from_trainer(t) if job.keep_state else None,
    )


@dataclass(frozen=True)
class SweepResult:
    """Every run of a sweep, in the order of its values."""

    plan: Plan
    runs: tuple[RunResult, ...]
    stopped: bool = False  # stopped before every run reached its epochs
    seconds: float = 0.0

    @property
    def best(self) -> int | None:
        """The index of the best run (the lowest `score`; the first of equals), None if none has a number."""
        scores = [r.score for r in self.runs]
        finite = [i for i, s in enumerate(scores) if math.isfinite(s)]
        return min(finite, key=lambda i: scores[i]) if finite else None

    def table(self) -> list[dict[str, Any]]:
        """One row per run, as the CSV writes it: the value, the final numbers, whether it is the best."""
        best = self.best
        rows = []
        for r in self.runs:
            rows.append(
                {
                    self.plan.axis.name: self.plan.axis.show(r.value),
                    "run": r.name,
                    "epochs": r.epoch,
                    "train_loss": r.train_loss,
                    "test_loss": r.test_loss,
                    "train_accuracy": r.train_accuracy,
                    "test_accuracy": r.test_accuracy,
                    "best": r.index == best,
                    "note": r.message,
                }
            )
        return rows


def summary_text(r: RunResult) -> str:
    """ "test loss 0.1234  test accuracy 93.0%", or why the run ended early: what a run's caption says."""
    if r.message:
        return f"diverged at epoch {r.epoch}" if "diverged" in r.message else r.message
    parts = [f"test loss {loss_text(r.test_loss)}" if math.isfinite(r.test_loss) else f"loss {loss_text(r.train_loss)}"]
    if r.test_accuracy is not None and math.isfinite(r.test_accuracy):
        parts.append(f"test accuracy {percent_text(r.test_accuracy)}")
    if r.stopped:
        parts.append(f"stopped at epoch {r.epoch}")
    return "  ".join(parts)
