"""Sessions with the settings of what a network is made of (initialisation and scale, Adam's betas, a schedule with
warm-up, stop rules, dropout): saved and reopened they resume bit-identically; files without these keys still open."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nnplayground.core import session as S
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.session import SessionError, load_session, save_session
from nnplayground.core.trainer import Trainer

NEW = {
    "init": "he_uniform",
    "init_scale": 0.7,
    "beta1": 0.8,
    "beta2": 0.99,
    "schedule": "cosine",
    "lr_period": 9,
    "lr_min": 0.001,
    "warmup": 3,
    "warmup_factor": 0.2,
    "stop_patience": 500,
    "stop_restore": True,
    "dropout": 0.3,
}


def make(**kw) -> tuple[Experiment, PointSet]:
    ps = PointSet.generate("spiral", 120, 0.1, 3)
    exp = Experiment(data=DataSpec("spiral", 120, 0.1, 3), lr=0.02, seed=5, **{"optimizer": "adam", **NEW, **kw})
    return exp, ps


@pytest.mark.parametrize("optimizer", ["adam", "momentum"])
def test_a_run_with_the_new_settings_resumes_bit_identically(tmp_path, optimizer):
    exp, ps = make(optimizer=optimizer, nesterov=True, momentum=0.8)
    first = Trainer(exp, ps)
    first.run(12)
    save_session(tmp_path / "a.nnp", S.session_from_trainer(first))
    loaded = load_session(tmp_path / "a.nnp")
    assert loaded.experiment == exp
    resumed = S.restore_trainer(loaded)
    resumed.run(10)
    straight = Trainer(exp, ps)
    straight.run(22)
    assert resumed.epoch == 22
    assert np.array_equal(resumed.network.params, straight.network.params)
    assert np.array_equal(resumed.history.column("test_loss"), straight.history.column("test_loss"))


def test_a_reopened_run_stops_where_it_would_have():
    exp, ps = make(stop_epoch=15, stop_patience=0, stop_restore=False)
    first = Trainer(exp, ps)
    first.run(10)
    resumed = S.restore_trainer(S.loads_session(S.dumps_session(S.session_from_trainer(first))))
    resumed.run(100)
    assert resumed.epoch == 15 and "epoch 15" in resumed.message


def test_a_file_without_the_new_keys_opens_with_their_defaults():
    exp, ps = make()
    doc = json.loads(S.dumps_session(S.session_from_trainer(Trainer(Experiment(data=exp.data), ps))))
    for key in NEW:
        doc["experiment"].pop(key)
    s = S.loads_session(json.dumps(doc))
    assert s.experiment == Experiment(data=exp.data)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("schedule", "sawtooth", "unknown schedule"),
        ("lr_period", 0, "cosine epochs must be at least 1"),
        ("init_scale", -1.0, "initial scale must be above 0"),
        ("beta2", 1.0, "β₂ must be below 1"),
        ("stop_restore", 1, "restore best must be true or false"),
        ("init", "orthogonal", "unknown initialization"),
    ],
)
def test_a_bad_new_value_is_refused_naming_it(key, value, message):
    exp, ps = make()
    doc = json.loads(S.dumps_session(S.session_from_trainer(Trainer(exp, ps))))
    doc["experiment"][key] = value
    with pytest.raises(SessionError, match=message):
        S.loads_session(json.dumps(doc))
