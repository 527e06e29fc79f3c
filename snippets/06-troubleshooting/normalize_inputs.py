"""Raw features on very different scales versus normalised ones (section 6.2, problem 3).

The Normalization layer learned each feature's mean and variance from the data:

>>> np.allclose(normalize(x).numpy().mean(axis=0), 0, atol=1e-4)
True
>>> np.allclose(normalize(x).numpy().std(axis=0), 1, atol=1e-3)
True

On the raw features, SGD at 0.1 blows up: past 10^25 after five epochs, then
infinite and NaN:

>>> raw_fast = losses["raw, learning rate 0.1"]
>>> raw_fast[4] > 1e25, bool(np.isfinite(raw_fast[-1]))
(True, False)

A rate small enough for the raw area feature leaves the loss high, from 11.7
to about 8.9:

>>> raw_slow = losses["raw, learning rate 3e-5"]
>>> abs(raw_slow[0] - 11.7) < 0.1, abs(raw_slow[-1] - 8.9) < 0.1
(True, True)

The normalised model at 0.1 reaches the loss of the exact least-squares fit, 0.09:

>>> features = np.hstack([x, np.ones((200, 1))])
>>> coefficients = np.linalg.lstsq(features, y, rcond=None)[0]
>>> best = float(np.mean((features @ coefficients - y) ** 2))
>>> round(best, 2), abs(losses["normalised, learning rate 0.1"][-1] - best) < 0.005
(0.09, True)

Why: gradient descent is stable only below 2 divided by the largest curvature of
the loss (the largest eigenvalue of its Hessian). On the raw features that limit
is about 4e-5, so 0.1 diverges and 3e-5 is just stable; but then the flattest
direction, with a curvature over 100 000 times smaller, barely moves. After
normalisation every curvature is close to 2, and the limit is close to 1:

>>> curvatures = np.linalg.eigvalsh(2 * features.T @ features / len(features))
>>> bool(3e-5 < 2 / curvatures.max() < 5e-5), bool(curvatures.max() / curvatures.min() > 1e5)
(True, True)

Along that flattest direction each step at 3e-5 removes only a fraction
3e-5 × curvature of the remaining error: in 30 steps, less than 0.1% of it.

>>> bool(1 - (1 - 3e-5 * curvatures.min()) ** 30 < 0.001)
True
>>> z = (x - x.mean(axis=0)) / x.std(axis=0)
>>> z_features = np.hstack([z, np.ones((200, 1))])
>>> z_curvatures = np.linalg.eigvalsh(2 * z_features.T @ z_features / 200)
>>> bool(np.all(abs(z_curvatures - 2) < 0.2)), bool(0.9 < 2 / z_curvatures.max() < 1.0)
(True, True)
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
import keras

tf.keras.utils.set_random_seed(0)
# Price from floor area (50-250 m²) and distance to the centre (0.5-20 km)
area = np.random.uniform(50, 250, size=200)
distance = np.random.uniform(0.5, 20, size=200)
x = np.stack([area, distance], axis=1).astype("float32")
y = (0.02 * area - 0.1 * distance + 1 + np.random.normal(0, 0.3, size=200))
y = y.reshape(-1, 1).astype("float32")
# The whole set as one batch (fit does not shuffle a Dataset: hence shuffle=False)
data = tf.data.Dataset.from_tensors((x, y))

normalize = keras.layers.Normalization()
normalize.adapt(x)  # learns each feature's mean and variance
print("feature means:", normalize.mean.numpy().round(1), "variances:", normalize.variance.numpy().round(1))

runs = {"raw, learning rate 0.1": ([], 0.1), "raw, learning rate 3e-5": ([], 3e-5),
        "normalised, learning rate 0.1": ([normalize], 0.1)}
losses = {}
for label, (first_layers, learning_rate) in runs.items():
    tf.keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input(shape=(2,)), *first_layers, keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate), loss="mse")
    losses[label] = model.fit(data, epochs=30, shuffle=False, verbose=0).history["loss"]
    print(f"{label}: loss {losses[label][0]:.3g} -> {losses[label][-1]:.3g}")

fig, ax = plt.subplots(figsize=(6, 4))
for (label, loss), colour in zip(losses.items(), ["#d55e00", "#e69f00", "#0072b2"]):
    ax.plot(range(1, 31), loss, color=colour, label=label)
ax.set_yscale("log")
ax.set_ylim(0.05, 100)  # the diverging run leaves the plot at the top
ax.set_xlabel("epoch")
ax.set_ylabel("training loss (MSE, log scale)")
ax.legend()
plt.show()
