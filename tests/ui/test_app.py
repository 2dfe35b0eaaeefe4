"""The launcher: command-line options, their errors, and the `train` subcommand's dispatch."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from nnplayground import __main__ as entry
from nnplayground.app import create_window, parse
from nnplayground.core.points import PointSet

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _delete_closed_windows_now():
    yield
    # pytest-qt has closed the windows and asked for deleteLater: delete them now, while their Python halves are
    # whole, rather than leave it to the garbage collector in the middle of a later test.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "nnplayground", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"} if env is None else env,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland displays are a Linux matter")
def test_the_window_without_a_display_says_so_and_how_to_run_headless():
    """Over ssh or in a container: a sentence and exit 2, not Qt's abort about libxcb-cursor0."""
    out = run("--dataset", "xor", env={"PATH": "/usr/bin:/bin"})  # no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM
    assert out.returncode == 2, out.stderr
    assert "no display" in out.stderr and "nnplayground train" in out.stderr
    assert "QT_QPA_PLATFORM=offscreen" in out.stderr and "xcb" not in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) <= 3
    assert run("--help", env={"PATH": "/usr/bin:/bin"}).returncode == 0  # help and errors need no display


def test_help_lists_every_option():
    from nnplayground.core import settings

    out = run("--help")
    assert out.returncode == 0, out.stderr
    everyday = ["--dataset", "--noise", "--points", "--hidden", "--activation", "--lr", "--batch-size", "--optimizer"]
    everyday += ["--seed", "--classes", "--speed", "session"]
    for option in everyday + [s.option for s in settings.with_option()]:  # and every other setting's, from the table
        assert option in out.stdout, option
    assert "spiral" in out.stdout and "max" in out.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--lr", "abc"], ["--lr", "not a number"]),
        (["--lr", "0"], ["--lr", "above 0"]),
        (["--hidden", "8,x"], ["--hidden", "layer widths"]),
        (["--hidden", "8,99"], ["--hidden", "1 to 64"]),
        (["--dataset", "nope"], ["--dataset", "invalid choice"]),
        (["--activation", "swish"], ["--activation", "unknown activation"]),
        (["--activation", "tanh,relu,relu"], ["--activation", "one per hidden layer"]),
        (["--classes", "12"], ["--classes", "at most 9"]),
        (["--speed", "0"], ["--speed", "above 0"]),
        (["--noise", "2"], ["--noise", "at most 1"]),
        (["--batch-size", "0"], ["--batch-size", "at least 1"]),
        (["--optimizer", "lbfgs"], ["--optimizer", "invalid choice"]),
    ],
)
def test_bad_arguments_exit_2_with_a_message_and_no_traceback(capsys, args, words):
    with pytest.raises(SystemExit) as exc:
        parse(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err
    for word in words:
        assert word in err, (word, err)


def pyproject_version() -> str:
    """The version pyproject.toml declares: the one place it is written."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.M).group(1)


def test_version_of_the_launcher_and_of_train():
    for args in (["--version"], ["train", "--version"]):
        out = run(*args)
        assert out.returncode == 0, out.stderr
        assert out.stdout == f"nnplayground {pyproject_version()}\n", args


def test_a_source_tree_never_installed_reads_its_version_from_pyproject(monkeypatch):
    import importlib.metadata

    import nnplayground

    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    assert nnplayground.version() == nnplayground.__version__ == pyproject_version()


def test_bad_arguments_from_the_real_launcher():
    out = run("--lr", "fast")
    assert out.returncode == 2
    assert "--lr" in out.stderr and "Traceback" not in out.stderr


def test_parse_builds_the_experiment():
    args, e = parse(
        [
            "--dataset",
            "blobs",
            "--classes",
            "5",
            "--hidden",
            "6,4,3",
            "--activation",
            "relu",
            "--lr",
            "0.1",
            "--batch-size",
            "25",
            "--optimizer",
            "adam",
            "--seed",
            "7",
            "--noise",
            "0.2",
            "--points",
            "300",
            "--speed",
            "30",
        ]
    )
    assert (e.data.name, e.data.classes, e.data.n, e.data.noise, e.data.seed) == ("blobs", 5, 300, 0.2, 7)
    assert e.hidden == (6, 4, 3) and e.activations == ("relu",) * 3
    assert (e.lr, e.batch_size, e.optimizer, e.seed) == (0.1, 25, "adam", 7)
    assert args.speed == 30.0
    _, e = parse(["--dataset", "plane", "--hidden", "0"])
    assert e.problem == "regression" and e.hidden == () and e.data.n == 1200
    args, e = parse(["--hidden", "3,2", "--activation", "tanh,sigmoid", "--speed", "max"])
    assert e.activations == ("tanh", "sigmoid") and args.speed is None


def test_create_window_shows_the_arguments(qtbot):
    w = create_window(["--dataset", "moons", "--points", "120", "--hidden", "5", "--lr", "0.3"])
    qtbot.addWidget(w)
    assert w.points.n == 120 and w.experiment.hidden == (5,) and w.experiment.lr == 0.3
    assert w.data_panel.count.value() == 120
    assert w.controls_panel.lr.currentText() == "0.3"
    assert not w.isVisible()  # built, not shown: the caller decides
    w.close()
    assert not w.controller.running


def test_a_session_argument_is_handed_to_the_session_manager(qtbot, monkeypatch):
    opened = []
    from nnplayground.ui.session.manager import SessionManager

    monkeypatch.setattr(SessionManager, "open", lambda self, path=None: opened.append(path))
    w = create_window(["some.nnp"])
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: opened == ["some.nnp"])
    w.close()


def saved_run(path: Path) -> Path:
    from nnplayground.core.experiment import DataSpec, Experiment
    from nnplayground.core.points import PointSet
    from nnplayground.core.session import save_session, session_from_trainer
    from nnplayground.core.trainer import Trainer

    exp = Experiment(data=DataSpec("xor", 80, 0.0, 4), hidden=(4, 3), activations=("tanh", "relu"))
    trainer = Trainer(exp, PointSet.generate("xor", 80, 0.0, 4))
    trainer.run(7)
    save_session(path, session_from_trainer(trainer))
    return path


def test_a_session_on_the_command_line_opens_in_the_window(qtbot, tmp_path):
    path = saved_run(tmp_path / "run.nnp")
    w = create_window([str(path)])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.experiment.hidden == (4, 3))
    assert w.points.n == 80 and w.experiment.activations == ("tanh", "relu")
    w.close()


def test_a_broken_session_on_the_command_line_is_reported_over_the_window(qtbot, monkeypatch, tmp_path):
    """What a double-click on a damaged file does: the window appears as the arguments say, then the message."""
    from nnplayground.ui.session.manager import SessionManager

    (tmp_path / "broken.nnp").write_text('{"format": "nnplayground-session", "version": 1, "epoch": ')
    errors = []
    show_error = SessionManager.show_error

    def recorded(self, title: str, text: str) -> None:
        errors.append((text, self.host.isVisible()))
        show_error(self, title, text)

    monkeypatch.setattr(SessionManager, "show_error", recorded)
    w = create_window(["--dataset", "moons", "--points", "120", str(tmp_path / "broken.nnp")])
    qtbot.addWidget(w)
    _, asked = parse(["--dataset", "moons", "--points", "120"])
    w.show()
    qtbot.waitUntil(lambda: bool(errors))
    (text, shown), *more = errors
    assert shown and not more, errors  # the window was on screen when the message came
    assert "Could not open broken.nnp" in text and "Could not open broken.nnp" in w.statusBar().currentMessage()
    assert w.experiment == asked and w.points.n == 120  # unchanged: what the arguments asked for
    w.close()


def test_main_dispatches_train_to_the_cli(monkeypatch):
    calls = []
    fake = types.ModuleType("nnplayground.cli")
    fake.main = lambda argv: calls.append(list(argv)) or 0
    monkeypatch.setitem(sys.modules, "nnplayground.cli", fake)
    import nnplayground

    monkeypatch.setattr(nnplayground, "cli", fake, raising=False)
    assert entry.main(["train", "--epochs", "5"]) == 0
    assert calls == [["--epochs", "5"]]


def test_a_bare_launch_goes_on_with_the_experiment_of_the_last_one(qtbot, shown):
    first = shown(create_window(["--dataset", "circle", "--hidden", "5,3", "--lr", "0.1"]))
    qtbot.waitUntil(lambda: first.latest_snapshot is not None, timeout=15000)
    assert first.close()  # what the user did last: this experiment
    again = shown(create_window([]))
    e = again.experiment
    assert (e.data.name, e.hidden, e.lr) == ("circle", (5, 3), 0.1)
    assert again.points == PointSet.generate("circle", e.data.n, e.data.noise, e.data.seed, e.data.classes)
    told = shown(create_window(["--dataset", "xor"]))  # options on the command line: those, not the last ones
    assert told.experiment.data.name == "xor" and told.experiment.hidden == (8, 8)
    for w in (again, told):
        qtbot.waitUntil(lambda w=w: w.latest_snapshot is not None, timeout=15000)
