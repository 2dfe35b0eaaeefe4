"""The loss landscape: a slice of weight space through the current weights, checked against the core's own loss
and gradient (the slice's value at the origin, its slope there, a chosen weight moved by hand)."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import landscape as L
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.network import layer_blocks
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer


def trainer(epochs: int = 5, classes: int = 2, **settings) -> Trainer:
    spec = DataSpec(name="spiral" if classes == 2 else "multigauss", n=120, noise=0.1, seed=1, classes=classes)
    points = PointSet.generate(spec.name, spec.n, spec.noise, spec.seed, spec.classes)
    settings.setdefault("hidden", (5, 4))
    settings.setdefault("activations", ("tanh",) * len(settings["hidden"]))
    t = Trainer(Experiment(data=spec, **settings), points)
    t.run(epochs)
    return t


def projected_gradient(t: Trainer, plane: L.Plane) -> np.ndarray:
    X, T = L.train_data(t)
    e = t.experiment
    Y = T.argmax(axis=0) if t.head.loss == "cross_entropy" else T.T
    _, gw, gb = t.network.gradients(X, Y, t.head.loss, e.l1, e.l2)
    flat = np.concatenate([np.hstack([w.T, b[:, None]]).ravel() for w, b in zip(gw, gb, strict=True)])
    return np.array([flat @ plane.d1, flat @ plane.d2])


@pytest.mark.parametrize("directions", L.DIRECTIONS)
def test_the_slice_at_its_centre_is_the_current_training_loss(directions):
    t = trainer()
    ls = L.landscape(t, directions, first=(0, 0, 0), second=(1, None, 2))
    centre = ls.losses[L.STEPS // 2, L.STEPS // 2]
    assert ls.losses.shape == (L.STEPS, L.STEPS)
    assert centre == pytest.approx(t.evaluate().train_loss, rel=1e-12)
    assert ls.loss == pytest.approx(centre, rel=1e-12)
    assert ls.epoch == t.epoch == 5


def test_with_a_penalty_the_centre_is_the_loss_gradient_descent_minimises():
    t = trainer(regularization="l2", reg_rate=0.05)
    ls = L.landscape(t, "random")
    X, T = L.train_data(t)
    expected = t.network.loss(X, T.T, "bce", l2=0.05)
    assert ls.losses[L.STEPS // 2, L.STEPS // 2] == pytest.approx(expected, rel=1e-12)
    assert expected > t.evaluate().train_loss  # the penalty is in it


@pytest.mark.parametrize(
    ("directions", "settings"),
    [("random", {}), ("weights", {}), ("path", {}), ("random", {"classes": 3}), ("random", {"loss": "mse"})],
)
def test_the_slope_at_the_centre_is_the_core_gradient_projected_on_the_directions(directions, settings):
    t = trainer(epochs=8, **settings)
    span = 1e-4
    ls = L.landscape(t, directions, first=(0, 1, 2), second=(2, None, 0), span=span, steps=3)
    h = ls.ticks[2] - ls.ticks[1]
    slope = np.array(
        [(ls.losses[1, 2] - ls.losses[1, 0]) / (2 * h), (ls.losses[2, 1] - ls.losses[0, 1]) / (2 * h)]
    )
    plane = (
        L.weights_plane(t.network, (0, 1, 2), (2, None, 0))
        if directions == "weights"
        else L.path_plane(L.recent_path(t)[0], t.network.params)
        if directions == "path"
        else L.random_plane(t.network, 0)
    )
    expected = projected_gradient(t, plane)
    assert np.abs(expected).max() > 1e-4  # a slope worth comparing
    np.testing.assert_allclose(slope, expected, rtol=1e-5, atol=1e-9)
    np.testing.assert_allclose(ls.gradient, expected, rtol=1e-12)


def test_a_chosen_weight_moved_along_the_slice_is_that_weight_set_by_hand():
    t = trainer()
    ls = L.landscape(t, "weights", first=(1, 3, 2), second=(0, None, 4), span=2.0, steps=5)
    net = t.network.copy()
    net.weights[1][3, 2] += 2.0  # a = +2 (the last column), b = -2 (the first row)
    net.biases[0][4] -= 2.0
    X, T = L.train_data(t)
    assert ls.losses[0, -1] == pytest.approx(net.loss(X, T.T, "bce"), rel=1e-12)
    assert ls.labels == ("w[2][4→3]", "b[1][5]")


def test_random_directions_are_normalised_neuron_by_neuron():
    t = trainer()
    plane = L.random_plane(t.network, seed=3)
    for d in (plane.d1, plane.d2):
        for D, P in zip(layer_blocks(d, t.network.sizes), t.network.blocks, strict=True):
            np.testing.assert_allclose(np.linalg.norm(D, axis=1), np.linalg.norm(P, axis=1), rtol=1e-12)
    assert not np.allclose(plane.d1, L.random_plane(t.network, seed=4).d1)


def test_the_path_plane_holds_a_path_that_lies_in_a_plane_and_projects_it_exactly():
    rng = np.random.default_rng(0)
    origin = rng.standard_normal(30)
    u, v = rng.standard_normal(30), rng.standard_normal(30)
    coords = rng.standard_normal((12, 2))
    path = origin + coords @ np.stack([u, v])
    plane = L.path_plane(path, origin)
    assert plane is not None
    back = plane.coordinates(path, origin) @ np.stack([plane.d1, plane.d2]) + origin
    np.testing.assert_allclose(back, path, atol=1e-10)
    assert L.path_plane(path[:1], origin) is None  # one step is not a plane


def test_the_path_is_the_recent_checkpoints_and_ends_at_the_current_weights():
    t = trainer(epochs=6)
    ls = L.landscape(t, "path")
    assert list(ls.path_epochs) == [0, 1, 2, 3, 4, 5, 6]
    np.testing.assert_allclose(ls.path[-1], [0.0, 0.0], atol=1e-12)
    assert np.abs(ls.path).max() * L.PATH_MARGIN == pytest.approx(ls.ticks[-1])  # the slice fits the path
    assert ls.warnings == ()


def test_random_directions_say_that_they_miss_the_path():
    ls = L.landscape(trainer(epochs=6), "random")
    assert any("outside this plane" in w for w in ls.warnings)


def test_the_path_s_directions_before_any_training_fall_back_to_random_ones_and_say_so():
    ls = L.landscape(trainer(epochs=0), "path")
    assert ls.labels == ("random direction 1", "random direction 2")
    assert "has not moved" in ls.warnings[0]


def test_the_trainer_s_weights_are_left_as_they_were():
    t = trainer()
    before = t.network.params.copy()
    L.landscape(t, "random")
    np.testing.assert_array_equal(t.network.params, before)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"directions": "sideways"}, "unknown directions"),
        ({"directions": "weights"}, "choose the two weights"),
        ({"directions": "weights", "first": (0, 0, 0), "second": (0, 0, 0)}, "two different"),
        ({"directions": "weights", "first": (7, 0, 0), "second": (0, 0, 0)}, "no layer 8"),
        ({"directions": "weights", "first": (0, 9, 0), "second": (0, 0, 0)}, "has no weight"),
        ({"directions": "random", "span": -1.0}, "positive"),
    ],
)
def test_a_slice_that_cannot_be_made_says_why(kwargs, message):
    with pytest.raises(ValueError, match=message):
        L.landscape(trainer(epochs=1), **kwargs)


def test_without_training_points_it_says_so():
    spec = DataSpec(name="spiral", n=120, noise=0.1, seed=1)
    t = Trainer(Experiment(data=spec, hidden=(3,), activations=("tanh",)), PointSet.empty())
    with pytest.raises(ValueError, match="no training points"):
        L.landscape(t)


def test_in_the_middle_of_an_epoch_the_path_ends_at_the_weights_now():
    t = trainer(epochs=3)
    t.step_batch()
    ls = L.landscape(t, "path")
    assert list(ls.path_epochs) == [0, 1, 2, 3, 3]  # the checkpoint of epoch 3, then one step on
    np.testing.assert_allclose(ls.path[-1], [0.0, 0.0], atol=1e-12)
    assert np.abs(ls.path[-2]).max() > 0


@pytest.mark.parametrize("directions", L.DIRECTIONS)
def test_an_earlier_epoch_s_slice_is_the_slice_of_the_run_rewound_there(directions):
    t = trainer(6)
    before = t.network.params.copy()
    kwargs = {"first": (0, 0, 0), "second": (1, None, 2)}
    ls = L.landscape(t, directions, params=t.history.checkpoints[3].params, epoch=3, **kwargs)
    np.testing.assert_array_equal(t.network.params, before)  # the run is left at epoch 6
    assert t.epoch == 6
    rewound = trainer(6)
    rewound.rewind(3)
    there = L.landscape(rewound, directions, **kwargs)
    assert ls.epoch == there.epoch == 3 and ls.loss == there.loss
    np.testing.assert_array_equal(ls.path_epochs, [0, 1, 2, 3])
    for a, b in ((ls.losses, there.losses), (ls.path, there.path), (ls.gradient, there.gradient)):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-15)


def test_weights_of_another_network_say_so():
    t = trainer(2)
    with pytest.raises(ValueError, match="another network"):
        L.landscape(t, params=np.zeros(3), epoch=1)
