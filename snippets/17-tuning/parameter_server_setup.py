"""ParameterServerStrategy needs a cluster; a partitioner decides the shards (section 17.2).

The original's call without arguments fails:

>>> print(error)
ParameterServerStrategyV2.__init__() missing 1 required positional argument: 'cluster_resolver'

The `experimental` name is an alias of `tf.distribute.ParameterServerStrategy`:

>>> tf.distribute.experimental.ParameterServerStrategy is tf.distribute.ParameterServerStrategy
True

The partitioner splits a 2 MiB variable into 2 shards along its first axis,
and leaves a 16 KiB one whole:

>>> big_shards, small_shards
([2, 1], [1, 1])

Keras 3 has no `DatasetCreator`, the input that `Model.fit` took under this
strategy in Keras 2 (`tf.keras.utils.experimental.DatasetCreator`):

>>> import keras
>>> hasattr(keras.utils, "DatasetCreator"), hasattr(tf.keras.utils, "experimental")
(False, False)
"""

import tensorflow as tf

try:
    strategy = tf.distribute.experimental.ParameterServerStrategy()  # the original's call
except TypeError as exc:
    error = exc
    print("TypeError:", error)

# Variables of at least 256 KiB per shard, at most 2 shards (one per parameter server)
partitioner = tf.distribute.experimental.partitioners.MinSizePartitioner(
    min_shard_bytes=256 << 10, max_shards=2)
big_shards = partitioner(tf.TensorShape([1024, 512]), tf.float32)  # 2 MiB
small_shards = partitioner(tf.TensorShape([64, 64]), tf.float32)  # 16 KiB
print("shards per axis, 1024 x 512 float32:", big_shards)
print("shards per axis, 64 x 64 float32:", small_shards)
