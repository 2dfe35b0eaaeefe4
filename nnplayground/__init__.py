"""nnplayground: a desktop playground for neural networks."""

from __future__ import annotations

import re
from pathlib import Path

# The version is written in one place, pyproject.toml; `__version__` and `version()` read it from the installed
# package's metadata, or from pyproject.toml itself in a source tree that was never installed.
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def version() -> str:
    """This package's version, e.g. "0.1.0" ("unknown" only for a copy that has neither metadata nor pyproject)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("nnplayground")
    except PackageNotFoundError:
        pass
    try:
        found = re.search(r'^version\s*=\s*"([^"]+)"', _PYPROJECT.read_text(encoding="utf-8"), re.M)
    except OSError:
        found = None
    return found.group(1) if found else "unknown"


def __getattr__(name: str) -> str:
    # computed on first use: importing the package (every `train` run, every training process) stays cheap
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
