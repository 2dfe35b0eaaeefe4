"""The table of settings: one entry per field of the experiment, and every reader (the dataclasses' defaults,
validate, from_dict, the trainer's live settings, the tooltips) follows it, also when a test changes it."""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

import pytest

from nnplayground.core import experiment, settings, trainer
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.points import PointSet
from nnplayground.core.settings import Setting
from nnplayground.core.trainer import Trainer, head_for

NUMBERS = [s for s in settings.entries() if s.kind in (int, float)]
CHOICES = [s for s in settings.entries() if s.choices and not s.any_name]


def ids(entries: list[Setting]) -> list[str]:
    return [s.field for s in entries]


def experiment_with(field: str, value: Any) -> Experiment:
    """The default experiment with one setting changed (a new hidden shape brings its activations along)."""
    if field.startswith("data."):
        return Experiment(data=DataSpec(**{field[len("data.") :]: value}))
    if field == "hidden":  # (not with_hidden: it converts the widths to int)
        return Experiment(hidden=value, activations=("tanh",) * len(value))
    return Experiment(**{field: value})


def other_value(s: Setting) -> Any:
    """A value the setting may hold that is not its default."""
    if s.kind is bool:
        return not s.default
    if s.items is not None:
        if s.field == "hidden":
            return (3,)
        if not s.choices:  # names of one's own (class names)
            return ("setosa", "versicolor")
        return tuple(c for c in s.choices if c not in s.default)[: len(s.default)]
    if s.choices:
        return next(c for c in s.choices if c != s.default)
    if s.kind is int:
        return s.default + 1
    quarter = s.lo + (s.hi - s.lo) / 4
    return quarter if quarter != s.default else s.lo + (s.hi - s.lo) * 3 / 4


def outside(s: Setting, bound: float, direction: float) -> float:
    """The nearest value beyond `bound`, going `direction` (-1 below, +1 above)."""
    if s.kind is int:
        return int(bound + direction)
    return math.nextafter(bound, direction * math.inf)


def scalar_or_items(s: Setting, v: Any) -> Any:
    return (v,) if s.items is not None else v


# ---- the table and the dataclasses describe the same fields ---------------------------------------------------------
def test_every_field_of_the_experiment_has_exactly_one_entry_and_every_entry_a_field():
    fields = [f.name for f in dataclasses.fields(Experiment) if f.name != "data"]
    fields += [f"data.{f.name}" for f in dataclasses.fields(DataSpec)]
    assert sorted(settings.TABLE) == sorted(fields)
    assert all(key == s.field for key, s in settings.TABLE.items())
    assert settings.fields_of() == tuple(f.name for f in dataclasses.fields(Experiment))
    assert settings.fields_of("data") == tuple(f.name for f in dataclasses.fields(DataSpec))


@pytest.mark.parametrize("s", settings.entries(), ids=ids(list(settings.entries())))
def test_the_defaults_of_the_dataclasses_are_the_tables(s):
    assert settings.read(Experiment(), s.field) == s.default
    assert type(settings.read(Experiment(), s.field)) is type(s.default)


@pytest.mark.parametrize("s", settings.entries(), ids=ids(list(settings.entries())))
def test_every_entry_says_what_it_is_and_what_a_change_does(s):
    assert s.label and s.help.strip() and s.effect in ("step", "data", "network")
    assert s.live == (s.effect == "step") and s.rebuilds == (s.effect == "network")
    if s.option:
        assert s.option.startswith("--") and s.option_help


def test_what_applies_at_the_next_step_and_what_rebuilds():
    live = {s.field for s in settings.entries() if s.live}
    assert live == {"lr", "momentum", "nesterov", "optimizer", "batch_size", "regularization", "reg_rate",
                    "data.train_ratio", "beta1", "beta2", "schedule", "lr_step", "lr_gamma", "lr_decay",
                    "lr_period", "lr_min", "warmup", "warmup_factor", "stop_patience", "stop_loss",
                    "stop_accuracy", "stop_epoch", "stop_restore", "dropout"}  # fmt: skip
    rebuilds = {s.field for s in settings.entries() if s.rebuilds}
    assert rebuilds == {"problem", "features", "hidden", "activations", "loss", "init", "init_scale", "seed"}


def test_the_names_other_modules_import_are_read_from_the_table():
    get = settings.get
    assert experiment.ACTIVATIONS == get("activations").choices and experiment.OPTIMIZERS == get("optimizer").choices
    assert experiment.FEATURES == get("features").choices and experiment.LOSSES == get("loss").choices
    assert experiment.REGULARIZATIONS == get("regularization").choices
    assert experiment.PROBLEMS == get("problem").choices and experiment.INITS == get("init").choices
    assert experiment.LEARNING_RATES == get("lr").presets
    assert (experiment.MAX_LR, experiment.MAX_REG_RATE) == (get("lr").hi, get("reg_rate").hi)
    assert (experiment.MAX_SEED, experiment.MAX_CLASSES) == (get("seed").hi, get("data.classes").hi)
    assert experiment.MAX_SEED == get("data.seed").hi
    assert (experiment.MAX_BATCH_SIZE, experiment.MAX_NEURONS) == (get("batch_size").hi, get("hidden").hi)
    assert experiment.MAX_HIDDEN_LAYERS == get("hidden").items[1]
    assert trainer.LIVE_SETTINGS == settings.live_fields()


# ---- validate: every range, bound and choice ------------------------------------------------------------------------
@pytest.mark.parametrize("s", NUMBERS, ids=ids(NUMBERS))
def test_validate_accepts_each_closed_bound_and_refuses_just_beyond_it(s):
    for bound, direction, is_open in ((s.lo, -1, s.lo_open), (s.hi, +1, s.hi_open)):
        if is_open:
            with pytest.raises(ValueError, match=s.item or s.noun):
                experiment_with(s.field, scalar_or_items(s, bound))
            inside = outside(s, bound, -direction)
            assert settings.read(experiment_with(s.field, scalar_or_items(s, inside)), s.field) == scalar_or_items(
                s, inside
            )
        else:
            assert settings.read(experiment_with(s.field, scalar_or_items(s, bound)), s.field) == scalar_or_items(
                s, bound
            )
            with pytest.raises(ValueError, match=s.item or s.noun):
                experiment_with(s.field, scalar_or_items(s, outside(s, bound, direction)))


@pytest.mark.parametrize("s", NUMBERS, ids=ids(NUMBERS))
def test_validate_refuses_a_value_of_the_wrong_type(s):
    for wrong in (True, "1", None):
        with pytest.raises(TypeError, match=s.item or s.noun):
            experiment_with(s.field, scalar_or_items(s, wrong))
    if s.kind is float:
        with pytest.raises(ValueError, match="finite"):
            experiment_with(s.field, math.nan)
    else:
        with pytest.raises(TypeError, match="whole number"):
            experiment_with(s.field, scalar_or_items(s, 1.0))


@pytest.mark.parametrize("s", CHOICES, ids=ids(CHOICES))
def test_validate_accepts_every_choice_and_refuses_any_other_name(s):
    for choice in s.choices:
        value = (choice,) * len(s.default) if s.items is not None else choice
        if s.field == "features":
            value = (choice,)
        assert settings.read(experiment_with(s.field, value), s.field) == value
    bad = ("nope",) * len(s.default) if s.items is not None else "nope"
    with pytest.raises(ValueError, match=f"unknown {s.item or s.noun} 'nope'"):
        experiment_with(s.field, bad)


def test_the_counts_of_the_tuple_settings():
    most = settings.get("hidden").items[1]
    assert experiment_with("hidden", (1,) * most).hidden == (1,) * most
    with pytest.raises(ValueError, match=f"at most {most} hidden layers"):
        experiment_with("hidden", (1,) * (most + 1))
    assert experiment_with("hidden", ()).activations == ()
    with pytest.raises(ValueError, match="at least 1 input feature"):
        experiment_with("features", ())


def test_the_rules_that_tie_fields_together_stay_explicit():
    with pytest.raises(ValueError, match="one activation per hidden layer"):
        Experiment(hidden=(4, 4), activations=("tanh",))
    with pytest.raises(ValueError, match="must not repeat"):
        Experiment(features=("x1", "x1"))


def test_any_data_set_name_is_accepted_from_a_file():
    """A session saved by a version with more generators still opens: its points are in the file."""
    assert Experiment(data=DataSpec(name="a generator from the future")).data.name == "a generator from the future"
    with pytest.raises(TypeError, match="data set"):
        Experiment(data=DataSpec(name=3))  # type: ignore[arg-type]


def test_a_huge_value_is_quoted_in_a_few_characters():
    """A hostile file's 10,000-digit number or megabyte of text gets a message a person can read."""
    for d in ({"seed": 10**10000}, {"data": {"n": -(10**400)}}, {"activations": ["x" * 10**6, "tanh"]}):
        with pytest.raises((ValueError, TypeError)) as info:
            Experiment.from_dict(d)
        assert len(str(info.value)) < 200, str(info.value)[:300]


# ---- from_dict ------------------------------------------------------------------------------------------------------
def test_from_dict_round_trips_every_setting_through_json():
    values: dict[str, Any] = {s.field: other_value(s) for s in settings.entries() if s.field != "hidden"}
    data = {f[len("data.") :]: v for f, v in values.items() if f.startswith("data.")}
    top = {f: v for f, v in values.items() if "." not in f}
    top["activations"] = top["activations"][:1]
    exp = Experiment(data=DataSpec(**data), hidden=(3,), **top)
    assert all(settings.read(exp, s.field) != s.default for s in settings.entries())
    again = Experiment.from_dict(json.loads(json.dumps(exp.to_dict())))
    assert again == exp and Experiment.from_dict(Experiment().to_dict()) == Experiment()


def test_from_dict_fills_what_is_missing_from_the_table_and_names_what_is_unknown():
    assert Experiment.from_dict({}) == Experiment()
    assert Experiment.from_dict({"data": {"noise": 0.25}}).data == DataSpec(noise=0.25)
    with pytest.raises(ValueError, match="unknown experiment field.*speed"):
        Experiment.from_dict({"speed": 3})
    with pytest.raises(ValueError, match="unknown data field.*colour"):
        Experiment.from_dict({"data": {"colour": "red"}})
    with pytest.raises(TypeError, match="hidden layers must be a list"):
        Experiment.from_dict({"hidden": "8,8"})


# ---- a changed table is followed ------------------------------------------------------------------------------------
def test_a_changed_entry_changes_the_defaults_and_validate(monkeypatch):
    lr = settings.get("lr")
    monkeypatch.setitem(settings.TABLE, "lr", dataclasses.replace(lr, hi=5.0, default=0.1))
    noise = settings.get("data.noise")
    monkeypatch.setitem(settings.TABLE, "data.noise", dataclasses.replace(noise, hi=0.5, default=0.25))
    assert Experiment().lr == 0.1 and Experiment().data.noise == 0.25
    assert Experiment(lr=5.0).lr == 5.0
    with pytest.raises(ValueError, match="learning rate must be at most 5, got 6"):
        Experiment(lr=6.0)
    with pytest.raises(ValueError, match="noise must be at most 0.5"):
        Experiment(data=DataSpec(noise=0.75))


def test_the_tooltips_are_the_tables_texts(monkeypatch):
    from nnplayground.ui.common import explain

    for s in settings.entries():
        if s.tip:
            assert explain.TIPS[s.tip] == s.help
            for choice, text in s.choice_help.items():
                assert explain.TIPS[f"{s.tip}:{choice}"] == text
    lr = settings.get("lr")
    monkeypatch.setitem(settings.TABLE, "lr", dataclasses.replace(lr, help="Learning rate: a new text."))
    acts = settings.get("activations")
    labels = {**acts.choice_labels, "relu": "Rectifier"}
    monkeypatch.setitem(settings.TABLE, "activations", dataclasses.replace(acts, choice_labels=labels))
    assert explain.TIPS["learning_rate"] == "Learning rate: a new text."
    assert explain.ACTIVATION_NAMES["relu"] == "Rectifier"
    assert explain.TIPS["play"].startswith("Play")  # the texts that are no setting's stay in explain


def test_a_choice_without_its_text_is_caught_by_the_tables_own_check(monkeypatch):
    settings.check_table()
    opt = settings.get("optimizer")
    texts = {k: v for k, v in opt.choice_help.items() if k != "adam"}
    monkeypatch.setitem(settings.TABLE, "optimizer", dataclasses.replace(opt, choice_help=texts))
    with pytest.raises(ValueError, match="optimizer"):
        settings.check_table()


# ---- the trainer follows the table's live flags ---------------------------------------------------------------------
@pytest.mark.parametrize("s", settings.entries(), ids=ids(list(settings.entries())))
def test_the_trainer_rebuilds_exactly_when_the_table_says(s):
    points = PointSet.generate("gauss", 60, 0.0, 0)
    t = Trainer(Experiment(data=DataSpec("gauss", 60), hidden=(3,), activations=("tanh",)), points)
    t.run(2)
    before = t.experiment
    if s.field.startswith("data."):
        changed = before.replace(data=dataclasses.replace(before.data, **{s.field[5:]: other_value(s)}))
    elif s.field == "hidden":
        changed = before.with_hidden(other_value(s) + (2,))
    elif s.field == "activations":
        changed = before.replace(activations=other_value(s)[:1])
    else:
        changed = before.replace(**{s.field: other_value(s)})
    rebuilt = t.set_experiment(changed)
    output_changed = head_for(changed, points) != head_for(before, points)  # new points bring a new output layer
    assert rebuilt == (s.rebuilds or output_changed)
    assert (t.epoch == 0) == rebuilt
