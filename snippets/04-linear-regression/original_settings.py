"""The original's settings, run for comparison (section 4.2, translator's note).

At learning rate 0.01, 200 epochs leave the intercept far from its target
while the slope has overshot its 0.5:

>>> abs(results[0.01]["W"] - 0.61) < 0.01, abs(results[0.01]["b"] - 1.23) < 0.02
(True, True)

The curvature of the loss in (W, b), its Hessian, has eigenvalues of about
68.5 and 0.50, a ratio of about 138; gradient descent is stable below 2/68.5:

>>> hessian = 2 * np.array([[np.mean(x_data ** 2), np.mean(x_data)], [np.mean(x_data), 1]])
>>> hessian.round(1).tolist()
[[67.0, 10.0], [10.0, 2.0]]
>>> low, high = np.linalg.eigvalsh(hessian)
>>> round(float(high), 1), round(float(low), 2), round(float(high / low)), round(float(2 / high), 3)
(68.5, 0.5, 138, 0.029)

A learning rate just above that limit diverges:

>>> results[0.03]["loss"] > 1e6
True
"""

import numpy as np
import tensorflow as tf

results = {}
for learning_rate in [0.01, 0.03]:
    tf.keras.utils.set_random_seed(42)
    x_data = np.linspace(0, 10, 100)
    y_data = 0.5 * x_data + 2 + np.random.normal(0, 0.5, size=100)
    x = tf.constant(x_data, dtype=tf.float32)
    y = tf.constant(y_data, dtype=tf.float32)
    W = tf.Variable(tf.random.normal([]))
    b = tf.Variable(tf.zeros([]))
    optimizer = tf.optimizers.SGD(learning_rate=learning_rate)
    for epoch in range(200):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(W * x + b - y))
        optimizer.apply_gradients(zip(tape.gradient(loss, [W, b]), [W, b]))
    results[learning_rate] = {"W": float(W), "b": float(b), "loss": float(loss)}
    print(f"learning rate {learning_rate}, 200 epochs: "
          f"W={float(W):.4g}, b={float(b):.4g}, loss={float(loss):.4g}")
