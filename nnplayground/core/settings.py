"""The table of every setting of an experiment: one entry per field, in the spirit of TensorFlow Playground's
`state.ts`.

Each entry says what the setting is called in a caption, what it may hold (type, range or choices, unit), its
default, what a change does (applies at the next training step, regenerates the points, or rebuilds the network),
the tooltip text that explains it and, where it has one, its command-line option. Everything else reads it from
here, when it needs it: `Experiment`'s defaults, `validate()` and `from_dict()`, the options of both command lines
and their --help, the tooltips of `ui.explain.TIPS`. So a range, a default or a choice list is written once, and a
test that changes an entry sees every reader follow.

    settings.get("batch_size").hi, settings.get("lr").help, settings.get("optimizer").choices

No Qt and no argparse here: plain data, usable from a script.
"""

from __future__ import annotations

from typing import Any

from . import datasets
from .activations import ACTIVATIONS as _ACTIVATION_FUNCTIONS
from .optimizers import KINDS as _OPTIMIZER_KINDS
from .points import MAX_POINTS
from .setting import Setting  # (also settings.Setting, for readers of the table)
from .settings_training import ADAM_ENTRIES, DROPOUT_ENTRIES, INIT_ENTRIES, SCHEDULE_ENTRIES, STOP_ENTRIES

# ---- the texts that explain each setting (tooltips) -----------------------------------------------------------------
_ACTIVATION_LABELS = {
    "linear": "Linear",
    "sigmoid": "Sigmoid",
    "tanh": "Tanh",
    "relu": "ReLU",
    "leaky_relu": "Leaky ReLU",
    "elu": "ELU",
    "silu": "SiLU",
    "gelu": "GELU",
    "sin": "Sine",
    "softplus": "Softplus",
}
_ACTIVATION_HELP = {
    "linear": "linear: f(z) = z. No bend at all; layers of it add up to one straight line.",
    "sigmoid": "sigmoid: squashes z into 0..1 with a smooth S. It saturates at both ends: gradients vanish.",
    "tanh": "tanh: squashes z into -1..1, centred on zero. A smooth, classic choice for small networks.",
    "relu": "ReLU: f(z) = max(0, z). Fast to train; a neuron stuck below zero stops learning ('dead').",
    "leaky_relu": "Leaky ReLU: like ReLU but lets a small slope through below zero, so neurons never die.",
    "elu": "ELU: like ReLU above zero, a smooth curve down to -1 below it; keeps mean activations near zero.",
    "silu": "SiLU (swish): z · sigmoid(z). Smooth ReLU-like curve with a small dip below zero.",
    "gelu": "GELU: a smooth ReLU weighted by how likely z is to be positive; used in modern transformers.",
    "sin": "sin: a periodic activation; lets a few neurons draw stripes and rings.",
    "softplus": "softplus: log(1 + e^z), a smooth version of ReLU that never reaches exactly zero.",
}
_OPTIMIZER_LABELS = {"sgd": "SGD", "momentum": "Momentum", "rmsprop": "RMSprop", "adagrad": "Adagrad", "adam": "Adam"}
_OPTIMIZER_HELP = {
    "sgd": "SGD: step straight down the gradient, scaled by the learning rate. Simple and predictable.",
    "momentum": "Momentum: keep a running velocity so steps build up along consistent directions and damp zig-zags.",
    "rmsprop": "RMSprop: divide each step by the recent gradient size; every weight moves at a similar pace.",
    "adagrad": "Adagrad: shrink each weight's step by all its past gradients; steps slow down over time.",
    "adam": "Adam: momentum plus RMSprop-style scaling with bias correction; a robust default choice.",
}
_LOSS_LABELS = {"auto": "Cross-entropy", "mse": "Squared error"}
_LOSS_HELP = {
    "auto": "Sigmoid or softmax outputs with cross-entropy: the usual choice.",
    "mse": "Sigmoid outputs with a squared error, as in TensorFlow Playground.",
}

# ---- the numbers that more than one entry shares --------------------------------------------------------------------
MAX_UNITS = 1e15  # the largest rescaling of imported units (a file of nanometres in kilometres' square)
MAX_SEED = 2**31 - 1  # what a seed box (a 32-bit spin box) holds; seeds wrap around past it
DEFAULT_DATASET = "spiral"


def _classes_note() -> str:
    """ "3 for blobs, checkerboard, spirals, rings; else 2", from the generators themselves."""
    chosen = [n for n in datasets.names() if datasets.has_classes(n)]
    fixed = next(n for n in datasets.names() if not datasets.has_classes(n))
    return f"{datasets.default_classes(chosen[0])} for {', '.join(chosen)}; else {datasets.default_classes(fixed)}"


def _problem_for(name: str) -> str:
    return "regression" if datasets.is_regression(name) else "classification"


def _table(*entries: Setting) -> dict[str, Setting]:
    return {s.field: s for s in entries}


# One entry per field of DataSpec ("data.*") and Experiment, in the order --help lists them.
TABLE: dict[str, Setting] = _table(
    Setting(
        "data.name", "Data set", str, DEFAULT_DATASET, "data",
        "Data set: the generator that draws the starting points, or a rule typed under the presets (y > sin(x)); "
        "the same name, noise and seed always give the same points.",
        # Any name is accepted from a file: the points are saved with it, so a session made by a version with
        # more generators still opens; the command line and the window offer these.
        choices=tuple(datasets.names()), any_name=True, choice_labels={n: datasets.title(n) for n in datasets.names()},
        option="--dataset", option_help="the generated data set, or a rule such as 'y > sin(x)' or "
        "'f = sin(x) * cos(y)'", metavar="NAME",
    ),
    Setting(
        "data.n", "Points", int, datasets.default_n(DEFAULT_DATASET), "data",
        "Points: how many points to generate. More points make a pattern clearer and each epoch longer.",
        lo=0, hi=MAX_POINTS, step=50, unit="points", default_for=datasets.default_n,
        default_text=f"{datasets.DEFAULT_CLASSIFICATION_N}, or {datasets.DEFAULT_REGRESSION_N} for regression sets",
        option="--points", option_help="number of points", metavar="N",
    ),
    Setting(
        "data.noise", "Noise", float, 0.0, "data",
        "Noise: how much the generated points are jittered. Noisy data is harder to separate and tempts a "
        "big network to memorise individual points (over-fitting).",
        lo=0.0, hi=1.0, tip="noise", option="--noise", option_help="noise of the generated points",
    ),
    Setting(
        "data.seed", "Data seed", int, 0, "data",
        "Random seed: the same seed gives the same points.",
        lo=0, hi=MAX_SEED, step=1,  # set by --seed, with the weights' seed
    ),
    Setting(
        "data.classes", "Classes", int, datasets.default_classes(DEFAULT_DATASET), "data",
        "Number of classes (for the generators that have them).",
        lo=datasets.MIN_CLASSES, hi=datasets.MAX_CLASSES, step=1, default_for=datasets.default_classes,
        default_text=_classes_note(), option="--classes", option_help="classes, for the sets that have them",
        metavar="K",
    ),
    Setting(
        "data.train_ratio", "Training ratio", float, 0.5, "step",
        "Ratio of training to test data: the network only learns from the training points; the test points "
        "are held back to check whether what it learned carries over to data it has never seen.",
        lo=0.1, hi=0.9, tip="train_ratio", option="--train-ratio", option_help="share of the points used for training",
        metavar="R",
    ),
    Setting(
        "data.class_names", "Class names", str, (), "data",
        "Class names: what each class is called, from the labels of an imported file (\"setosa\", ...); shown in "
        "the legend. Empty for generated and drawn points, whose classes are numbered.",
        items=(0, datasets.MAX_CLASSES), item="class name",
    ),
    *(
        Setting(
            f"data.{axis}_{part}", f"{axis} {part}", float, 1.0 if part == "scale" else 0.0, "data",
            f"How imported points were rescaled into the square: {axis}' = {axis} * {axis}_scale + {axis}_offset, "
            "kept so that exported models take the file's own units (1 and 0: not rescaled).",
            lo=0.0 if part == "scale" else -MAX_UNITS, hi=MAX_UNITS, lo_open=part == "scale",
        )
        for axis in ("x", "y", "value") for part in ("scale", "offset")
    ),
    Setting(
        "problem", "Problem type", str, _problem_for(DEFAULT_DATASET), "network",
        "Problem type: classification picks a class for each point; regression predicts a number.",
        choices=("classification", "regression"), default_for=_problem_for,  # set by the data set
        choice_labels={"classification": "Classification", "regression": "Regression"},
        choice_help={
            "classification": "Each point has a class (a colour); the network picks one for every place.",
            "regression": "Each point has a number, shown from orange (-1) to blue (+1); the network predicts it.",
        },
    ),
    Setting(
        "features", "Input features", str, ("x1", "x2"), "network",
        "Input features: the numbers fed into the first layer. x1 and x2 are the point's coordinates; the "
        "others (squares, products, sines) are hand-made transformations that can make a pattern easy to "
        "separate even with no hidden layer. Click a feature to switch it on or off.",
        choices=("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)", "cos(x1)", "cos(x2)"),
        items=(1, None), item="input feature", tip="features",
        option="--features", option_help="input features, e.g. x1,x2,x1^2", metavar="F,F",
    ),
    Setting(
        "hidden", "Hidden layers", int, (8, 8), "network",
        "Hidden layers: each layer builds new features out of the previous layer's. More layers can express "
        "more intricate shapes but take longer to train.",
        lo=1, hi=64, items=(0, 8), item="hidden layer", unit="neurons", tip="hidden_layers",
        option="--hidden", option_help="hidden layer widths, e.g. 8,8; 0 for none", metavar="W,W",
    ),
    Setting(
        "activations", "Activation", str, ("tanh", "tanh"), "network",
        "Activation function: each neuron computes h = f(w·x + b). Without a non-linear f, any stack "
        "of layers collapses into one straight line, so the network could only draw straight boundaries. "
        "A curved f lets layers bend and fold the plane.",
        choices=tuple(_ACTIVATION_FUNCTIONS), choice_labels=_ACTIVATION_LABELS, choice_help=_ACTIVATION_HELP,
        items=(0, None), item="activation", one_for_all=True, tip="activation",  # one per hidden layer
        option="--activation", option_help="hidden activation, one for all layers or one per layer", metavar="NAME",
    ),
    Setting(
        "loss", "Loss", str, "auto", "network",
        "Loss: what training minimises. Cross-entropy for classes (a squared error for regression), or a squared "
        "error on sigmoid outputs, TensorFlow Playground's set-up.",
        # "auto": two classes -> sigmoid + bce, k classes -> softmax + cross_entropy, regression -> linear + mse.
        # "mse": the article's set-up, a squared error on sigmoid outputs (one-hot targets for k classes).
        choices=("auto", "mse"), choice_labels=_LOSS_LABELS, choice_help=_LOSS_HELP,
        option="--loss", option_help="loss (mse: a squared error on sigmoid outputs, as TensorFlow Playground)",
    ),
    Setting(
        "optimizer", "Optimizer", str, "sgd", "step",
        "Optimizer: the rule that turns the gradient into a weight update. Plain SGD steps straight "
        "downhill; momentum, RMSprop, Adagrad and Adam remember past gradients to move faster and "
        "more steadily.",
        choices=_OPTIMIZER_KINDS, choice_labels=_OPTIMIZER_LABELS, choice_help=_OPTIMIZER_HELP, tip="optimizer",
        option="--optimizer", option_help="optimizer",
    ),
    Setting(
        "lr", "Learning rate", float, 0.03, "step",
        "Learning rate: how big a step gradient descent takes downhill on the loss after each mini-batch. "
        "Too small and learning crawls; too large and the steps overshoot, the loss jumps around or explodes.",
        lo=0.0, hi=100.0, lo_open=True, tip="learning_rate", option="--lr", option_help="learning rate",
        presets=(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0),  # TensorFlow Playground's
    ),
    *SCHEDULE_ENTRIES,
    Setting(
        "momentum", "Momentum", float, 0.9, "step",
        "Momentum: the share of the last step that the momentum optimizer carries into the next.",
        lo=0.0, hi=1.0, hi_open=True, option="--momentum", option_help="momentum of the momentum optimizer",
    ),
    Setting(
        "nesterov", "Nesterov", bool, False, "step",
        "Nesterov momentum: the momentum optimizer takes its gradient where the velocity is about to carry it.",
        option="--nesterov", option_help="Nesterov's look-ahead for the momentum optimizer",
    ),
    *ADAM_ENTRIES,
    Setting(
        "batch_size", "Batch size", int, 10, "step",
        "Batch size: how many training points are averaged to estimate the gradient before each step. "
        "Small batches give many noisy steps; large batches give fewer, smoother ones.",
        lo=1, hi=MAX_POINTS, step=1, unit="points", tip="batch_size",
        option="--batch-size", option_help="mini-batch size", metavar="B",
    ),
    Setting(
        "regularization", "Regularization", str, "none", "step",
        "Regularization: a penalty on large weights added to the loss. L2 shrinks all weights a little "
        "(smoother boundaries); L1 pushes unhelpful weights to exactly zero (a sparser network). "
        "Both fight over-fitting.",
        choices=("none", "l1", "l2"), choice_labels={"none": "None", "l1": "L1", "l2": "L2"}, tip="regularization",
        option="--regularization", option_help="penalty on large weights",
    ),
    Setting(
        "reg_rate", "Regularization rate", float, 0.0, "step",
        "Regularization rate: how strongly large weights are penalised. Too little and the network may "
        "memorise noise; too much and it cannot fit the data at all.",
        lo=0.0, hi=1000.0, tip="reg_rate", option="--reg-rate", option_help="regularization rate",
        presets=(0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0),  # TensorFlow Playground's
    ),
    *DROPOUT_ENTRIES,
    *INIT_ENTRIES,
    Setting(
        "seed", "Seed", int, 0, "network",
        "Seed: the same seed always gives the same first weights (and shuffles the points alike).",
        lo=0, hi=MAX_SEED, step=1, option="--seed", option_help="seed of the data and of the first weights",
    ),
    *STOP_ENTRIES,
)  # fmt: skip


# ---- reading the table (always at call time: a test may have changed it) --------------------------------------------
def get(field_path: str) -> Setting:
    """The entry of one field: get("lr"), get("data.noise")."""
    try:
        return TABLE[field_path]
    except KeyError:
        raise KeyError(f"no setting {field_path!r}; the settings are {', '.join(TABLE)}") from None


def entries() -> tuple[Setting, ...]:
    return tuple(TABLE.values())


def with_option() -> tuple[Setting, ...]:
    """The settings that have a command-line option, in --help's order."""
    return tuple(s for s in TABLE.values() if s.option)


def fields_of(group: str = "") -> tuple[str, ...]:
    """The field names of Experiment (group ""), or of one nested part ("data"), in the table's order."""
    names: list[str] = []
    for s in TABLE.values():
        head, _, rest = s.field.partition(".")
        name = head if not group else (rest if head == group else "")
        if name and name not in names:
            names.append(name)
    return tuple(names)


def read(obj: Any, field_path: str) -> Any:
    """The value of `field_path` in an Experiment: read(e, "data.noise") is e.data.noise."""
    for part in field_path.split("."):
        obj = getattr(obj, part)
    return obj


def live_fields() -> tuple[str, ...]:
    """The fields of Experiment whose change leaves the network as it is: every entry under them applies at the
    next step or brings new points (which rebuild only when the output layer must change)."""
    return tuple(f for f in fields_of() if not any(s.rebuilds for s in TABLE.values() if _under(s, f)))


def _under(s: Setting, top: str) -> bool:
    return s.field == top or s.field.startswith(f"{top}.")


def check_table() -> None:
    """Raise ValueError if an entry contradicts itself: a default it would refuse, a choice without its text."""
    for s in TABLE.values():
        s.check(s.default)
        for extra in (s.choice_help, s.choice_labels):
            if extra and set(extra) != set(s.choices):
                raise ValueError(f"setting {s.field}: texts for {sorted(extra)}, choices {list(s.choices)}")
        if s.default_for is not None and s.default_for(get("data.name").default) != s.default:
            raise ValueError(f"setting {s.field}: its default is not the default data set's")


check_table()  # a new choice without its text fails here, at import, not in a tooltip
