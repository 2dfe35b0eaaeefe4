"""Shared benchmark plumbing: interleaved repeats, medians, a table. Never imported by the app or the tests."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def rate(run_once: Callable[[], object], min_seconds: float = 0.3) -> float:
    """Calls per second of `run_once`, timed over at least `min_seconds` (after one warm-up call)."""
    run_once()
    n, start = 0, time.perf_counter()
    while True:
        run_once()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return n / elapsed


def interleaved(systems: dict[str, Callable[[], float]], repeats: int) -> dict[str, float]:
    """Median of `repeats` measurements of every system, taken in turns so that machine noise hits all alike."""
    return {name: statistics.median(v) for name, v in samples(systems, repeats).items()}


def samples(systems: dict[str, Callable[[], float]], repeats: int) -> dict[str, list[float]]:
    """`repeats` measurements of every system, taken in turns (one round measures each system once)."""
    got: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(repeats):
        for name, measure in systems.items():
            got[name].append(measure())
    return got


def ratio(a: list[float], b: list[float]) -> tuple[float, float, float]:
    """The median, lowest and highest of a[i] / b[i]: each ratio taken within one round, side by side, so
    that the machine's drift from one round to the next cancels (the spread says how noisy it still was)."""
    r = [x / y for x, y in zip(a, b, strict=True)]
    return statistics.median(r), min(r), max(r)


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = " | ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*header), "-|-".join("-" * w for w in widths)]
    lines += [fmt.format(*map(str, r)) for r in rows]
    return "\n".join("| " + line + " |" for line in lines)
