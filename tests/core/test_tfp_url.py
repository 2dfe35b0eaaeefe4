"""TensorFlow Playground links: every key TFP writes maps to the experiment (or a view option, or a note), a link
that is not TFP's is refused with the reason, and an experiment that fits goes to a URL and back unchanged."""

from __future__ import annotations

import dataclasses

import pytest

from nnplayground.core import tfp_url
from nnplayground.core.experiment import DataSpec, Experiment
from nnplayground.core.tfp_url import TfpMisfit, TfpUrlError, parse_url, to_url

# State.PROPS of TFP's src/state.ts (github.com/tensorflow/playground, commit 02469bd), copied by hand: the
# module's own table must list the same keys, so a key TFP writes cannot go unread.
STATE_TS_PROPS = [
    "activation", "regularization", "batchSize", "dataset", "regDataset", "learningRate", "regularizationRate",
    "noise", "networkShape", "seed", "showTestData", "discretize", "percTrainData", "x", "y", "xTimesY",
    "xSquared", "ySquared", "cosX", "sinX", "cosY", "sinY", "collectStats", "tutorial", "problem", "initZero",
    "hideText",
]  # fmt: skip

# A link TFP itself wrote (its "share" address for the spiral at noise 35), every key in its order.
TFP_LINK = (
    "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=spiral&regDataset=reg-plane"
    "&learningRate=0.03&regularizationRate=0&noise=35&networkShape=4,2&seed=0.54321&showTestData=false"
    "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false"
    "&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false"
)

# Per key: a value other than TFP's default, and what the link then says, read from the TfpLink.
CHANGED = {
    "activation": ("relu", lambda link: link.experiment.activations == ("relu", "relu")),
    "regularization": ("L2", lambda link: link.experiment.regularization == "l2"),
    "batchSize": ("25", lambda link: link.experiment.batch_size == 25),
    "dataset": ("xor", lambda link: link.experiment.data.name == "xor"),
    "regDataset": ("reg-gauss", None),  # read only with problem=regression: see test_a_regression_link
    "learningRate": ("0.3", lambda link: link.experiment.lr == 0.3),
    "regularizationRate": ("0.003", lambda link: link.experiment.reg_rate == 0.003),
    "noise": ("20", lambda link: link.experiment.data.noise == 0.2),
    "networkShape": ("3", lambda link: link.experiment.hidden == (3,)),
    "seed": ("7", lambda link: link.experiment.seed == 7 and link.experiment.data.seed == 7),
    "showTestData": ("true", lambda link: link.show_test),
    "discretize": ("true", lambda link: link.discretize),
    "percTrainData": ("80", lambda link: link.experiment.data.train_ratio == 0.8),
    "x": ("false", lambda link: "x1" not in link.experiment.features),
    "y": ("false", lambda link: "x2" not in link.experiment.features),
    "xTimesY": ("true", lambda link: "x1*x2" in link.experiment.features),
    "xSquared": ("true", lambda link: "x1^2" in link.experiment.features),
    "ySquared": ("true", lambda link: "x2^2" in link.experiment.features),
    "cosX": ("true", lambda link: "cos(x1)" in link.experiment.features),
    "sinX": ("true", lambda link: "sin(x1)" in link.experiment.features),
    "cosY": ("true", lambda link: "cos(x2)" in link.experiment.features),
    "sinY": ("true", lambda link: "sin(x2)" in link.experiment.features),
    "collectStats": ("true", lambda link: any("collectStats" in n for n in link.notes)),
    "tutorial": ("spiral", lambda link: any("tutorial" in n for n in link.notes)),
    "problem": ("regression", lambda link: link.experiment.problem == "regression"),
    "initZero": ("true", lambda link: link.experiment.init == "zeros"),
    "hideText": ("true", lambda link: any("hideText" in n for n in link.notes)),
}


def test_the_table_lists_every_key_of_state_ts():
    assert list(tfp_url.PROPS) == STATE_TS_PROPS
    assert set(CHANGED) == set(STATE_TS_PROPS)


@pytest.mark.parametrize("key", [k for k in STATE_TS_PROPS if CHANGED[k][1] is not None])
def test_every_key_maps(key):
    value, says = CHANGED[key]
    base = parse_url("#dataset=circle&seed=1")
    link = parse_url(f"#dataset=circle&seed=1&{key}={value}")
    assert says(link)
    assert (link.experiment, link.show_test, link.discretize, link.notes) != (
        base.experiment,
        base.show_test,
        base.discretize,
        base.notes,
    )


def test_a_link_tfp_wrote():
    link = parse_url(TFP_LINK)
    e = link.experiment
    assert (e.data.name, e.data.noise, e.data.n, e.data.train_ratio) == ("spiral", 0.35, 500, 0.5)
    assert (e.hidden, e.activations, e.features) == ((4, 2), ("tanh", "tanh"), ("x1", "x2"))
    assert (e.loss, e.optimizer, e.init, e.lr, e.batch_size) == ("mse", "sgd", "playground", 0.03, 10)
    assert e.seed == e.data.seed == 54321
    assert any("0.54321" in n for n in link.notes)
    assert not link.show_test and not link.discretize


def test_a_regression_link():
    e = parse_url("#problem=regression&regDataset=reg-gauss&dataset=xor&seed=3").experiment
    assert (e.problem, e.data.name, e.data.n) == ("regression", "multigauss", 1200)
    assert parse_url("#problem=regression&seed=3").experiment.data.name == "plane"  # TFP's default regDataset


def test_keys_left_out_take_tfps_defaults():
    e = parse_url("#seed=0").experiment
    assert (e.data.name, e.hidden, e.activations, e.lr, e.batch_size) == ("circle", (4, 2), ("tanh", "tanh"), 0.03, 10)
    assert (e.features, e.regularization, e.data.train_ratio, e.data.noise) == (("x1", "x2"), "none", 0.5, 0.0)


def test_unknown_and_hidden_keys_are_listed():
    link = parse_url("#dataset=xor&seed=1&colour=blue&zoom=2&batchSize_hide=true&noise_hide=true")
    assert any("colour, zoom" in n for n in link.notes)
    assert any("batchSize, noise" in n for n in link.notes)
    assert not any("collectStats" in n for n in parse_url(TFP_LINK).notes)  # false asks for nothing


def test_an_empty_network_shape_is_no_hidden_layer():
    e = parse_url("#networkShape=&seed=1").experiment
    assert e.hidden == () and e.activations == ()


@pytest.mark.parametrize(
    "url, reason",
    [
        ("", "empty"),
        ("https://playground.tensorflow.org/", "no '#'"),
        ("https://example.com/#a=1&b=2", "none of TensorFlow Playground's settings"),
        ("#activation=tanh&oops", "'oops' is not a name=value pair"),
        ("#activation=swish", "activation 'swish' is not one of TFP's"),
        ("#dataset=moons", "dataset 'moons'"),
        ("#problem=regression&regDataset=spiral", "regDataset 'spiral'"),
        ("#problem=ranking", "problem 'ranking'"),
        ("#learningRate=fast", "learningRate 'fast' is not a number"),
        ("#learningRate=nan", "learningRate 'nan' is not a number"),
        ("#batchSize=2.5", "batchSize '2.5' is not a whole number"),
        ("#networkShape=4,two", "networkShape '4,two'"),
        ("#networkShape=4,0", "do not fit"),
        ("#learningRate=1000", "do not fit"),
        ("#percTrainData=99", "do not fit"),
        ("#x=false&y=false", "every input feature off"),
        ("#seed=1&" + "a" * 9000, "characters long"),
    ],
)
def test_a_malformed_link_is_refused_with_the_reason(url, reason):
    with pytest.raises(TfpUrlError) as caught:
        parse_url(url)
    assert reason in str(caught.value)


def test_noise_beyond_tfps_is_taken_as_tfp_takes_it():
    link = parse_url("#noise=95&seed=1")
    assert link.experiment.data.noise == 0.5 and any("noise 95" in n for n in link.notes)
    assert parse_url("#noise=70&seed=1").experiment.data.noise == 0.7  # up to 80 TFP keeps


def test_a_seed_is_always_the_same_number():
    a, b = parse_url("#seed=hello").experiment.seed, parse_url("#seed=hello").experiment.seed
    assert a == b and parse_url("#seed=hellp").experiment.seed != a
    assert parse_url("#dataset=xor").experiment.seed == 0


FITTING = [
    Experiment(
        data=DataSpec(name="spiral", n=500, noise=0.35, seed=5, classes=2, train_ratio=0.7),
        features=("x1", "x2", "x1^2", "sin(x2)"), hidden=(8, 3), activations=("relu", "relu"), loss="mse",
        lr=0.003, batch_size=30, regularization="l1", reg_rate=0.001, init="playground", seed=5,
    ),
    Experiment(
        data=DataSpec(name="plane", n=1200, noise=0.05, seed=9, classes=2, train_ratio=0.3), problem="regression",
        features=("x1*x2",), hidden=(), activations=(), loss="mse", init="zeros", seed=9, lr=1.0,
    ),
    Experiment(
        data=DataSpec(name="gauss", n=500, noise=0.123456789, seed=0, classes=2, train_ratio=0.1),
        features=("x2", "x2^2"), hidden=(1, 2, 3, 4, 5, 6), activations=("linear",) * 6, loss="mse",
        init="playground", seed=0,
    ),
]  # fmt: skip


@pytest.mark.parametrize("e", FITTING, ids=["spiral", "plane", "gauss"])
def test_round_trip_experiment_url_experiment(e):
    out = to_url(e, show_test=True, discretize=False)
    assert out.url.startswith(tfp_url.TFP_ADDRESS + "#activation=")
    back = parse_url(out.url)
    assert back.experiment == e
    assert (back.show_test, back.discretize) == (True, False)
    assert not any("ignored" in n for n in back.notes)


def test_an_experiment_tfp_trains_otherwise_gets_notes():
    notes = " ".join(to_url(Experiment(data=DataSpec(name="xor", n=200), optimizer="adam", seed=3)).notes)
    assert "squared error" in notes and "Adam" in notes and "200" in notes and "first weights" in notes


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({"data": DataSpec(name="moons")}, "data set 'moons'"),
        ({"data": DataSpec(name="blobs", classes=3)}, "3 classes"),
        ({"features": ("x1", "cos(x1)")}, "cos(x1)"),
        ({"activations": ("tanh", "relu")}, "one activation per layer"),
        ({"activations": ("gelu", "gelu")}, "gelu"),
        ({"hidden": (9, 8), "activations": ("tanh", "tanh")}, "9 neurons"),
        ({"hidden": (2,) * 7, "activations": ("tanh",) * 7}, "7 hidden layers"),
        ({"batch_size": 31}, "batch size of 31"),
        ({"data": DataSpec(noise=0.9)}, "noise 0.9"),
    ],
)
def test_what_does_not_fit_is_said(changes, reason):
    e = dataclasses.replace(Experiment(), **changes)
    with pytest.raises(TfpMisfit) as caught:
        to_url(e)
    assert any(reason in r for r in caught.value.reasons)


def test_every_misfit_is_listed_at_once():
    e = Experiment(data=DataSpec(name="moons"), features=("cos(x2)",), batch_size=64)
    with pytest.raises(TfpMisfit) as caught:
        to_url(e)
    assert len(caught.value.reasons) == 3
