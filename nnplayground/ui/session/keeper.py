"""What the session files need of a window's runs (its run book): the files it saves and opens, and autosave's,
keep every run of the session, not only the one on screen."""

from __future__ import annotations

from typing import Protocol

from nnplayground.core.runs import Runs
from nnplayground.core.session import Session


class RunsKeeper(Protocol):
    """The runs of a session besides the current one."""

    def to_save(self, current: Session) -> Runs:
        """Every run, the current one as `current` (its state just taken from the run)."""
        ...

    def opened(self, runs: Runs) -> None:
        """The runs of a file just opened (the window shows its current run already)."""
        ...
