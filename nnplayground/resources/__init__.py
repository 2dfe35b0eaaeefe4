"""Data the app ships beside its code: icons, the desktop entry and MIME files, translations, lessons and example
data sets, each in a folder of its own here as it comes (see README.md). Found with `path()`, which works from a
source tree, an installed wheel and a frozen bundle alike."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def path(*parts: str) -> Traversable:
    """A file or folder among the resources: path("lessons", "01-neuron.json")."""
    return resources.files(__name__).joinpath(*parts)
