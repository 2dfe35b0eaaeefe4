"""Fuzzing `load_session` with mutated valid files: whatever the bytes, only SessionError ever escapes."""

from __future__ import annotations

import json

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnplayground.core import session as S
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.session import Session, SessionError
from nnplayground.core.trainer import Trainer

DEEP = "@@DEEP@@"  # placeholders replaced in the text, where json.dumps cannot (or would not) write them
HUGE_FLOAT = "@@HUGE_FLOAT@@"
BARE_NAN = "@@NAN@@"


def _valid_doc() -> dict:
    ps = PointSet.generate("xor", 16, 0.0, 2)
    exp = Experiment(data=DataSpec("xor", 16, 0.0, 2), hidden=(3,), activations=("tanh",), optimizer="adam")
    t = Trainer(exp, ps)
    t.run(3)
    return json.loads(S.dumps_session(S.session_from_trainer(t)))  # with its checkpoints


VALID = _valid_doc()
VALID_TEXT = S.dumps_session(S.loads_session(json.dumps(VALID)))


def _paths(node, prefix=()):
    """Every place in the document a value can be replaced (lists sampled, so each path is reachable)."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i in sorted({0, 1, len(node) - 1} & set(range(len(node)))):
            yield from _paths(node[i], (*prefix, i))


PATHS = [p for p in _paths(VALID) if p]

HOSTILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([10**300, -(10**300), 2**64, -1, 0, 1, 9, 10, 65, 1_000_001, 10**12 + 1]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([HUGE_FLOAT, BARE_NAN, DEEP, "NaN", "Infinity", "-inf", "1e999", "", "\x00", "tanh", "PCG64"]),
    st.text(max_size=20),
    st.lists(st.integers(-3, 3), max_size=5),
    st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.sampled_from([[[0.0, 0.0]] * 1_000_001, [0.0] * 1_000_001, [[]], [[1.0, 2.0, 3.0]], {"0": []}]),
)


def _set(doc, path, value):
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def _text(doc) -> str:
    return (
        json.dumps(doc)
        .replace(json.dumps(DEEP), "[" * 100_000 + "]" * 100_000)
        .replace(json.dumps(HUGE_FLOAT), "1e999")
        .replace(json.dumps(BARE_NAN), "NaN")
    )


def _load(data) -> None:
    """Load; success must give a Session a trainer can show, failure must be SessionError and nothing else."""
    try:
        s = S.loads_session(data)
    except SessionError as e:
        assert str(e)  # always a message a person can read
        return
    assert isinstance(s, Session)
    t = S.restore_trainer(s)
    assert np.isfinite(t.network.params).all()


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(path=st.sampled_from(PATHS), value=HOSTILE_VALUES)
def test_replacing_any_value_with_a_hostile_one(path, value):
    doc = json.loads(json.dumps(VALID))
    _set(doc, path, value)
    _load(_text(doc))


@FUZZ
@given(path=st.sampled_from(PATHS))
def test_deleting_any_value(path):
    doc = json.loads(json.dumps(VALID))
    node = doc
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    _load(_text(doc).encode())


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(VALID_TEXT)))
def test_truncation_anywhere(cut):
    _load(VALID_TEXT.encode()[:cut])


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, len(VALID_TEXT) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_random_byte_changes(flips):
    data = bytearray(VALID_TEXT.encode())
    for i, b in flips:
        data[i] = b
    _load(bytes(data))


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(data):
    _load(data)
    _load(b'{"format": "nnplayground-session", "version": 1, ' + data)
    _load(b'{"format": "nnplayground-session", "version": 2, ' + data)


def test_the_fuzzed_document_is_valid_to_begin_with():
    s = S.loads_session(VALID_TEXT)
    assert s.epoch == 3 and [cp.epoch for cp in s.checkpoints] == [0, 1, 2, 3]
