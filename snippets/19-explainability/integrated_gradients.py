"""Integrated gradients for a small CNN on the digits (section 19.1).

The classifier is good enough for its attributions to mean something:

>>> accuracy > 0.9
True

With the class passed as a tensor, `compute_gradients` was traced once for all
three digits:

>>> compute_gradients.experimental_get_tracing_count()
1

Each attribution map has the shape of its input, one image without a batch axis:

>>> [a.shape for a in attributions]
[(16, 16, 1), (16, 16, 1), (16, 16, 1)]

Where the input equals the all-zero baseline (no ink), the attribution is exactly 0:

>>> [float(np.abs(a[x_test[i] == 0]).max()) for i, a in zip(examples, attributions)]
[0.0, 0.0, 0.0]

A batch of images does not fit: stacking the interpolated batches gives the model
a 5-D tensor, which it rejects:

>>> try:
...     model(tf.stack([x_test[:2]] * 3))  # 3 steps of a batch of 2 images
... except ValueError as error:
...     print("is incompatible with the layer" in str(error))
True

Completeness: for each digit the attributions add up to f(x) - f(baseline) of
its class, within 1%:

>>> [abs(float(a.sum()) - gap) < 0.01 * abs(gap) for a, gap in zip(attributions, gaps)]
[True, True, True]

The original's path stops one step short of the input: its last point is
alpha = 49/50, not 1:

>>> steps = 50
>>> [i / steps for i in range(steps)][-1]
0.98

The trapezoid rule of TF's tutorial (steps + 1 points, alpha = 0 to 1, means of
neighbouring gradients) also lands within 1% with the same 50 steps:

>>> def trapezoid_ig(inputs, baseline, target_class_idx, steps=50):
...     interpolated = [baseline + (i/steps)*(inputs-baseline) for i in range(steps + 1)]
...     grads = compute_gradients(tf.stack(interpolated), target_class_idx)
...     return (inputs-baseline)*tf.reduce_mean((grads[:-1] + grads[1:]) / 2, axis=0)
>>> [abs(float(tf.reduce_sum(trapezoid_ig(tf.constant(x_test[i]), baseline,
...      tf.constant(int(y_test[i]))))) - gap) < 0.01 * abs(gap)
...  for i, gap in zip(examples, gaps)]
[True, True, True]
"""

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

tf.keras.utils.set_random_seed(0)
digits = load_digits()  # 8x8 images, values 0-16
images = tf.image.resize(digits.images[..., None] / 16.0, (16, 16)).numpy()  # [0, 1], 16x16
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
accuracy = model.evaluate(x_test, y_test, verbose=0)[1]
print(f"test accuracy: {accuracy:.3f}")


@tf.function
def compute_gradients(inputs, target_class_idx):
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        preds = model(inputs)
        target = preds[:, target_class_idx]
    return tape.gradient(target, inputs)


def integrated_gradients(inputs, baseline, target_class_idx, steps=50):
    interpolated = [baseline + (i/steps)*(inputs-baseline) for i in range(steps)]
    grads = compute_gradients(tf.stack(interpolated), target_class_idx)
    avg_grads = tf.reduce_mean(grads, axis=0)
    return (inputs-baseline)*avg_grads


baseline = tf.zeros((16, 16, 1))  # an all-zero image: no ink
examples = [int(np.argmax(y_test == d)) for d in (0, 3, 7)]  # the first test 0, 3 and 7
attributions, gaps = [], []
for i in examples:
    x, label = tf.constant(x_test[i]), int(y_test[i])
    # the class as a tensor: a Python int would trace compute_gradients once per class
    attributions.append(integrated_gradients(x, baseline, tf.constant(label)).numpy())
    scores = model(tf.stack([baseline, x]))[:, label].numpy()  # f(baseline), f(x)
    gaps.append(float(scores[1] - scores[0]))
    print(f"digit {label}: f(x) - f(baseline) = {gaps[-1]:.4f}, "
          f"sum of attributions = {attributions[-1].sum():.4f}")

fig, axes = plt.subplots(2, 3, figsize=(7, 5))
for col, (i, attr) in enumerate(zip(examples, attributions)):
    axes[0, col].imshow(x_test[i][..., 0], cmap="gray_r")  # ink is dark
    axes[0, col].set_title(f"input: {y_test[i]}")
    limit = np.abs(attr).max()  # symmetric scale: white is 0, red +, blue -
    axes[1, col].imshow(attr[..., 0], cmap="RdBu_r", vmin=-limit, vmax=limit)
    axes[1, col].set_title("attribution")
for ax in axes.flat:
    ax.axis("off")
plt.show()
