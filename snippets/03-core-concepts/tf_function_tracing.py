"""When does @tf.function build a graph? Count the traces (section 3.2).

Traced on the first call, reused for the same input types, traced again for
new ones:

>>> traces
[1, 1, 2]

Each trace is a separate graph ("concrete function") for one input signature:

>>> [str(spec.dtype.name) for spec in add_fn.get_concrete_function(
...     tf.constant(1.0), tf.constant(1.0)).structured_input_signature[0]]
['float32', 'float32']
"""

import tensorflow as tf


@tf.function
def add_fn(x, y):
    return x + y


traces = []
for x, y in [(2, 3), (10, 20), (2.5, 0.5)]:  # int32, int32 again, then float32
    result = add_fn(tf.constant(x), tf.constant(y))
    traces.append(add_fn.experimental_get_tracing_count())
    print(f"add_fn({x}, {y}) = {result.numpy()}  traces so far: {traces[-1]}")
