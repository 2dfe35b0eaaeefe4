"""Calls that may come many times a second, carried out at most every so often (the newest arguments win)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

FRAME = 1.0 / 60.0  # seconds: a call shorter than a frame of the screen delays nothing anyone sees
LATE_SHARE = 0.05  # of the time, at most, spent in calls past their first FRAME: 95% of timers stay on time


class Throttled(QObject):
    """`call(*args)` runs `fn(*args)` at once if it last ran long enough ago; otherwise it runs once when that time
    is up, with the newest arguments. Long enough is `interval` seconds, or longer when `fn` itself is slow, so that
    it never takes more than `max_share` of the time (a large network's diagram may take 30 ms to redraw).
    `later_cost()`, if given, tells how long the work `fn` leaves for later took last time (a widget's paint, which
    Qt does after `fn` returns); it counts towards the share too.
    `max_late_share` (None: no bound) also bounds the share of the time spent past one FRAME of a call: while a call
    runs no timer fires and no click is answered, so a long call must also come rarely, not only take its share
    (an 80 ms redraw every 0.4 s, a fifth of the time, would leave a fifth of all timers late by up to 64 ms).
    `flush()` runs a waiting call now; `cancel()` drops it. For the parts of the window that are dear to redraw and
    need not follow every training snapshot."""

    def __init__(
        self,
        fn: Callable[..., Any],
        interval: float,
        parent: QObject | None = None,
        max_share: float = 0.2,
        later_cost: Callable[[], float] = lambda: 0.0,
        max_late_share: float | None = LATE_SHARE,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        super().__init__(parent)
        self._fn, self._interval, self._max_share, self._later_cost = fn, interval, max_share, later_cost
        self._max_late_share = max_late_share
        self._clock = clock
        self._gap = interval  # the time to leave after the last run
        self._args: tuple | None = None
        self._ran_at = -float("inf")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def call(self, *args: Any) -> None:
        self._args = args
        if self._timer.isActive():
            return
        wait = self._ran_at + self._gap - self._clock()
        if wait <= 0:
            self.flush()
        else:
            self._timer.start(int(wait * 1000) + 1)

    def flush(self) -> None:
        self._timer.stop()
        if self._args is not None:
            args, self._args = self._args, None
            self._ran_at = self._clock()
            self._fn(*args)
            cost = self._clock() - self._ran_at + self._later_cost()
            late = 0.0 if self._max_late_share is None else max(0.0, cost - FRAME) / self._max_late_share
            self._gap = max(self._interval, cost / self._max_share, late)

    @property
    def wait_left(self) -> float | None:
        """Seconds until the waiting call runs, or None when no call is waiting."""
        if self._args is None:
            return None
        return max(0.0, self._ran_at + self._gap - self._clock())

    def cancel(self) -> None:
        self._timer.stop()
        self._args = None
