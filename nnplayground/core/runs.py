"""The runs of a session: the current experiment is one run; "Duplicate run" and a sweep add more. No Qt here.

    runs = Runs.single(session)                  # what every session starts as (and a version-1 file opens as)
    runs = runs.duplicate()                      # a new run from the current one, made current
    runs = runs.with_session(1, changed)         # its settings changed: its name follows ("lr 0.3")
    runs.current_run.label.name, runs.visible    # what the run list and the loss chart show

Each run has a label: a name, a colour, and whether it is pinned (kept at the top of the list) or hidden (left out
of the chart). A run is named by what differs from the first run ("lr 0.3", "tanh → relu", "lr 0.3, batch 32")
until the user renames it. A colour is the first of `colors.RUN_COLORS` no other run has. `Runs` is immutable:
every change returns a new one, so an undo command keeps the one before.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import settings
from .colors import RUN_COLORS
from .experiment import Experiment
from .run_label import MAX_NAME, MAX_RUNS, RunLabel, RunsError, check_name
from .session import Session
from .texts import QT_TRANSLATE_NOOP, Text, joined

__all__ = ["MAX_NAME", "MAX_RUNS", "Run", "RunLabel", "Runs", "RunsError", "auto_name", "check_name", "differences"]
FIRST_NAME = QT_TRANSLATE_NOOP("core.runs", "Run 1")
SAME = QT_TRANSLATE_NOOP("core.runs", "copy")  # the name of a run that does not differ from the first
# a run's name in words that translate, its numbers and choices as they are: "lr 0.3", "tanh → relu"
_SHORT = {
    "lr": QT_TRANSLATE_NOOP("core.runs", "lr {value}"),
    "batch_size": QT_TRANSLATE_NOOP("core.runs", "batch {value}"),
    "reg_rate": QT_TRANSLATE_NOOP("core.runs", "reg {value}"),
    "hidden": QT_TRANSLATE_NOOP("core.runs", "hidden {value}"),
    "data.n": QT_TRANSLATE_NOOP("core.runs", "points {value}"),
}
_SETTING = QT_TRANSLATE_NOOP("core.runs", "{setting} {value}")
_ON = QT_TRANSLATE_NOOP("core.runs", "{setting} on")
_OFF = QT_TRANSLATE_NOOP("core.runs", "{setting} off")
_CHANGE = QT_TRANSLATE_NOOP("core.runs", "{old} → {new}")
_NUMBERED = QT_TRANSLATE_NOOP("core.runs", "{name} ({n})")
_AT_LEAST_ONE = QT_TRANSLATE_NOOP("core.runs", "a session has at least one run")
_AT_MOST = QT_TRANSLATE_NOOP("core.runs", "a session has at most {most} runs")
_NO_RUN = QT_TRANSLATE_NOOP("core.runs", "no run {index}: there are {n}")
_DELETE_ONE = QT_TRANSLATE_NOOP("core.runs", "a session has at most {most} runs: delete one first")
_LAST = QT_TRANSLATE_NOOP("core.runs", "the last run cannot be deleted")
_KEYS = itertools.count(1)


@dataclass(frozen=True, eq=False)
class Run:
    label: RunLabel
    session: Session  # the run's whole state: experiment, points, weights, history, checkpoints
    key: int = dataclasses.field(default_factory=lambda: next(_KEYS))  # the same run through every change

    def with_session(self, session: Session) -> Run:
        return Run(self.label, session, self.key)

    def with_label(self, label: RunLabel) -> Run:
        return Run(label, self.session, self.key)


# ---- names -------------------------------------------------------------------------------------------------------
def _short(s: settings.Setting) -> str:
    """A setting's word in a run's name: its option's ("momentum"), else its caption's ("learning rate")."""
    return s.dest.replace("_", " ") if s.option else s.noun


def _phrase(s: settings.Setting, value: str) -> str:
    return (
        Text(_SHORT[s.field], {"value": value})
        if s.field in _SHORT
        else Text(_SETTING, {"setting": _short(s), "value": value})
    )


def differences(first: Experiment, other: Experiment) -> list[str]:
    """What `other` changes of `first`, one phrase per setting in the table's order: "lr 0.3" for a number,
    "tanh → relu" for a choice, "nesterov on" for a switch. The data seed that --seed sets with the weights'
    seed is not said twice."""
    out: list[str] = []
    for s in settings.entries():
        a, b = settings.read(first, s.field), settings.read(other, s.field)
        if a == b:
            continue
        if s.field == "data.seed" and first.seed != other.seed and other.seed == b:
            continue
        shown_a, shown_b = s.show(a), s.show(b)
        if shown_a == shown_b:  # e.g. one more layer of the same activation: the hidden layers say it
            continue
        if s.kind is bool:
            out.append(Text(_ON if b else _OFF, {"setting": _short(s)}))
        elif s.choices and s.kind is str and s.field != "features":
            out.append(Text(_CHANGE, {"old": shown_a, "new": shown_b}))
        else:
            out.append(_phrase(s, shown_b))
    return out


def auto_name(first: Experiment, other: Experiment) -> str:
    """A run's name from what differs from the first run ("lr 0.3, batch 32"), `SAME` when nothing does."""
    parts = differences(first, other)
    text = joined(parts) if parts else SAME
    return text if len(text) <= MAX_NAME else text[: MAX_NAME - 1] + "…"


def unique(name: str, taken: Iterable[str]) -> str:
    """`name`, or "name (2)", "name (3)" ... when another run has it."""
    taken = set(taken)
    if name not in taken:
        return name
    n = 2
    while Text(_NUMBERED, {"name": name, "n": n}) in taken:
        n += 1
    return Text(_NUMBERED, {"name": name, "n": n})


def next_color(used: Iterable[str]) -> str:
    """The first run colour no run has; with every one taken, the least used (the earliest of those)."""
    used = list(used)
    return min(RUN_COLORS, key=lambda c: (used.count(c), RUN_COLORS.index(c)))


# ---- the runs of a session ----------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Runs:
    runs: tuple[Run, ...]
    current: int = 0  # the run the window shows and trains

    def __post_init__(self) -> None:
        if not self.runs:
            raise RunsError(_AT_LEAST_ONE)
        if len(self.runs) > MAX_RUNS:
            raise RunsError(Text(_AT_MOST, {"most": MAX_RUNS}))
        if not 0 <= self.current < len(self.runs):
            raise RunsError(Text(_NO_RUN, {"index": self.current, "n": len(self.runs)}))

    @classmethod
    def single(cls, session: Session, name: str = FIRST_NAME) -> Runs:
        return cls((Run(RunLabel(name, RUN_COLORS[0]), session),))

    def __len__(self) -> int:
        return len(self.runs)

    @property
    def current_run(self) -> Run:
        return self.runs[self.current]

    @property
    def first(self) -> Experiment:
        return self.runs[0].session.experiment

    @property
    def visible(self) -> tuple[int, ...]:
        """The runs the chart draws: every one not hidden, and always the current one."""
        return tuple(i for i, r in enumerate(self.runs) if not r.label.hidden or i == self.current)

    @property
    def order(self) -> tuple[int, ...]:
        """The run list's order: pinned runs first, each group as the runs were made."""
        return tuple(sorted(range(len(self.runs)), key=lambda i: not self.runs[i].label.pinned))

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.runs):
            raise RunsError(Text(_NO_RUN, {"index": index, "n": len(self.runs)}))

    def _with(self, runs: list[Run], current: int | None = None) -> Runs:
        return Runs(tuple(_renamed(runs)), self.current if current is None else current)

    def add(self, session: Session, name: str | None = None, make_current: bool = True) -> Runs:
        """A new run after the others (named by its difference from the first unless `name` is given)."""
        if len(self.runs) >= MAX_RUNS:
            raise RunsError(Text(_DELETE_ONE, {"most": MAX_RUNS}))
        label = RunLabel(
            unique(check_name(name), (r.label.name for r in self.runs)) if name else "",
            next_color(r.label.color for r in self.runs),
            named=bool(name),
        )
        runs = [*self.runs, Run(label, session)]
        return self._with(runs, len(runs) - 1 if make_current else None)

    def duplicate(self, index: int | None = None, session: Session | None = None) -> Runs:
        """A new run with the settings (and, given, the state) of run `index` (the current one), made current."""
        index = self.current if index is None else index
        self._check(index)
        return self.add(session or self.runs[index].session)

    def with_session(self, index: int, session: Session) -> Runs:
        """Run `index` with a new state (a run trained on, or its settings changed: its name follows)."""
        self._check(index)
        runs = list(self.runs)
        runs[index] = runs[index].with_session(session)
        return self._with(runs)

    def relabel(self, index: int, **changes: object) -> Runs:
        """Run `index` with its label changed: name (which then stays), pinned, hidden."""
        self._check(index)
        if "name" in changes:
            changes["name"] = check_name(str(changes["name"]))
            changes["named"] = True
        runs = list(self.runs)
        runs[index] = runs[index].with_label(dataclasses.replace(runs[index].label, **changes))  # type: ignore[arg-type]
        return self._with(runs)

    def index_of(self, key: int) -> int | None:
        """Where the run with this key is (None: not among these runs)."""
        return next((i for i, r in enumerate(self.runs) if r.key == key), None)

    def merged(self, latest: Runs, retired: Mapping[int, Session] | None = None) -> Runs:
        """These runs (their order, labels and current run), each with its state from `latest` where `latest`
        has the same run, else from `retired` (the last states of runs an undo took away, by key): what an undo
        or a redo of a change of the runs gives, keeping what each run has trained since."""
        states = {**(retired or {}), **{r.key: r.session for r in latest.runs}}
        runs = [r.with_session(states[r.key]) if r.key in states else r for r in self.runs]
        return Runs(tuple(_renamed(runs)), self.current)

    def switch(self, index: int) -> Runs:
        self._check(index)
        return Runs(self.runs, index)

    def delete(self, index: int) -> Runs:
        """Without run `index`; the current run stays current (the one before, if it is the one deleted)."""
        self._check(index)
        if len(self.runs) == 1:
            raise RunsError(_LAST)
        runs = [r for i, r in enumerate(self.runs) if i != index]
        current = self.current - 1 if index < self.current or (index == self.current and index > 0) else self.current
        return self._with(runs, current)


def _renamed(runs: list[Run]) -> list[Run]:
    """Each run the user has not named takes the name of its difference from the first, unique among the runs."""
    first = runs[0].session.experiment
    out: list[Run] = []
    for i, r in enumerate(runs):
        if r.label.named:
            out.append(r)
            continue
        if i == 0:  # the first run keeps the name it has (the one the others are named against)
            name = r.label.name or FIRST_NAME
        else:
            name = auto_name(first, r.session.experiment)
        name = unique(name, (o.label.name for o in out))
        out.append(r if name == r.label.name else r.with_label(dataclasses.replace(r.label, name=name)))
    return out
