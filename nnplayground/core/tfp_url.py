"""TensorFlow Playground links: read the settings a TFP URL holds in its hash, and write an experiment as one.

TFP keeps its whole state in the URL's hash, `#activation=tanh&batchSize=10&dataset=circle&...`, one
`name=value` pair per entry of the `State.PROPS` table in its `src/state.ts` (transcribed below as `PROPS`,
with TFP's defaults for the keys a link leaves out, as `new State()` has them). Each key maps to a field of
the experiment or to a view option (show test data, discretize); the keys the app has no equivalent for are
listed in `TfpLink.notes`, as are the places where the app does what TFP does by other means (its points are
drawn by the app's generators from TFP's formulas, with another random generator). A link that is not TFP's,
or whose values TFP could not mean, raises `TfpUrlError` with the reason, and nothing is built.

What TFP itself is (its key names, defaults and limits) is written here once; what the app accepts (the
experiment's ranges and choices) is read from the settings table, through `Experiment`'s own validation.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from urllib.parse import unquote

from . import datasets, settings
from . import tfp_texts as say
from .experiment import DataSpec, Experiment
from .texts import Text, joined, message

TFP_ADDRESS = "https://playground.tensorflow.org/"
MAX_URL = 8192  # characters: a TFP link is a few hundred; anything longer is not one
HIDE_SUFFIX = "_hide"  # TFP's HIDE_STATE_SUFFIX: "batchSize_hide=true" hides a control in TFP's page

# ---- TFP's state.ts (github.com/tensorflow/playground, src/state.ts, commit 02469bd) ---------------------------
# State.PROPS, in its order: every key TFP writes into the hash.
PROPS = (
    "activation", "regularization", "batchSize", "dataset", "regDataset", "learningRate", "regularizationRate",
    "noise", "networkShape", "seed", "showTestData", "discretize", "percTrainData", "x", "y", "xTimesY",
    "xSquared", "ySquared", "cosX", "sinX", "cosY", "sinY", "collectStats", "tutorial", "problem", "initZero",
    "hideText",
)  # fmt: skip
# The defaults of `new State()`: what a key a link leaves out means.
DEFAULTS: dict[str, str] = {
    "activation": "tanh", "regularization": "none", "batchSize": "10", "dataset": "circle",
    "regDataset": "reg-plane", "learningRate": "0.03", "regularizationRate": "0", "noise": "0",
    "networkShape": "4,2", "showTestData": "false", "discretize": "false", "percTrainData": "50", "x": "true",
    "y": "true", "xTimesY": "false", "xSquared": "false", "ySquared": "false", "cosX": "false", "sinX": "false",
    "cosY": "false", "sinY": "false", "problem": "classification", "initZero": "false",
}  # fmt: skip
ACTIVATIONS = ("relu", "tanh", "sigmoid", "linear")  # state.ts `activations`
REGULARIZATIONS = {"none": "none", "L1": "l1", "L2": "l2"}  # state.ts `regularizations`, to the app's names
DATASETS = {"circle": "circle", "xor": "xor", "gauss": "gauss", "spiral": "spiral"}  # `datasets`, to the app's
REG_DATASETS = {"reg-plane": "plane", "reg-gauss": "multigauss"}  # `regDatasets`, to the app's generators
PROBLEMS = ("classification", "regression")
# TFP's feature flags, in the app's feature order. cosX and cosY are in PROPS but not in playground.ts's INPUTS:
# TFP's network never gets them (the app's does).
FEATURE_KEYS = {
    "x": "x1", "y": "x2", "xSquared": "x1^2", "ySquared": "x2^2", "xTimesY": "x1*x2", "sinX": "sin(x1)",
    "sinY": "sin(x2)", "cosX": "cos(x1)", "cosY": "cos(x2)",
}  # fmt: skip
TFP_INPUTS = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
# playground.ts: the noise slider goes to 50; a link may ask up to 80, and anything above is taken as 50.
NOISE_SLIDER, NOISE_MOST = 50.0, 80.0
MAX_LAYERS, MAX_NEURONS, MAX_BATCH = 6, 8, 30  # TFP's page: "+" stops at 6 layers, 8 neurons; batch slider 1-30
# Keys with nothing to set in the app, and what they were for in TFP.
NO_EQUIVALENT = {
    "collectStats": say.STATISTICS,
    "tutorial": say.TUTORIAL,
    "hideText": say.HIDE_TEXT,
}


class TfpUrlError(ValueError):
    """A link that cannot be read as TensorFlow Playground's, with the reason."""


class TfpMisfit(ValueError):
    """An experiment TensorFlow Playground cannot show; `reasons` says each thing that does not fit."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = tuple(reasons)
        super().__init__("it does not fit TensorFlow Playground: " + "; ".join(reasons))


@dataclass(frozen=True)
class TfpLink:
    """What a TFP link says: the experiment, the two view options, and notes on what the app does not take."""

    experiment: Experiment
    show_test: bool
    discretize: bool
    notes: tuple[str, ...] = ()


# ---- reading ------------------------------------------------------------------------------------------------------
def hash_pairs(url: str) -> dict[str, str]:
    """The `name=value` pairs of a link's hash (the whole text when it has no '#'), decoded; TfpUrlError if the
    text is not such a list. A name given twice keeps its last value, as TFP's reader does."""
    if not isinstance(url, str):
        raise TfpUrlError(say.NOT_TEXT)
    url = url.strip()
    if len(url) > MAX_URL:
        raise TfpUrlError(Text(say.TOO_LONG, {"n": len(url)}))
    if not url:
        raise TfpUrlError(say.EMPTY)
    _, sharp, fragment = url.partition("#")
    if not sharp:
        if "://" in url or "=" not in url:
            raise TfpUrlError(say.NO_HASH)
        fragment = url
    pairs: dict[str, str] = {}
    for part in fragment.split("&"):
        if not part:
            continue
        name, eq, value = part.partition("=")
        if not eq or not name:
            raise TfpUrlError(Text(say.NOT_PAIR, {"part": _short(part)}))
        pairs[unquote(name)] = unquote(value).strip()
    if not pairs:
        raise TfpUrlError(say.NO_SETTINGS)
    if not set(pairs) & set(PROPS):  # (any address is taken: TFP runs from copies and forks too)
        raise TfpUrlError(say.NONE_OF_TFP)
    return pairs


def parse_url(url: str) -> TfpLink:
    """The experiment a TensorFlow Playground link describes (keys it leaves out take TFP's defaults); raises
    TfpUrlError, naming the key, for a value TFP could not mean."""
    given = hash_pairs(url)
    notes: list[str] = []
    unknown = sorted(k for k in given if k not in PROPS and not k.endswith(HIDE_SUFFIX))
    if unknown:
        notes.append(Text(say.UNKNOWN_KEYS, {"keys": ", ".join(unknown)}))
    hidden = sorted(k.removesuffix(HIDE_SUFFIX) for k in given if k.endswith(HIDE_SUFFIX))
    if hidden:
        notes.append(Text(say.HIDDEN_CONTROLS, {"keys": ", ".join(hidden)}))
    asked = [
        Text(say.ASKED, {"key": key, "what": what})
        for key, what in NO_EQUIVALENT.items()
        if given.get(key, "") not in ("", "false")
    ]
    if asked:
        notes.append(Text(say.NO_EQUIVALENT, {"keys": joined(asked)}))
    v = {**DEFAULTS, **{k: val for k, val in given.items() if val != ""}}  # TFP's hasKey: an empty value is absent

    problem = _choice(v, "problem", PROBLEMS)
    regression = problem == "regression"
    key, table = ("regDataset", REG_DATASETS) if regression else ("dataset", DATASETS)
    name = table[_choice(v, key, tuple(table))]
    noise = _number(v, "noise")
    if noise > NOISE_MOST or noise < 0:
        taken = NOISE_SLIDER if noise > NOISE_MOST else 0.0
        notes.append(Text(say.NOISE_TAKEN, {"noise": _show(noise), "taken": _show(taken)}))
        noise = taken
    seed, seed_note = _seed(given.get("seed", ""))
    if seed_note:
        notes.append(seed_note)
    features = tuple(f for k, f in FEATURE_KEYS.items() if _flag(v, k))
    if not features:
        raise TfpUrlError(say.NO_FEATURE)
    activation = _choice(v, "activation", ACTIVATIONS)
    hidden = _shape(given.get("networkShape", v["networkShape"]))  # TFP: present, even empty, is read
    spec = DataSpec(
        name=name,
        n=datasets.default_n(name),
        noise=noise / 100.0,
        seed=seed,
        classes=datasets.default_classes(name),
        train_ratio=_percent(v, "percTrainData"),
    )
    fields: dict[str, object] = {
        "problem": problem,
        "features": features,
        "hidden": hidden,
        "activations": (activation,) * len(hidden),
        "loss": "mse",  # TFP's network: a squared error on its outputs
        "optimizer": "sgd",  # TFP has no other
        "batch_size": _whole(v, "batchSize"),
        "lr": _number(v, "learningRate"),
        "regularization": REGULARIZATIONS[_choice(v, "regularization", tuple(REGULARIZATIONS))],
        "reg_rate": _number(v, "regularizationRate"),
        "init": "zeros" if _flag(v, "initZero") else "playground",
        "seed": seed,
    }
    try:
        experiment = Experiment(data=spec, **fields)  # type: ignore[arg-type]
    except (TypeError, ValueError) as e:  # a value TFP takes but the app does not (a learning rate of 1000)
        raise TfpUrlError(Text(say.DO_NOT_FIT, {"problem": message(e)})) from None
    return TfpLink(experiment, _flag(v, "showTestData"), _flag(v, "discretize"), tuple(notes))


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def _choice(v: dict[str, str], key: str, choices: tuple[str, ...]) -> str:
    if v[key] not in choices:
        raise TfpUrlError(Text(say.NOT_CHOICE, {"key": key, "value": _short(v[key]), "choices": ", ".join(choices)}))
    return v[key]


_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _number(v: dict[str, str], key: str) -> float:
    if not _NUMBER.fullmatch(v[key]):
        raise TfpUrlError(Text(say.NOT_NUMBER, {"key": key, "value": _short(v[key])}))
    return float(v[key])


def _whole(v: dict[str, str], key: str) -> int:
    x = _number(v, key)
    if x != int(x):
        raise TfpUrlError(Text(say.NOT_WHOLE, {"key": key, "value": v[key]}))
    return int(x)


def _percent(v: dict[str, str], key: str) -> float:
    return _number(v, key) / 100.0


def _flag(v: dict[str, str], key: str) -> bool:
    return v[key] != "false"  # TFP's reader: anything but "false" is true


def _shape(text: str) -> tuple[int, ...]:
    if not text.strip():
        return ()
    widths = []
    for part in text.split(","):
        if not re.fullmatch(r"[0-9]+", part.strip()):
            raise TfpUrlError(Text(say.NOT_SHAPE, {"value": _short(text)}))
        widths.append(int(part))
    return tuple(widths)


def _seed(text: str) -> tuple[int, str]:
    """TFP's seed is a string (its own links carry "0.58283", Math.random().toFixed(5)); the app's is a whole
    number. Digits stay that number, "0.58283" becomes 58283, anything else a checksum of the text. A link
    without one gets TFP's fresh random seed in TFP; here it is seed 0, so that it opens the same way each time."""
    hi = settings.get("seed").hi
    if not text:
        return 0, say.NO_SEED
    if re.fullmatch(r"[0-9]+", text) and int(text) <= hi:
        return int(text), ""
    digits = text.removeprefix("0.")
    if re.fullmatch(r"[0-9]{1,9}", digits):
        seed = int(digits)
    else:
        seed = zlib.crc32(text.encode("utf-8")) % (int(hi) + 1)
    return seed, Text(say.SEED, {"text": _short(text), "seed": seed})


def _show(x: float) -> str:
    return f"{x:g}"


# ---- writing ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TfpExport:
    """A link to TFP and what of the experiment TFP will do otherwise (it shows it, but does not train it alike)."""

    url: str
    notes: tuple[str, ...] = ()


def misfits(e: Experiment) -> list[str]:
    """What of `e` TensorFlow Playground cannot show at all (empty when it fits)."""
    found = []
    names = {**{a: t for t, a in DATASETS.items()}, **{a: t for t, a in REG_DATASETS.items()}}
    if e.data.name not in names:
        found.append(Text(say.NOT_TFP_SET, {"name": e.data.name, "names": ", ".join(names)}))
    elif datasets.is_regression(e.data.name) != (e.problem == "regression"):
        only = say.ONLY_REGRESSION if e.problem != "regression" else say.ONLY_CLASSES
        found.append(Text(only, {"name": e.data.name}))
    if e.problem == "classification" and datasets.has_classes(e.data.name) and e.data.classes != 2:
        found.append(Text(say.CLASSES, {"n": e.data.classes}))
    d = e.data
    if d.class_names or (d.x_scale, d.x_offset, d.y_scale, d.y_offset, d.value_scale, d.value_offset) != (
        1.0,
        0.0,
        1.0,
        0.0,
        1.0,
        0.0,
    ):
        found.append(say.IMPORTED)
    extra = [f for f in e.features if f not in TFP_INPUTS]
    if extra:
        found.append(Text(say.FEATURES, {"extra": ", ".join(extra), "inputs": ", ".join(TFP_INPUTS)}))
    if len(set(e.activations)) > 1:
        found.append(say.PER_LAYER)
    odd = sorted({a for a in e.activations if a not in ACTIVATIONS})
    if odd:
        found.append(Text(say.ACTIVATION, {"odd": ", ".join(odd), "activations": ", ".join(ACTIVATIONS)}))
    if len(e.hidden) > MAX_LAYERS:
        found.append(Text(say.LAYERS, {"n": len(e.hidden), "most": MAX_LAYERS}))
    if any(h > MAX_NEURONS for h in e.hidden):
        found.append(Text(say.NEURONS, {"n": max(e.hidden), "most": MAX_NEURONS}))
    if e.batch_size > MAX_BATCH:
        found.append(Text(say.BATCH, {"n": e.batch_size, "most": MAX_BATCH}))
    if e.data.noise * 100 > NOISE_MOST:
        found.append(Text(say.NOISE, {"noise": _show(e.data.noise), "most": _show(NOISE_MOST / 100)}))
    return found


def differences(e: Experiment) -> list[str]:
    """What TFP will do otherwise with a link to `e`: it shows the set-up but trains or draws it its own way."""
    notes = []
    if e.problem == "classification" and e.loss != "mse":
        notes.append(say.SQUARED_ERROR)
    if e.optimizer != "sgd":
        notes.append(Text(say.PLAIN_SGD, {"optimizer": settings.get("optimizer").choice_labels[e.optimizer]}))
    if e.init not in ("playground", "zeros"):
        notes.append(say.OWN_WEIGHTS)
    if e.data.n != datasets.default_n(e.data.name):
        notes.append(Text(say.ALWAYS_POINTS, {"tfp": datasets.default_n(e.data.name), "n": e.data.n}))
    if e.data.seed != e.seed:
        notes.append(Text(say.ONE_SEED, {"seed": e.seed}))
    notes.append(say.GENERATOR)
    return notes


def to_url(e: Experiment, show_test: bool = False, discretize: bool = False, address: str = TFP_ADDRESS) -> TfpExport:
    """A link that opens `e` in TensorFlow Playground, in the order TFP writes its keys; TfpMisfit (listing every
    reason) when TFP cannot show it."""
    found = misfits(e)
    if found:
        raise TfpMisfit(found)
    regression = e.problem == "regression"
    data = {"dataset": None, "regDataset": None}
    if regression:
        data["regDataset"] = next(t for t, a in REG_DATASETS.items() if a == e.data.name)
    else:
        data["dataset"] = next(t for t, a in DATASETS.items() if a == e.data.name)
    reg = next(t for t, a in REGULARIZATIONS.items() if a == e.regularization)
    values: dict[str, str | None] = {
        "activation": e.activations[0] if e.activations else "tanh",
        "regularization": reg,
        "batchSize": str(e.batch_size),
        **data,
        "learningRate": _number_text(e.lr),
        "regularizationRate": _number_text(e.reg_rate),
        "noise": _scaled_text(e.data.noise),
        "networkShape": ",".join(str(h) for h in e.hidden),
        "seed": str(e.seed),
        "showTestData": _bool(show_test),
        "discretize": _bool(discretize),
        "percTrainData": _scaled_text(e.data.train_ratio),
        **{k: _bool(f in e.features) for k, f in FEATURE_KEYS.items()},
        "collectStats": "false",
        "problem": e.problem,
        "initZero": _bool(e.init == "zeros"),
        "hideText": "false",
    }
    pairs = [f"{k}={values[k]}" for k in PROPS if values.get(k) is not None]
    return TfpExport(f"{address}#{'&'.join(pairs)}", tuple(differences(e)))


def _bool(b: bool) -> str:
    return "true" if b else "false"


def _number_text(x: float) -> str:
    """The shortest text that reads back as `x` (TFP reads it with JavaScript's +, the same double)."""
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def _scaled_text(x: float) -> str:
    """A share as TFP's percent (0.35 -> "35"): the shortest text whose hundredth reads back as `x` exactly."""
    for digits in range(16):
        text = _number_text(round(x * 100, digits))
        if float(text) / 100.0 == x:
            return text
    return _number_text(x * 100)
