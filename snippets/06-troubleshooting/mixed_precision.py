"""Mixed precision: compute in float16, keep the weights in float32 (section 6.1, problem 2).

In TensorFlow 2.21, tf.keras.mixed_precision is Keras's own module, so the
original's line sets the policy that keras.mixed_precision reads:

>>> tf.keras.mixed_precision is keras.mixed_precision
True

Under the mixed_float16 policy a layer computes in float16 but keeps its
variables in float32; its float16 outputs take 2 bytes a number instead of 4:

>>> hidden.compute_dtype, hidden.variable_dtype, hidden.kernel.dtype
('float16', 'float32', 'float32')
>>> hidden(x).dtype.name, hidden(x).dtype.size
('float16', 2)

The output layer was given float32 explicitly, and compile() added loss scaling:

>>> model.layers[-1].compute_dtype, model(x).dtype.name
('float32', 'float32')
>>> type(model.optimizer).__name__
'LossScaleOptimizer'

The snippet restores the default policy, so later models use float32 again:

>>> keras.mixed_precision.global_policy().name
'float32'
>>> keras.layers.Dense(1).compute_dtype
'float32'
"""

import numpy as np
import tensorflow as tf
import keras

tf.keras.mixed_precision.set_global_policy('mixed_float16')  # the original's line

model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1, dtype="float32"),  # keep the output layer in float32 for stable losses
])
hidden = model.layers[0]
print("policy:", keras.mixed_precision.global_policy().name)
print("hidden layer computes in", hidden.compute_dtype, "and stores its weights in", hidden.variable_dtype)
x = np.ones((2, 4), dtype="float32")
print("hidden layer output:", hidden(x).dtype.name, "| model output:", model(x).dtype.name)

# compile() wraps the optimizer in loss scaling, which keeps small float16 gradients from vanishing
model.compile(optimizer="adam", loss="mse")
print("optimizer:", type(model.optimizer).__name__)

keras.mixed_precision.set_global_policy("float32")  # back to the default
