"""Split the CPU into two logical devices before TensorFlow runs anything (section 8, for 8.2).

TensorFlow now lists two CPU devices, backed by the one physical CPU:

>>> [device.name for device in tf.config.list_logical_devices("CPU")]
['/device:CPU:0', '/device:CPU:1']
>>> len(tf.config.list_physical_devices("CPU"))
1

Once an operation has run, the runtime is initialised and the split is fixed:

>>> _ = tf.constant(1.0) + 1
>>> try:
...     tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()])
... except RuntimeError as error:
...     print(type(error).__name__)
RuntimeError
"""

import tensorflow as tf

# TensorFlow fixes its devices when it runs its first operation: split before that
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
print("logical CPU devices:", [device.name for device in tf.config.list_logical_devices("CPU")])
