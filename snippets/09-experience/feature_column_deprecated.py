"""tf.feature_column still runs, but is deprecated (section 9, translator's note).

TensorFlow reports the deprecation through its logger, not Python's warnings
module, so the snippet records what is logged:

>>> len(messages)
1
>>> "numeric_column" in messages[0] and "is deprecated" in messages[0]
True

and the message names the replacement this page uses:

>>> "Use Keras preprocessing layers instead" in messages[0]
True
>>> "tf.keras.utils.FeatureSpace" in messages[0]
True
>>> "will be removed in a future version" in messages[0]
True

What feature columns were made to feed is gone: TensorFlow 2.21 has no
tf.estimator, and Keras 3 has no DenseFeatures layer:

>>> hasattr(tf, "estimator"), hasattr(tf.keras.layers, "DenseFeatures")
(False, False)
"""

import logging.handlers

import tensorflow as tf

# Route TensorFlow's log into a buffer for a moment, instead of stderr
tf_logger = tf.get_logger()
buffer = logging.handlers.BufferingHandler(capacity=100)
stderr_handlers, tf_logger.handlers = tf_logger.handlers, [buffer]
level = tf_logger.level
tf_logger.setLevel(logging.WARNING)  # warnings are logged, whatever the level was
try:
    age = tf.feature_column.numeric_column("age")  # the original's API
finally:
    tf_logger.handlers = stderr_handlers
    tf_logger.setLevel(level)

messages = [r.getMessage() for r in buffer.buffer if "deprecated" in r.getMessage()]
# The message starts with the caller's file and line; show the rest
print(messages[0][messages[0].index("numeric_column"):])
