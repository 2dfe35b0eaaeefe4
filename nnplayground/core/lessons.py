"""Guided lessons: the file format, its loading and its checks (no Qt; the panel is `ui/lessons/`).

A lesson is a JSON file in `resources/lessons/`, one object:

    {"id": "neuron", "title": {"en": "...", "zh_CN": "..."},
     "steps": [{"text": {"en": "...", "zh_CN": "..."},
                "setup": {"experiment": {...}, "settings": {"lr": 0.3, "data.name": "xor"}},
                "task": {"en": "...", "zh_CN": "..."},
                "check": {"test_loss_below": 0.1, "max_neurons": 4},
                "solution": {"hidden": [4]}, "epochs": 200}, ...]}

A step's `setup` (optional) is what "Set up" does: `experiment` is a whole experiment as a session file writes it
(`Experiment.from_dict`; missing fields take their defaults), `settings` a few settings by their field path in the
table of `settings.py`, applied over it (or, without `experiment`, over whatever the student has). A step with a
`task` has a `check` (the rules of CHECKS, all of which must hold on a training snapshot), the `solution` (settings
that complete the task, applied over the setup) and the `epochs` that solution needs. Every value is checked by the
table's own checks when the file is read; a broken file is skipped with a message (see `load_all`), never raised.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from . import settings
from .experiment import Experiment, generated_spec

LANGUAGES = ("en", "zh_CN")  # every text of a lesson is given in each
GENERATOR = ("name", "n", "noise", "seed", "classes")  # the data settings that draw new points
MAX_EPOCHS = 100_000  # what a step's solution may ask for (a test trains every solution)
DIVERGED = "Training diverged"  # how the trainer's message about a diverged run begins (core/trainer.py)


class LessonError(ValueError):
    """A lesson file that cannot be used, in a sentence naming the place."""


class Measured(Protocol):
    """What a check reads of a training snapshot (`core.snapshot.Snapshot` has it)."""

    epoch: int
    train_loss: float
    test_loss: float
    train_accuracy: float | None
    test_accuracy: float | None
    sizes: tuple[int, ...]  # input features, each hidden layer, output
    message: str


# ---- the checks: a rule's name -> (the kind of its value, its test on a snapshot) ------------------------------------
def _hidden(s: Measured) -> tuple[int, ...]:
    return tuple(s.sizes[1:-1])


def _diverged(s: Measured) -> bool:
    return str(getattr(s, "reason", "")) == "diverged" or s.message.startswith(DIVERGED)


def _finite(x: float | None) -> bool:
    return x is not None and math.isfinite(x)


CHECKS: dict[str, tuple[type, Callable[[Measured, Any], bool]]] = {
    "epoch_at_least": (int, lambda s, v: s.epoch >= v),
    "epoch_at_most": (int, lambda s, v: s.epoch <= v),  # with another rule: done within so many epochs
    "train_loss_below": (float, lambda s, v: _finite(s.train_loss) and s.train_loss < v),
    "test_loss_below": (float, lambda s, v: _finite(s.test_loss) and s.test_loss < v),
    "train_accuracy_at_least": (float, lambda s, v: _finite(s.train_accuracy) and s.train_accuracy >= v),
    "test_accuracy_at_least": (float, lambda s, v: _finite(s.test_accuracy) and s.test_accuracy >= v),
    # how much worse the test points do than the training points: over-fitting shows as a large gap
    "loss_gap_above": (float, lambda s, v: _finite(s.test_loss - s.train_loss) and s.test_loss - s.train_loss > v),
    "loss_gap_below": (float, lambda s, v: _finite(s.test_loss - s.train_loss) and s.test_loss - s.train_loss < v),
    "max_neurons": (int, lambda s, v: sum(_hidden(s)) <= v),
    "max_layers": (int, lambda s, v: len(_hidden(s)) <= v),
    "min_layers": (int, lambda s, v: len(_hidden(s)) >= v),
    "max_features": (int, lambda s, v: s.sizes[0] <= v),
    "diverged": (bool, lambda s, v: _diverged(s) == v),
}


def unmet(check: Mapping[str, Any], snapshot: Measured) -> list[str]:
    """The rules of `check` the snapshot does not meet yet, in the check's order (none: the task is done)."""
    return [rule for rule, value in check.items() if not CHECKS[rule][1](snapshot, value)]


def met(check: Mapping[str, Any], snapshot: Measured | None) -> bool:
    return snapshot is not None and bool(check) and not unmet(check, snapshot)


# ---- the lesson itself ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Setup:
    experiment: Mapping[str, Any] | None = None  # a whole experiment (from_dict), or None: the current one
    settings: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # field path -> value, over it

    def apply(self, current: Experiment) -> Experiment:
        """The experiment "Set up" makes of `current`; ValueError/TypeError if a value does not fit."""
        base = current if self.experiment is None else Experiment.from_dict(json.loads(json.dumps(self.experiment)))
        return apply_settings(base, self.settings)


@dataclass(frozen=True)
class Step:
    text: Mapping[str, str]  # language -> text
    setup: Setup | None = None
    task: Mapping[str, str] | None = None
    check: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    solution: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    epochs: int = 0


@dataclass(frozen=True)
class Lesson:
    id: str
    title: Mapping[str, str]
    steps: tuple[Step, ...]
    source: str = ""  # the file it came from

    def experiment_at(self, index: int, start: Experiment | None = None) -> Experiment:
        """What the setups of steps 0..index make of `start` (the default experiment), one after the other."""
        e = Experiment() if start is None else start
        for step in self.steps[: index + 1]:
            if step.setup is not None:
                e = step.setup.apply(e)
        return e

    def solved_at(self, index: int) -> Experiment:
        """The experiment of step `index` with its solution applied (what the lessons test trains)."""
        return apply_settings(self.experiment_at(index), self.steps[index].solution)


def text(texts: Mapping[str, str], language: str) -> str:
    """A lesson's text in `language` (English when it has none in it)."""
    return texts.get(language) or texts.get("en", "")


def apply_settings(experiment: Experiment, changes: Mapping[str, Any]) -> Experiment:
    """`experiment` with some settings changed, by field path ("lr", "data.noise"). A new data set brings its own
    problem type, point count and classes unless they are given; new hidden layers take the last activation
    unless `activations` is given; one activation name stands for every layer. Raises ValueError/TypeError."""
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in changes.items()}
    for key, value in values.items():
        settings.get(key).check((value,) if _one_for_all(key, value) else value)  # the table's own check
    data = {k.removeprefix("data."): v for k, v in values.items() if k.startswith("data.")}
    top = {k: v for k, v in values.items() if not k.startswith("data.")}
    if "name" in data:  # what the data set itself calls for, as choosing its preset does
        for key in ("n", "classes"):
            data.setdefault(key, settings.get(f"data.{key}").default_for(data["name"]))  # type: ignore[misc]
        top.setdefault("problem", settings.get("problem").default_for(data["name"]))  # type: ignore[misc]
    spec = experiment.data
    if data:
        if any(getattr(spec, k) != data[k] for k in GENERATOR if k in data):
            spec = generated_spec(spec, **data)  # new points: an imported file's meanings go
        else:
            spec = dataclasses.replace(spec, **data)
    hidden = top.pop("hidden", experiment.hidden)
    activations = top.pop("activations", None)
    if isinstance(activations, str):
        activations = (activations,) * len(hidden)
    shaped = experiment.with_hidden(tuple(hidden), activations)
    return shaped.replace(data=spec, **top)


def _one_for_all(key: str, value: Any) -> bool:
    s = settings.get(key)
    return s.one_for_all and isinstance(value, str)


# ---- reading and checking a file -------------------------------------------------------------------------------------
LESSON_KEYS = {"id", "title", "steps"}
STEP_KEYS = {"text", "setup", "task", "check", "solution", "epochs"}
SETUP_KEYS = {"experiment", "settings"}


def _unknown(d: Mapping[str, Any], known: set[str], where: str) -> None:
    extra = sorted(set(d) - known)
    if extra:
        raise LessonError(f"{where}: unknown key(s) {', '.join(map(repr, extra))}; known: {', '.join(sorted(known))}")


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LessonError(f"{where} must be a JSON object, got {type(value).__name__}")
    return value


def _texts(value: Any, where: str) -> dict[str, str]:
    """A text in every language: {"en": ..., "zh_CN": ...}, none empty."""
    d = _object(value, where)
    _unknown(d, set(LANGUAGES), where)
    for lang in LANGUAGES:
        if not isinstance(d.get(lang), str) or not d[lang].strip():
            raise LessonError(f"{where}: the {lang!r} text is missing or empty")
    return dict(d)


def _settings(value: Any, where: str) -> dict[str, Any]:
    d = _object(value, where)
    for key in d:
        if key not in settings.TABLE:
            raise LessonError(f"{where}: unknown setting {key!r}")
    return dict(d)


def _check(value: Any, where: str) -> dict[str, Any]:
    d = _object(value, where)
    if not d:
        raise LessonError(f"{where}: a check needs at least one rule")
    _unknown(d, set(CHECKS), where)
    for rule, v in d.items():
        kind = CHECKS[rule][0]
        kinds: tuple[type, ...] = (int, float) if kind is float else (kind,)
        if isinstance(v, bool) != (kind is bool) or not isinstance(v, kinds):
            raise LessonError(f"{where}: {rule} must be {kind.__name__}, got {v!r}")
        if kind is not bool and (not math.isfinite(v) or v < 0):
            raise LessonError(f"{where}: {rule} must be a finite number of at least 0, got {v!r}")
        if "accuracy" in rule and v > 1:
            raise LessonError(f"{where}: {rule} is a share, 0 to 1, got {v!r}")
    return dict(d)


def _step(value: Any, where: str) -> Step:
    d = _object(value, where)
    _unknown(d, STEP_KEYS, where)
    if "text" not in d:
        raise LessonError(f"{where}: a step needs its text")
    setup = None
    if "setup" in d:
        s = _object(d["setup"], f"{where} setup")
        _unknown(s, SETUP_KEYS, f"{where} setup")
        base = None if "experiment" not in s else _object(s["experiment"], f"{where} setup experiment")
        setup = Setup(base, _settings(s.get("settings", {}), f"{where} setup settings"))
    task = None if "task" not in d else _texts(d["task"], f"{where} task")
    tasked = ("check", "solution", "epochs")
    if task is None and any(k in d for k in tasked):
        raise LessonError(f"{where}: check, solution and epochs belong to a task, and the step has none")
    if task is not None and not all(k in d for k in tasked):
        raise LessonError(f"{where}: a task needs its check, solution and epochs")
    epochs = d.get("epochs", 0)
    if isinstance(epochs, bool) or not isinstance(epochs, int) or not 0 <= epochs <= MAX_EPOCHS:
        raise LessonError(f"{where}: epochs must be a whole number from 0 to {MAX_EPOCHS}, got {epochs!r}")
    return Step(
        text=_texts(d["text"], f"{where} text"),
        setup=setup,
        task=task,
        check=_check(d["check"], f"{where} check") if task is not None else {},
        solution=_settings(d.get("solution", {}), f"{where} solution"),
        epochs=epochs,
    )


def parse(data: Any, source: str = "") -> Lesson:
    """A lesson from its JSON value; LessonError naming the place of the first problem. Every setup and solution
    is tried on the default experiment, so a value the settings table refuses fails here, not in the window."""
    d = _object(data, "the lesson")
    _unknown(d, LESSON_KEYS, "the lesson")
    ident = d.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise LessonError("the lesson needs an id (a non-empty string)")
    steps = d.get("steps")
    if not isinstance(steps, list) or not steps:
        raise LessonError(f"lesson {ident!r}: steps must be a non-empty list")
    lesson = Lesson(
        ident, _texts(d.get("title"), f"lesson {ident!r} title"),
        tuple(_step(s, f"lesson {ident!r} step {i + 1}") for i, s in enumerate(steps)), source,
    )  # fmt: skip
    for i in range(len(lesson.steps)):
        try:
            lesson.solved_at(i)
        except (ValueError, TypeError, KeyError) as exc:
            raise LessonError(f"lesson {ident!r} step {i + 1}: {exc}") from None
    return lesson


def load(path: Path) -> Lesson:
    """One lesson file; LessonError (with the file's name) if it cannot be read or used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise LessonError(f"{path.name}: cannot be read: {exc}") from None
    try:
        return parse(data, str(path))
    except LessonError as exc:
        raise LessonError(f"{path.name}: {exc}") from None


def load_all(folder: Path | None = None) -> tuple[list[Lesson], list[str]]:
    """Every lesson in `folder` (the shipped ones by default), in file-name order, and a message for each file
    that was skipped (broken, or an id another file already has)."""
    if folder is None:
        from nnplayground import resources

        folder = Path(str(resources.path("lessons")))
    lessons: list[Lesson] = []
    problems: list[str] = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            lesson = load(path)
        except LessonError as exc:
            problems.append(str(exc))
            continue
        if any(x.id == lesson.id for x in lessons):
            problems.append(f"{path.name}: the id {lesson.id!r} is taken by another lesson; skipped")
            continue
        lessons.append(lesson)
    return lessons, problems
