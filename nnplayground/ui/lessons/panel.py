"""The Lessons panel (`lessonsPanel`): the lessons, the current step's text, Back/Next, "Set up", the task with
its live check and "Solution". Set up and Solution are edits of the window's work (one undo step each); the check
reads every snapshot of the run; where the student is stays in the app's settings (`progress.py`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core import lessons
from nnplayground.core.snapshot import Reason, Snapshot
from nnplayground.ui.common import i18n
from nnplayground.ui.common.i18n import error_text, translate
from nnplayground.ui.lessons import rules
from nnplayground.ui.lessons.progress import Progress
from nnplayground.ui.lessons.setup import Editable, set_up, solve


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a lesson's "<" or "&" is text, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class LessonsPanel(QWidget):
    """The lessons on `work` (a workbench); progress kept in `settings`."""

    said = Signal(str)  # what a button did or could not do, for the status line

    def __init__(
        self,
        work: Editable,
        settings: QSettings,
        found: tuple[list[lessons.Lesson], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lessonsPanel")
        self.work = work
        self.lessons, self.problems = found if found is not None else lessons.load_all()
        self.progress = Progress(settings)
        self.language = i18n.current()
        self._snap: Snapshot | None = None
        self._build()
        ids = [x.id for x in self.lessons]
        first = ids.index(self.progress.current) if self.progress.current in ids else 0
        self.index = first
        self.step = 0
        self._fill_list()
        self.choose(first)

    # ---- building ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        box = QVBoxLayout(self)
        self.list = QComboBox(self)
        self.list.setObjectName("lessonList")
        self.list.setAccessibleName(translate("ui.lessons.panel", "Lesson"))
        self.list.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list.setMinimumContentsLength(12)
        self.list.activated.connect(self.choose)
        box.addWidget(self.list)
        self.where = _label("lessonStep", self)
        self.text = _label("lessonText", self)
        self.task = _label("lessonTask", self)
        self.check = _label("lessonCheck", self)
        self.check.setFrameShape(QFrame.Shape.StyledPanel)
        self.problem_label = _label("lessonProblems", self)
        buttons = QHBoxLayout()
        self.setup_button = self._button("lessonSetUp", translate("ui.lessons.panel", "Set Up"), self.set_up)
        self.setup_button.setToolTip(
            translate("ui.lessons.panel", "Set up the playground for this step (Undo puts back what was there)")
        )
        self.solution_button = self._button("lessonSolution", translate("ui.lessons.panel", "Solution"), self.solve)
        self.solution_button.setToolTip(
            translate("ui.lessons.panel", "Apply settings that complete the task; then train (undoable)")
        )
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.solution_button)
        moves = QHBoxLayout()
        self.back_button = self._button("lessonBack", translate("ui.lessons.panel", "< Back"), self.back)
        self.next_button = self._button("lessonNext", translate("ui.lessons.panel", "Next >"), self.next)
        moves.addWidget(self.back_button)
        moves.addStretch(1)
        moves.addWidget(self.next_button)
        for w in (self.where, self.text):
            box.addWidget(w)
        box.addLayout(buttons)
        box.addWidget(self.task)
        box.addWidget(self.check)
        box.addStretch(1)
        box.addWidget(self.problem_label)
        box.addLayout(moves)
        if self.problems:
            head = translate("ui.lessons.panel", "Some lesson files were skipped:")
            self.problem_label.setText("\n".join([head, *self.problems]))
        self.problem_label.setVisible(bool(self.problems))

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    def _fill_list(self) -> None:
        self.list.clear()
        for i, lesson in enumerate(self.lessons):
            title = lessons.text(lesson.title, self.language)
            tasks = sum(1 for s in lesson.steps if s.task is not None)
            done = self.progress.done_count(lesson.id) >= tasks > 0
            self.list.addItem(f"{i + 1}. {title}" + (" ✓" if done else ""))
        self.list.setCurrentIndex(self.index)

    # ---- reading ---------------------------------------------------------------------------------------------
    @property
    def lesson(self) -> lessons.Lesson | None:
        return self.lessons[self.index] if self.lessons else None

    @property
    def current_step(self) -> lessons.Step | None:
        lesson = self.lesson
        return lesson.steps[self.step] if lesson is not None else None

    @property
    def done(self) -> bool:
        """Whether the current step's task is done (now, or earlier and remembered)."""
        lesson = self.lesson
        return lesson is not None and self.progress.is_done(lesson.id, self.step)

    # ---- moving ----------------------------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        """Open lesson `index` at the step it was left at."""
        if not self.lessons:
            self._show()
            return
        self.index = max(0, min(int(index), len(self.lessons) - 1))
        lesson = self.lessons[self.index]
        self.list.setCurrentIndex(self.index)
        self.go(min(self.progress.step(lesson.id), len(lesson.steps) - 1))

    def go(self, step: int) -> None:
        lesson = self.lesson
        if lesson is None:
            return
        self.step = max(0, min(step, len(lesson.steps) - 1))
        self.progress.go(lesson.id, self.step)
        self._show()

    def next(self) -> None:
        lesson = self.lesson
        if lesson is not None and self.step + 1 < len(lesson.steps):
            self.go(self.step + 1)
        elif lesson is not None and self.index + 1 < len(self.lessons):
            self.choose(self.index + 1)  # the last step's Next opens the next lesson

    def back(self) -> None:
        self.go(self.step - 1)

    # ---- doing -----------------------------------------------------------------------------------------------
    def set_up(self) -> bool:
        step, lesson = self.current_step, self.lesson
        if step is None or step.setup is None or lesson is None:
            return False
        name = translate("ui.lessons.panel", "Lesson Set-Up")
        return self._edit(lambda: set_up(self.work, step.setup, name))  # type: ignore[arg-type]

    def solve(self) -> bool:
        step = self.current_step
        if step is None or step.task is None:
            return False
        name = translate("ui.lessons.panel", "Lesson Solution")
        made = self._edit(lambda: solve(self.work, step.solution, name))
        if made:
            self.said.emit(translate("ui.lessons.panel", "The solution's settings are set: press Play to train."))
        return made

    def _edit(self, edit: object) -> bool:
        try:
            return bool(edit())  # type: ignore[operator]
        except (ValueError, TypeError) as exc:
            text = translate("ui.lessons.panel", "This step cannot be set up: {reason}")
            self.said.emit(text.format(reason=error_text(exc)))
            return False

    def show_snapshot(self, snap: Snapshot) -> None:
        """A new snapshot of the run: the live check reads it (a preview of an earlier epoch is not the run)."""
        if snap.reason == Reason.PREVIEW:
            return
        self._snap = snap
        step, lesson = self.current_step, self.lesson
        if step is not None and lesson is not None and step.task is not None and not self.done:
            if lessons.met(step.check, snap):
                self.progress.mark_done(lesson.id, self.step)
                self.said.emit(translate("ui.lessons.panel", "Task done!"))
                self._fill_list()
        self._show_check()

    # ---- showing ---------------------------------------------------------------------------------------------
    def _show(self) -> None:
        lesson, step = self.lesson, self.current_step
        if lesson is None or step is None:
            self.text.setText(translate("ui.lessons.panel", "No lessons were found."))
            for w in (self.setup_button, self.solution_button, self.back_button, self.next_button):
                w.setEnabled(False)
            self.where.clear()
            self.task.hide()
            self.check.hide()
            return
        self.where.setText(
            translate("ui.lessons.panel", "Step {step} of {steps}").format(step=self.step + 1, steps=len(lesson.steps))
        )
        self.text.setText(lessons.text(step.text, self.language))
        self.setup_button.setEnabled(step.setup is not None)
        self.solution_button.setEnabled(step.task is not None)
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setEnabled(self.step + 1 < len(lesson.steps) or self.index + 1 < len(self.lessons))
        self.task.setVisible(step.task is not None)
        self.check.setVisible(step.task is not None)
        if step.task is not None:
            task = lessons.text(step.task, self.language)
            self.task.setText(translate("ui.lessons.panel", "Task: {task}").format(task=task))
        self._show_check()

    def _show_check(self) -> None:
        step = self.current_step
        if step is None or step.task is None:
            return
        if self.done:
            self.check.setText(translate("ui.lessons.panel", "Done ✓"))
            return
        lines = [translate("ui.lessons.panel", "Not yet")]
        if self._snap is not None:
            lines += [rules.describe(r, step.check[r], self._snap) for r in lessons.unmet(step.check, self._snap)]
        self.check.setText("\n".join(lines))
