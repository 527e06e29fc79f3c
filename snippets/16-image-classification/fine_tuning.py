"""Fine-tuning: frozen base first, then unfreeze with a 10x smaller learning rate (section 16).

901 images of 0-4 for pre-training; two images per class of 5-9 for
training, all the others for testing:

>>> len(x_old), len(few), len(test)
(901, 10, 886)

With the base frozen, only the new head's kernel and bias are trained, and it
beats chance (0.2) by far:

>>> head_only, accuracy["frozen base"] > 0.6
(2, True)

Step 2 also trains the top convolution's kernel and bias, and at a 10x smaller
learning rate does not undo what the head learned:

>>> unfrozen
4
>>> accuracy["fine-tuned"] >= accuracy["frozen base"] - 0.05
True

On these simple 8x8 digits, the same network trained from scratch on the same
ten images ends up close to the transferred one; all three land between 0.7 and 0.85:

>>> abs(accuracy["from scratch"] - accuracy["fine-tuned"]) < 0.1
True
>>> [0.7 < value < 0.85 for value in accuracy.values()]
[True, True, True]
>>> [bar.get_height() for bar in ax.patches] == list(accuracy.values())
True
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

keras.utils.set_random_seed(16)
digits = load_digits()
x, y = (digits.images / 16.0).astype("float32")[..., None], digits.target
x_old, y_old = x[y < 5], y[y < 5]        # plenty of labelled 0-4 for pre-training
x_new, y_new = x[y >= 5], y[y >= 5] - 5  # the new task: 5-9, labelled 0-4
few = np.concatenate([np.flatnonzero(y_new == c)[:2] for c in range(5)])  # 2 per class
test = np.setdiff1d(np.arange(len(y_new)), few)  # every other 5-9 image


def make_base():  # a small convolutional feature extractor
    return keras.Sequential([
        keras.Input(shape=(8, 8, 1)),
        keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
        keras.layers.Flatten(),
    ])


def train(model, x, y, learning_rate, steps):  # compile again after changing trainable
    model.compile(optimizer=keras.optimizers.Adam(learning_rate),
                  loss="sparse_categorical_crossentropy")
    data = tf.data.Dataset.from_tensor_slices((x, y)).shuffle(len(x)).batch(128).repeat()
    model.fit(data, steps_per_epoch=steps, epochs=1, shuffle=False, verbose=0)
    return float(np.mean(np.argmax(model(x_new[test]), axis=-1) == y_new[test]))


base = make_base()
train(keras.Sequential([base, keras.layers.Dense(5, activation="softmax")]),
      x_old, y_old, 1e-2, 100)  # pre-train on 0-4

accuracy = {}
base.trainable = False  # 1. freeze the base, train a new head on the few 5-9 images
model = keras.Sequential([base, keras.layers.Dense(5, activation="softmax")])
head_only = len(model.trainable_weights)
accuracy["frozen base"] = train(model, x_new[few], y_new[few], 1e-2, 100)
base.layers[-2].trainable = True  # 2. unfreeze the top convolution, learning rate / 10
unfrozen = len(model.trainable_weights)
accuracy["fine-tuned"] = train(model, x_new[few], y_new[few], 1e-3, 50)
scratch = keras.Sequential([make_base(), keras.layers.Dense(5, activation="softmax")])
accuracy["from scratch"] = train(scratch, x_new[few], y_new[few], 1e-2, 150)
for name, value in accuracy.items():
    print(f"{name}: test accuracy {value:.2f} on {len(test)} images of 5-9")

fig, ax = plt.subplots(figsize=(5, 3))
ax.bar(list(accuracy), list(accuracy.values()), color=["#0072b2", "#009e73", "#e69f00"])
ax.axhline(0.2, color="#d55e00", linestyle="--", label="chance (5 classes)")
ax.set_ylabel("test accuracy on digits 5-9")
ax.set_ylim(0, 1)
ax.legend(loc="upper right")
plt.show()
