"""XLA compilation is opt-in: @tf.function(jit_compile=True) (section 11).

Out of the box, XLA's automatic clustering is off and a plain @tf.function
does not ask for XLA:

>>> auto_clustering_setting, plain.function_spec.jit_compile
('', None)

With jit_compile=True the function is compiled by XLA (its HLO program exists)
and returns what the eager function returns:

>>> hlo.startswith("HloModule")
True
>>> bool(np.allclose(compiled_result, eager_result, rtol=1e-5, atol=1e-5))
True

Keras 3's compile() defaults to jit_compile="auto", which on the TensorFlow
backend leaves XLA off on a machine without a GPU, such as this one:

>>> [device.device_type for device in tf.config.list_physical_devices()], model.jit_compile
(['CPU'], False)
"""

import keras
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)


def dense_gelu(x, w):
    return tf.nn.gelu(tf.matmul(x, w))  # matmul + activation: XLA can fuse them


x = tf.random.normal([64, 32])
w = tf.random.normal([32, 16])

plain = tf.function(dense_gelu)  # a graph, but no XLA
compiled = tf.function(dense_gelu, jit_compile=True)  # compiled with XLA

auto_clustering_setting = tf.config.optimizer.get_jit()
eager_result = dense_gelu(x, w).numpy()
compiled_result = compiled(x, w).numpy()
hlo = compiled.experimental_get_compiler_ir(x, w)(stage="hlo")

print("XLA auto-clustering by default:", auto_clustering_setting or "off")
print("jit_compile of a plain tf.function:", plain.function_spec.jit_compile)
print(f"largest difference, XLA vs eager: {np.abs(compiled_result - eager_result).max():.1e}")
print("the XLA program (HLO) starts:", hlo.split(",")[0])

model = keras.Sequential([keras.Input(shape=(32,)), keras.layers.Dense(16, activation="gelu")])
model.compile(optimizer="sgd", loss="mse")  # jit_compile="auto" by default
print("Keras compile(), CPU only: jit_compile =", model.jit_compile)
