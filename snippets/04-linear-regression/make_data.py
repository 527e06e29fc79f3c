"""Simulated data for y = 0.5x + 2 + noise, as TensorFlow tensors (section 4.1).

100 points on [0, 10], float32, one value per point:

>>> x.shape, y.shape, x.dtype.name, y.dtype.name
(TensorShape([100]), TensorShape([100]), 'float32', 'float32')
>>> float(x[0]), float(x[-1])
(0.0, 10.0)

The noise has the standard deviation 0.5 it was drawn with, give or take:

>>> noise = y_data - (0.5 * x_data + 2)
>>> abs(float(noise.std()) - 0.5) < 0.1
True
"""

import numpy as np
import tensorflow as tf

# Generate the simulated data
tf.keras.utils.set_random_seed(42)  # seeds NumPy, Python and TensorFlow
x_data = np.linspace(0, 10, 100)
y_data = 0.5 * x_data + 2 + np.random.normal(0, 0.5, size=100)

# Convert to TensorFlow tensors
x = tf.constant(x_data, dtype=tf.float32)
y = tf.constant(y_data, dtype=tf.float32)
print(f"x: {x.shape} {x.dtype.name}, first values {x[:3].numpy()}")
print(f"y: {y.shape} {y.dtype.name}, first values {y[:3].numpy()}")
