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
        <source>Pause training and compute the loss over a 41 x 41 slice through the weights</source>
        <translation>暂停训练，在穿过当前权重的 41 x 41 切片上计算损失</translation>
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
        <source>Press Compute to see the loss around the current weights.</source>
        <translation>按“计算”查看当前权重周围的损失。</translation>
    </message>
    <message>
        <source>Darker is a lower training loss (log scale). &lt;span style=&apos;color:{path_color}&apos;&gt;Orange&lt;/span&gt;: the recent path, from the ring to the star (the weights now). &lt;span style=&apos;color:{gradient_color}&apos;&gt;Arrow&lt;/span&gt;: the way a gradient-descent step goes.</source>
        <translation>颜色越深，训练损失越低（对数刻度）。&lt;span style=&apos;color:{path_color}&apos;&gt;橙色&lt;/span&gt;：最近的训练路径，从圆圈到星号（当前的权重）。&lt;span style=&apos;color:{gradient_color}&apos;&gt;箭头&lt;/span&gt;：梯度下降一步要走的方向。</translation>
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
</TS>
