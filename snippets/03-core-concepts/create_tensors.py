"""Ways to create tensors, from rank 0 to rank 3 (section 3.1).

A tensor's rank is its number of dimensions:

>>> [t.ndim for t in (scalar, vector, matrix, random_tensor)]
[0, 1, 2, 3]
>>> [tuple(t.shape) for t in (scalar, vector, matrix, random_tensor)]
[(), (3,), (2, 2), (2, 3, 4)]

Python integers become int32 tensors, random normals float32:

>>> scalar.dtype.name, random_tensor.dtype.name
('int32', 'float32')
>>> matrix.numpy().tolist()
[[1, 2], [3, 4]]
"""

import tensorflow as tf

tf.keras.utils.set_random_seed(0)

# Several ways to create tensors
scalar = tf.constant(10)  # scalar, rank 0
vector = tf.constant([1, 2, 3])  # vector, rank 1
matrix = tf.constant([[1, 2], [3, 4]])  # matrix, rank 2
random_tensor = tf.random.normal([2, 3, 4])  # 2x3x4 random tensor, rank 3

for name, t in [("scalar", scalar), ("vector", vector), ("matrix", matrix),
                ("random_tensor", random_tensor)]:
    print(f"{name:13} rank={t.ndim}  shape={t.shape}  dtype={t.dtype.name}")
print(matrix)
