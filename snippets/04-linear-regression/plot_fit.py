"""Plot the data and the fitted line with Matplotlib (section 4.3).

One scatter of the 100 points and one line, labelled in the legend:

>>> len(ax.collections[0].get_offsets()), len(ax.lines)
(100, 1)
>>> [text.get_text() for text in ax.get_legend().get_texts()]
['data', 'fitted line']

The line drawn is the fitted one, slope about 0.51, as in section 4.2:

>>> line_x, line_y = ax.lines[0].get_data()
>>> abs(float((line_y[-1] - line_y[0]) / (line_x[-1] - line_x[0])) - 0.51) < 0.01
True

The original's Chinese labels would have no glyphs in Matplotlib's default font,
DejaVu Sans: drawing them warns that each character is missing, and the
characters render as empty boxes:

>>> import warnings
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     chinese = plt.figure()
...     _ = chinese.text(0.5, 0.5, "真实数据")
...     chinese.canvas.draw()
>>> plt.rcParams["font.family"], plt.rcParams["font.sans-serif"][0]
(['sans-serif'], 'DejaVu Sans')
>>> missing = {str(w.message) for w in caught if "missing from font(s) DejaVu Sans" in str(w.message)}
>>> len(missing)  # one warning for each of the four characters of 真实数据
4
>>> plt.close(chinese)
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf


def plot_fit(x, y, W, b):
    """The original's four lines, with English labels and colour-blind-safe colours."""
    plt.scatter(x, y, color="#0072b2", label="data")  # Okabe-Ito blue
    plt.plot(x, W * x + b, "-", color="#d55e00", label="fitted line")  # vermillion, not "r"
    plt.legend()
    plt.show()


# So that this script runs on its own: the data of 4.1 and the training of 4.2,
# the same steps with the training step traced by tf.function (faster).
tf.keras.utils.set_random_seed(42)
x_data = np.linspace(0, 10, 100)
y_data = 0.5 * x_data + 2 + np.random.normal(0, 0.5, size=100)
x = tf.constant(x_data, dtype=tf.float32)
y = tf.constant(y_data, dtype=tf.float32)
W = tf.Variable(tf.random.normal([]))
b = tf.Variable(tf.zeros([]))
optimizer = tf.optimizers.SGD(learning_rate=0.02)


@tf.function
def train_step():
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(W * x + b - y))
    optimizer.apply_gradients(zip(tape.gradient(loss, [W, b]), [W, b]))


for epoch in range(1000):
    train_step()

fig, ax = plt.subplots(figsize=(6, 4))
plot_fit(x, y, W, b)
ax.set_xlabel("x")
ax.set_ylabel("y")
