"""MirroredStrategy on two logical CPU devices: build and compile inside strategy.scope() (section 8.2).

Two replicas, one per logical device, each holding a copy of the kernel:

>>> strategy.num_replicas_in_sync
2
>>> [copy.device.split("device:")[1] for copy in copies]
['CPU:0', 'CPU:1']

Each step updated both copies identically, and training worked:

>>> all(np.array_equal(copies[0], copy) for copy in copies)
True
>>> history.history["loss"][-1] < history.history["loss"][0] / 2
True
"""

import keras
import numpy as np
import tensorflow as tf

# One replica per device: without a GPU, split the CPU in two logical devices.
# This must come before TensorFlow runs any operation (the page's first cell did it).
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(  # repeating the same split later is a no-op
    cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])

tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(512, 2)).astype("float32")
y = x @ np.array([[3.0], [-2.0]], dtype="float32") + 1


def build_model():
    return keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])


strategy = tf.distribute.MirroredStrategy()
with strategy.scope():
    model = build_model()  # build the model inside this scope
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.1), loss="mse")
# Each batch of 64 is split into 32 samples per replica; their gradients are
# combined (all-reduce) so that both copies take the same step
history = model.fit(x, y, batch_size=64, epochs=2, verbose=0)

copies = model.layers[0].kernel.value.values  # the MirroredVariable's per-device copies
print("replicas in sync:", strategy.num_replicas_in_sync)
print("kernel copies on:", ", ".join(copy.device for copy in copies))
print("copies identical:", all(np.array_equal(copies[0], copy) for copy in copies))
print(f"loss: {history.history['loss'][0]:.3f} -> {history.history['loss'][-1]:.3f}")
