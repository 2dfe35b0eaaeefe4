<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Settings</name>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set: the generator that draws the starting points, or a rule typed under the presets (y &gt; sin(x)); the same name, noise and seed always give the same points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palmer penguins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penguin body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: how many points to generate. More points make a pattern clearer and each epoch longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise: how much the generated points are jittered. Noisy data is harder to separate and tempts a big network to memorise individual points (over-fitting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes (for the generators that have them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio of training to test data: the network only learns from the training points; the test points are held back to check whether what it learned carries over to data it has never seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class names: what each class is called, from the labels of an imported file (&quot;setosa&quot;, ...); shown in the legend. Empty for generated and drawn points, whose classes are numbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How imported points were rescaled into the square: x&apos; = x * x_scale + x_offset, kept so that exported models take the file&apos;s own units (1 and 0: not rescaled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How imported points were rescaled into the square: y&apos; = y * y_scale + y_offset, kept so that exported models take the file&apos;s own units (1 and 0: not rescaled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How imported points were rescaled into the square: value&apos; = value * value_scale + value_offset, kept so that exported models take the file&apos;s own units (1 and 0: not rescaled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type: classification picks a class for each point; regression predicts a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point has a class (a colour); the network picks one for every place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point has a number, shown from orange (-1) to blue (+1); the network predicts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features: the numbers fed into the first layer. x1 and x2 are the point&apos;s coordinates; the others (squares, products, sines) are hand-made transformations that can make a pattern easy to separate even with no hidden layer. Click a feature to switch it on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers: each layer builds new features out of the previous layer&apos;s. More layers can express more intricate shapes but take longer to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation function: each neuron computes h = f(w·x + b). Without a non-linear f, any stack of layers collapses into one straight line, so the network could only draw straight boundaries. A curved f lets layers bend and fold the plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear: f(z) = z. No bend at all; layers of it add up to one straight line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid: squashes z into 0..1 with a smooth S. It saturates at both ends: gradients vanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh: squashes z into -1..1, centred on zero. A smooth, classic choice for small networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU: f(z) = max(0, z). Fast to train; a neuron stuck below zero stops learning (&apos;dead&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU: like ReLU but lets a small slope through below zero, so neurons never die.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU: like ReLU above zero, a smooth curve down to -1 below it; keeps mean activations near zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiLU (swish): z · sigmoid(z). Smooth ReLU-like curve with a small dip below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU: a smooth ReLU weighted by how likely z is to be positive; used in modern transformers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin: a periodic activation; lets a few neurons draw stripes and rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softplus: log(1 + e^z), a smooth version of ReLU that never reaches exactly zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: what training minimises. Cross-entropy for classes (a squared error for regression), or a squared error on sigmoid outputs, TensorFlow Playground&apos;s set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid or softmax outputs with cross-entropy: the usual choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid outputs with a squared error, as in TensorFlow Playground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer: the rule that turns the gradient into a weight update. Plain SGD steps straight downhill; momentum, RMSprop, Adagrad and Adam remember past gradients to move faster and more steadily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD: step straight down the gradient, scaled by the learning rate. Simple and predictable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum: keep a running velocity so steps build up along consistent directions and damp zig-zags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop: divide each step by the recent gradient size; every weight moves at a similar pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad: shrink each weight&apos;s step by all its past gradients; steps slow down over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam: momentum plus RMSprop-style scaling with bias correction; a robust default choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: how big a step gradient descent takes downhill on the loss after each mini-batch. Too small and learning crawls; too large and the steps overshoot, the loss jumps around or explodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate schedule: how the rate changes from epoch to epoch (as torch.optim.lr_scheduler). Big steps early find the valley, small steps late settle in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant: the learning rate stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the decay factor every few epochs (StepLR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential: the rate is multiplied by the decay per epoch every epoch (ExponentialLR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine annealing: the rate glides down half a cosine to the minimum rate (CosineAnnealingLR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the decay factor every this many epochs (StepLR&apos;s step_size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay factor: what the step schedule multiplies the rate by at each decay (StepLR&apos;s gamma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential decay: the rate is multiplied by this every epoch (ExponentialLR&apos;s gamma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine annealing: the rate falls along half a cosine from the learning rate to the minimum over this many epochs, then rises again (CosineAnnealingLR&apos;s T_max).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum rate: where cosine annealing bottoms out (CosineAnnealingLR&apos;s eta_min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up: for this many epochs the rate climbs in a straight line from a fraction of the learning rate to all of it (LinearLR), then the schedule starts. 0: no warm-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up start: the fraction of the learning rate the warm-up starts from (LinearLR&apos;s start_factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum: the share of the last step that the momentum optimizer carries into the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum: the momentum optimizer takes its gradient where the velocity is about to carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s β₁: how much of the running average of gradients (the momentum) each step keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s β₂: how much of the running average of squared gradients (the step size&apos;s scale) each step keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size: how many training points are averaged to estimate the gradient before each step. Small batches give many noisy steps; large batches give fewer, smoother ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization: a penalty on large weights added to the loss. L2 shrinks all weights a little (smoother boundaries); L1 pushes unhelpful weights to exactly zero (a sparser network). Both fight over-fitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization rate: how strongly large weights are penalised. Too little and the network may memorise noise; too much and it cannot fit the data at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout: while training, each hidden neuron is switched off with this probability at every step (the others scaled up to make up for it), so no neuron can rely on another: it fights over-fitting. The losses and pictures use the whole network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialization: how the first weights are drawn. Auto picks He for the ReLU family and Xavier for the others. Reset draws the same start again from the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: He normal for the ReLU family, Xavier uniform for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform: U(-a, a), a = sqrt(6 / (fan_in + fan_out)); keeps the signal&apos;s size through tanh and sigmoid layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot normal: N(0, 2 / (fan_in + fan_out)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He (Kaiming) uniform: U(-a, a), a = sqrt(6 / fan_in); for ReLU-like layers, which zero half their inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He (Kaiming) normal: N(0, 2 / fan_in); for ReLU-like layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow Playground&apos;s: weights U(-0.5, 0.5), every bias 0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard normal N(0, 1), as the article draws its weights: big networks start saturated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeros: every weight and bias 0. A warning: the network cannot learn much from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial scale: every first weight (not the biases) is multiplied by this. Below 1 a deep network starts nearly linear and its signals fade; above 1 tanh and sigmoid neurons start saturated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed always gives the same first weights (and shuffles the points alike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping: pause when the test loss has not improved for this many epochs (the network has started to memorise the training points). 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target loss: pause once the test loss is at most this. 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accuracy: pause once the test accuracy (a share, 0.95 for 95%) is at least this. 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at epoch: pause when this epoch is reached. 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore best: when a stop rule pauses the run, go back to the epoch with the lowest test loss.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
