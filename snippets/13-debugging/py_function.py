"""tf.py_function: plain Python, run eagerly, inside a tf.function graph (section 13.2).

Inside the traced function the code builds a graph; inside the py_function it
runs eagerly, on concrete values, at every call:

>>> eager_in_graph, eager_in_py_function
(False, True)
>>> [values.tolist() for values in inspected]
[[1.0, 4.0, 9.0], [4.0, 16.0]]

The py_function passes its input through, so the result is unchanged:

>>> result.numpy().tolist()
[4.0, 16.0]
"""

import numpy as np
import tensorflow as tf

inspected = []


def inspect(values):
    """Ordinary Python: print, collect values, or set a breakpoint() here."""
    global eager_in_py_function
    eager_in_py_function = tf.executing_eagerly()
    values = values.numpy()  # a concrete NumPy array, not a symbolic tensor
    inspected.append(values)
    print("  inside py_function:", values, "mean", np.mean(values))
    return values


@tf.function
def squared(x):
    global eager_in_graph
    eager_in_graph = tf.executing_eagerly()  # False: this code is being traced
    y = tf.square(x)
    y = tf.py_function(inspect, [y], Tout=tf.float32)  # back to Python at run time
    return y


print("call 1")
squared(tf.constant([1.0, 2.0, 3.0]))
print("call 2")
result = squared(tf.constant([2.0, 4.0]))
print("executing eagerly: in the traced function", eager_in_graph,
      "| inside py_function", eager_in_py_function)
