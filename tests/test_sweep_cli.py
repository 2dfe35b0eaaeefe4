"""`nnplayground sweep`: a setting varied over a few values without a window; exit codes and outputs as `train`'s."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys

import numpy as np
import pytest

from nnplayground import sweep_cli
from nnplayground.core import settings, sweep
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.runs_file import load_runs
from nnplayground.core.sweep_runs import Progress
from nnplayground.core.trainer import Trainer
from tests.test_cli import ROOT, FakeClock, picture

SMALL = ["--dataset", "xor", "--points", "80", "--hidden", "4", "--seed", "2"]


def rows(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text())))


def test_a_sweep_writes_its_table_curves_and_grid_and_each_run_equals_training_it_alone(tmp_path, capsys):
    table, curves, grid = tmp_path / "out.csv", tmp_path / "curves.csv", tmp_path / "grid.png"
    argv = [*SMALL, "--vary", "lr=0.01,0.1,1", "--epochs", "12", "--csv", str(table), "--curves-csv", str(curves)]
    code = sweep_cli.main([*argv, "--png", str(grid), "--tile", "120", "--workers", "2"])
    out, err = capsys.readouterr()
    assert code == 0, err
    got = rows(table)
    assert [r["lr"] for r in got] == ["0.01", "0.1", "1"] and [r["run"] for r in got] == ["lr 0.01", "lr 0.1", "lr 1"]
    points = PointSet.generate("xor", 80, 0.0, 2)
    base = Experiment(data=DataSpec(name="xor", n=80, seed=2), hidden=(4,), activations=("tanh",), seed=2)
    losses = []
    for r, lr in zip(got, (0.01, 0.1, 1.0), strict=True):
        alone = Trainer(base.replace(lr=lr), points)
        alone.run(12)
        last = alone.history.last()
        assert r["epochs"] == "12"
        assert float(r["test_loss"]) == last["test_loss"] and float(r["train_loss"]) == last["train_loss"]
        assert float(r["test_accuracy"]) == last["test_accuracy"]
        losses.append(last["test_loss"])
    best = min(range(3), key=losses.__getitem__)
    assert [r["best"] for r in got] == ["true" if i == best else "false" for i in range(3)]
    history = rows(curves)
    assert len(history) == 3 * 13 and {h["run"] for h in history} == {"lr 0.01", "lr 0.1", "lr 1"}
    width, height, colours = picture(grid)
    assert width > 3 * 120 and height > 120 and colours > 50  # three boundaries side by side
    table_lines = out.strip().splitlines()
    assert table_lines[0].split()[:2] == ["lr", "epochs"] and len(table_lines) == 4
    assert table_lines[1 + best].endswith("* best") and sum("best" in line for line in table_lines) == 1
    assert err.startswith("sweep: 3 runs of 12 epochs: lr 0.01, lr 0.1, lr 1")
    assert sum(line.startswith("done ") for line in err.splitlines()) == 3
    assert err.strip().splitlines()[-1].startswith("done: 3 runs in ") and "Traceback" not in err


@pytest.mark.parametrize(
    "vary, words",
    [
        ("lr=0.01,500", ["--vary lr=500", "above 0, at most 100"]),
        ("width=0", ["--vary width=0", "1 to 64 neurons"]),
        ("batch_size=0", ["batch size must be at least 1", settings.get("batch_size").range_text()]),
        ("depth=12", ["at most 8 hidden layers", "0 to 8 hidden layers"]),
        ("optimizer=sgd,newton", ["unknown optimizer 'newton'", "adam"]),
        ("lr=abc", ["'abc' is not a number", "above 0, at most 100"]),
        ("noise=0.1,0.2", ["noise: cannot be varied", "lr, width, depth"]),
        ("lr", ["expected NAME=V1,V2"]),
        ("lr=0.1,0.1", ["0.1 is given twice"]),
    ],
)
def test_bad_vary_values_are_refused_before_training_naming_the_range(vary, words, capsys):
    assert sweep_cli.main([*SMALL, "--vary", vary, "--epochs", "3"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: nnplayground sweep")
    message = err.strip().splitlines()[-1]
    assert message.startswith("nnplayground sweep: error: --vary ")
    for w in words:
        assert w in message, message
    assert " runs of " not in err and not any(line.startswith("done") for line in err.splitlines())  # none trained


def test_missing_vary_and_bad_options_are_usage_errors(capsys):
    assert sweep_cli.main([*SMALL]) == 2
    assert "--vary" in capsys.readouterr().err
    assert sweep_cli.main([*SMALL, "--vary", "lr=0.1", "--epochs", "0"]) == 2
    assert "--epochs" in capsys.readouterr().err
    assert sweep_cli.main([*SMALL, "--vary", "lr=0.1", "--workers", "0"]) == 2
    assert sweep_cli.main(["--vary", "lr=0.1", "--hidden", "4", "--activation", "relu,tanh"]) == 2
    assert "--activation" in capsys.readouterr().err
    assert sweep_cli.main(["--vary", "lr=0.1", "--png", "x.gif"]) == 2


@pytest.mark.parametrize("option", ["--save", "--csv", "--curves-csv", "--png"])
def test_an_output_that_cannot_be_written_fails_before_training(option, tmp_path, capsys):
    (tmp_path / "taken.png").mkdir()
    for target in (tmp_path / "no" / "dir" / "x.png", tmp_path / "taken.png"):
        assert sweep_cli.main([*SMALL, "--vary", "lr=0.1", option, str(target)]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"nnplayground sweep: {option}: cannot write ") and len(err.strip().splitlines()) == 1


def test_a_diverging_run_is_reported_in_the_table_and_never_best(tmp_path, capsys):
    table = tmp_path / "t.csv"
    argv = ["--dataset", "plane", "--points", "80", "--hidden", "4", "--vary", "lr=0.01,90", "--epochs", "30"]
    assert sweep_cli.main([*argv, "--csv", str(table)]) == 0
    got = rows(table)
    assert "diverged" in got[1]["note"] and got[1]["best"] == "false" and got[0]["best"] == "true"
    assert got[0]["test_accuracy"] == "" and int(got[1]["epochs"]) < 30  # regression: no accuracy
    assert "diverged at epoch" in capsys.readouterr().out


def test_progress_plain_lines_and_the_bar():
    p = sweep.plan(Experiment(), PointSet.generate("xor", 20), "lr", ["0.1", "0.2"], epochs=100)
    clock, out = FakeClock(), io.StringIO()
    shown = sweep_cli.SweepProgress(out, p, bar=False, clock=clock)
    shown.update(Progress(0, 10, 100, 0.5))
    assert out.getvalue() == ""  # the first plain line waits a little
    clock.now += 4
    shown.update(Progress(1, 30, 100, 0.5))
    assert out.getvalue().splitlines()[-1] == "runs 0/2 done  epochs 40/200  20.0%  ETA 0:16"
    shown.update(Progress(0, 100, 100, 0.25, done=True))
    assert out.getvalue().splitlines()[-1] == "done 1/2: lr 0.1  epoch 100  train loss 0.2500"
    bar, tty = sweep_cli.SweepProgress(io.StringIO(), p, bar=True, clock=clock), None
    bar.update(Progress(0, 50, 100, 0.5))
    tty = bar.out.getvalue()
    assert tty.startswith("\r[#####...............] runs 0/2 done  epochs 50/200  25.0%")
    bar.update(Progress(0, 100, 100, 0.5, done=True))
    assert bar.out.getvalue()[len(tty) :].startswith("\r" + " " * (len(tty) - 1) + "\r" + "done 1/2")


def test_ctrl_c_stops_every_run_writes_the_outputs_and_exits_130(tmp_path):
    table = tmp_path / "t.csv"
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    argv = ["sweep", *SMALL, "--vary", "seed=1,2,3", "--epochs", "100000000", "--workers", "1", "--csv", str(table)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "nnplayground", *argv], stderr=subprocess.PIPE, text=True, env=env, cwd=str(tmp_path)
    )
    try:
        assert proc.stderr.readline().startswith("sweep: 3 runs")
        first = proc.stderr.readline()  # the first progress line: training is under way
        assert first.startswith("runs 0/3 done"), first
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        assert proc.wait(timeout=120) == 130, rest
    finally:
        proc.kill()
        proc.stderr.close()
    assert rest.strip().splitlines()[-1] == f"nnplayground sweep: interrupted; saved {table}"
    got = rows(table)
    assert len(got) == 1 and got[0]["seed"] == "1" and 0 < int(got[0]["epochs"]) < 100000000  # one ran, one process


def test_save_writes_every_run_as_one_session(tmp_path, capsys):
    path = tmp_path / "sweep.nnp"
    assert sweep_cli.main([*SMALL, "--vary", "activation=tanh,relu", "--epochs", "6", "--save", str(path)]) == 0
    runs = load_runs(path)
    assert [r.label.name for r in runs.runs] == ["tanh", "relu"] and runs.current == 0
    points = PointSet.generate("xor", 80, 0.0, 2)
    for r, act in zip(runs.runs, ("tanh", "relu"), strict=True):
        base = Experiment(data=DataSpec(name="xor", n=80, seed=2), hidden=(4,), activations=(act,), seed=2)
        alone = Trainer(base, points)
        alone.run(6)
        assert r.session.experiment == base and r.session.epoch == 6
        np.testing.assert_array_equal(r.session.params, alone.network.params)


def test_a_tensorflow_playground_link_is_the_base_of_a_sweep(tmp_path):
    table = tmp_path / "t.csv"
    url = "https://playground.tensorflow.org/#activation=relu&learningRate=0.01&dataset=xor&networkShape=3&seed=0.5"
    assert sweep_cli.main(["--from-url", url, "--points", "60", "--vary", "lr=0.01,0.1", "--epochs", "3",
                           "--csv", str(table)]) == 2  # fmt: skip  (a link gives the data: --points is refused)
    assert sweep_cli.main(["--from-url", url, "--vary", "width=2,5", "--epochs", "3", "--csv", str(table)]) == 0
    assert [r["width"] for r in rows(table)] == ["2", "5"]
