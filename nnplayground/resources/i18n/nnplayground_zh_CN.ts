<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Settings</name>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Data set: the generator that draws the starting points, or a rule typed under the presets (y &gt; sin(x)); the same name, noise and seed always give the same points.</source>
        <translation>数据集：生成初始数据点的生成器，或在预设下方输入的规则（y &gt; sin(x)）；名称、噪声和种子都相同时，得到的点总是相同的。</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两团高斯</translation>
    </message>
    <message>
        <source>Two spirals</source>
        <translation>双螺旋</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Six Gaussians</source>
        <translation>六团高斯</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月牙</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>斑点团</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘格</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>螺旋臂</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>Palmer penguins</source>
        <translation>帕尔默企鹅</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>鸢尾花</translation>
    </message>
    <message>
        <source>Penguin body mass</source>
        <translation>企鹅体重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Points: how many points to generate. More points make a pattern clearer and each epoch longer.</source>
        <translation>点数：要生成多少个点。点越多，规律越清楚，但每一轮也越长。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>个点</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Noise: how much the generated points are jittered. Noisy data is harder to separate and tempts a big network to memorise individual points (over-fitting).</source>
        <translation>噪声：生成的点被随机扰动的程度。噪声大的数据更难分开，还会诱使大的神经网络去死记个别的点（过拟合）。</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same points.</source>
        <translation>随机种子：相同的种子给出相同的点。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Number of classes (for the generators that have them).</source>
        <translation>类别的个数（适用于有类别的生成器）。</translation>
    </message>
    <message>
        <source>Training ratio</source>
        <translation>训练比例</translation>
    </message>
    <message>
        <source>Ratio of training to test data: the network only learns from the training points; the test points are held back to check whether what it learned carries over to data it has never seen.</source>
        <translation>训练数据与测试数据的比例：神经网络只从训练点学习；测试点被预留下来，用来检验它学到的东西能否推广到从未见过的数据上。</translation>
    </message>
    <message>
        <source>Class names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>Class names: what each class is called, from the labels of an imported file (&quot;setosa&quot;, ...); shown in the legend. Empty for generated and drawn points, whose classes are numbered.</source>
        <translation>类别名称：每个类别叫什么，来自导入文件中的标签（“setosa”……）；显示在图例中。生成的和手绘的点没有名称，它们的类别按编号区分。</translation>
    </message>
    <message>
        <source>class name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>x scale</source>
        <translation>x 缩放</translation>
    </message>
    <message>
        <source>How imported points were rescaled into the square: x&apos; = x * x_scale + x_offset, kept so that exported models take the file&apos;s own units (1 and 0: not rescaled).</source>
        <translation>导入的点是如何缩放到方块内的：x&apos; = x * x_scale + x_offset；保留下来，使导出的模型使用文件原来的单位（1 和 0：未缩放）。</translation>
    </message>
    <message>
        <source>x offset</source>
        <translation>x 偏移</translation>
    </message>
    <message>
        <source>y scale</source>
        <translation>y 缩放</translation>
    </message>
    <message>
        <source>How imported points were rescaled into the square: y&apos; = y * y_scale + y_offset, kept so that exported models take the file&apos;s own units (1 and 0: not rescaled).</source>
        <translation>导入的点是如何缩放到方块内的：y&apos; = y * y_scale + y_offset；保留下来，使导出的模型使用文件原来的单位（1 和 0：未缩放）。</translation>
    </message>
    <message>
        <source>y offset</source>
        <translation>y 偏移</translation>
    </message>
    <message>
        <source>value scale</source>
        <translation>数值缩放</translation>
    </message>
    <message>
        <source>How imported points were rescaled into the square: value&apos; = value * value_scale + value_offset, kept so that exported models take the file&apos;s own units (1 and 0: not rescaled).</source>
        <translation>导入的点是如何缩放到方块内的：value&apos; = value * value_scale + value_offset；保留下来，使导出的模型使用文件原来的单位（1 和 0：未缩放）。</translation>
    </message>
    <message>
        <source>value offset</source>
        <translation>数值偏移</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Problem type: classification picks a class for each point; regression predicts a number.</source>
        <translation>问题类型：分类为每个点选出一个类别；回归预测一个数。</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Each point has a class (a colour); the network picks one for every place.</source>
        <translation>每个点有一个类别（一种颜色）；神经网络为每个位置选出一个类别。</translation>
    </message>
    <message>
        <source>Each point has a number, shown from orange (-1) to blue (+1); the network predicts it.</source>
        <translation>每个点有一个数，从橙色（-1）到蓝色（+1）显示；神经网络来预测它。</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Input features: the numbers fed into the first layer. x1 and x2 are the point&apos;s coordinates; the others (squares, products, sines) are hand-made transformations that can make a pattern easy to separate even with no hidden layer. Click a feature to switch it on or off.</source>
        <translation>输入特征：送入第一层的数。x1 和 x2 是点的坐标；其余的（平方、乘积、正弦）是人工设计的变换，即使没有隐藏层，也能让规律变得容易分开。点击一个特征可开启或关闭它。</translation>
    </message>
    <message>
        <source>input feature</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Hidden layers: each layer builds new features out of the previous layer&apos;s. More layers can express more intricate shapes but take longer to train.</source>
        <translation>隐藏层：每一层都用前一层的特征构造出新的特征。层数越多，能表达的形状越复杂，但训练也越久。</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>个神经元</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Activation function: each neuron computes h = f(w·x + b). Without a non-linear f, any stack of layers collapses into one straight line, so the network could only draw straight boundaries. A curved f lets layers bend and fold the plane.</source>
        <translation>激活函数：每个神经元计算 h = f(w·x + b)。如果 f 不是非线性的，无论叠多少层都会退化成一条直线，神经网络就只能画出直的决策边界。弯曲的 f 让各层能够弯折、折叠平面。</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>正弦</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>linear: f(z) = z. No bend at all; layers of it add up to one straight line.</source>
        <translation>线性：f(z) = z。完全不弯曲；多层叠起来仍然只是一条直线。</translation>
    </message>
    <message>
        <source>sigmoid: squashes z into 0..1 with a smooth S. It saturates at both ends: gradients vanish.</source>
        <translation>sigmoid：用一条平滑的 S 形曲线把 z 压缩到 0..1。它在两端饱和：梯度会消失。</translation>
    </message>
    <message>
        <source>tanh: squashes z into -1..1, centred on zero. A smooth, classic choice for small networks.</source>
        <translation>tanh：把 z 压缩到 -1..1，以零为中心。平滑，是小型神经网络的经典选择。</translation>
    </message>
    <message>
        <source>ReLU: f(z) = max(0, z). Fast to train; a neuron stuck below zero stops learning (&apos;dead&apos;).</source>
        <translation>ReLU：f(z) = max(0, z)。训练快；卡在零以下的神经元会停止学习（“死亡”）。</translation>
    </message>
    <message>
        <source>Leaky ReLU: like ReLU but lets a small slope through below zero, so neurons never die.</source>
        <translation>Leaky ReLU：与 ReLU 相似，但在零以下保留一个小斜率，所以神经元不会死亡。</translation>
    </message>
    <message>
        <source>ELU: like ReLU above zero, a smooth curve down to -1 below it; keeps mean activations near zero.</source>
        <translation>ELU：零以上与 ReLU 相同，零以下是一条平滑下降到 -1 的曲线；使激活值的平均值保持在零附近。</translation>
    </message>
    <message>
        <source>SiLU (swish): z · sigmoid(z). Smooth ReLU-like curve with a small dip below zero.</source>
        <translation>SiLU（swish）：z · sigmoid(z)。类似 ReLU 的平滑曲线，在零以下略微下凹。</translation>
    </message>
    <message>
        <source>GELU: a smooth ReLU weighted by how likely z is to be positive; used in modern transformers.</source>
        <translation>GELU：按 z 为正的可能性加权的平滑 ReLU；用于现代的 Transformer 模型。</translation>
    </message>
    <message>
        <source>sin: a periodic activation; lets a few neurons draw stripes and rings.</source>
        <translation>sin：周期性的激活函数；几个神经元就能画出条纹和圆环。</translation>
    </message>
    <message>
        <source>softplus: log(1 + e^z), a smooth version of ReLU that never reaches exactly zero.</source>
        <translation>softplus：log(1 + e^z)，ReLU 的平滑版本，永远不会恰好等于零。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Loss: what training minimises. Cross-entropy for classes (a squared error for regression), or a squared error on sigmoid outputs, TensorFlow Playground&apos;s set-up.</source>
        <translation>损失函数：训练要最小化的量。分类用交叉熵（回归用平方误差），或者对 sigmoid 输出用平方误差，即 TensorFlow Playground 的设置。</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <source>Sigmoid or softmax outputs with cross-entropy: the usual choice.</source>
        <translation>sigmoid 或 softmax 输出配交叉熵：通常的选择。</translation>
    </message>
    <message>
        <source>Sigmoid outputs with a squared error, as in TensorFlow Playground.</source>
        <translation>sigmoid 输出配平方误差，与 TensorFlow Playground 相同。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Optimizer: the rule that turns the gradient into a weight update. Plain SGD steps straight downhill; momentum, RMSprop, Adagrad and Adam remember past gradients to move faster and more steadily.</source>
        <translation>优化器：把梯度变成权重更新的规则。普通的 SGD 直接朝下坡方向迈步；动量、RMSprop、Adagrad 和 Adam 会记住过去的梯度，走得更快、更稳。</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD: step straight down the gradient, scaled by the learning rate. Simple and predictable.</source>
        <translation>SGD：沿梯度直接下降一步，步长由学习率缩放。简单、可预测。</translation>
    </message>
    <message>
        <source>Momentum: keep a running velocity so steps build up along consistent directions and damp zig-zags.</source>
        <translation>动量：保留一个累积的速度，使步伐在方向一致时不断加大，并抑制来回震荡。</translation>
    </message>
    <message>
        <source>RMSprop: divide each step by the recent gradient size; every weight moves at a similar pace.</source>
        <translation>RMSprop：每一步都除以最近梯度的大小；每个权重以相近的速度移动。</translation>
    </message>
    <message>
        <source>Adagrad: shrink each weight&apos;s step by all its past gradients; steps slow down over time.</source>
        <translation>Adagrad：用每个权重过去所有的梯度来缩小它的步长；步伐会随时间变慢。</translation>
    </message>
    <message>
        <source>Adam: momentum plus RMSprop-style scaling with bias correction; a robust default choice.</source>
        <translation>Adam：动量加上 RMSprop 式的缩放，并带偏差校正；稳健的默认选择。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Learning rate: how big a step gradient descent takes downhill on the loss after each mini-batch. Too small and learning crawls; too large and the steps overshoot, the loss jumps around or explodes.</source>
        <translation>学习率：每个小批量之后，梯度下降沿损失的下坡方向迈出的步子有多大。太小，学习慢如爬行；太大，步子会冲过头，损失来回跳动甚至爆炸。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Learning-rate schedule: how the rate changes from epoch to epoch (as torch.optim.lr_scheduler). Big steps early find the valley, small steps late settle in it.</source>
        <translation>学习率调度：学习率如何随轮次变化（与 torch.optim.lr_scheduler 相同）。前期大步找到山谷，后期小步在谷底安顿下来。</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Constant: the learning rate stays as it is.</source>
        <translation>恒定：学习率保持不变。</translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the decay factor every few epochs (StepLR).</source>
        <translation>阶梯衰减：每隔几轮，学习率乘以一次衰减因子（StepLR）。</translation>
    </message>
    <message>
        <source>Exponential: the rate is multiplied by the decay per epoch every epoch (ExponentialLR).</source>
        <translation>指数衰减：每一轮，学习率都乘以每轮衰减系数（ExponentialLR）。</translation>
    </message>
    <message>
        <source>Cosine annealing: the rate glides down half a cosine to the minimum rate (CosineAnnealingLR).</source>
        <translation>余弦退火：学习率沿半个余弦曲线平滑下降到最小学习率（CosineAnnealingLR）。</translation>
    </message>
    <message>
        <source>Decay every</source>
        <translation>衰减间隔</translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the decay factor every this many epochs (StepLR&apos;s step_size).</source>
        <translation>阶梯衰减：每隔这么多轮，学习率乘以一次衰减因子（StepLR 的 step_size）。</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>Decay factor</source>
        <translation>衰减因子</translation>
    </message>
    <message>
        <source>Decay factor: what the step schedule multiplies the rate by at each decay (StepLR&apos;s gamma).</source>
        <translation>衰减因子：阶梯调度每次衰减时学习率所乘的数（StepLR 的 gamma）。</translation>
    </message>
    <message>
        <source>Decay per epoch</source>
        <translation>每轮衰减</translation>
    </message>
    <message>
        <source>Exponential decay: the rate is multiplied by this every epoch (ExponentialLR&apos;s gamma).</source>
        <translation>指数衰减：每一轮学习率都乘以这个数（ExponentialLR 的 gamma）。</translation>
    </message>
    <message>
        <source>Cosine epochs</source>
        <translation>余弦轮数</translation>
    </message>
    <message>
        <source>Cosine annealing: the rate falls along half a cosine from the learning rate to the minimum over this many epochs, then rises again (CosineAnnealingLR&apos;s T_max).</source>
        <translation>余弦退火：在这么多轮内，学习率沿半个余弦曲线从初始学习率降到最小学习率，然后再回升（CosineAnnealingLR 的 T_max）。</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>最小学习率</translation>
    </message>
    <message>
        <source>Minimum rate: where cosine annealing bottoms out (CosineAnnealingLR&apos;s eta_min).</source>
        <translation>最小学习率：余弦退火降到的最低点（CosineAnnealingLR 的 eta_min）。</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>Warm-up: for this many epochs the rate climbs in a straight line from a fraction of the learning rate to all of it (LinearLR), then the schedule starts. 0: no warm-up.</source>
        <translation>预热：在这么多轮内，学习率从学习率的一部分沿直线升到完整的学习率（LinearLR），之后调度才开始。0：不预热。</translation>
    </message>
    <message>
        <source>Warm-up start</source>
        <translation>预热起点</translation>
    </message>
    <message>
        <source>Warm-up start: the fraction of the learning rate the warm-up starts from (LinearLR&apos;s start_factor).</source>
        <translation>预热起点：预热开始时所用的学习率比例（LinearLR 的 start_factor）。</translation>
    </message>
    <message>
        <source>Momentum: the share of the last step that the momentum optimizer carries into the next.</source>
        <translation>动量：动量优化器把上一步的多少比例带入下一步。</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Nesterov momentum: the momentum optimizer takes its gradient where the velocity is about to carry it.</source>
        <translation>Nesterov 动量：动量优化器在速度即将把它带到的位置上计算梯度。</translation>
    </message>
    <message>
        <source>Adam β₁</source>
        <translation>Adam β₁</translation>
    </message>
    <message>
        <source>Adam&apos;s β₁: how much of the running average of gradients (the momentum) each step keeps.</source>
        <translation>Adam 的 β₁：每一步保留多少梯度的滑动平均（即动量）。</translation>
    </message>
    <message>
        <source>Adam β₂</source>
        <translation>Adam β₂</translation>
    </message>
    <message>
        <source>Adam&apos;s β₂: how much of the running average of squared gradients (the step size&apos;s scale) each step keeps.</source>
        <translation>Adam 的 β₂：每一步保留多少梯度平方的滑动平均（决定步长的缩放）。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Batch size: how many training points are averaged to estimate the gradient before each step. Small batches give many noisy steps; large batches give fewer, smoother ones.</source>
        <translation>批量大小：每一步之前，用多少个训练点求平均来估计梯度。小批量带来许多带噪声的步子；大批量带来较少但更平稳的步子。</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Regularization: a penalty on large weights added to the loss. L2 shrinks all weights a little (smoother boundaries); L1 pushes unhelpful weights to exactly zero (a sparser network). Both fight over-fitting.</source>
        <translation>正则化：加到损失上的、对大权重的惩罚。L2 把所有权重都缩小一点（决策边界更平滑）；L1 把没用的权重压到恰好为零（神经网络更稀疏）。两者都能对抗过拟合。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>Regularization rate: how strongly large weights are penalised. Too little and the network may memorise noise; too much and it cannot fit the data at all.</source>
        <translation>正则化率：对大权重惩罚得有多重。太小，神经网络可能会死记噪声；太大，它就根本无法拟合数据。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Dropout: while training, each hidden neuron is switched off with this probability at every step (the others scaled up to make up for it), so no neuron can rely on another: it fights over-fitting. The losses and pictures use the whole network.</source>
        <translation>Dropout：训练时，每一步都以这个概率关闭每个隐藏神经元（其余的按比例放大作为补偿），这样任何神经元都不能依赖别的神经元：它能对抗过拟合。损失和图像使用的是完整的神经网络。</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Initialization: how the first weights are drawn. Auto picks He for the ReLU family and Xavier for the others. Reset draws the same start again from the seed.</source>
        <translation>初始化：最初的权重如何抽取。“自动”对 ReLU 类激活函数选 He，对其他的选 Xavier。“重置”会根据种子重新抽取出相同的起点。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier 均匀</translation>
    </message>
    <message>
        <source>Xavier normal</source>
        <translation>Xavier 正态</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <source>TF Playground</source>
        <translation>TF Playground</translation>
    </message>
    <message>
        <source>Standard normal</source>
        <translation>标准正态</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>Auto: He normal for the ReLU family, Xavier uniform for the others.</source>
        <translation>自动：ReLU 类激活函数用 He 正态，其他的用 Xavier 均匀。</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform: U(-a, a), a = sqrt(6 / (fan_in + fan_out)); keeps the signal&apos;s size through tanh and sigmoid layers.</source>
        <translation>Xavier/Glorot 均匀：U(-a, a)，a = sqrt(6 / (fan_in + fan_out))；让信号在通过 tanh 和 sigmoid 层时保持大小。</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal: N(0, 2 / (fan_in + fan_out)).</source>
        <translation>Xavier/Glorot 正态：N(0, 2 / (fan_in + fan_out))。</translation>
    </message>
    <message>
        <source>He (Kaiming) uniform: U(-a, a), a = sqrt(6 / fan_in); for ReLU-like layers, which zero half their inputs.</source>
        <translation>He（Kaiming）均匀：U(-a, a)，a = sqrt(6 / fan_in)；适用于类 ReLU 的层，它们会把一半的输入变成零。</translation>
    </message>
    <message>
        <source>He (Kaiming) normal: N(0, 2 / fan_in); for ReLU-like layers.</source>
        <translation>He（Kaiming）正态：N(0, 2 / fan_in)；适用于类 ReLU 的层。</translation>
    </message>
    <message>
        <source>TensorFlow Playground&apos;s: weights U(-0.5, 0.5), every bias 0.1.</source>
        <translation>TensorFlow Playground 的方式：权重 U(-0.5, 0.5)，每个偏差为 0.1。</translation>
    </message>
    <message>
        <source>Standard normal N(0, 1), as the article draws its weights: big networks start saturated.</source>
        <translation>标准正态 N(0, 1)，与文章中抽取权重的方式相同：大的神经网络一开始就处于饱和状态。</translation>
    </message>
    <message>
        <source>Zeros: every weight and bias 0. A warning: the network cannot learn much from here.</source>
        <translation>全零：每个权重和偏差都为 0。注意：从这里开始，神经网络学不到多少东西。</translation>
    </message>
    <message>
        <source>Initial scale</source>
        <translation>初始缩放</translation>
    </message>
    <message>
        <source>Initial scale: every first weight (not the biases) is multiplied by this. Below 1 a deep network starts nearly linear and its signals fade; above 1 tanh and sigmoid neurons start saturated.</source>
        <translation>初始缩放：每个初始权重（不含偏差）都乘以这个数。小于 1 时，深层神经网络一开始几乎是线性的，信号逐层减弱；大于 1 时，tanh 和 sigmoid 神经元一开始就饱和。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Seed: the same seed always gives the same first weights (and shuffles the points alike).</source>
        <translation>种子：相同的种子总是给出相同的初始权重（并以相同的方式打乱数据点）。</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>耐心轮数</translation>
    </message>
    <message>
        <source>Early stopping: pause when the test loss has not improved for this many epochs (the network has started to memorise the training points). 0: off.</source>
        <translation>提前停止：如果测试损失连续这么多轮都没有改善，就暂停（神经网络已经开始死记训练点了）。0：关闭。</translation>
    </message>
    <message>
        <source>Target loss</source>
        <translation>目标损失</translation>
    </message>
    <message>
        <source>Target loss: pause once the test loss is at most this. 0: off.</source>
        <translation>目标损失：测试损失一旦不超过这个值就暂停。0：关闭。</translation>
    </message>
    <message>
        <source>Target accuracy</source>
        <translation>目标准确率</translation>
    </message>
    <message>
        <source>Target accuracy: pause once the test accuracy (a share, 0.95 for 95%) is at least this. 0: off.</source>
        <translation>目标准确率：测试准确率（一个比例，0.95 表示 95%）一旦达到这个值就暂停。0：关闭。</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>停止轮次</translation>
    </message>
    <message>
        <source>Stop at epoch: pause when this epoch is reached. 0: off.</source>
        <translation>停止轮次：到达这一轮时暂停。0：关闭。</translation>
    </message>
    <message>
        <source>Restore best</source>
        <translation>恢复最佳</translation>
    </message>
    <message>
        <source>Restore best: when a stop rule pauses the run, go back to the epoch with the lowest test loss.</source>
        <translation>恢复最佳：当停止规则暂停运行时，回到测试损失最低的那一轮。</translation>
    </message>
</context>
<context>
    <name>core.csv_texts</name>
    <message>
        <source>line {line}: {message}</source>
        <translation>第 {line} 行：{message}</translation>
    </message>
    <message>
        <source>the file has no points</source>
        <translation>文件中没有数据点</translation>
    </message>
    <message>
        <source>no row of the file can be imported</source>
        <translation>文件中没有可以导入的行</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <source>the row cannot be read: {error}</source>
        <translation>无法读取这一行：{error}</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>小数逗号</translation>
    </message>
    <message>
        <source>with a header</source>
        <translation>有表头</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>无表头</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>没有数据点</translation>
    </message>
    <message>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>{n} classes ({names})</source>
        <translation>{n} 个类别（{names}）</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>{n} 个类别</translation>
    </message>
    <message>
        <source>{n:,} points, {kind}</source>
        <translation>{n:,} 个数据点，{kind}</translation>
    </message>
    <message>
        <source>{text}, rescaled min-max into [-5, 5]</source>
        <translation>{text}，已按最小-最大缩放到 [-5, 5]</translation>
    </message>
    <message>
        <source>{text}, rescaled standardised</source>
        <translation>{text}，已标准化</translation>
    </message>
    <message>
        <source>{text} (the values too)</source>
        <translation>{text}（数值也已缩放）</translation>
    </message>
    <message>
        <source>{text}; {n:,} bad row</source>
        <translation>{text}；{n:,} 行有误</translation>
    </message>
    <message>
        <source>{text}; {n:,} bad rows</source>
        <translation>{text}；{n:,} 行有误</translation>
    </message>
    <message>
        <source>{text}; {n:,} bad row skipped</source>
        <translation>{text}；已跳过 {n:,} 行有误的数据</translation>
    </message>
    <message>
        <source>{text}; {n:,} bad rows skipped</source>
        <translation>{text}；已跳过 {n:,} 行有误的数据</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>expected 3 columns (x, y, {third}), found {width}</source>
        <translation>应有 3 列（x、y、{third}），实际为 {width} 列</translation>
    </message>
    <message>
        <source>x, y and the label must be three different columns of {width}</source>
        <translation>x、y 和标签必须是 {width} 列中互不相同的三列</translation>
    </message>
    <message>
        <source>the file has {n:,} points; at most {most:,} can be imported</source>
        <translation>文件有 {n:,} 个数据点；最多只能导入 {most:,} 个</translation>
    </message>
    <message>
        <source>expected {width} columns, found {found}</source>
        <translation>应有 {width} 列，实际为 {found} 列</translation>
    </message>
    <message>
        <source>expected {width} columns (x, y, {third}), found {found}</source>
        <translation>应有 {width} 列（x、y、{third}），实际为 {found} 列</translation>
    </message>
    <message>
        <source>{role} (column {column}) is empty</source>
        <translation>{role}（第 {column} 列）为空</translation>
    </message>
    <message>
        <source>the class cannot be read</source>
        <translation>无法读取类别</translation>
    </message>
    <message>
        <source>{role} {text} is not a number (use plain decimals such as -1.5 or 2e-3)</source>
        <translation>{role} {text} 不是数字（请使用 -1.5 或 2e-3 这样的普通小数）</translation>
    </message>
    <message>
        <source>{role} is infinite</source>
        <translation>{role} 是无穷大</translation>
    </message>
    <message>
        <source>the {third} column has {n} different labels ({shown} ...); at most {most} classes</source>
        <translation>{third}列有 {n} 种不同的标签（{shown} ……）；最多 {most} 个类别</translation>
    </message>
    <message>
        <source>{name} is outside the square</source>
        <translation>{name} 在正方形区域之外</translation>
    </message>
    <message>
        <source>{name} = {value:g} lies {far:.1f} standard deviations from the mean, outside the square</source>
        <translation>{name} = {value:g} 距平均值 {far:.1f} 个标准差，在正方形区域之外</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>the file is larger than {mb} MB, the most that can be imported</source>
        <translation>文件大于 {mb} MB，这是可导入的上限</translation>
    </message>
    <message>
        <source>{name} is not a CSV text file (it holds binary data)</source>
        <translation>{name} 不是 CSV 文本文件（其中含有二进制数据）</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte 0x{byte:02x} cannot be read)</source>
        <translation>{name} 不是 UTF-8 文本（无法读取字节 0x{byte:02x}）</translation>
    </message>
</context>
<context>
    <name>core.csvio</name>
    <message>
        <source>Only if needed (min-max)</source>
        <translation>仅在需要时（最小-最大）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不缩放</translation>
    </message>
    <message>
        <source>Min-max into [-5, 5]</source>
        <translation>最小-最大缩放到 [-5, 5]</translation>
    </message>
    <message>
        <source>Standardised (mean 0, sd 1)</source>
        <translation>标准化（均值 0，标准差 1）</translation>
    </message>
</context>
<context>
    <name>core.datasets</name>
    <message>
        <source>unknown data set {name!r}; choose one of {names}, or type a rule such as y &gt; sin(x)</source>
        <translation>未知的数据集 {name!r}；请从 {names} 中选择，或输入一条规则，例如 y &gt; sin(x)</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>两个高斯分布</translation>
    </message>
    <message>
        <source>Two spirals</source>
        <translation>双螺旋</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Six Gaussians</source>
        <translation>六个高斯分布</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月形</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>团簇</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘格</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>螺旋臂</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>圆环</translation>
    </message>
</context>
<context>
    <name>core.edits</name>
    <message>
        <source>Add point</source>
        <translation>添加数据点</translation>
    </message>
    <message>
        <source>Add {n} points</source>
        <translation>添加 {n} 个数据点</translation>
    </message>
    <message>
        <source>Erase point</source>
        <translation>擦除数据点</translation>
    </message>
    <message>
        <source>Erase {n} points</source>
        <translation>擦除 {n} 个数据点</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>恢复数据点</translation>
    </message>
    <message>
        <source>Restore {n} points</source>
        <translation>恢复 {n} 个数据点</translation>
    </message>
    <message>
        <source>Move point</source>
        <translation>移动数据点</translation>
    </message>
    <message>
        <source>Move {n} points</source>
        <translation>移动 {n} 个数据点</translation>
    </message>
    <message>
        <source>Relabel point</source>
        <translation>更改数据点标签</translation>
    </message>
    <message>
        <source>Relabel {n} points</source>
        <translation>更改 {n} 个数据点的标签</translation>
    </message>
    <message>
        <source>Replace all points</source>
        <translation>替换全部数据点</translation>
    </message>
    <message>
        <source>Brush {n} points</source>
        <translation>画笔添加 {n} 个数据点</translation>
    </message>
    <message>
        <source>Clear points</source>
        <translation>清除数据点</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>更改数值</translation>
    </message>
    <message>
        <source>Change class of {n} points</source>
        <translation>更改 {n} 个数据点的类别</translation>
    </message>
    <message>
        <source>Change value of {n} points</source>
        <translation>更改 {n} 个数据点的数值</translation>
    </message>
    <message>
        <source>cannot {verb} point {index}: the set has {n} points</source>
        <translation>无法{verb}数据点 {index}：数据集只有 {n} 个点</translation>
    </message>
    <message>
        <source>cannot {what}: x, y and the {kind} must be numbers</source>
        <translation>无法{what}：x、y 和{kind}必须是数字</translation>
    </message>
    <message>
        <source>cannot {what}: {problem}</source>
        <translation>无法{what}：{problem}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>the radius must be a number of 0 or more, got {radius}</source>
        <translation>半径必须是大于或等于 0 的数，得到的是 {radius}</translation>
    </message>
    <message>
        <source>the position ({x}, {y}) is not a finite point</source>
        <translation>位置 ({x}, {y}) 不是有限的点</translation>
    </message>
    <message>
        <source>add a point at ({x}, {y})</source>
        <translation>在 ({x}, {y}) 添加数据点</translation>
    </message>
    <message>
        <source>brush there</source>
        <translation>在那里使用画笔</translation>
    </message>
    <message>
        <source>a brush stroke adds 1 to 10,000 points, got {count}</source>
        <translation>一笔画添加 1 到 10,000 个数据点，得到的是 {count}</translation>
    </message>
    <message>
        <source>cannot relabel point {index}: {problem}</source>
        <translation>无法更改数据点 {index} 的标签：{problem}</translation>
    </message>
    <message>
        <source>move point {index} to ({x}, {y})</source>
        <translation>将数据点 {index} 移到 ({x}, {y})</translation>
    </message>
    <message>
        <source>relabel</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>core.export_data</name>
    <message>
        <source>the network&apos;s weights are not finite numbers; reset or rewind the run first</source>
        <translation>神经网络的权重不是有限数；请先重置或回退这次训练</translation>
    </message>
</context>
<context>
    <name>core.features</name>
    <message>
        <source>choose at least one input feature</source>
        <translation>请至少选择一个输入特征</translation>
    </message>
    <message>
        <source>unknown feature {name!r}; choose from {names}</source>
        <translation>未知的特征 {name!r}；请从 {names} 中选择</translation>
    </message>
</context>
<context>
    <name>core.files</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>cannot {verb} {name}: {why}</source>
        <translation>无法{verb} {name}：{why}</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a {what}</source>
        <translation>{path} 是{kind}，不是{what}</translation>
    </message>
    <message>
        <source>{name}: the file is too large ({size:.0f} MB; a {what} may have at most {most} MB)</source>
        <translation>{name}：文件太大（{size:.0f} MB；{what}最大为 {most} MB）</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>文件 {path} 不存在</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied</source>
        <translation>无法读取 {path}：权限不足</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation>无法读取 {path}：{why}</translation>
    </message>
    <message>
        <source>{name} is larger than {most} MB, the most a {what} may have</source>
        <translation>{name} 大于 {most} MB，这是{what}的大小上限</translation>
    </message>
</context>
<context>
    <name>core.formula_data</name>
    <message>
        <source>{rule} gives no number at x = {x:.3g}, y = {y:.3g} (a log or a square root of a negative number, or a division by zero?)</source>
        <translation>{rule} 在 x = {x:.3g}, y = {y:.3g} 处得不到数值（是否对负数取了对数或平方根，或者除以了零？）</translation>
    </message>
    <message>
        <source>a rule must be text, got {kind}</source>
        <translation>规则必须是文本，得到的是 {kind}</translation>
    </message>
    <message>
        <source>a rule may have at most {most} characters, this one has {length}</source>
        <translation>规则最多 {most} 个字符，这条有 {length} 个</translation>
    </message>
    <message>
        <source>{rule}: the rule is empty; try {first} or {second}</source>
        <translation>{rule}：规则为空；试试 {first} 或 {second}</translation>
    </message>
    <message>
        <source>{rule}: at {where}: {what}</source>
        <translation>{rule}：在{where}处：{what}</translation>
    </message>
    <message>
        <source>it ends too soon</source>
        <translation>规则过早结束</translation>
    </message>
    <message>
        <source>character {n}</source>
        <translation>第 {n} 个字符</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>{rule}: f = needs a value such as sin(x) * cos(y), not a comparison</source>
        <translation>{rule}：f = 后面需要一个值，例如 sin(x) * cos(y)，而不是比较</translation>
    </message>
    <message>
        <source>{rule}: a rule for two classes needs a comparison such as y &gt; sin(x); for values write f = ...</source>
        <translation>{rule}：两个类别的规则需要一个比较，例如 y &gt; sin(x)；要生成数值请写 f = ...</translation>
    </message>
    <message>
        <source>{rule}: too long a rule ({pieces} pieces, at most {most})</source>
        <translation>{rule}：规则太长（{pieces} 个部分，最多 {most} 个）</translation>
    </message>
    <message>
        <source>{rule}: character {n}: {problem}</source>
        <translation>{rule}：第 {n} 个字符：{problem}</translation>
    </message>
    <message>
        <source>{name} is a function: write {name}(x)</source>
        <translation>{name} 是函数：请写 {name}(x)</translation>
    </message>
    <message>
        <source>unknown name {name!r}; the names are {names}</source>
        <translation>未知的名称 {name!r}；可用的名称有 {names}</translation>
    </message>
    <message>
        <source>unknown function; the functions are {functions}</source>
        <translation>未知的函数；可用的函数有 {functions}</translation>
    </message>
    <message>
        <source>unknown function {name!r}; the functions are {functions}</source>
        <translation>未知的函数 {name!r}；可用的函数有 {functions}</translation>
    </message>
    <message>
        <source>{name} takes {want} value</source>
        <translation>{name} 需要 {want} 个参数</translation>
    </message>
    <message>
        <source>{name} takes {want} values</source>
        <translation>{name} 需要 {want} 个参数</translation>
    </message>
    <message>
        <source>too large a number</source>
        <translation>数字太大</translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} 不是数字</translation>
    </message>
    <message>
        <source>use ** for a power (x**2); ^ is not one</source>
        <translation>乘方请用 **（x**2）；^ 不是乘方</translation>
    </message>
    <message>
        <source>unknown operator; use + - * / ** %</source>
        <translation>未知的运算符；请使用 + - * / ** %</translation>
    </message>
    <message>
        <source>compare with &lt;, &lt;=, &gt; or &gt;= (two real numbers are hardly ever equal)</source>
        <translation>请用 &lt;、&lt;=、&gt; 或 &gt;= 比较（两个实数几乎不会正好相等）</translation>
    </message>
    <message>
        <source>unknown operator</source>
        <translation>未知的运算符</translation>
    </message>
    <message>
        <source>{kind} is not part of a rule</source>
        <translation>{kind} 不能用在规则中</translation>
    </message>
</context>
<context>
    <name>core.health</name>
    <message>
        <source>There are no training points: draw or generate some data first.</source>
        <translation>没有训练数据点：请先绘制或生成一些数据。</translation>
    </message>
    <message>
        <source>{count} of {units} in layer {layer}</source>
        <translation>第 {layer} 层 {units} 个中的 {count} 个</translation>
    </message>
    <message>
        <source>{count} of {units} ReLUs in layer {layer}</source>
        <translation>第 {layer} 层 {units} 个 ReLU 中的 {count} 个</translation>
    </message>
    <message>
        <source>Dead ReLUs: {layers}</source>
        <translation>失活的 ReLU：{layers}</translation>
    </message>
    <message>
        <source>{where} never fire on the data: try a smaller learning rate, Leaky ReLU or He initialisation. (A unit that never fires gets no gradient, so it never learns again.)</source>
        <translation>{where}在数据上从不激活：试试更小的学习率、Leaky ReLU 或 He 初始化。（从不激活的神经元得不到梯度，因此再也不会学习。）</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>Saturated {names} units: {layers} are stuck near their limits on most points, where their slope (and so their gradient) is near 0: try a smaller learning rate, L2 regularisation or Xavier initialisation.</source>
        <translation>饱和的 {names} 神经元：{layers}在大多数点上都停在极限附近，那里的斜率（因而梯度）接近 0：试试更小的学习率、L2 正则化或 Xavier 初始化。</translation>
    </message>
    <message>
        <source>the gradient at layer 1 is {ratio} of layer {last}&apos;s</source>
        <translation>第 1 层的梯度只有第 {last} 层的 {ratio}</translation>
    </message>
    <message>
        <source>no gradient reaches layer 1 from layer {last}</source>
        <translation>没有梯度从第 {last} 层传到第 1 层</translation>
    </message>
    <message>
        <source>Vanishing gradients: {what}, so the first layers barely learn: try ReLU (with He initialisation) instead of tanh or sigmoid, or fewer layers.</source>
        <translation>梯度消失：{what}，所以前面几层几乎学不到东西：试试用 ReLU（配合 He 初始化）代替 tanh 或 sigmoid，或者减少层数。</translation>
    </message>
    <message>
        <source>Exploding gradients: the gradient at layer 1 is {ratio} times layer {last}&apos;s: try a smaller learning rate or smaller initial weights (Xavier or He initialisation).</source>
        <translation>梯度爆炸：第 1 层的梯度是第 {last} 层的 {ratio} 倍：试试更小的学习率或更小的初始权重（Xavier 或 He 初始化）。</translation>
    </message>
</context>
<context>
    <name>core.landscape</name>
    <message>
        <source>random direction {k}</source>
        <translation>随机方向 {k}</translation>
    </message>
    <message>
        <source>random, normalised per neuron</source>
        <translation>随机方向，按神经元归一化</translation>
    </message>
    <message>
        <source>path component {k} ({share:.0%})</source>
        <translation>路径主成分 {k}（{share:.0%}）</translation>
    </message>
    <message>
        <source>principal components of the recent path</source>
        <translation>最近训练路径的主成分</translation>
    </message>
    <message>
        <source>two weights</source>
        <translation>两个权重</translation>
    </message>
    <message>
        <source>there is no layer {layer}: the network has {n}</source>
        <translation>没有第 {layer} 层：这个网络只有 {n} 层</translation>
    </message>
    <message>
        <source>layer {layer} has no weight {weight}</source>
        <translation>第 {layer} 层没有权重 {weight}</translation>
    </message>
    <message>
        <source>choose two different weights</source>
        <translation>请选择两个不同的权重</translation>
    </message>
    <message>
        <source>a slice needs at least 2 steps a side and a positive, finite span</source>
        <translation>切片每边至少需要 2 步，范围必须是有限的正数</translation>
    </message>
    <message>
        <source>unknown directions {directions}; choose one of {choices}</source>
        <translation>未知的方向 {directions}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>There are no training points: draw or generate some data first.</source>
        <translation>没有训练点：请先绘制或生成一些数据。</translation>
    </message>
    <message>
        <source>choose the two weights the slice moves</source>
        <translation>请选择切片要移动的两个权重</translation>
    </message>
    <message>
        <source>The path has not moved in two directions yet (train a few epochs): random ones shown.</source>
        <translation>训练路径还没有在两个方向上移动（先训练几轮）：现在显示的是随机方向。</translation>
    </message>
    <message>
        <source>Most of the path lies outside this plane: choose the path&apos;s directions to see it.</source>
        <translation>路径的大部分不在这个平面上：选择“路径方向”才能看到它。</translation>
    </message>
    <message>
        <source>Those weights are of another network than the run&apos;s now: show the newest epoch and compute again.</source>
        <translation>这些权重属于另一个神经网络，不是当前训练的：请显示最新一轮后重新计算。</translation>
    </message>
</context>
<context>
    <name>core.layer_space</name>
    <message>
        <source>neuron {k}</source>
        <translation>神经元 {k}</translation>
    </message>
    <message>
        <source>component {k} ({share:.0%})</source>
        <translation>主成分 {k}（{share:.0%}）</translation>
    </message>
    <message>
        <source>the network has no hidden layer: add one to see the space it makes</source>
        <translation>这个网络没有隐藏层：添加一层，才能看到它变换出的空间</translation>
    </message>
    <message>
        <source>choose two different neurons of layer {layer}, from 1 to {width}</source>
        <translation>请在第 {layer} 层中选择两个不同的神经元，编号从 1 到 {width}</translation>
    </message>
    <message>
        <source>the first two principal components of its {width} neurons over the data</source>
        <translation>它的 {width} 个神经元在数据上的前两个主成分</translation>
    </message>
    <message>
        <source>there is no hidden layer {layer}: the network has {hidden}</source>
        <translation>没有第 {layer} 个隐藏层：这个网络只有 {hidden} 个</translation>
    </message>
    <message>
        <source>neurons {i} and {j} of its {width}</source>
        <translation>它的 {width} 个神经元中的第 {i} 和第 {j} 个</translation>
    </message>
    <message>
        <source>its one neuron, along x</source>
        <translation>它唯一的神经元，沿 x 轴</translation>
    </message>
    <message>
        <source>its two neurons&apos; outputs</source>
        <translation>它两个神经元的输出</translation>
    </message>
</context>
<context>
    <name>core.model_export</name>
    <message>
        <source>there is no network to export yet</source>
        <translation>还没有可导出的神经网络</translation>
    </message>
</context>
<context>
    <name>core.numbers</name>
    <message>
        <source>{n} epoch/s</source>
        <translation>{n} 轮/秒</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} 轮/秒</translation>
    </message>
</context>
<context>
    <name>core.onnx_export</name>
    <message>
        <source>ONNX export needs the onnx package, which is not installed: {install}</source>
        <translation>导出 ONNX 需要 onnx 包，但它尚未安装：{install}</translation>
    </message>
    <message>
        <source>the onnx package cannot be loaded: {install}</source>
        <translation>无法加载 onnx 包：{install}</translation>
    </message>
</context>
<context>
    <name>core.point_report</name>
    <message>
        <source>no point {index}: the set has {n} points</source>
        <translation>没有第 {index} 个数据点：数据集只有 {n} 个点</translation>
    </message>
</context>
<context>
    <name>core.points</name>
    <message>
        <source>{what} is NaN</source>
        <translation>{what} 是 NaN</translation>
    </message>
    <message>
        <source>{axis} = {value} is outside the square [-6, 6]</source>
        <translation>{axis} = {value} 在正方形区域 [-6, 6] 之外</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>{what} is infinite</source>
        <translation>{what} 是无穷大</translation>
    </message>
    <message>
        <source>class {value} is not a whole number</source>
        <translation>类别 {value} 不是整数</translation>
    </message>
    <message>
        <source>class {value} is negative; classes are 0 to {most}</source>
        <translation>类别 {value} 是负数；类别为 0 到 {most}</translation>
    </message>
    <message>
        <source>point {index}: {problem}</source>
        <translation>数据点 {index}：{problem}</translation>
    </message>
    <message>
        <source>class {value} is above {most}; classes are 0 to {most}</source>
        <translation>类别 {value} 大于 {most}；类别为 0 到 {most}</translation>
    </message>
</context>
<context>
    <name>core.run_label</name>
    <message>
        <source>a run needs a name</source>
        <translation>训练需要一个名称</translation>
    </message>
    <message>
        <source>a run&apos;s name has at most {most} characters, this one {length}</source>
        <translation>训练名称最多 {most} 个字符，这个有 {length} 个</translation>
    </message>
    <message>
        <source>a run&apos;s name cannot hold control characters (a line break, a tab ...)</source>
        <translation>训练名称不能包含控制字符（换行、制表符等）</translation>
    </message>
    <message>
        <source>a run&apos;s colour is #rrggbb, got {color!r}</source>
        <translation>训练的颜色应为 #rrggbb，得到的是 {color!r}</translation>
    </message>
</context>
<context>
    <name>core.runs</name>
    <message>
        <source>Run 1</source>
        <translation>训练 1</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>lr {value}</source>
        <translation>学习率 {value}</translation>
    </message>
    <message>
        <source>batch {value}</source>
        <translation>批量 {value}</translation>
    </message>
    <message>
        <source>reg {value}</source>
        <translation>正则化 {value}</translation>
    </message>
    <message>
        <source>hidden {value}</source>
        <translation>隐藏层 {value}</translation>
    </message>
    <message>
        <source>points {value}</source>
        <translation>数据点 {value}</translation>
    </message>
    <message>
        <source>{setting} {value}</source>
        <translation>{setting} {value}</translation>
    </message>
    <message>
        <source>{setting} on</source>
        <translation>{setting} 开</translation>
    </message>
    <message>
        <source>{setting} off</source>
        <translation>{setting} 关</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name}（{n}）</translation>
    </message>
    <message>
        <source>a session has at least one run</source>
        <translation>一个会话至少有一次训练</translation>
    </message>
    <message>
        <source>a session has at most {most} runs</source>
        <translation>一个会话最多有 {most} 次训练</translation>
    </message>
    <message>
        <source>no run {index}: there are {n}</source>
        <translation>没有第 {index} 次训练：共有 {n} 次</translation>
    </message>
    <message>
        <source>a session has at most {most} runs: delete one first</source>
        <translation>一个会话最多有 {most} 次训练：请先删除一次</translation>
    </message>
    <message>
        <source>the last run cannot be deleted</source>
        <translation>不能删除最后一次训练</translation>
    </message>
</context>
<context>
    <name>core.session_texts</name>
    <message>
        <source>session file</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <source>the session cannot be written: {error}</source>
        <translation>无法写入会话：{error}</translation>
    </message>
    <message>
        <source>the session file cannot be read: {error}</source>
        <translation>无法读取会话文件：{error}</translation>
    </message>
    <message>
        <source>the session file cannot be read: {kind}: {error}</source>
        <translation>无法读取会话文件：{kind}：{error}</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a session file</source>
        <translation>文件嵌套太深，不可能是会话文件</translation>
    </message>
    <message>
        <source>the file is too large to read</source>
        <translation>文件太大，无法读取</translation>
    </message>
    <message>
        <source>the file is too large (at most {mb} MB)</source>
        <translation>文件太大（最大 {mb} MB）</translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number in JSON</source>
        <translation>文件中含有 {name}，它在 JSON 中不是数字</translation>
    </message>
    <message>
        <source>not a session file: byte {at} (0x{byte:02x}) is not UTF-8 text</source>
        <translation>不是会话文件：第 {at} 个字节（0x{byte:02x}）不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>not a session file (it does not start with a JSON object)</source>
        <translation>不是会话文件（它不是以 JSON 对象开头）</translation>
    </message>
    <message>
        <source>invalid JSON at line {line} column {column}: {error}</source>
        <translation>第 {line} 行第 {column} 列的 JSON 无效：{error}</translation>
    </message>
    <message>
        <source>invalid JSON: {error}</source>
        <translation>JSON 无效：{error}</translation>
    </message>
    <message>
        <source>not a session file (no &quot;format&quot;: &quot;nnplayground-session&quot; entry)</source>
        <translation>不是会话文件（没有 &quot;format&quot;: &quot;nnplayground-session&quot; 条目）</translation>
    </message>
    <message>
        <source>unknown entry {entry} in the session file (runs need version 3)</source>
        <translation>会话文件中有未知条目 {entry}（多次训练需要第 3 版格式）</translation>
    </message>
    <message>
        <source>unknown entry {entry} in the session file</source>
        <translation>会话文件中有未知条目 {entry}</translation>
    </message>
    <message>
        <source>version: must be a whole number &gt;= 0, got {value}</source>
        <translation>version：必须是 &gt;= 0 的整数，得到的是 {value}</translation>
    </message>
    <message>
        <source>this file was written by a newer nnplayground (format version {version}); please update</source>
        <translation>此文件由更新版本的 nnplayground 写入（格式版本 {version}）；请更新程序</translation>
    </message>
    <message>
        <source>the session file has no experiment</source>
        <translation>会话文件中没有实验设置</translation>
    </message>
    <message>
        <source>the session file has no points</source>
        <translation>会话文件中没有数据点</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{where}: the values must be finite numbers</source>
        <translation>{where}：数值必须是有限数</translation>
    </message>
    <message>
        <source>{where}: must be a whole number, got {value}</source>
        <translation>{where}：必须是整数，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: must be between {lo} and {hi}, got {value}</source>
        <translation>{where}：必须在 {lo} 到 {hi} 之间，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: must be a list of numbers, got {value}</source>
        <translation>{where}：必须是数字列表，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: must hold {length} numbers, holds {found}</source>
        <translation>{where}：必须有 {length} 个数字，实际有 {found} 个</translation>
    </message>
    <message>
        <source>{where}: too many values ({n:,}; at most {most:,})</source>
        <translation>{where}：数值太多（{n:,} 个；最多 {most:,} 个）</translation>
    </message>
    <message>
        <source>{where}: value {i} must be a number, got {value}</source>
        <translation>{where}：第 {i} 个值必须是数字，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: a number is too large</source>
        <translation>{where}：有个数字太大</translation>
    </message>
    <message>
        <source>{where}: value {i} is not a finite number</source>
        <translation>{where}：第 {i} 个值不是有限数</translation>
    </message>
    <message>
        <source>{where}: must be an object, got {value}</source>
        <translation>{where}：必须是对象，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: must be a list, got {value}</source>
        <translation>{where}：必须是列表，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: unknown field(s) {fields}</source>
        <translation>{where}：未知字段 {fields}</translation>
    </message>
    <message>
        <source>{where}: unknown entry {entry}</source>
        <translation>{where}：未知条目 {entry}</translation>
    </message>
    <message>
        <source>{where}: xy must be a list of [x, y] pairs, got {value}</source>
        <translation>{where}：xy 必须是 [x, y] 对的列表，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: too many points ({n:,}; at most {most:,})</source>
        <translation>{where}：数据点太多（{n:,} 个；最多 {most:,} 个）</translation>
    </message>
    <message>
        <source>{where}: point {i} must be an [x, y] pair, got {value}</source>
        <translation>{where}：第 {i} 个点必须是 [x, y] 对，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: {key} must be true or false, got {value}</source>
        <translation>{where}：{key} 必须是 true 或 false，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: unknown parameter group {group}</source>
        <translation>{where}：未知的参数组 {group}</translation>
    </message>
    <message>
        <source>{where}: group {group} must be an object, got {value}</source>
        <translation>{where}：参数组 {group} 必须是对象，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: must be the state of NumPy&apos;s PCG64 generator</source>
        <translation>{where}：必须是 NumPy PCG64 生成器的状态</translation>
    </message>
    <message>
        <source>{where}: must hold bit_generator, state {{state, inc}}, has_uint32 and uinteger</source>
        <translation>{where}：必须包含 bit_generator、state {{state, inc}}、has_uint32 和 uinteger</translation>
    </message>
    <message>
        <source>{where}: rng_state is missing</source>
        <translation>{where}：缺少 rng_state</translation>
    </message>
    <message>
        <source>{where}: unknown column {column}</source>
        <translation>{where}：未知的列 {column}</translation>
    </message>
    <message>
        <source>history: the epoch column is missing</source>
        <translation>history：缺少 epoch 列</translation>
    </message>
    <message>
        <source>history: epochs must be whole numbers &gt;= 0 in increasing order</source>
        <translation>history：轮次必须是递增的、&gt;= 0 的整数</translation>
    </message>
    <message>
        <source>history: records epoch {epoch}, after the saved epoch {saved}</source>
        <translation>history：记录了第 {epoch} 轮，晚于保存时的第 {saved} 轮</translation>
    </message>
    <message>
        <source>an accuracy must be between 0 and 1</source>
        <translation>准确率必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>a loss must be 0 or more</source>
        <translation>损失必须大于或等于 0</translation>
    </message>
    <message>
        <source>history: {column}: row {i} is {value}; {rule} (or null)</source>
        <translation>history：{column}：第 {i} 行是 {value}；{rule}（或为 null）</translation>
    </message>
    <message>
        <source>health: must be an object with epoch and values</source>
        <translation>health：必须是包含 epoch 和 values 的对象</translation>
    </message>
    <message>
        <source>health: values must be a list of {n} rows</source>
        <translation>health：values 必须是 {n} 行的列表</translation>
    </message>
    <message>
        <source>health: epochs must be whole numbers &gt;= 0 in increasing order</source>
        <translation>health：轮次必须是递增的、&gt;= 0 的整数</translation>
    </message>
    <message>
        <source>health: records epoch {epoch}, after the saved epoch {saved}</source>
        <translation>health：记录了第 {epoch} 轮，晚于保存时的第 {saved} 轮</translation>
    </message>
    <message>
        <source>checkpoints: too many ({n:,}; at most {most:,})</source>
        <translation>checkpoints：太多（{n:,} 个；最多 {most:,} 个）</translation>
    </message>
    <message>
        <source>{where}: must be an object with {keys}</source>
        <translation>{where}：必须是包含 {keys} 的对象</translation>
    </message>
    <message>
        <source>{where}: epoch {epoch} is not after the one before ({before})</source>
        <translation>{where}：第 {epoch} 轮不在前一个（{before}）之后</translation>
    </message>
    <message>
        <source>checkpoints: too large (at most {mb} MB of numbers)</source>
        <translation>checkpoints：太大（数字最多 {mb} MB）</translation>
    </message>
    <message>
        <source>params: the network needs {n} parameters, the file has {found}</source>
        <translation>params：神经网络需要 {n} 个参数，文件中有 {found} 个</translation>
    </message>
    <message>
        <source>params: the network needs {n} parameters, the session has {found}</source>
        <translation>params：神经网络需要 {n} 个参数，会话中有 {found} 个</translation>
    </message>
    <message>
        <source>checkpoint {epoch}: the network needs {n} parameters, it has {found}</source>
        <translation>检查点 {epoch}：神经网络需要 {n} 个参数，它有 {found} 个</translation>
    </message>
    <message>
        <source>&quot;run&quot; and &quot;runs&quot; go together: a file has both or neither</source>
        <translation>&quot;run&quot; 和 &quot;runs&quot; 必须同时出现：文件要么两者都有，要么都没有</translation>
    </message>
    <message>
        <source>runs: at most {most} runs, the file has {n}</source>
        <translation>runs：最多 {most} 次训练，文件中有 {n} 次</translation>
    </message>
    <message>
        <source>{where}: the run has no points (null: the current run&apos;s)</source>
        <translation>{where}：这次训练没有数据点（null 表示使用当前训练的）</translation>
    </message>
    <message>
        <source>{where}: the {key} is missing</source>
        <translation>{where}：缺少 {key}</translation>
    </message>
    <message>
        <source>{where}: the {key} must be text, got {value}</source>
        <translation>{where}：{key} 必须是文本，得到的是 {value}</translation>
    </message>
    <message>
        <source>{where}: index must be a whole number from 0 to {last}, got {value}</source>
        <translation>{where}：index 必须是 0 到 {last} 的整数，得到的是 {value}</translation>
    </message>
    <message>
        <source>runs: too many points in all ({n:,}; at most {most:,})</source>
        <translation>runs：数据点总数太多（{n:,} 个；最多 {most:,} 个）</translation>
    </message>
    <message>
        <source>runs: too many history rows in all ({n:,}; at most {most:,})</source>
        <translation>runs：历史记录总行数太多（{n:,} 行；最多 {most:,} 行）</translation>
    </message>
    <message>
        <source>runs: too many layer health records in all ({n:,}; at most {most:,})</source>
        <translation>runs：各层健康记录总数太多（{n:,} 条；最多 {most:,} 条）</translation>
    </message>
    <message>
        <source>runs: the checkpoints are too large (at most {mb} MB in all)</source>
        <translation>runs：检查点太大（总共最多 {mb} MB）</translation>
    </message>
    <message>
        <source>the runs hold {n:,} points in all, more than a session file can ({most:,}): delete the runs whose points differ</source>
        <translation>各次训练共有 {n:,} 个数据点，超过会话文件的上限（{most:,} 个）：请删除数据点不同的训练</translation>
    </message>
    <message>
        <source>the runs take {mb:.0f} MB, more than a session file can ({most} MB): delete some runs</source>
        <translation>各次训练占用 {mb:.0f} MB，超过会话文件的上限（{most} MB）：请删除一些训练</translation>
    </message>
    <message>
        <source>the runs take more than a session file can ({most} MB): delete some runs</source>
        <translation>各次训练超过会话文件的上限（{most} MB）：请删除一些训练</translation>
    </message>
</context>
<context>
    <name>core.setting</name>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>class name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>class names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>input feature</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>points</source>
        <translation>个点</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>个神经元</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>{lo} to {hi}</source>
        <translation>{lo} 到 {hi}</translation>
    </message>
    <message>
        <source>{low}, {high}</source>
        <translation>{low}，{high}</translation>
    </message>
    <message>
        <source>above {value}</source>
        <translation>大于 {value}</translation>
    </message>
    <message>
        <source>at least {value}</source>
        <translation>至少 {value}</translation>
    </message>
    <message>
        <source>below {value}</source>
        <translation>小于 {value}</translation>
    </message>
    <message>
        <source>at most {value}</source>
        <translation>至多 {value}</translation>
    </message>
    <message>
        <source>a number of {n:,} digits</source>
        <translation>一个 {n:,} 位的数</translation>
    </message>
    <message>
        <source>a negative number of {n:,} digits</source>
        <translation>一个 {n:,} 位的负数</translation>
    </message>
    <message>
        <source>{name} must be a list, got {value}</source>
        <translation>{name}必须是列表，得到的是 {value}</translation>
    </message>
    <message>
        <source>at least {n} {items}, got {found}</source>
        <translation>至少需要 {n} 个{items}，得到的是 {found} 个</translation>
    </message>
    <message>
        <source>at most {n} {items}, got {found}</source>
        <translation>最多 {n} 个{items}，得到的是 {found} 个</translation>
    </message>
    <message>
        <source>unknown {name} {value}; choose one of {choices}</source>
        <translation>未知的{name} {value}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>{name} must be {kind}, got {value}</source>
        <translation>{name}必须是{kind}，得到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name}必须是有限数，得到的是 {value}</translation>
    </message>
    <message>
        <source>{range} {unit}</source>
        <translation>{range} {unit}</translation>
    </message>
    <message>
        <source>a {item} needs {needs}, got {value}</source>
        <translation>每个{item}需要 {needs}，得到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be {bound}, got {value}</source>
        <translation>{name}必须{bound}，得到的是 {value}</translation>
    </message>
</context>
<context>
    <name>core.shipped</name>
    <message>
        <source>Palmer penguins</source>
        <translation>帕尔默企鹅</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>鸢尾花</translation>
    </message>
    <message>
        <source>Penguin body mass</source>
        <translation>企鹅体重</translation>
    </message>
</context>
<context>
    <name>core.step_trace</name>
    <message>
        <source>this is a test point: the network never learns from test points</source>
        <translation>这是测试点：神经网络从不从测试点学习</translation>
    </message>
    <message>
        <source>there are no training points: draw or generate some data first</source>
        <translation>没有训练数据点：请先绘制或生成一些数据</translation>
    </message>
    <message>
        <source>there is no point {point}: the data hold {n}</source>
        <translation>没有第 {point} 个数据点：数据只有 {n} 个</translation>
    </message>
</context>
<context>
    <name>core.stopping</name>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}, as asked.</source>
        <translation>已按要求在第 {epoch} 轮停止。</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the {name} reached {loss} (target {target}).</source>
        <translation>在第 {epoch} 轮停止：{name}达到 {loss}（目标 {target}）。</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test accuracy reached {accuracy} (target {target}).</source>
        <translation>在第 {epoch} 轮停止：测试准确率达到 {accuracy}（目标 {target}）。</translation>
    </message>
    <message>
        <source>Stopped early at epoch {epoch}: the {name} has not improved for {patience} epochs (best {best} at epoch {best_epoch}).</source>
        <translation>在第 {epoch} 轮提前停止：{name}已有 {patience} 轮没有改善（最佳为第 {best_epoch} 轮的 {best}）。</translation>
    </message>
    <message>
        <source>{stop} The weights of epoch {epoch}, the best, are restored.</source>
        <translation>{stop}已恢复最佳的第 {epoch} 轮的权重。</translation>
    </message>
    <message>
        <source>There are no training points: draw or generate some data first.</source>
        <translation>没有训练数据点：请先绘制或生成一些数据。</translation>
    </message>
    <message>
        <source>the loss became infinite</source>
        <translation>损失变成了无穷大</translation>
    </message>
    <message>
        <source>the loss exploded to {loss}</source>
        <translation>损失暴涨到 {loss}</translation>
    </message>
    <message>
        <source>Training diverged in epoch {epoch}: {what}. The weights of epoch {good}, the last with a sane loss, are restored; try a smaller learning rate.</source>
        <translation>训练在第 {epoch} 轮发散：{what}。已恢复损失仍正常的最后一轮（第 {good} 轮）的权重；请试试更小的学习率。</translation>
    </message>
    <message>
        <source>Training diverged in epoch {epoch}: {what}. The weights of epoch {good} (loss {loss}), the last with a sane loss, are restored; try a smaller learning rate.</source>
        <translation>训练在第 {epoch} 轮发散：{what}。已恢复损失仍正常的最后一轮（第 {good} 轮，损失 {loss}）的权重；请试试更小的学习率。</translation>
    </message>
</context>
<context>
    <name>core.sweep</name>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>0 to {most} hidden layers</source>
        <translation>0 到 {most} 个隐藏层</translation>
    </message>
    <message>
        <source>{range} {unit}</source>
        <translation>{range} {unit}</translation>
    </message>
    <message>
        <source>{axis}: {text!r} is not {what} ({label}: {range})</source>
        <translation>{axis}：{text!r} 不是{what}（{label}：{range}）</translation>
    </message>
    <message>
        <source>{axis}: {text!r} is not a finite number ({label}: {range})</source>
        <translation>{axis}：{text!r} 不是有限数（{label}：{range}）</translation>
    </message>
    <message>
        <source>{axis}={value}: {problem} ({label}: {range})</source>
        <translation>{axis}={value}：{problem}（{label}：{range}）</translation>
    </message>
    <message>
        <source>the network has no hidden layer, so no activation to vary</source>
        <translation>神经网络没有隐藏层，所以没有可变化的激活函数</translation>
    </message>
    <message>
        <source>the network has no hidden layer to widen; give --hidden</source>
        <translation>神经网络没有可加宽的隐藏层；请给出 --hidden</translation>
    </message>
    <message>
        <source>depth must be a whole number of hidden layers, got {depth!r}</source>
        <translation>深度必须是隐藏层的整数个数，得到的是 {depth!r}</translation>
    </message>
    <message>
        <source>the regularization is none, so its rate changes nothing: choose l1 or l2</source>
        <translation>正则化为 none，所以它的比率不起作用：请选择 l1 或 l2</translation>
    </message>
    <message>
        <source>{name}: cannot be varied; vary one of {axes}</source>
        <translation>{name}：不能变化；请变化 {axes} 之一</translation>
    </message>
    <message>
        <source>{axis}: give at least one value</source>
        <translation>{axis}：请至少给出一个值</translation>
    </message>
    <message>
        <source>{axis}: at most {most} values, got {n}</source>
        <translation>{axis}：最多 {most} 个值，得到的是 {n} 个</translation>
    </message>
    <message>
        <source>{axis}: {value} is given twice</source>
        <translation>{axis}：{value} 给出了两次</translation>
    </message>
    <message>
        <source>epochs must be a whole number of at least 1, got {epochs!r}</source>
        <translation>轮数必须是至少为 1 的整数，得到的是 {epochs!r}</translation>
    </message>
    <message>
        <source>{axis}: a value is empty in {text!r}</source>
        <translation>{axis}：{text!r} 中有一个值为空</translation>
    </message>
    <message>
        <source>{text}: expected NAME=V1,V2,... such as lr=0.003,0.03,0.3</source>
        <translation>{text}：应为 NAME=V1,V2,... 的形式，例如 lr=0.003,0.03,0.3</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>neurons per hidden layer</source>
        <translation>每个隐藏层的神经元数</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>regularization rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
</context>
<context>
    <name>core.texts</name>
    <message>
        <source>{rest}, {last}</source>
        <translation>{rest}、{last}</translation>
    </message>
    <message>
        <source>{rest} and {last}</source>
        <translation>{rest}和{last}</translation>
    </message>
</context>
<context>
    <name>core.tfp_texts</name>
    <message>
        <source>a link must be text</source>
        <translation>链接必须是文本</translation>
    </message>
    <message>
        <source>the link is {n:,} characters long; a TensorFlow Playground link is far shorter</source>
        <translation>链接长达 {n:,} 个字符；TensorFlow Playground 的链接要短得多</translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation>链接为空</translation>
    </message>
    <message>
        <source>the link has no &apos;#&apos; followed by settings (TFP keeps them after the &apos;#&apos;)</source>
        <translation>链接中没有 “#” 及其后的设置（TFP 把设置放在 “#” 之后）</translation>
    </message>
    <message>
        <source>{part!r} is not a name=value pair</source>
        <translation>{part!r} 不是 name=value 形式</translation>
    </message>
    <message>
        <source>the link has no settings after its &apos;#&apos;</source>
        <translation>链接的 “#” 之后没有设置</translation>
    </message>
    <message>
        <source>the link holds none of TensorFlow Playground&apos;s settings (activation, dataset, ...)</source>
        <translation>链接中没有任何 TensorFlow Playground 的设置（activation、dataset 等）</translation>
    </message>
    <message>
        <source>keys TensorFlow Playground does not have, ignored: {keys}</source>
        <translation>TensorFlow Playground 没有这些键，已忽略：{keys}</translation>
    </message>
    <message>
        <source>TFP&apos;s hidden controls have no equivalent (every control is shown): {keys}</source>
        <translation>TFP 的隐藏控件在这里没有对应（所有控件都会显示）：{keys}</translation>
    </message>
    <message>
        <source>{key} ({what})</source>
        <translation>{key}（{what}）</translation>
    </message>
    <message>
        <source>no equivalent here, ignored: {keys}</source>
        <translation>这里没有对应功能，已忽略：{keys}</translation>
    </message>
    <message>
        <source>TFP&apos;s statistics collection</source>
        <translation>TFP 的统计收集</translation>
    </message>
    <message>
        <source>TFP&apos;s tutorial text</source>
        <translation>TFP 的教程文字</translation>
    </message>
    <message>
        <source>TFP&apos;s hiding of its article text</source>
        <translation>TFP 隐藏文章文字的选项</translation>
    </message>
    <message>
        <source>noise {noise} is taken as {taken}, as TFP takes it</source>
        <translation>噪声 {noise} 按 TFP 的方式当作 {taken}</translation>
    </message>
    <message>
        <source>the link switches every input feature off; a network needs at least one</source>
        <translation>链接关闭了所有输入特征；神经网络至少需要一个</translation>
    </message>
    <message>
        <source>the link&apos;s settings do not fit: {problem}</source>
        <translation>链接的设置不适用：{problem}</translation>
    </message>
    <message>
        <source>{key} {value!r} is not one of TFP&apos;s: {choices}</source>
        <translation>{key} {value!r} 不是 TFP 的选项之一：{choices}</translation>
    </message>
    <message>
        <source>{key} {value!r} is not a number</source>
        <translation>{key} {value!r} 不是数字</translation>
    </message>
    <message>
        <source>{key} {value!r} is not a whole number</source>
        <translation>{key} {value!r} 不是整数</translation>
    </message>
    <message>
        <source>networkShape {value!r} is not a list of layer widths such as 4,2</source>
        <translation>networkShape {value!r} 不是层宽度的列表（例如 4,2）</translation>
    </message>
    <message>
        <source>the link has no seed: seed 0 is used</source>
        <translation>链接中没有种子：使用种子 0</translation>
    </message>
    <message>
        <source>TFP&apos;s seed {text!r} is seed {seed} here (the points are drawn by the app&apos;s generator)</source>
        <translation>TFP 的种子 {text!r} 在这里是种子 {seed}（数据点由本程序的生成器绘制）</translation>
    </message>
    <message>
        <source>the data set {name!r} is not one of TFP&apos;s ({names})</source>
        <translation>数据集 {name!r} 不是 TFP 的数据集（{names}）</translation>
    </message>
    <message>
        <source>TFP has {name!r} only for regression</source>
        <translation>TFP 只在回归中有 {name!r}</translation>
    </message>
    <message>
        <source>TFP has {name!r} only for classes</source>
        <translation>TFP 只在分类中有 {name!r}</translation>
    </message>
    <message>
        <source>{n} classes (TFP has two)</source>
        <translation>{n} 个类别（TFP 只有两个）</translation>
    </message>
    <message>
        <source>points imported from a file (TFP draws its own data sets)</source>
        <translation>从文件导入的数据点（TFP 自己绘制数据集）</translation>
    </message>
    <message>
        <source>the input features {extra} (TFP has {inputs})</source>
        <translation>输入特征 {extra}（TFP 有 {inputs}）</translation>
    </message>
    <message>
        <source>one activation per layer (TFP has one for all layers)</source>
        <translation>每层一个激活函数（TFP 所有层共用一个）</translation>
    </message>
    <message>
        <source>the activation {odd} (TFP has {activations})</source>
        <translation>激活函数 {odd}（TFP 有 {activations}）</translation>
    </message>
    <message>
        <source>{n} hidden layers (TFP has at most {most})</source>
        <translation>{n} 个隐藏层（TFP 最多 {most} 个）</translation>
    </message>
    <message>
        <source>layers of {n} neurons (TFP has at most {most})</source>
        <translation>有 {n} 个神经元的层（TFP 最多 {most} 个）</translation>
    </message>
    <message>
        <source>a batch size of {n} (TFP has 1 to {most})</source>
        <translation>批量大小为 {n}（TFP 为 1 到 {most}）</translation>
    </message>
    <message>
        <source>noise {noise} (TFP has at most {most})</source>
        <translation>噪声 {noise}（TFP 最多 {most}）</translation>
    </message>
    <message>
        <source>TFP trains with a squared error, not cross-entropy</source>
        <translation>TFP 用平方误差训练，而不是交叉熵</translation>
    </message>
    <message>
        <source>TFP trains with plain SGD, not {optimizer}</source>
        <translation>TFP 用普通 SGD 训练，而不是 {optimizer}</translation>
    </message>
    <message>
        <source>TFP draws its first weights its own way (uniform in -0.5..0.5)</source>
        <translation>TFP 用自己的方式生成初始权重（在 -0.5..0.5 中均匀分布）</translation>
    </message>
    <message>
        <source>TFP always draws {tfp} points, not {n}</source>
        <translation>TFP 总是绘制 {tfp} 个数据点，而不是 {n} 个</translation>
    </message>
    <message>
        <source>TFP has one seed: the link carries {seed}, the weights&apos; seed, not the data&apos;s</source>
        <translation>TFP 只有一个种子：链接带的是权重的种子 {seed}，不是数据的种子</translation>
    </message>
    <message>
        <source>TFP&apos;s random generator differs, so its points and first weights are not these</source>
        <translation>TFP 的随机数生成器不同，所以它的数据点和初始权重与这里的不同</translation>
    </message>
</context>
<context>
    <name>training.controller</name>
    <message>
        <source>The training process stopped unexpectedly; start a new session to go on.</source>
        <translation>训练进程意外停止；请开始新的会话以继续。</translation>
    </message>
    <message>
        <source>the training process has stopped</source>
        <translation>训练进程已停止</translation>
    </message>
    <message>
        <source>the run was shut down</source>
        <translation>训练已关闭</translation>
    </message>
    <message>
        <source>The training process sent a reply of an unknown kind: {kind}.</source>
        <translation>训练进程发来一个未知类型的回复：{kind}。</translation>
    </message>
</context>
<context>
    <name>training.runner</name>
    <message>
        <source>The training process failed: {kind}: {error}</source>
        <translation>训练进程出错：{kind}：{error}</translation>
    </message>
    <message>
        <source>Could not build the network: {error}</source>
        <translation>无法构建神经网络：{error}</translation>
    </message>
    <message>
        <source>The training process does not know the command {command!r}.</source>
        <translation>训练进程不认识命令 {command!r}。</translation>
    </message>
    <message>
        <source>there is no network yet: fix the settings first</source>
        <translation>还没有神经网络：请先修正设置</translation>
    </message>
</context>
<context>
    <name>training.sweeper</name>
    <message>
        <source>a training process of the sweep stopped unexpectedly</source>
        <translation>参数扫描中的一个训练进程意外停止</translation>
    </message>
</context>
<context>
    <name>ui.commands</name>
    <message>
        <source>Bias</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <source>Remove Layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Add Neuron</source>
        <translation>添加神经元</translation>
    </message>
    <message>
        <source>Remove Neuron</source>
        <translation>删除神经元</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ui.common.accessibility</name>
    <message>
        <source>training loss {loss}</source>
        <translation>训练损失 {loss}</translation>
    </message>
    <message>
        <source>test loss {loss}</source>
        <translation>测试损失 {loss}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation>（对数刻度）</translation>
    </message>
    <message>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>{n} 个类别</translation>
    </message>
    <message>
        <source>{n} test (shown)</source>
        <translation>{n} 个测试点（已显示）</translation>
    </message>
    <message>
        <source>{n} test (hidden)</source>
        <translation>{n} 个测试点（已隐藏）</translation>
    </message>
    <message>
        <source>{points} points in {kinds}: {train} training, {test}</source>
        <translation>{points} 个点，{kinds}：{train} 个训练点，{test}</translation>
    </message>
    <message>
        <source>the network gets {train} of the training points right and {test} of the test points</source>
        <translation>神经网络答对了 {train} 的训练点和 {test} 的测试点</translation>
    </message>
    <message>
        <source>the network gets {train} of the training points right</source>
        <translation>神经网络答对了 {train} 的训练点</translation>
    </message>
    <message>
        <source>{head}; {right}, at epoch {epoch}</source>
        <translation>{head}；{right}，第 {epoch} 轮</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{n} {activation} output</source>
        <translation>{n} 个 {activation} 输出</translation>
    </message>
    <message>
        <source>inputs {inputs}</source>
        <translation>输入 {inputs}</translation>
    </message>
    <message>
        <source>Network with {n} hidden layers: {layers}; epoch {epoch}</source>
        <translation>有 {n} 个隐藏层的神经网络：{layers}；第 {epoch} 轮</translation>
    </message>
</context>
<context>
    <name>ui.common.explain</name>
    <message>
        <source>Neurons: each neuron computes h = f(w1·x1 + w2·x2 + ... + b) and its picture shows h over the plane. More neurons give the layer more capacity, and more room to over-fit.</source>
        <translation>神经元：每个神经元计算 h = f(w1·x1 + w2·x2 + ... + b)，它的小图显示 h 在整个平面上的值。神经元越多，这一层的能力越强，但也越容易过拟合。</translation>
    </message>
    <message>
        <source>Explain one step: pause and take the next training step apart on the diagram, stage by stage (← →): forward propagation layer by layer (z = W·x + b, h = f(z)), the loss, the error sent back (δ) and the update of every weight. Alt+click a point on the canvas to explain the step on that point alone; Return applies the step.</source>
        <translation>讲解一步：暂停，并在网络图上一个阶段一个阶段地拆解下一步训练（← →）：逐层的前向传播（z = W·x + b，h = f(z)）、损失、反向传回的误差（δ）以及每个权重的更新。在画布上按住 Alt 点击一个点，只讲解针对这个点的一步；按回车执行这一步。</translation>
    </message>
    <message>
        <source>Play / pause: run gradient descent continuously, one epoch after another.</source>
        <translation>播放 / 暂停：一轮接一轮地持续进行梯度下降。</translation>
    </message>
    <message>
        <source>Step: one epoch, i.e. one pass over all training points in mini-batches. Watch how each step moves the weights and the boundary.</source>
        <translation>单步：训练一轮，即按小批量把所有训练点过一遍。观察每一步如何改变权重和决策边界。</translation>
    </message>
    <message>
        <source>Reset: draw fresh random weights (same seed) and go back to epoch 0.</source>
        <translation>重置：重新随机抽取权重（相同的种子），回到第 0 轮。</translation>
    </message>
    <message>
        <source>Loss: a single number measuring how wrong the network is on the points. Training means nudging every weight against its gradient so this number goes down.</source>
        <translation>损失：用一个数衡量神经网络在这些点上错得有多厉害。训练就是让每个权重沿着梯度的反方向挪动一点，使这个数变小。</translation>
    </message>
    <message>
        <source>Over-fitting: when the training loss keeps falling while the test loss starts rising, the network is memorising the training points instead of learning the pattern. Fewer neurons, L2 regularization or more data reduce it.</source>
        <translation>过拟合：训练损失一直下降而测试损失开始上升时，神经网络是在死记训练点，而不是学习其中的规律。减少神经元、使用 L2 正则化或增加数据都能减轻过拟合。</translation>
    </message>
    <message>
        <source>Epoch: one full pass over the training data. The counter shows how many passes have been made.</source>
        <translation>轮次：把训练数据完整地过一遍。计数器显示已经过了多少遍。</translation>
    </message>
    <message>
        <source>Timeline: drag back to an earlier epoch to see the network as it was then; training resumes from there.</source>
        <translation>时间线：拖回到较早的一轮，查看神经网络当时的样子；训练会从那里继续。</translation>
    </message>
    <message>
        <source>Discretize output: colour each region by the class the network would pick, instead of shading by how confident it is.</source>
        <translation>离散化输出：按神经网络会选择的类别给每个区域上色，而不是按它有多确定来深浅着色。</translation>
    </message>
    <message>
        <source>Show test data: draw the held-back test points too, to see where the network generalises and where it does not.</source>
        <translation>显示测试数据：把预留的测试点也画出来，看看神经网络在哪里能推广、在哪里不能。</translation>
    </message>
    <message>
        <source>Weight: how strongly one neuron&apos;s output pushes the next one. Blue is positive, orange negative, and a thicker line is a larger weight. Click to type a new value.</source>
        <translation>权重：一个神经元的输出对下一个神经元的影响有多大。蓝色为正，橙色为负，线越粗权重越大。点击可输入新值。</translation>
    </message>
    <message>
        <source>Bias: the b in f(w·x + b), a constant that shifts where the neuron switches on. Click to type a new value.</source>
        <translation>偏差：f(w·x + b) 中的 b，一个常数，它移动神经元开始激活的位置。点击可输入新值。</translation>
    </message>
    <message>
        <source>Output: the network&apos;s answer. One neuron per class (softmax) picks a class, a single sigmoid neuron gives the probability of the blue class, a linear one gives a number (regression).</source>
        <translation>输出：神经网络的答案。每个类别一个神经元（softmax）时选出一个类别；单个 sigmoid 神经元给出蓝色类别的概率；线性神经元给出一个数（回归）。</translation>
    </message>
</context>
<context>
    <name>ui.common.setting_widgets</name>
    <message>
        <source>The {noun} must be a number ({range}); {text} is not.</source>
        <translation>{noun}必须是一个数（{range}）；{text} 不是。</translation>
    </message>
</context>
<context>
    <name>ui.data.csv_dialog</name>
    <message>
        <source>From the column</source>
        <translation>取自该列</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Values (regression)</source>
        <translation>数值（回归）</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>{rows} rows, {columns} columns; {description}.</source>
        <translation>{rows} 行，{columns} 列；{description}。</translation>
    </message>
    <message>
        <source>Skip the bad rows</source>
        <translation>跳过坏行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>x (horizontal):</source>
        <translation>x（横轴）：</translation>
    </message>
    <message>
        <source>y (vertical):</source>
        <translation>y（纵轴）：</translation>
    </message>
    <message>
        <source>Label or value:</source>
        <translation>标签或数值：</translation>
    </message>
    <message>
        <source>The label is:</source>
        <translation>标签是：</translation>
    </message>
    <message>
        <source>Rescale into the square:</source>
        <translation>缩放到方框内：</translation>
    </message>
    <message>
        <source>Preview (the chosen columns are shaded):</source>
        <translation>预览（选中的列带底色）：</translation>
    </message>
    <message>
        <source>Bad rows:</source>
        <translation>坏行：</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>……还有 {count} 行</translation>
    </message>
    <message>
        <source>{summary}. Skip the bad rows to import the others.</source>
        <translation>{summary}。跳过坏行即可导入其余各行。</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ui.data.drawing</name>
    <message>
        <source>No point near enough to erase here.</source>
        <translation>这里附近没有可擦除的点。</translation>
    </message>
</context>
<context>
    <name>ui.data.formula_entry</name>
    <message>
        <source>A data set from a rule: two classes where a comparison holds or not (y &gt; sin(x), x**2 + y**2 &lt; 9, abs(x) + abs(y) &lt; 4, and/or/not to combine), or values for regression (f = sin(x) * cos(y)). Names: x, y, {constants}; functions: {functions}; operators + - * / ** %. Press Enter to generate; noise, points and seed apply as to any set.</source>
        <translation>由规则生成数据集：按比较是否成立分成两个类别（y &gt; sin(x)、x**2 + y**2 &lt; 9、abs(x) + abs(y) &lt; 4，可用 and/or/not 组合），或生成回归用的数值（f = sin(x) * cos(y)）。名称：x, y, {constants}；函数：{functions}；运算符 + - * / ** %。按 Enter 生成；噪声、点数和种子与其他数据集一样适用。</translation>
    </message>
    <message>
        <source>y &gt; sin(x)  or  f = sin(x) * cos(y)</source>
        <translation>y &gt; sin(x)  或  f = sin(x) * cos(y)</translation>
    </message>
</context>
<context>
    <name>ui.data.import_csv</name>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import {count} Points</source>
        <translation>导入 {count} 个点</translation>
    </message>
    <message>
        <source>Import points</source>
        <translation>导入点</translation>
    </message>
    <message>
        <source>Import cancelled: nothing changed.</source>
        <translation>已取消导入：没有任何改动。</translation>
    </message>
    <message>
        <source>Could not import {path}: {error}</source>
        <translation>无法导入 {path}：{error}</translation>
    </message>
    <message>
        <source>Imported {summary} from {path}.</source>
        <translation>已从 {path} 导入 {summary}。</translation>
    </message>
    <message>
        <source>Class {number}: {name}</source>
        <translation>类别 {number}：{name}</translation>
    </message>
    <message>
        <source>Class {number}</source>
        <translation>类别 {number}</translation>
    </message>
</context>
<context>
    <name>ui.data.looks</name>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Class {number}</source>
        <translation>类别 {number}</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>ui.data.panel</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Click to add a point of the chosen class</source>
        <translation>点击添加一个所选类别的点</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>喷刷</translation>
    </message>
    <message>
        <source>Drag to paint a spray of points of the chosen class</source>
        <translation>拖动以喷出一片所选类别的点</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Click or drag to erase points (a right click always erases)</source>
        <translation>点击或拖动以擦除点（右键总是擦除）</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Click a point to pick it, click empty space to let it go (Alt+click picks with any tool)</source>
        <translation>点击一个点以选中它，点击空白处取消选中（任何工具下都可用 Alt+点击选点）</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Draw a fresh sample of the same kind (the seed moves on by one); undo brings back the old</source>
        <translation>抽取同类的新样本（种子加一）；撤销可恢复原来的</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Class {number} (key {number}): new points get this class</source>
        <translation>类别 {number}（按键 {number}）：新点属于此类别</translation>
    </message>
    <message>
        <source>Class {number}</source>
        <translation>类别 {number}</translation>
    </message>
    <message>
        <source>value </source>
        <translation>值 </translation>
    </message>
    <message>
        <source>The value new points get (regression): -1 is orange, +1 blue</source>
        <translation>新点的数值（回归）：-1 为橙色，+1 为蓝色</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every point (undo brings them back)</source>
        <translation>删除所有点（撤销可恢复）</translation>
    </message>
    <message>
        <source>{count} points: {training} training, {test} test</source>
        <translation>{count} 个点：训练 {training}，测试 {test}</translation>
    </message>
</context>
<context>
    <name>ui.data.point_tip</name>
    <message>
        <source>log-loss</source>
        <translation>对数损失</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <source>Class {number}</source>
        <translation>类别 {number}</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>测试点</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>训练点</translation>
    </message>
    <message>
        <source>Point {number}</source>
        <translation>点 {number}</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>layer {number} · {activation}</source>
        <translation>第 {number} 层 · {activation}</translation>
    </message>
    <message>
        <source>&lt;b&gt;output&lt;/b&gt; {output}, target {target}</source>
        <translation>&lt;b&gt;输出&lt;/b&gt; {output}，目标 {target}</translation>
    </message>
    <message>
        <source>&lt;b&gt;output&lt;/b&gt; {scores}</source>
        <translation>&lt;b&gt;输出&lt;/b&gt; {scores}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{predicted}&lt;/b&gt;, target {target} ({verdict})</source>
        <translation>预测 &lt;b&gt;{predicted}&lt;/b&gt;，目标 {target}（{verdict}）</translation>
    </message>
    <message>
        <source>loss ({name}) &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>损失（{name}）&lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>值 {value}</translation>
    </message>
</context>
<context>
    <name>ui.insight.health_bands</name>
    <message>
        <source>Activations over epochs</source>
        <translation>各轮次的激活值</translation>
    </message>
    <message>
        <source>Gradients over epochs</source>
        <translation>各轮次的梯度</translation>
    </message>
    <message>
        <source>How the layer&apos;s outputs spread over the training points, epoch by epoch: the bands hold the middle 50 %, 80 % and all of them, the line is the median. Recorded every few epochs while the run plays.</source>
        <translation>该层的输出在训练点上的分布，逐轮显示：色带依次包含中间 50 %、80 % 和全部的值，线为中位数。训练运行时每隔几轮记录一次。</translation>
    </message>
    <message>
        <source>How the backpropagated gradients spread over the training points, epoch by epoch: bands shrinking to 0 mean the layer stops learning.</source>
        <translation>反向传播的梯度在训练点上的分布，逐轮显示：色带缩到 0 表示该层不再学习。</translation>
    </message>
</context>
<context>
    <name>ui.insight.health_view</name>
    <message>
        <source>Activations f(z)</source>
        <translation>激活值 f(z)</translation>
    </message>
    <message>
        <source>Gradients dℓ/dz</source>
        <translation>梯度 dℓ/dz</translation>
    </message>
    <message>
        <source>Weights in</source>
        <translation>输入权重</translation>
    </message>
    <message>
        <source>Each unit&apos;s output over the training points, all units of the layer together</source>
        <translation>每个单元在所有训练点上的输出，这一层的所有单元合在一起</translation>
    </message>
    <message>
        <source>The backpropagated error: the gradient of each point&apos;s loss with respect to the unit&apos;s input z, over the training points (tiny values in the first layers: vanishing gradients)</source>
        <translation>反向传播的误差：每个点的损失对单元输入 z 的梯度，覆盖所有训练点（前几层的值极小：梯度消失）</translation>
    </message>
    <message>
        <source>The weights into the layer</source>
        <translation>进入这一层的权重</translation>
    </message>
    <message>
        <source>Layer Health</source>
        <translation>层健康状况</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Over the training points, all units of a layer together; bar heights on a log scale.</source>
        <translation>覆盖所有训练点，一层的所有单元合在一起；柱高为对数刻度。</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {points} training points.</source>
        <translation>第 {epoch} 轮：{points} 个训练点。</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {points} training points; |Δw|/|w| from the weights at the end of epoch {since}.</source>
        <translation>第 {epoch} 轮：{points} 个训练点；|Δw|/|w| 相对于第 {since} 轮结束时的权重。</translation>
    </message>
    <message>
        <source>No dead, saturated or vanishing units found.</source>
        <translation>没有发现死亡、饱和或梯度消失的单元。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
    <message>
        <source>{activation} · {n} unit</source>
        <translation>{activation} · {n} 个单元</translation>
    </message>
    <message>
        <source>{activation} · {n} units</source>
        <translation>{activation} · {n} 个单元</translation>
    </message>
    <message>
        <source>{n} dead</source>
        <translation>{n} 个死亡</translation>
    </message>
    <message>
        <source>{n} saturated</source>
        <translation>{n} 个饱和</translation>
    </message>
    <message>
        <source>{what}, layer {layer}</source>
        <translation>{what}，第 {layer} 层</translation>
    </message>
</context>
<context>
    <name>ui.insight.landscape_view</name>
    <message>
        <source>Random (normalised per neuron)</source>
        <translation>随机（按神经元归一化）</translation>
    </message>
    <message>
        <source>The path&apos;s main directions</source>
        <translation>路径的主方向</translation>
    </message>
    <message>
        <source>Two weights</source>
        <translation>两个权重</translation>
    </message>
    <message>
        <source>Two random directions, each neuron&apos;s part scaled to that neuron&apos;s own weights (Li et al. 2018). They show the shape of the loss around the weights; the path mostly lies outside such a plane.</source>
        <translation>两个随机方向，每个神经元的分量按该神经元自己的权重缩放（Li 等，2018）。它们显示权重周围损失的形状；训练路径大多不在这样的平面上。</translation>
    </message>
    <message>
        <source>The two directions the recent training path moved most along (its principal components): the plane the optimizer&apos;s steps lie nearest to.</source>
        <translation>最近的训练路径移动最多的两个方向（它的主成分）：优化器的步伐最贴近的平面。</translation>
    </message>
    <message>
        <source>Move two weights (or biases) of your choice; &apos;from 0&apos; is the target neuron&apos;s bias.</source>
        <translation>移动你选的两个权重（或偏差）；“从 0” 指目标神经元的偏差。</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>The neuron of the layer before (0: the bias of the target neuron)</source>
        <translation>前一层的神经元（0：目标神经元的偏差）</translation>
    </message>
    <message>
        <source>Loss Landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>New Directions</source>
        <translation>换方向</translation>
    </message>
    <message>
        <source>Two other random directions, and compute</source>
        <translation>换两个随机方向并计算</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Pause training and compute the loss over a 41 x 41 slice through the weights on screen (the timeline&apos;s epoch)</source>
        <translation>暂停训练，在穿过屏幕上权重（时间线所示轮次）的 41 x 41 切片上计算损失</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Weight 1:</source>
        <translation>权重 1：</translation>
    </message>
    <message>
        <source>Weight 2:</source>
        <translation>权重 2：</translation>
    </message>
    <message>
        <source>direction 1</source>
        <translation>方向 1</translation>
    </message>
    <message>
        <source>direction 2</source>
        <translation>方向 2</translation>
    </message>
    <message>
        <source>Loss landscape around the weights</source>
        <translation>当前权重周围的损失地形</translation>
    </message>
    <message>
        <source>Press Compute to see the loss around the current weights.</source>
        <translation>按“计算”查看当前权重周围的损失。</translation>
    </message>
    <message>
        <source>Darker is a lower training loss (log scale). &lt;span style=&apos;color:{path_color}&apos;&gt;Orange&lt;/span&gt;: the recent path, from the ring to the star (the weights now). &lt;span style=&apos;color:{gradient_color}&apos;&gt;Arrow&lt;/span&gt;: the way a gradient-descent step goes.</source>
        <translation>颜色越深，训练损失越低（对数刻度）。&lt;span style=&apos;color:{path_color}&apos;&gt;橙色&lt;/span&gt;：最近的训练路径，从圆圈到星号（当前的权重）。&lt;span style=&apos;color:{gradient_color}&apos;&gt;箭头&lt;/span&gt;：梯度下降一步要走的方向。</translation>
    </message>
    <message>
        <source>The network or the data changed while the slice was computed: press Compute again.</source>
        <translation>计算切片期间神经网络或数据已改变：请再按“计算”。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Epoch {epoch}: loss {loss} here (the star); over the slice {lowest} to {highest}. Path: epochs {first} to {epoch}. Directions: {note}.</source>
        <translation>第 {epoch} 轮：此处（星号）损失为 {loss}；整个切片上从 {lowest} 到 {highest}。路径：第 {first} 轮到第 {epoch} 轮。方向：{note}。</translation>
    </message>
</context>
<context>
    <name>ui.insight.run</name>
    <message>
        <source>the training process has stopped</source>
        <translation>训练进程已停止</translation>
    </message>
    <message>
        <source>The training process did not answer in time; try again.</source>
        <translation>训练进程没有及时响应，请重试。</translation>
    </message>
    <message>
        <source>Could not compute it: {reason}.</source>
        <translation>无法计算：{reason}。</translation>
    </message>
    <message>
        <source>Could not compute it: {reason}</source>
        <translation>无法计算：{reason}</translation>
    </message>
</context>
<context>
    <name>ui.insight.space_view</name>
    <message>
        <source>The Space a Layer Makes</source>
        <translation>一层所形成的空间</translation>
    </message>
    <message>
        <source>Layer shown</source>
        <translation>显示的层</translation>
    </message>
    <message>
        <source>First two principal components</source>
        <translation>前两个主成分</translation>
    </message>
    <message>
        <source>Two neurons</source>
        <translation>两个神经元</translation>
    </message>
    <message>
        <source>A layer of more than two neurons makes a space of more than two dimensions: show the two directions its points spread out along most (principal components), or two of its neurons</source>
        <translation>超过两个神经元的一层会形成超过二维的空间：显示各点分布最散的两个方向（主成分），或其中两个神经元</translation>
    </message>
    <message>
        <source>neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>Hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>The data and the grid as the layer sees them</source>
        <translation>这一层眼中的数据和网格</translation>
    </message>
    <message>
        <source>Grey: the lines of a grid over the input square, bent as the layer bends the plane. Hollow points are test points. At the last hidden layer of a trained network the classes come apart, ready for the output layer to cut with a line (dashed, for two neurons and two classes).</source>
        <translation>灰色：输入方块上的网格线，随这一层对平面的弯折而弯曲。空心点是测试点。在训练好的神经网络的最后一个隐藏层，各类别会分开，输出层只需用一条直线把它们切开（虚线，适用于两个神经元、两个类别）。</translation>
    </message>
    <message>
        <source>{layer} ({n} neuron)</source>
        <translation>{layer}（{n} 个神经元）</translation>
    </message>
    <message>
        <source>{layer} ({n} neurons)</source>
        <translation>{layer}（{n} 个神经元）</translation>
    </message>
    <message>
        <source>The network has no hidden layer: add one to see the space it makes.</source>
        <translation>神经网络没有隐藏层：添加一层即可看到它形成的空间。</translation>
    </message>
    <message>
        <source>Hidden layer {layer} ({n} neurons) as {how}.</source>
        <translation>第 {layer} 个隐藏层（{n} 个神经元），显示的是{how}。</translation>
    </message>
</context>
<context>
    <name>ui.lessons</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Guided lessons: how a neural network works, step by step</source>
        <translation>引导式课程：一步一步看懂神经网络怎样工作</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>ui.lessons.panel</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Set Up</source>
        <translation>布置</translation>
    </message>
    <message>
        <source>Set up the playground for this step (Undo puts back what was there)</source>
        <translation>为这一步布置好游乐场（撤销可恢复原来的样子）</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Apply settings that complete the task; then train (undoable)</source>
        <translation>应用能完成任务的设置，然后训练（可撤销）</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Some lesson files were skipped:</source>
        <translation>有些课程文件被跳过了：</translation>
    </message>
    <message>
        <source>Lesson Set-Up</source>
        <translation>布置课程</translation>
    </message>
    <message>
        <source>Lesson Solution</source>
        <translation>课程答案</translation>
    </message>
    <message>
        <source>The solution&apos;s settings are set: press Play to train.</source>
        <translation>答案的设置已应用：按“运行”开始训练。</translation>
    </message>
    <message>
        <source>This step cannot be set up: {reason}</source>
        <translation>这一步无法布置：{reason}</translation>
    </message>
    <message>
        <source>Task done!</source>
        <translation>任务完成！</translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>没有找到课程。</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
    <message>
        <source>Task: {task}</source>
        <translation>任务：{task}</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>完成 ✓</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>还没完成</translation>
    </message>
</context>
<context>
    <name>ui.lessons.rules</name>
    <message>
        <source>epoch {now}; goal: at least {goal}</source>
        <translation>第 {now} 轮；目标：至少 {goal} 轮</translation>
    </message>
    <message>
        <source>epoch {now}; goal: done by epoch {goal}</source>
        <translation>第 {now} 轮；目标：在第 {goal} 轮以内完成</translation>
    </message>
    <message>
        <source>training loss {now}; goal: below {goal}</source>
        <translation>训练损失 {now}；目标：低于 {goal}</translation>
    </message>
    <message>
        <source>test loss {now}; goal: below {goal}</source>
        <translation>测试损失 {now}；目标：低于 {goal}</translation>
    </message>
    <message>
        <source>training accuracy {now}; goal: at least {goal}</source>
        <translation>训练准确率 {now}；目标：至少 {goal}</translation>
    </message>
    <message>
        <source>test accuracy {now}; goal: at least {goal}</source>
        <translation>测试准确率 {now}；目标：至少 {goal}</translation>
    </message>
    <message>
        <source>test loss − training loss {now}; goal: above {goal}</source>
        <translation>测试损失 − 训练损失 {now}；目标：大于 {goal}</translation>
    </message>
    <message>
        <source>test loss − training loss {now}; goal: below {goal}</source>
        <translation>测试损失 − 训练损失 {now}；目标：小于 {goal}</translation>
    </message>
    <message>
        <source>hidden neurons {now}; goal: at most {goal}</source>
        <translation>隐藏神经元 {now} 个；目标：至多 {goal} 个</translation>
    </message>
    <message>
        <source>hidden layers {now}; goal: at most {goal}</source>
        <translation>隐藏层 {now} 层；目标：至多 {goal} 层</translation>
    </message>
    <message>
        <source>hidden layers {now}; goal: at least {goal}</source>
        <translation>隐藏层 {now} 层；目标：至少 {goal} 层</translation>
    </message>
    <message>
        <source>input features {now}; goal: at most {goal}</source>
        <translation>输入特征 {now} 个；目标：至多 {goal} 个</translation>
    </message>
    <message>
        <source>the training has not diverged yet</source>
        <translation>训练还没有发散</translation>
    </message>
</context>
<context>
    <name>ui.network.explain_panel</name>
    <message>
        <source>Leave the step explainer (X)</source>
        <translation>退出单步讲解（X）</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The previous stage (Left)</source>
        <translation>上一阶段（左方向键）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next stage (Right)</source>
        <translation>下一阶段（右方向键）</translation>
    </message>
    <message>
        <source>Take this step for real: the weights change, the boundary moves (Return)</source>
        <translation>真正执行这一步：权重改变，决策边界随之移动（回车）</translation>
    </message>
    <message>
        <source>Apply step</source>
        <translation>执行此步</translation>
    </message>
    <message>
        <source>Article&apos;s signs</source>
        <translation>文章的符号</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>一次训练步骤</translation>
    </message>
</context>
<context>
    <name>ui.network.explain_text</name>
    <message>
        <source>L = −log ŷ&lt;sub&gt;c&lt;/sub&gt;, c the point&apos;s class</source>
        <translation>L = −log ŷ&lt;sub&gt;c&lt;/sub&gt;，c 为该点的类别</translation>
    </message>
    <message>
        <source>v ← μ·v + ∂L/∂w, then w ← w − η·v</source>
        <translation>v ← μ·v + ∂L/∂w，然后 w ← w − η·v</translation>
    </message>
    <message>
        <source>v ← μ·v + ∂L/∂w, then w ← w − η·(∂L/∂w + μ·v)</source>
        <translation>v ← μ·v + ∂L/∂w，然后 w ← w − η·(∂L/∂w + μ·v)</translation>
    </message>
    <message>
        <source>s ← α·s + (1 − α)·(∂L/∂w)², then w ← w − η·(∂L/∂w) / (√s + ε)</source>
        <translation>s ← α·s + (1 − α)·(∂L/∂w)²，然后 w ← w − η·(∂L/∂w) / (√s + ε)</translation>
    </message>
    <message>
        <source>s ← s + (∂L/∂w)², then w ← w − η·(∂L/∂w) / (√s + ε)</source>
        <translation>s ← s + (∂L/∂w)²，然后 w ← w − η·(∂L/∂w) / (√s + ε)</translation>
    </message>
    <message>
        <source>m ← β₁m + (1 − β₁)·∂L/∂w, v ← β₂v + (1 − β₂)·(∂L/∂w)², then w ← w − η·m̂ / (√v̂ + ε)</source>
        <translation>m ← β₁m + (1 − β₁)·∂L/∂w，v ← β₂v + (1 − β₂)·(∂L/∂w)²，然后 w ← w − η·m̂ / (√v̂ + ε)</translation>
    </message>
    <message>
        <source>The article writes the update as w = w + η·xᵀ·δ with δ = target − output. That is this very step: its δ is −∂L/∂z (for the squared error up to the constant 2/k of the mean), so adding η·xᵀ·δ is subtracting η·∂L/∂w: gradient descent, downhill on the loss.</source>
        <translation>文章把更新写作 w = w + η·xᵀ·δ，其中 δ = 目标 − 输出。这正是这一步：文章的 δ 就是 −∂L/∂z（对平方误差而言，只差均值带来的常数 2/k），所以加上 η·xᵀ·δ 就是减去 η·∂L/∂w：这就是梯度下降，沿着损失往下走。</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden layer {layer}</source>
        <translation>隐藏层 {layer}</translation>
    </message>
    <message>
        <source>Forward: {layer}</source>
        <translation>前向传播：{layer}</translation>
    </message>
    <message>
        <source>The loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Backward: {layer}</source>
        <translation>反向传播：{layer}</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>the test point ({x}, {y})</source>
        <translation>测试点 ({x}, {y})</translation>
    </message>
    <message>
        <source>the point ({x}, {y})</source>
        <translation>点 ({x}, {y})</translation>
    </message>
    <message>
        <source>mini-batch {batch} of {batches} in epoch {epoch} ({count} points; the numbers on the neurons are its first point&apos;s)</source>
        <translation>第 {epoch} 轮的第 {batch} 个小批量（共 {batches} 个；{count} 个点，神经元上的数字是其中第一个点的）</translation>
    </message>
    <message>
        <source>({n} more)</source>
        <translation>（还有 {n} 个）</translation>
    </message>
    <message>
        <source>({n} smaller terms)</source>
        <translation>（还有 {n} 个较小的项）</translation>
    </message>
    <message>
        <source>: every neuron weighs its inputs, adds its bias (z) and passes the sum through its activation; the output is h = f(z).</source>
        <translation>：每个神经元对输入加权求和，加上偏差（得到 z），再把结果送入激活函数；输出为 h = f(z)。</translation>
    </message>
    <message>
        <source>: every neuron weighs its inputs, adds its bias (z) and passes the sum through its activation; each neuron&apos;s output is h = f(z).</source>
        <translation>：每个神经元对输入加权求和，加上偏差（得到 z），再把结果送入激活函数；每个神经元的输出为 h = f(z)。</translation>
    </message>
    <message>
        <source>One neuron: {equation}</source>
        <translation>单个神经元：{equation}</translation>
    </message>
    <message>
        <source>: how far the output is from what it should be.&lt;br&gt;ŷ = {output}, target t = {target}</source>
        <translation>：输出离应有的值有多远。&lt;br&gt;ŷ = {output}，目标 t = {target}</translation>
    </message>
    <message>
        <source>L (the mean over the {n} points) = &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>L（{n} 个点的平均）= &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> plus the penalty {kind} = {penalty}</source>
        <translation>，另加惩罚项 {kind} = {penalty}</translation>
    </message>
    <message>
        <source>The network says class {said}: right.</source>
        <translation>网络判为第 {said} 类：正确。</translation>
    </message>
    <message>
        <source>The network says class {said}: wrong: it is class {truth}.</source>
        <translation>网络判为第 {said} 类：错误，它是第 {truth} 类。</translation>
    </message>
    <message>
        <source>δ (= t − ŷ side: −∂L/∂z)</source>
        <translation>δ（取 t − ŷ 方向：−∂L/∂z）</translation>
    </message>
    <message>
        <source>δ&lt;sub&gt;o&lt;/sub&gt; = ŷ − t (the activation&apos;s derivative cancels against the loss&apos;s)</source>
        <translation>δ&lt;sub&gt;o&lt;/sub&gt; = ŷ − t（激活函数的导数与损失函数的导数相互抵消）</translation>
    </message>
    <message>
        <source>, over {n} points (the mean&apos;s 1/{n} included)</source>
        <translation>，共 {n} 个点（已含均值的 1/{n}）</translation>
    </message>
    <message>
        <source>: the error each neuron of {layer} is to blame for.</source>
        <translation>：{layer} 中每个神经元应承担的误差。</translation>
    </message>
    <message>
        <source>Gradient: ∂L/∂W&lt;sub&gt;{l}&lt;/sub&gt; = δ·{source}ᵀ (the links), largest {largest}; ∂L/∂b&lt;sub&gt;{l}&lt;/sub&gt; = δ = {biases}</source>
        <translation>梯度：∂L/∂W&lt;sub&gt;{l}&lt;/sub&gt; = δ·{source}ᵀ（即各条连线），最大为 {largest}；∂L/∂b&lt;sub&gt;{l}&lt;/sub&gt; = δ = {biases}</translation>
    </message>
    <message>
        <source> (summed over the {n} points)</source>
        <translation>（对 {n} 个点求和）</translation>
    </message>
    <message>
        <source>w ← w + η·(−∂L/∂w), the article&apos;s form</source>
        <translation>w ← w + η·(−∂L/∂w)，文章的写法</translation>
    </message>
    <message>
        <source>Every one of the {n} parameters moves; the largest moves:</source>
        <translation>全部 {n} 个参数都会改变；变化最大的几个：</translation>
    </message>
    <message>
        <source>&lt;i&gt;This is a test point: the network never learns from it, so this step cannot be applied.&lt;/i&gt;</source>
        <translation>&lt;i&gt;这是一个测试点：网络从不从它学习，所以这一步不能执行。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Apply the step (Return) and watch the boundary move.</source>
        <translation>执行这一步（回车），看决策边界如何移动。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Dropout is on ({rate}): the run&apos;s own steps also switch off that share of the hidden neurons at random; this step is shown with every neuron on.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dropout 已开启（{rate}）：训练自己的步骤还会随机关掉这一比例的隐藏层神经元；这里展示的这一步所有神经元都开着。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ui.network.explainer</name>
    <message>
        <source>There is no step to explain: {reason}.</source>
        <translation>没有可讲解的步骤：{reason}。</translation>
    </message>
    <message>
        <source>Step applied: the loss on this point went from {before} to {after}.</source>
        <translation>已执行这一步：该点的损失从 {before} 变为 {after}。</translation>
    </message>
    <message>
        <source>One training step on {subject}</source>
        <translation>在{subject}上的一次训练步骤</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>w·x, this input&apos;s share of z</source>
        <translation>w·x，该输入在 z 中所占的部分</translation>
    </message>
    <message>
        <source>−∂L/∂w (the article&apos;s sign)</source>
        <translation>−∂L/∂w（文章的符号）</translation>
    </message>
    <message>
        <source>the change of the weight</source>
        <translation>权重的变化</translation>
    </message>
    <message>
        <source>{name} in this step: z = {z}, h = {h}, δ = {delta}</source>
        <translation>{name} 在这一步中：z = {z}，h = {h}，δ = {delta}</translation>
    </message>
</context>
<context>
    <name>ui.network.formula</name>
    <message>
        <source>log-loss</source>
        <translation>对数损失</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>output {n}</source>
        <translation>输出 {n}</translation>
    </message>
    <message>
        <source>({n} weaker inputs)</source>
        <translation>（另有 {n} 个较弱的输入）</translation>
    </message>
    <message>
        <source>&lt;i&gt;δ (the gradient backpropagation brings to this neuron) appears after the first step.&lt;/i&gt;</source>
        <translation>&lt;i&gt;δ（反向传播带到这个神经元的梯度）在第一步之后出现。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>δ = ∂L/∂b = &lt;b&gt;{delta}&lt;/b&gt;: the error signal backpropagation brought to this neuron, summed over the last mini-batch (loss: {loss}).</source>
        <translation>δ = ∂L/∂b = &lt;b&gt;{delta}&lt;/b&gt;：反向传播带到这个神经元的误差信号，对上一个小批量求和（损失：{loss}）。</translation>
    </message>
    <message>
        <source>δ = ∂L/∂b = &lt;b&gt;{delta}&lt;/b&gt;: the error signal backpropagation brought to this neuron, summed over the last mini-batch (loss: {loss}); plain gradient descent would move b by −lr·δ = {move}.</source>
        <translation>δ = ∂L/∂b = &lt;b&gt;{delta}&lt;/b&gt;：反向传播带到这个神经元的误差信号，对上一个小批量求和（损失：{loss}）；普通的梯度下降会让 b 移动 −lr·δ = {move}。</translation>
    </message>
</context>
<context>
    <name>ui.network.header</name>
    <message>
        <source>Click to see the space this layer makes (View › Layer Space).</source>
        <translation>点击查看这一层构成的空间（视图 › 层空间）。</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (at most {most}).</source>
        <translation>给隐藏层 {layer} 添加一个神经元（最多 {most} 个）。</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (at least 1).</source>
        <translation>从隐藏层 {layer} 移除一个神经元（至少保留 1 个）。</translation>
    </message>
    <message>
        <source>Activation of hidden layer {layer}.</source>
        <translation>隐藏层 {layer} 的激活函数。</translation>
    </message>
    <message>
        <source>{n} neuron</source>
        <translation>{n} 个神经元</translation>
    </message>
    <message>
        <source>{n} neurons</source>
        <translation>{n} 个神经元</translation>
    </message>
    <message>
        <source>Add a hidden layer (at most {most}).</source>
        <translation>添加一个隐藏层（最多 {most} 个）。</translation>
    </message>
    <message>
        <source>Remove the last hidden layer.</source>
        <translation>移除最后一个隐藏层。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;&amp;nbsp;HIDDEN LAYER</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt;&amp;nbsp;个隐藏层</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;&amp;nbsp;HIDDEN LAYERS</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt;&amp;nbsp;个隐藏层</translation>
    </message>
    <message>
        <source>weights: {pos} positive&lt;/span&gt; {neg} negative&lt;/span&gt; · thicker = larger</source>
        <translation>权重：{pos} 正&lt;/span&gt; {neg} 负&lt;/span&gt; · 越粗 = 越大</translation>
    </message>
    <message>
        <source>weights: {pos} positive&lt;/span&gt; {neg} negative&lt;/span&gt;</source>
        <translation>权重：{pos} 正&lt;/span&gt; {neg} 负&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ui.network.keyboard</name>
    <message>
        <source>{focused}; {diagram}</source>
        <translation>{focused}；{diagram}</translation>
    </message>
    <message>
        <source>output neuron {neuron}</source>
        <translation>输出神经元 {neuron}</translation>
    </message>
    <message>
        <source>neuron {neuron} of layer {layer}</source>
        <translation>第 {layer} 层的神经元 {neuron}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>feature {name}, {state}</source>
        <translation>特征 {name}，{state}</translation>
    </message>
    <message>
        <source>{neuron}, bias {bias}</source>
        <translation>{neuron}，偏差 {bias}</translation>
    </message>
    <message>
        <source>bias of {neuron}: {value}</source>
        <translation>{neuron}的偏差：{value}</translation>
    </message>
    <message>
        <source>weight from {source} to {neuron}: {value}</source>
        <translation>从 {source} 到{neuron}的权重：{value}</translation>
    </message>
</context>
<context>
    <name>ui.network.text_box</name>
    <message>
        <source>The selected neuron&apos;s formula and messages</source>
        <translation>所选神经元的公式和提示</translation>
    </message>
</context>
<context>
    <name>ui.network.tips</name>
    <message>
        <source>{n} classes</source>
        <translation>{n} 个类别</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <source>Input feature {name} (used: click to switch it off).</source>
        <translation>输入特征 {name}（已使用：点击关闭）。</translation>
    </message>
    <message>
        <source>Input feature {name} (not used: click to switch it on).</source>
        <translation>输入特征 {name}（未使用：点击开启）。</translation>
    </message>
    <message>
        <source>Output neuron {neuron} ({name})</source>
        <translation>输出神经元 {neuron}（{name}）</translation>
    </message>
    <message>
        <source>Hidden layer {layer}, neuron {neuron} ({name})</source>
        <translation>隐藏层 {layer}，神经元 {neuron}（{name}）</translation>
    </message>
    <message>
        <source>Activation: {activation}, loss: {loss}</source>
        <translation>激活函数：{activation}，损失：{loss}</translation>
    </message>
    <message>
        <source>Activation: {activation}</source>
        <translation>激活函数：{activation}</translation>
    </message>
    <message>
        <source>Bias: {value}</source>
        <translation>偏差：{value}</translation>
    </message>
    <message>
        <source>Its picture is its output over the data square. Click it to see its formula with live numbers;</source>
        <translation>它的图像是它在数据方块上的输出。点击可查看带实时数值的公式；</translation>
    </message>
    <message>
        <source>click the small square at its corner to type a new bias.</source>
        <translation>点击角上的小方块可输入新的偏差。</translation>
    </message>
    <message>
        <source>Weight {source} → {target}</source>
        <translation>权重 {source} → {target}</translation>
    </message>
    <message>
        <source>Click to type a new value.</source>
        <translation>点击输入新值。</translation>
    </message>
</context>
<context>
    <name>ui.network.typed_value</name>
    <message>
        <source>{value} is not a number: type a value such as 0.5 or -1.2.</source>
        <translation>{value} 不是数字：请输入 0.5 或 -1.2 这样的值。</translation>
    </message>
    <message>
        <source>A weight must be a finite number.</source>
        <translation>权重必须是有限的数。</translation>
    </message>
    <message>
        <source>There is no neuron {neuron} in layer {layer}.</source>
        <translation>第 {layer} 层没有神经元 {neuron}。</translation>
    </message>
    <message>
        <source>There is no input {input} into layer {layer}.</source>
        <translation>第 {layer} 层没有输入 {input}。</translation>
    </message>
    <message>
        <source>Set a bias to {value}: applied at once when paused, at the next step while training.</source>
        <translation>偏差已设为 {value}：暂停时立即生效，训练中在下一步生效。</translation>
    </message>
    <message>
        <source>Set a weight to {value}: applied at once when paused, at the next step while training.</source>
        <translation>权重已设为 {value}：暂停时立即生效，训练中在下一步生效。</translation>
    </message>
</context>
<context>
    <name>ui.network.value_editor</name>
    <message>
        <source>Type a new value and press Enter (Escape cancels).</source>
        <translation>输入新值后按回车（Esc 取消）。</translation>
    </message>
    <message>
        <source>Type a number such as 0.5 or -1.2, then press Enter.</source>
        <translation>请输入 0.5 或 -1.2 这样的数，然后按回车。</translation>
    </message>
</context>
<context>
    <name>ui.network.view</name>
    <message>
        <source>Click a neuron to see its formula · click a link or a neuron&apos;s corner square to type a value</source>
        <translation>点击神经元查看其公式 · 点击连线或神经元角上的小方块输入数值</translation>
    </message>
    <message>
        <source>Click a number to type a new value.</source>
        <translation>点击数字可输入新值。</translation>
    </message>
    <message>
        <source>FEATURES</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>click to toggle</source>
        <translation>点击切换</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The formula appears with the next snapshot of the network.</source>
        <translation>公式会随网络的下一个快照出现。</translation>
    </message>
    <message>
        <source>Network rebuilt as {shape} from seed {seed}: new weights, epoch 0.</source>
        <translation>网络已按种子 {seed} 重建为 {shape}：新的权重，第 0 轮。</translation>
    </message>
</context>
<context>
    <name>ui.output.confusion</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Regression has no classes: no confusion matrix.</source>
        <translation>回归没有类别：没有混淆矩阵。</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>Rows: each point&apos;s true class. Columns: the class the network gives it. The diagonal is right.
The colour is the share of the row. Click a cell to ring its points on the canvas.</source>
        <translation>行：每个点的真实类别。列：网络给出的类别。对角线上是正确的。
颜色表示占该行的比例。点击单元格可在画布上圈出其中的点。</translation>
    </message>
    <message>
        <source>{n} of the {row} Class {true} training points ({share}): right.</source>
        <translation>{row} 个第 {true} 类训练点中的 {n} 个（{share}）：正确。</translation>
    </message>
    <message>
        <source>{n} of the {row} Class {true} training points ({share}): taken for Class {taken}.</source>
        <translation>{row} 个第 {true} 类训练点中的 {n} 个（{share}）：被当成第 {taken} 类。</translation>
    </message>
    <message>
        <source>{n} of the {row} Class {true} test points ({share}): right.</source>
        <translation>{row} 个第 {true} 类测试点中的 {n} 个（{share}）：正确。</translation>
    </message>
    <message>
        <source>{n} of the {row} Class {true} test points ({share}): taken for Class {taken}.</source>
        <translation>{row} 个第 {true} 类测试点中的 {n} 个（{share}）：被当成第 {taken} 类。</translation>
    </message>
    <message>
        <source>Click to let them go.</source>
        <translation>点击取消圈选。</translation>
    </message>
    <message>
        <source>Click to ring them on the canvas.</source>
        <translation>点击在画布上圈出它们。</translation>
    </message>
    <message>
        <source>rows: true class · columns: predicted</source>
        <translation>行：真实类别 · 列：预测类别</translation>
    </message>
    <message>
        <source>{side} · {right} right</source>
        <translation>{side} · 正确 {right}</translation>
    </message>
    <message>
        <source>{side} · no points</source>
        <translation>{side} · 没有点</translation>
    </message>
</context>
<context>
    <name>ui.output.loss_chart</name>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>({n} runs)</source>
        <translation>（{n} 次运行）</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>学习率 {rate}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <source>train {loss}</source>
        <translation>训练 {loss}</translation>
    </message>
    <message>
        <source>test {loss}</source>
        <translation>测试 {loss}</translation>
    </message>
</context>
<context>
    <name>ui.output.panel</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The training and test loss over the epochs</source>
        <translation>各轮的训练损失和测试损失</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>The confusion matrix: how many points of each class the network gets right, and which class it takes the others for (training and test). Click a cell to ring its points on the canvas.</source>
        <translation>混淆矩阵：每个类别的点网络答对了多少，其余的点又被当成了哪个类别（训练和测试）。点击单元格可在画布上圈出其中的点。</translation>
    </message>
    <message>
        <source>The learning rate of the epoch being trained (a schedule changes it from epoch to epoch).</source>
        <translation>正在训练的这一轮的学习率（学习率计划会逐轮改变它）。</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>对数刻度损失</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>学习率 {rate}</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>准确率 {accuracy}</translation>
    </message>
</context>
<context>
    <name>ui.output.pictures</name>
    <message>
        <source>cannot write {name}: {suffix} is not a picture format nnplayground writes (use {known})</source>
        <translation>无法写入 {name}：nnplayground 不能写出 {suffix} 格式的图片（请用 {known}）</translation>
    </message>
    <message>
        <source>there is nothing to draw (the picture is empty)</source>
        <translation>没有可画的内容（图片是空的）</translation>
    </message>
    <message>
        <source>cannot write {name}: the {kind} encoder failed</source>
        <translation>无法写入 {name}：{kind} 编码器出错</translation>
    </message>
    <message>
        <source>the SVG generator could not start</source>
        <translation>SVG 生成器无法启动</translation>
    </message>
    <message>
        <source>pictures need a QApplication (nnplayground.cli makes one for scripts)</source>
        <translation>生成图片需要 QApplication（nnplayground.cli 会为脚本创建一个）</translation>
    </message>
</context>
<context>
    <name>ui.output.run_curves</name>
    <message>
        <source> (epoch {epoch})</source>
        <translation>（第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>train {loss}</source>
        <translation>训练 {loss}</translation>
    </message>
    <message>
        <source>test {loss}</source>
        <translation>测试 {loss}</translation>
    </message>
    <message>
        <source>, accuracy {train} / {test}</source>
        <translation>，准确率 {train} / {test}</translation>
    </message>
</context>
<context>
    <name>ui.output.sweep_pictures</name>
    <message>
        <source>{name}   best</source>
        <translation>{name}   最佳</translation>
    </message>
</context>
<context>
    <name>ui.output.timeline</name>
    <message>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Back to the newest epoch</source>
        <translation>回到最新的一轮</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>ui.runs.book</name>
    <message>
        <source>Duplicate Run</source>
        <translation>复制运行</translation>
    </message>
    <message>
        <source>Switch Run</source>
        <translation>切换运行</translation>
    </message>
    <message>
        <source>Rename Run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <source>Pin Run</source>
        <translation>置顶运行</translation>
    </message>
    <message>
        <source>Unpin Run</source>
        <translation>取消置顶运行</translation>
    </message>
    <message>
        <source>Hide Run</source>
        <translation>隐藏运行</translation>
    </message>
    <message>
        <source>Show Run</source>
        <translation>显示运行</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Add {n} Sweep Runs</source>
        <translation>添加 {n} 个扫描运行</translation>
    </message>
</context>
<context>
    <name>ui.runs.run_list</name>
    <message>
        <source>Every run of the session. Click one to show it; its box shows its curves on the loss chart; double-click to rename.</source>
        <translation>本会话的所有运行。单击一个即显示它；勾选框控制它的曲线是否显示在损失图上；双击可重命名。</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>shown in the window</source>
        <translation>正在窗口中显示</translation>
    </message>
    <message>
        <source>epoch {epoch}, test loss {loss}</source>
        <translation>第 {epoch} 轮，测试损失 {loss}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <source>{name}: {state}, pinned</source>
        <translation>{name}：{state}，已置顶</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}：{state}</translation>
    </message>
</context>
<context>
    <name>ui.runs.strip</name>
    <message>
        <source>Boundaries at epoch {epoch}</source>
        <translation>第 {epoch} 轮时的决策边界</translation>
    </message>
    <message>
        <source>epoch {epoch} · loss {loss}</source>
        <translation>第 {epoch} 轮 · 损失 {loss}</translation>
    </message>
    <message>
        <source>{run}: boundary at epoch {epoch}, training loss {loss}</source>
        <translation>{run}：第 {epoch} 轮的决策边界，训练损失 {loss}</translation>
    </message>
</context>
<context>
    <name>ui.runs.sweep_dialog</name>
    <message>
        <source>value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>The sweep stopped: {reason}</source>
        <translation>扫描已停止：{reason}</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>变化的设置</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Results of the sweep</source>
        <translation>参数扫描的结果</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Add as runs</source>
        <translation>添加为运行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Training {n} runs, {workers} at a time...</source>
        <translation>正在训练 {n} 个运行，每次同时 {workers} 个……</translation>
    </message>
    <message>
        <source>Added {n} runs: the loss chart shows them beside the current run.</source>
        <translation>已添加 {n} 个运行：损失图把它们显示在当前运行旁边。</translation>
    </message>
    <message>
        <source>best: {name}</source>
        <translation>最佳：{name}</translation>
    </message>
    <message>
        <source>no run has a number</source>
        <translation>没有任何运行得出数值</translation>
    </message>
    <message>
        <source>{n} runs in {seconds} s (stopped early); {verdict}.</source>
        <translation>{n} 个运行，用时 {seconds} 秒（提前停止）；{verdict}。</translation>
    </message>
    <message>
        <source>{n} runs in {seconds} s; {verdict}.</source>
        <translation>{n} 个运行，用时 {seconds} 秒；{verdict}。</translation>
    </message>
    <message>
        <source>best</source>
        <translation>最佳</translation>
    </message>
</context>
<context>
    <name>ui.runs.wiring</name>
    <message>
        <source>&amp;Duplicate Run</source>
        <translation>复制运行(&amp;D)</translation>
    </message>
    <message>
        <source>A new run with the current settings and data, from fresh weights: change it and compare the two</source>
        <translation>用当前的设置和数据、从新的权重开始的一个新运行：修改它，再比较两者</translation>
    </message>
    <message>
        <source>S&amp;weep...</source>
        <translation>参数扫描(&amp;W)...</translation>
    </message>
    <message>
        <source>Train one run per value of a setting (learning rate, width, ...) side by side and compare them</source>
        <translation>为一个设置（学习率、宽度……）的每个取值各训练一个运行，并排比较</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run &amp;List</source>
        <translation>运行列表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ui.session.app_settings</name>
    <message>
        <source>Settings reset: layout, recent files and view options are back to their defaults.</source>
        <translation>设置已重置：布局、最近文件和视图选项已恢复默认。</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>偏好设置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset Settings</source>
        <translation>重置设置(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the window layout, recent files, view options and last experiment</source>
        <translation>忘记窗口布局、最近文件、视图选项和上次的实验</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The window&apos;s language, from the next start</source>
        <translation>窗口的语言，下次启动时生效</translation>
    </message>
    <message>
        <source>The window speaks {language} from the next start of nnplayground.</source>
        <translation>下次启动 nnplayground 时，窗口将使用{language}。</translation>
    </message>
</context>
<context>
    <name>ui.session.autosave</name>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <source>Recover session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <source>The autosaved work could not be read:

{error}</source>
        <translation>无法读取自动保存的工作：

{error}</translation>
    </message>
    <message>
        <source>Recovered the autosaved work. Save it to keep it.</source>
        <translation>已恢复自动保存的工作。请保存以保留它。</translation>
    </message>
</context>
<context>
    <name>ui.session.export</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Network as &amp;ONNX...</source>
        <translation>网络（ONNX）(&amp;O)...</translation>
    </message>
    <message>
        <source>Network as &amp;ONNX (needs {package})...</source>
        <translation>网络（ONNX，需要 {package}）(&amp;O)...</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Export loss chart</source>
        <translation>导出损失曲线</translation>
    </message>
    <message>
        <source>Export window</source>
        <translation>导出窗口</translation>
    </message>
    <message>
        <source>there is no network to export yet</source>
        <translation>还没有可导出的网络</translation>
    </message>
    <message>
        <source>Export network</source>
        <translation>导出网络</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>导出损失历史</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>导出点</translation>
    </message>
    <message>
        <source>Export network as ONNX</source>
        <translation>将网络导出为 ONNX</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Export network as PyTorch script</source>
        <translation>将网络导出为 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>This experiment cannot be a TensorFlow Playground link: {reasons}.</source>
        <translation>此实验无法转为 TensorFlow Playground 链接：{reasons}。</translation>
    </message>
    <message>
        <source>TensorFlow Playground link</source>
        <translation>TensorFlow Playground 链接</translation>
    </message>
    <message>
        <source>Copied the TensorFlow Playground link to the clipboard ({notes}).</source>
        <translation>已将 TensorFlow Playground 链接复制到剪贴板（{notes}）。</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Boundary Picture...</source>
        <translation>边界图片(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Loss Chart Picture...</source>
        <translation>损失曲线图片(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Window Picture...</source>
        <translation>窗口图片(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Network (JSON)...</source>
        <translation>网络 (JSON)(&amp;N)...</translation>
    </message>
    <message>
        <source>Loss &amp;History (CSV)...</source>
        <translation>损失历史 (CSV)(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Points (CSV)...</source>
        <translation>点 (CSV)(&amp;P)...</translation>
    </message>
    <message>
        <source>Network as Py&amp;Torch Script...</source>
        <translation>网络（PyTorch 脚本）(&amp;T)...</translation>
    </message>
    <message>
        <source>TensorFlow Playground &amp;Link</source>
        <translation>TensorFlow Playground 链接(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ui.session.manager</name>
    <message>
        <source>nnplayground sessions (*.nnp);;All files (*)</source>
        <translation>nnplayground 会话 (*.nnp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>要保存对 {name} 的更改吗？</translation>
    </message>
    <message>
        <source>Your changes (points, settings and training) will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改（点、设置和训练）将会丢失。</translation>
    </message>
    <message>
        <source>nnplayground did not close properly. Recover the work autosaved {when}?</source>
        <translation>nnplayground 上次未正常关闭。要恢复 {when} 自动保存的工作吗？</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Could not open {name}:

{error}</source>
        <translation>无法打开 {name}：

{error}</translation>
    </message>
    <message>
        <source>Opened {path} at epoch {epoch}.</source>
        <translation>已打开 {path}（第 {epoch} 轮）。</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Could not save {name}:

{error}</source>
        <translation>无法保存 {name}：

{error}</translation>
    </message>
    <message>
        <source>Saved {path}. {note}</source>
        <translation>已保存 {path}。{note}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
<context>
    <name>ui.session.recent</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>没有最近的会话</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ui.session.tfp_link</name>
    <message>
        <source>Open TensorFlow Playground Link</source>
        <translation>打开 TensorFlow Playground 链接</translation>
    </message>
    <message>
        <source>Paste a TensorFlow Playground link (playground.tensorflow.org/#...):</source>
        <translation>粘贴 TensorFlow Playground 链接（playground.tensorflow.org/#...）：</translation>
    </message>
    <message>
        <source>TensorFlow Playground Link</source>
        <translation>TensorFlow Playground 链接</translation>
    </message>
    <message>
        <source>Opened the TensorFlow Playground link.</source>
        <translation>已打开 TensorFlow Playground 链接。</translation>
    </message>
    <message>
        <source>Opened the TensorFlow Playground link. {notes}.</source>
        <translation>已打开 TensorFlow Playground 链接。{notes}。</translation>
    </message>
    <message>
        <source>Could not open the link: {error}</source>
        <translation>无法打开链接：{error}</translation>
    </message>
</context>
<context>
    <name>ui.window.actions</name>
    <message>
        <source>Large text and thick lines, the network and the canvas only: for a projector (again to go back)</source>
        <translation>大字号、粗线条，只显示网络和画布：适合投影（再按一次返回）</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is</source>
        <translation>与桌面一致的浅色或深色</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Dark text on white, as TensorFlow Playground</source>
        <translation>白底深色文字，与 TensorFlow Playground 相同</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on dark grey: the plots&apos; colours stay the same</source>
        <translation>深灰底浅色文字：图表的颜色保持不变</translation>
    </message>
    <message>
        <source>&amp;Add Points</source>
        <translation>添加点(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>擦除(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>查看(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>A new session with the default settings</source>
        <translation>用默认设置新建会话</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>打开已保存的会话</translation>
    </message>
    <message>
        <source>Open TensorFlow &amp;Playground Link...</source>
        <translation>打开 TensorFlow Playground 链接(&amp;P)...</translation>
    </message>
    <message>
        <source>Open a playground.tensorflow.org link: its data, network and settings (undoable)</source>
        <translation>打开 playground.tensorflow.org 链接：载入其中的数据、网络和设置（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the session: settings, points, weights, history</source>
        <translation>保存会话：设置、数据点、权重和历史</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export Image...</source>
        <translation>导出图片(&amp;E)...</translation>
    </message>
    <message>
        <source>Save a picture of the output (PNG or SVG)</source>
        <translation>把输出保存为图片（PNG 或 SVG）</translation>
    </message>
    <message>
        <source>Import &amp;CSV...</source>
        <translation>导入 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Load points from x,y,label rows</source>
        <translation>从 x,y,label 格式的行载入数据点</translation>
    </message>
    <message>
        <source>Export CS&amp;V...</source>
        <translation>导出 CSV(&amp;V)...</translation>
    </message>
    <message>
        <source>Save the points as CSV</source>
        <translation>把数据点保存为 CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;lear Points</source>
        <translation>清除所有点(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every point (undoable)</source>
        <translation>删除所有数据点（可撤销）</translation>
    </message>
    <message>
        <source>Class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <source>&amp;Discretize Output</source>
        <translation>离散化输出(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;Test Data</source>
        <translation>显示测试数据(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Log-Scale Loss</source>
        <translation>对数刻度损失(&amp;L)</translation>
    </message>
    <message>
        <source>Plot the loss on a logarithmic axis</source>
        <translation>在对数坐标轴上绘制损失</translation>
    </message>
    <message>
        <source>Data Pa&amp;nel</source>
        <translation>数据面板(&amp;N)</translation>
    </message>
    <message>
        <source>Open or close the data panel over the diagram (a window too narrow for three columns folds it to the Data tab at the left edge; Esc closes it)</source>
        <translation>在网络图上打开或关闭数据面板（窗口放不下三栏时，它收起为左边缘的“数据”标签；按 Esc 关闭）</translation>
    </message>
    <message>
        <source>Loss Lands&amp;cape...</source>
        <translation>损失曲面(&amp;C)...</translation>
    </message>
    <message>
        <source>The loss around the weights, with the path</source>
        <translation>当前权重周围的损失，以及训练走过的路径</translation>
    </message>
    <message>
        <source>Layer &amp;Space...</source>
        <translation>层空间(&amp;S)...</translation>
    </message>
    <message>
        <source>The data as a hidden layer sees them</source>
        <translation>隐藏层眼中的数据</translation>
    </message>
    <message>
        <source>Layer &amp;Health...</source>
        <translation>层健康状况(&amp;H)...</translation>
    </message>
    <message>
        <source>Activations, gradients and weights per layer</source>
        <translation>每一层的激活值、梯度和权重</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>运行(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;Batch</source>
        <translation>单批(&amp;B)</translation>
    </message>
    <message>
        <source>One mini-batch: a single gradient-descent step</source>
        <translation>一个小批量：只做一步梯度下降</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xplain One Step</source>
        <translation>讲解一步(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation>下一阶段(&amp;N)</translation>
    </message>
    <message>
        <source>The step explainer&apos;s next stage</source>
        <translation>单步讲解的下一阶段</translation>
    </message>
    <message>
        <source>Pre&amp;vious Stage</source>
        <translation>上一阶段(&amp;V)</translation>
    </message>
    <message>
        <source>The step explainer&apos;s previous stage</source>
        <translation>单步讲解的上一阶段</translation>
    </message>
    <message>
        <source>Next &amp;Point</source>
        <translation>下一个点(&amp;P)</translation>
    </message>
    <message>
        <source>Pick the next data point (Alt+click picks one)</source>
        <translation>选中下一个数据点（Alt+单击可选中任意一个点）</translation>
    </message>
    <message>
        <source>Previous P&amp;oint</source>
        <translation>上一个点(&amp;O)</translation>
    </message>
    <message>
        <source>Pick the previous data point</source>
        <translation>选中上一个数据点</translation>
    </message>
    <message>
        <source>&amp;Apply the Step</source>
        <translation>执行这一步(&amp;A)</translation>
    </message>
    <message>
        <source>Take the explained step for real</source>
        <translation>真正执行讲解的这一步</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text, points and lines</source>
        <translation>更大的文字、点和线条</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text, points and lines</source>
        <translation>更小的文字、点和线条</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Text, points and lines at the desktop&apos;s size</source>
        <translation>文字、点和线条恢复为桌面的大小</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>The window over the screen</source>
        <translation>窗口铺满整个屏幕</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keys, tools and what the playground is for</source>
        <translation>按键、工具，以及这个程序的用途</translation>
    </message>
    <message>
        <source>&amp;About nnplayground</source>
        <translation>关于 nnplayground(&amp;A)</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action}（{key}）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo the last edit: points, settings, network, weights</source>
        <translation>撤销上一次编辑：数据点、设置、网络或权重</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>ui.window.describe</name>
    <message>
        <source>Data and decision boundary</source>
        <translation>数据和决策边界</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>损失曲线图</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络图</translation>
    </message>
</context>
<context>
    <name>ui.window.drawer</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data panel</source>
        <translation>数据面板</translation>
    </message>
    <message>
        <source>Opens or closes the data panel over the diagram: data set, noise, tools</source>
        <translation>在网络图上打开或关闭数据面板：数据集、噪声、工具</translation>
    </message>
    <message>
        <source>Close the data panel (Esc)</source>
        <translation>关闭数据面板（Esc）</translation>
    </message>
    <message>
        <source>Open the data panel: data set, noise, split, drawing tools (Ctrl+D)</source>
        <translation>打开数据面板：数据集、噪声、划分、绘图工具（Ctrl+D）</translation>
    </message>
</context>
<context>
    <name>ui.window.feature_menu</name>
    <message>
        <source>Input &amp;Features</source>
        <translation>输入特征(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ui.window.help</name>
    <message>
        <source>click</source>
        <translation>单击</translation>
    </message>
    <message>
        <source>add a point of the current class (the tool says: add, brush, erase or inspect)</source>
        <translation>添加一个当前类别的点（具体由工具决定：添加、画笔、擦除或查看）</translation>
    </message>
    <message>
        <source>right click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <source>erase the nearest point</source>
        <translation>擦除最近的点</translation>
    </message>
    <message>
        <source>Alt+click</source>
        <translation>Alt+单击</translation>
    </message>
    <message>
        <source>pick a point (Alt+click on empty space or &lt;b&gt;Escape&lt;/b&gt; lets it go)</source>
        <translation>选中一个点（在空白处 Alt+单击或按 &lt;b&gt;Escape&lt;/b&gt; 取消选中）</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>move between the controls: toolbar, data, network, output</source>
        <translation>在控件之间移动：工具栏、数据、网络、输出</translation>
    </message>
    <message>
        <source>Space, Return</source>
        <translation>空格、回车</translation>
    </message>
    <message>
        <source>press the focused button, tick the focused box</source>
        <translation>按下有焦点的按钮，勾选有焦点的复选框</translation>
    </message>
    <message>
        <source>Escape in the data panel</source>
        <translation>在数据面板中按 Escape</translation>
    </message>
    <message>
        <source>close it, in a window too narrow for three columns (Ctrl+D opens it)</source>
        <translation>关闭它（窗口放不下三栏时；Ctrl+D 打开）</translation>
    </message>
    <message>
        <source>arrows on the diagram</source>
        <translation>网络图上的方向键</translation>
    </message>
    <message>
        <source>move the ring between neurons: ← → between layers, ↑ ↓ within one</source>
        <translation>在神经元之间移动焦点框：← → 换层，↑ ↓ 在层内移动</translation>
    </message>
    <message>
        <source>Return on the diagram</source>
        <translation>网络图上的 Return</translation>
    </message>
    <message>
        <source>select the neuron (its formula shows), switch a feature on or off</source>
        <translation>选中神经元（显示其公式），或开关一个特征</translation>
    </message>
    <message>
        <source>W on the diagram</source>
        <translation>网络图上的 W</translation>
    </message>
    <message>
        <source>walk the neuron&apos;s incoming weights and its bias with ↑ ↓; Return types a new value; W or Escape goes back</source>
        <translation>用 ↑ ↓ 逐个查看神经元的输入权重和偏差；Return 输入新值；W 或 Escape 返回</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;nnplayground&lt;/h3&gt;
&lt;p&gt;Pick or draw a data set on the left, shape the network in the middle, press &lt;b&gt;Play&lt;/b&gt; and watch the
boundary on the right follow the points.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;nnplayground&lt;/h3&gt;
&lt;p&gt;在左侧选择或绘制一个数据集，在中间搭建网络，按下&lt;b&gt;运行&lt;/b&gt;，
看右侧的决策边界如何逐渐贴合这些点。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;p&gt;A focused control keeps the keys it uses (Space presses a button, the arrows move a slider or the timeline);
click the canvas to give the keys back to the playground.&lt;/p&gt;
&lt;p&gt;Drag the &lt;b&gt;timeline&lt;/b&gt; under the output back to see the network as it was at an earlier epoch; Play or
Step from there continues from that epoch. You may draw while the network trains: it learns the new points from
the next step on. Resting the mouse on a point shows what the network makes of it.&lt;/p&gt;
&lt;p&gt;Hover over any control for a short explanation of what it does and why it matters.&lt;/p&gt;
</source>
        <translation>
&lt;p&gt;有焦点的控件会保留它要用的按键（空格按下按钮，方向键移动滑块或时间轴）；
单击画布即可把这些按键交还给本程序。&lt;/p&gt;
&lt;p&gt;把输出下方的&lt;b&gt;时间轴&lt;/b&gt;往回拖，可以看到网络在较早轮次时的样子；从那里运行或
单步，会从那一轮接着训练。网络训练时也可以继续绘制：从下一步起它就会学习新的点。
鼠标停在一个点上，会显示网络对它的判断。&lt;/p&gt;
&lt;p&gt;把鼠标悬停在任何控件上，都会看到一段简短的说明：它做什么，为什么重要。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>the class a click adds</source>
        <translation>单击所添加的点的类别</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>nnplayground help</source>
        <translation>nnplayground 帮助</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop playground for neural networks: draw data, design a network, watch it learn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个神经网络的桌面试验场：绘制数据，设计网络，看着它学习。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the MIT licence: use, copy, change and hand it out, in class and beyond.&lt;br&gt;{homepage}&lt;/p&gt;</source>
        <translation>&lt;p&gt;MIT 许可证下的自由软件：无论课堂内外，都可以使用、复制、修改和分发。&lt;br&gt;{homepage}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Credits.&lt;/b&gt; Made by the nnplayground authors. Inspired by TensorFlow Playground by Daniel Smilkov and Shan Carter. Built on Qt through PySide6 (LGPL), pyqtgraph (MIT) and NumPy (BSD).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;致谢。&lt;/b&gt;由 nnplayground 的作者们制作。灵感来自 Daniel Smilkov 和 Shan Carter 的 TensorFlow Playground。基于 Qt（通过 PySide6，LGPL）、pyqtgraph（MIT）和 NumPy（BSD）构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About nnplayground</source>
        <translation>关于 nnplayground</translation>
    </message>
</context>
<context>
    <name>ui.window.layout</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>ui.window.main_window</name>
    <message>
        <source>Training has not paused yet: the training process is not answering. Press Pause again, or save your work and restart the app if it stays busy.</source>
        <translation>训练还没有暂停：训练进程没有响应。请再按一次暂停；如果它一直忙碌，请保存你的工作并重新启动程序。</translation>
    </message>
</context>
<context>
    <name>ui.window.menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ui.window.more_settings</name>
    <message>
        <source>First weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Against over-fitting</source>
        <translation>防止过拟合</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>更多设置</translation>
    </message>
    <message>
        <source>The learning rate of a few epochs, as the schedule sets it.</source>
        <translation>调度为几个轮次设定的学习率。</translation>
    </message>
    <message>
        <source>The rate stays {rate}.</source>
        <translation>学习率保持为 {rate}。</translation>
    </message>
    <message>
        <source>Rate at epoch {rates}</source>
        <translation>各轮的学习率：{rates}</translation>
    </message>
</context>
<context>
    <name>ui.window.opening</name>
    <message>
        <source>Building the window…</source>
        <translation>正在构建窗口…</translation>
    </message>
    <message>
        <source>nnplayground is starting</source>
        <translation>nnplayground 正在启动</translation>
    </message>
</context>
<context>
    <name>ui.window.presentation</name>
    <message>
        <source>Zoom {zoom}</source>
        <translation>缩放 {zoom}</translation>
    </message>
</context>
<context>
    <name>ui.window.settings_bar</name>
    <message>
        <source>1 epoch/s</source>
        <translation>1 轮/秒</translation>
    </message>
    <message>
        <source>5 epochs/s</source>
        <translation>5 轮/秒</translation>
    </message>
    <message>
        <source>10 epochs/s</source>
        <translation>10 轮/秒</translation>
    </message>
    <message>
        <source>30 epochs/s</source>
        <translation>30 轮/秒</translation>
    </message>
    <message>
        <source>100 epochs/s</source>
        <translation>100 轮/秒</translation>
    </message>
    <message>
        <source>1000 epochs/s</source>
        <translation>1000 轮/秒</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>The layers use different activations now; choosing one sets every layer.</source>
        <translation>各层现在使用不同的激活函数；选择一个会把所有层都设为它。</translation>
    </message>
    <message>
        <source>More settings: the first weights, momentum and Adam&apos;s betas, the learning-rate schedule, when to stop.</source>
        <translation>更多设置：初始权重、动量和 Adam 的 beta 参数、学习率调度、何时停止。</translation>
    </message>
    <message>
        <source>Speed: how many epochs per second Play runs (Max: as fast as the computer can)</source>
        <translation>速度：运行时每秒训练多少轮（最快：计算机能跑多快就多快）</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>The {setting} must be a number ({bounds}); {text} is not.</source>
        <translation>{setting}必须是数字（{bounds}）；{text} 不是数字。</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ui.window.status</name>
    <message>
        <source>Click: add a point of value {value}</source>
        <translation>单击：添加一个值为 {value} 的点</translation>
    </message>
    <message>
        <source>Click: add a Class {k} point</source>
        <translation>单击：添加一个类别 {k} 的点</translation>
    </message>
    <message>
        <source>Drag: paint points of value {value}</source>
        <translation>拖动：绘制值为 {value} 的点</translation>
    </message>
    <message>
        <source>Drag: paint Class {k} points</source>
        <translation>拖动：绘制类别 {k} 的点</translation>
    </message>
    <message>
        <source>Click or drag: erase</source>
        <translation>单击或拖动：擦除</translation>
    </message>
    <message>
        <source>Click a point: pick it, hover: what the network makes of it</source>
        <translation>单击一个点：选中它；悬停：查看网络对它的判断</translation>
    </message>
    <message>
        <source>Right click: erase the nearest point</source>
        <translation>右键单击：擦除最近的点</translation>
    </message>
    <message>
        <source>1-9: class</source>
        <translation>1-9：类别</translation>
    </message>
    <message>
        <source>Space: play/pause</source>
        <translation>空格：运行/暂停</translation>
    </message>
    <message>
        <source>F1: help</source>
        <translation>F1：帮助</translation>
    </message>
</context>
<context>
    <name>ui.window.toolbar</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Mini-batches done in the current epoch (Shift+Right steps one).</source>
        <translation>当前轮次中已完成的小批量（Shift+Right 再走一批）。</translation>
    </message>
    <message>
        <source>· batch {batch} / {batches}</source>
        <translation>· 批次 {batch} / {batches}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>运行(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ui.workbench</name>
    <message>
        <source>Generate {name}</source>
        <translation>生成 {name}</translation>
    </message>
    <message>
        <source>(The training process did not answer: the weights were not saved.)</source>
        <translation>（训练进程没有响应：权重没有保存。）</translation>
    </message>
</context>
</TS>
