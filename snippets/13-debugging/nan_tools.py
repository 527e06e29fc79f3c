"""Two standard tools for hunting NaN (section 13.1): a callback that stops
training at the first NaN loss, and a switch that makes TensorFlow check the
output of every operation.

`TerminateOnNaN` stopped the run in its first epoch instead of training on for
20 epochs with NaN weights:

>>> len(history.history["loss"]), bool(np.isnan(history.history["loss"][0]))
(1, True)

With `enable_check_numerics`, the first operation whose output holds a NaN or
an inf raises, and the message names the operation:

>>> type(error).__name__, report[0]
('InvalidArgumentError', '!!! Detected Infinity or NaN in output 0 of eagerly-executing op "Log" (# of outputs: 1) !!!')
>>> "# of -Inf elements: 1" in report
True

Switched off again, the same operation returns its `-inf` silently:

>>> float(tf.math.log(0.0))
-inf
"""

import keras
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.uniform(-1, 1, size=(200, 3)).astype("float32")
y = (x @ [[1.0], [-2.0], [0.5]]).astype("float32")
x[17, 1] = np.nan  # one broken row

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
history = model.fit(x, y, batch_size=200, epochs=20, verbose=0,
                    callbacks=[keras.callbacks.TerminateOnNaN()])
print("epochs run:", len(history.history["loss"]), "| loss:", history.history["loss"])

tf.debugging.enable_check_numerics()  # every operation now checks its output
try:
    tf.math.log(tf.constant([1.0, 0.0]))  # log(0) is -inf
except tf.errors.InvalidArgumentError as caught:
    error, message = caught, caught.message
finally:
    tf.debugging.disable_check_numerics()  # turn the checks off again
report = [line.strip() for line in message.splitlines() if line.strip()][1:]
print("\n".join(report[:5]))
