"""Mixed precision on the small digit classifier (section 16).

Under the mixed_float16 policy the convolution computes in float16 and keeps
its weights in float32; the output layer was kept in float32:

>>> conv.compute_dtype, conv.variable_dtype, conv.kernel.dtype
('float16', 'float32', 'float32')
>>> model.layers[-1].compute_dtype, model(x[:2]).dtype.name
('float32', 'float32')

compile() added loss scaling, and the model learns: 0.8 or more accuracy on
the 397 images it has not seen, after 40 steps:

>>> type(model.optimizer).__name__
'LossScaleOptimizer'
>>> test_accuracy >= 0.8
True

The policy is reset, so later models compute in float32 again:

>>> keras.mixed_precision.global_policy().name, keras.layers.Dense(1).compute_dtype
('float32', 'float32')
"""

import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

keras.utils.set_random_seed(16)
digits = load_digits()
x, y = (digits.images / 16.0).astype("float32")[..., None], digits.target

policy = tf.keras.mixed_precision.Policy("mixed_float16")
tf.keras.mixed_precision.set_global_policy(policy)

model = keras.Sequential([
    keras.Input(shape=(8, 8, 1)),
    keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
    keras.layers.MaxPooling2D(),
    keras.layers.Flatten(),
    keras.layers.Dense(10),
    keras.layers.Activation("softmax", dtype="float32"),  # outputs and loss in float32
])
conv = model.layers[0]
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
data = tf.data.Dataset.from_tensor_slices((x[:1400], y[:1400])).shuffle(1400).batch(128).repeat()
model.fit(data, steps_per_epoch=40, epochs=1, shuffle=False, verbose=0)
test_accuracy = float(np.mean(np.argmax(model(x[1400:]), axis=-1) == y[1400:]))

print("convolution computes in", conv.compute_dtype, "and stores weights in", conv.variable_dtype)
print("model output:", model(x[:2]).dtype.name, "| optimizer:", type(model.optimizer).__name__)
print(f"test accuracy: {test_accuracy:.2f}")
tf.keras.mixed_precision.set_global_policy("float32")  # back to the default
