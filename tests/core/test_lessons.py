"""The lesson files: their format is checked at load (a broken file is skipped with a message), and every task
of every shipped lesson can be completed by the settings its solution names, trained as `nnplayground train` does."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from nnplayground.core import lessons
from nnplayground.core.experiment import Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.trainer import Trainer

SHIPPED, PROBLEMS = lessons.load_all()
TASKS = [(lesson, i) for lesson in SHIPPED for i, step in enumerate(lesson.steps) if step.task is not None]


def _good() -> dict:
    return {
        "id": "tiny",
        "title": {"en": "Tiny", "zh_CN": "小"},
        "steps": [
            {
                "text": {"en": "One neuron.", "zh_CN": "一个神经元。"},
                "setup": {"experiment": {}, "settings": {"data.name": "gauss", "hidden": []}},
                "task": {"en": "Learn it.", "zh_CN": "学会它。"},
                "check": {"test_accuracy_at_least": 0.9},
                "solution": {"lr": 0.1},
                "epochs": 20,
            }
        ],
    }


def _write(folder: Path, name: str, data: object) -> None:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (folder / name).write_text(text, encoding="utf-8")


def test_the_shipped_lessons_load_without_a_problem():
    assert PROBLEMS == []
    assert len(SHIPPED) >= 8
    assert len({lesson.id for lesson in SHIPPED}) == len(SHIPPED)


@pytest.mark.parametrize("language", lessons.LANGUAGES)
def test_every_shipped_text_is_there_in_both_languages(language):
    for lesson in SHIPPED:
        assert lessons.text(lesson.title, language).strip()
        for step in lesson.steps:
            assert step.text[language].strip()
            if step.task is not None:
                assert step.task[language].strip()
    if language == "zh_CN":  # (a translation, not the English copied)
        assert all(any("\u4e00" <= c <= "\u9fff" for c in lesson.title["zh_CN"]) for lesson in SHIPPED)


def test_a_good_file_loads_and_broken_ones_are_skipped_with_a_message(tmp_path):
    _write(tmp_path, "a-good.json", _good())
    broken = {
        "b-not-json.json": "{ not json",
        "c-no-chinese.json": {**_good(), "id": "c", "title": {"en": "Only English"}},
        "d-unknown-key.json": {**_good(), "id": "d", "colour": "red"},
        "e-bad-range.json": {**_good(), "id": "e", "steps": [{**_good()["steps"][0], "solution": {"lr": -1.0}}]},
        "f-bad-setting.json": {**_good(), "id": "f", "steps": [{**_good()["steps"][0], "solution": {"speed": 3}}]},
        "g-bad-rule.json": {**_good(), "id": "g", "steps": [{**_good()["steps"][0], "check": {"win": True}}]},
        "h-bad-type.json": {**_good(), "id": "h", "steps": [{**_good()["steps"][0], "check": {"max_layers": "2"}}]},
        "i-task-alone.json": {**_good(), "id": "i", "steps": [{"text": _good()["steps"][0]["text"], "epochs": 3}]},
        "j-same-id.json": _good(),
        "k-not-an-object.json": [1, 2],
        "l-bad-activation.json": {
            **_good(), "id": "l", "steps": [{**_good()["steps"][0], "solution": {"activations": "wiggle"}}]
        },
        "m-accuracy-share.json": {
            **_good(), "id": "m", "steps": [{**_good()["steps"][0], "check": {"test_accuracy_at_least": 95}}]
        },
    }  # fmt: skip
    for name, data in broken.items():
        _write(tmp_path, name, data)
    loaded, problems = lessons.load_all(tmp_path)
    assert [lesson.id for lesson in loaded] == ["tiny"]
    assert len(problems) == len(broken)
    for name, problem in zip(sorted(broken), problems, strict=True):
        assert problem.startswith(name)  # each message names its file
    assert "zh_CN" in problems[1] and "colour" in problems[2] and "learning rate" in problems[3]


def test_a_missing_folder_is_no_lessons(tmp_path):
    assert lessons.load_all(tmp_path / "none") == ([], [])


def test_settings_apply_over_an_experiment_as_a_preset_does():
    e = lessons.apply_settings(Experiment(), {"data.name": "plane", "hidden": [3, 2], "activations": "relu"})
    assert e.problem == "regression" and e.data.n == 1200
    assert e.hidden == (3, 2) and e.activations == ("relu", "relu")
    grown = lessons.apply_settings(e, {"hidden": [3, 2, 5]})
    assert grown.activations == ("relu",) * 3 and grown.data == e.data


def test_a_partial_setup_goes_over_the_steps_before_it():
    lesson = next(x for x in SHIPPED if x.id == "features-depth")
    last = len(lesson.steps) - 1
    assert lesson.steps[last].setup is not None and lesson.steps[last].setup.experiment is None
    assert lesson.experiment_at(last).data.name == lesson.experiment_at(last - 1).data.name


@dataclass
class _Shot:
    epoch: int = 10
    train_loss: float = 0.05
    test_loss: float = 0.2
    train_accuracy: float | None = 1.0
    test_accuracy: float | None = 0.9
    sizes: tuple[int, ...] = (2, 4, 1)
    message: str = ""


def test_the_rules_read_a_snapshot():
    shot = _Shot()
    assert lessons.met({"test_loss_below": 0.3, "max_neurons": 4, "max_layers": 1, "epoch_at_least": 10}, shot)
    assert lessons.unmet({"test_loss_below": 0.1, "min_layers": 2, "loss_gap_above": 0.1}, shot) == [
        "test_loss_below", "min_layers"
    ]  # fmt: skip
    assert not lessons.met({"test_accuracy_at_least": 0.5}, _Shot(test_accuracy=None))  # regression: no accuracy
    assert not lessons.met({"test_loss_below": 1.0}, _Shot(test_loss=float("nan")))  # no test points
    assert lessons.met({"diverged": True}, _Shot(message="Training diverged in epoch 3: ..."))
    assert not lessons.met({"test_loss_below": 1.0}, None)


@pytest.mark.parametrize(("lesson", "index"), TASKS, ids=[f"{x.id}-{i + 1}" for x, i in TASKS])
def test_every_task_is_completed_by_its_solution(lesson, index):
    """Set up, then the solution, then the step's epochs of training, as `nnplayground train` would: the check holds."""
    step = lesson.steps[index]
    e = lesson.solved_at(index)
    spec = e.data
    trainer = Trainer(e, PointSet.generate(spec.name, spec.n, spec.noise, spec.seed, spec.classes))
    trainer.run(step.epochs)
    snap = trainer.snapshot(grid=4, neuron_grid=2)  # (the check reads numbers, not pictures)
    assert lessons.unmet(step.check, snap) == [], (snap.epoch, snap.train_loss, snap.test_loss, snap.test_accuracy)
