"""Saliency maps and Grad-CAM with a plain GradientTape (section 19.2).

The same CNN as in section 19.1, trained the same way; it is sure of most of the
100 test digits used for the check:

>>> float(score(model(X), labels).numpy().mean()) > 0.9
True

Both maps have the input's 16x16 pixels and are never negative (absolute values;
a ReLU). Grad-CAM starts at the 8x8 of the last conv layer:

>>> maps["saliency"].shape, maps["Grad-CAM"].shape, conv_model.output[0].shape
((3, 16, 16), (3, 16, 16), (None, 8, 8, 16))
>>> [bool(m.min() >= 0) for m in maps.values()]
[True, True]

The saliency of each example digit is larger on its stroke than on the empty
background, more than 1.5 times as large on average:

>>> stroke = x_test[examples][..., 0] > 0.25
>>> [bool(m[s].mean() > 1.5 * m[~s].mean()) for m, s in zip(maps["saliency"], stroke)]
[True, True, True]

Erasing the ink that saliency marks hottest costs the true digit most of its
probability; erasing the coolest quarter costs far less:

>>> mean_score["saliency", "hottest"] < 0.4, mean_score["saliency", "coolest"] > 0.75
(True, True)

Grad-CAM does not separate the two this way: both leave between 0.4 and 0.7:

>>> [0.4 < mean_score["Grad-CAM", part] < 0.7 for part in ("hottest", "coolest")]
[True, True]
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

# Data and model as in section 19.1
tf.keras.utils.set_random_seed(0)
digits = load_digits()
images = tf.image.resize(digits.images[..., None] / 16.0, (16, 16)).numpy()
x_train, x_test, y_train, y_test = train_test_split(
    images, digits.target, test_size=0.25, random_state=0)
digit_input = keras.Input(shape=(16, 16, 1))
h = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(digit_input)
h = keras.layers.MaxPooling2D()(h)
h = keras.layers.Conv2D(16, 3, padding="same", activation="relu", name="last_conv")(h)
h = keras.layers.Flatten()(keras.layers.MaxPooling2D()(h))
model = keras.Model(digit_input, keras.layers.Dense(10, activation="softmax")(h))
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy",
              metrics=["accuracy"])
model.fit(x_train, y_train, epochs=6, batch_size=128, verbose=0)
print(f"test accuracy: {model.evaluate(x_test, y_test, verbose=0)[1]:.3f}")


def score(preds, labels):  # each image's probability of its own class
    return tf.gather(preds, labels, axis=1, batch_dims=1)


def saliency_map(X, labels):  # |d score / d pixel|, max over channels
    X = tf.constant(X)
    with tf.GradientTape() as tape:
        tape.watch(X)
        s = score(model(X), labels)
    return tf.reduce_max(tf.abs(tape.gradient(s, X)), axis=-1).numpy()


conv_model = keras.Model(model.input, [model.get_layer("last_conv").output, model.output])


def grad_cam(X, labels):  # ReLU(sum_k alpha_k A_k), alpha_k = mean gradient of map A_k
    with tf.GradientTape() as tape:
        feature_maps, preds = conv_model(X)  # (batch, 8, 8, 16) and (batch, 10)
        s = score(preds, labels)
    alpha = tf.reduce_mean(tape.gradient(s, feature_maps), axis=(1, 2), keepdims=True)
    cam = tf.nn.relu(tf.reduce_sum(alpha * feature_maps, axis=-1))  # (batch, 8, 8)
    return tf.image.resize(cam[..., None], (16, 16))[..., 0].numpy()  # to the input's size


# Check: erase the quarter of each digit's ink where a map is hottest, or coolest
X, labels = x_test[:100], y_test[:100]
ink = X[..., 0] > 0.25
mean_score = {}
for name, method in [("saliency", saliency_map), ("Grad-CAM", grad_cam)]:
    heat = method(X, labels)
    for part, q in [("hottest", 0.75), ("coolest", 0.25)]:
        erased = X.copy()
        for img, hm, m in zip(erased, heat, ink):
            cut = np.quantile(hm[m], q)
            img[..., 0][m & ((hm >= cut) if q > 0.5 else (hm <= cut))] = 0
        mean_score[name, part] = float(score(model(erased), labels).numpy().mean())
        print(f"{name}: {part} quarter of the ink erased, "
              f"mean probability of the true digit {mean_score[name, part]:.2f}")

examples = [int(np.argmax(y_test == d)) for d in (0, 3, 7)]  # the first test 0, 3 and 7
maps = {"saliency": saliency_map(x_test[examples], y_test[examples]),
        "Grad-CAM": grad_cam(x_test[examples], y_test[examples])}
fig, axes = plt.subplots(3, 3, figsize=(7, 7))
for col, i in enumerate(examples):
    digit = x_test[i][..., 0]
    axes[0, col].imshow(digit, cmap="gray_r")
    axes[0, col].set_title(f"input: {y_test[i]}")
    for row, (name, heat) in enumerate(maps.items(), 1):
        axes[row, col].imshow(heat[col], cmap="viridis")  # bright = large
        axes[row, col].contour(digit, levels=[0.5], colors="white", linewidths=1)  # the stroke
        axes[row, col].set_title(name)
for ax in axes.flat:
    ax.axis("off")
plt.show()
