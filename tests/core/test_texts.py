"""Marked texts of the core: they read as English, keep what a translation needs, and survive a pickle (a message
crosses the training process's pipe)."""

import pickle

import pytest

from nnplayground.core import csvio, stopping
from nnplayground.core.formula_data import FormulaError, parse
from nnplayground.core.settings import get
from nnplayground.core.texts import QT_TRANSLATE_NOOP, Source, Text, joined, listed, message, rendered, spelled

ONE = QT_TRANSLATE_NOOP("test", "{n} of {m}")
ZH = {
    ("test", "{n} of {m}"): "{m} 中的 {n}",
    ("core.texts", "{rest}, {last}"): "{rest}、{last}",
    ("core.texts", "{rest} and {last}"): "{rest}和{last}",
    ("Settings", "Learning rate"): "学习率",
    ("core.setting", "{name} must be {bound}, got {value}"): "{name}必须{bound}，得到的是 {value}",
    ("core.setting", "above {value}"): "大于 {value}",
}


def zh(context: str, text: str) -> str:
    return ZH.get((context, text), text)


def test_a_text_reads_as_english_and_keeps_its_template():
    t = Text(ONE, {"n": 1, "m": 2})
    assert t == "1 of 2" and t.source == "{n} of {m}" and t.source.context == "test" and t.values == {"n": 1, "m": 2}


def test_texts_and_sources_survive_a_pickle_with_their_context():
    t = listed([Text(ONE, {"n": i, "m": 3}) for i in range(3)])
    back = pickle.loads(pickle.dumps(ValueError(t))).args[0]
    assert back == "0 of 3, 1 of 3 and 2 of 3" and isinstance(back, Text)
    assert rendered(back, zh) == "3 中的 0、3 中的 1和3 中的 2"
    s = pickle.loads(pickle.dumps(ONE))
    assert isinstance(s, Source) and s.context == "test"


def test_lists_keep_each_part_translatable():
    assert listed(["a"]) == "a" and listed(["a", "b"]) == "a and b" and joined(["a", "b", "c"]) == "a, b, c"
    assert rendered(joined(["a", "b", "c"]), zh) == "a、b、c"


def test_a_spelled_text_reads_lowered_and_translates_as_its_caption():
    noun = spelled("learning rate", Source("Settings", "Learning rate"))
    assert noun == "learning rate" and rendered(noun, zh) == "学习率"
    assert pickle.loads(pickle.dumps(noun)) == "learning rate"


def test_a_setting_check_is_a_translatable_sentence():
    with pytest.raises(ValueError) as e:
        get("lr").check(-1.0)
    assert str(e.value).startswith("learning rate must be ")
    assert rendered(message(e.value), zh).startswith("学习率必须")


def test_messages_of_the_core_are_marked():
    with pytest.raises(FormulaError) as e:
        parse("y > foo(x)")
    assert isinstance(e.value.args[0], Text) and e.value.args[0].source.context == "core.formula_data"
    assert isinstance(csvio.RESCALE_TEXTS["none"], Source)
    assert isinstance(stopping.exploded(12.0), Text)


def test_message_is_the_exceptions_text_or_its_str():
    assert message(KeyError("k")) == "'k'" and message(ValueError(Text(ONE, {"n": 1, "m": 2}))).values["m"] == 2
