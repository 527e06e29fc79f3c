"""Let TensorFlow take GPU memory as it needs it (section 6.1, problem 2).

On this CPU-only build there is no GPU, so the loop has nothing to do:

>>> [device.device_type for device in tf.config.list_physical_devices()]
['CPU']
>>> gpus, len(gpus)
([], 0)
"""

import tensorflow as tf

# Must run before any tensor is placed on a GPU
gpus = tf.config.list_physical_devices("GPU")
for gpu in gpus:
    tf.config.experimental.set_memory_growth(gpu, True)
print(f"memory growth enabled on {len(gpus)} GPU(s)")
