"""One training step taken apart: forward, loss, backward and update, with every number of each move.

The article this app grew from teaches three moves: forward propagation (h = f(W·x + b)), the error sent back with
the activation's derivative (δ = f'(z) ⊙ Wᵀ δ_next), and the update of every parameter by the learning rate times
its gradient. `trace_next_step` records them for the step the run would take next (its next mini-batch) or for one
point of the data, without changing the run; `step_on_point` then takes that one point's step for real.

Both run inside the training process (through `TrainingController.call`), on the trainer's own network, optimizer
state and shuffled data, so the numbers shown are the run's numbers: the gradient is the Workspace's (the same code
the trainer steps with) and the new parameters come from a copy of the run's optimizer, so applying the step
yields exactly them (tested bit for bit).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import activations as acts
from . import losses, schedules
from .network import Network, Workspace
from .optimizers import Optimizer
from .snapshot import parameter_views
from .texts import QT_TRANSLATE_NOOP, Text
from .trainer import Trainer


@dataclass(frozen=True, eq=False)
class StepTrace:
    """Every number of one optimizer step. Arrays are feature-major like the training step: (units, points)."""

    point: int | None  # the data point's index in the PointSet, or None for the run's next mini-batch
    is_test: bool  # a test point: the run never learns from it, so its step is shown but cannot be applied
    epoch: int
    batch: int  # the mini-batch within the epoch (what Step would take next)
    batches: int
    features: tuple[str, ...]
    sizes: tuple[int, ...]  # input features first, output last
    activations: tuple[str, ...]  # every layer after the input, the output's last
    loss: str  # the loss the run minimises: mse, bce or cross_entropy
    classes: int  # 0 for regression
    xy: np.ndarray  # (points, 2) the raw coordinates
    inputs: np.ndarray  # (features, points) the input layer's values
    z: tuple[np.ndarray, ...]  # per layer after the input: the weighted sums W·x + b
    h: tuple[np.ndarray, ...]  # per layer: f(z), the layer's outputs (the last one is the network's output)
    target: np.ndarray  # (outputs, points) what the output should have been (one-hot for classes)
    data_loss: float  # the loss on these points, without the penalty
    penalty: float  # the L1/L2 penalty on the weights
    delta: tuple[np.ndarray, ...]  # per layer: δ = ∂L/∂z, the error backpropagation brings to each neuron
    params: np.ndarray  # the flat parameters before the step
    gradient: np.ndarray  # the flat ∂L/∂parameter, penalty included, as the optimizer receives it
    new_params: np.ndarray  # the flat parameters after the optimizer's update
    optimizer: str
    lr: float
    momentum: float
    nesterov: bool
    l1: float
    l2: float
    dropout: float = 0.0  # the run's dropout: its own steps drop neurons; this one is taken with all of them

    @property
    def count(self) -> int:
        """How many points the step averages over."""
        return int(self.inputs.shape[1])

    @property
    def loss_value(self) -> float:
        return self.data_loss + self.penalty

    def weights(self, which: str = "params") -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Per-layer weight (fan_in, fan_out) and bias views of `params`, `gradient` or `new_params`."""
        return parameter_views(getattr(self, which), self.sizes)


def trace_next_step(trainer: Trainer, point: int | None = None) -> StepTrace:
    """The step `trainer.step_batch()` would take next (`point` None), or a step on one data point alone.
    Leaves the run exactly as it was."""
    inputs, target, is_test = _point_columns(trainer, point) if point is not None else _next_batch(trainer)
    net, head, e = trainer.network, trainer.head, trainer.experiment
    n = inputs.shape[1]
    ws = Workspace(net, n)
    with np.errstate(all="ignore"):
        ws.backward(inputs, target, head.loss, e.l1, e.l2, want_loss=False)
        z = tuple(Z.copy() for Z in ws.Z)
        h = tuple(ws.layer_output(l).copy() for l in range(len(net.blocks)))
        data_loss = ws.loss_value(target, head.loss)
        penalty = losses.penalty(net.weights, e.l1, e.l2)
        delta = _deltas(net, head.loss, z, h, target)
        new_params = net.params.copy()
        opt = _optimizer_copy(trainer.optimizer)
        opt.lr = schedules.rate_at(e, trainer.epoch)  # the rate this epoch's steps take (the schedule's)
        opt.update_one(_state_copy(trainer.optimizer), new_params, ws.grad)
    xy = _xy_of(trainer, point, n)
    return StepTrace(
        point=point,
        is_test=is_test,
        epoch=trainer.epoch,
        batch=trainer.batch_index,
        batches=len(trainer.batches),
        features=tuple(e.features),
        sizes=net.sizes,
        activations=net.layer_activations,
        loss=head.loss,
        classes=head.num_classes,
        xy=xy,
        inputs=np.array(inputs[:-1]),
        z=z,
        h=h,
        target=np.array(target),
        data_loss=float(data_loss),
        penalty=float(penalty),
        delta=delta,
        params=net.params.copy(),
        gradient=ws.grad.copy(),
        new_params=new_params,
        optimizer=trainer.optimizer.kind,
        lr=opt.lr,
        momentum=trainer.optimizer.momentum,
        nesterov=trainer.optimizer.nesterov,
        dropout=e.dropout,
        l1=e.l1,
        l2=e.l2,
    )


def step_on_point(trainer: Trainer, point: int) -> None:
    """One optimizer step on one training point alone (as a mini-batch of one would take it). The epoch and its
    mini-batches are left where they were; a test point is refused (the run never learns from test points)."""
    inputs, target, is_test = _point_columns(trainer, point)
    if is_test:
        raise ValueError(_TEST_POINT)
    e = trainer.experiment
    ws = Workspace(trainer.network, 1)
    with np.errstate(all="ignore"):
        ws.backward(inputs, target, trainer.head.loss, e.l1, e.l2, want_loss=False)
        trainer.optimizer.lr = schedules.rate_at(e, trainer.epoch)  # (as the epoch's steps: the schedule's rate)
        trainer.optimizer.update_one(trainer.optimizer.state.setdefault(0, {}), trainer.network.params, ws.grad)


_TEST_POINT = QT_TRANSLATE_NOOP("core.step_trace", "this is a test point: the network never learns from test points")
_NO_POINTS = QT_TRANSLATE_NOOP("core.step_trace", "there are no training points: draw or generate some data first")
_NO_POINT = QT_TRANSLATE_NOOP("core.step_trace", "there is no point {point}: the data hold {n}")


# ---- where the step's points are ----------------------------------------------------------------------------------
def _next_batch(trainer: Trainer) -> tuple[np.ndarray, np.ndarray, bool]:
    """(inputs with their row of ones, targets) of the mini-batch the next step takes, laid out as the trainer lays
    it out (the same strides, so the same arithmetic). At an epoch's start the trainer shuffles first: the same
    permutation is drawn here from a copy of its generator."""
    if not trainer.batches:
        raise ValueError(_NO_POINTS)
    d1 = len(trainer.experiment.features) + 1
    if trainer.batch_index > 0:
        _, inputs, target = trainer.batches[trainer.batch_index]
        return inputs, target, False
    rng = np.random.Generator(type(trainer.rng.bit_generator)())
    rng.bit_generator.state = trainer.rng.bit_generator.state
    train = trainer.data_matrices["train"]
    shuffled = np.take(train, rng.permutation(train.shape[1]), axis=1)
    size = trainer.batches[0][1].shape[1]
    view = shuffled[:, :size]
    return view[:d1], view[d1:], False


def _point_columns(trainer: Trainer, point: int) -> tuple[np.ndarray, np.ndarray, bool]:
    """The one column of the trainer's data matrices that holds data point `point`."""
    ps = trainer.points
    if not (0 <= point < len(ps)):
        raise ValueError(Text(_NO_POINT, {"point": point, "n": len(ps)}))
    test = ps.test_mask(trainer.experiment.data.train_ratio)
    side = "test" if test[point] else "train"
    column = int(np.count_nonzero(test[:point] == test[point]))
    M = trainer.data_matrices[side][:, column : column + 1]
    d1 = len(trainer.experiment.features) + 1
    return np.ascontiguousarray(M[:d1]), np.ascontiguousarray(M[d1:]), bool(test[point])


def _xy_of(trainer: Trainer, point: int | None, n: int) -> np.ndarray:
    """The raw coordinates of a picked point; NaN for a mini-batch's (the shuffled data keep only the features)."""
    if point is not None:
        return np.asarray(trainer.points.xy)[point : point + 1].astype(np.float64)
    return np.full((n, 2), np.nan)


# ---- the moves --------------------------------------------------------------------------------------------------
def _deltas(
    net: Network, loss: str, z: tuple[np.ndarray, ...], h: tuple[np.ndarray, ...], target: np.ndarray
) -> tuple[np.ndarray, ...]:
    """δ of every layer, from the output back: δ_L from the loss, then δ_l = f'(z_l) ⊙ (W_{l+1}ᵀ δ_{l+1})."""
    L = len(net.blocks)
    out = np.empty_like(z[-1])
    deltas = [losses.output_delta(loss, net.output, z[-1], h[-1], target, out).copy()]
    for l in range(L - 2, -1, -1):
        back = net.blocks[l + 1][:, :-1].T @ deltas[0]
        acts.get(net.hidden_activations[l]).grad_mul(back, z[l], h[l], np.empty_like(back))
        deltas.insert(0, back)
    return tuple(deltas)


def _optimizer_copy(opt: Optimizer) -> Optimizer:
    return Optimizer(
        opt.kind, opt.lr, momentum=opt.momentum, nesterov=opt.nesterov, alpha=opt.alpha, betas=opt.betas, eps=opt.eps
    )


def _state_copy(opt: Optimizer) -> dict:
    """The run's state of its one flat parameter vector (key 0, as the trainer keeps it), copied."""
    return opt.state_dict().get(0, {})
