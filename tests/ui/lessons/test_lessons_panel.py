"""Help > Lessons: the panel opens from the Help menu, steps Back and Next, sets the playground up as one undoable
edit, says "Done" when a snapshot meets the task, and remembers where the student was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenu, QPushButton, QWidget

from nnplayground.core import lessons as core_lessons
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer
from nnplayground.ui.lessons import rules
from nnplayground.ui.lessons.panel import LessonsPanel
from nnplayground.ui.session.app_settings import default_settings
from tests.ui.window_driver import WAIT


def _open(qtbot, make_window) -> tuple[QWidget, LessonsPanel]:
    w = make_window()
    action = w.actions_by_name["actionLessons"]
    action.trigger()
    panel = w.findChild(LessonsPanel, "lessonsPanel")
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    return w, panel


def _button(panel: QWidget, name: str) -> QPushButton:
    b = panel.findChild(QPushButton, name)
    assert b is not None
    return b


def _trained(lesson: core_lessons.Lesson, index: int, epochs: int):
    """A snapshot of the step's solution after `epochs` epochs, made by the core as the run makes it."""
    e = lesson.solved_at(index)
    d = e.data
    t = Trainer(e, PointSet.generate(d.name, d.n, d.noise, d.seed, d.classes))
    t.run(epochs)
    return t.snapshot(grid=4, neuron_grid=2)


def test_help_lessons_opens_and_closes_the_dock(qtbot, make_window):
    w = make_window()
    assert w.findChild(LessonsPanel) is None  # made when first opened
    action = w.actions_by_name["actionLessons"]
    assert action.isCheckable() and action.shortcut().toString() == "Ctrl+L"
    help_menu = next(m for m in w.menuBar().findChildren(QMenu) if w.actions_by_name["actionHelp"] in m.actions())
    assert action in help_menu.actions()
    action.trigger()
    dock = w.findChild(QDockWidget, "lessonsDock")
    panel = w.findChild(LessonsPanel, "lessonsPanel")
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    assert panel.findChild(QWidget, "lessonText").text().startswith("A neuron takes its inputs")
    dock.close()
    assert not action.isChecked()
    action.trigger()
    assert dock.isVisible() and w.findChild(LessonsPanel) is panel


def test_next_and_back_walk_the_steps_and_the_lessons(qtbot, make_window):
    w, panel = _open(qtbot, make_window)
    back, nxt = _button(panel, "lessonBack"), _button(panel, "lessonNext")
    where = panel.findChild(QWidget, "lessonStep")
    assert not back.isEnabled() and where.text() == "Step 1 of 3"
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert where.text() == "Step 2 of 3" and back.isEnabled()
    assert panel.findChild(QWidget, "lessonTask").isVisible()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert where.text() == "Step 1 of 3" and not panel.findChild(QWidget, "lessonTask").isVisible()
    for _ in range(3):
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert panel.lesson.id == "nonlinearity" and panel.step == 0  # the last step's Next opens the next lesson


def test_set_up_changes_the_experiment_and_undo_restores_it(qtbot, make_window):
    w, panel = _open(qtbot, make_window)
    before, points = w.experiment, w.points
    qtbot.mouseClick(_button(panel, "lessonSetUp"), Qt.MouseButton.LeftButton)
    assert w.experiment.data.name == "gauss" and w.experiment.hidden == ()
    assert w.points is not points and w.undo_stack.undoText() == "Lesson Set-Up"
    w.undo_stack.undo()
    assert w.experiment == before and w.points.n == points.n
    assert (w.points.xy == points.xy).all()
    w.undo_stack.redo()
    assert w.experiment.data.name == "gauss"
    panel.go(1)
    qtbot.mouseClick(_button(panel, "lessonSolution"), Qt.MouseButton.LeftButton)
    assert w.experiment.lr == 0.1 and w.undo_stack.undoText() == "Lesson Solution"


def test_the_check_says_done_on_a_snapshot_that_meets_the_task(qtbot, make_window):
    w, panel = _open(qtbot, make_window)
    panel.go(1)  # the neuron: test accuracy of at least 95% with no hidden layer
    check = panel.findChild(QWidget, "lessonCheck")
    panel.show_snapshot(_trained(panel.lesson, 1, 0))
    assert check.text().startswith("Not yet") and "goal: at least 95%" in check.text()
    assert not panel.done
    panel.show_snapshot(_trained(panel.lesson, 1, panel.current_step.epochs))
    assert panel.done and check.text() == "Done ✓"
    panel.go(0)
    panel.go(1)
    assert check.text() == "Done ✓"  # a task once done stays done


def test_the_live_check_follows_the_window_s_run(qtbot, make_window):
    w, panel = _open(qtbot, make_window)
    assert panel.set_up()  # step 1 sets up, step 2 has the task
    panel.go(1)
    assert panel.solve()
    w.work.play()
    qtbot.waitUntil(lambda: panel.done, timeout=WAIT)
    w.work.pause()
    assert panel.findChild(QWidget, "lessonCheck").text() == "Done ✓"


def test_progress_is_remembered(qtbot, make_window):
    w, panel = _open(qtbot, make_window)
    panel.choose(2)
    panel.go(1)
    lesson = panel.lesson
    panel.show_snapshot(_trained(lesson, 1, lesson.steps[1].epochs))
    assert panel.done
    again = LessonsPanel(w.work, default_settings())
    qtbot.addWidget(again)
    assert again.lesson.id == lesson.id and again.step == 1 and again.done


def test_skipped_files_are_said_and_no_lessons_is_no_crash(qtbot, make_window):
    w = make_window()
    panel = LessonsPanel(w.work, default_settings(), found=([], ["x.json: cannot be read"]))
    qtbot.addWidget(panel)
    assert "x.json: cannot be read" in panel.findChild(QWidget, "lessonProblems").text()
    assert panel.findChild(QWidget, "lessonText").text() == "No lessons were found."
    assert not panel.set_up() and not _button(panel, "lessonNext").isEnabled()


def test_every_rule_has_its_words():
    assert set(rules.RULES) == set(core_lessons.CHECKS)
