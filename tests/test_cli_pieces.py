"""`nnplayground train` takes the settings of what a network is made of from the table: initialisation, momentum,
Nesterov, Adam's betas, the schedule, the stop rules; a stop rule ends the run early and says why."""

from __future__ import annotations

import pytest

from nnplayground import cli
from nnplayground.core import settings
from nnplayground.core.session import load_session

BASE = ["--dataset", "xor", "--hidden", "4", "--points", "100"]


def test_the_new_options_reach_the_saved_experiment(tmp_path):
    argv = [*BASE, "--epochs", "6", "--init", "he_uniform", "--init-scale", "0.5", "--optimizer", "adam",
            "--beta1", "0.8", "--beta2", "0.95", "--schedule", "cosine", "--lr-period", "40", "--lr-min", "0.001",
            "--warmup", "2", "--warmup-factor", "0.3", "--momentum", "0.7", "--nesterov", "--loss", "mse",
            "--patience", "50", "--restore-best", "--dropout", "0.2", "--save", str(tmp_path / "a.nnp")]  # fmt: skip
    assert cli.main(argv) == 0
    e = load_session(tmp_path / "a.nnp").experiment
    assert (e.init, e.init_scale, e.beta1, e.beta2) == ("he_uniform", 0.5, 0.8, 0.95)
    assert (e.schedule, e.lr_period, e.lr_min, e.warmup, e.warmup_factor) == ("cosine", 40, 0.001, 2, 0.3)
    assert (e.momentum, e.nesterov, e.loss, e.stop_patience, e.stop_restore) == (0.7, True, "mse", 50, True)
    assert e.dropout == 0.2


def test_a_stop_rule_ends_the_run_early_and_says_which(tmp_path, capsys):
    assert cli.main([*BASE, "--epochs", "100", "--stop-epoch", "9", "--save", str(tmp_path / "a.nnp")]) == 0
    assert load_session(tmp_path / "a.nnp").epoch == 9
    assert "stopped: Stopped at epoch 9, as asked." in capsys.readouterr().err


def test_a_loaded_run_takes_a_new_schedule(tmp_path):
    assert cli.main([*BASE, "--epochs", "4", "--save", str(tmp_path / "a.nnp")]) == 0
    argv = ["--load", str(tmp_path / "a.nnp"), "--epochs", "2", "--schedule", "step", "--lr-step", "3"]
    assert cli.main([*argv, "--save", str(tmp_path / "b.nnp")]) == 0
    e = load_session(tmp_path / "b.nnp").experiment
    assert (e.schedule, e.lr_step) == ("step", 3)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--init", "glorot"], "invalid choice"),
        (["--init-scale", "0"], "initial scale must be above 0"),
        (["--beta2", "1"], "must be below 1"),
        (["--lr-period", "0"], "cosine epochs must be at least 1"),
        (["--target-accuracy", "1.5"], "target accuracy must be at most 1"),
        (["--schedule", "saw"], "invalid choice"),
    ],
)
def test_bad_values_exit_2_with_the_tables_sentence(argv, message, capsys):
    assert cli.main([*BASE, *argv]) == 2
    assert message in capsys.readouterr().err


def test_the_help_lists_every_new_option_with_the_tables_text(capsys):
    assert cli.main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for field in ("init", "init_scale", "beta1", "beta2", "schedule", "warmup", "stop_patience", "stop_restore"):
        s = settings.get(field)
        assert s.option in text and " ".join(s.option_help.split()) in text
    assert "he_uniform" in text and "(default 1)" in text


def test_a_rule_is_a_data_set_on_the_command_line(tmp_path, capsys):
    rule = "f = sin(x) * cos(y)"
    assert cli.main(["--dataset", rule, "--epochs", "2", "--save", str(tmp_path / "a.nnp")]) == 0
    s = load_session(tmp_path / "a.nnp")
    assert s.experiment.data.name == rule and s.experiment.problem == "regression" and s.points.regression
    assert s.points.n == 1200  # a regression set's default size
    assert cli.main(["--dataset", "y > sinn(x)"]) == 2
    assert "character 5: unknown function 'sinn'" in capsys.readouterr().err
    assert cli.main(["--dataset", "spirl"]) == 2
    assert "invalid choice: 'spirl'" in capsys.readouterr().err
