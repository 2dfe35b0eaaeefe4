"""Session files: exact round trips, continuing a run bit for bit, upgrades, refusals and atomic saving."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from nnplayground.core import session as S
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.session import Session, SessionError, load_session, save_session
from nnplayground.core.trainer import Trainer


def make(optimizer: str = "adam", dataset: str = "spiral", n: int = 120, **kw) -> tuple[Experiment, PointSet]:
    ps = PointSet.generate(dataset, n, 0.1, 3)
    problem = "regression" if ps.regression else "classification"
    exp = Experiment(data=DataSpec(dataset, n, 0.1, 3), problem=problem, optimizer=optimizer, lr=0.01, seed=5, **kw)
    return exp, ps


def trained(epochs: int = 20, **kw) -> Trainer:
    t = Trainer(*make(**kw))
    t.run(epochs)
    return t


def doc_of(session: Session) -> dict:
    return json.loads(S.dumps_session(session))


def write_doc(path, doc) -> None:
    # "HUGE" stands for a literal 1e999, which JSON parsers read as infinity (json.dumps would write Infinity)
    path.write_text(json.dumps(doc).replace('"HUGE"', "1e999"), encoding="utf-8")


# ---- round trips ---------------------------------------------------------------------------------------------
def test_round_trip_keeps_points_weights_epoch_and_history_exactly(tmp_path):
    t = trained(15)
    path = tmp_path / "run.nnp"
    save_session(path, S.session_from_trainer(t))
    s = load_session(path)
    assert s.points == t.points
    assert s.experiment == t.experiment
    assert s.epoch == 15
    assert np.array_equal(s.params, t.network.params)
    assert np.array_equal(s.history["train_loss"], t.history.column("train_loss"))
    assert np.array_equal(s.history["epoch"], np.arange(16))
    assert s.rng_state == t.rng.bit_generator.state
    assert s.optimizer_state[0]["t"] == t.optimizer.state[0]["t"]
    assert np.array_equal(s.optimizer_state[0]["m"], t.optimizer.state[0]["m"])
    assert s.weights_history is None  # off by default: files stay small


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "rmsprop", "adagrad", "adam"])
def test_continuing_after_a_load_is_bit_identical_to_never_stopping(tmp_path, optimizer):
    exp, ps = make(optimizer)
    first = Trainer(exp, ps)
    first.run(20)
    save_session(tmp_path / "a.nnp", S.session_from_trainer(first))
    resumed = S.restore_trainer(load_session(tmp_path / "a.nnp"))
    resumed.run(10)
    straight = Trainer(exp, ps)
    straight.run(30)
    assert resumed.epoch == 30
    assert np.array_equal(resumed.network.params, straight.network.params)
    assert np.array_equal(resumed.history.column("train_loss"), straight.history.column("train_loss"))


def test_restore_into_an_existing_trainer_shows_the_same_boundary_and_rewinds(tmp_path):
    src = trained(12)
    save_session(tmp_path / "b.nnp", S.session_from_trainer(src))
    other = Trainer(*make("sgd", dataset="xor", n=60))
    other.run(3)
    got = S.restore_trainer(load_session(tmp_path / "b.nnp"), other)
    assert got is other and got.epoch == 12 and got.batch_index == 0
    assert np.array_equal(got.snapshot(grid=40).output_grid, src.snapshot(grid=40).output_grid)
    assert got.rewind(12) == 12  # the saved epoch is a checkpoint
    assert got.rewind(5) == 0  # and the start of the run is one too
    fresh = Trainer(src.experiment, src.points)
    assert np.array_equal(got.network.params, fresh.network.params)


def test_regression_and_many_classes_round_trip(tmp_path):
    for dataset, kw in (("plane", {}), ("blobs", {})):
        exp, ps = make("momentum", dataset=dataset, n=80, **kw)
        t = Trainer(exp, ps)
        t.run(4)
        save_session(tmp_path / "c.nnp", S.session_from_trainer(t))
        s = load_session(tmp_path / "c.nnp")
        assert s.points == ps and np.array_equal(s.params, t.network.params)


def test_weights_history_is_optional_and_round_trips(tmp_path):
    t = trained(5, optimizer="sgd")
    save_session(tmp_path / "w.nnp", S.session_from_trainer(t, include_weights_history=True))
    s = load_session(tmp_path / "w.nnp")
    assert sorted(s.weights_history) == sorted(t.history.checkpoints)
    assert np.array_equal(s.weights_history[3], t.history.checkpoints[3].params)


def test_a_bare_session_restores_a_fresh_run(tmp_path):
    exp, ps = make("sgd")
    save_session(tmp_path / "d.nnp", Session(exp, ps))
    t = S.restore_trainer(load_session(tmp_path / "d.nnp"))
    assert t.epoch == 0 and np.array_equal(t.network.params, Trainer(exp, ps).network.params)


def test_nan_in_the_history_is_written_as_null():
    t = trained(2)  # classification: accuracies exist; make a regression run for NaN accuracies
    exp, ps = make("sgd", dataset="plane", n=40)
    r = Trainer(exp, ps)
    text = S.dumps_session(S.session_from_trainer(r))
    assert "NaN" not in text and '"train_accuracy":[null]' in text
    assert json.loads(S.dumps_session(S.session_from_trainer(t)))["epoch"] == 2


# ---- versions ------------------------------------------------------------------------------------------------
def test_a_newer_version_is_refused_politely(tmp_path):
    doc = doc_of(S.session_from_trainer(trained(1)))
    doc["version"] = 7
    write_doc(tmp_path / "new.nnp", doc)
    with pytest.raises(SessionError, match=r"newer nnplayground \(format version 7\); please update"):
        load_session(tmp_path / "new.nnp")


def test_version_0_is_upgraded(tmp_path):
    t = trained(3, optimizer="sgd")
    doc = doc_of(S.session_from_trainer(t))
    doc["version"] = 0
    doc["weights"] = doc.pop("params")
    del doc["points"]["split"]
    write_doc(tmp_path / "old.nnp", doc)
    s = load_session(tmp_path / "old.nnp")
    assert np.array_equal(s.params, t.network.params)
    # the split is drawn as a generated set draws it, so a generated set's points keep their side
    assert np.array_equal(s.points.split, t.points.split)


# ---- refusals name what is wrong -----------------------------------------------------------------------------
def mutate(path, change) -> str:
    doc = doc_of(S.session_from_trainer(trained(2, optimizer="momentum")))
    change(doc)
    write_doc(path, doc)
    with pytest.raises(SessionError) as info:
        load_session(path)
    return str(info.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["experiment"].update(activations=["foo", "tanh"]), "experiment: unknown activation 'foo'"),
        (lambda d: d["points"]["xy"][12].__setitem__(0, 7.5), "points: point 12: x = 7.5 is outside"),
        (lambda d: d["points"]["target"].__setitem__(3, True), "points: target: value 3 must be a number"),
        (lambda d: d["points"].update(regression="yes"), "regression must be true or false"),
        (lambda d: d["params"].pop(), "params: the network needs"),
        (lambda d: d.update(epoch=True), "epoch: must be a whole number"),
        (lambda d: d.update(epoch=-1), "epoch: must be between"),
        (lambda d: d["params"].__setitem__(0, "HUGE"), "params: value 0 is not a finite number"),
        (lambda d: d["optimizer_state"]["0"].update(v=[1.0]), "optimizer_state: v: must hold"),
        (lambda d: d["optimizer_state"].update({"9": {}}), "unknown parameter group"),
        (lambda d: d["rng_state"].update(bit_generator="MT19937"), "rng_state"),
        (lambda d: d["rng_state"]["state"].update(inc=2**130), "rng_state: inc"),
        (lambda d: d["history"]["epoch"].reverse(), "history: epochs must be"),
        (lambda d: d["history"]["train_loss"].append(1.0), "history: train_loss: must hold"),
        (lambda d: d.update(evil="__import__('os')"), "unknown entry 'evil'"),
        (lambda d: d.pop("points"), "has no points"),
        (lambda d: d.update(format="something"), "not a session file"),
        (lambda d: d.update(version="1"), "version: must be a whole number"),
    ],
)
def test_bad_content_is_refused_with_a_specific_message(tmp_path, change, message):
    assert message in mutate(tmp_path / "bad.nnp", change)


def test_broken_files_are_refused_with_a_specific_message(tmp_path):
    p = tmp_path / "f.nnp"
    cases = {
        b'{"format": "nnplayground-session",\n "version": 1,,}': "invalid JSON at line 2 column 15",
        b"\x89PNG\r\n\x1a\n\x00\x00": "not a session file",
        b'{"format": "nnplayground-session", "version": NaN}': "NaN",
        b'{"format": "nnplayground-session", "version": 1, "x": "\xff"}': "not UTF-8",
        b"[" * 100_000 + b"]" * 100_000: "not a session file",
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000: "nested too deeply",
        b'{"format": "nnplayground-session", "version": 1' + b"9" * 5000 + b"}": "invalid JSON",
        b"": "not a session file",
    }
    for data, message in cases.items():
        p.write_bytes(data)
        with pytest.raises(SessionError, match=message):
            load_session(p)
    with pytest.raises(SessionError, match="there is no file"):
        load_session(tmp_path / "missing.nnp")
    with pytest.raises(SessionError, match="folder"):
        load_session(tmp_path)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(S, "MAX_BYTES", 1000)
    p = tmp_path / "big.nnp"
    save_session(p, S.session_from_trainer(trained(1)))
    with pytest.raises(SessionError, match="the file is too large"):
        load_session(p)


def test_restore_refuses_params_that_do_not_fit():
    exp, ps = make("sgd")
    with pytest.raises(SessionError, match="params"):
        S.restore_trainer(Session(exp, ps, params=np.zeros(3)))


# ---- atomic saving -------------------------------------------------------------------------------------------
def leftovers(folder) -> list[str]:
    """Temporary files `files.write_atomically` left behind (they are named ".~<name>.<random><suffix>")."""
    return [n for n in os.listdir(folder) if n.startswith(".~")]


def test_a_failing_rename_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    p = tmp_path / "keep.nnp"
    old = S.session_from_trainer(trained(1))
    save_session(p, old)
    before = p.read_bytes()

    def no_space(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(S.os, "replace", no_space)
    with pytest.raises(SessionError, match="cannot save keep.nnp: No space left on device"):
        save_session(p, S.session_from_trainer(trained(9)))
    assert p.read_bytes() == before and leftovers(tmp_path) == []


def test_a_save_killed_midway_keeps_the_old_file(tmp_path, monkeypatch):
    """A kill after half the bytes are written (KeyboardInterrupt stands for it) damages nothing."""
    p = tmp_path / "keep.nnp"
    save_session(p, S.session_from_trainer(trained(1)))
    before = p.read_bytes()
    real_open = open

    class Half:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(data[: len(data) // 2])
            raise KeyboardInterrupt

    from nnplayground.core import files

    def half_open(path, mode="r", *args, **kw):  # the write of the new file's bytes is cut short
        f = real_open(path, mode, *args, **kw)
        return Half(f) if mode == "wb" else f

    monkeypatch.setattr(files, "open", half_open, raising=False)
    with pytest.raises(KeyboardInterrupt):
        save_session(p, S.session_from_trainer(trained(5)))
    assert p.read_bytes() == before and leftovers(tmp_path) == []
    assert load_session(p).epoch == 1


def test_saving_into_a_missing_folder_is_a_session_error(tmp_path):
    with pytest.raises(SessionError, match="cannot save"):
        save_session(tmp_path / "no" / "such.nnp", Session(*make("sgd")))
