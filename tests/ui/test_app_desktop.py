"""The launcher's desktop side: the application icon and desktop id every window gets, and the window options
--play and --quit-after (what demonstrations and the bundle's smoke test run)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from nnplayground.app import closing_report, experiment_given
from nnplayground.ui.window.icon import APP_ID, SIZES
from tests.ui.conftest import WAIT

ROOT = Path(__file__).resolve().parents[2]


def launch(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "nnplayground", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )


def test_every_window_has_the_application_icon_in_every_size_and_the_desktop_id(make_window):
    w = make_window("--dataset", "xor")
    icon = QGuiApplication.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(SIZES)
    assert not w.windowIcon().isNull()  # the title bar's and the task switcher's
    assert QGuiApplication.desktopFileName() == APP_ID  # Wayland finds the menu entry's icon by it


def test_play_starts_training_as_the_window_opens(make_window, qtbot):
    w = make_window("--dataset", "xor", "--play", "--speed", "max")
    qtbot.waitUntil(lambda: w.work.is_playing and w.latest_snapshot.epoch > 0, timeout=WAIT)


def test_the_window_options_say_nothing_about_the_experiment():
    """A bare launch goes on from the last session's settings; --play and --quit-after keep it bare."""
    assert not experiment_given(["--play", "--quit-after", "3", "--speed=max"])
    assert experiment_given(["--play", "--lr", "0.1"])


def test_quit_after_trains_closes_and_says_how_far_it_got(tmp_path):
    out = launch("--dataset", "xor", "--play", "--quit-after", "2", "--speed", "max", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr  # (the status when the training process has stopped: the test below)
    epoch = re.search(r"^nnplayground: closing at epoch (\d+)$", out.stderr, re.M)
    assert epoch and int(epoch.group(1)) > 0, out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("value", ["0", "-1", "soon", "1e9"])
def test_a_bad_quit_after_is_refused_before_any_window(value, tmp_path):
    out = launch("--quit-after", value, tmp_path=tmp_path)
    assert out.returncode == 2 and "--quit-after" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kills the training process")
def test_quit_after_says_when_the_training_process_had_stopped(make_window, qtbot):
    w = make_window("--dataset", "xor")
    os.kill(w.controller.process_id, signal.SIGKILL)
    qtbot.waitUntil(lambda: not w.controller.running, timeout=WAIT)
    assert closing_report(w) == ("nnplayground: closing at epoch 0 (the training process had stopped)", 1)
