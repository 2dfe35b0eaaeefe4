"""Sessions that keep all their runs (format version 3): a round trip gives back every run bit for bit, one run is
still a version-2 file, version-1 and -2 files open as one run, and every new entry of a file is checked as
strictly as the old ones (whatever the bytes, only SessionError escapes, and the app never writes a file it would
refuse to read)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnplayground.core import runs_file
from nnplayground.core import session as S
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.history import History
from nnplayground.core.points import PointSet
from nnplayground.core.runs import Runs
from nnplayground.core.session import Session, SessionError, load_session, session_from_trainer
from nnplayground.core.trainer import Trainer
from tests.core.test_session_fuzz import FUZZ, HOSTILE_VALUES, _paths, _set, _text

EXP = Experiment(data=DataSpec(name="xor", n=40, seed=1), hidden=(3,), activations=("tanh",), optimizer="adam")
POINTS = PointSet.generate("xor", 40, 0.0, 1)


def trained(e: Experiment, epochs: int, points: PointSet = POINTS) -> Session:
    t = Trainer(e, points)
    t.run(epochs)
    return session_from_trainer(t)


def three_runs() -> Runs:
    other_points = PointSet.generate("circle", 30, 0.1, 2)
    runs = Runs.single(trained(EXP, 4)).add(trained(EXP.replace(lr=0.3), 6))
    runs = runs.add(trained(EXP.replace(data=DataSpec(name="circle", n=30, noise=0.1, seed=2)), 3, other_points))
    return runs.relabel(1, name="fast", pinned=True).relabel(2, hidden=True).switch(1)


def same_session(a: Session, b: Session) -> None:
    assert a.experiment == b.experiment and a.points == b.points and a.epoch == b.epoch
    np.testing.assert_array_equal(a.params, b.params)
    for c in History.COLUMNS:
        np.testing.assert_array_equal(a.history[c], b.history[c])
    assert [cp.epoch for cp in a.checkpoints] == [cp.epoch for cp in b.checkpoints]
    for x, y in zip(a.checkpoints, b.checkpoints, strict=True):
        np.testing.assert_array_equal(x.params, y.params)
    assert a.rng_state == b.rng_state


def test_every_run_comes_back_bit_for_bit_with_its_label(tmp_path):
    runs = three_runs()
    runs_file.save_runs(tmp_path / "r.nnp", runs)
    back = runs_file.load_runs(tmp_path / "r.nnp")
    assert len(back) == 3 and back.current == 1
    for a, b in zip(runs.runs, back.runs, strict=True):
        assert a.label == b.label
        same_session(a.session, b.session)
    doc = json.loads((tmp_path / "r.nnp").read_text())
    assert doc["version"] == 3 and doc["run"]["index"] == 1 and doc["run"]["name"] == "fast"
    assert doc["runs"][0]["points"] is None and doc["runs"][1]["points"] is not None  # shared points: once
    # the current run's points are the file's own; runs that share them share one PointSet again
    assert back.runs[0].session.points is back.runs[1].session.points
    assert json.loads(runs_file.dumps_runs(back)) == doc  # a reopened file saves the same


def test_a_reopened_run_trains_on_as_if_it_had_never_stopped(tmp_path):
    runs = three_runs()
    runs_file.save_runs(tmp_path / "r.nnp", runs)
    run = runs_file.load_runs(tmp_path / "r.nnp").runs[1]
    resumed = S.restore_trainer(run.session)
    resumed.run(5)
    straight = Trainer(EXP.replace(lr=0.3), POINTS)
    straight.run(11)
    np.testing.assert_array_equal(resumed.network.params, straight.network.params)


def test_one_run_is_a_version_2_file_and_version_1_and_2_files_open_as_one_run(tmp_path):
    s = trained(EXP, 3)
    text = runs_file.dumps_runs(Runs.single(s))
    assert text == S.dumps_session(s) and json.loads(text)["version"] == 2
    doc = json.loads(text)
    for version in (1, 2):
        doc["version"] = version
        if version == 1:
            del doc["checkpoints"]
        runs = runs_file.loads_runs(json.dumps(doc))
        assert len(runs) == 1 and runs.current == 0 and runs.current_run.label.name == "Run 1"
        assert np.array_equal(runs.current_run.session.params, s.params)
    renamed = Runs.single(s).relabel(0, name="baseline")
    assert json.loads(runs_file.dumps_runs(renamed))["version"] == 3  # a label of its own needs version 3
    assert runs_file.loads_runs(runs_file.dumps_runs(renamed)).current_run.label.name == "baseline"


def test_load_session_opens_a_file_of_several_runs_as_its_current_run(tmp_path):
    runs = three_runs()
    runs_file.save_runs(tmp_path / "r.nnp", runs)
    same_session(load_session(tmp_path / "r.nnp"), runs.current_run.session)


def test_many_runs_share_one_run_s_budgets(monkeypatch):
    monkeypatch.setattr(runs_file, "DEFAULT_ROWS", 16_384)  # (a history of 2**17 rows, in small: 2,048 a run)
    long = Trainer(EXP, POINTS)
    long.run(3000)
    runs = Runs.single(session_from_trainer(long))
    for _ in range(7):
        runs = runs.duplicate(0)
    back = runs_file.loads_runs(runs_file.dumps_runs(runs))
    rows = [len(r.session.history["epoch"]) for r in back.runs]
    assert all(r <= 2048 for r in rows)
    spent = sum(S.checkpoint_text_bytes(cp) for r in back.runs for cp in r.session.checkpoints)
    assert spent <= S.SESSION_CHECKPOINT_BYTES  # the checkpoints of all runs: one run's budget
    one = sum(S.checkpoint_text_bytes(cp) for cp in long.history.checkpoints.values())
    assert 8 * one > S.SESSION_CHECKPOINT_BYTES  # (unthinned, the eight runs' checkpoints would not fit)
    t = S.restore_trainer(back.runs[3].session)
    assert t.epoch == 3000 and t.history.at(3000) is not None
    for epoch in t.history.checkpoint_epochs:  # every checkpoint keeps its row (a rewind shows its numbers)
        assert t.history.at(int(epoch)) is not None
    assert t.rewind(0) == 0


def test_runs_that_would_make_a_file_too_large_are_refused_before_writing(tmp_path, monkeypatch):
    monkeypatch.setattr(runs_file, "MAX_TOTAL_POINTS", 50)  # (three runs of a million points, in small)
    path = tmp_path / "r.nnp"
    with pytest.raises(SessionError, match="points in all"):
        runs_file.save_runs(path, three_runs())
    assert not path.exists()


def doc_of(runs: Runs) -> dict:
    return json.loads(runs_file.dumps_runs(runs))


VALID = doc_of(three_runs())


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d.pop("runs"), '"run" and "runs" go together'),
        (lambda d: d.update(runs={}), "runs: must be a list"),
        (lambda d: d.update(runs=[0] * 64), "at most 64 runs"),
        (lambda d: d["run"].update(index=3), "index must be a whole number from 0 to 2"),
        (lambda d: d["run"].update(index=True), "index must be a whole number"),
        (lambda d: d["run"].pop("index"), "the index is missing"),
        (lambda d: d["run"].update(name=""), "needs a name"),
        (lambda d: d["run"].update(name="x" * 81), "at most 80"),
        (lambda d: d["run"].update(name="a\u0085b"), "control characters"),
        (lambda d: d["run"].update(name=7), "the name must be text"),
        (lambda d: d["run"].update(color="red"), "#rrggbb"),
        (lambda d: d["run"].update(pinned=1), "pinned must be true or false"),
        (lambda d: d["run"].update(extra=1), "unknown entry 'extra'"),
        (lambda d: d["runs"][0].update(extra=1), "runs: run 1: unknown entry 'extra'"),
        (lambda d: d["runs"][0].pop("points"), "runs: run 1: the run has no points"),
        (lambda d: d["runs"][1]["experiment"].update(lr=-1), "runs: run 3: experiment: learning rate"),
        (lambda d: d["runs"][1]["params"].append(0.5), "runs: run 3: params: too many values"),
        (lambda d: d["runs"][0].update(epoch=-1), "runs: run 1: epoch: must be between"),
        (lambda d: d["runs"][0]["history"]["train_loss"].__setitem__(0, -1.0), "a loss must be 0 or more"),
        (lambda d: d.update(version=2), "runs need version 3"),
        (lambda d: d["runs"].append(d["runs"][0]) or d["runs"][2]["history"].update(epoch=[0] * 10**7),
         "too many history rows in all"),  # fmt: skip
    ],
)
def test_hostile_values_in_the_runs_are_refused_naming_the_place(change, words):
    doc = json.loads(json.dumps(VALID))
    change(doc)
    with pytest.raises(SessionError) as caught:
        runs_file.loads_runs(json.dumps(doc))
    assert words in str(caught.value)
    with pytest.raises(SessionError):
        S.loads_session(json.dumps(doc))  # the one-run reader checks every run as well


def _load(data) -> None:
    """Success must give runs a trainer can show, failure must be SessionError and nothing else."""
    try:
        runs = runs_file.loads_runs(data)
    except SessionError as e:
        assert str(e)
        return
    for run in runs.runs:
        assert np.isfinite(S.restore_trainer(run.session).network.params).all()


PATHS = [p for p in _paths(VALID) if p and p[0] in ("run", "runs")]


@FUZZ
@given(path=st.sampled_from(PATHS), value=HOSTILE_VALUES)
def test_replacing_any_value_of_the_runs_with_a_hostile_one(path, value):
    doc = json.loads(json.dumps(VALID))
    _set(doc, path, value)
    _load(_text(doc))


@FUZZ
@given(path=st.sampled_from(PATHS))
def test_deleting_any_value_of_the_runs(path):
    doc = json.loads(json.dumps(VALID))
    node = doc
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    _load(_text(doc))


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(runs_file.dumps_runs(three_runs()))))
def test_truncation_anywhere(cut):
    _load(runs_file.dumps_runs(three_runs()).encode()[:cut])


def test_train_load_of_several_runs_trains_the_current_one_and_saves_them_all(tmp_path, capsys):
    from nnplayground import cli

    path, out = tmp_path / "runs.nnp", tmp_path / "more.nnp"
    runs = three_runs()
    runs_file.save_runs(path, runs)
    assert cli.main(["--load", str(path), "--epochs", "5", "--save", str(out)]) == 0
    assert "run 'fast' of 3" in capsys.readouterr().err
    again = runs_file.load_runs(out)
    assert len(again) == 3 and again.current == runs.current
    assert [r.label for r in again.runs] == [r.label for r in runs.runs]
    assert again.current_run.session.epoch == runs.current_run.session.epoch + 5  # the current run trained on
    for i in (0, 2):  # the others exactly as they were
        same_session(again.runs[i].session, runs.runs[i].session)
