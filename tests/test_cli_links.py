"""`nnplayground train --from-url`: a TensorFlow Playground link as the experiment of a headless run (and the
same link in the window's launcher: tests/ui/session/test_tfp_link.py)."""

from __future__ import annotations

import pytest

from nnplayground import cli
from nnplayground.core.session import load_session
from nnplayground.core.tfp_url import parse_url

LINK = "https://playground.tensorflow.org/#activation=sigmoid&dataset=gauss&networkShape=3&seed=2&zoom=1"


def test_train_from_a_link(tmp_path, capsys):
    run = tmp_path / "run.nnp"
    assert cli.main(["--from-url", LINK, "--epochs", "2", "--lr", "0.1", "--save", str(run)]) == 0
    e = load_session(run).experiment
    assert e == parse_url(LINK).experiment.replace(lr=0.1)
    assert "from the link: keys TensorFlow Playground does not have, ignored: zoom" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--from-url", "#activation=swish"], "--from-url: activation 'swish' is not one of TFP's"),
        (["--from-url", LINK, "--hidden", "4"], "--hidden cannot be combined with --from-url"),
        (["--from-url", LINK, "--load", "x.nnp"], "--from-url cannot be combined with --load"),
    ],
)
def test_a_bad_link_or_a_clash_exits_2(argv, message, capsys):
    assert cli.main([*argv, "--epochs", "1"]) == 2
    err = capsys.readouterr().err
    assert message in err and "usage:" in err
