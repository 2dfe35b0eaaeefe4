"""What `nnplayground train` shows while it runs: on a terminal one bar redrawn in place (epoch, rate, time left,
losses), elsewhere a plain line soon after the start and then every few seconds."""

from __future__ import annotations

import math
import shutil
import time
from collections.abc import Callable
from typing import TextIO

from .core.numbers import loss_text, percent_text, rate_text
from .core.trainer import Trainer

REDRAW_EVERY = 0.2  # a terminal's bar: at most five redraws a second
FIRST_LINE_AFTER = 1.0  # plain lines (a log, a pipe): the first soon, so that a long run shows it has started ...
LINE_EVERY = 3.0  # ... then one every few seconds
BAR_WIDTH = 20


def losses_text(t: Trainer) -> str:
    """The latest losses (and test accuracy) as the window writes them: a diverged run's loss is 2.87e+225."""
    last = t.history.last() or {}
    parts = [f"train {loss_text(last.get('train_loss'))}", f"test {loss_text(last.get('test_loss'))}"]
    if t.head.num_classes:
        acc = last.get("test_accuracy", math.nan)
        if math.isfinite(acc):
            parts.append(f"test accuracy {percent_text(acc)}")
    return "  ".join(parts)


def _duration(seconds: float) -> str:
    """ "0:07", "12:34", "3:02:01" (h:mm:ss)."""
    s = max(0, round(seconds))
    h, rest = divmod(s, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


def progress_text(epoch: int, start: int, goal: int, seconds: float) -> str:
    """ "epoch 250/1000  25.0%  312 epochs/s  ETA 0:02": the rate and ETA once an epoch of this run is done."""
    done, todo = epoch - start, goal - start
    parts = [f"epoch {epoch}/{goal}", percent_text(done / todo if todo else 1.0)]
    if done > 0 and seconds > 0:
        rate = done / seconds
        # rate_text rounds to whole epochs a second; a slow run (a huge data set) says how long one takes
        parts.append(rate_text(rate) if rate >= 0.5 else f"{1 / rate:.0f} s/epoch")
        parts.append(f"ETA {_duration((goal - epoch) / rate)}")
    return "  ".join(parts)


def bar_text(fraction: float, width: int = BAR_WIDTH) -> str:
    """ "[##########..........]" (ASCII: any terminal's encoding can show it)."""
    full = int(width * min(1.0, max(0.0, fraction)))
    return "[" + "#" * full + "." * (width - full) + "]"


class Progress:
    """What `train` shows while it runs: on a terminal one bar redrawn in place (with \\r), elsewhere a plain line
    soon after the start and then every few seconds. `clock` is injectable, so tests need no real time."""

    def __init__(
        self,
        out: TextIO,
        start: int,
        goal: int,
        bar: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.out, self.start, self.goal, self.clock = out, start, goal, clock
        self.bar = _is_terminal(out) if bar is None else bar
        self.began = clock()
        self._next = self.began + (0.0 if self.bar else FIRST_LINE_AFTER)
        self._drawn = 0  # length of the bar last drawn: a shorter one must blank the rest

    def update(self, trainer: Trainer) -> None:
        """Called often (after every slice of training): shows something only when it is time to."""
        now = self.clock()
        if now >= self._next:
            self._next = now + (REDRAW_EVERY if self.bar else LINE_EVERY)
            self._show(trainer, now)

    def finish(self, trainer: Trainer) -> None:
        """The bar's last state and its line ended (plain lines need nothing: the summary follows)."""
        if self.bar:
            self._show(trainer, self.clock())
            self.out.write("\n")
            self.out.flush()

    def _show(self, trainer: Trainer, now: float) -> None:
        text = f"{progress_text(trainer.epoch, self.start, self.goal, now - self.began)}  {losses_text(trainer)}"
        if not self.bar:
            print(text, file=self.out, flush=True)
            return
        done = (trainer.epoch - self.start) / (self.goal - self.start) if self.goal > self.start else 1.0
        line = f"{bar_text(done)} {text}"[: shutil.get_terminal_size().columns - 1]  # a wrapped line cannot redraw
        self.out.write("\r" + line.ljust(self._drawn))
        self.out.flush()
        self._drawn = len(line)


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):  # a stream without isatty, or a closed one
        return False
