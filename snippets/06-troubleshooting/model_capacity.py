"""A model too simple for its data, and one with a hidden layer (section 6.2, problem 3).

The linear model stops at about 0.17, the loss of the best straight line through
the curve (NumPy's exact fit), and cannot do better however long it trains:

>>> slope, intercept = np.polyfit(x.ravel(), y.ravel(), 1)
>>> best_line = float(np.mean((slope * x + intercept - y) ** 2))
>>> round(best_line, 2), abs(losses["linear (no hidden layer)"][-1] - best_line) < 0.005
(0.17, True)

One hidden layer brings the loss below 0.01, more than 15 times lower:

>>> hidden = losses["one hidden layer of 32 units"][-1]
>>> hidden < 0.01, losses["linear (no hidden layer)"][-1] / hidden > 15
(True, True)
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
import keras

tf.keras.utils.set_random_seed(0)
x = np.linspace(-3, 3, 256, dtype="float32").reshape(-1, 1)
y = np.sin(x)  # a curve: no straight line can follow it
data = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(256).batch(64)  # reshuffled every epoch

models = {
    "linear (no hidden layer)": keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)]),
    "one hidden layer of 32 units": keras.Sequential([
        keras.Input(shape=(1,)), keras.layers.Dense(32, activation="tanh"), keras.layers.Dense(1)]),
}
losses = {}
for label, model in models.items():
    model.compile(optimizer=keras.optimizers.Adam(0.03), loss="mse")
    losses[label] = model.fit(data, epochs=40, shuffle=False, verbose=0).history["loss"]
    print(f"{label}: loss after 40 epochs {losses[label][-1]:.4f}")

fig, (ax_loss, ax_fit) = plt.subplots(1, 2, figsize=(10, 4))
for (label, model), colour in zip(models.items(), ["#d55e00", "#0072b2"]):
    ax_loss.plot(range(1, 41), losses[label], color=colour, label=label)
    ax_fit.plot(x, model(x), color=colour, label=label)
ax_fit.scatter(x[::8], y[::8], color="black", s=10, label="data (every 8th point)")
ax_loss.set_yscale("log")
ax_loss.set(xlabel="epoch", ylabel="training loss (MSE, log scale)")
ax_fit.set(xlabel="x", ylabel="y")
ax_loss.legend(loc="center right")
ax_fit.legend(loc="lower right")
plt.show()
