"""Build the main window from command-line arguments; `run` also starts the event loop.

Arguments are checked completely before any window exists, so a bad value ends with argparse's usage message and
exit code 2 (never a traceback and never a half-built window); so does a Linux session with no display, with a
sentence on how to run without one. A session file named on the command line opens once the window is shown.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import version
from .arguments import activation_names, hidden_widths, number
from .core import datasets
from .core.experiment import (
    ACTIVATIONS,
    MAX_BATCH_SIZE,
    MAX_CLASSES,
    MAX_LR,
    MAX_SEED,
    OPTIMIZERS,
    DataSpec,
    Experiment,
)
from .core.points import MAX_POINTS

if TYPE_CHECKING:
    from .ui.window.main_window import MainWindow


def _speed(text: str) -> float | None:
    if text.strip().lower() in ("max", "fastest", "inf"):
        return None
    return number(float, 0.0, 1e9, lo_open=True)(text)


def build_parser() -> argparse.ArgumentParser:
    d = Experiment()  # the defaults are the experiment's own, so "New" and a bare launch start alike
    p = argparse.ArgumentParser(
        prog="nnplayground",
        description="A desktop playground for neural networks: draw data, design a network, watch it learn.",
        epilog="Example: nnplayground --dataset spiral --hidden 8,8 --activation tanh --lr 0.03 --speed max. "
        "Run 'nnplayground train --help' for training without a window.",
    )
    p.add_argument("session", nargs="?", help="a saved session file to open")
    p.add_argument("--version", action="version", version=f"nnplayground {version()}")
    p.add_argument(
        "--dataset",
        choices=datasets.names(),
        default=d.data.name,
        metavar="NAME",
        help=f"the data set to start with: {', '.join(datasets.names())} (default: {d.data.name})",
    )
    p.add_argument(
        "--noise", type=number(float, 0.0, 1.0), default=d.data.noise, help=f"noise, 0 to 1 (default {d.data.noise:g})"
    )
    p.add_argument(
        "--points",
        type=number(int, 0, MAX_POINTS),
        default=None,
        metavar="N",
        help="number of points (default: 500, or 1200 for regression sets)",
    )
    p.add_argument(
        "--classes",
        type=number(int, 2, MAX_CLASSES),
        default=None,
        metavar="K",
        help=f"classes, 2 to {MAX_CLASSES}, for the sets that have them (blobs, checkerboard, spirals, "
        "rings; default 3 there)",
    )
    p.add_argument(
        "--train-ratio",
        type=number(float, 0.1, 0.9),
        default=d.data.train_ratio,
        metavar="R",
        help=f"share of the points used for training, 0.1 to 0.9 (default {d.data.train_ratio:g})",
    )
    widths = ",".join(map(str, d.hidden))
    p.add_argument(
        "--hidden",
        type=hidden_widths,
        default=d.hidden,
        metavar="W,W",
        help=f"hidden layer widths, e.g. 8,8; 0 for none (default {widths})",
    )
    p.add_argument(
        "--activation",
        type=activation_names,
        default=d.activations[:1],
        metavar="NAME",
        help=f"hidden activation, one for all or one per layer: {', '.join(ACTIVATIONS)} (default {d.activations[0]})",
    )
    p.add_argument(
        "--lr", type=number(float, 0.0, MAX_LR, lo_open=True), default=d.lr, help=f"learning rate (default {d.lr:g})"
    )
    p.add_argument(
        "--batch-size",
        type=number(int, 1, MAX_BATCH_SIZE),
        default=d.batch_size,
        metavar="B",
        help=f"mini-batch size (default {d.batch_size})",
    )
    p.add_argument("--optimizer", choices=OPTIMIZERS, default=d.optimizer, help=f"optimizer (default {d.optimizer})")
    p.add_argument(
        "--seed",
        type=number(int, 0, MAX_SEED),
        default=d.seed,
        help=f"seed of the data and of the first weights (default {d.seed})",
    )
    p.add_argument(
        "--speed",
        type=_speed,
        default=100.0,
        metavar="EPS",
        help="epochs per second while playing, or 'max' (default 100)",
    )
    return p


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, Experiment]:
    """Parse and validate; on bad input argparse prints a message and raises SystemExit(2)."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    regression = datasets.is_regression(args.dataset)
    classes = args.classes if args.classes is not None else datasets.default_classes(args.dataset)
    n = args.points if args.points is not None else datasets.default_n(args.dataset)
    acts = args.activation
    if len(acts) == 1:
        acts = acts * len(args.hidden)
    elif len(acts) != len(args.hidden):
        parser.error(f"--activation: give one name, or one per hidden layer ({len(args.hidden)}), not {len(acts)}")
    try:
        exp = Experiment(
            data=DataSpec(args.dataset, n, float(args.noise), args.seed, classes, float(args.train_ratio)),
            problem="regression" if regression else "classification",
            hidden=args.hidden,
            activations=tuple(acts),
            optimizer=args.optimizer,
            lr=float(args.lr),
            batch_size=args.batch_size,
            seed=args.seed,
        )
    except (ValueError, TypeError) as exc:
        parser.error(str(exc))
    return args, exp


def experiment_given(argv: Sequence[str]) -> bool:
    """Whether the command line says anything about the experiment (every option but --speed does)."""
    return any(a.startswith("--") and a.split("=")[0] != "--speed" for a in argv)


def no_display() -> str | None:
    """Why the window cannot open on this machine, or None when it can (as far as can be told before Qt starts).

    On Linux Qt finds the screen through DISPLAY (X11) or WAYLAND_DISPLAY; with neither (ssh, a container, a
    service) it aborts with a message about libxcb-cursor0 that sends people installing libraries in vain."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "nnplayground: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.\n"
        "To train without a window, run 'nnplayground train ...' (see 'nnplayground train --help'); to run the "
        "window off screen, set QT_QPA_PLATFORM=offscreen."
    )


def create_window(argv: Sequence[str] | None = None) -> MainWindow:
    """The main window for these arguments, not yet shown and without running the event loop; a session file
    among them opens as soon as the event loop runs (`run`'s, or a test's `qtbot.waitUntil`).

    Bad arguments, or no display to show a window on, end with a message and SystemExit(2)."""
    args, exp = parse(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        problem = no_display()
        if problem:
            print(problem, file=sys.stderr)
            raise SystemExit(2)
        app = QApplication([sys.argv[0] if sys.argv else "nnplayground"])
    app.setApplicationName("nnplayground")
    app.setOrganizationName("nnplayground")
    from .ui.window import style
    from .ui.window.main_window import MainWindow

    style.apply(app)  # type: ignore[arg-type]
    if not args.session and not experiment_given(argv if argv is not None else sys.argv[1:]):
        from .ui.session.app_settings import default_settings, last_experiment

        exp = last_experiment(default_settings()) or exp  # a bare launch goes on where the last one ended
    window = MainWindow(exp, speed=args.speed)
    if args.session:
        # Opened once the event loop runs, so after `run` has shown the window: a broken file's message then
        # comes over the window the arguments describe, not on an empty screen before any window exists.
        QTimer.singleShot(0, window, functools.partial(window.files.open, args.session))
    return window


def run(argv: Sequence[str] | None = None) -> int:
    """Create the window, show it and run the event loop until it closes; the exit code."""
    import gc

    # Python's cycle collector runs in whichever thread allocates; if that is the training thread and it frees a
    # Qt object there, Qt crashes. So it is off before that thread starts, and pyqtgraph's collector runs it on a
    # timer in this thread instead.
    gc.disable()
    window = create_window(argv)
    from pyqtgraph.util.garbage_collector import GarbageCollector
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    collector = GarbageCollector(interval=1.0)  # noqa: F841  (kept alive by this frame)
    # Deleted by Qt inside the event loop, while its Python half is whole (never by the garbage collector at exit).
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    try:
        window.files.restore_settings()  # the layout, splitters and view toggles of last time
        window.show()
        window.raise_()
        window.activateWindow()  # keys work at once, also on a desktop without a window manager to give focus
        window.files.check_recovery()  # work an earlier instance autosaved but never saved
    except BaseException:
        window.controller.shutdown()  # never leave the training thread running behind a failed start
        raise
    return QApplication.instance().exec()
