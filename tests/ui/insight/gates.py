"""A picture the training process holds back until the test says: a way to see the window while it waits."""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

GUARD_S = 120.0  # only against a test that never opens its gate: the process then goes on by itself


def held(trainer: Any, gate: str, fn: Callable[[Any], Any]) -> Any:
    """`fn(trainer)` once the file `gate` exists (module-level: it crosses to the training process)."""
    give_up = time.monotonic() + GUARD_S
    while not os.path.exists(gate) and time.monotonic() < give_up:
        time.sleep(0.005)
    return fn(trainer)


class GatedRun:
    """A `Run` (the insight views' view of the work) whose asynchronous pictures wait for `open()`."""

    def __init__(self, run: Any, folder: Path) -> None:
        self._run, self.gate = run, folder / "gate"
        self.asked = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._run, name)

    def call_async(self, fn: Callable[[Any], Any]) -> Future:
        self.asked += 1
        return self._run.call_async(functools.partial(held, gate=str(self.gate), fn=fn))

    def open(self) -> None:
        self.gate.touch()
