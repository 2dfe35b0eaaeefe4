"""`nnplayground sweep ...`: one setting varied over a few values, every run trained side by side, without a window.

    nnplayground sweep --dataset spiral --hidden 8,8 --vary lr=0.003,0.03,0.3 --epochs 500 --csv out.csv --png grid.png

The experiment's options are `train`'s (one builder, `arguments.add_experiment_options`); `--vary NAME=V1,V2,...`
names what changes (lr, width, depth, activation, batch_size, reg_rate, optimizer, seed) and each value is checked
by the settings table before anything trains. The runs train in training processes, one per core less one
(`--workers` to choose), queued beyond that; progress goes to stderr (a bar redrawn in place on a terminal, plain
lines elsewhere, and one line as each run ends), the results table to stdout, the best run marked. `--save` writes
every run as one session (the window opens it with its run list), `--csv` that table, `--curves-csv` every run's
loss history, `--png` a grid of every run's decision boundary at its last epoch. Ctrl+C stops every run at its
last whole epoch and still writes the outputs, with what was trained.

Exit status, as `train`: 0 done (a run that diverged is reported in the table); 1 a file could not be written or a
training process died (one line on stderr); 2 bad arguments, a bad --vary value among them (naming the setting's
range); 130 interrupted by Ctrl+C (the outputs are written all the same).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from typing import TextIO

from .arguments import add_experiment_options, add_from_url_option, add_version_option, number
from .cli import MAX_EPOCHS, _CtrlC, _picture_path, _usage_error, build_experiment, unwritable_output
from .core import sweep
from .core.numbers import loss_text, percent_text
from .core.runs import Runs
from .core.runs_file import save_runs
from .core.sweep_export import curves_csv, results_csv, write_text
from .core.sweep_runs import Progress, SweepResult, summary_text
from .progress import LINE_EVERY, REDRAW_EVERY, _duration, _is_terminal, bar_text

PROG = "nnplayground sweep"
MAX_WORKERS = 64
_OUTPUTS = ("save", "csv", "curves_csv", "png")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Train one network per value of a setting, side by side, without a window; compare the results.",
        epilog="Example: nnplayground sweep --dataset spiral --hidden 8,8 --vary lr=0.003,0.03,0.3 --epochs 500 "
        "--csv out.csv --png grid.png",
    )
    add_version_option(p)
    data = p.add_argument_group("data")
    net = p.add_argument_group("network and training (what every run shares)")
    add_experiment_options(data, net)
    run = p.add_argument_group("sweep")
    add_from_url_option(run)  # a TensorFlow Playground link as the base of the sweep
    run.add_argument(
        "--vary",
        required=True,
        metavar="NAME=V1,V2,...",
        help=f"the setting to vary and its values, e.g. lr=0.003,0.03,0.3; NAME is one of {', '.join(sweep.AXES)} "
        f"(at most {sweep.MAX_VALUES} values; seed varies the first weights, the points stay)",
    )
    run.add_argument(
        "--epochs", type=number(int, 1, MAX_EPOCHS), default=100, help="epochs each run trains (default 100)"
    )
    run.add_argument(
        "--workers",
        type=number(int, 1, MAX_WORKERS),
        default=None,
        metavar="N",
        help="runs trained at once, each in a process of its own (default: one per core less one, at least one)",
    )
    out = p.add_argument_group("outputs")
    out.add_argument("--save", metavar="FILE.nnp", help="every run as one session, to open in the window and compare")
    out.add_argument("--csv", metavar="FILE.csv", help="the results: one row per value, the best marked")
    out.add_argument("--curves-csv", metavar="FILE.csv", help="every run's loss history, one row per run and epoch")
    out.add_argument(
        "--png",
        type=_picture_path,
        metavar="FILE.png",
        help="a grid of every run's points over its decision boundary (PNG, or JPEG, BMP, TIFF, WebP by suffix)",
    )
    out.add_argument(
        "--tile", type=number(int, 64, 2048), default=300, metavar="PX", help="each picture's side (default 300)"
    )
    out.add_argument("--show-test", action="store_true", help="draw the test points too")
    p.set_defaults(discretize=False)  # (what `train`'s build_experiment reads of a link's view)
    return p


# ---- progress on stderr -----------------------------------------------------------------------------------------
class SweepProgress:
    """What `sweep` shows while it runs: on a terminal one bar redrawn in place, elsewhere a plain line every few
    seconds; and, either way, one line as each run ends. `clock` is injectable, so tests need no real time."""

    def __init__(
        self,
        out: TextIO,
        plan: sweep.Plan,
        bar: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.out, self.plan, self.clock = out, plan, clock
        self.bar = _is_terminal(out) if bar is None else bar
        self.epochs = [0] * len(plan.values)
        self.done: set[int] = set()
        self.began = clock()
        self._next = self.began + (0.0 if self.bar else LINE_EVERY)
        self._drawn = 0

    def update(self, p: Progress) -> None:
        self.epochs[p.index] = p.epoch
        if p.done:
            self.done.add(p.index)
            self._line(f"done {len(self.done)}/{len(self.epochs)}: {self.plan.names[p.index]}  epoch {p.epoch}  "
                       f"train loss {loss_text(p.train_loss)}")  # fmt: skip
            return
        now = self.clock()
        if now >= self._next:
            self._next = now + (REDRAW_EVERY if self.bar else LINE_EVERY)
            self._show(now)

    def text(self, now: float) -> str:
        """ "runs 1/3 done  epochs 700/1,500  46.7%  ETA 0:04"."""
        total = self.plan.epochs * len(self.epochs)
        trained, seconds = sum(self.epochs), now - self.began
        parts = [f"runs {len(self.done)}/{len(self.epochs)} done", f"epochs {trained:,}/{total:,}",
                 percent_text(trained / total)]  # fmt: skip
        if trained and seconds > 0:
            parts.append(f"ETA {_duration((total - trained) * seconds / trained)}")
        return "  ".join(parts)

    def _show(self, now: float) -> None:
        text = self.text(now)
        if not self.bar:
            print(text, file=self.out, flush=True)
            return
        total = self.plan.epochs * len(self.epochs)
        line = f"{bar_text(sum(self.epochs) / total)} {text}"[: shutil.get_terminal_size().columns - 1]
        self.out.write("\r" + line.ljust(self._drawn))
        self.out.flush()
        self._drawn = len(line)

    def finish(self) -> None:
        """The bar gives way (to a run's line, or to the results); it is redrawn at the next update."""
        if self.bar and self._drawn:
            self.out.write("\r" + " " * self._drawn + "\r")
            self.out.flush()
            self._drawn = 0

    def _line(self, text: str) -> None:
        self.finish()
        print(text, file=self.out, flush=True)


# ---- the results ------------------------------------------------------------------------------------------------
def results_table(result: SweepResult) -> str:
    """The results as aligned text: the value, epochs, losses and accuracies, the best marked with "*"."""
    axis, best = result.plan.axis, result.best
    header = [axis.name, "epochs", "train loss", "test loss", "train accuracy", "test accuracy", ""]
    rows = []
    for r in result.runs:
        rows.append(
            [
                axis.show(r.value),
                f"{r.epoch:,}",
                loss_text(r.train_loss),
                loss_text(r.test_loss),
                percent_text(r.train_accuracy),
                percent_text(r.test_accuracy),
                "* best" if r.index == best else ("" if not r.message else summary_text(r)),
            ]
        )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows])
    return "\n".join(lines)


def runs_of(result: SweepResult) -> Runs:
    """The sweep's runs as the runs of one session, each named by its value, the first one current."""
    kept = [(r.name, r.session) for r in result.runs if r.session is not None]
    if not kept:
        raise ValueError("no run was trained, so there is no session to save")
    runs = Runs.single(kept[0][1], name=kept[0][0])
    for name, session in kept[1:]:
        runs = runs.add(session, name=name, make_current=False)
    return runs


def _write_outputs(args: argparse.Namespace, result: SweepResult) -> list[str]:
    if args.save:  # first: the one output a long sweep must not lose
        save_runs(args.save, runs_of(result))
    if args.csv:
        write_text(args.csv, results_csv(result))
    if args.curves_csv:
        write_text(args.curves_csv, curves_csv(result))
    if args.png:
        _picture(args, result)
    return [getattr(args, o) for o in _OUTPUTS if getattr(args, o)]


def _picture(args: argparse.Namespace, result: SweepResult) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never a window, with or without a display
    from PySide6.QtWidgets import QApplication

    from . import cli
    from .ui.output import pictures
    from .ui.output.sweep_pictures import render_sweep

    if QApplication.instance() is None:  # kept for the life of the process, as `train` keeps it
        cli._APP = QApplication(["nnplayground"])
    pictures.save_image(render_sweep(result, (args.tile, args.tile), args.show_test), args.png)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `nnplayground sweep` with these arguments (without the word "sweep"); returns the exit status."""
    from .training.sweeper import SweepFailed, run_sweep

    p = parser()
    p.prog = PROG
    try:
        args = p.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as e:  # argparse has printed its message (or the help)
        return int(e.code or 0)
    unwritable = unwritable_output(args, [(option, "write") for option in _OUTPUTS])
    if unwritable:
        print(f"{PROG}: {unwritable}", file=sys.stderr)
        return 1
    try:
        try:
            exp, points = build_experiment(args)
        except (TypeError, ValueError) as e:
            return _usage_error(p, str(e))
        try:
            name, values = sweep.parse_vary(args.vary)
            plan = sweep.plan(exp, points, name, values, args.epochs)
        except sweep.SweepError as e:
            return _usage_error(p, f"--vary {e}")
        print(f"sweep: {len(plan.values)} runs of {plan.epochs:,} epochs: {', '.join(plan.names)}", file=sys.stderr)
        shown = SweepProgress(sys.stderr, plan)
        with _CtrlC() as ctrl_c:
            keep = bool(args.png or args.save)  # (the runs' whole state comes back only for these)
            result = run_sweep(plan, shown.update, lambda: ctrl_c.pressed, args.workers, keep_state=keep)
        shown.finish()
        print(results_table(result))
        written = _write_outputs(args, result)
        if ctrl_c.pressed:
            saved = f"saved {', '.join(written)}" if written else "nothing saved (no output was asked for)"
            print(f"{PROG}: interrupted; {saved}", file=sys.stderr)
            return 130
        best = result.best
        took = f"done: {len(result.runs)} runs in {result.seconds:.1f} s"
        print(f"{took}; best {result.runs[best].name}" if best is not None else took, file=sys.stderr)
        return 0
    except KeyboardInterrupt:  # while writing, or pressed twice: stop at once
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except SweepFailed as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1
    except Exception as e:  # a file problem, an export error or anything unforeseen: one line, never a traceback
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1
