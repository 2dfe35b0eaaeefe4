"""Learning-rate schedules, per epoch, with the closed forms torch.optim.lr_scheduler documents.

    rate(Schedule("cosine", period=100), lr=0.1, epoch=25)

Epoch 0 is the first epoch trained, and the rate is a function of the epoch alone (no running state), so a run
that is rewound, saved or reopened takes exactly the steps it would have taken:

- constant: lr
- step (StepLR): lr * gamma ** (epoch // step)
- exponential (ExponentialLR): lr * decay ** epoch
- cosine (CosineAnnealingLR): lr_min + (lr - lr_min) * (1 + cos(pi * epoch / period)) / 2 (rising again after
  `period` epochs, as torch's closed form does)
- a warm-up of W epochs first (LinearLR with end_factor 1 and total_iters W, chained as SequentialLR with the
  milestone W): lr * (factor + (1 - factor) * epoch / W) for epoch < W; then the schedule, its epoch counted from W.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

import numpy as np

KINDS = ("constant", "step", "exponential", "cosine")
LABELS = {"constant": "Constant", "step": "Step decay", "exponential": "Exponential", "cosine": "Cosine"}
HELP = {
    "constant": "Constant: the learning rate stays as it is.",
    "step": "Step decay: the rate is multiplied by the decay factor every few epochs (StepLR).",
    "exponential": "Exponential: the rate is multiplied by the decay per epoch every epoch (ExponentialLR).",
    "cosine": "Cosine annealing: the rate glides down half a cosine to the minimum rate (CosineAnnealingLR).",
}


@dataclass(frozen=True)
class Schedule:
    kind: str = "constant"
    step: int = 100  # StepLR's step_size
    gamma: float = 0.5  # StepLR's gamma
    decay: float = 0.99  # ExponentialLR's gamma
    period: int = 500  # CosineAnnealingLR's T_max
    lr_min: float = 0.0  # CosineAnnealingLR's eta_min
    warmup: int = 0  # LinearLR's total_iters (0: no warm-up)
    warmup_factor: float = 0.1  # LinearLR's start_factor

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown schedule {self.kind!r}; choose one of {', '.join(KINDS)}")


class Scheduled(Protocol):
    """An experiment's schedule fields (core.experiment.Experiment has them)."""

    lr: float
    schedule: str
    lr_step: int
    lr_gamma: float
    lr_decay: float
    lr_period: int
    lr_min: float
    warmup: int
    warmup_factor: float


def of(e: Scheduled) -> Schedule:
    """The schedule an experiment describes."""
    return Schedule(e.schedule, e.lr_step, e.lr_gamma, e.lr_decay, e.lr_period, e.lr_min, e.warmup, e.warmup_factor)


def rate(s: Schedule, lr: float, epoch: int) -> float:
    """The learning rate of epoch `epoch` (0 = the first one trained)."""
    epoch = max(0, int(epoch))
    if epoch < s.warmup:
        return lr * (s.warmup_factor + (1.0 - s.warmup_factor) * epoch / s.warmup)
    t = epoch - s.warmup
    if s.kind == "step":
        return lr * s.gamma ** (t // s.step)
    if s.kind == "exponential":
        return lr * s.decay**t
    if s.kind == "cosine":
        return s.lr_min + (lr - s.lr_min) * (1.0 + math.cos(math.pi * t / s.period)) / 2.0
    return lr


def rate_at(e: Scheduled, epoch: int) -> float:
    """The learning rate an experiment trains epoch `epoch` with."""
    return rate(of(e), e.lr, epoch)


def is_constant(e: Scheduled) -> bool:
    return e.schedule == "constant" and e.warmup == 0


def rates(s: Schedule, lr: float, epochs: np.ndarray) -> np.ndarray:
    """`rate` at many epochs at once (for the chart's curve): the same formulas, in NumPy."""
    e = np.maximum(np.asarray(epochs, dtype=np.float64), 0.0)
    e = np.floor(e)
    out = np.empty_like(e)
    warm = e < s.warmup
    if s.warmup:
        out[warm] = lr * (s.warmup_factor + (1.0 - s.warmup_factor) * e[warm] / s.warmup)
    t = e[~warm] - s.warmup
    if s.kind == "step":
        out[~warm] = lr * s.gamma ** np.floor(t / s.step)
    elif s.kind == "exponential":
        out[~warm] = lr * s.decay**t
    elif s.kind == "cosine":
        out[~warm] = s.lr_min + (lr - s.lr_min) * (1.0 + np.cos(np.pi * t / s.period)) / 2.0
    else:
        out[~warm] = lr
    return out
