"""Plain-words "why" texts for tooltips across the window.

The playground exists to teach a handful of ideas (what a neuron computes, why activations
must be non-linear, what the learning rate does, what over-fitting looks like and what cures it). Every
control explains itself with one of these texts so the lesson is where the hand is. Keep them short,
concrete and free of jargon that is not explained on the spot.
No Qt here: plain strings, usable by any widget.
"""

from __future__ import annotations

from nnplayground.core.experiment import ACTIVATIONS, OPTIMIZERS

# How the window names each activation (the settings bar and the diagram's per-layer choosers alike).
ACTIVATION_NAMES = {
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
TIPS: dict[str, str] = {
    "learning_rate": (
        "Learning rate: how big a step gradient descent takes downhill on the loss after each mini-batch. "
        "Too small and learning crawls; too large and the steps overshoot, the loss jumps around or explodes."
    ),
    "activation": (
        "Activation function: each neuron computes h = f(w·x + b). Without a non-linear f, any stack "
        "of layers collapses into one straight line, so the network could only draw straight boundaries. "
        "A curved f lets layers bend and fold the plane."
    ),
    "optimizer": (
        "Optimizer: the rule that turns the gradient into a weight update. Plain SGD steps straight "
        "downhill; momentum, RMSprop, Adagrad and Adam remember past gradients to move faster and "
        "more steadily."
    ),
    "batch_size": (
        "Batch size: how many training points are averaged to estimate the gradient before each step. "
        "Small batches give many noisy steps; large batches give fewer, smoother ones."
    ),
    "regularization": (
        "Regularization: a penalty on large weights added to the loss. L2 shrinks all weights a little "
        "(smoother boundaries); L1 pushes unhelpful weights to exactly zero (a sparser network). "
        "Both fight over-fitting."
    ),
    "reg_rate": (
        "Regularization rate: how strongly large weights are penalised. Too little and the network may "
        "memorise noise; too much and it cannot fit the data at all."
    ),
    "noise": (
        "Noise: how much the generated points are jittered. Noisy data is harder to separate and tempts a "
        "big network to memorise individual points (over-fitting)."
    ),
    "train_ratio": (
        "Ratio of training to test data: the network only learns from the training points; the test points "
        "are held back to check whether what it learned carries over to data it has never seen."
    ),
    "features": (
        "Input features: the numbers fed into the first layer. x1 and x2 are the point's coordinates; the "
        "others (squares, products, sines) are hand-made transformations that can make a pattern easy to "
        "separate even with no hidden layer. Click a feature to switch it on or off."
    ),
    "hidden_layers": (
        "Hidden layers: each layer builds new features out of the previous layer's. More layers can express "
        "more intricate shapes but take longer to train."
    ),
    "neurons": (
        "Neurons: each neuron computes h = f(w1·x1 + w2·x2 + ... + b) and its picture shows h over the "
        "plane. More neurons give the layer more capacity, and more room to over-fit."
    ),
    "play": "Play / pause: run gradient descent continuously, one epoch after another.",
    "step": (
        "Step: one epoch, i.e. one pass over all training points in mini-batches. Watch how each step moves "
        "the weights and the boundary."
    ),
    "reset": "Reset: draw fresh random weights (same seed) and go back to epoch 0.",
    "loss": (
        "Loss: a single number measuring how wrong the network is on the points. Training means nudging "
        "every weight against its gradient so this number goes down."
    ),
    "overfitting": (
        "Over-fitting: when the training loss keeps falling while the test loss starts rising, the network "
        "is memorising the training points instead of learning the pattern. Fewer neurons, "
        "L2 regularization or more data reduce it."
    ),
    "epoch": "Epoch: one full pass over the training data. The counter shows how many passes have been made.",
    "timeline": (
        "Timeline: drag back to an earlier epoch to see the network as it was then; training resumes from there."
    ),
    "discretize": (
        "Discretize output: colour each region by the class the network would pick, instead of shading by "
        "how confident it is."
    ),
    "show_test": (
        "Show test data: draw the held-back test points too, to see where the network generalises and where "
        "it does not."
    ),
    "weight": (
        "Weight: how strongly one neuron's output pushes the next one. Blue is positive, orange negative, "
        "and a thicker line is a larger weight. Click to type a new value."
    ),
    "bias": (
        "Bias: the b in f(w·x + b), a constant that shifts where the neuron switches on. Click to type a new value."
    ),
    "output": (
        "Output: the network's answer. One neuron per class (softmax) picks a class, a single sigmoid neuron "
        "gives the probability of the blue class, a linear one gives a number (regression)."
    ),
}

_ACTIVATION_TIPS = {
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

_OPTIMIZER_TIPS = {
    "sgd": "SGD: step straight down the gradient, scaled by the learning rate. Simple and predictable.",
    "momentum": ("Momentum: keep a running velocity so steps build up along consistent directions and damp zig-zags."),
    "rmsprop": "RMSprop: divide each step by the recent gradient size; every weight moves at a similar pace.",
    "adagrad": "Adagrad: shrink each weight's step by all its past gradients; steps slow down over time.",
    "adam": "Adam: momentum plus RMSprop-style scaling with bias correction; a robust default choice.",
}

# Every activation and optimizer has its own text: a new one without it fails here, at import, not in a tooltip.
for _name in ACTIVATIONS:
    TIPS[f"activation:{_name}"] = _ACTIVATION_TIPS[_name]
for _name in OPTIMIZERS:
    TIPS[f"optimizer:{_name}"] = _OPTIMIZER_TIPS[_name]


def activation_tip(name: str) -> str:
    """The general activation text followed by the specific one for `name`."""
    specific = TIPS.get(f"activation:{name}", "")
    return f"{specific}\n\n{TIPS['activation']}" if specific else TIPS["activation"]
