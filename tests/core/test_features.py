"""Input features: values at known points, column order, grid shape and orientation."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.core import experiment, features

PYTHON = {  # the definitions, written out independently of the module
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1^2": lambda a, b: a * a,
    "x2^2": lambda a, b: b * b,
    "x1*x2": lambda a, b: a * b,
    "sin(x1)": lambda a, b: math.sin(a),
    "sin(x2)": lambda a, b: math.sin(b),
    "cos(x1)": lambda a, b: math.cos(a),
    "cos(x2)": lambda a, b: math.cos(b),
}


def test_the_playground_seven_plus_cosines_shared_with_the_experiment():
    assert features.FEATURES is experiment.FEATURES
    assert features.FEATURES[:7] == ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
    assert features.FEATURES[7:] == ("cos(x1)", "cos(x2)")


def test_values_at_known_points():
    out = features.transform(np.array([[1.0, 2.0]]), features.FEATURES)
    want = [1, 2, 1, 4, 2, math.sin(1), math.sin(2), math.cos(1), math.cos(2)]
    assert out.shape == (1, 9) and out.dtype == np.float64
    assert np.allclose(out[0], want, rtol=0, atol=1e-12)
    out = features.transform([[math.pi / 2, -math.pi], [0, 0]], ["sin(x1)", "cos(x2)", "x1*x2"])
    assert np.allclose(out, [[1, -1, -(math.pi**2) / 2], [0, 1, 0]], rtol=0, atol=1e-12)


def test_every_feature_matches_its_definition():
    xy = np.random.default_rng(0).uniform(-6, 6, (50, 2))
    out = features.transform(xy, features.FEATURES)
    for j, name in enumerate(features.FEATURES):
        want = [PYTHON[name](a, b) for a, b in xy.tolist()]
        assert np.allclose(out[:, j], want, rtol=0, atol=1e-12), (
            name
        )  # sin/cos: a last-bit difference is fine


def test_columns_follow_the_order_of_the_names():
    xy = np.array([[3.0, -2.0], [0.5, 4.0]])
    out = features.transform(xy, ["x2^2", "x1", "sin(x2)"])
    assert np.allclose(out, [[4.0, 3.0, math.sin(-2.0)], [16.0, 0.5, math.sin(4.0)]], rtol=0, atol=1e-12)
    assert out[:, :2].tolist() == [[4.0, 3.0], [16.0, 0.5]]
    assert features.transform(xy, "x2").tolist() == [[-2.0], [4.0]]


def test_out_buffer_is_filled_and_returned():
    xy = np.array([[1.0, 2.0], [3.0, 4.0]])
    buf = np.full((2, 2), np.nan)
    assert features.transform(xy, ["x1*x2", "x1"], out=buf) is buf
    assert buf.tolist() == [[2.0, 1.0], [12.0, 3.0]]
    with pytest.raises(ValueError, match="out must be a float64 array of shape"):
        features.transform(xy, ["x1"], out=np.empty((2, 2)))


def test_bad_names_and_shapes():
    with pytest.raises(ValueError, match=r"unknown feature 'x3'; choose from x1, x2"):
        features.transform(np.zeros((1, 2)), ["x1", "x3"])
    with pytest.raises(ValueError, match="at least one"):
        features.transform(np.zeros((1, 2)), [])
    with pytest.raises(ValueError, match=r"shape \(n, 2\)"):
        features.transform(np.zeros((4,)), ["x1"])
    assert features.transform(np.empty((0, 2)), ["x1", "x2"]).shape == (0, 2)


def test_labels_for_the_screen():
    assert features.label("x1^2") == "x₁²"
    assert features.label("x1*x2") == "x₁x₂"
    assert features.label("sin(x2)") == "sin(x₂)"
    assert len({features.label(f) for f in features.FEATURES}) == len(features.FEATURES)
    with pytest.raises(ValueError, match="unknown feature"):
        features.label("tan(x1)")


def test_grid_points_are_pixel_centres_row_major_with_y_as_the_row():
    g = features.grid_points(4)
    assert g.shape == (16, 2)
    centres = [-4.5, -1.5, 1.5, 4.5]
    assert g[:4].tolist() == [[c, -4.5] for c in centres]  # first row: y = lo, x ascending
    assert g[::4, 1].tolist() == centres  # rows go up in y
    cells = g.reshape(4, 4, 2)
    for r in range(4):
        for c in range(4):
            assert cells[r, c].tolist() == [centres[c], centres[r]]


def test_a_value_vector_reshaped_is_indexed_y_then_x():
    size = 5
    g = features.grid_points(size, lo=0.0, hi=10.0)
    image = features.transform(g, ["x1"]).reshape(size, size)
    assert (np.diff(image, axis=1) > 0).all() and (np.diff(image, axis=0) == 0).all()
    image = features.transform(g, ["x2"]).reshape(size, size)
    assert (np.diff(image, axis=0) > 0).all() and image[0, 0] == 1.0


def test_feature_grid():
    grid = features.feature_grid(["x1", "x1*x2", "cos(x2)"], 50)
    assert grid.shape == (2500, 3)
    assert np.array_equal(grid, features.transform(features.grid_points(50), ["x1", "x1*x2", "cos(x2)"]))
    assert grid[:, 0].min() > -6 and grid[:, 0].max() < 6


def test_bad_grids():
    with pytest.raises(ValueError, match="at least 1"):
        features.grid_points(0)
    with pytest.raises(ValueError, match="lo < hi"):
        features.grid_points(3, lo=1, hi=1)
    assert features.grid_points(1).tolist() == [[0.0, 0.0]]
