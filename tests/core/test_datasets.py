"""Generators: shapes, balance, each formula's geometry at noise 0, determinism, validation."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnplayground.core import datasets

TF_SIX = ["circle", "xor", "gauss", "spiral", "plane", "multigauss"]
OURS = ["moons", "blobs", "checkerboard", "spirals", "rings"]
REAL = ["penguins", "iris", "penguin_mass"]  # shipped: tests/core/test_shipped.py
CLASSIFICATION = [n for n in TF_SIX + OURS if n not in ("plane", "multigauss")]
K_CLASS = ["blobs", "checkerboard", "spirals", "rings"]


def by_class(X: np.ndarray, y: np.ndarray, c: int) -> np.ndarray:
    return X[y == c]


def same_points(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal as sets of rows (the generator shuffles), to rounding."""
    if a.shape != b.shape:
        return False
    a = a[np.lexsort(np.round(a, 9).T[::-1])]
    b = b[np.lexsort(np.round(b, 9).T[::-1])]
    return np.allclose(a, b, atol=1e-12)


# ---- catalogue ---------------------------------------------------------------------------------------------
def test_names_lists_the_playground_six_first_then_ours_then_the_real_ones():
    assert datasets.names() == TF_SIX + OURS + REAL


def test_kinds_and_titles():
    assert [n for n in datasets.names() if datasets.is_regression(n)] == ["plane", "multigauss", "penguin_mass"]
    assert [n for n in datasets.names() if datasets.has_classes(n)] == K_CLASS
    assert datasets.title("circle") == "Circle"
    assert datasets.title("spiral") == "Two spirals"
    titles = [datasets.title(n) for n in datasets.names()]
    assert len(set(titles)) == len(titles) and all(t and t[0].isupper() for t in titles)


# ---- shape, dtype, range, determinism ----------------------------------------------------------------------
@pytest.mark.parametrize("name", TF_SIX + OURS)
@pytest.mark.parametrize("noise", [0.0, 0.5, 1.0])
def test_shape_dtype_and_range(name, noise):
    X, y = datasets.generate(name, n=301, noise=noise, seed=4, classes=4)
    assert X.shape == (301, 2) and X.dtype == np.float64 and X.flags.c_contiguous
    assert y.shape == (301,)
    assert np.isfinite(X).all() and np.abs(X).max() <= 6.0
    if datasets.is_regression(name):
        assert y.dtype == np.float64 and np.isfinite(y).all()
    else:
        assert y.dtype == np.int64 and y.min() >= 0


@pytest.mark.parametrize("name", TF_SIX + OURS)
def test_default_sizes(name):
    X, y = datasets.generate(name)
    want = 1200 if datasets.is_regression(name) else 500
    assert len(X) == len(y) == want == datasets.default_n(name)


@pytest.mark.parametrize("name", TF_SIX + OURS)
def test_same_seed_same_points_other_seed_other_points(name):
    a = datasets.generate(name, n=200, noise=0.2, seed=7, classes=3)
    b = datasets.generate(name, n=200, noise=0.2, seed=7, classes=3)
    c = datasets.generate(name, n=200, noise=0.2, seed=8, classes=3)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert not np.array_equal(a[0], c[0])


def test_known_values_for_seed_0():
    """The same arrays on every machine: PCG64 uniform draws and arithmetic only, pinned here."""
    X, y = datasets.generate("plane", n=3, noise=0.0, seed=0)
    rng = np.random.default_rng(0)
    xy = rng.uniform(-6, 6, (3, 2))
    rng.uniform(-6, 6, (3, 2))
    order = rng.permutation(3)
    assert np.array_equal(X, xy[order])
    assert np.array_equal(y, (xy[order, 0] + xy[order, 1]) / 10)


@pytest.mark.parametrize("name", TF_SIX + OURS)
@pytest.mark.parametrize("n", [0, 1, 2, 7])
def test_tiny_and_odd_sizes(name, n):
    X, y = datasets.generate(name, n=n, seed=1, classes=3)
    assert X.shape == (n, 2) and y.shape == (n,)


# ---- balance -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["circle", "gauss", "spiral", "moons"])
def test_two_class_sets_are_balanced(name):
    _, y = datasets.generate(name, n=501, seed=2)
    assert sorted(np.bincount(y).tolist()) == [250, 251]


def test_xor_is_roughly_balanced():
    _, y = datasets.generate("xor", n=4000, seed=2)
    assert abs(np.mean(y) - 0.5) < 0.05


@pytest.mark.parametrize("name", K_CLASS)
@pytest.mark.parametrize("k", range(2, 10))
def test_k_class_sets_give_k_balanced_classes(name, k):
    _, y = datasets.generate(name, n=90 * k + 1, noise=0.0, seed=3, classes=k)
    counts = np.bincount(y, minlength=k)
    assert len(counts) == k and counts.min() >= 90 and counts.max() <= 91


@pytest.mark.parametrize("name", [n for n in TF_SIX + OURS if not datasets.has_classes(n)])
def test_fixed_sets_ignore_classes(name):
    a = datasets.generate(name, n=50, seed=1, classes=2)
    b = datasets.generate(name, n=50, seed=1, classes=7)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])


# ---- geometry at noise 0 -----------------------------------------------------------------------------------
def test_circle_geometry():
    X, y = datasets.generate("circle", n=2000, noise=0.0, seed=5)
    r = np.hypot(X[:, 0], X[:, 1])
    assert r[y == 1].max() < 2.5
    assert r[y == 0].min() >= 3.5 and r[y == 0].max() <= 5.0
    assert r[y == 1].min() < 0.1  # r ~ U(0, 2.5): the inside is filled, not a ring


def test_circle_noise_flips_labels_near_the_boundary_without_moving_points():
    X, y = datasets.generate("circle", n=2000, noise=0.5, seed=5)
    r = np.hypot(X[:, 0], X[:, 1])
    assert r[r < 2.5].size + r[r >= 3.5].size == 2000  # points are not shifted
    agree = np.mean(y == (r < 2.5))
    assert 0.6 < agree < 0.98


def test_circle_noise_flips_as_often_as_in_the_playground():
    """The playground's label rule, simulated here with another stream: same flip rates per ring."""
    X, y = datasets.generate("circle", n=40_000, noise=0.3, seed=5)
    rng = np.random.default_rng(123)
    r = np.concatenate([rng.uniform(0, 2.5, 20_000), rng.uniform(3.5, 5, 20_000)])
    a = rng.uniform(0, 2 * np.pi, 40_000)
    shifted = np.column_stack([r * np.sin(a), r * np.cos(a)]) + rng.uniform(-5, 5, (40_000, 2)) * 0.3
    want = np.hypot(*shifted.T) < 2.5
    inner = np.hypot(*X.T) < 2.5
    assert abs(y[inner].mean() - want[:20_000].mean()) < 0.015
    assert abs(y[~inner].mean() - want[20_000:].mean()) < 0.015


def test_xor_geometry():
    X, y = datasets.generate("xor", n=2000, noise=0.0, seed=5)
    assert np.abs(X).min() >= 0.3 and np.abs(X).max() <= 5.3
    assert np.array_equal(y, (X[:, 0] * X[:, 1] >= 0).astype(np.int64))
    noisy_X, noisy_y = datasets.generate("xor", n=2000, noise=0.5, seed=5)
    assert np.mean(noisy_y == (noisy_X[:, 0] * noisy_X[:, 1] >= 0)) < 0.95


def test_gauss_means_and_variance():
    X, y = datasets.generate("gauss", n=20000, noise=0.0, seed=5)
    assert np.allclose(by_class(X, y, 1).mean(axis=0), [2, 2], atol=0.05)
    assert np.allclose(by_class(X, y, 0).mean(axis=0), [-2, -2], atol=0.05)
    assert np.allclose(by_class(X, y, 1).var(axis=0), 0.5, rtol=0.05)
    X, y = datasets.generate("gauss", n=20000, noise=0.25, seed=5)  # variance 0.5 + 7 * 0.25 = 2.25
    assert np.allclose(by_class(X, y, 1).var(axis=0), 2.25, rtol=0.06)


def tf_spiral(n: int, delta: float) -> np.ndarray:
    """TF Playground's genSpiral, transcribed with a Python loop."""
    half = n / 2
    pts = []
    for i in range(math.ceil(half)):
        r = i / half * 5
        t = 1.75 * i / half * 2 * math.pi + delta
        pts.append((r * math.sin(t), r * math.cos(t)))
    return np.array(pts)


def test_spiral_follows_the_playground_formula():
    X, y = datasets.generate("spiral", n=500, noise=0.0, seed=5)
    assert same_points(by_class(X, y, 1), tf_spiral(500, 0.0))
    assert same_points(by_class(X, y, 0), tf_spiral(500, math.pi))


@pytest.mark.parametrize("name", TF_SIX + OURS)
def test_the_noise_slider_moves_the_same_points(name):
    """For one seed, noise changes labels or nudges points; it never draws a different set."""
    clean, _ = datasets.generate(name, n=400, noise=0.0, seed=6, classes=3)
    noisy, _ = datasets.generate(name, n=400, noise=0.3, seed=6, classes=3)
    if name in ("circle", "xor", "plane", "multigauss", "checkerboard", "rings"):
        assert np.array_equal(clean, noisy)  # noise is read at a shifted point; the point stays
    else:
        assert not np.array_equal(clean, noisy) and np.median(np.abs(noisy - clean)) < 1.5


@pytest.mark.parametrize("name", ["spiral", "spirals"])
def test_spiral_noise_is_uniform_within_noise(name):
    clean, _ = datasets.generate(name, n=2000, noise=0.0, seed=5)
    noisy, _ = datasets.generate(name, n=2000, noise=0.3, seed=5)
    d = noisy - clean  # U(-1, 1) * noise in each axis
    assert 0.29 < np.abs(d).max() <= 0.3 and abs(np.abs(d).mean() - 0.15) < 0.01


def test_plane_values():
    X, y = datasets.generate("plane", n=1000, noise=0.0, seed=5)
    assert np.allclose(y, (X[:, 0] + X[:, 1]) / 10, rtol=0, atol=1e-15)
    assert np.abs(X).max() <= 6.0 and np.abs(X).max() > 5.9  # U(-6, 6), not U(-5, 5)
    X, y = datasets.generate("plane", n=1000, noise=0.5, seed=5)
    err = y - (X[:, 0] + X[:, 1]) / 10
    assert 0.05 < np.abs(err).max() <= 0.6


def test_multigauss_values():
    v = datasets.multigauss_value([[-4, 2.5], [0, 2.5], [4, 2.5], [-4, -2.5], [0, -2.5], [4, -2.5]])
    assert v.tolist() == [1, -1, 1, -1, 1, -1]
    assert datasets.multigauss_value([[-4, 3.5], [6, 6], [-2, 0]]).tolist() == [0.5, 0, 0]
    X, y = datasets.generate("multigauss", n=1000, noise=0.0, seed=5)
    want = []
    for px, py in X.tolist():  # the playground's loop: keep the first of the largest magnitude
        best = 0.0
        for cx, cy, sign in [
            (-4, 2.5, 1),
            (0, 2.5, -1),
            (4, 2.5, 1),
            (-4, -2.5, -1),
            (0, -2.5, 1),
            (4, -2.5, -1),
        ]:
            value = sign * min(max(1 - math.hypot(px - cx, py - cy) / 2, 0), 1)
            if abs(value) > abs(best):
                best = value
        want.append(best)
    assert np.allclose(y, want, atol=1e-15)
    assert y.min() >= -1 and y.max() <= 1


def test_moons_geometry():
    X, y = datasets.generate("moons", n=1000, noise=0.0, seed=5)
    for c, (cx, cy) in enumerate(datasets.MOON_CENTRES):
        pts = by_class(X, y, c)
        assert np.allclose(np.hypot(pts[:, 0] - cx, pts[:, 1] - cy), 3.0)
        assert (pts[:, 1] >= cy - 1e-12).all() if c == 0 else (pts[:, 1] <= cy + 1e-12).all()


@pytest.mark.parametrize("k", [2, 5, 9])
def test_blobs_sit_round_their_centres(k):
    X, y = datasets.generate("blobs", n=300 * k, noise=0.0, seed=5, classes=k)
    centres = datasets.blob_centres(k)
    assert np.allclose(np.hypot(*centres.T), 3.5)
    for c in range(k):
        assert np.allclose(by_class(X, y, c).mean(axis=0), centres[c], atol=0.1)
    nearest = np.argmin(((X[:, None, :] - centres[None]) ** 2).sum(-1), axis=1)
    assert np.mean(nearest == y) > 0.99


def test_checkerboard_two_classes_is_a_4x4_board():
    X, y = datasets.generate("checkerboard", n=2000, noise=0.0, seed=5)
    col, row = np.floor((X[:, 0] + 6) / 3), np.floor((X[:, 1] + 6) / 3)
    assert np.array_equal(y, ((col + row) % 2).astype(np.int64))
    assert len(np.unique(col * 4 + row)) == 16


@pytest.mark.parametrize("k", [3, 6, 9])
def test_checkerboard_k_classes_follow_their_cells(k):
    X, y = datasets.generate("checkerboard", n=1000, noise=0.0, seed=5, classes=k)
    assert np.array_equal(y, datasets.checkerboard_class(X, k))
    X, y = datasets.generate("checkerboard", n=1000, noise=0.5, seed=5, classes=k)
    assert np.mean(y == datasets.checkerboard_class(X, k)) < 0.95


@pytest.mark.parametrize("k", [2, 3, 9])
def test_spiral_arms_follow_the_formula(k):
    X, y = datasets.generate("spirals", n=100 * k, noise=0.0, seed=5, classes=k)
    for j in range(k):
        i = np.arange(100)
        r, t = 5 * i / 100, 1.75 * 2 * np.pi * i / 100 + 2 * np.pi * j / k
        assert same_points(by_class(X, y, j), np.column_stack([r * np.sin(t), r * np.cos(t)]))


@pytest.mark.parametrize("k", [2, 4, 9])
def test_rings_are_separate_bands(k):
    X, y = datasets.generate("rings", n=200 * k, noise=0.0, seed=5, classes=k)
    r = np.hypot(X[:, 0], X[:, 1])
    for j in range(k):
        rj = r[y == j]
        assert rj.min() >= j * 5 / k and rj.max() < (j + 1) * 5 / k
    X, y = datasets.generate("rings", n=200 * k, noise=0.5, seed=5, classes=k)
    assert np.mean(y == datasets.ring_class(X, k)) < 0.95


# ---- validation --------------------------------------------------------------------------------------------
def test_unknown_name_lists_the_valid_ones():
    with pytest.raises(ValueError, match=r"unknown data set 'spirl'.*circle, xor, gauss, spiral"):
        datasets.generate("spirl")
    with pytest.raises(ValueError, match="unknown data set"):
        datasets.title("nope")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"n": -1}, "number of points"),
        ({"noise": -0.1}, "noise must be between 0 and 1"),
        ({"noise": 1.5}, "noise must be between 0 and 1"),
        ({"noise": float("nan")}, "noise must be between 0 and 1"),
        ({"classes": 1}, "classes must be between 2 and 9"),
        ({"classes": 10}, "classes must be between 2 and 9"),
        ({"seed": -3}, "seed"),
    ],
)
def test_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        datasets.generate("blobs", **kwargs)


def test_bad_types():
    with pytest.raises(TypeError):
        datasets.generate("circle", n=10.5)
    with pytest.raises(TypeError):
        datasets.generate("circle", noise="a lot")
    assert len(datasets.generate("circle", n=np.int64(10))[0]) == 10
