"""The core Trainer: built from an Experiment, stepped, evaluated, rewound, previewed and pictured in snapshots.

Every training step is checked against the scripting API (`Network.gradients` + `Optimizer.step` on the very
rows of each mini-batch, recomputed from a copy of the trainer's shuffling generator), so these tests pin down
numbers, not only shapes.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from nnplayground.core import Network, Optimizer
from nnplayground.core import features as feats
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.history import Checkpoint
from nnplayground.core.points import PointSet
from nnplayground.core.snapshot import Reason
from nnplayground.core.trainer import Trainer

TOL = 1e-12
PICTURE_ATOL = 1e-6  # the output and neuron grids are float32 pictures


# ---- helpers -------------------------------------------------------------------------------------------------
def make(
    name: str = "gauss",
    n: int = 100,
    *,
    noise: float = 0.0,
    data_seed: int = 0,
    classes: int = 2,
    train_ratio: float = 0.5,
    budget: int | None = None,
    points: PointSet | None = None,
    **settings,
) -> Trainer:
    """A trainer on a generated data set; `settings` are Experiment fields (hidden defaults to one tanh layer of 4)."""
    if points is None:
        points = PointSet.generate(name, n, noise, data_seed, classes)
    spec = DataSpec(name=name, n=n, noise=noise, seed=data_seed, classes=classes, train_ratio=train_ratio)
    settings.setdefault("hidden", (4,))
    settings.setdefault("activations", ("tanh",) * len(settings["hidden"]))
    settings.setdefault("problem", "regression" if points.regression else "classification")
    return Trainer(Experiment(data=spec, **settings), points, history_budget=budget)


def split_arrays(t: Trainer, side: str = "train") -> tuple[np.ndarray, np.ndarray]:
    """Sample-major network inputs and scripting-API targets of the train (or test) points, in the set's order."""
    e, ps = t.experiment, t.points
    test = ps.test_mask(e.data.train_ratio)
    mask = ~test if side == "train" else test
    X = feats.transform(ps.xy[mask], e.features)
    y = np.asarray(ps.target[mask])
    if t.head.loss == "cross_entropy":
        return X, y.astype(np.int64)
    if t.head.loss == "mse" and t.head.width > 1:  # the article's set-up with k classes: one-hot targets
        return X, np.eye(t.head.width)[y.astype(np.int64)]
    return X, y


def copy_rng(t: Trainer) -> np.random.Generator:
    rng = np.random.default_rng()
    rng.bit_generator.state = t.rng.bit_generator.state
    return rng


def next_epoch_batches(t: Trainer) -> list[np.ndarray]:
    """The train-row indices of every mini-batch of the trainer's next epoch (call at the start of an epoch)."""
    assert t.batch_index == 0
    perm = copy_rng(t).permutation(t.n_train)
    b = min(t.experiment.batch_size, t.n_train)
    return [perm[i : i + b] for i in range(0, t.n_train, b)]


def make_optimizer(e: Experiment) -> Optimizer:
    return Optimizer(e.optimizer, e.lr, momentum=e.momentum, nesterov=e.nesterov)


def scripted_epoch(t: Trainer, net: Network, opt: Optimizer) -> None:
    """What the trainer's next epoch should do, written with the scripting API only."""
    X, Y = split_arrays(t)
    e = t.experiment
    for rows in next_epoch_batches(t):
        _, gw, gb = net.gradients(X[rows], Y[rows], t.head.loss, e.l1, e.l2)
        opt.step(net, gw, gb)


def max_diff(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.max(np.abs(np.asarray(a) - np.asarray(b))))


# ---- built from the experiment -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "classes", "loss", "output", "head_loss", "width", "num_classes"),
    [
        ("gauss", 2, "auto", "sigmoid", "bce", 1, 2),
        ("blobs", 3, "auto", "softmax", "cross_entropy", 3, 3),
        ("blobs", 5, "auto", "softmax", "cross_entropy", 5, 5),
        ("plane", 2, "auto", "linear", "mse", 1, 0),
        ("gauss", 2, "mse", "sigmoid", "mse", 1, 2),  # the article's network
        ("blobs", 3, "mse", "sigmoid", "mse", 3, 3),  # ... with one-hot targets for k classes
    ],
)
def test_output_layer_and_loss_follow_the_problem(name, classes, loss, output, head_loss, width, num_classes):
    t = make(name, 120, classes=classes, loss=loss)
    assert t.network.output == output
    assert t.head.loss == head_loss
    assert t.network.sizes[-1] == width
    assert t.head.num_classes == num_classes
    snap = t.snapshot(grid=10, neuron_grid=4)
    assert snap.loss == head_loss and snap.num_classes == num_classes


def test_network_follows_features_shape_activations_init_and_seed():
    features = ("x1", "x2", "x1^2", "sin(x2)")
    t = make("xor", 80, features=features, hidden=(5, 3), activations=("relu", "sigmoid"), init="xavier", seed=7)
    net = t.network
    assert net.sizes == (4, 5, 3, 1)
    assert net.hidden_activations == ("relu", "sigmoid")
    twin = Network([4, 5, 3, 1], ["relu", "sigmoid"], "sigmoid", "xavier", 7)
    np.testing.assert_array_equal(net.params, twin.params)
    # the input matrix holds the features of the train points, not their raw coordinates
    X, _ = split_arrays(t)
    np.testing.assert_array_equal(t.data_matrices["train"][:4].T, X)


def test_train_and_test_points_come_from_the_split_keys():
    pts = PointSet.generate("circle", 200, 0.0, 3)
    for ratio in (0.1, 0.5, 0.9):
        t = make("circle", 200, data_seed=3, train_ratio=ratio)
        test = pts.test_mask(ratio)
        assert t.n_train == int((~test).sum())
        assert t.data_matrices["test"].shape[1] == int(test.sum())


def test_optimizer_learning_rate_and_penalty_come_from_the_experiment():
    t = make(optimizer="momentum", lr=0.3, momentum=0.5, nesterov=True, regularization="l1", reg_rate=0.01)
    assert (t.optimizer.kind, t.optimizer.lr, t.optimizer.momentum, t.optimizer.nesterov) == (
        "momentum",
        0.3,
        0.5,
        True,
    )
    assert (t.experiment.l1, t.experiment.l2) == (0.01, 0.0)


@pytest.mark.parametrize("batch_size", [1, 7, 10, 58, 10_000])
def test_batch_size_from_one_to_all_points_and_clamped_above(batch_size):
    t = make(n=100, batch_size=batch_size)
    assert t.n_train == 58  # the split keys of this set put 58 of its 100 points on the train side
    b = min(batch_size, 58)
    assert len(t.batches) == math.ceil(58 / b)
    assert [target.shape[1] for _, _, target in t.batches[:-1]] == [b] * (len(t.batches) - 1)
    assert sum(target.shape[1] for _, _, target in t.batches) == 58
    t.step_epoch()
    assert t.epoch == 1


# ---- steps agree with the scripting API ---------------------------------------------------------------------------
AGREEMENT_CASES = {
    "bce-sgd": dict(name="gauss", optimizer="sgd", lr=0.1, batch_size=10),
    "ce-adam-l2-partial-batch": dict(
        name="blobs", classes=3, optimizer="adam", lr=0.01, batch_size=7, regularization="l2", reg_rate=0.01
    ),
    "regression-nesterov-l1-features": dict(
        name="plane",
        optimizer="momentum",
        nesterov=True,
        lr=0.01,
        batch_size=9,
        regularization="l1",
        reg_rate=0.001,
        features=("x1", "x2", "x1^2", "sin(x1)"),
        hidden=(5, 3),
        activations=("relu", "tanh"),
    ),
    "article-mse-rmsprop": dict(name="xor", loss="mse", optimizer="rmsprop", lr=0.01, features=("x1", "x1*x2")),
    "article-mse-3-classes-adagrad": dict(name="blobs", classes=3, loss="mse", optimizer="adagrad", lr=0.1),
}


@pytest.mark.parametrize("case", list(AGREEMENT_CASES), ids=list(AGREEMENT_CASES))
def test_epochs_agree_with_network_gradients_and_optimizer_step(case):
    settings = dict(AGREEMENT_CASES[case])
    t = make(settings.pop("name"), 90, **settings)
    net, opt = t.network.copy(), make_optimizer(t.experiment)
    for epoch in range(1, 4):
        scripted_epoch(t, net, opt)
        t.step_epoch()
        assert t.epoch == epoch
        assert max_diff(net.params, t.network.params) < TOL


def test_one_batch_agrees_with_the_scripting_api():
    t = make("spiral", 200, hidden=(8, 8), optimizer="adam", lr=0.01, batch_size=10)
    t.run(2)  # adam's running averages are no longer zero
    rows = next_epoch_batches(t)[0]
    net = t.network.copy()
    opt = make_optimizer(t.experiment)
    X, Y = split_arrays(t)
    _, gw, gb = net.gradients(X[rows], Y[rows], "bce")
    # both keep one flat state laid out as the parameters: the scripting optimizer goes on from the trainer's
    opt.load_state_dict(t.optimizer.state_dict())
    opt.step(net, gw, gb)
    t.step_batch()
    assert t.batch_index == 1 and t.epoch == 2
    assert max_diff(net.params, t.network.params) < TOL


# ---- stepping ------------------------------------------------------------------------------------------------------
def test_each_epoch_is_reshuffled_by_the_trainers_own_seeded_generator():
    t = make(n=100, batch_size=10)
    first = np.concatenate(next_epoch_batches(t))
    t.step_epoch()
    second = np.concatenate(next_epoch_batches(t))
    assert sorted(first) == sorted(second) == list(range(t.n_train))
    assert not np.array_equal(first, second)
    # the global NumPy generator plays no part
    saved = np.random.get_state()  # noqa: NPY002
    try:
        twin = make(n=100, batch_size=10)
        np.random.seed(123)  # noqa: NPY002
        np.random.random(10)  # noqa: NPY002
        twin.step_epoch()
        t2 = make(n=100, batch_size=10)
        np.random.seed(456)  # noqa: NPY002
        t2.step_epoch()
    finally:
        np.random.set_state(saved)  # noqa: NPY002
    np.testing.assert_array_equal(twin.network.params, t2.network.params)


def test_same_seed_and_settings_give_bit_identical_weights():
    kw = dict(name="spiral", n=200, hidden=(8, 8), optimizer="adam", lr=0.01, seed=5)
    a, b = make(**kw), make(**kw)
    a.run(10)
    b.run(10)
    np.testing.assert_array_equal(a.network.params, b.network.params)
    np.testing.assert_array_equal(a.history.column("train_loss"), b.history.column("train_loss"))
    c = make(**{**kw, "seed": 6})
    c.run(10)
    assert not np.array_equal(a.network.params, c.network.params)


def test_step_batch_many_times_equals_step_epoch():
    a, b = make(batch_size=7, optimizer="adam", lr=0.01), make(batch_size=7, optimizer="adam", lr=0.01)
    per_epoch = len(a.batches)
    assert per_epoch == 9  # 58 train points: eight of 7 and one of 2
    for _ in range(3 * per_epoch):
        a.step_batch()
    for _ in range(3):
        b.step_epoch()
    assert a.epoch == b.epoch == 3 and a.batch_index == 0
    np.testing.assert_array_equal(a.network.params, b.network.params)
    np.testing.assert_array_equal(a.history.column("train_loss"), b.history.column("train_loss"))


def test_step_batches_stops_at_the_end_of_an_epoch():
    t, ref = make(batch_size=5), make(batch_size=5)
    assert len(t.batches) == 12  # 58 train points
    assert t.step_batches(3) is False and t.batch_index == 3 and t.epoch == 0
    assert len(t.history) == 1  # nothing recorded mid-epoch
    assert t.step_batches(4) is False and t.batch_index == 7
    assert t.step_batches(100) is True  # only the 5 left in this epoch
    assert t.epoch == 1 and t.batch_index == 0 and len(t.history) == 2
    ref.step_epoch()
    np.testing.assert_array_equal(t.network.params, ref.network.params)


def test_step_epoch_mid_epoch_finishes_the_current_epoch():
    t, ref = make(batch_size=5), make(batch_size=5)
    t.step_batches(4)
    t.step_epoch()
    ref.step_epoch()
    assert t.epoch == 1 and t.batch_index == 0
    np.testing.assert_array_equal(t.network.params, ref.network.params)


def test_evaluate_classification():
    t = make("circle", 160, hidden=(6,))
    t.run(3)
    ev = t.evaluate()
    for side, loss, acc in (("train", ev.train_loss, ev.train_accuracy), ("test", ev.test_loss, ev.test_accuracy)):
        X, Y = split_arrays(t, side)
        assert loss == pytest.approx(t.network.loss(X, Y, "bce"), rel=1e-12)
        predicted = t.network.forward(X)[:, 0] > 0.5
        assert acc == pytest.approx(float((predicted == (Y > 0.5)).mean()))
    # the record of the epoch holds the same numbers
    last = t.history.last()
    assert (last["epoch"], last["train_loss"], last["test_loss"]) == (3, ev.train_loss, ev.test_loss)
    assert last["train_accuracy"] == ev.train_accuracy


def test_evaluate_multiclass_accuracy_uses_the_arg_max():
    t = make("blobs", 150, classes=3)
    t.run(2)
    ev = t.evaluate()
    X, y = split_arrays(t)
    assert ev.train_loss == pytest.approx(t.network.loss(X, y, "cross_entropy"), rel=1e-12)
    assert ev.train_accuracy == pytest.approx(float((t.network.forward(X).argmax(axis=1) == y).mean()))


def test_evaluate_regression_has_no_accuracy_and_excludes_the_penalty():
    t = make("plane", 100, regularization="l2", reg_rate=0.5)
    t.run(2)
    ev = t.evaluate()
    assert ev.train_accuracy is None and ev.test_accuracy is None
    X, y = split_arrays(t)
    assert ev.train_loss == pytest.approx(t.network.loss(X, y, "mse"), rel=1e-12)  # data loss only
    assert ev.train_loss < t.network.loss(X, y, "mse", l2=0.5)
    assert math.isnan(t.history.last()["train_accuracy"])


def test_reset_gives_the_same_start_and_the_same_run():
    t = make(optimizer="adam", lr=0.01)
    start = t.network.params.copy()
    t.run(4)
    after4 = t.network.params.copy()
    t.step_batches(2)
    t.message = "stale"
    t.reset()
    assert t.epoch == 0 and t.batch_index == 0 and t.message == ""
    assert len(t.history) == 1 and list(t.history.checkpoint_epochs) == [0]
    np.testing.assert_array_equal(t.network.params, start)
    assert t.optimizer.state == {}
    t.run(4)
    np.testing.assert_array_equal(t.network.params, after4)


# ---- changing settings ---------------------------------------------------------------------------------------------
def twins(**kw) -> tuple[Trainer, Trainer]:
    a, b = make(**kw), make(**kw)
    a.run(2)
    b.run(2)
    a.step_batches(2)
    b.step_batches(2)
    return a, b


def test_learning_rate_change_applies_on_the_next_step_without_a_reset():
    a, b = twins(optimizer="sgd", lr=0.03)
    before, history_len = b.network.params.copy(), len(b.history)
    assert b.set_experiment(b.experiment.replace(lr=0.06)) is False
    assert b.epoch == 2 and b.batch_index == 2 and len(b.history) == history_len
    np.testing.assert_array_equal(b.network.params, before)
    a.step_batch()
    b.step_batch()  # the same mini-batch, twice the step
    np.testing.assert_allclose(b.network.params - before, 2.0 * (a.network.params - before), rtol=1e-9, atol=1e-15)


def test_learning_rate_change_keeps_adams_running_averages():
    a, b = twins(optimizer="adam", lr=0.01)
    t_before = b.optimizer.state[0]["t"]
    assert b.set_experiment(b.experiment.replace(lr=0.02)) is False
    assert b.optimizer.lr == 0.02 and b.optimizer.state[0]["t"] == t_before
    before = b.network.params.copy()
    a.step_batch()
    b.step_batch()
    np.testing.assert_allclose(b.network.params - before, 2.0 * (a.network.params - before), rtol=1e-9, atol=1e-15)


def test_optimizer_change_applies_on_the_next_step_without_a_reset():
    _, b = twins(optimizer="sgd", lr=0.01)
    before = b.network.params.copy()
    assert b.set_experiment(b.experiment.replace(optimizer="adam")) is False
    assert b.epoch == 2 and b.optimizer.kind == "adam"
    np.testing.assert_array_equal(b.network.params, before)
    b.step_batch()
    # adam's first step moves every parameter with a gradient by lr (its sign), whatever the gradient's size
    moved = np.abs(b.network.params - before)
    assert np.allclose(moved[moved > 0], 0.01, rtol=1e-3)
    assert (moved > 0).sum() > 0.9 * moved.size


def test_penalty_change_applies_on_the_next_step_without_a_reset():
    a, b = twins(optimizer="sgd", lr=0.1)
    before = b.network.params.copy()
    assert b.set_experiment(b.experiment.replace(regularization="l2", reg_rate=0.3)) is False
    assert b.epoch == 2 and len(b.history) == 3
    a.step_batch()
    b.step_batch()
    # sgd: the extra step is lr * l2 * W on the weights, nothing on the biases
    extra = b.network.params - a.network.params
    np.testing.assert_allclose(extra, -0.1 * 0.3 * before * b.network.weight_mask, rtol=1e-9, atol=1e-14)


def test_momentum_setting_does_not_disturb_adam():
    """The momentum coefficient belongs to the momentum optimizer: changing it must not reset adam's moments."""
    a, b = twins(optimizer="adam", lr=0.01)
    assert b.set_experiment(b.experiment.replace(momentum=0.5)) is False
    a.run(2)
    b.run(2)
    np.testing.assert_array_equal(a.network.params, b.network.params)


def test_batch_size_change_is_live():
    t = make(batch_size=10)
    t.run(2)
    before = t.network.params.copy()
    assert t.set_experiment(t.experiment.replace(batch_size=25)) is False
    assert t.epoch == 2 and len(t.batches) == 3  # 58 train points in batches of 25
    np.testing.assert_array_equal(t.network.params, before)
    net, opt = t.network.copy(), make_optimizer(t.experiment)
    scripted_epoch(t, net, opt)
    t.step_epoch()
    assert t.epoch == 3 and max_diff(net.params, t.network.params) < TOL


@pytest.mark.parametrize(
    "change",
    [
        dict(hidden=(3,)),
        dict(hidden=(4, 2), activations=("tanh", "tanh")),
        dict(features=("x1", "x2", "x1*x2")),
        dict(activations=("relu",)),
        dict(seed=9),
        dict(init="xavier"),
        dict(loss="mse"),
    ],
    ids=lambda c: ",".join(c),
)
def test_structural_change_rebuilds_from_the_new_experiment(change):
    t = make(optimizer="adam", lr=0.01)
    t.run(3)
    new = t.experiment.replace(**change)
    assert t.set_experiment(new) is True
    assert t.epoch == 0 and len(t.history) == 1 and t.batch_index == 0
    fresh = Trainer(new, t.points)
    assert t.network.sizes == fresh.network.sizes
    assert t.network.layer_activations == fresh.network.layer_activations
    np.testing.assert_array_equal(t.network.params, fresh.network.params)
    t.run(2)
    fresh.run(2)
    np.testing.assert_array_equal(t.network.params, fresh.network.params)


def test_set_points_keeps_training_when_the_head_stays():
    pts = PointSet.generate("gauss", 100, 0.0, 0)
    t = make(points=pts)
    t.run(3)
    before = t.network.params.copy()
    more = PointSet.generate("gauss", 160, 0.0, 4)
    assert t.set_points(more) is False
    assert t.epoch == 3 and len(t.history) == 4 and t.points is more
    np.testing.assert_array_equal(t.network.params, before)
    assert t.n_train == int((~more.test_mask(0.5)).sum())
    net, opt = t.network.copy(), make_optimizer(t.experiment)
    scripted_epoch(t, net, opt)  # the next epoch runs on the new points
    t.step_epoch()
    assert t.epoch == 4 and max_diff(net.params, t.network.params) < TOL


def test_set_points_with_a_new_class_rebuilds_the_head():
    pts = PointSet.generate("gauss", 100, 0.0, 0)
    t = make(points=pts)
    t.run(3)
    third = PointSet.from_arrays(np.vstack([pts.xy, [[0.0, 5.0]]]), np.append(pts.target, 2), seed=0)
    assert t.set_points(third) is True
    assert t.epoch == 0 and len(t.history) == 1
    assert t.network.output == "softmax" and t.network.sizes[-1] == 3 and t.head.loss == "cross_entropy"
    t.step_epoch()
    assert t.epoch == 1 and np.isfinite(t.evaluate().train_loss)


def test_set_points_switching_to_regression_rebuilds():
    t = make()
    t.run(2)
    assert t.set_points(PointSet.generate("plane", 100, 0.0, 0)) is True
    assert t.head.num_classes == 0 and t.network.output == "linear" and t.epoch == 0


# ---- history and rewind ---------------------------------------------------------------------------------------------
def test_history_holds_one_record_and_checkpoint_per_epoch():
    t = make(optimizer="adam", lr=0.01)
    t.run(5)
    np.testing.assert_array_equal(t.history.column("epoch"), np.arange(6))
    np.testing.assert_array_equal(t.history.checkpoint_epochs, np.arange(6))
    cp = t.history.checkpoint_at_or_before(5)
    assert isinstance(cp, Checkpoint) and cp.epoch == 5
    np.testing.assert_array_equal(cp.params, t.network.params)
    assert cp.params is not t.network.params
    assert cp.optimizer_state[0]["t"] == 5 * len(t.batches)


def test_rewind_restores_everything_and_retraces_the_same_run():
    t = make("spiral", 200, hidden=(8, 8), optimizer="adam", lr=0.01, batch_size=10)
    t.run(10)
    final = t.network.params.copy()
    losses = t.history.column("train_loss")  # a view: it must survive the rewind unchanged
    losses_copy = losses.copy()
    cp4 = t.history.checkpoint_at_or_before(4)
    cp4_params = cp4.params.copy()
    t.step_batches(3)  # rewinding from the middle of an epoch too
    assert t.rewind(4) == 4
    assert t.epoch == 4 and t.batch_index == 0 and t.message == ""
    np.testing.assert_array_equal(t.network.params, cp4_params)
    assert t.optimizer.state[0]["t"] == 4 * len(t.batches)
    assert len(t.history) == 5 and t.history.column("epoch")[-1] == 4
    np.testing.assert_array_equal(t.history.checkpoint_epochs, np.arange(5))
    t.run(6)
    np.testing.assert_array_equal(t.network.params, final)
    np.testing.assert_array_equal(t.history.column("train_loss"), losses_copy)
    np.testing.assert_array_equal(losses, losses_copy)
    np.testing.assert_array_equal(cp4.params, cp4_params)  # a handed-out checkpoint is never changed


def test_rewind_matters_for_adams_state():
    """Restoring only the weights would not retrace the run: the optimizer's moments must come back too."""
    t = make(optimizer="adam", lr=0.01)
    t.run(6)
    final = t.network.params.copy()
    cp = t.history.checkpoint_at_or_before(3)
    t.rewind(3)
    t.optimizer.reset()  # what a rewind without the optimizer state would leave
    t.run(3)
    assert not np.array_equal(t.network.params, final)
    t.rewind(3)
    np.testing.assert_array_equal(t.network.params, cp.params)
    t.run(3)
    np.testing.assert_array_equal(t.network.params, final)


def test_rewind_to_a_thinned_out_epoch_goes_to_the_nearest_earlier_checkpoint():
    probe = make(optimizer="adam", lr=0.01)
    cp_bytes = probe.history.checkpoint_at_or_before(0).nbytes
    # budget for 8 checkpoints (adam's moments are only there after the first step, so a little more)
    t = make(optimizer="adam", lr=0.01, budget=8 * 3 * cp_bytes)
    t.run(60)
    final = t.network.params.copy()
    kept = t.history.checkpoint_epochs
    assert len(kept) < 61 and kept[0] == 0 and kept[-1] == 60
    assert len(t.history.column("train_loss")) == 61  # the losses of every epoch are kept
    missing = next(e for e in range(1, 60) if e not in kept)
    nearest = int(kept[np.searchsorted(kept, missing) - 1])
    assert nearest < missing
    params = t.history.checkpoint_at_or_before(missing).params.copy()
    assert t.rewind(missing) == nearest
    assert t.epoch == nearest and len(t.history) == nearest + 1
    np.testing.assert_array_equal(t.network.params, params)
    t.run(60 - nearest)
    np.testing.assert_array_equal(t.network.params, final)


def test_rewind_to_a_negative_epoch_raises():
    t = make()
    t.run(2)
    with pytest.raises(ValueError):
        t.rewind(-1)
    assert t.epoch == 2 and len(t.history) == 3


# ---- divergence -----------------------------------------------------------------------------------------------------
def diverging(**kw) -> Trainer:
    return make("plane", 200, hidden=(8, 8), activations=("relu", "relu"), lr=10.0, batch_size=10, **kw)


def assert_stopped_at_a_sane_epoch(t: Trainer) -> int:
    """The run diverged and sits at the epoch its message names, one whose loss is finite and no higher than the
    run's start, with that epoch's checkpointed weights and nothing recorded after it. Returns that epoch."""
    assert "diverged" in t.message.lower()
    named = t.epoch
    assert re.search(rf"\bepoch {named}\b", t.message.split(":", 1)[1]) and t.batch_index == 0  # named after
    loss = t.history.at(named)["train_loss"]
    assert np.isfinite(loss) and loss <= t.history.column("train_loss")[0]
    np.testing.assert_array_equal(t.network.params, t.history.checkpoints[named].params)
    assert t.history.last()["epoch"] == named and t.history.checkpoint_epochs[-1] == named
    assert np.isfinite(t.history.column("train_loss")).all()
    assert t.snapshot(grid=8, neuron_grid=4).message == t.message
    return named


def test_divergence_stops_restores_the_last_sane_weights_and_says_so():
    t = diverging()
    calls = 0
    step_epoch = t.step_epoch

    def counting() -> None:
        nonlocal calls
        calls += 1
        step_epoch()

    t.step_epoch = counting
    t.run(200)
    assert calls < 200  # the run stopped at the failing epoch
    assert f"diverged in epoch {calls}" in t.message
    assert assert_stopped_at_a_sane_epoch(t) < calls
    assert np.isfinite(t.evaluate().train_loss)


def test_step_epoch_that_diverges_goes_back_to_a_sane_epoch():
    t = diverging()
    while not t.message:
        good = t.epoch
        t.step_epoch()
        assert t.epoch <= 200
    assert assert_stopped_at_a_sane_epoch(t) <= good


def test_an_explosion_after_good_training_restores_the_last_good_epoch_not_a_blown_up_one():
    """Trained well for 30 epochs, then a learning rate of 1: the loss explodes by orders of magnitude (finite
    at first, infinite later). The weights restored are epoch 30's, the last good ones, not the last finite ones
    (whose loss was already astronomical); the message names that epoch."""
    t = make("plane", 200, hidden=(8, 8), activations=("tanh", "tanh"), lr=0.03)
    t.run(30)
    good = t.network.params.copy()
    assert t.set_experiment(t.experiment.replace(lr=1.0)) is False
    t.run(50)
    assert assert_stopped_at_a_sane_epoch(t) == 30
    assert "diverged in epoch 31" in t.message and "epoch 30 (loss 0.0037)" in t.message
    np.testing.assert_array_equal(t.network.params, good)


def test_a_finite_loss_exploding_by_orders_of_magnitude_is_a_divergence():
    """With ReLU layers the loss jumps from 16 to 5e+25 in the first epoch (and would even come down again):
    still finite, but the run has blown up, and it stops there."""
    t = make("plane", 200, hidden=(8, 8), activations=("relu", "relu"), lr=0.2, batch_size=10)
    t.run(20)
    assert "diverged in epoch 1: the loss exploded to 5.40e+25" in t.message
    assert assert_stopped_at_a_sane_epoch(t) == 0


@pytest.mark.parametrize(
    ("name", "optimizer", "lr"),
    [
        ("spiral", "sgd", 0.3),
        ("spiral", "sgd", 1.0),
        ("spiral", "adam", 0.03),
        ("circle", "sgd", 1.0),
        ("plane", "sgd", 0.3),
        ("plane", "adam", 0.03),
        ("multigauss", "sgd", 0.3),  # noisy: its loss goes up to 3.2 times where it started
    ],
)
def test_ordinary_noisy_training_never_counts_as_a_divergence(name, optimizer, lr):
    t = make(name, 400, hidden=(8, 8), activations=("tanh", "tanh"), optimizer=optimizer, lr=lr, batch_size=10)
    t.run(300)
    assert t.message == "" and t.epoch == 300


def test_training_goes_on_after_a_divergence_with_a_smaller_learning_rate():
    t = diverging()
    t.run(200)
    stopped = t.epoch
    assert t.message
    assert t.set_experiment(t.experiment.replace(lr=0.001)) is False
    t.run(5)
    assert t.epoch == stopped + 5  # a message left over from the divergence must not stop the new run
    assert t.message == ""


# ---- preview and snapshots ------------------------------------------------------------------------------------------
def test_a_snapshots_reason_is_the_enum_and_still_equals_its_word():
    t = make()
    snap = t.snapshot(8, 4, reason="rewind")  # a caller may still give the word
    assert snap.reason is Reason.REWIND
    assert snap.reason == "rewind" and f"{snap.reason}" == "rewind"  # code that compares or prints words keeps working
    assert snap.reason in ("start", "rewind") and snap.reason in {"rewind"}
    assert t.snapshot(8, 4).reason is Reason.OTHER
    with pytest.raises(ValueError):
        t.snapshot(8, 4, reason="rewnid")  # a misspelt reason is refused, not silently never matched


def test_preview_shows_a_recorded_epoch_and_changes_nothing():
    t = make(optimizer="adam", lr=0.01)
    t.run(6)
    t.step_batches(2)
    params, epoch, batch = t.network.params.copy(), t.epoch, t.batch_index
    state = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in t.optimizer.state[0].items()}
    rng_state = t.rng.bit_generator.state
    snap = t.preview(3)
    assert snap.reason is Reason.PREVIEW and snap.epoch == 3
    record = t.history.at(3)
    assert snap.train_loss == record["train_loss"] and snap.test_loss == record["test_loss"]
    assert snap.train_accuracy == record["train_accuracy"]
    np.testing.assert_array_equal(snap.params, t.history.checkpoint_at_or_before(3).params)
    # the run is untouched
    np.testing.assert_array_equal(t.network.params, params)
    assert (t.epoch, t.batch_index, len(t.history)) == (epoch, batch, 7)
    assert t.rng.bit_generator.state == rng_state
    for k, v in state.items():
        np.testing.assert_array_equal(t.optimizer.state[0][k], v)
    # and it keeps training exactly as a twin that was never previewed
    twin = make(optimizer="adam", lr=0.01)
    twin.run(6)
    twin.step_batches(2)
    t.run(2)
    twin.run(2)
    np.testing.assert_array_equal(t.network.params, twin.network.params)


def test_preview_of_the_output_matches_the_recorded_weights():
    t = make()
    t.run(4)
    snap = t.preview(2)
    now = t.snapshot()
    cp = t.history.checkpoint_at_or_before(2)
    net = t.network.copy()
    net.params[...] = cp.params
    expect = net.forward(feats.feature_grid(t.experiment.features, 100))[:, 0].reshape(100, 100)
    np.testing.assert_allclose(snap.output_grid, expect, rtol=0, atol=PICTURE_ATOL)
    assert not np.allclose(now.output_grid, snap.output_grid)
    with pytest.raises(ValueError):
        t.preview(-1)


def test_snapshot_arrays_are_read_only_copies():
    t = make("spiral", 100, hidden=(8, 8))
    t.run(2)
    snap = t.snapshot()
    arrays = [snap.params, snap.output_grid, snap.curve_epochs, snap.curve_train, snap.curve_test]
    arrays += [*snap.weights, *snap.biases, *snap.bias_grads, *snap.neuron_grids, snap.history_epochs]
    for a in arrays:
        assert not a.flags.writeable
        with pytest.raises(ValueError):
            a.flat[0] = 1.0
    saved = snap.params.copy()
    t.run(1)
    np.testing.assert_array_equal(snap.params, saved)  # training on does not change a snapshot


def test_snapshot_shapes_and_contents_for_two_classes():
    t = make("spiral", 100, hidden=(8, 6), activations=("tanh", "relu"))
    t.run(3)
    snap = t.snapshot()
    net = t.network
    assert snap.epoch == 3 and snap.num_classes == 2 and not snap.regression
    assert snap.sizes == (2, 8, 6, 1) and snap.activations == ("tanh", "relu", "sigmoid")
    assert [w.shape for w in snap.weights] == [(2, 8), (8, 6), (6, 1)]
    assert [b.shape for b in snap.biases] == [(8,), (6,), (1,)]
    for w, b, W, B in zip(snap.weights, snap.biases, net.weights, net.biases, strict=True):
        np.testing.assert_array_equal(w, W)
        np.testing.assert_array_equal(b, B)
    assert snap.output_grid.shape == (100, 100) and snap.output_grid.dtype == np.float32  # a picture
    expect = net.forward(feats.feature_grid(t.experiment.features, 100))[:, 0].reshape(100, 100)
    np.testing.assert_allclose(snap.output_grid, expect, rtol=0, atol=PICTURE_ATOL)
    assert [g.shape for g in snap.neuron_grids] == [(8, 32, 32), (6, 32, 32), (1, 32, 32)]
    layers = net.activations(feats.feature_grid(t.experiment.features, 32))
    for grid, layer in zip(snap.neuron_grids, layers, strict=True):
        np.testing.assert_allclose(grid, layer.T.reshape(-1, 32, 32), rtol=0, atol=PICTURE_ATOL)
    probs = snap.class_probabilities()
    assert probs.shape == (100, 100, 2)
    np.testing.assert_allclose(probs.sum(axis=-1), 1.0)
    last = t.history.last()
    assert (snap.train_loss, snap.test_loss, snap.train_accuracy) == (
        last["train_loss"],
        last["test_loss"],
        last["train_accuracy"],
    )


def test_a_snapshot_without_the_neurons_has_the_same_output_and_no_neuron_grids():
    """What a play frame between two pictures of the neurons is made of (the training process sends ten a second
    with them): the output's grid alone, the same as a whole snapshot's."""
    t = make("spiral", 100, hidden=(8, 6), activations=("tanh", "relu"))
    t.run(2)
    whole, lean = t.snapshot(), t.snapshot(neurons=False)
    np.testing.assert_array_equal(lean.output_grid, whole.output_grid)
    assert lean.neuron_grids == () and len(whole.neuron_grids) == 3
    np.testing.assert_array_equal(t.snapshot().neuron_grids[0], whole.neuron_grids[0])  # the next whole one again


def test_snapshot_curves_match_the_history():
    t = make()
    t.run(5)
    snap = t.snapshot(grid=10, neuron_grid=4)
    np.testing.assert_array_equal(snap.curve_epochs, t.history.column("epoch"))
    np.testing.assert_array_equal(snap.curve_train, t.history.column("train_loss"))
    np.testing.assert_array_equal(snap.curve_test, t.history.column("test_loss"))
    np.testing.assert_array_equal(snap.history_epochs, t.history.checkpoint_epochs)
    assert len(snap.curve_train) == 6


def test_a_snapshot_says_how_far_into_the_epoch_the_run_is():
    """Mini-batch steps show progress: "epoch 2 · batch 3/12". The losses mid-epoch are the last finished
    epoch's (recorded at its end), not those of the weights shown."""
    t = make(batch_size=5)  # 58 train points: 12 mini-batches
    t.run(2)
    recorded = t.history.last()
    for done in (1, 2, 3):
        t.step_batch()
        snap = t.snapshot(grid=8, neuron_grid=4)
        assert (snap.epoch, snap.batch, snap.batches) == (2, done, 12)
        assert (snap.train_loss, snap.test_loss) == (recorded["train_loss"], recorded["test_loss"])
    assert snap.train_loss != t.evaluate().train_loss  # the weights have moved on since
    t.step_epoch()
    snap = t.snapshot(grid=8, neuron_grid=4)
    assert (snap.epoch, snap.batch, snap.batches) == (3, 0, 12)
    assert snap.train_loss == t.evaluate().train_loss
    t.step_batches(4)
    assert (t.preview(1, grid=8, neuron_grid=4).batch, t.snapshot(grid=8, neuron_grid=4).batch) == (0, 4)
    assert make(points=PointSet.empty()).snapshot(grid=8, neuron_grid=4).batches == 0


def test_snapshot_for_k_classes_has_one_output_grid_per_class():
    t = make("blobs", 150, classes=4, hidden=(6,))
    t.run(2)
    snap = t.snapshot()
    assert snap.num_classes == 4 and snap.output_grid.shape == (100, 100, 4)
    assert snap.neuron_grids[-1].shape == (4, 32, 32)
    probs = snap.class_probabilities()
    np.testing.assert_allclose(probs.sum(axis=-1), 1.0, atol=PICTURE_ATOL)
    assert (probs >= 0).all()


def test_snapshot_for_regression():
    t = make("plane", 100)
    t.run(2)
    snap = t.snapshot()
    assert snap.num_classes == 0 and snap.regression
    assert snap.train_accuracy is None and snap.test_accuracy is None
    assert snap.output_grid.shape == (100, 100) and snap.loss == "mse"


def test_snapshot_bias_grads_are_the_last_batchs_bias_gradient():
    t = make(
        "circle", 100, hidden=(5, 3), activations=("tanh", "tanh"), batch_size=8, regularization="l2", reg_rate=0.1
    )
    t.run(1)
    rows = next_epoch_batches(t)[-1]  # 58 train points: the last batch has 2 rows
    assert len(rows) == 2
    t.step_batches(len(t.batches) - 1)
    before = t.network.copy()
    t.step_batch()
    assert t.epoch == 2
    X, Y = split_arrays(t)
    _, _, gb = before.gradients(X[rows], Y[rows], "bce", 0.0, 0.1)
    snap = t.snapshot(grid=8, neuron_grid=4)
    assert [g.shape for g in snap.bias_grads] == [(5,), (3,), (1,)]
    for got, want in zip(snap.bias_grads, gb, strict=True):
        np.testing.assert_allclose(got, want, rtol=0, atol=1e-13)


def test_set_parameter_changes_exactly_one_weight_or_bias():
    t = make("gauss", 100, hidden=(3, 2), activations=("tanh", "tanh"))
    t.run(1)
    g0 = t.snapshot().output_grid
    before = t.network.params.copy()
    t.set_parameter(1, 2, 1, 0.75)
    diff = np.flatnonzero(t.network.params != before)
    assert len(diff) == 1 and t.network.weights[1][2, 1] == 0.75
    snap = t.snapshot()
    assert snap.weights[1][2, 1] == 0.75
    assert not np.array_equal(snap.output_grid, g0)
    before = t.network.params.copy()
    t.set_parameter(0, None, 2, -1.5)  # a bias
    diff = np.flatnonzero(t.network.params != before)
    assert len(diff) == 1 and t.network.biases[0][2] == -1.5
    assert t.snapshot().biases[0][2] == -1.5
    # the edit is trained on from there
    net, opt = t.network.copy(), make_optimizer(t.experiment)
    scripted_epoch(t, net, opt)
    t.step_epoch()
    assert max_diff(net.params, t.network.params) < TOL


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_set_parameter_refuses_non_finite_values(bad):
    t = make()
    before = t.network.params.copy()
    with pytest.raises(ValueError):
        t.set_parameter(0, 0, 0, bad)
    with pytest.raises(ValueError):
        t.set_parameter(0, None, 0, bad)
    np.testing.assert_array_equal(t.network.params, before)


# ---- bad data -------------------------------------------------------------------------------------------------------
def test_empty_point_set_does_not_crash_and_says_why():
    t = make(points=PointSet.empty())
    assert t.n_train == 0 and t.epoch == 0
    t.step_epoch()
    assert t.epoch == 0 and "points" in t.message.lower()
    t.step_batch()
    assert t.step_batches(5) is False
    t.run(3)
    assert t.epoch == 0
    ev = t.evaluate()
    assert math.isnan(ev.train_loss) and math.isnan(ev.test_loss)
    snap = t.snapshot(grid=10, neuron_grid=4)
    assert snap.output_grid.shape == (10, 10) and snap.message == t.message


def test_clearing_the_points_of_a_running_trainer():
    t = make()
    t.run(2)
    assert t.set_points(PointSet.empty()) is False
    t.step_epoch()
    assert t.epoch == 2 and t.message


def test_single_class_data_trains():
    pts = PointSet.generate("gauss", 100, 0.0, 0)
    ones = pts.target == 1
    single = PointSet.from_arrays(pts.xy[ones], pts.target[ones], seed=0)
    t = make(points=single)
    assert t.head.loss == "bce"
    t.run(5)
    assert t.epoch == 5 and t.message == ""
    ev = t.evaluate()
    assert np.isfinite(ev.train_loss) and ev.train_accuracy is not None
    assert t.history.column("train_loss")[-1] < t.history.column("train_loss")[0]


def test_batch_larger_than_the_data_is_one_full_batch():
    t = make(n=60, batch_size=1000)
    assert len(t.batches) == 1 and t.batches[0][2].shape[1] == t.n_train == 33
    X, Y = split_arrays(t)
    net, opt = t.network.copy(), make_optimizer(t.experiment)
    _, gw, gb = net.gradients(X, Y, "bce")  # the whole set, in its own order: the same gradient
    opt.step(net, gw, gb)
    t.step_epoch()
    assert t.epoch == 1 and max_diff(net.params, t.network.params) < TOL


# ---- it learns -------------------------------------------------------------------------------------------------------
def test_gauss_loss_falls():
    t = make("gauss", 200, hidden=(4,), activations=("tanh",), lr=0.1, batch_size=10)
    t.run(50)
    curve = t.history.column("train_loss")
    assert len(curve) == 51
    assert curve[-1] < 0.2 * curve[0]
    assert t.evaluate().train_accuracy > 0.95


def test_spiral_is_learned_with_adam():
    t = make("spiral", 500, data_seed=1, hidden=(8, 8), activations=("tanh", "tanh"), optimizer="adam", lr=0.01, seed=4)
    t.run(300)
    assert t.message == ""
    assert t.evaluate().train_accuracy > 0.9
