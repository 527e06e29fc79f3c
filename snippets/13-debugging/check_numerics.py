"""tf.debugging.check_numerics: pass a finite tensor, stop at a NaN (section 13.2).

The original's line, `tf.debugging.check_numerics(tensor, message)`, run on a
finite tensor, which passes through unchanged:

>>> checked.numpy().tolist()
[1.0, 2.0, 3.0]

A tensor with a NaN raises InvalidArgumentError, with our message and the kind
of bad value:

>>> type(nan_error).__name__
'InvalidArgumentError'
>>> "activations of layer 2" in nan_error.message, "Tensor had NaN values" in nan_error.message
(True, True)

For an infinite value the error says Inf instead:

>>> try:
...     tf.debugging.check_numerics(tf.constant([1.0, float("inf")]), "m")
... except tf.errors.InvalidArgumentError as inf_error:
...     print("Tensor had Inf values" in inf_error.message)
True
"""

import tensorflow as tf

tensor = tf.constant([1.0, 2.0, 3.0])
message = "activations of layer 1"
checked = tf.debugging.check_numerics(tensor, message)  # all finite: returned as it is
print("finite tensor passed:", checked.numpy())

tensor = tf.math.log(tf.constant([1.0, -1.0, 3.0]))  # log(-1) is NaN
message = "activations of layer 2"
try:
    tf.debugging.check_numerics(tensor, message)
except tf.errors.InvalidArgumentError as error:
    nan_error = error
    # the message starts with TensorFlow's internal op name; show what follows it
    print("NaN tensor stopped:", error.message.split("}} ")[-1].split(" [Op")[0])
