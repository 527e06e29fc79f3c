"""Inspecting shapes with model.summary(), tf.print and shape assertions (section 13.1).

The summary lists each layer's output shape; None is the batch dimension:

>>> [tuple(layer.output.shape) for layer in model.layers]
[(None, 16), (None, 3)]
>>> "(None, 16)" in summary and "(None, 3)" in summary, model.count_params()
(True, 163)

Traced with a signature of shape (None, 6), the function saw no batch size;
at run time tf.print reports the real one, 5:

>>> traced_shapes
[(None, 6)]
>>> outputs.shape
TensorShape([5, 3])

The assertion accepts any batch size with 6 features and rejects 5 features:

>>> type(assert_error).__name__, "must have size 6" in str(assert_error)
('ValueError', True)
"""

import sys

import numpy as np
import tensorflow as tf
import keras

tf.keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.Input(shape=(6,)),
    keras.layers.Dense(16, activation="relu", name="hidden"),
    keras.layers.Dense(3, activation="softmax", name="probabilities"),
])

lines = []
model.summary(print_fn=lambda line, **kwargs: lines.append(line))  # collect instead of printing
summary = "\n".join(lines)
print(summary)

traced_shapes = []

@tf.function(input_signature=[tf.TensorSpec(shape=(None, 6))])
def predict(x):
    traced_shapes.append(tuple(x.shape))  # Python code runs once, while tracing
    print("shape when traced:", x.shape)
    tf.print("shape at run time:", tf.shape(x), output_stream=sys.stdout)  # runs every call
    return model(x)

outputs = predict(tf.ones((5, 6)))

tf.debugging.assert_shapes([(np.ones((32, 6)), ("N", 6))])  # passes: any N, 6 features
try:
    tf.debugging.assert_shapes([(np.ones((32, 5)), ("N", 6))])
except ValueError as error:
    assert_error = error
    message = str(error)
    print("assert_shapes:", message[message.index("Tensor"):].strip())
