"""Eager execution is on by default; @tf.function opts into a graph (section 11).

Outside any function TensorFlow 2 runs eagerly, and an operation returns its
value at once:

>>> eager_outside
True
>>> float(product.numpy())
6.0

Inside a @tf.function the same code is traced into a graph and runs as one:

>>> eager_inside
False
>>> float(doubled(tf.constant(3.0)))
6.0
"""

import tensorflow as tf

eager_outside = tf.executing_eagerly()
product = tf.constant(2.0) * tf.constant(3.0)  # no graph, no Session: the value is here
print("eager by default:", eager_outside)
print("2 * 3 =", product.numpy())

trace_log = []


@tf.function
def doubled(x):
    trace_log.append(tf.executing_eagerly())  # Python code here runs while tracing
    return 2 * x


print("inside @tf.function:", doubled(tf.constant(3.0)).numpy())
print("eager while tracing:", trace_log[0])
eager_inside = trace_log[0]
