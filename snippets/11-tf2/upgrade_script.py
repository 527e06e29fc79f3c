"""Upgrade a TF1 script with tf_upgrade_v2, through the modules its command is built from (section 11).

The TF1 script no longer runs on TensorFlow 2 as written:

>>> original_error
"AttributeError: module 'tensorflow' has no attribute 'placeholder'"

The upgrader moved its five TF1-only calls to tf.compat.v1, reported no errors,
and left every other line unchanged:

>>> len(changes), errors
(5, [])
>>> "tf.compat.v1.placeholder(" in upgraded, "tf.compat.v1.Session()" in upgraded
(True, True)
>>> "tf.compat.v1.train.GradientDescentOptimizer(" in upgraded
True
>>> sum(a != b for a, b in zip(TF1_SCRIPT.splitlines(), upgraded.splitlines()))
5

Other scripts get more than renames: the upgrader also renames arguments and
rewrites calls.

>>> rewritten = io.StringIO()
>>> _ = upgrader.process_opened_file("in.py", io.StringIO(
...     "y = tf.reduce_sum(x, keep_dims=True)\\nz = tf.to_float(x)\\n"), "out.py", rewritten)
INFO line 1:21: Renamed keyword argument for tf.reduce_sum from keep_dims to keepdims
INFO line 2:4: Changed tf.to_float call to tf.cast(..., dtype=tf.float32).
>>> print(rewritten.getvalue())
y = tf.reduce_sum(x, keepdims=True)
z = tf.cast(x, dtype=tf.float32)
<BLANKLINE>
"""

import difflib
import io
import re

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

try:  # the TF1 script as it was
    exec(TF1_SCRIPT, {})
except AttributeError as error:
    original_error = f"{type(error).__name__}: {error}"
print("as written:", original_error)

upgrader = ast_edits.ASTCodeUpgrader(tf_upgrade_v2.TFAPIChangeSpec())
output = io.StringIO()
_, report, errors = upgrader.process_opened_file(
    "old.py", io.StringIO(TF1_SCRIPT), "new.py", output)
upgraded = output.getvalue()

changes = re.findall(r"^\d+:\d+: INFO: (.*)$", report, re.MULTILINE)
print(f"{len(changes)} changes, {len(errors)} errors")
print("".join(difflib.unified_diff(TF1_SCRIPT.splitlines(True), upgraded.splitlines(True),
                                   "old.py", "new.py", n=0)))
