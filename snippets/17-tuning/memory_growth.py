"""Memory growth: allocate GPU memory as needed instead of all at once (section 17.2).

The machine that built this page has no GPU, so the loop had nothing to do:

>>> physical_devices
[]
>>> configured
0

TensorFlow still runs, on the CPU:

>>> [device.device_type for device in tf.config.list_physical_devices()]
['CPU']
"""

import tensorflow as tf

physical_devices = tf.config.list_physical_devices("GPU")
configured = 0
for device in physical_devices:
    # Must happen before TensorFlow first uses the GPU, or it raises RuntimeError
    tf.config.experimental.set_memory_growth(device, True)
    configured += 1
print("GPUs found:", physical_devices)
print("memory growth switched on for", configured, "GPU(s)")
