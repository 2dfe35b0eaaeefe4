"""The session manager with real widgets: title and dirty state, the unsaved-changes prompt, open/save round trips,
recent files, autosave, crash recovery and settings. Settings and data folders are per test (never the user's)."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter

from nnplayground.core.edits import AddPoints, ReplaceAll
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.session import SessionError, load_session, restore_trainer
from nnplayground.training.controller import TrainingController
from nnplayground.ui.data.canvas import DataCanvas
from nnplayground.ui.output.loss_chart import LossChart
from nnplayground.ui.session import manager as sm
from nnplayground.ui.session.manager import SessionManager
from nnplayground.ui.workbench import Workbench

WAIT = 15000  # ms: an upper bound for waitUntil, never a measured threshold
EXP = Experiment(data=DataSpec("xor", 80, 0.0, 4), hidden=(4,), activations=("tanh",), optimizer="adam", lr=0.03)
POINTS = PointSet.generate("xor", 80, 0.0, 4)


class StandIn(QMainWindow):
    """A window with what the session manager works on: a workbench, the canvas and loss chart it exports, a
    splitter and a view toggle it remembers."""

    def __init__(self, experiment: Experiment, points: PointSet) -> None:
        super().__init__()
        self.work = Workbench(experiment, points, parent=self)
        self.canvas, self.loss_chart = DataCanvas(), LossChart()
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.loss_chart)
        self.setCentralWidget(splitter)
        self.discretize = QAction("Discretize", self)
        self.discretize.setObjectName("actionDiscretize")
        self.discretize.setCheckable(True)
        self.addAction(self.discretize)
        self.messages: list[str] = []
        self.work.snapshot.connect(self.canvas.set_snapshot)
        self.work.points_changed.connect(self._show_points)
        self._show_points(points)
        self.files: SessionManager | None = None

    @property
    def experiment(self) -> Experiment:
        return self.work.experiment

    @property
    def points(self) -> PointSet:
        return self.work.points

    @property
    def controller(self) -> TrainingController:
        return self.work.controller

    def _show_points(self, points: PointSet) -> None:
        self.canvas.set_points(points, self.work.test_mask())

    def edit_points(self, points: PointSet) -> None:
        """A user's edit: the points become these."""
        self.work.edit_points(ReplaceAll(points))

    def show_message(self, text: str) -> None:
        self.messages.append(text)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001
        if self.files is not None and not self.files.confirm_close():
            event.ignore()
            return
        self.work.shutdown()
        event.accept()


@pytest.fixture
def folders(tmp_path):
    return {
        "settings": QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        "data_dir": str(tmp_path / "data"),
    }


def quietly(w) -> None:
    """Before pytest-qt closes a window at the end of a test: no question may be left to block it."""
    if w.files is not None:
        w.files.interactive = False
        w.files.ask_save_changes = lambda: "discard"


@pytest.fixture
def make(qtbot, folders):
    def build(experiment=EXP, points=POINTS, **kw):
        w = StandIn(experiment, points)
        w.files = SessionManager(w.work, w, w.canvas, w.loss_chart, say=w.show_message, **dict(folders, **kw))
        qtbot.addWidget(w, before_close_func=quietly)
        w.show()
        qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=WAIT)
        return w

    return build


def settle(qtbot, w, reason: str | None = None, epoch: int | None = None):
    """Wait for the snapshot a command produces (by reason and/or epoch)."""

    def done():
        s = w.controller.latest
        return s is not None and (reason is None or s.reason == reason) and (epoch is None or s.epoch == epoch)

    qtbot.waitUntil(done, timeout=WAIT)
    return w.controller.latest


def train(qtbot, w, epochs: int):
    goal = w.controller.latest.epoch + epochs
    for _ in range(epochs):
        w.controller.step_epoch()
    return settle(qtbot, w, epoch=goal)


# ---- title and dirty state --------------------------------------------------------------------------------------
def test_title_names_the_file_and_shows_unsaved_changes(make, tmp_path):
    w = make()
    f = w.files
    assert w.windowTitle() == "Untitled[*] \N{EM DASH} nnplayground" and not w.isWindowModified()
    w.work.edited.emit()
    assert f.dirty and w.isWindowModified()
    assert f.save_as(str(tmp_path / "lesson"))  # the extension is added
    assert f.path == str(tmp_path / "lesson.nnp") and os.path.isfile(f.path)
    assert w.windowTitle() == "lesson.nnp[*] \N{EM DASH} nnplayground" and not w.isWindowModified()


def test_training_past_the_saved_epoch_is_an_unsaved_change(qtbot, make, tmp_path):
    w = make()
    assert not w.files.dirty
    train(qtbot, w, 2)
    assert w.files.dirty
    w.files.save_as(str(tmp_path / "a.nnp"))
    with qtbot.waitSignal(w.work.snapshot, check_params_cb=lambda s: s.reason == "preview" and s.epoch == 1):
        w.work.preview(1)  # looking at an earlier epoch (another epoch than the saved one) is not progress
    assert not w.files.dirty


# ---- the unsaved-changes prompt ---------------------------------------------------------------------------------
def answer_box(qtbot, button: QMessageBox.StandardButton, seen: list) -> None:
    """Click `button` on the message box as soon as it is up (the real, modal QMessageBox)."""

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


def test_closing_with_unsaved_work_asks_and_cancel_keeps_the_window(qtbot, make):
    w = make()
    w.files.interactive = True
    w.work.edited.emit()
    seen: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    assert not w.close()
    assert seen == ["Save the changes to Untitled?"]
    assert w.isVisible() and w.files.dirty


def test_closing_and_choosing_save_writes_the_file(qtbot, make, tmp_path):
    w = make()
    train(qtbot, w, 3)
    w.files.interactive = True
    w.files.ask_save_path = lambda *a: str(tmp_path / "handed-in.nnp")
    seen: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.Save, seen)
    assert w.close()
    assert load_session(tmp_path / "handed-in.nnp").epoch == 3


def test_closing_and_discarding_closes_without_writing(qtbot, make, tmp_path):
    w = make()
    w.work.edited.emit()
    w.files.interactive = True
    seen: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.Discard, seen)
    assert w.close() and seen
    assert not any(p.suffix == ".nnp" for p in tmp_path.rglob("*"))


def test_opening_over_unsaved_work_asks_first(qtbot, make, tmp_path):
    w = make()
    w.files.save_as(str(tmp_path / "other.nnp"))
    w.work.edited.emit()
    asked = []
    w.files.ask_save_changes = lambda: asked.append(1) or "cancel"
    assert not w.files.open(str(tmp_path / "other.nnp"))
    assert asked and w.files.dirty
    w.files.ask_save_changes = lambda: "discard"
    assert w.files.open(str(tmp_path / "other.nnp")) and not w.files.dirty


def test_a_bad_file_is_explained_and_everything_is_kept(qtbot, make, tmp_path):
    w = make()
    w.files.save_as(str(tmp_path / "good.nnp"))
    w.edit_points(AddPoints([[1.0, 1.0]], [1], [0.2]).apply(w.points))
    before = w.points
    bad = tmp_path / "bad.nnp"
    bad.write_text((tmp_path / "good.nnp").read_text().replace('"hidden":[4]', '"hidden":"x"'))
    errors = []
    w.files.show_error = lambda title, text: errors.append(text)
    w.files.ask_save_changes = lambda: "discard"
    assert not w.files.open(str(bad))
    assert "experiment" in errors[0] and "bad.nnp" in errors[0]
    assert w.points is before and w.files.path == str(tmp_path / "good.nnp") and w.files.dirty


def test_a_failed_save_is_explained_and_the_work_stays_unsaved(qtbot, make, tmp_path, monkeypatch):
    w = make()
    w.work.edited.emit()
    errors = []
    w.files.show_error = lambda title, text: errors.append(text)

    def full(*_a):
        raise SessionError("cannot save x.nnp: No space left on device")

    monkeypatch.setattr(sm, "save_session", full)
    assert not w.files.save_as(str(tmp_path / "x.nnp"))
    assert "No space left" in errors[0] and w.files.dirty and w.files.path is None


# ---- round trip through the app ---------------------------------------------------------------------------------
def test_open_shows_exactly_what_was_saved_and_play_continues(qtbot, make, tmp_path):
    w = make()
    saved = train(qtbot, w, 6)
    path = str(tmp_path / "run.nnp")
    assert w.files.save_as(path)
    w.files.new()
    settle(qtbot, w, reason="session")
    assert w.controller.latest.epoch == 0 and w.files.path is None
    assert w.files.open(path)
    shown = settle(qtbot, w, reason="session", epoch=6)
    assert w.points == POINTS and w.experiment == EXP
    assert np.array_equal(shown.params, saved.params)
    assert np.array_equal(shown.output_grid, saved.output_grid)  # the same boundary
    assert np.array_equal(w.canvas.image_item.image, _canvas_of(qtbot, saved))
    # pressing on continues as if never closed: the same as a core trainer restored from the file
    after = train(qtbot, w, 2)
    twin = restore_trainer(load_session(path))
    twin.run(2)
    assert after.epoch == 8 and np.array_equal(after.params, twin.network.params)
    assert w.windowTitle().startswith("run.nnp[*]")


def _canvas_of(qtbot, snap) -> np.ndarray:
    c = DataCanvas()
    qtbot.addWidget(c)
    c.set_points(POINTS, POINTS.test_mask(EXP.data.train_ratio))
    c.set_snapshot(snap)
    return c.image_item.image


# ---- recent files -------------------------------------------------------------------------------------------------
def test_recent_files_keep_ten_newest_first_and_drop_missing_ones(qtbot, make, tmp_path):
    w = make()
    f = w.files
    for i in range(12):
        assert f.save_as(str(tmp_path / f"s{i}.nnp"))
    assert f.recent.files() == [str(tmp_path / f"s{i}.nnp") for i in range(11, 1, -1)]
    os.remove(tmp_path / "s10.nnp")
    menu = f.recent_menu()
    menu.aboutToShow.emit()
    entries = [a.data() for a in menu.actions() if a.data()]
    assert str(tmp_path / "s10.nnp") not in entries and entries[0] == str(tmp_path / "s11.nnp")
    f.open(str(tmp_path / "s5.nnp"))
    assert f.recent.files()[0] == str(tmp_path / "s5.nnp")
    next(a for a in menu.actions() if a.data() == str(tmp_path / "s9.nnp")).trigger()
    assert f.path == str(tmp_path / "s9.nnp")


# ---- autosave and recovery ----------------------------------------------------------------------------------------
def test_autosave_writes_while_dirty_and_a_clean_save_removes_it(qtbot, make, tmp_path):
    w = make(autosave_ms=30)
    f = w.files
    auto = f.autosaver.path
    f.autosaver.tick()  # the timer's tick, now
    assert not os.path.exists(auto)  # nothing to keep while nothing changed
    train(qtbot, w, 2)
    qtbot.waitUntil(lambda: os.path.exists(auto), timeout=WAIT)
    assert load_session(auto).epoch == 2
    f.save_as(str(tmp_path / "clean.nnp"))
    assert not os.path.exists(auto)


def crash(w) -> str:
    """What a crash leaves behind: the autosave file, and a lock no live process holds."""
    w.files.autosaver.autosave()
    path = w.files.autosaver.path
    w.files.teardown()
    return path


def test_the_next_start_offers_to_recover_the_autosave(qtbot, make, tmp_path):
    first = make()
    first.files.save_as(str(tmp_path / "lesson.nnp"))
    moved = AddPoints([[2.0, 2.0], [-2.0, 3.0]], [0, 1], [0.1, 0.3]).apply(first.points)
    first.edit_points(moved)
    train(qtbot, first, 4)
    path = crash(first)
    first.files = None
    second = make()
    offers = []
    second.files.ask_recover = lambda when: offers.append(when) or True
    assert second.files.check_recovery()
    shown = settle(qtbot, second, reason="session")
    assert offers and shown.epoch == 4 and second.points == moved
    assert second.files.dirty and second.files.path == str(tmp_path / "lesson.nnp")
    assert second.windowTitle() == "lesson.nnp[*] \N{EM DASH} nnplayground" and second.isWindowModified()
    assert os.path.exists(second.files.autosaver.path) and os.path.samefile(second.files.autosaver.path, path)


def test_declining_recovery_sets_the_file_aside_once(qtbot, make, folders):
    first = make()
    first.work.edited.emit()
    crash(first)
    first.files = None
    second = make()
    second.files.ask_recover = lambda when: False
    assert not second.files.check_recovery()
    assert os.path.exists(os.path.join(folders["data_dir"], "autosave-discarded.nnp"))
    assert second.files.autosaver.recoverable() == []


def test_a_running_instance_autosave_is_not_offered(qtbot, make):
    first = make()
    first.work.edited.emit()
    first.files.autosaver.autosave()
    second = make()
    second.files.ask_recover = lambda when: pytest.fail("offered another running instance's work")
    assert not second.files.check_recovery()
    assert second.files.autosaver.path != first.files.autosaver.path


def test_the_crash_hook_autosaves_then_reports_the_error(qtbot, folders, monkeypatch):
    reported = []

    def fake(*exc) -> None:
        reported.append(exc[0])

    monkeypatch.setattr(sys, "excepthook", fake)
    w = StandIn(EXP, POINTS)
    qtbot.addWidget(w, before_close_func=quietly)
    w.files = SessionManager(w.work, w, w.canvas, w.loss_chart, say=w.show_message, **folders)
    try:
        w.work.edited.emit()
        err = RuntimeError("boom")
        sys.excepthook(RuntimeError, err, None)
        assert reported == [RuntimeError]
        assert load_session(w.files.autosaver.path).points == POINTS
    finally:
        w.files.teardown()
        w.controller.shutdown()
    assert sys.excepthook is fake  # the previous hook is back in place
    sys.excepthook(ValueError, ValueError("x"), None)
    assert reported[-1] is ValueError


# ---- settings -----------------------------------------------------------------------------------------------------
def test_settings_remember_layout_view_toggles_and_the_last_experiment(qtbot, make, folders):
    w = make()
    w.resize(700, 500)
    w.findChild(QSplitter, "mainSplitter").setSizes([500, 200])
    w.discretize.setChecked(True)
    w.files.app_settings.save()
    other = make(experiment=EXP.replace(lr=0.3))
    other.files.restore_settings()
    assert other.discretize.isChecked()
    sizes = other.findChild(QSplitter, "mainSplitter").sizes()
    assert sizes[0] > sizes[1]
    assert other.files.app_settings.last_experiment() == EXP
    other.files.preferences_menu().findChild(QAction, "actionResetSettings").trigger()
    assert not other.discretize.isChecked()
    assert other.files.app_settings.last_experiment() is None and other.files.recent.files() == []
    assert folders["settings"].value("window/geometry") is None


def test_corrupt_settings_are_ignored(qtbot, make, folders):
    s = folders["settings"]
    s.setValue("experiment/last", '{"hidden": [1000]}')
    s.setValue("splitters/mainSplitter", ["a", "b"])
    s.setValue("recent/files", "/only/one.nnp")
    w = make()
    w.files.restore_settings()
    assert w.files.app_settings.last_experiment() is None
    assert w.files.recent.files() == ["/only/one.nnp"]


# ---- the real window ----------------------------------------------------------------------------------------------
def test_the_real_window_saves_and_opens_through_its_actions(qtbot, tmp_path, folders):
    from nnplayground.app import create_window

    w = create_window(["--dataset", "xor", "--hidden", "3", "--seed", "2"])
    f = w.files
    f.settings, f.data_dir = folders["settings"], folders["data_dir"]
    qtbot.addWidget(w, before_close_func=quietly)
    w.show()
    qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=WAIT)
    try:
        for _ in range(3):
            w.controller.step_epoch()
        qtbot.waitUntil(lambda: w.controller.latest.epoch == 3, timeout=WAIT)
        assert f.dirty and w.isWindowModified()
        f.ask_save_path = lambda *a: str(tmp_path / "real.nnp")
        w.findChild(QAction, "actionSave").trigger()
        assert w.windowTitle().startswith("real.nnp") and not w.isWindowModified()
        saved = w.controller.latest
        w.findChild(QAction, "actionNew").trigger()
        qtbot.waitUntil(lambda: w.controller.latest.reason == "session", timeout=WAIT)
        assert w.controller.latest.epoch == 0 and w.windowTitle().startswith("Untitled")
        f.ask_open_path = lambda: str(tmp_path / "real.nnp")
        w.findChild(QAction, "actionOpen").trigger()
        qtbot.waitUntil(lambda: w.controller.latest.reason == "session", timeout=WAIT)
        qtbot.waitUntil(lambda: w.latest_snapshot is not None and w.latest_snapshot.epoch == 3, timeout=WAIT)
        assert np.array_equal(w.controller.latest.output_grid, saved.output_grid)
        assert w.windowTitle().startswith("real.nnp") and not w.isWindowModified()
    finally:
        f.ask_save_changes = lambda: "discard"
        w.close()


def test_opening_a_session_removes_what_a_killed_save_left_beside_it(qtbot, make, tmp_path):
    w = make()
    path = tmp_path / "run.nnp"
    assert w.files.save_as(str(path))
    stray, other = tmp_path / ".~run.nnp.k3j_x9q2.nnp", tmp_path / ".~notes.txt.k3j_x9q2.txt"
    for p in (stray, other):
        p.write_text("half a save")
        os.utime(p, (1e9, 1e9))  # long ago: no save is still writing it
    assert w.files.open(str(path))
    assert not stray.exists() and other.exists()  # only the strays of the file opened
