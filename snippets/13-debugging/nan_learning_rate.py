"""A learning rate too large turns the loss into inf and NaN; gradient clipping stops it (section 13.1).

The features are not normalised (x up to 100). Plain SGD at a learning rate of
0.01 overshoots further at every step: the loss grows by a factor of about
4,300 per step until it overflows float32 to inf after 10 steps; from step 23
on it is NaN.
At 0.0001 training is stable and the loss falls:

>>> diverged = losses["SGD, learning rate 0.01"]
>>> all(4200 < later / earlier < 4300 for earlier, later in zip(diverged[:9], diverged[1:10]))
True
>>> diverged.index(float("inf")), int(np.flatnonzero(np.isnan(diverged))[0]), float(diverged[-1])
(10, 22, nan)
>>> small = losses["SGD, learning rate 0.0001"]
>>> bool(np.isfinite(small).all()), small[-1] < small[0] / 100
(True, True)

With clipnorm=1.0 the same learning rate of 0.01 stays finite, and the loss
falls from 743 to about 1.6:

>>> clipped = losses["SGD, learning rate 0.01, clipnorm=1.0"]
>>> bool(np.isfinite(clipped).all()), abs(clipped[0] - 743) < 1, abs(clipped[-1] - 1.6) < 0.05
(True, True, True)

Adam with the original's clipvalue=1.0 stays finite as well, and so does Adam
without clipping:

>>> [bool(np.isfinite(losses[name]).all()) for name in ["Adam, clipvalue=1.0", "Adam"]]
[True, True]
"""

import numpy as np
import tensorflow as tf
import keras

tf.keras.utils.set_random_seed(0)
x = np.random.uniform(0, 100, size=(200, 1)).astype("float32")  # raw, not normalised
y = (0.5 * x + 2 + np.random.normal(0, 1, size=(200, 1))).astype("float32")


def train(optimizer, steps=50):
    """Full-batch gradient descent; returns the loss before each step."""
    tf.keras.utils.set_random_seed(0)  # the same initial weights for each run
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
    losses = []
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(model(x) - y))
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))  # clips first
        losses.append(float(loss))
    return losses


losses = {
    "SGD, learning rate 0.01": train(keras.optimizers.SGD(0.01)),
    "SGD, learning rate 0.0001": train(keras.optimizers.SGD(0.0001)),
    "SGD, learning rate 0.01, clipnorm=1.0": train(keras.optimizers.SGD(0.01, clipnorm=1.0)),
    "Adam, clipvalue=1.0": train(keras.optimizers.Adam(0.01, clipvalue=1.0)),
    "Adam": train(keras.optimizers.Adam(0.01)),
}
for name, loss in losses.items():
    print(f"{name:38} loss {loss[0]:.4g} -> {loss[-1]:.4g}")
print("SGD at 0.01, first 12 steps:", " ".join(f"{value:.2g}" for value in losses[
    "SGD, learning rate 0.01"][:12]))
