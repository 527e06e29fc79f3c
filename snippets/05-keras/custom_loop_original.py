"""The original's custom training loop, run as written on TensorFlow 2.21 (section 5.2, translator's note).

On the 1-D x of section 4.1 the first Dense layer refuses the input, because
Keras 3 layers expect (samples, features):

>>> "expected min_ndim=2, found ndim=1" in error
True

With x and y reshaped to (100, 1) it runs, but 100 full-batch steps of Adam at
its default learning rate of 0.001 leave the loss far above the 0.2 that the
best straight line reaches on this data, and how far depends on the random
initial weights:

>>> abs(final_loss[0] - 25.4) < 0.5, abs(final_loss[42] - 0.92) < 0.05
(True, True)
>>> min(final_loss.values()) > 4 * 0.2
True
"""

import keras
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(42)
x_data = np.linspace(0, 10, 100)
y_data = 0.5 * x_data + 2 + np.random.normal(0, 0.5, size=100)
x = tf.constant(x_data, dtype=tf.float32)
y = tf.constant(y_data, dtype=tf.float32)


def train_as_written(x, y, seed):
    tf.keras.utils.set_random_seed(seed)  # the initial weights
    model = tf.keras.Sequential([
        tf.keras.layers.Dense(10, activation="relu"),
        tf.keras.layers.Dense(1),
    ])
    loss_fn = tf.keras.losses.MeanSquaredError()
    optimizer = tf.keras.optimizers.Adam()

    @tf.function  # the original's loop body, traced once to save time
    def train_step():
        with tf.GradientTape() as tape:
            predictions = model(x)
            loss = loss_fn(y, predictions)
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    for epoch in range(100):
        loss = train_step()
    return float(loss)


try:
    train_as_written(x, y, seed=42)  # x as in section 4.1: shape (100,)
except ValueError as exc:
    error = str(exc)
    print("1-D x:", next(line.strip() for line in error.splitlines() if "min_ndim" in line))

final_loss = {}
for seed in [0, 42]:
    final_loss[seed] = train_as_written(tf.reshape(x, (-1, 1)), tf.reshape(y, (-1, 1)), seed)
    print(f"x as (100, 1), initial weights from seed {seed}: "
          f"loss after 100 steps {final_loss[seed]:.2f}")
