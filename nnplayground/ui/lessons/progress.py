"""Where a student is in the lessons, kept in the app's settings between runs: the open lesson, the step each
lesson was left at and the tasks done. A value that does not fit (an old file, a lesson since removed) is ignored."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

CURRENT = "lessons/current"
STEPS = "lessons/steps"  # JSON {lesson id: step index}
DONE = "lessons/done"  # JSON [[lesson id, step index], ...]


class Progress:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self._steps: dict[str, int] = {}
        self._done: set[tuple[str, int]] = set()
        try:
            steps = json.loads(str(settings.value(STEPS) or "{}"))
            done = json.loads(str(settings.value(DONE) or "[]"))
            self._steps = {str(k): int(v) for k, v in steps.items() if isinstance(v, int) and v >= 0}
            self._done = {(str(k), int(i)) for k, i in done if isinstance(i, int)}
        except (ValueError, TypeError, AttributeError):
            pass  # a broken entry: start afresh rather than fail

    @property
    def current(self) -> str:
        return str(self.settings.value(CURRENT) or "")

    def step(self, lesson: str) -> int:
        return self._steps.get(lesson, 0)

    def is_done(self, lesson: str, step: int) -> bool:
        return (lesson, step) in self._done

    def done_count(self, lesson: str) -> int:
        return sum(1 for k, _ in self._done if k == lesson)

    def go(self, lesson: str, step: int) -> None:
        self._steps[lesson] = step
        self.settings.setValue(CURRENT, lesson)
        self.settings.setValue(STEPS, json.dumps(self._steps))
        self.settings.sync()

    def mark_done(self, lesson: str, step: int) -> None:
        self._done.add((lesson, step))
        self.settings.setValue(DONE, json.dumps(sorted(self._done)))
        self.settings.sync()
