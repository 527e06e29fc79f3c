"""Plot the data and the fitted line with Matplotlib (section 4.3).

One scatter of the 100 points and one line, labelled in the legend:

>>> len(ax.collections[0].get_offsets()), len(ax.lines)
(100, 1)
>>> [text.get_text() for text in ax.get_legend().get_texts()]
['data', 'fitted line']

The line drawn is the fitted one, slope about 0.5:

>>> line_x, line_y = ax.lines[0].get_data()
>>> abs(float((line_y[-1] - line_y[0]) / (line_x[-1] - line_x[0])) - 0.51) < 0.01
True
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

# Data and training as in sections 4.1 and 4.2
tf.keras.utils.set_random_seed(42)
x_data = np.linspace(0, 10, 100)
y_data = 0.5 * x_data + 2 + np.random.normal(0, 0.5, size=100)
x = tf.constant(x_data, dtype=tf.float32)
y = tf.constant(y_data, dtype=tf.float32)
W = tf.Variable(tf.random.normal([]))
b = tf.Variable(tf.zeros([]))
optimizer = tf.optimizers.SGD(learning_rate=0.02)
for epoch in range(1000):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(W * x + b - y))
    optimizer.apply_gradients(zip(tape.gradient(loss, [W, b]), [W, b]))

# Plot the data and the fitted line
fig, ax = plt.subplots(figsize=(6, 4))
ax.scatter(x, y, color="#0072b2", label="data")  # Okabe-Ito blue and vermillion:
ax.plot(x, W * x + b, color="#d55e00", label="fitted line")  # colour-blind safe
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend()
plt.show()
