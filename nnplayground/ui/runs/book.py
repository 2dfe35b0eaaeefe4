"""The run book: the one owner of a window's runs (the current experiment is one run; "Duplicate run" and a sweep
add more), beside the workbench, which owns the current run itself.

Every change of the runs is one command on the workbench's undo stack (`commands.RunsEdit`), so it undoes in
order with every other edit: a switch to another run, then "Undo", shows the first run again, and a further
"Undo" undoes what was last done to it. Before any change the current run's whole state is taken from the
training process (weights, optimizer, history), so a run left and come back to goes on exactly where it was; a run
not current is only data (a `Session`), trained again only when it is current. The book never trains and never
draws: the run list and the loss chart read it through `changed`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from nnplayground.core.runs import Run, Runs, RunsError
from nnplayground.core.session import Session
from nnplayground.core.sweep_runs import SweepResult
from nnplayground.ui.commands import RunsEdit
from nnplayground.ui.common.i18n import error_text, translate
from nnplayground.ui.output.run_curves import Overlay
from nnplayground.ui.workbench import Workbench


class RunBook(QObject):
    changed = Signal()  # the runs, their labels, the current run or a name changed

    def __init__(self, work: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self._runs = Runs.single(Session(work.experiment, work.points))
        self._retired: dict[int, Session] = {}  # the last state of each run an undo or a redo took away, by key
        work.replaced.connect(self._on_replaced)
        work.experiment_changed.connect(self._on_experiment)

    # ---- reading -----------------------------------------------------------------------------------------------
    @property
    def runs(self) -> Runs:
        """The runs, the current one with the settings and points the window has now (its names follow them)."""
        r = self._runs
        now = r.current_run.session
        if now.experiment == self.work.experiment and now.points is self.work.points:
            return r
        return r.with_session(r.current, Session(self.work.experiment, self.work.points))

    def overlays(self) -> tuple[list[Overlay], tuple[str, str] | None]:
        """What the loss chart overlays: every visible run but the current one, and the current run's name and
        colour (None while the session has one run: the chart keeps its usual colours)."""
        runs = self.runs
        if len(runs) == 1:
            return [], None
        out = []
        for i in runs.visible:
            if i == runs.current:
                continue
            r = runs.runs[i]
            h = r.session.history or {}
            if "epoch" in h:
                accuracy = [h.get(k) for k in ("train_accuracy", "test_accuracy")]
                curves = (h["epoch"], h["train_loss"], h["test_loss"], *accuracy)
                out.append(Overlay(r.label.name, r.label.color, *curves))
        current = runs.current_run.label
        return out, (current.name, current.color)

    def to_save(self, current: Session) -> Runs:
        """Every run, the current one as `current` (its state just taken from the run, for a file)."""
        return self._runs.with_session(self._runs.current, current)

    # ---- changes (each one undo step) --------------------------------------------------------------------------
    def duplicate(self) -> bool:
        """A new run with the current settings and points, from fresh weights (epoch 0), made current."""
        return self._change(
            translate("ui.runs.book", "Duplicate Run"), lambda r: r.add(Session(self.work.experiment, self.work.points))
        )

    def switch(self, index: int) -> bool:
        if index == self._runs.current:
            return False
        return self._change(translate("ui.runs.book", "Switch Run"), lambda r: r.switch(index))

    def rename(self, index: int, name: str) -> bool:
        if name.strip() == self._runs.runs[index].label.name:
            return False
        return self._change(translate("ui.runs.book", "Rename Run"), lambda r: r.relabel(index, name=name))

    def set_pinned(self, index: int, on: bool) -> bool:
        text = translate("ui.runs.book", "Pin Run") if on else translate("ui.runs.book", "Unpin Run")
        return self._change(text, lambda r: r.relabel(index, pinned=bool(on)))

    def set_hidden(self, index: int, on: bool) -> bool:
        text = translate("ui.runs.book", "Hide Run") if on else translate("ui.runs.book", "Show Run")
        return self._change(text, lambda r: r.relabel(index, hidden=bool(on)))

    def delete(self, index: int) -> bool:
        return self._change(translate("ui.runs.book", "Delete Run"), lambda r: r.delete(index))

    def add_sweep(self, result: SweepResult) -> bool:
        """Every run of a finished sweep (kept with its state) as a run of the session, the current run kept; each
        named as the sweep names it ("lr 0.03", also when that is the current run's own value)."""
        kept = [(r.name, r.session) for r in result.runs if r.session is not None]
        sessions = [s for _, s in kept]

        def add(runs: Runs) -> Runs:
            for name, s in kept:
                runs = runs.add(s, name=name, make_current=False)
            return runs

        text = translate("ui.runs.book", "Add {n} Sweep Runs").format(n=len(sessions))
        return bool(sessions) and self._change(text, add)

    def _change(self, text: str, change: Callable[[Runs], Runs]) -> bool:
        # The current run's state now: an undo that brings back a deleted current run brings back its training.
        before = self._runs = self._with_live_state()
        try:
            after = change(before)
        except RunsError as e:
            self.work.refused.emit(error_text(e))
            self.changed.emit()  # the list goes back to the truth (a name it showed typed in)
            return False
        self.work.undo_stack.push(RunsEdit(self, text, before, after))
        return True

    # ---- what the undo commands call ---------------------------------------------------------------------------
    def apply_runs(self, runs: Runs) -> None:
        """Make these the runs (a command's redo or undo), each with its newest state; the window shows the
        current one, loaded into the training process when it is another run than before."""
        live = self._with_live_state()
        new = runs.merged(live, self._retired)
        kept = {r.key for r in new.runs}
        self._retired.update({r.key: r.session for r in live.runs if r.key not in kept})
        for key in kept:
            self._retired.pop(key, None)
        self._runs = new
        if new.current_run.key != live.current_run.key:
            s = new.current_run.session
            self.work.restore_run(s, s.experiment, s.points)
        self.work.edited.emit()  # (a new name is an unsaved change as much as a new run is)
        self.changed.emit()

    def _with_live_state(self) -> Runs:
        """The runs with the current one's whole state from the training process (its settings and points alone
        if the process does not answer)."""
        run = self.work.capture_run()  # (without the points: the workbench has them, and a million cost a pipe)
        if run is None:
            session = Session(self.work.experiment, self.work.points)
        else:
            session = dataclasses.replace(run, experiment=self.work.experiment, points=self.work.points)
        return self._runs.with_session(self._runs.current, session)

    # ---- a new session -----------------------------------------------------------------------------------------
    def _on_replaced(self) -> None:
        """A new, opened or recovered session is one run (an opened file's runs follow: `opened`)."""
        self._runs = Runs.single(Session(self.work.experiment, self.work.points))
        self._retired.clear()
        self.changed.emit()

    def opened(self, runs: Runs) -> None:
        """The runs of an opened file (the workbench already shows the current one): nothing to undo."""
        self._runs = runs
        self.changed.emit()

    def _on_experiment(self, _experiment: object) -> None:
        self.changed.emit()  # the current run's name follows its settings

    def run(self, index: int) -> Run:
        return self.runs.runs[index]
