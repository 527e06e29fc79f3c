"""The mechanism of DP-SGD, written out in plain TensorFlow (section 14.1).

Every example's gradient is clipped to an L2 norm of at most 1.0 before the
noise is added, so no single digit can move the model by more than that:

>>> max_norm_after_clipping <= CLIP + 1e-5, max_norm_before_clipping > 5 * CLIP
(True, True)

Despite the clipping and noise, the model still learns the digits:

>>> test_accuracy > 0.8
True
"""

import keras
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

tf.keras.utils.set_random_seed(0)
digits = load_digits()
x = (digits.data / 16.0).astype("float32")
x_train, x_test, y_train, y_test = train_test_split(
    x, digits.target, test_size=0.25, random_state=0)
model = keras.Sequential([keras.Input(shape=(64,)),
                          keras.layers.Dense(32, activation="relu"),
                          keras.layers.Dense(10)])
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True, reduction=None)
optimizer = keras.optimizers.SGD(0.5)
CLIP, NOISE_MULTIPLIER = 1.0, 1.1
weights = model.trainable_variables


@tf.function
def dp_step(images, labels):
    with tf.GradientTape() as tape:
        losses = loss_fn(labels, model(images))  # one loss per example
    per_example = tape.jacobian(losses, weights)  # one gradient per example
    flat = tf.concat([tf.reshape(g, [tf.shape(images)[0], -1]) for g in per_example], 1)
    norms = tf.norm(flat, axis=1)
    scale = tf.minimum(1.0, CLIP / norms)  # clip each example's gradient to norm <= CLIP
    grads = []
    for g in per_example:
        clipped_sum = tf.tensordot(scale, g, axes=1)
        noise = tf.random.normal(tf.shape(clipped_sum), stddev=NOISE_MULTIPLIER * CLIP)
        grads.append((clipped_sum + noise) / tf.cast(tf.shape(images)[0], tf.float32))
    optimizer.apply_gradients(zip(grads, weights))
    return tf.reduce_max(norms), tf.reduce_max(norms * scale)


batches = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(2000).batch(128)
max_norm_before_clipping = max_norm_after_clipping = 0.0
for epoch in range(15):
    for images, labels in batches:
        before, after = dp_step(images, labels)
        max_norm_before_clipping = max(max_norm_before_clipping, float(before))
        max_norm_after_clipping = max(max_norm_after_clipping, float(after))

test_accuracy = float(tf.reduce_mean(tf.cast(
    tf.argmax(model(x_test), 1) == y_test, tf.float32)))
print(f"largest per-example gradient norm: {max_norm_before_clipping:.2f} before clipping, "
      f"{max_norm_after_clipping:.2f} after")
print(f"test accuracy after 15 epochs of DP-SGD: {test_accuracy:.3f}")
