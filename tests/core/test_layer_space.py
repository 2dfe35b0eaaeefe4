"""The space a hidden layer makes: the data points and the grid of the square, where the layer puts them,
checked against the network's own activations."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.core import features as feats
from nnplayground.core import layer_space as S
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.network import Network
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer

XY = np.random.default_rng(0).uniform(-6, 6, (50, 2))
FEATURES = ("x1", "x2", "x1^2")


def net(sizes=(3, 2, 5, 1), seed=1) -> Network:
    return Network(list(sizes), activation="tanh", seed=seed)


def test_a_two_neuron_layer_s_points_are_its_activations():
    n = net()
    space = S.layer_space(n, FEATURES, 0, XY)
    np.testing.assert_allclose(space.points, n.activations(feats.transform(XY, FEATURES))[0], rtol=1e-12)
    assert space.axes == ("neuron 1", "neuron 2") and "two neurons" in space.how


def test_the_grid_lines_are_the_square_s_lines_through_the_layer():
    n = net()
    space = S.layer_space(n, FEATURES, 0, XY)
    grid = S.grid_lines()
    assert space.lines.shape == grid.shape == (2 * S.GRID_LINES, S.LINE_SAMPLES, 2)
    assert np.all(grid[0, :, 1] == -6.0) and np.all(grid[S.GRID_LINES, :, 0] == -6.0)  # y = -6, then x = -6
    line = grid[5]
    np.testing.assert_allclose(space.lines[5], n.activations(feats.transform(line, FEATURES))[0], rtol=1e-12)


def test_two_chosen_neurons_of_a_wider_layer_are_their_activations():
    n = net()
    space = S.layer_space(n, FEATURES, 1, XY, neurons=(4, 1))
    H = n.activations(feats.transform(XY, FEATURES))[1]
    np.testing.assert_allclose(space.points, H[:, [4, 1]], rtol=1e-12)
    assert space.axes == ("neuron 5", "neuron 2")


def test_a_wider_layer_is_its_first_two_principal_components_over_the_data():
    n = net()
    space = S.layer_space(n, FEATURES, 1, XY)
    H = n.activations(feats.transform(XY, FEATURES))[1]
    C = H - H.mean(axis=0)
    _, s, vt = np.linalg.svd(C, full_matrices=False)
    for k in range(2):  # the same components, up to the sign the view fixes
        assert abs(abs(np.corrcoef(space.points[:, k], C @ vt[k])[0, 1]) - 1) < 1e-12
    np.testing.assert_allclose(space.points.mean(axis=0), 0.0, atol=1e-12)
    assert space.points[:, 0].var() >= space.points[:, 1].var()
    share = s[:2] ** 2 / (s**2).sum()
    assert space.axes == (f"component 1 ({share[0]:.0%})", f"component 2 ({share[1]:.0%})")
    assert "principal components" in space.how


def test_the_principal_components_keep_their_sign_when_the_weights_barely_move():
    n = net()
    a = S.layer_space(n, FEATURES, 1, XY)
    n.params += 1e-6
    b = S.layer_space(n, FEATURES, 1, XY)
    np.testing.assert_allclose(a.points, b.points, atol=1e-4)


def test_a_one_neuron_layer_lies_along_x():
    n = net((3, 1, 1))
    space = S.layer_space(n, FEATURES, 0, XY)
    np.testing.assert_allclose(space.points[:, 0], n.activations(feats.transform(XY, FEATURES))[0][:, 0])
    assert np.all(space.points[:, 1] == 0)


def test_the_last_two_neuron_layer_shows_the_output_s_boundary_as_a_line():
    n = net((3, 5, 2, 1))
    space = S.layer_space(n, FEATURES, 1, XY)
    a, b, c = space.boundary
    z = n.activations(feats.transform(XY, FEATURES))
    logit = space.points @ [a, b] + c  # the output's pre-activation, from the layer's outputs alone
    np.testing.assert_allclose(1 / (1 + np.exp(-logit)), z[-1][:, 0], rtol=1e-10)
    assert S.layer_space(n, FEATURES, 0, XY).boundary is None  # not the last hidden layer: no line


@pytest.mark.parametrize(
    ("sizes", "layer", "neurons", "message"),
    [
        ((3, 1), 0, None, "no hidden layer"),
        ((3, 2, 5, 1), 2, None, "no hidden layer 3"),
        ((3, 2, 5, 1), 1, (1, 1), "two different neurons"),
        ((3, 2, 5, 1), 1, (0, 5), "from 1 to 5"),
    ],
)
def test_a_layer_or_neuron_that_is_not_there_is_refused(sizes, layer, neurons, message):
    with pytest.raises(ValueError, match=message):
        S.layer_space(net(sizes), FEATURES, layer, XY, neurons)


def test_the_trainer_s_space_has_every_point_its_classes_and_which_are_test_points():
    spec = DataSpec(name="xor", n=80, seed=2, train_ratio=0.5)
    points = PointSet.generate("xor", 80, 0.0, 2)
    t = Trainer(Experiment(data=spec, hidden=(2,), activations=("tanh",)), points)
    space = S.trainer_layer_space(t, 0)
    np.testing.assert_allclose(space.points, t.network.activations(np.asarray(points.xy))[0], rtol=1e-12)
    np.testing.assert_array_equal(space.targets, points.target)
    np.testing.assert_array_equal(space.test, points.test_mask(0.5))
    earlier = t.network.params.copy()
    t.run(3)
    then = S.trainer_layer_space(t, 0, params=earlier)  # the weights of an earlier epoch the timeline shows
    np.testing.assert_allclose(then.points, space.points, rtol=1e-12)
    assert not np.allclose(S.trainer_layer_space(t, 0).points, space.points)
