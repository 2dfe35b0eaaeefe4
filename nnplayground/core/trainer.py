"""One experiment's network, optimizer and data, trained epoch by epoch: the lean step the app runs.

Data are stored feature-major in one matrix, rows = input features, a row of ones, then the targets. An epoch
shuffles that matrix once into a second buffer with `np.take(..., out=...)`; every mini-batch is a view of it made
when the data change, so a step is only the network's forward/backward pass and one optimizer update.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import dropout, health_history, initializers, schedules, settings, stopping
from . import features as feats
from .experiment import Experiment
from .history import DEFAULT_BUDGET, DEFAULT_ROWS, Checkpoint, History
from .network import Network, Workspace, targets
from .optimizers import Optimizer
from .points import PointSet
from .snapshot import GridEvaluator, Reason, Snapshot, parameter_views, readonly
from .workspace import train_steps

# Settings that only change how the next step is taken (the table's live ones); everything else rebuilds the network.
LIVE_SETTINGS = settings.live_fields()

# Divergence. A loss that overflows (infinite or NaN weights or loss) has diverged, and so has one that is finite
# but has exploded: more than EXPLODED times the run's starting loss. The start is the reference because it is
# what a network that has learnt nothing scores, so it says what size of loss is normal for these data and this
# loss, whatever their units; the run's best would not do (a run at 1e-5 has ordinary spikes to 1e-2). Measured
# (300 epochs each, the default network): ordinary and even wild training stays far below the bar: SGD at 0.3-1
# and Adam at 0.03 on spiral, circle, xor, gauss, plane and multigauss peak at 3.2 times the start, SGD at 10 on
# the spiral at 15, momentum at 10 at 95, one ReLU spike (SGD at 10, spiral) at 292 before recovering; whereas an
# explosion grows by orders of magnitude an epoch (the plane at a learning rate of 1: 0.64, then 8.6e+99) and
# passes 10^4 at once. The rule needs no growth factor between epochs: noisy runs at a loss near 1e-4 jump by 100
# times from one epoch to the next. Restored is the last checkpointed epoch whose loss was finite and no higher
# than the start: weights worse than the untrained network's are not "good", and in an explosion's run-up every
# epoch already is.
EXPLODED = 1e4
LOSS_FLOOR = 1e-3  # the reference is at least this, so a start that fits by chance (loss ~ 0) trips nothing


@dataclass(frozen=True)
class Head:
    """The output layer and loss the problem calls for."""

    output: str
    loss: str
    width: int
    num_classes: int  # 0 for regression


def head_for(experiment: Experiment, points: PointSet) -> Head:
    if experiment.problem == "regression" or points.regression:
        return Head("linear", "mse", 1, 0)
    k = max(2, int(points.num_classes) if len(points) else 2, experiment.data.classes)
    if experiment.loss == "mse":  # the article's network: sigmoid outputs, squared error
        return Head("sigmoid", "mse", 1 if k == 2 else k, k)
    return Head("sigmoid", "bce", 1, 2) if k == 2 else Head("softmax", "cross_entropy", k, k)


def rebuilds(before: Experiment, before_points: PointSet, after: Experiment, after_points: PointSet) -> bool:
    """Whether going from one experiment and its points to another builds a new network (new weights, epoch 0):
    a changed setting that the settings table says rebuilds, or an output layer the data now call for (a new class,
    classification <-> regression). Everything else goes on training the same network."""
    changed = {k for k in after.to_dict() if getattr(before, k) != getattr(after, k)}
    return bool(changed - set(LIVE_SETTINGS)) or head_for(after, after_points) != head_for(before, before_points)


@dataclass(frozen=True)
class Evaluation:
    train_loss: float
    test_loss: float
    train_accuracy: float | None
    test_accuracy: float | None


class Trainer:
    def __init__(
        self,
        experiment: Experiment,
        points: PointSet,
        history_budget: int | None = None,
        history_rows: int | None = None,
    ) -> None:
        self.experiment = experiment
        self.points = points
        self.history = History(
            DEFAULT_BUDGET if history_budget is None else history_budget,
            DEFAULT_ROWS if history_rows is None else history_rows,
        )
        self.message = ""  # the last thing the user must be told (divergence ...)
        self._grid: GridEvaluator | None = None
        self._dropout: dropout.Steps | None = None  # the steps with dropout, made for the current batches
        self._build()

    # ---- building ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        e = self.experiment
        self.head = head_for(e, self.points)
        sizes = [len(e.features), *e.hidden, self.head.width]
        self.network = Network(sizes, list(e.activations), self.head.output, e.init, e.seed)
        self.optimizer = self._make_optimizer()
        self._grid = None
        self._load_data()
        self.reset()

    def _make_optimizer(self) -> Optimizer:
        e = self.experiment
        return Optimizer(e.optimizer, e.lr, momentum=e.momentum, nesterov=e.nesterov, betas=(e.beta1, e.beta2))

    def _load_data(self) -> None:
        """Feature-major train and test matrices, the shuffle buffer and one view per mini-batch."""
        e, ps, h = self.experiment, self.points, self.head
        d = len(e.features)
        test = ps.test_mask(e.data.train_ratio) if len(ps) else np.zeros(0, bool)
        self.data_matrices: dict[str, np.ndarray] = {}
        for side, mask in (("train", ~test), ("test", test)):
            xy, target = np.asarray(ps.xy)[mask], np.asarray(ps.target)[mask]
            n = len(xy)
            M = np.ones((d + 1 + h.width, n))
            if n:
                M[:d] = feats.transform(xy, e.features).T
                y = target.astype(np.int64) if h.loss == "cross_entropy" else target
                if h.num_classes > 2 and h.loss == "mse":  # one-hot targets for the squared error
                    M[d + 1 :] = np.eye(h.width)[target.astype(np.int64)].T
                else:
                    M[d + 1 :] = targets(y, h.loss, h.width, n)
            self.data_matrices[side] = M
        self.n_train = self.data_matrices["train"].shape[1]
        self._shuffled = np.empty_like(self.data_matrices["train"])
        self._eval_ws = {
            side: Workspace(self.network, M.shape[1], backward=False) for side, M in self.data_matrices.items()
        }
        self._plan_batches()

    def _plan_batches(self) -> None:
        n, d1 = self.n_train, len(self.experiment.features) + 1
        b = max(1, min(self.experiment.batch_size, n)) if n else 1
        spaces = {b: Workspace(self.network, b)}
        self.batches = []
        for i in range(0, n, b):
            size = min(b, n - i)
            if size not in spaces:
                spaces[size] = Workspace(self.network, size)
            view = self._shuffled[:, i : i + size]
            self.batches.append((spaces[size], view[:d1], view[d1:]))
        self._last_ws = spaces[b]
        self._spaces = spaces

    # ---- commands ------------------------------------------------------------------------------------------------
    def reset(self) -> None:
        """New weights from the experiment's seed (the same seed always gives the same start), epoch 0."""
        e = self.experiment
        initializers.initialize(self.network, e.init, e.seed, e.init_scale)  # (pieces: the init's scale)
        self.optimizer.reset()
        self.rng = np.random.default_rng([self.experiment.seed, 1])
        self.epoch = 0
        self.batch_index = 0  # next mini-batch within the current epoch
        self.message = ""
        self._last_ws.grad[...] = 0.0  # no step has been taken from these weights
        self.history.clear()
        self._record()

    def set_experiment(self, experiment: Experiment) -> bool:
        """Apply changed settings. Learning rate, optimizer and penalty apply on the next step; a change of shape,
        activations, features, loss, init or seed rebuilds the network. Returns True if it was rebuilt."""
        old, self.experiment = self.experiment, experiment
        changed = {k for k in experiment.to_dict() if getattr(old, k) != getattr(experiment, k)}
        if rebuilds(old, self.points, experiment, self.points) or head_for(experiment, self.points) != self.head:
            self._build()
            return True
        if "optimizer" in changed:  # a new kind starts afresh; a new coefficient keeps the running averages
            self.optimizer = self._make_optimizer()
        self.optimizer.lr = schedules.rate_at(experiment, self.epoch)  # (pieces: this epoch's rate)
        self.optimizer.momentum, self.optimizer.nesterov = experiment.momentum, experiment.nesterov
        self.optimizer.betas = (experiment.beta1, experiment.beta2)  # (pieces)
        if "data" in changed or "batch_size" in changed:
            self._load_data()
            self.batch_index = 0
        return False

    def set_points(self, points: PointSet) -> bool:
        """New data. The network keeps learning unless the output layer must change (a new class, or a switch
        between classification and regression). Returns True if it was rebuilt."""
        self.points = points
        if head_for(self.experiment, points) != self.head:
            self._build()
            return True
        self._load_data()
        self.batch_index = 0
        return False

    def step_batch(self) -> None:
        """One optimizer step on the next mini-batch; finishing the epoch records it."""
        self.step_batches(1)

    def step_epoch(self) -> None:
        """The rest of the current epoch (a whole one when at its start), then evaluate and record it."""
        self.step_batches(len(self.batches) or 1)

    def step_batches(self, count: int) -> bool:
        """Up to `count` mini-batches, stopping at the end of the epoch (which is then evaluated and recorded).
        Returns True when an epoch ended. Lets a caller train in slices it can interrupt."""
        if not self.batches:
            self.message = stopping.NO_POINTS
            return False
        if self.batch_index == 0:
            self._shuffle()
            self.optimizer.lr = schedules.rate_at(self.experiment, self.epoch)  # (pieces: the schedule, per epoch)
        stop = min(len(self.batches), self.batch_index + max(1, count))
        with np.errstate(all="ignore"):
            self._run_batches(self.batch_index, stop)
        self.batch_index = stop
        if stop == len(self.batches):
            self._finish_epoch()
            return True
        return False

    def run(self, epochs: int) -> None:
        """`epochs` epochs, stopping early if training diverges (see `message`)."""
        self.message = ""
        for _ in range(epochs):
            self.step_epoch()
            if self.message:
                break

    def rewind(self, epoch: int) -> int:
        """Go back to the recorded epoch nearest at or before `epoch`, with its optimizer state and shuffling
        generator, so that training from there retraces the same path. Later records are dropped.
        Returns the epoch actually restored."""
        cp = self.history.checkpoint_at_or_before(int(epoch))
        if cp is None:
            raise ValueError(f"no recorded epoch at or before {epoch}")
        self._restore(cp)
        self.history.truncate_after(cp.epoch)
        self.message = ""
        return cp.epoch

    # ---- the hot loop --------------------------------------------------------------------------------------------
    def _shuffle(self) -> None:
        perm = self.rng.permutation(self.n_train)
        np.take(self.data_matrices["train"], perm, axis=1, out=self._shuffled)

    def _run_batches(self, start: int, stop: int) -> None:
        opt, e, params = self.optimizer, self.experiment, self.network.params
        state = opt.state.setdefault(0, {})
        if e.dropout:  # (pieces: inverted dropout on the hidden layers, on the bound step: see core/dropout.py)
            if self._dropout is None or self._dropout.batches is not self.batches:
                self._dropout = dropout.Steps(self.batches, self.network, self.head.loss)
            self._dropout.run(self.rng, e.dropout, start, stop, e.l1, e.l2, opt.update_one, state, params)
        else:
            train_steps(self.batches[start:stop], self._spaces.values(), self.head.loss, e.l1, e.l2, opt.update_one,
                        state, params)  # fmt: skip
        self._last_ws = self.batches[stop - 1][0]

    def _finish_epoch(self) -> None:
        self.batch_index = 0
        self.epoch += 1
        ev = self.evaluate()
        reference = self._reference_loss()
        if not np.isfinite(self.network.params).all() or not np.isfinite(ev.train_loss):
            self._diverged(stopping.INFINITE, reference)
        elif reference is not None and ev.train_loss > EXPLODED * reference:
            self._diverged(stopping.exploded(ev.train_loss), reference)
        else:
            self._record(ev)
            stopping.apply(self)  # (pieces: the stop rules may pause the run, see core/stopping.py)

    def _reference_loss(self) -> float | None:
        """The run's starting loss (its first record), the yardstick of an explosion; None if unknown."""
        start = self.history.column("train_loss")[:1]
        return max(float(start[0]), LOSS_FLOOR) if len(start) and np.isfinite(start[0]) else None

    def _diverged(self, what: str, reference: float | None) -> None:
        """Go back to the last sane epoch, drop the records after it and say so (see EXPLODED)."""
        failed = self.epoch
        good = self._last_sane_checkpoint(reference)
        self._restore(good)
        self.history.truncate_after(good.epoch)
        row = self.history.at(good.epoch)
        self.message = stopping.diverged(failed, what, good.epoch, row["train_loss"] if row else None)

    def _last_sane_checkpoint(self, reference: float | None) -> Checkpoint:
        """The latest checkpoint whose recorded loss is finite and, with a reference, no higher than it; else the
        earliest one (the start of the run)."""
        epochs = self.history.checkpoint_epochs
        for epoch in epochs[::-1]:
            row = self.history.at(int(epoch))
            loss = np.nan if row is None else row["train_loss"]
            if np.isfinite(loss) and (reference is None or loss <= reference):
                return self.history.checkpoints[int(epoch)]
        return self.history.checkpoints[int(epochs[0])]

    def _record(self, ev: Evaluation | None = None) -> None:
        ev = ev or self.evaluate()
        acc = (
            np.nan if ev.train_accuracy is None else ev.train_accuracy,
            np.nan if ev.test_accuracy is None else ev.test_accuracy,
        )
        cp = Checkpoint(
            self.epoch,
            self.network.params.copy(),
            self.optimizer.state_dict(),
            self.rng.bit_generator.state,
        )
        self.history.record(self.epoch, (ev.train_loss, ev.test_loss, *acc), cp)
        health_history.record(self)  # (the layers' health over epochs, at a cadence that keeps its cost small)

    def _restore(self, cp: Checkpoint) -> None:
        self.network.params[...] = cp.params
        self.optimizer.load_state_dict(cp.optimizer_state)
        self.rng.bit_generator.state = cp.rng_state
        self.epoch = cp.epoch
        self.batch_index = 0
        self._last_ws.grad[...] = 0.0

    # ---- reading -------------------------------------------------------------------------------------------------
    def evaluate(self) -> Evaluation:
        """Data loss (without the penalty) and accuracy on the training and the test points."""
        res = []
        with np.errstate(all="ignore"):
            for side in ("train", "test"):
                M, ws = self.data_matrices[side], self._eval_ws[side]
                if M.shape[1] == 0:
                    res.append((float("nan"), None))
                    continue
                d1 = len(self.experiment.features) + 1
                ws.forward(M[:d1])
                T = M[d1:]
                res.append((ws.loss_value(T, self.head.loss), self._accuracy(ws.out, T)))
        (tl, ta), (vl, va) = res
        if self.head.num_classes == 0:
            ta = va = None
        return Evaluation(tl, vl, ta, va)

    def _accuracy(self, out: np.ndarray, T: np.ndarray) -> float | None:
        if self.head.num_classes == 0:
            return None
        if out.shape[0] == 1:
            return float(((out[0] > 0.5) == (T[0] > 0.5)).mean())
        return float((out.argmax(axis=0) == T.argmax(axis=0)).mean())

    def snapshot(
        self,
        grid: int = 100,
        neuron_grid: int = 32,
        reason: Reason | str = Reason.OTHER,
        eps: float = 0.0,
        at_epoch: int | None = None,
        neurons: bool = True,
    ) -> Snapshot:
        """An immutable picture of the run now, with the model's output over the data square (and each neuron's,
        unless `neurons` is False). `reason` is a Reason or its word ("step"); an unknown word raises ValueError."""
        reason = Reason(reason)
        if self._grid is None or (self._grid.grid, self._grid.neuron_grid) != (grid, neuron_grid):
            self._grid = GridEvaluator(self.network, self.experiment.features, grid, neuron_grid)
        last = (self.history.last() if at_epoch is None else self.history.at(at_epoch)) or {}
        params = readonly(self.network.params.copy())
        grad = readonly(self._last_ws.grad.copy())
        net = self.network
        with np.errstate(all="ignore"):
            output_grid, neuron_grids = self._grid.evaluate(neurons)
        ta, va = last.get("train_accuracy", np.nan), last.get("test_accuracy", np.nan)
        return Snapshot(
            epoch=self.epoch,
            batch=self.batch_index if at_epoch is None else 0,  # a recorded epoch is a whole one
            batches=len(self.batches),
            train_loss=last.get("train_loss", np.nan),
            test_loss=last.get("test_loss", np.nan),
            train_accuracy=None if self.head.num_classes == 0 else ta,
            test_accuracy=None if self.head.num_classes == 0 else va,
            sizes=net.sizes,
            activations=net.layer_activations,
            loss=self.head.loss,
            features=tuple(self.experiment.features),
            params=params,
            bias_grads=parameter_views(grad, net.sizes)[1],
            output_grid=output_grid,
            neuron_grids=neuron_grids,
            curve_epochs=self.history.column("epoch"),
            curve_train=self.history.column("train_loss"),
            curve_test=self.history.column("test_loss"),
            num_classes=self.head.num_classes,
            reason=reason,
            message=self.message,
            epochs_per_second=eps,
            history_epochs=self.history.checkpoint_epochs,
            dropped=dropout.last_dropped(self._last_ws) if self.experiment.dropout else (),  # (pieces)
        )

    def preview(self, epoch: int, grid: int = 100, neuron_grid: int = 32) -> Snapshot:
        """A snapshot of the recorded epoch nearest at or before `epoch`, leaving the run as it is."""
        cp = self.history.checkpoint_at_or_before(int(epoch))
        if cp is None:
            raise ValueError(f"no recorded epoch at or before {epoch}")
        saved = self.network.params.copy()
        saved_epoch = self.epoch
        try:
            self.network.params[...] = cp.params
            self.epoch = cp.epoch
            return self.snapshot(grid, neuron_grid, reason=Reason.PREVIEW, at_epoch=cp.epoch)
        finally:
            self.network.params[...] = saved
            self.epoch = saved_epoch

    def set_parameter(self, layer: int, row: int | None, col: int, value: float) -> None:
        """Set one weight (row = source neuron, col = target neuron) or, with row None, one bias."""
        if not np.isfinite(value):
            raise ValueError("a weight must be a finite number")
        if row is None:
            self.network.biases[layer][col] = value
        else:
            self.network.weights[layer][row, col] = value
