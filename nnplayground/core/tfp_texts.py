"""What reading and writing a TensorFlow Playground link says to a person (why a link cannot be read, what TFP
does otherwise), marked for translation (see `texts`); kept apart so that `tfp_url` stays about links."""

from __future__ import annotations

from .texts import QT_TRANSLATE_NOOP

# reading a link
NOT_TEXT = QT_TRANSLATE_NOOP("core.tfp_texts", "a link must be text")
TOO_LONG = QT_TRANSLATE_NOOP(
    "core.tfp_texts", "the link is {n:,} characters long; a TensorFlow Playground link is far shorter"
)
EMPTY = QT_TRANSLATE_NOOP("core.tfp_texts", "the link is empty")
NO_HASH = QT_TRANSLATE_NOOP("core.tfp_texts", "the link has no '#' followed by settings (TFP keeps them after the '#')")
NOT_PAIR = QT_TRANSLATE_NOOP("core.tfp_texts", "{part!r} is not a name=value pair")
NO_SETTINGS = QT_TRANSLATE_NOOP("core.tfp_texts", "the link has no settings after its '#'")
NONE_OF_TFP = QT_TRANSLATE_NOOP(
    "core.tfp_texts", "the link holds none of TensorFlow Playground's settings (activation, dataset, ...)"
)
UNKNOWN_KEYS = QT_TRANSLATE_NOOP("core.tfp_texts", "keys TensorFlow Playground does not have, ignored: {keys}")
HIDDEN_CONTROLS = QT_TRANSLATE_NOOP(
    "core.tfp_texts", "TFP's hidden controls have no equivalent (every control is shown): {keys}"
)
ASKED = QT_TRANSLATE_NOOP("core.tfp_texts", "{key} ({what})")
NO_EQUIVALENT = QT_TRANSLATE_NOOP("core.tfp_texts", "no equivalent here, ignored: {keys}")
STATISTICS = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP's statistics collection")
TUTORIAL = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP's tutorial text")
HIDE_TEXT = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP's hiding of its article text")
NOISE_TAKEN = QT_TRANSLATE_NOOP("core.tfp_texts", "noise {noise} is taken as {taken}, as TFP takes it")
NO_FEATURE = QT_TRANSLATE_NOOP(
    "core.tfp_texts", "the link switches every input feature off; a network needs at least one"
)
DO_NOT_FIT = QT_TRANSLATE_NOOP("core.tfp_texts", "the link's settings do not fit: {problem}")
NOT_CHOICE = QT_TRANSLATE_NOOP("core.tfp_texts", "{key} {value!r} is not one of TFP's: {choices}")
NOT_NUMBER = QT_TRANSLATE_NOOP("core.tfp_texts", "{key} {value!r} is not a number")
NOT_WHOLE = QT_TRANSLATE_NOOP("core.tfp_texts", "{key} {value!r} is not a whole number")
NOT_SHAPE = QT_TRANSLATE_NOOP("core.tfp_texts", "networkShape {value!r} is not a list of layer widths such as 4,2")
NO_SEED = QT_TRANSLATE_NOOP("core.tfp_texts", "the link has no seed: seed 0 is used")
SEED = QT_TRANSLATE_NOOP(
    "core.tfp_texts", "TFP's seed {text!r} is seed {seed} here (the points are drawn by the app's generator)"
)

# writing a link: what TFP cannot show
NOT_TFP_SET = QT_TRANSLATE_NOOP("core.tfp_texts", "the data set {name!r} is not one of TFP's ({names})")
ONLY_REGRESSION = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP has {name!r} only for regression")
ONLY_CLASSES = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP has {name!r} only for classes")
CLASSES = QT_TRANSLATE_NOOP("core.tfp_texts", "{n} classes (TFP has two)")
IMPORTED = QT_TRANSLATE_NOOP("core.tfp_texts", "points imported from a file (TFP draws its own data sets)")
FEATURES = QT_TRANSLATE_NOOP("core.tfp_texts", "the input features {extra} (TFP has {inputs})")
PER_LAYER = QT_TRANSLATE_NOOP("core.tfp_texts", "one activation per layer (TFP has one for all layers)")
ACTIVATION = QT_TRANSLATE_NOOP("core.tfp_texts", "the activation {odd} (TFP has {activations})")
LAYERS = QT_TRANSLATE_NOOP("core.tfp_texts", "{n} hidden layers (TFP has at most {most})")
NEURONS = QT_TRANSLATE_NOOP("core.tfp_texts", "layers of {n} neurons (TFP has at most {most})")
BATCH = QT_TRANSLATE_NOOP("core.tfp_texts", "a batch size of {n} (TFP has 1 to {most})")
NOISE = QT_TRANSLATE_NOOP("core.tfp_texts", "noise {noise} (TFP has at most {most})")

# writing a link: what TFP does otherwise
SQUARED_ERROR = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP trains with a squared error, not cross-entropy")
PLAIN_SGD = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP trains with plain SGD, not {optimizer}")
OWN_WEIGHTS = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP draws its first weights its own way (uniform in -0.5..0.5)")
ALWAYS_POINTS = QT_TRANSLATE_NOOP("core.tfp_texts", "TFP always draws {tfp} points, not {n}")
ONE_SEED = QT_TRANSLATE_NOOP(
    "core.tfp_texts", "TFP has one seed: the link carries {seed}, the weights' seed, not the data's"
)
GENERATOR = QT_TRANSLATE_NOOP(
    "core.tfp_texts", "TFP's random generator differs, so its points and first weights are not these"
)
