"""Run the upgraded TF1 script on TensorFlow 2, in a graph of its own (section 11).

Under eager execution, the default, the upgraded script still fails at its
first placeholder:

>>> eager_error
'RuntimeError: tf.placeholder() is not compatible with eager execution.'

Inside `with tf.Graph().as_default():` it runs unchanged, and learns the line
y = 0.5x + 2 it was trained on; eager execution is still on afterwards:

>>> abs(result["W_value"].item() - 0.5) < 0.01, abs(result["b_value"].item() - 2.0) < 0.01
(True, True)
>>> tf.executing_eagerly()
True
"""

import contextlib
import io

import tensorflow as tf
from tensorflow.tools.compatibility import ast_edits, tf_upgrade_v2

TF1_SCRIPT = """\
import numpy as np
import tensorflow as tf

x_data = np.linspace(0, 10, 100, dtype=np.float32).reshape(-1, 1)
y_data = 0.5 * x_data + 2

x = tf.placeholder(tf.float32, shape=[None, 1])
y = tf.placeholder(tf.float32, shape=[None, 1])
W = tf.Variable(tf.zeros([1, 1]))
b = tf.Variable(tf.zeros([1]))
loss = tf.reduce_mean(tf.square(tf.matmul(x, W) + b - y))
train_op = tf.train.GradientDescentOptimizer(0.02).minimize(loss)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(1000):
        sess.run(train_op, feed_dict={x: x_data, y: y_data})
    W_value, b_value = sess.run([W, b])
print("TF1 script: W = %.4f, b = %.4f" % (W_value.item(), b_value.item()))
"""

output = io.StringIO()
with contextlib.redirect_stdout(io.StringIO()):  # the upgrader prints each rename
    ast_edits.ASTCodeUpgrader(tf_upgrade_v2.TFAPIChangeSpec()).process_opened_file(
        "old.py", io.StringIO(TF1_SCRIPT), "new.py", output)
upgraded = output.getvalue()

try:  # as upgraded, in the eager default
    exec(upgraded, {})
except RuntimeError as error:
    eager_error = f"{type(error).__name__}: {error}"
print("eager:", eager_error)

result = {}
with tf.Graph().as_default():  # a private graph: no global disable_eager_execution()
    exec(upgraded, result)
print("eager execution still on afterwards:", tf.executing_eagerly())
