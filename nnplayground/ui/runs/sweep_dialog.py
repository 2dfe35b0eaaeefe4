"""The Sweep dialog (`sweepDialog`): choose one setting and its values; the runs train side by side in training
processes (`training.sweeper`) at full speed to a chosen epoch, with progress; the result is a table (final losses
and accuracies per value, the best marked) and, with "Add as runs", runs of the session (one undo step) that the
loss chart overlays.

The sweep runs in a thread of this process that only waits on the training processes and relays their progress
(queued signals), so the window stays responsive; Stop ends every run at its last whole epoch.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QThread, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnplayground.core import sweep
from nnplayground.core.numbers import loss_text, percent_text
from nnplayground.core.sweep_runs import Progress, SweepResult, summary_text
from nnplayground.training.sweeper import default_workers, run_sweep
from nnplayground.ui.common.i18n import error_text, translate, translated
from nnplayground.ui.runs.book import RunBook

MAX_EPOCHS = 100_000
DEFAULT_EPOCHS = 300
BEST = QColor("#dff0d8")
C = "ui.runs.sweep_dialog"  # (the catalogue's context of the marked texts here)
COLUMNS = (
    QT_TRANSLATE_NOOP("ui.runs.sweep_dialog", "value"),
    QT_TRANSLATE_NOOP("ui.runs.sweep_dialog", "epochs"),
    QT_TRANSLATE_NOOP("ui.runs.sweep_dialog", "train loss"),
    QT_TRANSLATE_NOOP("ui.runs.sweep_dialog", "test loss"),
    QT_TRANSLATE_NOOP("ui.runs.sweep_dialog", "train accuracy"),
    QT_TRANSLATE_NOOP("ui.runs.sweep_dialog", "test accuracy"),
    "",
)


def _axis_caption(label: str) -> str:
    """An axis's name as a caption ("Learning rate"), in the window's language: the core's own translation, else
    the settings table's caption of the same words."""
    caption = label[:1].upper() + label[1:]
    text = translated(label)
    if text == label:
        text = translate("Settings", caption)
    return text[:1].upper() + text[1:]


class SweepThread(QThread):
    """Runs one sweep (`training.sweeper.run_sweep`) and relays what it says to the GUI thread."""

    advanced = Signal(object)  # a Progress
    done = Signal(object)  # the SweepResult
    failed = Signal(str)

    def __init__(self, plan: sweep.Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = run_sweep(self.plan, self.advanced.emit, self._stop.is_set, keep_state=True)
        except Exception as e:  # a training process died, or anything unforeseen: a sentence, not a crash
            self.failed.emit(
                translate("ui.runs.sweep_dialog", "The sweep stopped: {reason}").format(reason=error_text(e))
            )
            return
        self.done.emit(result)


class SweepDialog(QDialog):
    def __init__(self, book: RunBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sweepDialog")
        self.setWindowTitle(translate("ui.runs.sweep_dialog", "Sweep"))
        self.book = book
        self.result: SweepResult | None = None
        self.thread: SweepThread | None = None
        self._epochs: list[int] = []

        self.setting = QComboBox(self)
        self.setting.setObjectName("sweepSetting")
        for name in sweep.AXES:
            self.setting.addItem(_axis_caption(sweep.axis(name).label), name)
        self.values = QLineEdit(self)
        self.values.setObjectName("sweepValues")
        self.epochs = QSpinBox(self)
        self.epochs.setObjectName("sweepEpochs")
        self.epochs.setRange(1, MAX_EPOCHS)
        self.epochs.setValue(DEFAULT_EPOCHS)
        self.epochs.setSingleStep(100)
        form = QFormLayout()
        form.addRow(translate("ui.runs.sweep_dialog", "Vary"), self.setting)
        form.addRow(translate("ui.runs.sweep_dialog", "Values"), self.values)
        form.addRow(translate("ui.runs.sweep_dialog", "Epochs"), self.epochs)

        self.message = QLabel(self)
        self.message.setObjectName("sweepMessage")
        self.message.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sweepProgress")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("sweepResults")
        self.table.setAccessibleName(translate("ui.runs.sweep_dialog", "Results of the sweep"))
        self.table.setHorizontalHeaderLabels([translate(C, c) if c else c for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        self.run_button = QPushButton(translate("ui.runs.sweep_dialog", "Run"), self)
        self.run_button.setObjectName("sweepRun")
        self.run_button.setDefault(True)
        self.stop_button = QPushButton(translate("ui.runs.sweep_dialog", "Stop"), self)
        self.stop_button.setObjectName("sweepStop")
        self.stop_button.setEnabled(False)
        self.add_button = QPushButton(translate("ui.runs.sweep_dialog", "Add as runs"), self)
        self.add_button.setObjectName("sweepAddRuns")
        self.add_button.setEnabled(False)
        close = QPushButton(translate("ui.runs.sweep_dialog", "Close"), self)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.stop_button, self.add_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setting.currentIndexChanged.connect(self._suggest)
        self.run_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.add_button.clicked.connect(self.add_runs)
        close.clicked.connect(self.close)
        self._suggest()
        self.resize(640, 420)

    # ---- what the user does --------------------------------------------------------------------------------------
    def _suggest(self, *_: object) -> None:
        self.values.setText(sweep.SUGGESTED[self.setting.currentData()])

    def start(self) -> bool:
        """Check the sweep (a bad value is refused here, naming the setting's range) and start it."""
        if self.thread is not None:
            return False
        name = self.setting.currentData()
        try:
            values = sweep.parse_values(name, self.values.text())
            plan = sweep.plan(self.book.work.experiment, self.book.work.points, name, values, self.epochs.value())
        except sweep.SweepError as e:
            self.message.setText(error_text(e))
            return False
        self.result = None
        self._epochs = [0] * len(plan.values)
        self.progress.setRange(0, plan.epochs * len(plan.values))
        self.progress.setValue(0)
        self.table.setRowCount(0)
        self.add_button.setEnabled(False)
        workers = min(default_workers(), len(plan.values))
        training = translate("ui.runs.sweep_dialog", "Training {n} runs, {workers} at a time...")
        self.message.setText(training.format(n=len(plan.values), workers=workers))
        self.thread = SweepThread(plan, self)
        self.thread.advanced.connect(self._on_progress)
        self.thread.done.connect(self._on_done)
        self.thread.failed.connect(self._on_failed)
        self._running(True)
        self.thread.start()
        return True

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()

    def add_runs(self) -> bool:
        if self.result is None or not self.book.add_sweep(self.result):
            return False
        self.add_button.setEnabled(False)
        added = translate("ui.runs.sweep_dialog", "Added {n} runs: the loss chart shows them beside the current run.")
        self.message.setText(added.format(n=len(self.result.runs)))
        return True

    # ---- what the sweep says -------------------------------------------------------------------------------------
    def _on_progress(self, p: Progress) -> None:
        self._epochs[p.index] = p.epoch
        self.progress.setValue(sum(self._epochs))

    def _on_done(self, result: SweepResult) -> None:
        self._finish()
        self.result = result
        self.show_result(result)
        best = result.best
        if best is not None:
            verdict = translate("ui.runs.sweep_dialog", "best: {name}").format(name=result.runs[best].name)
        else:
            verdict = translate("ui.runs.sweep_dialog", "no run has a number")
        if result.stopped:
            done = translate("ui.runs.sweep_dialog", "{n} runs in {seconds} s (stopped early); {verdict}.")
        else:
            done = translate("ui.runs.sweep_dialog", "{n} runs in {seconds} s; {verdict}.")
        self.message.setText(done.format(n=len(result.runs), seconds=f"{result.seconds:.1f}", verdict=verdict))
        self.add_button.setEnabled(bool(result.runs))

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.message.setText(message)

    def _finish(self) -> None:
        if self.thread is not None:
            self.thread.wait()
            self.thread = None
        self._running(False)

    def _running(self, on: bool) -> None:
        self.run_button.setEnabled(not on)
        self.stop_button.setEnabled(on)
        for w in (self.setting, self.values, self.epochs):
            w.setEnabled(not on)

    def show_result(self, result: SweepResult) -> None:
        """The table: one row per value, the best one marked (and shaded)."""
        best = result.best
        self.table.setRowCount(len(result.runs))
        for row, r in enumerate(result.runs):
            cells = (
                result.plan.axis.show(r.value),
                f"{r.epoch:,}",
                loss_text(r.train_loss),
                loss_text(r.test_loss),
                percent_text(r.train_accuracy),
                percent_text(r.test_accuracy),
                translate("ui.runs.sweep_dialog", "best")
                if r.index == best
                else ("" if not (r.message or r.stopped) else translated(summary_text(r))),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.index == best:
                    item.setBackground(BEST)
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.end_sweep()
        super().closeEvent(event)

    def end_sweep(self) -> None:
        """Every run ends at its last whole epoch and the processes close (what was trained is not kept)."""
        if self.thread is not None:
            self.thread.stop()
            self.thread.wait()
            self.thread = None
            self._running(False)
