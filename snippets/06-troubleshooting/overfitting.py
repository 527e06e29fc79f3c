"""Overfitting, and three remedies: Dropout, L2 and early stopping (section 6.2, problem 4).

Without a remedy the large model fits its 100 noisy training points ever better
(training loss about 0.17) while the validation loss, after a minimum below 0.5,
climbs back above 0.75:

>>> plain = histories["no remedy"]
>>> abs(finals["no remedy"]["train"] - 0.17) < 0.03, min(plain["val_loss"]) < 0.5, finals["no remedy"]["val"] > 0.75
(True, True, True)

so the gap between validation and training loss ends above 0.5:

>>> gap = {label: final["val"] - final["train"] for label, final in finals.items()}
>>> gap["no remedy"] > 0.5
True

Every remedy at least halves that gap:

>>> [label for label in runs if gap[label] > gap["no remedy"] / 2]
['no remedy']

and ends with a validation loss below 0.55:

>>> [label for label in runs if finals[label]["val"] > 0.55]
['no remedy']

Every run started from the same initial weights:

>>> initial = [build(**options).get_weights() for options in
...            [{}, {"dropout": 0.5}, {"l2": keras.regularizers.L2(0.003)}]]
>>> all(np.array_equal(a, b) for other in initial[1:] for a, b in zip(initial[0], other))
True

Early stopping ended the run 10 epochs (its patience) after the best epoch, and
restored that epoch's weights:

>>> stopped = histories["EarlyStopping"]
>>> len(stopped["loss"]) < 50, len(stopped["loss"]) - (best + 1)
(True, 10)
>>> abs(finals["EarlyStopping"]["val"] - min(stopped["val_loss"])) < 1e-4
True
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
import keras
from keras import layers


def make_data(n):
    """Points in a square, labelled 1 inside a circle; 10% of the labels flipped."""
    x = np.random.uniform(-1, 1, size=(n, 2)).astype("float32")
    inside = (x ** 2).sum(axis=1, keepdims=True) < 0.4
    flipped = np.random.uniform(size=(n, 1)) < 0.1
    return x, (inside != flipped).astype("float32")


tf.keras.utils.set_random_seed(1)
# One batch per data set: full-batch training, one validation step per epoch
train_data = tf.data.Dataset.from_tensor_slices(make_data(100)).batch(100)  # small and noisy
val_data = tf.data.Dataset.from_tensor_slices(make_data(500)).batch(500)


def build(dropout=0.0, l2=None):
    tf.keras.utils.set_random_seed(1)  # the same initial weights for every run
    return keras.Sequential([
        keras.Input(shape=(2,)),
        layers.Dense(128, activation="relu", kernel_regularizer=l2),
        # A rate of 0 passes everything through. Fixed seeds: a Dropout layer
        # without one would draw a seed and change the next layer's initial weights
        layers.Dropout(dropout, seed=1),
        layers.Dense(128, activation="relu", kernel_regularizer=l2),
        layers.Dropout(dropout, seed=2),
        layers.Dense(1, activation="sigmoid"),
    ])


def train(dropout=0.0, l2=None, callbacks=()):
    model = build(dropout, l2)
    model.compile(optimizer=keras.optimizers.Adam(0.03), loss="binary_crossentropy")
    history = model.fit(train_data, validation_data=val_data, epochs=50, shuffle=False,
                        callbacks=list(callbacks), verbose=0).history
    final = {"train": model.evaluate(train_data, verbose=0), "val": model.evaluate(val_data, verbose=0)}
    return history, final


runs = {
    "no remedy": {},
    "Dropout(0.5)": {"dropout": 0.5},
    "L2(0.003)": {"l2": keras.regularizers.L2(0.003)},
    "EarlyStopping": {"callbacks": [keras.callbacks.EarlyStopping(patience=10, restore_best_weights=True)]},
}
histories, finals = {}, {}
for label, options in runs.items():
    histories[label], finals[label] = train(**options)
    print(f"{label:14} epochs {len(histories[label]['loss']):2}, final loss: training {finals[label]['train']:.3f}, "
          f"validation {finals[label]['val']:.3f}")

fig, ax = plt.subplots(figsize=(7, 4.5))
colours = ["#d55e00", "#0072b2", "#009e73", "#e69f00"]
epochs = np.arange(1, 51)
ax.plot(epochs, histories["no remedy"]["loss"], "--", color=colours[0], label="no remedy (training)")
for (label, history), colour in zip(histories.items(), colours):
    ax.plot(epochs[:len(history["val_loss"])], history["val_loss"], color=colour, label=f"{label} (validation)")
best = int(np.argmin(histories["EarlyStopping"]["val_loss"]))  # the epoch whose weights were restored
ax.plot(best + 1, histories["EarlyStopping"]["val_loss"][best], "o", color=colours[3], label="restored by EarlyStopping")
ax.set(xlabel="epoch", ylabel="loss (binary cross-entropy)", ylim=(0, 1.4))
ax.legend(loc="upper center", ncols=2)
plt.show()
