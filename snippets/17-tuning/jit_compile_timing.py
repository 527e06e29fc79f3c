"""The same function with and without XLA (jit_compile), timed on the CPU (section 17.1).

Both versions compute the same result, up to float32 rounding:

>>> bool(np.allclose(plain_result, xla_result, rtol=1e-4, atol=1e-4))
True

The XLA version really was compiled (its HLO module exists), and both were timed:

>>> "HloModule" in hlo, plain_seconds > 0, xla_seconds > 0
(True, True, True)
"""

import timeit

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = tf.random.normal([512, 256])
w = tf.random.normal([256, 256])


def layer(x, w):
    # A matrix product followed by a chain of elementwise operations,
    # the kind of chain XLA can fuse into a single loop
    h = tf.matmul(x, w) * 0.1 + 1.0
    return tf.reduce_mean(tf.nn.gelu(h) * tf.sigmoid(h) + tf.square(h), axis=1)


plain = tf.function(layer)
xla = tf.function(layer, jit_compile=True)
plain_result, xla_result = plain(x, w), xla(x, w)  # trace (and compile) once before timing
hlo = xla.experimental_get_compiler_ir(x, w)(stage="hlo")

# Best of 5 repeats of 50 calls each: the least disturbed measurement
plain_seconds = min(timeit.repeat(lambda: plain(x, w), number=50, repeat=5)) / 50
xla_seconds = min(timeit.repeat(lambda: xla(x, w), number=50, repeat=5)) / 50
print(f"without XLA: {plain_seconds * 1e3:.3f} ms per call")
print(f"with XLA:    {xla_seconds * 1e3:.3f} ms per call")
print(f"ratio (without / with): {plain_seconds / xla_seconds:.2f}")
print("largest difference:", float(tf.reduce_max(tf.abs(plain_result - xla_result))))
