"""Finding NaN and inf in the data before they reach the loss (section 13.1).

Two of the 200 rows are broken: one holds a NaN, one an inf.

>>> bad_rows.tolist()
[17, 123]

Trained on all rows, the loss is NaN from the first epoch on, and so are the
weights after training; without the two rows the loss is finite and falls:

>>> all(np.isnan(loss) for loss in loss_with_bad_rows), bool(np.isnan(weights_with_bad_rows).all())
(True, True)
>>> bool(np.all(np.isfinite(loss_clean))), loss_clean[-1] < loss_clean[0] / 10
(True, True)

An inf target alone makes the squared error inf, not NaN:

>>> float(keras.losses.MeanSquaredError()(np.array([[1.0], [np.inf]]), np.zeros((2, 1))))
inf
"""

import numpy as np
import tensorflow as tf
import keras

tf.keras.utils.set_random_seed(0)
x = np.random.uniform(-1, 1, size=(200, 3)).astype("float32")
y = (x @ [[1.0], [-2.0], [0.5]] + 0.3).astype("float32")
x[17, 1] = np.nan  # e.g. a missing value read from a CSV file
y[123, 0] = np.inf  # e.g. a division by zero in preprocessing

finite = np.isfinite(x).all(axis=1) & np.isfinite(y).all(axis=1)
bad_rows = np.flatnonzero(~finite)
print("rows with NaN or inf:", bad_rows)


def train(features, targets):
    tf.keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
    history = model.fit(features, targets, batch_size=len(features), epochs=20, verbose=0)
    return history.history["loss"], model.layers[0].kernel.numpy()


loss_with_bad_rows, weights_with_bad_rows = train(x, y)
loss_clean, _ = train(x[finite], y[finite])
print(f"loss with the bad rows: {loss_with_bad_rows[0]} -> {loss_with_bad_rows[-1]},"
      f" weights {weights_with_bad_rows.ravel()}")
print(f"loss without them:      {loss_clean[0]:.3f} -> {loss_clean[-1]:.3f}")
