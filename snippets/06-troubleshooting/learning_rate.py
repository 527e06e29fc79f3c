"""A learning rate too small, about right, and too large (section 6.2, problem 3).

All three runs start from the same weights, at a loss of 11.9:

>>> start = losses[0.001][0]
>>> abs(start - 11.9) < 0.05, losses[0.1][0] == losses[1.2][0] == start
(True, True)

At 0.001 the loss has fallen by only about a tenth after 30 epochs:

>>> abs(losses[0.001][-1] - 10.6) < 0.1, abs(losses[0.001][-1] / start - 0.89) < 0.01
(True, True)

At 0.1 it reaches the noise level: the loss of the exact least-squares fit.

>>> features = np.hstack([x, np.ones((200, 1))])
>>> coefficients = np.linalg.lstsq(features, y, rcond=None)[0]
>>> best = float(np.mean((features @ coefficients - y) ** 2))
>>> round(best, 2), abs(losses[0.1][-1] - best) < 0.005
(0.26, True)

At 1.2 every epoch makes it worse, until it is beyond 10^12:

>>> all(later > earlier for earlier, later in zip(losses[1.2], losses[1.2][1:]))
True
>>> losses[1.2][-1] > 1e12
True

Full-batch gradient descent on this loss is stable only below 2 divided by the
largest curvature of the loss (the largest eigenvalue of its Hessian), about 0.92:
0.1 is below that limit, 1.2 above it.

>>> hessian = 2 * features.T @ features / len(features)
>>> limit = 2 / np.linalg.eigvalsh(hessian).max()
>>> bool(0.1 < 0.85 < limit < 1.0 < 1.2)
True
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
import keras

tf.keras.utils.set_random_seed(0)
# y = 3*x1 - 2*x2 + 1 + noise, with standardised features
x = np.random.normal(0, 1, size=(200, 2)).astype("float32")
y = (x @ [[3.0], [-2.0]] + 1 + np.random.normal(0, 0.5, size=(200, 1))).astype("float32")
# The whole set as one batch (fit does not shuffle a Dataset: hence shuffle=False)
data = tf.data.Dataset.from_tensors((x, y))

losses = {}
for learning_rate in [0.001, 0.1, 1.2]:
    tf.keras.utils.set_random_seed(0)  # the same initial weights for each run
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate), loss="mse")
    losses[learning_rate] = model.fit(data, epochs=30, shuffle=False, verbose=0).history["loss"]
    print(f"learning rate {learning_rate}: loss {losses[learning_rate][0]:.3g}"
          f" -> {losses[learning_rate][-1]:.3g}")

fig, ax = plt.subplots(figsize=(6, 4))
for (learning_rate, loss), colour in zip(losses.items(), ["#0072b2", "#009e73", "#d55e00"]):
    ax.plot(range(1, 31), loss, color=colour, label=f"learning rate {learning_rate}")
ax.set_yscale("log")
ax.set_xlabel("epoch")
ax.set_ylabel("training loss (MSE, log scale)")
ax.legend()
plt.show()
