"""Focal loss as a Keras loss on an imbalanced task: digit 0 against the rest (section 16).

About one image in ten is a 0, the rare "defect" class:

>>> round(float(y_train.mean()), 2)
0.1

With either version of the loss the model finds almost every 0 in the test
set without raising many false alarms:

>>> [results[name]["recall"] >= 0.9 for name in results]
[True, True]
>>> [results[name]["precision"] >= 0.9 for name in results]
[True, True]
"""

import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split


def focal_loss(y_true, y_pred):  # the original
    gamma = 2.0
    alpha = 0.25
    pt = tf.where(tf.equal(y_true, 1), y_pred, 1 - y_pred)
    return -alpha * (1.0 - pt)**gamma * tf.math.log(pt + 1e-7)


def binary_focal_loss(y_true, y_pred, gamma=2.0, alpha=0.25):  # the standard form
    y_true = tf.cast(y_true, y_pred.dtype)
    y_pred = tf.clip_by_value(y_pred, 1e-7, 1 - 1e-7)
    pt = tf.where(tf.equal(y_true, 1), y_pred, 1 - y_pred)
    alpha_t = tf.where(tf.equal(y_true, 1), alpha, 1 - alpha)
    return tf.reduce_mean(-alpha_t * (1.0 - pt) ** gamma * tf.math.log(pt), axis=-1)


keras.utils.set_random_seed(16)
digits = load_digits()
x = (digits.data / 16.0).astype("float32")            # 64 pixels per image
y = (digits.target == 0).astype("float32")[:, None]   # 1 = the rare class
x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.3, random_state=16)

results = {}
for name, loss in [("original", focal_loss), ("standard", binary_focal_loss)]:
    model = keras.Sequential([keras.Input(shape=(64,)),
                              keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1, activation="sigmoid")])  # probabilities
    model.compile(optimizer=keras.optimizers.Adam(0.02), loss=loss)
    data = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(2000).batch(256)
    model.fit(data.repeat(), steps_per_epoch=150, epochs=1, shuffle=False, verbose=0)
    predicted = model(x_test).numpy() > 0.5
    hits = float((predicted & (y_test == 1)).sum())
    results[name] = {"recall": hits / float(y_test.sum()), "precision": hits / float(predicted.sum())}
    print(f"{name} focal loss: recall {results[name]['recall']:.2f}, "
          f"precision {results[name]['precision']:.2f} on {int(y_test.sum())} zeros")
