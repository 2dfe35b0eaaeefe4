"""`nnplayground train ...`: train without a window, for scripts and teaching material.

    nnplayground train --dataset spiral --hidden 8,8 --epochs 500 --seed 1 --save run.nnp --png boundary.png

Progress goes to stderr: on a terminal one bar redrawn in place (epoch, rate, time left, losses), elsewhere a
plain line soon after the start and then every few seconds; then a one-line summary. Ctrl+C stops the run and
still writes every output asked for, with what was trained so far (its last whole epoch). Pictures are drawn by
the app's own widgets off screen (Qt's "offscreen" platform), so they look exactly like the window; their format
follows the file name (.png, .jpg, .bmp, ...). Every output's folder is checked before training starts.

Exit status: 0 done; 1 a file could not be read or written (one line on stderr, no traceback); 2 bad arguments
(argparse's message); 130 interrupted by Ctrl+C (the outputs are written all the same).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .arguments import (
    add_experiment_options,
    add_from_url_option,
    add_version_option,
    experiment_from_args,
    fixed_options,
    link_from_args,
    number,
    with_live_options,
)
from .core import export_data
from .core.experiment import Experiment
from .core.model_export import model_of
from .core.onnx_export import export_onnx, missing_onnx
from .core.points import PointSet
from .core.runs import Runs
from .core.runs_file import load_runs, save_runs
from .core.session import restore_trainer, save_session, session_from_trainer
from .core.session_format import MAX_EPOCH
from .core.torch_export import export_torch
from .core.trainer import Trainer
from .progress import Progress, losses_text

MAX_PICTURE = 8192
# Epochs one run may ask for: far beyond any run that can finish (a billion epochs is days even for the smallest
# network) and far below what a session file may hold (MAX_EPOCH), so a saved run can always be read back.
MAX_EPOCHS = 10**9
_APP: Any = None


def _size(text: str) -> tuple[int, int]:
    parts = text.lower().replace("x", ",").split(",")
    try:
        w, h = (int(parts[0]), int(parts[0])) if len(parts) == 1 else (int(parts[0]), int(parts[1]))
    except (ValueError, IndexError):
        raise argparse.ArgumentTypeError(f"expected a size like 600 or 800x600, got {text!r}") from None
    if not (16 <= w <= MAX_PICTURE and 16 <= h <= MAX_PICTURE):
        raise argparse.ArgumentTypeError(f"a picture must be 16 to {MAX_PICTURE} pixels a side, got {text!r}")
    return w, h


def _picture_path(text: str) -> str:
    """A picture's file name whose suffix names a format the app can write (refused before any training)."""
    from .core.export_data import ExportError
    from .ui.output import pictures  # Qt's image writers decide; a picture needs Qt anyway

    try:
        pictures.image_format(text)
    except ExportError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return text


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nnplayground train", description="Train a network without a window.")
    add_version_option(p)
    data = p.add_argument_group("data (ignored with --load: a saved run keeps its own)")
    net = p.add_argument_group("network and training (with --load, only how it trains)")
    add_experiment_options(data, net)
    run = p.add_argument_group("run")
    run.add_argument(
        "--epochs", type=number(int, 0, MAX_EPOCHS), default=100, help="epochs to train (more, with --load)"
    )
    run.add_argument("--load", metavar="FILE.nnp", help="continue a saved session")
    add_from_url_option(run)
    out = p.add_argument_group("outputs")
    out.add_argument("--save", metavar="FILE.nnp", help="save the session")
    formats = "PNG, or JPEG, BMP, TIFF, WebP by the name's suffix"
    out.add_argument(
        "--png",
        type=_picture_path,
        metavar="FILE.png",
        help=f"the points over the decision boundary, as the app shows ({formats})",
    )
    out.add_argument("--loss-png", type=_picture_path, metavar="FILE.png", help=f"the loss chart ({formats})")
    out.add_argument("--size", type=_size, default=(600, 600), help="picture size, e.g. 600 or 800x600")
    out.add_argument("--show-test", action="store_true", help="draw the test points too")
    out.add_argument("--discretize", action="store_true", help="colour the boundary by class, not by confidence")
    out.add_argument("--csv", metavar="FILE.csv", help="the loss history, one row per epoch")
    out.add_argument("--points-csv", metavar="FILE.csv", help="the points")
    out.add_argument("--json", metavar="FILE.json", help="the trained network: shapes, activations, weights")
    out.add_argument(
        "--onnx", metavar="FILE.onnx", help="the trained network as ONNX, raw (x, y) in (needs the onnx package)"
    )
    out.add_argument("--torch", metavar="FILE.py", help="the trained network as a standalone PyTorch script")
    return p


def build_experiment(args: argparse.Namespace) -> tuple[Experiment, PointSet]:
    """The experiment and points the arguments describe (defaults: the window's), or --from-url's link;
    ValueError/TypeError if the options do not fit together or the link is not TFP's."""
    if args.from_url:
        link = link_from_args(args)
        for note in link.notes:
            print(f"from the link: {note}", file=sys.stderr)
        args.show_test = args.show_test or link.show_test  # the link's view, for the pictures
        args.discretize = args.discretize or link.discretize
        exp = link.experiment
    else:
        exp = experiment_from_args(args)
    spec = exp.data
    return exp, PointSet.of(spec)


# ---- training ---------------------------------------------------------------------------------------------------
SLICE = 32  # mini-batches between looks at the clock and at Ctrl+C: a moment, even with a huge data set


def train(
    trainer: Trainer,
    epochs: int,
    out: TextIO | None = None,
    stop: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
) -> str:
    """Train `epochs` more epochs, showing progress on `out` (stderr by default). Returns "done"; "stopped" when
    the run diverged or has no training points (the reason is printed); or "interrupted" when `stop()` said so,
    with the unfinished epoch dropped: the trainer is then as it was at the end of its last whole epoch, so a
    saved run goes on exactly as if it had never stopped."""
    out = sys.stderr if out is None else out
    goal = trainer.epoch + epochs
    progress = Progress(out, trainer.epoch, goal) if progress is None else progress
    trainer.message = ""  # as Trainer.run: a new run starts without an old run's reason to stop
    outcome = "done"
    while trainer.epoch < goal:
        trainer.step_batches(SLICE)
        if trainer.message:
            outcome = "stopped"
            break
        if stop():
            outcome = "interrupted"
            break
        progress.update(trainer)
    if outcome == "interrupted" and trainer.batch_index:
        trainer.rewind(trainer.epoch)  # the newest checkpoint is always the last whole epoch
    progress.finish(trainer)
    if outcome == "stopped":
        print(f"stopped: {trainer.message}", file=out)
    return outcome


class _CtrlC:
    """While training, Ctrl+C asks the loop to stop (so that what was trained can be saved); a second press
    stops at once, as Ctrl+C always does. Only the main thread can take the signal; elsewhere nothing changes."""

    def __init__(self) -> None:
        self.pressed = False
        self._installed = False
        self._previous: Any = None

    def __enter__(self) -> _CtrlC:
        # a background job's Ctrl+C is ignored (SIG_IGN): it stays so
        main = threading.current_thread() is threading.main_thread()
        if main and signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def _handle(self, signum: int, frame: Any) -> None:
        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True

    def __exit__(self, *exc: object) -> None:
        if self._installed:  # None: the handler was not Python's; Qt or an embedder's default, as at start
            signal.signal(signal.SIGINT, signal.SIG_DFL if self._previous is None else self._previous)


def _pictures(args: argparse.Namespace, trainer: Trainer) -> None:
    if not (args.png or args.loss_png):
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never a window, with or without a display
    from PySide6.QtWidgets import QApplication

    from .ui.output import pictures

    global _APP
    if QApplication.instance() is None:  # kept for the life of the process: Qt dislikes a second application
        _APP = QApplication(["nnplayground"])
    snap = trainer.snapshot()
    ps = trainer.points
    if args.png:
        image = pictures.render_boundary(
            snap,
            ps,
            ps.test_mask(trainer.experiment.data.train_ratio),
            args.size,
            show_test=args.show_test,
            discretize=args.discretize,
        )
        pictures.save_image(image, args.png)
    if args.loss_png:
        pictures.save_image(pictures.render_loss(snap, args.size), args.loss_png)


def _write_data(args: argparse.Namespace, trainer: Trainer) -> None:
    if args.csv:
        export_data.export_loss_csv(trainer, args.csv)
    if args.points_csv:
        export_data.export_points_csv(trainer.points, args.points_csv, trainer.experiment.data)
    if args.json:
        export_data.export_network_json(trainer, args.json)
    if args.onnx or args.torch:
        model = model_of(trainer.snapshot(grid=2, neuron_grid=2), trainer.experiment)
        if args.onnx:
            export_onnx(model, args.onnx)
        if args.torch:
            export_torch(model, args.torch)


def _write_outputs(args: argparse.Namespace, trainer: Trainer, runs: Runs | None = None) -> list[str]:
    """Every file asked for, the session first (the one thing a long run must not lose); the paths written. A
    session loaded with several runs is saved with all of them, the trained one brought up to date."""
    if args.save and runs is not None and len(runs) > 1:
        save_runs(args.save, runs.with_session(runs.current, session_from_trainer(trainer)))
    elif args.save:
        save_session(args.save, session_from_trainer(trainer))
    _write_data(args, trainer)
    _pictures(args, trainer)
    return [getattr(args, option) for option, _ in _OUTPUTS if getattr(args, option)]


# Every file `train` may write, with the verb its error messages use.
_OUTPUTS = (
    ("save", "save"),
    ("png", "write"),
    ("loss_png", "write"),
    ("csv", "write"),
    ("points_csv", "write"),
    ("json", "write"),
    ("onnx", "write"),
    ("torch", "write"),
)


def unwritable_output(args: argparse.Namespace, outputs: Sequence[tuple[str, str]] = _OUTPUTS) -> str | None:
    """Why one of the requested `outputs` ((option, verb) pairs) could not be written, found before training (None
    when all can be). Used by `train` and `sweep` alike.

    Each folder is asked for a real temporary file, as the atomic writer will ask at the end: that answers for
    a missing folder, a read-only one and a full disk alike (a permission check alone would pass for root)."""
    for option, verb in outputs:
        path = getattr(args, option)
        if not path:
            continue
        flag, name = f"--{option.replace('_', '-')}", os.path.basename(path) or path
        folder = os.path.dirname(os.path.abspath(path))
        if os.path.isdir(path):
            return f"{flag}: cannot {verb} {name}: {path} is a folder"
        if not os.path.isdir(folder):
            return f"{flag}: cannot {verb} {name}: there is no folder {folder}"
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as e:
            return f"{flag}: cannot {verb} {name}: {folder}: {e.strerror or e}"
    return None


def _train_and_write(args: argparse.Namespace, trainer: Trainer, runs: Runs | None = None) -> int:
    """Train, then write every output, also after Ctrl+C (what was trained so far); the exit status."""
    began = time.perf_counter()
    with _CtrlC() as ctrl_c:
        outcome = train(trainer, args.epochs, stop=lambda: ctrl_c.pressed)
    took = time.perf_counter() - began
    if outcome != "interrupted":
        print(f"done: epoch {trainer.epoch} in {took:.1f} s  {losses_text(trainer)}", file=sys.stderr)
    written = _write_outputs(args, trainer, runs)
    if outcome == "interrupted":
        saved = f"saved {', '.join(written)}" if written else "nothing saved (no output was asked for)"
        print(f"nnplayground train: interrupted at epoch {trainer.epoch}; {saved}", file=sys.stderr)
        return 130
    return 0


def _usage_error(p: argparse.ArgumentParser, message: str) -> int:
    """A mistake in the arguments found after parsing: argparse's form (usage, then the message) and status 2."""
    p.print_usage(sys.stderr)
    print(f"{p.prog}: error: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run `nnplayground train` with these arguments (without the word "train"); returns the exit status."""
    p = parser()
    try:
        args = p.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as e:  # argparse has printed its message (or the help)
        return int(e.code or 0)
    unwritable = unwritable_output(args) or (args.onnx and missing_onnx())
    if unwritable:
        print(f"nnplayground train: {unwritable}", file=sys.stderr)
        return 1
    try:
        if args.load and args.from_url:
            return _usage_error(p, "--from-url cannot be combined with --load (each gives a whole experiment)")
        if args.load:
            fixed = fixed_options(args)
            if fixed:
                return _usage_error(
                    p, f"{', '.join(fixed)} cannot be combined with --load (a saved run keeps its data and network)"
                )
            runs = load_runs(args.load)  # every run: the current one trains, the others are saved as they were
            trainer = restore_trainer(runs.current_run.session)
            exp = with_live_options(trainer.experiment, args)
            if exp != trainer.experiment:
                trainer.set_experiment(exp)
            if trainer.epoch + args.epochs > MAX_EPOCH:
                return _usage_error(
                    p, f"--epochs: {args.load} is at epoch {trainer.epoch}; at most {MAX_EPOCH - trainer.epoch} more"
                )
            more = f" (run {runs.current_run.label.name!r} of {len(runs)})" if len(runs) > 1 else ""
            print(f"loaded {args.load}: epoch {trainer.epoch}{more}", file=sys.stderr)
        else:
            try:
                exp, points = build_experiment(args)
            except (TypeError, ValueError) as e:
                return _usage_error(p, str(e))
            trainer, runs = Trainer(exp, points), None
        return _train_and_write(args, trainer, runs)
    except KeyboardInterrupt:  # while loading or writing, or pressed twice: stop at once
        print("nnplayground train: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a file problem, an export error or anything unforeseen: one line, never a traceback
        print(f"nnplayground train: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
