"""The same function with and without XLA (jit_compile), timed on the CPU (section 17.1).

Both versions compute the same result, up to float32 rounding:

>>> bool(np.allclose(plain_result, xla_result, rtol=1e-4, atol=1e-4))
True

XLA compiled its version, fusing operations, and both were timed:

>>> " fusion(" in optimized_hlo, plain_seconds > 0, xla_seconds > 0
(True, True, True)

A new input shape traced the XLA function a second time, and its first call,
which compiled it again, took far longer than a compiled call:

>>> xla.experimental_get_tracing_count()
2
>>> new_shape_seconds > 5 * xla_seconds
True
"""

import time
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
optimized_hlo = xla.experimental_get_compiler_ir(x, w)(stage="optimized_hlo")

# Best of 5 repeats of 50 calls each: the least disturbed measurement
plain_seconds = min(timeit.repeat(lambda: plain(x, w), number=50, repeat=5)) / 50
xla_seconds = min(timeit.repeat(lambda: xla(x, w), number=50, repeat=5)) / 50
print(f"without XLA: {plain_seconds * 1e3:.3f} ms per call")
print(f"with XLA:    {xla_seconds * 1e3:.3f} ms per call")
print(f"ratio (without / with): {plain_seconds / xla_seconds:.2f}")
print("largest difference:", float(tf.reduce_max(tf.abs(plain_result - xla_result))))

# A new input shape: the first call traces and compiles the function again
start = time.perf_counter()
xla(x[:256], w)
new_shape_seconds = time.perf_counter() - start
print(f"with XLA, first call on 256 rows instead of 512: {new_shape_seconds * 1e3:.1f} ms")
