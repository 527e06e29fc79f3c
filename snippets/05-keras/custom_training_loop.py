"""A custom training loop with GradientTape that converges, and its loss curve (section 5.2).

After 300 full-batch Adam steps at a learning rate of 0.05 the loss has fallen
from 2.2 to about 0.20, the mean squared error of the best straight line
through these points (NumPy's least-squares fit), close to the noise variance
of 0.25:

>>> slope, intercept = np.polyfit(x_data, y_data, 1)
>>> best_line_loss = float(np.mean((slope * x_data + intercept - y_data) ** 2))
>>> abs(losses[0] - 2.23) < 0.01, abs(losses[-1] - 0.20) < 0.01, round(best_line_loss, 2)
(True, True, 0.2)
>>> abs(losses[-1] - best_line_loss) < 0.01
True

The network's predictions lie on the true line y = 0.5x + 2, within the noise:

>>> test_x = np.array([[0.0], [5.0], [10.0]])
>>> errors = model.predict(test_x, verbose=0)[:, 0] - (0.5 * test_x[:, 0] + 2)
>>> bool(np.all(np.abs(errors) < 0.15))
True

The figure plots the recorded loss of every step, on a log scale:

>>> len(ax.lines[0].get_ydata()), ax.get_yscale()
(300, 'log')
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(42)
x_data = np.linspace(0, 10, 100)
y_data = 0.5 * x_data + 2 + np.random.normal(0, 0.5, size=100)
x = tf.constant(x_data.reshape(-1, 1), dtype=tf.float32)  # (samples, features)
y = tf.constant(y_data.reshape(-1, 1), dtype=tf.float32)

model = keras.Sequential([
    keras.Input(shape=(1,)),
    keras.layers.Dense(10, activation="relu"),
    keras.layers.Dense(1),
])
loss_fn = keras.losses.MeanSquaredError()
optimizer = keras.optimizers.Adam(learning_rate=0.05)


@tf.function  # one traced graph for all steps (section 3.2)
def train_step(x, y):
    with tf.GradientTape() as tape:
        predictions = model(x, training=True)
        loss = loss_fn(y, predictions)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss


losses = []
for step in range(300):
    losses.append(float(train_step(x, y)))
    if step % 50 == 0 or step == 299:
        print(f"step {step:3d}: loss {losses[-1]:.3f}")

# The loss curve of the loop
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(range(1, len(losses) + 1), losses, color="#0072b2", label="loss (MSE)")
ax.axhline(0.25, color="#009e73", linestyle=":", label="noise variance (0.25)")
ax.set_yscale("log")
ax.set_xlabel("training step")
ax.set_ylabel("loss on the training data")
ax.legend()
plt.show()
