"""Saliency maps and Grad-CAM with a plain GradientTape (section 19.2).

The same CNN as in section 19.1, trained the same way, with its softmax as a
layer of its own; it gives the true classes of the 100 test digits used for the
check a mean probability above 0.9:

>>> float(score(model(X), labels).numpy().mean()) > 0.9
True

The softmax layer turns the class scores into the model's probabilities:

>>> bool(np.allclose(tf.nn.softmax(conv_model(X)[1]), model(X), atol=1e-6))
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

Each erasure removes exactly a quarter of the ink (rounded down), never more:

>>> bool(max(erased_share) <= 0.25 and min(erased_share) > 0.2)
True

Erasing the ink that saliency marks hottest costs the true digit most of its
probability; erasing the coolest quarter costs far less:

>>> mean_score["saliency", "hottest"] < 0.45, mean_score["saliency", "coolest"] > 0.8
(True, True)

Grad-CAM ranks the ink in the same direction, but separates the two far less:
both leave between 0.45 and 0.8, and the gap is less than half of saliency's:

>>> [0.45 < mean_score["Grad-CAM", part] < 0.8 for part in ("hottest", "coolest")]
[True, True]
>>> gap = {name: mean_score[name, "coolest"] - mean_score[name, "hottest"]
...        for name in ("saliency", "Grad-CAM")}
>>> 0 < gap["Grad-CAM"] < gap["saliency"] / 2
True
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
logits = keras.layers.Dense(10, name="logits")(h)  # the class scores before the softmax
model = keras.Model(digit_input, keras.layers.Softmax()(logits))
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy",
              metrics=["accuracy"])
model.fit(x_train, y_train, epochs=6, batch_size=128, verbose=0)
print(f"test accuracy: {model.evaluate(x_test, y_test, verbose=0)[1]:.3f}")


def score(outputs, labels):  # each image's entry for its own class
    return tf.gather(outputs, labels, axis=1, batch_dims=1)


# The last conv layer's feature maps, the class scores and the probabilities
conv_model = keras.Model(model.input, [model.get_layer("last_conv").output, logits, model.output])


def saliency_map(X, labels):  # |d class score / d pixel|, max over channels
    X = tf.constant(X)
    with tf.GradientTape() as tape:
        tape.watch(X)
        s = score(conv_model(X)[1], labels)
    return tf.reduce_max(tf.abs(tape.gradient(s, X)), axis=-1).numpy()


def grad_cam(X, labels):  # ReLU(sum_k alpha_k A_k), alpha_k = mean gradient of map A_k
    with tf.GradientTape() as tape:
        feature_maps, class_scores, _ = conv_model(X)  # (batch, 8, 8, 16) and (batch, 10)
        s = score(class_scores, labels)
    alpha = tf.reduce_mean(tape.gradient(s, feature_maps), axis=(1, 2), keepdims=True)
    cam = tf.nn.relu(tf.reduce_sum(alpha * feature_maps, axis=-1))  # (batch, 8, 8)
    return tf.image.resize(cam[..., None], (16, 16))[..., 0].numpy()  # to the input's size


# Check: erase the quarter of each digit's ink where a map is hottest, or coolest
X, labels = x_test[:100], y_test[:100]
ink = X[..., 0] > 0.25
rng = np.random.default_rng(0)
mean_score, erased_share = {}, []
for name, method in [("saliency", saliency_map), ("Grad-CAM", grad_cam)]:
    heat = method(X, labels)
    for part in ("hottest", "coolest"):
        erased = X.copy()
        for img, hm, m in zip(erased, heat, ink):
            pixels = np.flatnonzero(m)  # the ink, ranked by heat, ties in random order
            ranked = pixels[np.lexsort((rng.random(pixels.size), hm.ravel()[pixels]))]
            k = pixels.size // 4
            quarter = ranked[-k:] if part == "hottest" else ranked[:k]
            img[np.unravel_index(quarter, m.shape)] = 0
            erased_share.append(k / pixels.size)
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
