"""The real data sets: shipped with their licences, drawn like any generator, their species named and their units
kept, so that a model trained on them and exported takes millimetres (and gives grams)."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from nnplayground import resources
from nnplayground.core import datasets, shipped
from nnplayground.core.experiment import DataSpec, Experiment, generated_spec
from nnplayground.core.features import transform
from nnplayground.core.model_export import model_of
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer


def test_every_file_is_shipped_with_its_licence_noted():
    notes = resources.path("datasets", "README.md").read_text(encoding="utf-8")
    for s in shipped.SHIPPED.values():
        assert resources.path("datasets", s.file).is_file() and f"`{s.file}`" in notes
    assert "CC0" in notes and "CC BY 4.0" in notes


@pytest.mark.parametrize("name, rows, names", [("penguins", 342, 3), ("iris", 150, 3), ("penguin_mass", 342, 0)])
def test_each_set_is_its_rows_in_the_square(name, rows, names):
    assert datasets.is_shipped(name) and datasets.default_n(name) == rows
    xy, y = datasets.generate(name)
    assert xy.shape == (rows, 2) and np.abs(xy).max() <= 5.0 + 1e-12
    assert len(shipped.load(name).class_names) == names
    if datasets.is_regression(name):
        assert np.abs(y).max() <= 1.0 + 1e-12 and y.dtype == np.float64
    else:
        assert sorted(set(y.tolist())) == list(range(names))


def test_the_points_are_the_files_measurements():
    s = shipped.SHIPPED["iris"]
    rows = list(csv.DictReader(resources.path("datasets", s.file).read_text().splitlines()))
    raw = np.array([[float(r[s.x]), float(r[s.y])] for r in rows])
    m = shipped.meaning("iris")
    square = raw * np.array([m["x_scale"], m["y_scale"]]) + np.array([m["x_offset"], m["y_offset"]])
    np.testing.assert_allclose(shipped.load("iris").xy, square, rtol=0, atol=1e-12)
    assert m["class_names"] == ("Iris setosa", "Iris versicolor", "Iris virginica")


def test_subsets_and_more_are_drawn_by_the_seed():
    a, _ = datasets.generate("penguins", n=100, seed=3)
    b, _ = datasets.generate("penguins", n=100, seed=3)
    assert np.array_equal(a, b) and len(a) == 100
    more, labels = datasets.generate("iris", n=400, noise=0.1, seed=1)
    assert more.shape == (400, 2) and labels.shape == (400,)


def test_a_generated_real_set_keeps_its_species_and_units_and_a_formula_clears_them():
    spec = generated_spec(DataSpec(), name="penguins", n=342, classes=3)
    assert spec.class_names == ("Adelie", "Gentoo", "Chinstrap") and spec.x_scale != 1.0
    assert generated_spec(spec, name="spiral").class_names == () and generated_spec(spec, name="spiral").x_scale == 1


def test_a_model_of_the_body_mass_takes_millimetres_and_gives_grams():
    spec = generated_spec(DataSpec(), name="penguin_mass", n=342)
    e = Experiment(data=spec, problem="regression", hidden=(3,), activations=("tanh",), lr=0.01)
    t = Trainer(e, PointSet.generate("penguin_mass", 342))
    t.run(3)
    model = model_of(t.snapshot(grid=2, neuron_grid=2), e)
    s = shipped.SHIPPED["penguin_mass"]
    first = next(csv.DictReader(resources.path("datasets", s.file).read_text().splitlines()))
    raw = np.array([[float(first[s.x]), float(first[s.y])]])
    square = raw * np.array([spec.x_scale, spec.y_scale]) + np.array([spec.x_offset, spec.y_offset])
    value = t.network.forward(transform(square, e.features))[0, 0]
    grams = (value - spec.value_offset) / spec.value_scale
    assert model.forward(raw)[0, 0] == pytest.approx(grams, rel=1e-12)
