"""`nnplayground train`: headless training that writes the app's pictures, sessions and tables."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
import itertools
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnplayground import arguments, cli, progress
from nnplayground.core import settings
from nnplayground.core.session import load_session

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def picture(path) -> tuple[int, int, int]:
    """(width, height, distinct colours) of a PNG, read back with Qt."""
    from PySide6.QtGui import QImage

    data = Path(path).read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    image = QImage(str(path))
    assert not image.isNull()
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgba = pixels[:, : image.width() * 4].reshape(-1, 4)
    return image.width(), image.height(), len(np.unique(rgba.view(np.uint32)))


def trained(err: str) -> bool:
    """Whether stderr shows that training ran (a progress line or the summary)."""
    return any(line.startswith(("epoch ", "done:")) for line in err.splitlines())


def test_train_writes_a_real_boundary_picture_and_a_session(tmp_path, capsys):
    png, run = tmp_path / "boundary.png", tmp_path / "run.nnp"
    code = cli.main(
        [
            "--dataset",
            "spiral",
            "--hidden",
            "8,8",
            "--epochs",
            "40",
            "--seed",
            "1",
            "--points",
            "200",
            "--save",
            str(run),
            "--png",
            str(png),
            "--size",
            "320x240",
        ]
    )
    assert code == 0
    width, height, colours = picture(png)
    assert (width, height) == (320, 240)
    assert colours > 50  # a shaded output, points and axes, not a blank square
    s = load_session(run)
    assert s.epoch == 40 and s.experiment.hidden == (8, 8) and s.experiment.data.name == "spiral"
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("done: epoch 40 in ") and "\r" not in err  # not a terminal


def test_tables_and_the_loss_picture(tmp_path):
    paths = {
        k: tmp_path / f"{k}.{ext}" for k, ext in (("loss", "csv"), ("points", "csv"), ("net", "json"), ("chart", "png"))
    }
    assert (
        cli.main(
            [
                "--dataset",
                "plane",
                "--hidden",
                "3",
                "--epochs",
                "5",
                "--points",
                "50",
                "--csv",
                str(paths["loss"]),
                "--points-csv",
                str(paths["points"]),
                "--json",
                str(paths["net"]),
                "--loss-png",
                str(paths["chart"]),
            ]
        )
        == 0
    )
    rows = list(csv.reader(Path(paths["loss"]).read_text().splitlines()))
    assert rows[0][:3] == ["epoch", "train_loss", "test_loss"] and len(rows) == 7  # epochs 0..5
    assert rows[1][3] == ""  # regression: no accuracy
    assert Path(paths["points"]).read_text().splitlines()[0].strip() == "x,y,value"
    assert '"sizes": [' in Path(paths["net"]).read_text()
    assert picture(paths["chart"])[:2] == (600, 600)


def test_a_loaded_run_continues_exactly(tmp_path):
    base = ["--dataset", "xor", "--hidden", "4", "--points", "100", "--optimizer", "adam", "--lr", "0.01"]
    assert cli.main([*base, "--epochs", "8", "--save", str(tmp_path / "a.nnp")]) == 0
    assert cli.main(["--load", str(tmp_path / "a.nnp"), "--epochs", "7", "--save", str(tmp_path / "b.nnp")]) == 0
    assert cli.main([*base, "--epochs", "15", "--save", str(tmp_path / "c.nnp")]) == 0
    b, c = load_session(tmp_path / "b.nnp"), load_session(tmp_path / "c.nnp")
    assert b.epoch == c.epoch == 15 and np.array_equal(b.params, c.params)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--hidden", "x"], "--hidden"),
        (["--dataset", "nope"], "invalid choice"),
        (["--epochs", "-3"], "--epochs"),
        (["--activation", "foo"], "unknown activation 'foo'"),
        (["--noise", "nan"], "--noise"),
        (["--hidden", "8,0"], "1 to 64 neurons"),  # the app's rules: one set of argument types for both
        (["--size", "5"], "--size"),
        (["--load", "x.nnp", "--hidden", "3"], "cannot be combined with --load"),
        (["--frobnicate"], "unrecognized arguments"),
    ],
)
def test_bad_arguments_exit_2_with_argparse_message(argv, message, capsys):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "usage:" in err and "Traceback" not in err


def test_file_problems_exit_1_with_one_line(tmp_path, capsys):
    (tmp_path / "broken.nnp").write_text("{ not json")
    assert cli.main(["--load", str(tmp_path / "broken.nnp")]) == 1
    err = capsys.readouterr().err
    assert err.strip().startswith("nnplayground train: invalid JSON at line 1") and "Traceback" not in err
    assert cli.main(["--epochs", "1", "--save", str(tmp_path / "no" / "dir" / "x.nnp")]) == 1
    assert "cannot save x.nnp" in capsys.readouterr().err


def test_the_launcher_runs_train_headless_in_a_fresh_process(tmp_path):
    """`python -m nnplayground train ...` with no display settings at all still draws its picture."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    out = tmp_path / "b.png"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "nnplayground",
            "train",
            "--dataset",
            "circle",
            "--epochs",
            "3",
            "--points",
            "60",
            "--png",
            str(out),
            "--size",
            "200",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(tmp_path),
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert picture(out)[:2] == (200, 200)
    assert "done: epoch 3" in proc.stderr and proc.stdout == ""


@pytest.mark.parametrize("dataset", ["blobs", "spiral", "rings", "plane"])
def test_train_starts_from_the_same_experiment_as_the_app(dataset):
    """`nnplayground train` with only a data set named trains what the window opens with those words."""
    from nnplayground import app

    exp, points = cli.build_experiment(cli.parser().parse_args(["--dataset", dataset]))
    _, window_exp = app.parse(["--dataset", dataset])
    assert exp.data == window_exp.data and exp.hidden == window_exp.hidden and exp.problem == window_exp.problem
    assert points.n == exp.data.n
    if not points.regression:
        assert len(np.unique(points.labels)) == exp.data.classes


WHOLE_NUMBER_OPTIONS = {
    "train": ("--points", "--classes", "--batch-size", "--seed", "--epochs", "--size"),
    "window": ("--points", "--classes", "--batch-size", "--seed"),
}


@pytest.mark.parametrize("huge", ["3000000000", str(10**30)])
@pytest.mark.parametrize(
    ("command", "option"), [(c, o) for c, options in WHOLE_NUMBER_OPTIONS.items() for o in options]
)
def test_every_whole_number_option_refuses_a_huge_value(command, option, huge, capsys):
    """Beyond each setting's limit: argparse's message and exit 2, never a traceback (nor a run without end)."""
    from nnplayground import app

    if command == "train":
        assert cli.main([option, huge]) == 2
    else:
        with pytest.raises(SystemExit) as exc:
            app.parse([option, huge])
        assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err and f"argument {option}" in err and "Traceback" not in err


def test_a_run_that_blew_up_prints_its_losses_in_a_few_characters(capsys):
    """The loss of a diverged run is written as the window writes it (2.87e+225), never as three hundred digits."""
    import re

    argv = ["--dataset", "plane", "--hidden", "8,8", "--activation", "relu", "--lr", "10", "--points", "200"]
    assert cli.main([*argv, "--epochs", "20", "--seed", "0"]) == 0
    err = capsys.readouterr().err
    assert "diverged" in err and re.search(r"\d\.\d\de\+\d+", err)  # the exploded loss, in short
    assert max(len(run) for run in re.findall(r"\d+", err)) < 12, err


def test_pictures_are_written_in_the_format_their_names_ask_for(tmp_path):
    jpg, bmp = tmp_path / "boundary.jpg", tmp_path / "loss.bmp"
    argv = ["--dataset", "xor", "--epochs", "2", "--points", "60", "--size", "120x90"]
    assert cli.main([*argv, "--png", str(jpg), "--loss-png", str(bmp)]) == 0
    assert jpg.read_bytes().startswith(b"\xff\xd8\xff") and bmp.read_bytes().startswith(b"BM")
    from PySide6.QtGui import QImage

    assert QImage(str(jpg)).size().toTuple() == QImage(str(bmp)).size().toTuple() == (120, 90)


@pytest.mark.parametrize("option", ["--png", "--loss-png"])
def test_a_picture_name_of_no_known_format_is_refused_before_training(option, tmp_path, capsys):
    assert cli.main(["--epochs", "3", option, str(tmp_path / "boundary.gif")]) == 2
    err = capsys.readouterr().err
    assert "usage:" in err and f"argument {option}" in err and ".gif" in err and ".png" in err
    assert not trained(err) and os.listdir(tmp_path) == []


OUTPUTS = {
    "--save": "x.nnp",
    "--png": "x.png",
    "--loss-png": "x.png",
    "--csv": "x.csv",
    "--points-csv": "x.csv",
    "--json": "x.json",
}


@pytest.mark.parametrize("option", sorted(OUTPUTS))
def test_an_output_that_cannot_be_written_is_refused_before_training(option, tmp_path, capsys):
    """A missing folder (or a folder where the file should be) is found in a moment, not after the whole run."""
    (tmp_path / "taken.png").mkdir()
    for target in (tmp_path / "no" / "dir" / OUTPUTS[option], tmp_path / "taken.png"):
        assert cli.main(["--epochs", "5", "--points", "50", option, str(target)]) == 1
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and not trained(err), err
        assert err.startswith(f"nnplayground train: {option}: cannot ") and target.name in err
        assert "Traceback" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX's")
def test_ctrl_c_saves_what_was_trained_and_exits_130(tmp_path):
    """Ctrl+C in a long run: the session so far (whole epochs) and the other outputs are written, and it says so."""
    run, table = tmp_path / "run.nnp", tmp_path / "loss.csv"
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    argv = ["train", "--dataset", "xor", "--points", "100", "--epochs", "100000000", "--save", str(run)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "nnplayground", *argv, "--csv", str(table)],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(tmp_path),
        # Ctrl+C as a terminal delivers it, even when this suite was started where SIGINT is ignored (a
        # background job of a script): the child would inherit that and never see the signal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        first = proc.stderr.readline()  # the first progress line: training is under way
        assert first.startswith("epoch "), first
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        assert proc.wait(timeout=120) == 130, rest
    finally:
        proc.kill()
        proc.stderr.close()
    session = load_session(run)
    assert session.epoch > 0
    assert rest.strip().splitlines()[-1] == (
        f"nnplayground train: interrupted at epoch {session.epoch}; saved {run}, {table}"
    )
    rows = list(csv.reader(table.read_text().splitlines()))
    assert int(rows[-1][0]) == session.epoch


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def tiny_trainer():
    from nnplayground.core.experiment import DataSpec, Experiment
    from nnplayground.core.points import PointSet
    from nnplayground.core.trainer import Trainer

    return Trainer(
        Experiment(data=DataSpec("xor", 40, 0.0, 1), hidden=(3,), activations=("tanh",)),
        PointSet.generate("xor", 40, 0.0, 1),
    )


def test_progress_off_a_terminal_is_a_plain_line_soon_after_the_start_then_every_few_seconds(tiny_trainer):
    clock, out, step = FakeClock(), io.StringIO(), 0.125  # an eighth of a second an epoch (exact in binary)
    shown = progress.Progress(out, 0, 1000, clock=clock)
    assert not shown.bar  # a StringIO is no terminal
    shown_at = []
    for _ in range(80):  # 10 s
        tiny_trainer.step_epoch()
        clock.now += step
        before = out.getvalue().count("\n")
        shown.update(tiny_trainer)
        if out.getvalue().count("\n") > before:
            shown_at.append(tiny_trainer.epoch)
    shown.finish(tiny_trainer)
    assert shown_at[0] == progress.FIRST_LINE_AFTER / step  # within the first seconds, not after 10% of the run
    gaps = {b - a for a, b in itertools.pairwise(shown_at)}
    assert gaps == {progress.LINE_EVERY / step} and len(shown_at) >= 3  # then steadily, every few seconds
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue() and len(lines) == len(shown_at)
    assert lines[0].startswith(f"epoch {shown_at[0]}/1000  0.8%  8 epochs/s  ETA 2:04  train ")


def test_progress_on_a_terminal_is_one_bar_redrawn_a_few_times_a_second(tiny_trainer):
    clock, out = FakeClock(), io.StringIO()
    shown = progress.Progress(out, 0, 256, bar=True, clock=clock)
    for _ in range(256):  # 256 epochs in 2 s
        tiny_trainer.step_epoch()
        clock.now += 1 / 128
        shown.update(tiny_trainer)
    shown.finish(tiny_trainer)
    text = out.getvalue()
    draws = text.split("\r")[1:]
    assert text.startswith("\r") and text.endswith("\n") and text.count("\n") == 1  # one line, ended once
    assert 2 <= len(draws) <= 2 / progress.REDRAW_EVERY + 2  # redrawn, but not once per epoch
    assert draws[-1].startswith(progress.bar_text(1.0) + " epoch 256/256  100.0%  128 epochs/s  ETA 0:00  train ")


def test_the_progress_text_and_bar():
    assert progress.progress_text(250, 0, 1000, 0.8) == "epoch 250/1000  25.0%  312 epochs/s  ETA 0:02"
    assert progress.progress_text(1050, 1000, 2000, 0.0) == "epoch 1050/2000  5.0%"  # no rate before any time
    assert progress.progress_text(2, 0, 10, 60.0).endswith("30 s/epoch  ETA 4:00")  # slower than an epoch a second
    assert progress.progress_text(10, 0, 10**6, 1.0).endswith("ETA 27:46:39")
    assert progress.bar_text(0.5, 10) == "[#####.....]" and progress.bar_text(2.0, 4) == "[####]"


def test_a_run_stopped_in_the_middle_of_an_epoch_is_left_at_its_last_whole_epoch():
    """What Ctrl+C saves goes on exactly as the run would have: the unfinished epoch is dropped, not half kept."""
    from nnplayground.core.experiment import DataSpec, Experiment
    from nnplayground.core.points import PointSet
    from nnplayground.core.trainer import Trainer

    def fresh() -> Trainer:
        exp = Experiment(data=DataSpec("circle", 400, 0.0, 1), hidden=(4,), activations=("tanh",), batch_size=1)
        return Trainer(exp, PointSet.generate("circle", 400, 0.0, 1))

    stopped = fresh()
    assert len(stopped.batches) > cli.SLICE  # an epoch takes several slices: a stop can fall inside one
    outcome = cli.train(stopped, 10, out=io.StringIO(), stop=lambda: stopped.epoch == 2 and stopped.batch_index > 0)
    assert outcome == "interrupted" and stopped.epoch == 2 and stopped.batch_index == 0
    cli.train(stopped, 1, out=io.StringIO())
    reference = fresh()
    reference.run(3)
    assert np.array_equal(stopped.network.params, reference.network.params)


# ---- scripts/setup.sh (the newcomer's first command) ----------------------------------------------------------------
FAKE_PYTHON = """#!/bin/sh
# python3 as setup.sh calls it: `-c ...` checks, `-m venv DIR` makes DIR/bin/python, a pip that talks a lot
case "$1 $2" in
  "-m venv")
    mkdir -p "$3/bin" && cp "$0" "$3/bin/python" ;;
  "-m pip")
    echo "WARNING: Location 'file:///opt/pypi-more/simple/pip/' is ignored: it is neither a file nor a directory."
    echo "  BuildBackendWarning: Editable installation." >&2
    [ "$3" = install ] && [ "$4" = -e ] && [ -n "$FAIL_INSTALL" ] && { echo "ERROR: no setuptools>=68" >&2; exit 1; }
    ;;
esac
exit 0
"""


@pytest.mark.skipif(sys.platform == "win32" or not shutil.which("bash"), reason="a bash script")
def test_setup_says_one_line_per_step_and_everything_when_a_step_fails(tmp_path):
    """pip's warnings reach the newcomer only when a step fails, and then with the whole output."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(Path(ROOT) / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in (("python3", FAKE_PYTHON), ("dpkg", "#!/bin/sh\nexit 0\n")):  # every library installed
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    env = {"PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin", "TMPDIR": str(tmp_path)}

    def setup(*args: str, **extra: str) -> subprocess.CompletedProcess:
        cmd = ["bash", str(tmp_path / "scripts" / "setup.sh"), *args]
        return subprocess.run(cmd, capture_output=True, text=True, env={**env, **extra}, timeout=60)

    ok = setup("test")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == "" and ok.stderr.splitlines() == [
        "setup: system libraries ok",
        "setup: virtual environment .venv",
        "setup: installing nnplayground[test]",
        "setup: ready (.venv/bin/nnplayground)",
    ]
    failed = setup(FAIL_INSTALL="1")
    assert failed.returncode == 1
    assert "setup: failed: pip install -e ." in failed.stderr and "ERROR: no setuptools>=68" in failed.stderr
    assert "WARNING: Location" in failed.stderr  # all of the failed step's output, to act on
    assert sorted(p.name for p in tmp_path.iterdir()) == [".venv", "bin", "scripts"]  # no log left behind


# ---- one table of settings, one builder of options, for both commands ----------------------------------------------
def both_parsers() -> dict[str, argparse.ArgumentParser]:
    from nnplayground import app

    return {"window": app.build_parser(), "train": cli.parser()}


def experiment_of(command: str, argv: list[str]):
    """The experiment a command builds from `argv`; SystemExit(2) for bad arguments, as each command does."""
    from nnplayground import app

    if command == "window":
        return app.parse(argv)[1]
    p = cli.parser()
    try:
        return cli.build_experiment(p.parse_args(argv))[0]
    except (ValueError, TypeError) as e:
        p.error(str(e))


def one_line(text: str) -> str:
    return " ".join(text.split())  # --help wraps its lines wherever the terminal's width says


def test_every_setting_with_an_option_is_an_option_of_both_commands_with_the_tables_help():
    for command, p in both_parsers().items():
        actions = {a.dest: a for a in p._actions}
        for s in settings.with_option():
            action = actions[s.dest]
            assert s.option in action.option_strings, (command, s.option)
            assert action.help == arguments.option_help(s) and s.option_help in action.help, (command, s.field)
            assert action.default is None  # "not given": the default comes from the table when the experiment is made
        help_text = one_line(p.format_help())
        for s in settings.with_option():
            assert one_line(arguments.option_help(s)) in help_text, (command, s.option)


@pytest.mark.parametrize("command", ["window", "train"])
def test_a_changed_table_changes_the_options_of_both_commands(command, monkeypatch, capsys):
    lr = settings.get("lr")
    monkeypatch.setitem(settings.TABLE, "lr", dataclasses.replace(lr, hi=5.0, default=0.1, option_help="step size"))
    noise = settings.get("data.noise")
    monkeypatch.setitem(settings.TABLE, "data.noise", dataclasses.replace(noise, hi=0.5, default=0.25))
    help_text = one_line(both_parsers()[command].format_help())
    assert "--lr LR step size, above 0, at most 5 (default 0.1)" in help_text
    assert "0 to 0.5 (default 0.25)" in help_text
    exp = experiment_of(command, [])
    assert (exp.lr, exp.data.noise) == (0.1, 0.25)
    assert experiment_of(command, ["--lr", "5", "--noise", "0.5"]).lr == 5.0
    capsys.readouterr()
    for argv, message in ((["--lr", "6"], "at most 5"), (["--noise", "0.6"], "at most 0.5")):
        with pytest.raises(SystemExit) as exc:
            experiment_of(command, argv)
        err = capsys.readouterr().err
        assert exc.value.code == 2 and f"argument {argv[0]}" in err and message in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--dataset", "plane"],
        ["--dataset", "rings", "--classes", "5", "--noise", "0.3", "--train-ratio", "0.7", "--seed", "12"],
        ["--features", "x1,x2,x1^2", "--hidden", "6,4,3", "--activation", "relu,tanh,sin", "--loss", "mse"],
        ["--optimizer", "momentum", "--momentum", "0.5", "--nesterov", "--lr", "0.3", "--batch-size", "25"],
        ["--regularization", "l2", "--reg-rate", "0.01", "--init", "he", "--hidden", "0", "--points", "90"],
    ],
)
def test_both_commands_build_the_same_experiment_from_the_same_options(argv):
    window, headless = experiment_of("window", argv), experiment_of("train", argv)
    assert window == headless
    given = arguments.given(cli.parser().parse_args(argv))
    assert all(settings.read(window, f) == v or f == "activations" for f, v in given.items())


def test_a_loaded_run_takes_new_training_options_but_keeps_its_data_and_network(tmp_path, capsys):
    run = tmp_path / "a.nnp"
    assert cli.main(["--dataset", "xor", "--hidden", "3", "--points", "60", "--epochs", "2", "--save", str(run)]) == 0
    argv = ["--load", str(run), "--epochs", "1", "--save", str(run)]
    assert cli.main([*argv, "--optimizer", "momentum", "--momentum", "0.5", "--nesterov", "--lr", "0.1"]) == 0
    e = load_session(run).experiment
    assert (e.optimizer, e.momentum, e.nesterov, e.lr, e.hidden) == ("momentum", 0.5, True, 0.1, (3,))
    capsys.readouterr()
    for option, value in (("--loss", "mse"), ("--init", "he"), ("--train-ratio", "0.3"), ("--seed", "2")):
        assert cli.main([*argv, option, value]) == 2
        err = capsys.readouterr().err
        assert f"{option} cannot be combined with --load" in err and "usage:" in err
