"""tf.keras is Keras 3, a separate multi-backend package (section 11).

Keras is still TensorFlow's high-level API, but since TensorFlow 2.16 the name
`tf.keras` points at the standalone `keras` package, version 3:

>>> keras.__version__.split(".")[0]
'3'
>>> tf.keras.Sequential is keras.Sequential, tf.keras.layers.Dense is keras.layers.Dense
(True, True)

Keras 3 runs on several backends; this build uses TensorFlow's:

>>> keras.config.backend()
'tensorflow'
>>> model.output_shape
(None, 1)
"""

import keras
import tensorflow as tf

print("keras version:", keras.__version__, "| backend:", keras.config.backend())
print("tf.keras.Sequential is keras.Sequential:", tf.keras.Sequential is keras.Sequential)

# One model, built with the Keras 3 API that tf.keras now forwards to
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
print("output shape of a one-layer model:", model.output_shape)
