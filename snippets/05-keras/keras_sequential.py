"""Build, compile, train and use a model with the Keras API, and plot its training curves (section 5.1).

``tf.keras`` is Keras 3, the separate ``keras`` package:

>>> keras.__version__.split(".")[0], tf.keras.Sequential is keras.Sequential
('3', True)

The one Dense unit learns the line of the simulated data, y = 0.5x + 2, within
the noise: a kernel (slope) of about 0.51 and a bias (intercept) of about 1.88:

>>> abs(float(kernel[0, 0]) - 0.51) < 0.02, abs(float(bias[0]) - 1.88) < 0.05
(True, True)
>>> abs(float(kernel[0, 0]) - 0.5) < 0.05, abs(float(bias[0]) - 2) < 0.15
(True, True)

``predict`` returns one prediction per sample, on that line:

>>> predictions.shape
(100, 1)
>>> bool(abs(predictions[50, 0] - (0.5 * x_data[50] + 2)) < 0.15)
True

``history.history`` holds the loss and the metric for each of the 100 epochs:

>>> sorted(history.history), len(history.history["loss"]), len(history.history["mae"])
(['loss', 'mae'], 100, 100)

The loss falls to under a fifth of the first epoch's, and from epoch 50 on it
stays below 0.25, the variance of the noise (standard deviation 0.5):

>>> loss, mae = history.history["loss"], history.history["mae"]
>>> loss[0] > 5 * loss[-1], max(loss[49:]) < 0.25
(True, True)
>>> abs(loss[0] - 1.9) < 0.1, abs(loss[-1] - 0.22) < 0.02
(True, True)

The final mean absolute error, about 0.38, is close to that of the noise itself
(0.5 * sqrt(2 / pi) = 0.40 for normal noise):

>>> abs(mae[-1] - 0.38) < 0.02, abs(mae[-1] - 0.4) < 0.05
(True, True)

The figure shows both curves:

>>> [line.get_label() for line in ax.lines]
['loss (MSE)', 'MAE', 'noise variance (0.25)']
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

# The simulated data of section 4.1, with x as 100 samples x 1 feature
tf.keras.utils.set_random_seed(42)
x_data = np.linspace(0, 10, 100)
y_data = 0.5 * x_data + 2 + np.random.normal(0, 0.5, size=100)
x = x_data.reshape(-1, 1)

# Build the model
model = keras.Sequential([
    keras.Input(shape=(1,)),
    keras.layers.Dense(1),
])
# Compile the model
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
# Train the model
history = model.fit(x, y_data, epochs=100, batch_size=10, verbose=0)
# Predict
predictions = model.predict(x, verbose=0)

kernel, bias = model.layers[0].get_weights()
print(f"learned: y = {kernel[0, 0]:.3f}x + {bias[0]:.3f}")
print("predictions for x = 0, 5, 10:", predictions[[0, 50, -1], 0].round(2))
for epoch in [0, 9, 49, 99]:
    print(f"epoch {epoch + 1:3d}: loss {history.history['loss'][epoch]:.3f}, "
          f"mae {history.history['mae'][epoch]:.3f}")

# The training curves, from what fit recorded per epoch
fig, ax = plt.subplots(figsize=(6, 4))
epochs = range(1, len(history.history["loss"]) + 1)
ax.plot(epochs, history.history["loss"], color="#0072b2", label="loss (MSE)")
ax.plot(epochs, history.history["mae"], color="#e69f00", linestyle="--", label="MAE")
ax.axhline(0.25, color="#009e73", linestyle=":", label="noise variance (0.25)")
ax.set_xlabel("epoch")
ax.set_ylabel("value on the training data")
ax.legend()
plt.show()
