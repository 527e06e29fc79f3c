"""The original's focal loss, and the standard form with class weights alpha and 1 - alpha (section 16).

A confident, correct positive (p = 0.9) with gamma = 2 and alpha = 0.25 costs
0.25 * (1 - 0.9)**2 * -ln(0.9), about 0.000263, in both versions:

>>> import math
>>> [math.isclose(float(loss[0]), 0.0002634, rel_tol=1e-3) for loss in (original, corrected)]
[True, True]

For a negative the original still weights by 0.25; the standard form by 0.75:

>>> math.isclose(float(corrected[1] / original[1]), 3.0, rel_tol=1e-3)
True

Relative to cross-entropy, the easy example (p = 0.9) keeps 0.0025 of its loss,
the hard one (p = 0.1) 0.2025, so easy examples count 81 times less:

>>> ratio = corrected / cross_entropy
>>> [math.isclose(float(value), expected, rel_tol=1e-3)
...  for value, expected in [(ratio[0], 0.0025), (ratio[2], 0.2025), (ratio[2] / ratio[0], 81)]]
[True, True, True]

The corrected function matches Keras's built-in focal loss with class balancing:

>>> bool(np.allclose(corrected, builtin, rtol=1e-5))
True

Given a logit instead of a probability, the original returns NaN; a certain,
wrong prediction (pt = 0) stays finite thanks to the 1e-7:

>>> bool(np.isnan(focal_loss(tf.constant([[0.0]]), tf.constant([[2.0]]))).any())
True
>>> bool(np.isfinite(focal_loss(tf.constant([[1.0]]), tf.constant([[0.0]]))).all())
True
"""

import numpy as np
import tensorflow as tf


def focal_loss(y_true, y_pred):  # the original, unchanged
    gamma = 2.0
    alpha = 0.25
    pt = tf.where(tf.equal(y_true, 1), y_pred, 1 - y_pred)
    return -alpha * (1.0 - pt)**gamma * tf.math.log(pt + 1e-7)


def binary_focal_loss(y_true, y_pred, gamma=2.0, alpha=0.25):
    """Standard focal loss: y_pred are probabilities (sigmoid outputs)."""
    y_true = tf.cast(y_true, y_pred.dtype)
    y_pred = tf.clip_by_value(y_pred, 1e-7, 1 - 1e-7)  # keep log() finite, as Keras does
    pt = tf.where(tf.equal(y_true, 1), y_pred, 1 - y_pred)
    alpha_t = tf.where(tf.equal(y_true, 1), alpha, 1 - alpha)  # alpha for positives only
    loss = -alpha_t * (1.0 - pt) ** gamma * tf.math.log(pt)
    return tf.reduce_mean(loss, axis=-1)  # one value per sample, like Keras losses


# Rows: easy positive, easy negative, hard positive
y_true = tf.constant([[1.0], [0.0], [1.0]])
y_pred = tf.constant([[0.9], [0.1], [0.1]])
original = focal_loss(y_true, y_pred)[:, 0]
corrected = binary_focal_loss(y_true, y_pred)
cross_entropy = tf.keras.losses.binary_crossentropy(y_true, y_pred)
builtin = tf.keras.losses.BinaryFocalCrossentropy(
    apply_class_balancing=True, alpha=0.25, gamma=2.0, reduction=None)(y_true, y_pred)
print("cross-entropy: ", np.round(cross_entropy.numpy(), 6))
print("original focal:", np.round(original.numpy(), 6))
print("standard focal:", np.round(corrected.numpy(), 6))
print("Keras built-in:", np.round(builtin.numpy(), 6))
