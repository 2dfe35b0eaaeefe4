"""Session files: exact round trips, continuing a run bit for bit, upgrades, refusals and atomic saving."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from nnplayground.core import Network
from nnplayground.core import session as S
from nnplayground.core import trainer as trainer_module
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
    assert [cp.epoch for cp in s.checkpoints] == list(range(16))  # every one the history kept


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


def test_a_restored_run_shows_the_same_boundary_and_rewinds(tmp_path):
    src = trained(12)
    save_session(tmp_path / "b.nnp", S.session_from_trainer(src))
    got = S.restore_trainer(load_session(tmp_path / "b.nnp"))
    assert got.epoch == 12 and got.batch_index == 0
    assert np.array_equal(got.snapshot(grid=40).output_grid, src.snapshot(grid=40).output_grid)
    assert got.rewind(12) == 12  # the saved epoch is a checkpoint
    assert got.rewind(5) == 5  # and so is every epoch the run's history kept
    np.testing.assert_array_equal(got.network.params, src.history.checkpoints[5].params)
    assert got.rewind(0) == 0  # the start of the run too
    fresh = Trainer(src.experiment, src.points)
    assert np.array_equal(got.network.params, fresh.network.params)


def count_networks(monkeypatch) -> list[Network]:
    """Every network the trainer builds from now on (a spy around the class it builds them with)."""
    built: list[Network] = []

    def counting(*args, **kwargs) -> Network:
        built.append(Network(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(trainer_module, "Network", counting)
    return built


@pytest.mark.parametrize("dataset", ["spiral", "blobs", "plane"])  # two classes, many classes, regression
def test_restoring_a_session_builds_its_network_exactly_once(monkeypatch, dataset):
    session = S.session_from_trainer(trained(5, dataset=dataset))
    built = count_networks(monkeypatch)
    restored = S.restore_trainer(session)
    assert len(built) == 1 and built[0] is restored.network
    assert restored.epoch == 5 and np.array_equal(restored.network.params, session.params)


def test_regression_and_many_classes_round_trip(tmp_path):
    for dataset, kw in (("plane", {}), ("blobs", {})):
        exp, ps = make("momentum", dataset=dataset, n=80, **kw)
        t = Trainer(exp, ps)
        t.run(4)
        save_session(tmp_path / "c.nnp", S.session_from_trainer(t))
        s = load_session(tmp_path / "c.nnp")
        assert s.points == ps and np.array_equal(s.params, t.network.params)


def test_checkpoints_round_trip_exactly(tmp_path):
    t = trained(5, optimizer="adam")
    save_session(tmp_path / "w.nnp", S.session_from_trainer(t))
    s = load_session(tmp_path / "w.nnp")
    assert [cp.epoch for cp in s.checkpoints] == sorted(t.history.checkpoints)
    for cp in s.checkpoints:
        mine = t.history.checkpoints[cp.epoch]
        assert np.array_equal(cp.params, mine.params) and cp.rng_state == mine.rng_state
        assert cp.optimizer_state.keys() == mine.optimizer_state.keys()
        for k, v in mine.optimizer_state.get(0, {}).items():
            assert np.array_equal(cp.optimizer_state[0][k], v)
    assert np.array_equal(s.weights_history[3], t.history.checkpoints[3].params)  # version 1's name for them


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_a_reopened_run_rewinds_to_the_same_epochs_and_continues_bit_identically(tmp_path, optimizer):
    """The timeline of a reopened run holds the epochs the original's did, and training on from any of them
    retraces the original run exactly."""
    exp, ps = make(optimizer)
    original = Trainer(exp, ps)
    original.run(30)
    save_session(tmp_path / "r.nnp", S.session_from_trainer(original))
    reopened = S.restore_trainer(load_session(tmp_path / "r.nnp"))
    np.testing.assert_array_equal(reopened.history.checkpoint_epochs, original.history.checkpoint_epochs)
    np.testing.assert_array_equal(reopened.history.checkpoint_epochs, np.arange(31))
    for epoch in (17, 4):
        assert reopened.rewind(epoch) == epoch
        np.testing.assert_array_equal(reopened.network.params, original.history.checkpoints[epoch].params)
        reopened.run(30 - epoch)
        np.testing.assert_array_equal(reopened.network.params, original.network.params)
        for c in ("epoch", "train_loss", "test_loss"):
            np.testing.assert_array_equal(reopened.history.column(c), original.history.column(c))


def test_a_thinned_history_saves_its_checkpoints_within_the_byte_budget():
    t = trained(40, optimizer="adam")
    cost = S.checkpoint_text_bytes(t.history.checkpoints[5])
    saved = S.checkpoints_to_save(t.history, budget=10 * cost)
    epochs = [cp.epoch for cp in saved]
    assert sum(S.checkpoint_text_bytes(cp) for cp in saved) <= 10 * cost
    assert epochs[0] == 0 and epochs[-1] == 40 and epochs == sorted(set(epochs))
    assert len(epochs) >= 5 and 39 in epochs  # thinned as the history thins: old ones go first
    assert all(cp is t.history.checkpoints[cp.epoch] for cp in saved)
    assert S.checkpoints_to_save(t.history, budget=cost) == (t.history.checkpoints[40],)  # one that fits
    text = S.dumps_session(S.session_from_trainer(t))
    assert len(text) < 2 * S.SESSION_CHECKPOINT_BYTES


def test_a_run_that_filled_its_history_saves_a_small_session(tmp_path):
    """However long the run, the session stays far under the size a file may have: a trainer with the default
    budgets, its history fed past both (rows and checkpoint bytes: synthetic checkpoints of a large network, with
    numbers as long as real ones), saves under RUN_TEXT_BYTES (41 MB) plus its points, and opens again."""
    exp, ps = make("adam", hidden=(64, 64, 64, 64), activations=("tanh",) * 4)
    t = Trainer(exp, ps)
    rng = np.random.default_rng(0)
    n = t.network.num_params
    state = {0: {"t": 1, "m": rng.normal(size=n), "v": rng.random(n) * 1e-5}}
    params = rng.normal(size=n)
    epochs = t.history.row_budget + 20_000
    for e in range(1, epochs):  # a checkpoint every 500 epochs is enough to pass the checkpoint budget
        cp = S.Checkpoint(e, params, state, t.rng.bit_generator.state) if e % 500 == 0 else None
        t.history.record(e, (rng.random(), rng.random(), 0.5, 0.25), cp)
    t.epoch = epochs - 1
    assert len(t.history) <= t.history.row_budget < epochs
    assert t.history.checkpoint_bytes > 0.9 * t.history.budget
    path = tmp_path / "long.nnp"
    save_session(path, S.session_from_trainer(t))
    points_text = len(json.dumps(doc_of(Session(exp, ps))["points"]))
    assert os.path.getsize(path) < S.RUN_TEXT_BYTES + points_text < 40 * 2**20
    assert S.RUN_TEXT_BYTES < S.MAX_BYTES / 4
    s = load_session(path)
    assert s.epoch == epochs - 1 and len(s.checkpoints) > 4


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


def test_version_1_is_upgraded_without_checkpoints(tmp_path):
    """Version 1 had no checkpoints (the reopened run rewinds to its start and the saved epoch) and an optional
    weights_history, left out by the upgrade."""
    t = trained(6, optimizer="adam")
    doc = doc_of(S.session_from_trainer(t))
    doc["version"] = 1
    del doc["checkpoints"]
    doc["weights_history"] = {"3": doc["params"]}
    write_doc(tmp_path / "v1.nnp", doc)
    s = load_session(tmp_path / "v1.nnp")
    assert s.checkpoints is None and s.weights_history == {}
    r = S.restore_trainer(s)
    np.testing.assert_array_equal(r.history.checkpoint_epochs, [0, 6])
    assert np.array_equal(r.network.params, t.network.params) and len(r.history) == 7
    assert S.dumps_session(S.session_from_trainer(r)).count('"version": 2') == 1


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
        (lambda d: d["history"]["train_accuracy"].__setitem__(2, 7.5), "history: train_accuracy: row 2 is 7.5"),
        (lambda d: d["history"]["test_accuracy"].__setitem__(1, -0.25), "history: test_accuracy: row 1 is -0.25"),
        (lambda d: d["history"]["train_loss"].__setitem__(0, -1.0), "history: train_loss: row 0 is -1.0"),
        (lambda d: d["history"]["test_loss"].__setitem__(2, -1e-9), "a loss must be 0 or more"),
        (lambda d: d.update(checkpoints={"0": []}), "checkpoints: must be a list"),
        (lambda d: d["checkpoints"].reverse(), "checkpoints: checkpoint 1: epoch 1 is not after the one before (2)"),
        (lambda d: d["checkpoints"][1].update(epoch=0), "checkpoint 1: epoch 0 is not after the one before (0)"),
        (lambda d: d["checkpoints"][2].update(epoch=3), "checkpoints: checkpoint 2: epoch: must be between 0 and 2"),
        (lambda d: d["checkpoints"][0].update(epoch=1.0), "checkpoint 0: epoch: must be a whole number"),
        (lambda d: d["checkpoints"][1]["params"].pop(), "checkpoints: checkpoint 1: params: must hold"),
        (lambda d: d["checkpoints"][1]["params"].__setitem__(4, "HUGE"), "checkpoint 1: params: value 4 is not"),
        (lambda d: d["checkpoints"][1].pop("rng_state"), "checkpoint 1: must be an object with epoch, "),
        (lambda d: d["checkpoints"][1].update(rng_state=None), "checkpoint 1: rng_state is missing"),
        (lambda d: d["checkpoints"][1]["rng_state"].update(uinteger=-1), "checkpoint 1: rng_state: uinteger"),
        (lambda d: d["checkpoints"][1].update(evil=1), "checkpoint 1: must be an object with"),
        (lambda d: d["checkpoints"][2]["optimizer_state"]["0"].update(v=[0.5]), "checkpoint 2: optimizer_state: v"),
        (lambda d: d["checkpoints"][2]["optimizer_state"].update({"1": {}}), "checkpoint 2: optimizer_state: unk"),
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


def test_too_many_or_too_large_checkpoints_are_refused_before_their_arrays_are_made(tmp_path, monkeypatch):
    from nnplayground.core import session_format

    monkeypatch.setattr(session_format, "MAX_CHECKPOINTS", 2)
    assert "checkpoints: too many (3; at most 2)" in mutate(tmp_path / "n.nnp", lambda d: None)
    monkeypatch.setattr(session_format, "MAX_CHECKPOINTS", 100)
    n_params = len(doc_of(S.session_from_trainer(trained(1)))["params"])
    monkeypatch.setattr(session_format, "MAX_CHECKPOINT_BYTES", 8 * n_params * 4)  # epoch 0, then 1 with momentum
    made = []
    monkeypatch.setattr(session_format, "_array", lambda *a, **k: made.append(a[1]) or real_array(*a, **k))
    assert "checkpoints: too large (at most 0 MB" in mutate(tmp_path / "b.nnp", lambda d: None)
    assert not [m for m in made if "checkpoint 2" in m]


real_array = __import__("nnplayground.core.session_format", fromlist=["_array"])._array


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
    with pytest.raises(SessionError, match="checkpoint 2: the network needs"):
        S.restore_trainer(Session(exp, ps, epoch=2, checkpoints=(S.Checkpoint(2, np.zeros(3), {}, {}),)))


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
