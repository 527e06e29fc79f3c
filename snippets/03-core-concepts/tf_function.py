"""Turn a Python function into a graph with @tf.function (section 3.2).

The graph function returns what the Python function would:

>>> result
<tf.Tensor: shape=(), dtype=int32, numpy=5>
>>> add_fn.experimental_get_tracing_count()
1
"""

import tensorflow as tf


@tf.function
def add_fn(x, y):
    return x + y


# The first call traces the Python function into a graph
result = add_fn(tf.constant(2), tf.constant(3))
print(result)
