"""Sentences the core writes for a person (a hint, a reason, a file's problem), kept translatable without Qt.

The core has no Qt, so it cannot translate; it marks instead. `QT_TRANSLATE_NOOP(context, text)` (the name Qt's
`pyside6-lupdate` looks for) returns the English text as a `Source` that remembers its context; `Text(source,
values)` is a sentence with named placeholders still open. `str()` of either is the English a script or the
command line prints; the window's `ui.common.i18n.translated()` shows either in the reader's language:

    HINT = QT_TRANSLATE_NOOP("health", "{dead} of {n} ReLUs in layer {layer} never fire on the data")
    hint = Text(HINT, {"dead": 6, "n": 8, "layer": 2})
    str(hint)  # "6 of 8 ReLUs in layer 2 never fire on the data"
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


class Source(str):
    """An English text marked for translation, with the context the catalogue files it under."""

    context: str

    def __new__(cls, context: str, text: str) -> Source:
        made = super().__new__(cls, text)
        made.context = context
        return made


def QT_TRANSLATE_NOOP(context: str, text: str) -> Source:  # noqa: N802  (lupdate finds it by this name)
    return Source(context, text)


@dataclass(frozen=True)
class Text:
    """A sentence for a person: an English template and the values of its named placeholders."""

    source: Source
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.source.format(**self.values)
