"""The entries of the settings table (`settings.TABLE`) for how a run starts, how its learning rate moves and when
it stops: the initialisation and its scale, Adam's betas, the learning-rate schedule, the stop rules. They are
written here only to keep `settings.py` short; `settings.TABLE` is still the one table every reader uses.

A stop rule or a schedule parameter of 0 means "off" where the help says so: one number per rule keeps each
rule one control in the window and one option on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from . import initializers, schedules
from .setting import Setting

MAX_EPOCH_SETTING = 1_000_000  # the largest epoch count a schedule or stop rule takes (a spin box holds it)

INIT_ENTRIES = (
    Setting(
        "init", "Initialization", str, "auto", "network",
        "Initialization: how the first weights are drawn. Auto picks He for the ReLU family and Xavier for the "
        "others. Reset draws the same start again from the seed.",
        choices=initializers.INITS, choice_labels=initializers.LABELS, choice_help=initializers.HELP,
        option="--init", option_help="how the first weights are drawn (zeros: the neurons of a layer stay copies)",
    ),
    Setting(
        "init_scale", "Initial scale", float, 1.0, "network",
        "Initial scale: every first weight (not the biases) is multiplied by this. Below 1 a deep network starts "
        "nearly linear and its signals fade; above 1 tanh and sigmoid neurons start saturated.",
        lo=0.0, hi=100.0, lo_open=True, presets=(0.1, 0.3, 0.5, 1.0, 2.0, 3.0, 10.0),
        option="--init-scale", option_help="multiplier of the first weights", metavar="S",
    ),
)  # fmt: skip

ADAM_ENTRIES = (
    Setting(
        "beta1", "Adam β₁", float, 0.9, "step",
        "Adam's β₁: how much of the running average of gradients (the momentum) each step keeps.",
        lo=0.0, hi=1.0, hi_open=True, option="--beta1", option_help="Adam's decay of the gradient average",
    ),
    Setting(
        "beta2", "Adam β₂", float, 0.999, "step",
        "Adam's β₂: how much of the running average of squared gradients (the step size's scale) each step keeps.",
        lo=0.0, hi=1.0, hi_open=True, option="--beta2", option_help="Adam's decay of the squared-gradient average",
    ),
)  # fmt: skip

SCHEDULE_ENTRIES = (
    Setting(
        "schedule", "Schedule", str, "constant", "step",
        "Learning-rate schedule: how the rate changes from epoch to epoch (as torch.optim.lr_scheduler). Big "
        "steps early find the valley, small steps late settle in it.",
        choices=schedules.KINDS, choice_labels=schedules.LABELS, choice_help=schedules.HELP,
        option="--schedule", option_help="learning-rate schedule",
    ),
    Setting(
        "lr_step", "Decay every", int, 100, "step",
        "Step decay: the rate is multiplied by the decay factor every this many epochs (StepLR's step_size).",
        lo=1, hi=MAX_EPOCH_SETTING, step=10, unit="epochs",
        option="--lr-step", option_help="epochs between two decays of the step schedule", metavar="N",
    ),
    Setting(
        "lr_gamma", "Decay factor", float, 0.5, "step",
        "Decay factor: what the step schedule multiplies the rate by at each decay (StepLR's gamma).",
        lo=0.0, hi=1.0, lo_open=True, option="--lr-gamma", option_help="factor of each decay of the step schedule",
        metavar="G",
    ),
    Setting(
        "lr_decay", "Decay per epoch", float, 0.99, "step",
        "Exponential decay: the rate is multiplied by this every epoch (ExponentialLR's gamma).",
        lo=0.0, hi=1.0, lo_open=True, option="--lr-decay", option_help="factor per epoch of the exponential schedule",
        metavar="G",
    ),
    Setting(
        "lr_period", "Cosine epochs", int, 500, "step",
        "Cosine annealing: the rate falls along half a cosine from the learning rate to the minimum over this many "
        "epochs, then rises again (CosineAnnealingLR's T_max).",
        lo=1, hi=MAX_EPOCH_SETTING, step=10, unit="epochs",
        option="--lr-period", option_help="epochs of the cosine schedule's fall", metavar="N",
    ),
    Setting(
        "lr_min", "Minimum rate", float, 0.0, "step",
        "Minimum rate: where cosine annealing bottoms out (CosineAnnealingLR's eta_min).",
        lo=0.0, hi=100.0, option="--lr-min", option_help="lowest rate of the cosine schedule", metavar="LR",
    ),
    Setting(
        "warmup", "Warm-up", int, 0, "step",
        "Warm-up: for this many epochs the rate climbs in a straight line from a fraction of the learning rate to "
        "all of it (LinearLR), then the schedule starts. 0: no warm-up.",
        lo=0, hi=MAX_EPOCH_SETTING, step=10, unit="epochs",
        option="--warmup", option_help="epochs of linear warm-up before the schedule", metavar="N",
    ),
    Setting(
        "warmup_factor", "Warm-up start", float, 0.1, "step",
        "Warm-up start: the fraction of the learning rate the warm-up starts from (LinearLR's start_factor).",
        lo=0.0, hi=1.0, lo_open=True, option="--warmup-factor", option_help="share of the rate the warm-up starts at",
        metavar="F",
    ),
)  # fmt: skip

DROPOUT_ENTRIES = (
    Setting(
        "dropout", "Dropout", float, 0.0, "step",
        "Dropout: while training, each hidden neuron is switched off with this probability at every step (the "
        "others scaled up to make up for it), so no neuron can rely on another: it fights over-fitting. The "
        "losses and pictures use the whole network.",
        lo=0.0, hi=0.9, presets=(0.0, 0.1, 0.2, 0.3, 0.5), option="--dropout",
        option_help="share of the hidden neurons dropped at each training step", metavar="P",
    ),
)  # fmt: skip

STOP_ENTRIES = (
    Setting(
        "stop_patience", "Patience", int, 0, "step",
        "Early stopping: pause when the test loss has not improved for this many epochs (the network has started "
        "to memorise the training points). 0: off.",
        lo=0, hi=MAX_EPOCH_SETTING, step=10, unit="epochs",
        option="--patience", option_help="pause after this many epochs without a better test loss; 0 for off",
        metavar="N",
    ),
    Setting(
        "stop_loss", "Target loss", float, 0.0, "step",
        "Target loss: pause once the test loss is at most this. 0: off.",
        lo=0.0, hi=1e6, option="--target-loss", option_help="pause at this test loss; 0 for off", metavar="L",
    ),
    Setting(
        "stop_accuracy", "Target accuracy", float, 0.0, "step",
        "Target accuracy: pause once the test accuracy (a share, 0.95 for 95%) is at least this. 0: off.",
        lo=0.0, hi=1.0, option="--target-accuracy", option_help="pause at this test accuracy (0 to 1); 0 for off",
        metavar="A",
    ),
    Setting(
        "stop_epoch", "Stop at epoch", int, 0, "step",
        "Stop at epoch: pause when this epoch is reached. 0: off.",
        lo=0, hi=MAX_EPOCH_SETTING, step=100, unit="epochs",
        option="--stop-epoch", option_help="pause at this epoch; 0 for off", metavar="N",
    ),
    Setting(
        "stop_restore", "Restore best", bool, False, "step",
        "Restore best: when a stop rule pauses the run, go back to the epoch with the lowest test loss.",
        option="--restore-best", option_help="go back to the best test loss when a stop rule pauses",
    ),
)  # fmt: skip


class _Chosen(Protocol):
    optimizer: str
    schedule: str
    warmup: int
    stop_patience: int
    stop_loss: float
    stop_accuracy: float
    stop_epoch: int


# The settings that only matter with another one's value (the window greys the others out; a value is kept).
_MATTERS: dict[str, Callable[[_Chosen], bool]] = {
    "momentum": lambda e: e.optimizer == "momentum",
    "nesterov": lambda e: e.optimizer == "momentum",
    "beta1": lambda e: e.optimizer == "adam",
    "beta2": lambda e: e.optimizer == "adam",
    "lr_step": lambda e: e.schedule == "step",
    "lr_gamma": lambda e: e.schedule == "step",
    "lr_decay": lambda e: e.schedule == "exponential",
    "lr_period": lambda e: e.schedule == "cosine",
    "lr_min": lambda e: e.schedule == "cosine",
    "warmup_factor": lambda e: e.warmup > 0,
    "stop_restore": lambda e: bool(e.stop_patience or e.stop_loss or e.stop_accuracy or e.stop_epoch),
}


def matters(field: str, e: _Chosen) -> bool:
    """Whether the setting `field` changes anything in the experiment `e` (Adam's betas only with Adam ...)."""
    rule = _MATTERS.get(field)
    return rule is None or rule(e)
