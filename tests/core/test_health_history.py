"""The layers' health over epochs: recorded in the history at a cadence, exact quantiles, thinned, rewound, reset,
saved in sessions bit for bit, and absent from old files without harm."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nnplayground.core import health_history as HH
from nnplayground.core import session as S
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.health import per_point
from nnplayground.core.history import Sparse
from nnplayground.core.points import PointSet
from nnplayground.core.session import SessionError, load_session, save_session
from nnplayground.core.trainer import Trainer


@pytest.fixture
def every_epoch(monkeypatch):
    """A cadence that never slows down (an infinite SHARE: no record costs too much), so the epochs are known."""
    monkeypatch.setattr(HH, "SHARE", float("inf"))


def trainer(hidden=(5, 4), epochs: int = 6, **kw) -> Trainer:
    ps = PointSet.generate("spiral", 120, 0.1, 3)
    exp = Experiment(data=DataSpec("spiral", 120, 0.1, 3), hidden=hidden, activations=("tanh",) * len(hidden), **kw)
    t = Trainer(exp, ps)
    t.run(epochs)
    return t


def test_the_recorded_quantiles_are_those_of_the_layer_at_that_epoch(every_epoch):
    t = trainer(epochs=6)
    h = HH.of_history(t.history)
    assert h.epochs.tolist() == [0, 1, 2, 3, 4, 5, 6] and len(h.layers) == 3
    d = len(t.experiment.features)
    M = t.data_matrices["train"]
    for i, e in enumerate(h.epochs.astype(int)):
        net = t.network.copy()
        net.params[...] = t.history.checkpoints[e].params
        _, As, deltas = per_point(net, M[:d].T, M[d + 1 :], t.head.loss)
        for l, layer in enumerate(h.layers):
            np.testing.assert_array_equal(layer.activations[i], np.quantile(As[l], HH.QUANTILES))
            np.testing.assert_array_equal(layer.gradients[i], np.quantile(deltas[l], HH.QUANTILES))
            np.testing.assert_array_equal(layer.weights[i], np.quantile(net.weights[l], HH.QUANTILES))
            if e == 0:
                assert np.isnan(layer.update_ratio[i])  # (no epoch before the first)
            else:
                prev = t.network.copy()
                prev.params[...] = t.history.checkpoints[e - 1].params
                ratio = np.linalg.norm(net.weights[l] - prev.weights[l]) / np.linalg.norm(net.weights[l])
                np.testing.assert_allclose(layer.update_ratio[i], ratio, rtol=1e-12)


def test_a_costly_record_slows_the_cadence_to_powers_of_two(monkeypatch):
    monkeypatch.setattr(HH, "SHARE", 0.0)  # every record costs too much: the stride doubles each time
    t = trainer(epochs=40)
    epochs = HH.of_history(t.history).epochs.tolist()
    assert epochs[:3] == [0, 1, 2] and set(epochs) <= {0, 1, 2, 4, 8, 16, 32}
    assert t.history.sparse.stride >= 32


def test_rewinding_truncates_and_a_reset_clears_the_records(every_epoch):
    t = trainer(epochs=8)
    t.rewind(5)
    assert HH.of_history(t.history).epochs.tolist() == [0, 1, 2, 3, 4, 5]
    t.run(2)
    h = HH.of_history(t.history)
    assert h.epochs.tolist() == [0, 1, 2, 3, 4, 5, 6, 7]
    again = trainer(epochs=7)  # the retraced run records the same numbers
    np.testing.assert_array_equal(h.layers[1].gradients, HH.of_history(again.history).layers[1].gradients)
    t.reset()
    assert HH.of_history(t.history).epochs.tolist() == [0]


def test_a_new_shape_starts_a_new_record():
    t = trainer(epochs=3)
    t.set_experiment(t.experiment.replace(hidden=(3,), activations=("relu",)))
    h = HH.of_history(t.history)
    assert h.epochs.tolist() == [0] and len(h.layers) == 2


def test_sparse_rows_are_thinned_as_the_history_thins_its_rows():
    s = Sparse(budget=16)
    for e in range(200):
        s.add(e, np.full(3, float(e)))
    epochs, rows = s.arrays()
    assert len(epochs) <= 16 and epochs[0] == 0 and epochs[-1] == 199
    assert (np.diff(epochs) > 0).all() and (rows[:, 0] == epochs).all()
    assert np.diff(epochs)[-1] <= np.diff(epochs)[1]  # recent epochs denser than old ones
    s.add(150, np.zeros(3))  # a record of an earlier epoch replaces the later ones (a retaken run)
    assert s.arrays()[0][-1] == 150
    s.add(151, np.zeros(5))  # another width: another network
    assert s.arrays()[0].tolist() == [151]


def test_a_saved_session_reloads_the_records_bit_identically(tmp_path, every_epoch):
    t = trainer(epochs=5, optimizer="adam", lr=0.01)
    path = tmp_path / "run.nnp"
    save_session(path, S.session_from_trainer(t))
    loaded = load_session(path)
    epochs, rows = t.history.sparse.arrays()
    np.testing.assert_array_equal(loaded.health[0], epochs)
    assert loaded.health[1].tobytes() == rows.tobytes()  # NaN (the first update ratio) included
    r = S.restore_trainer(loaded)
    assert r.history.sparse.arrays()[1].tobytes() == rows.tobytes()
    r.run(1)
    t.run(1)
    assert r.history.sparse.arrays()[1][-1].tobytes() == t.history.sparse.arrays()[1][-1].tobytes()


def test_an_old_session_without_the_records_opens(tmp_path):
    t = trainer(epochs=3)
    doc = json.loads(S.dumps_session(S.session_from_trainer(t)))
    del doc["health"]  # a file from before the layers' health was recorded
    path = tmp_path / "old.nnp"
    path.write_text(json.dumps(doc), encoding="utf-8")
    session = load_session(path)
    assert session.health is None
    r = S.restore_trainer(session)
    assert len(r.history.sparse) == 0 and r.epoch == 3
    r.run(1)
    assert HH.of_history(r.history).epochs.tolist() == [4]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda h: h.update(values=[]), "health: values must be a list of"),
        (lambda h: h.update(extra=1), "health: must be an object with epoch and values"),
        (lambda h: h["values"][1].pop(), "health: row 1: must hold"),
        (lambda h: h["values"][0].__setitem__(3, "x"), "health: row 0: value 3 must be a number"),
        (lambda h: h["epoch"].reverse(), "health: epochs must be whole numbers"),
        (lambda h: h["epoch"].__setitem__(-1, 99), "health: records epoch 99, after the saved epoch 2"),
    ],
)
def test_bad_records_are_refused_with_a_specific_message(tmp_path, every_epoch, change, message):
    doc = json.loads(S.dumps_session(S.session_from_trainer(trainer(epochs=2))))
    change(doc["health"])
    path = tmp_path / "bad.nnp"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(SessionError, match="health"):
        load_session(path)
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert message in str(info.value)


def test_a_file_of_several_runs_keeps_each_run_s_records(every_epoch):
    from nnplayground.core import runs_file
    from nnplayground.core.runs import Runs

    a, b = trainer(epochs=4), trainer(hidden=(3,), epochs=2)
    runs = Runs.single(S.session_from_trainer(a)).add(S.session_from_trainer(b))
    back = runs_file.loads_runs(runs_file.dumps_runs(runs))
    for run, t in zip(back.runs, (a, b), strict=True):
        epochs, rows = t.history.sparse.arrays()
        np.testing.assert_array_equal(run.session.health[0], epochs)
        assert run.session.health[1].tobytes() == rows.tobytes()
