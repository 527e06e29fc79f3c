"""tf.debugging.check_numerics: pass a finite tensor, stop at a NaN (section 13.2).

A finite tensor passes through unchanged:

>>> bool(tf.reduce_all(checked == finite))
True

A tensor with a NaN raises InvalidArgumentError, with our message and the kind
of bad value:

>>> type(nan_error).__name__
'InvalidArgumentError'
>>> "activations of layer 2" in nan_error.message, "Tensor had NaN values" in nan_error.message
(True, True)
"""

import tensorflow as tf

finite = tf.constant([1.0, 2.0, 3.0])
checked = tf.debugging.check_numerics(finite, "activations of layer 1")
print("finite tensor passed:", checked.numpy())

broken = tf.math.log(tf.constant([1.0, -1.0, 3.0]))  # log(-1) is NaN
try:
    tf.debugging.check_numerics(broken, "activations of layer 2")
except tf.errors.InvalidArgumentError as error:
    nan_error = error
    # the message starts with TensorFlow's internal op name; show what follows it
    print("NaN tensor stopped:", error.message.split("}} ")[-1].split(" [Op")[0])
