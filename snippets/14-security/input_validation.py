"""Reject malformed input before it reaches the model (section 14.1).

The input signature admits float32 batches of 64 pixels; other shapes and
dtypes are refused before the function runs:

>>> [name for name, error, _ in rejected if error == "TypeError"]
['one image without a batch axis', 'a batch of 8x8 images', 'float64 pixels']

Pixels outside [0, 1] pass the signature, so a range check refuses them:

>>> [(name, reason) for name, error, reason in rejected if error == "InvalidArgumentError"]
[('pixels scaled to 0..16', 'pixel above 1'), ('negative pixels', 'pixel below 0')]

A valid batch goes through and gets one prediction per image:

>>> predictions.shape
TensorShape([2])
"""

import re

import keras
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(64,)), keras.layers.Dense(10, activation="softmax")])


@tf.function(input_signature=[tf.TensorSpec([None, 64], tf.float32)])
def predict(pixels):
    # The signature fixes shape and dtype; values need an explicit check
    tf.debugging.assert_greater_equal(pixels, 0.0, message="pixel below 0")
    tf.debugging.assert_less_equal(pixels, 1.0, message="pixel above 1")
    return tf.argmax(model(pixels), axis=1)


predictions = predict(tf.random.uniform([2, 64]))
print("valid batch of 2 -> predictions", predictions.numpy())

bad_inputs = {
    "one image without a batch axis": tf.random.uniform([64]),
    "a batch of 8x8 images": tf.random.uniform([2, 8, 8]),
    "float64 pixels": tf.random.uniform([2, 64], dtype=tf.float64),
    "pixels scaled to 0..16": tf.random.uniform([2, 64], maxval=16.0),
    "negative pixels": -tf.random.uniform([2, 64]),
}
rejected = []
for name, bad in bad_inputs.items():
    try:
        predict(bad)
    except (TypeError, tf.errors.InvalidArgumentError) as error:
        found = re.search(r"pixel (below 0|above 1)", str(error))  # our message, if any
        reason = found[0] if found else ""
        rejected.append((name, type(error).__name__, reason))
        print(f"{name} {bad.shape} {bad.dtype.name}: {type(error).__name__} {reason}")
