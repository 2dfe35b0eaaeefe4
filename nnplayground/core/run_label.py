"""What a run of a session is called and how it is shown: its label, and the rules a name and a colour keep. The
one place of those rules, for the runs' model (`runs`) and for a file's check (`runs_format`) alike."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .texts import QT_TRANSLATE_NOOP, Text

MAX_RUNS = 64  # runs in one session: each is a network, a history and checkpoints in memory and in the file
MAX_NAME = 80  # characters of a run's name
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_NO_NAME = QT_TRANSLATE_NOOP("core.run_label", "a run needs a name")
_TOO_LONG = QT_TRANSLATE_NOOP("core.run_label", "a run's name has at most {most} characters, this one {length}")
_CONTROL = QT_TRANSLATE_NOOP("core.run_label", "a run's name cannot hold control characters (a line break, a tab ...)")
_NOT_COLOR = QT_TRANSLATE_NOOP("core.run_label", "a run's colour is #rrggbb, got {color!r}")


class RunsError(ValueError):
    """A change of the runs that cannot be made (the last run deleted, a name too long ...); the message says why."""


@dataclass(frozen=True)
class RunLabel:
    name: str
    color: str  # "#rrggbb"
    pinned: bool = False  # kept at the top of the run list
    hidden: bool = False  # left out of the loss chart
    named: bool = False  # the user chose the name: it no longer follows the settings


def check_name(name: str) -> str:
    """A name a user typed, trimmed; RunsError if it is empty, too long or holds control characters."""
    name = name.strip()
    if not name:
        raise RunsError(_NO_NAME)
    if len(name) > MAX_NAME:
        raise RunsError(Text(_TOO_LONG, {"most": MAX_NAME, "length": len(name)}))
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name):
        raise RunsError(_CONTROL)
    return name


def check_color(color: str) -> str:
    """RunsError unless `color` is "#rrggbb"."""
    if not _COLOR.fullmatch(color):
        raise RunsError(Text(_NOT_COLOR, {"color": color[:20]}))
    return color
