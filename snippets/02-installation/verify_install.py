"""Check that TensorFlow imports, and whether it sees a GPU (section 2.3).

The site is built with TensorFlow 2.21, which uses Keras 3:

>>> tf.__version__.split(".")[:2]
['2', '21']
>>> import keras
>>> keras.__version__.split(".")[0], tf.keras.Sequential is keras.Sequential
('3', True)

The build uses the CPU-only wheel, so TensorFlow finds the CPU and no GPU:

>>> [device.device_type for device in tf.config.list_physical_devices()]
['CPU']
>>> tf.config.list_physical_devices("GPU")
[]
"""

import tensorflow as tf

print(f"TensorFlow version: {tf.__version__}")
print(f"GPU available: {'yes' if tf.config.list_physical_devices('GPU') else 'no'}")
