"""The original's gradient clipping (section 13.1): Adam that clips every
gradient component to the range -1 to 1 before using it.

`tf.keras.optimizers.Adam` is Keras 3's Adam, and it keeps the setting:

>>> type(optimizer) is keras.optimizers.Adam, optimizer.clipvalue
(True, 1.0)
>>> optimizer.get_config()["clipvalue"], optimizer.get_config()["clipnorm"]
(1.0, None)
"""

import keras
import tensorflow as tf

optimizer = tf.keras.optimizers.Adam(clipvalue=1.0)
print("clipvalue:", optimizer.clipvalue)
