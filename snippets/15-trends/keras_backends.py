"""Keras 3 runs on several backends; this site runs it on TensorFlow (section 15).

The Keras that TensorFlow 2.21 uses is the multi-backend Keras 3, and here it
runs on TensorFlow:

>>> keras.__version__.split(".")[0], keras.config.backend(), tf.keras.Sequential is keras.Sequential
('3', 'tensorflow', True)

Its wheel ships the code for a JAX, a PyTorch, a NumPy and an OpenVINO backend
too; the JAX backend needs the separate `jax` package:

>>> import importlib.util
>>> [name for name in ("jax", "numpy", "openvino", "tensorflow", "torch")
...  if importlib.util.find_spec(f"keras.src.backend.{name}") is not None]
['jax', 'numpy', 'openvino', 'tensorflow', 'torch']
>>> tf.is_tensor(output), tuple(output.shape)
(True, (1, 2))
"""

import keras
import tensorflow as tf

# Choose the backend before Keras is imported: KERAS_BACKEND=jax (or torch, ...)
print("Keras", keras.__version__, "is running on the", keras.config.backend(), "backend")

# The same model code runs on any backend; here the arrays are TensorFlow tensors
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
output = model(keras.ops.ones((1, 3)))
print("a Keras layer returns a TensorFlow tensor:", tf.is_tensor(output))
