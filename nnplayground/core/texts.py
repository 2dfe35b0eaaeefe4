"""Sentences the core writes for a person (a hint, a reason, a file's problem), kept translatable without Qt.

The core has no Qt, so it cannot translate; it marks instead. `QT_TRANSLATE_NOOP(context, text)` (the name Qt's
`pyside6-lupdate` looks for) returns the English text as a `Source` that remembers its context; `Text(source,
values)` is a sentence with its named placeholders' values kept beside it. Both are strings, the English a script
or the command line prints (so `raise ValueError(Text(...))` reads as before); the window's
`ui.common.i18n.translated()` shows either in the reader's language:

    HINT = QT_TRANSLATE_NOOP("health", "{dead} of {n} ReLUs in layer {layer} never fire on the data")
    hint = Text(HINT, {"dead": 6, "n": 8, "layer": 2})
    hint == "6 of 8 ReLUs in layer 2 never fire on the data"
"""

from __future__ import annotations

from collections.abc import Callable, Mapping


class Source(str):
    """An English text marked for translation, with the context the catalogue files it under."""

    context: str

    def __new__(cls, context: str, text: str) -> Source:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def __reduce__(self) -> tuple:  # pickled with its context (a message crosses the training process's pipe)
        return Source, (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Source:  # noqa: N802  (lupdate finds it by this name)
    return Source(context, text)


class Text(str):
    """A sentence for a person, in English, with the template it was made from and its placeholders' values."""

    source: Source
    values: Mapping[str, object]

    def __new__(cls, source: Source, values: Mapping[str, object] | None = None) -> Text:
        made = super().__new__(cls, source.format(**(values or {})))
        made.source, made.values = source, dict(values or {})
        return made

    def __reduce__(self) -> tuple:
        return _remade, (str(self), self.source, self.values)


def _remade(english: str, source: Source, values: Mapping[str, object]) -> Text:
    made = str.__new__(Text, english)
    made.source, made.values = source, dict(values)
    return made


def spelled(english: str, source: Source) -> Text:
    """A `Text` that reads `english` but translates as `source`: a caption inside a sentence ("learning rate"
    for the setting "Learning rate"), whose translation is the caption's own."""
    return _remade(english, source, {})


def rendered(text: str, translate: Callable[[str, str], str]) -> str:
    """`text` through `translate(context, source)` (Qt's, in the window's process): a marked `Source` or a `Text`
    with its values (the marked ones translated too); any other string as it is. What `ui.common.i18n.translated`
    does, for code that may not import the window (the training controller)."""
    if isinstance(text, Text):
        template = rendered(text.source, translate)
        if template == text.source:  # no translation (English): the sentence as it was made ("learning rate")
            return str(text)
        values = {k: rendered(v, translate) if isinstance(v, (Source, Text)) else v for k, v in text.values.items()}
        return template.format(**values)
    if isinstance(text, Source):
        return translate(text.context, text)
    return text


def message(exc: BaseException) -> str:
    """An exception's message as it was made (a `Text` stays one), for a message built on another's; the core's
    twin of `ui.common.i18n.error_text`."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, (Source, Text)) else str(exc)  # (str() of a KeyError is its repr)


_LIST_COMMA = QT_TRANSLATE_NOOP("core.texts", "{rest}, {last}")
_LIST_AND = QT_TRANSLATE_NOOP("core.texts", "{rest} and {last}")


def listed(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c": one `Text` that keeps each part (translatable itself) apart."""
    if len(parts) == 1:
        return parts[0]
    rest = parts[0]
    for part in parts[1:-1]:
        rest = Text(_LIST_COMMA, {"rest": rest, "last": part})
    return Text(_LIST_AND, {"rest": rest, "last": parts[-1]})


def joined(parts: list[str]) -> str:
    """ "a, b, c": one `Text` that keeps each part apart (as `listed`, without the "and")."""
    out = parts[0]
    for part in parts[1:]:
        out = Text(_LIST_COMMA, {"rest": out, "last": part})
    return out
