"""Keras 3's own quantization: int8 weights for a built model (section 15).

After `model.quantize("int8")` the Dense layers keep their kernels as int8
(one byte per weight instead of four) with a float scale per output unit:

>>> str(kernel.dtype), tuple(kernel.shape), tuple(scale.shape)
('int8', (64, 32), (32,))

and each quantises its inputs at every call, with an absmax quantizer:

>>> type(dense.inputs_quantizer).__name__
'AbsMaxQuantizer'

and the model still predicts almost the same class probabilities and the same
classes:

>>> max_diff < 0.02, same_class
(True, True)
"""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.normal(size=(256, 64)).astype("float32")
model = keras.Sequential([
    keras.Input(shape=(64,)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
before = model.predict(x, verbose=0)

# Kernels to int8, in place; inputs are quantised at each call (other modes:
# int4, float8, gptq, awq). The filter leaves out the InputLayer of a
# Sequential model, which would only warn.
model.quantize("int8", filters=lambda layer: isinstance(layer, keras.layers.Dense))
after = model.predict(x, verbose=0)

dense = model.layers[0]
kernel, scale = dense.kernel, dense.kernel_scale  # what the layer now stores
print("first Dense layer:", dense.dtype_policy.name, "kernel", kernel.dtype, kernel.shape)
max_diff = float(np.abs(after - before).max())
same_class = bool((after.argmax(1) == before.argmax(1)).mean() > 0.95)
print(f"largest change in a probability: {max_diff:.4f}")
print(f"same predicted class: {(after.argmax(1) == before.argmax(1)).mean():.1%} of samples")
