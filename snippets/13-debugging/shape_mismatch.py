"""A model fed the wrong number of features, and a matmul of incompatible shapes (section 13.1).

The model expects 4 features per sample and gets 3; Keras refuses before computing
anything, and its message names the layer, the expected size and the shape received:

>>> type(model_error).__name__
'ValueError'
>>> "expected axis -1 of input shape to have value 4" in model_message
True
>>> "received input with shape (5, 3)" in model_message
True

A matrix product needs the inner dimensions to agree: (2, 3) @ (2, 3) fails,
(2, 3) @ (3, 2) works:

>>> type(matmul_error).__name__, "Matrix size-incompatible" in matmul_message
('InvalidArgumentError', True)
>>> product.shape
TensorShape([2, 2])
"""

import re

import numpy as np
import tensorflow as tf
import keras

tf.keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.Input(shape=(4,)),  # 4 features per sample
    keras.layers.Dense(8, activation="relu", name="hidden"),
    keras.layers.Dense(1, name="output"),
])
x_wrong = np.ones((5, 3), dtype="float32")  # 5 samples with 3 features instead of 4

try:
    model.predict(x_wrong, verbose=0)
except ValueError as error:
    model_error = error
    # Keras wraps the key line in terminal colour codes; strip them to print it
    model_message = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
    print("model:", next(line for line in model_message.splitlines() if "expected" in line))

try:
    tf.matmul(tf.ones((2, 3)), tf.ones((2, 3)))
except tf.errors.InvalidArgumentError as error:
    matmul_error = error
    matmul_message = error.message
    print("matmul:", matmul_message[matmul_message.index("Matrix"):].split(" [Op")[0])

product = tf.matmul(tf.ones((2, 3)), tf.ones((3, 2)))  # inner dimensions agree
print("(2, 3) @ (3, 2) ->", product.shape)
