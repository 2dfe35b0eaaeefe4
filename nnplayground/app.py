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

from .arguments import (
    add_experiment_options,
    add_from_url_option,
    add_version_option,
    experiment_from_args,
    link_from_args,
    number,
)
from .core.experiment import Experiment, generated_spec
from .core.points import PointSet

if TYPE_CHECKING:
    from .ui.window.main_window import MainWindow


def _speed(text: str) -> float | None:
    if text.strip().lower() in ("max", "fastest", "inf"):
        return None
    return number(float, 0.0, 1e9, lo_open=True)(text)


def _language(text: str) -> str:
    from .ui.common.i18n import LANGUAGES, normalise

    found = normalise(text)
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a language the window speaks: {', '.join(LANGUAGES)}")
    return found


def build_parser() -> argparse.ArgumentParser:
    """The window's options: a session file, and every experiment setting with the same options, rules and --help
    as `nnplayground train` (one builder, `arguments.add_experiment_options`, serves both)."""
    p = argparse.ArgumentParser(
        prog="nnplayground",
        description="A desktop playground for neural networks: draw data, design a network, watch it learn.",
        epilog="Example: nnplayground --dataset spiral --hidden 8,8 --activation tanh --lr 0.03 --speed max. "
        "Run 'nnplayground train --help' for training without a window.",
    )
    p.add_argument("session", nargs="?", help="a saved session file to open")
    add_version_option(p)
    add_experiment_options(p)
    add_from_url_option(p)
    p.add_argument(
        "--speed",
        type=_speed,
        default=100.0,
        metavar="EPS",
        help="epochs per second while playing, or 'max' (default 100)",
    )
    p.add_argument("--play", action="store_true", help="start training as soon as the window opens")
    p.add_argument(
        "--lang",
        type=_language,
        metavar="CODE",
        help="the window's language for this start: en or zh_CN (default: Preferences > Language, else the system's)",
    )
    p.add_argument(
        "--quit-after",
        type=number(float, 0.0, 1e6, lo_open=True),  # (a Qt timer counts at most 24 days in milliseconds)
        metavar="SECONDS",
        help="close the window after SECONDS, without asking to save, and print the epoch reached "
        "(for demonstrations and smoke tests; exit status 1 if the training process had stopped)",
    )
    return p


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, Experiment]:
    """Parse and validate; on bad input argparse prints a message and raises SystemExit(2). The experiment is
    the one `nnplayground train` builds from the same options (so "New" and a bare launch start alike)."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    args.link = None
    try:
        if args.from_url and args.session:
            raise ValueError("--from-url cannot be combined with a session file (each gives a whole experiment)")
        if args.from_url:
            args.link = link_from_args(args)
            exp = args.link.experiment
        else:
            exp = experiment_from_args(args)
    except (ValueError, TypeError) as exc:
        parser.error(str(exc))
    return args, exp


# the options about the window rather than the experiment
WINDOW_OPTIONS = ("--speed", "--play", "--quit-after", "--lang")


def experiment_given(argv: Sequence[str]) -> bool:
    """Whether the command line says anything about the experiment (every option but WINDOW_OPTIONS does)."""
    return any(a.startswith("--") and a.split("=")[0] not in WINDOW_OPTIONS for a in argv)


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
    return build_window(*prepare(argv))


def prepare(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, Experiment]:
    """The arguments and the experiment the window opens with, with the application made, its language and
    style set: everything but the window, and nothing that imports pyqtgraph (see `ui.window.opening`)."""
    args, exp = parse(sys.argv[1:] if argv is None else argv)
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
    from .ui.common import i18n
    from .ui.session.app_settings import default_settings

    language = i18n.chosen_language(default_settings(), args.lang)
    if not i18n.install(app, language):  # before any text is built
        print(f"nnplayground: the {language} catalogue could not be loaded; the window speaks English", file=sys.stderr)
    from .ui.window import style
    from .ui.window.icon import APP_ID, app_icon

    app.setWindowIcon(app_icon())  # the window's and every dialog's (the About box shows it large)
    app.setDesktopFileName(APP_ID)  # so a Wayland desktop matches the window to its menu entry and icon
    style.apply(app)  # type: ignore[arg-type]
    if not args.session and not experiment_given(argv if argv is not None else sys.argv[1:]):
        from .ui.session.app_settings import last_experiment

        last = last_experiment(default_settings())  # a bare launch goes on where the last one ended, its data
        exp = last.replace(data=generated_spec(last.data)) if last else exp  # generated anew (no file's names)
    return args, exp


def build_window(args: argparse.Namespace, exp: Experiment, points: PointSet | None = None) -> MainWindow:
    """The window `prepare`'s arguments and experiment describe (on `points`, when they are already made)."""
    from PySide6.QtCore import QTimer

    from .ui.window.main_window import MainWindow

    window = MainWindow(exp, points, speed=args.speed)
    if args.session:
        # Opened once the event loop runs, so after `run` has shown the window: a broken file's message then
        # comes over the window the arguments describe, not on an empty screen before any window exists.
        QTimer.singleShot(0, window, functools.partial(window.files.open, args.session))
    if args.link is not None:  # the link's view and notes once the window is up (over the remembered view)
        from .ui.session.tfp_link import show_link

        QTimer.singleShot(0, window, functools.partial(show_link, window, args.link))
    if args.play:
        QTimer.singleShot(0, window, functools.partial(window.set_playing, True))
    if args.quit_after is not None:
        # counted from when the event loop runs (the window is on screen), not from while it is being built
        ms = round(args.quit_after * 1000)
        QTimer.singleShot(0, window, lambda: QTimer.singleShot(ms, window, functools.partial(quit_now, window)))
    return window


def closing_report(window: MainWindow) -> tuple[str, int]:
    """What --quit-after prints as it closes the window, and the exit status: 1 if the training process had
    stopped on its own, else 0."""
    snap = window.latest_snapshot
    alive = window.controller.running
    stopped = "" if alive else " (the training process had stopped)"
    return f"nnplayground: closing at epoch {snap.epoch if snap else 0}{stopped}", 0 if alive else 1


def quit_now(window: MainWindow) -> None:
    """--quit-after's end: say how far training got, close the window without asking, leave the event loop."""
    from PySide6.QtWidgets import QApplication

    message, status = closing_report(window)
    print(message, file=sys.stderr, flush=True)
    window.files.ask_save_changes = lambda: "discard"  # nobody is there to answer
    window.close()
    QApplication.instance().exit(status)


def run(argv: Sequence[str] | None = None) -> int:
    """Create the window, show it and run the event loop until it closes; the exit code."""
    import gc

    # Python's cycle collector runs in whichever thread allocates; if that is the relay thread (which reads the
    # training process's replies) and it frees a Qt object there, Qt crashes. So it is off before that thread
    # starts, and pyqtgraph's collector runs it on a timer in this thread instead.
    gc.disable()
    args, exp = prepare(argv)
    points = PointSet.of(exp.data)
    from .ui.window.opening import opening

    picture = opening(exp, points)  # the first boundary on screen while the window is built
    window = build_window(args, exp, points)
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
        picture.close()  # (once the window is on screen, so that something always is)
        window.files.check_recovery()  # work an earlier instance autosaved but never saved
    except BaseException:
        window.work.shutdown()  # never leave the training process running behind a failed start
        raise
    return QApplication.instance().exec()
