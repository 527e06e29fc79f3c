"""Eager execution: operations run at once and return values (section 3.2).

The printout is exactly the one the original promises:

>>> print(c)
tf.Tensor(8, shape=(), dtype=int32)
>>> tf.executing_eagerly()
True

An eager tensor converts to NumPy, as the comparison with NumPy suggests:

>>> int(c.numpy())
8

and it belongs to no graph: only a traced function has one.

>>> c.graph
Traceback (most recent call last):
...
AttributeError: Tensor.graph is undefined when eager execution is enabled.
"""

import tensorflow as tf

a = tf.constant(5)
b = tf.constant(3)
c = a + b  # computed right away, no graph to build first
print(c)  # prints: tf.Tensor(8, shape=(), dtype=int32)
