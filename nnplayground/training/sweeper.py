"""A sweep's runs trained side by side, each in a training process of its own, at full speed. No Qt here.

    result = sweeper.run_sweep(plan, progress=print)      # a core.sweep_runs.SweepResult

A pool of "spawn" processes (fresh interpreters: never a fork of a process with Qt's threads), one per core less
one (the window, or the command's own process, keeps that one), at least one, never more than there are runs;
runs beyond that wait their turn. Each run is `core.sweep_runs.train_job`, the very run a lone `Trainer` trains,
so a sweep's results equal training each value alone with the same seed. Progress comes back over a queue; the
pool's processes ignore Ctrl+C, and `stop()` (polled here) ends every run at its last whole epoch instead.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..core.sweep import Plan
from ..core.sweep_runs import Job, Progress, RunResult, SweepResult, jobs, train_job
from ..core.texts import QT_TRANSLATE_NOOP

_POOL_BROKE = QT_TRANSLATE_NOOP("training.sweeper", "a training process of the sweep stopped unexpectedly")
POLL = 0.05  # seconds between looks at the progress queue and at stop()


class SweepFailed(RuntimeError):
    """A training process of the sweep died (killed, out of memory): the sweep cannot finish."""


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # (not on macOS or Windows)
        return os.cpu_count() or 1


def default_workers() -> int:
    """One training process per core less one, at least one."""
    return max(1, cores() - 1)


# ---- in each training process -----------------------------------------------------------------------------------
_reports: Any = None  # the progress queue and the stop event, set once per process by _start
_stop: Any = None


def _start(reports: Any, stop: Any) -> None:
    global _reports, _stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle: it stops the runs cleanly
    _reports, _stop = reports, stop


def _report(p: Progress) -> None:
    if not p.done:  # the parent says "done" itself, from the result (a queued report may arrive after it)
        _reports.put(p)


def _work(job: Job) -> RunResult:
    return train_job(job, _report, _stop.is_set)


# ---- in the calling process -------------------------------------------------------------------------------------
def run_sweep(
    plan: Plan,
    progress: Callable[[Progress], None] = lambda _p: None,
    stop: Callable[[], bool] = lambda: False,
    workers: int | None = None,
    keep_state: bool = False,
) -> SweepResult:
    """Train every run of the plan, `workers` at a time (default: `default_workers()`), calling `progress` in this
    thread as runs advance and once as each ends (done=True). When `stop()` turns true, running runs end at their
    last whole epoch and waiting ones never start: the result holds the runs that trained, `stopped` set.
    `keep_state` sends back each whole run (weights, history, checkpoints). Raises SweepFailed if a process dies."""
    todo = jobs(plan, keep_state)
    count = max(1, min(len(todo), workers or default_workers()))
    ctx = mp.get_context("spawn")
    reports, stop_event = ctx.Queue(), ctx.Event()
    began = time.perf_counter()
    results: dict[int, RunResult] = {}
    stopped = False
    with ProcessPoolExecutor(count, mp_context=ctx, initializer=_start, initargs=(reports, stop_event)) as pool:
        # Runs wait here, not in the pool's own queue (which takes one more than it has processes), so that a run
        # not started when stop() turns true never starts.
        waiting = list(todo)
        pending: dict[Future, Job] = {}
        try:
            while waiting or pending:
                while waiting and len(pending) < count and not stopped:
                    job = waiting.pop(0)
                    pending[pool.submit(_work, job)] = job
                if not pending:
                    break
                finished, _ = wait(pending, timeout=POLL, return_when=FIRST_COMPLETED)
                _relay(reports, progress, results)
                for future in finished:
                    job = pending.pop(future)
                    r = future.result()
                    results[job.index] = r
                    progress(Progress(job.index, r.epoch, job.epochs, r.train_loss, done=True))
                if not stopped and stop():
                    stopped = True
                    stop_event.set()
        except BrokenProcessPool:
            raise SweepFailed(_POOL_BROKE) from None
        finally:
            stop_event.set()  # (also on an exception here: the running runs end, the pool can close)
    reports.close()
    runs = tuple(results[i] for i in sorted(results))
    stopped = stopped or len(runs) < len(todo) or any(r.stopped for r in runs)
    return SweepResult(plan, runs, stopped, time.perf_counter() - began)


def _relay(reports: Any, progress: Callable[[Progress], None], results: dict[int, RunResult]) -> None:
    """Every progress report waiting, but none of a run already done."""
    while True:
        try:
            p = reports.get_nowait()
        except queue.Empty:
            return
        if p.index not in results:
            progress(p)
