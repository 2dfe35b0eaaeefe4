"""Plain-words "why" texts for tooltips across the window.

The playground exists to teach a handful of ideas (what a neuron computes, why activations
must be non-linear, what the learning rate does, what over-fitting looks like and what cures it). Every
control explains itself with one of these texts so the lesson is where the hand is. Keep them short,
concrete and free of jargon that is not explained on the spot.

The texts of the settings (learning rate, batch size, noise, each activation and optimizer, ...) live in the
settings table (`core/settings.py`), next to their ranges; `TIPS` reads them from there on every look-up, under
the keys the widgets have always used ("learning_rate", "activation:relu"). The rest are here.

Every look-up gives the text in the window's language: the settings' under the catalogue's context "Settings",
the rest (marked below, made before the language is installed) under this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnplayground.core import settings
from nnplayground.ui.common.i18n import translate

_CONTEXT = "ui.common.explain"

_TEXTS: dict[str, str] = {  # the tips that are no setting's
    "neurons": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Neurons: each neuron computes h = f(w1·x1 + w2·x2 + ... + b) and its picture shows h over the "
        "plane. More neurons give the layer more capacity, and more room to over-fit.",
    ),
    "explain_step": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Explain one step: pause and take the next training step apart on the diagram, stage by stage (← →): "
        "forward propagation layer by layer (z = W·x + b, h = f(z)), the loss, the error sent back (δ) and the "
        "update of every weight. Alt+click a point on the canvas to explain the step on that point alone; "
        "Return applies the step.",
    ),
    "play": QT_TRANSLATE_NOOP(
        "ui.common.explain", "Play / pause: run gradient descent continuously, one epoch after another."
    ),
    "step": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Step: one epoch, i.e. one pass over all training points in mini-batches. Watch how each step moves "
        "the weights and the boundary.",
    ),
    "reset": QT_TRANSLATE_NOOP(
        "ui.common.explain", "Reset: draw fresh random weights (same seed) and go back to epoch 0."
    ),
    "loss": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Loss: a single number measuring how wrong the network is on the points. Training means nudging "
        "every weight against its gradient so this number goes down.",
    ),
    "overfitting": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Over-fitting: when the training loss keeps falling while the test loss starts rising, the network "
        "is memorising the training points instead of learning the pattern. Fewer neurons, "
        "L2 regularization or more data reduce it.",
    ),
    "epoch": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Epoch: one full pass over the training data. The counter shows how many passes have been made.",
    ),
    "timeline": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Timeline: drag back to an earlier epoch to see the network as it was then; training resumes from there.",
    ),
    "discretize": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Discretize output: colour each region by the class the network would pick, instead of shading by "
        "how confident it is.",
    ),
    "show_test": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Show test data: draw the held-back test points too, to see where the network generalises and where "
        "it does not.",
    ),
    "weight": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Weight: how strongly one neuron's output pushes the next one. Blue is positive, orange negative, "
        "and a thicker line is a larger weight. Click to type a new value.",
    ),
    "bias": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Bias: the b in f(w·x + b), a constant that shifts where the neuron switches on. Click to type a new value.",
    ),
    "output": QT_TRANSLATE_NOOP(
        "ui.common.explain",
        "Output: the network's answer. One neuron per class (softmax) picks a class, a single sigmoid neuron "
        "gives the probability of the blue class, a linear one gives a number (regression).",
    ),
}


class _Live(Mapping[str, str]):
    """A read-only mapping computed from the settings table at every look-up (a changed table is followed)."""

    def __init__(self, build: Callable[[], dict[str, str]]) -> None:
        self._build = build

    def __getitem__(self, key: str) -> str:
        return self._build()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._build())

    def __len__(self) -> int:
        return len(self._build())


def _tips() -> dict[str, str]:
    """Every tip: the settings' texts by their `tip` keys, each choice's as "activation:relu", and the rest."""
    found = {key: translate(_CONTEXT, text) for key, text in _TEXTS.items()}
    for s in settings.entries():
        if s.tip:
            found[s.tip] = translate("Settings", s.help)
            found.update({f"{s.tip}:{c}": translate("Settings", text) for c, text in s.choice_help.items()})
    return found


TIPS: Mapping[str, str] = _Live(_tips)
# How the window names each activation (the settings bar and the diagram's per-layer choosers alike).
ACTIVATION_NAMES: Mapping[str, str] = _Live(
    lambda: {k: translate("Settings", v) for k, v in settings.get("activations").choice_labels.items()}
)


def activation_tip(name: str) -> str:
    """The general activation text followed by the specific one for `name`."""
    specific = TIPS.get(f"activation:{name}", "")
    return f"{specific}\n\n{TIPS['activation']}" if specific else TIPS["activation"]
