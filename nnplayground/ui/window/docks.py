"""What a window grows beside its three columns, each in a dock of its own: the runs of the session (the run list,
the strip of boundaries, Duplicate Run and Sweep) and the guided lessons (Help > Lessons)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from nnplayground.ui import lessons
from nnplayground.ui.lessons import WindowLessons
from nnplayground.ui.runs import wiring as runs_wiring
from nnplayground.ui.runs.wiring import WindowRuns


def install(window: QMainWindow) -> tuple[WindowRuns, WindowLessons]:
    """The runs and the lessons of `window`, wired into its menus (made last: they find the menus by content)."""
    return runs_wiring.install(window), lessons.install(window)
