"""Upgrade a TF1 script with the tf_upgrade_v2 command, then run it on TensorFlow 2 (section 11).

The TF1 script no longer runs on TensorFlow 2 as written:

>>> original_error
"AttributeError: module 'tensorflow' has no attribute 'placeholder'"

The command moved its five TF1-only calls to tf.compat.v1, reported no issues,
and left every other line unchanged:

>>> upgrade.returncode, len(renames), "Detected 0 issues that require attention" in upgrade.stdout
(0, 5, True)
>>> "tf.compat.v1.placeholder(" in upgraded, "tf.compat.v1.Session()" in upgraded
(True, True)
>>> "tf.compat.v1.train.GradientDescentOptimizer(" in upgraded
True
>>> sum(a != b for a, b in zip(TF1_SCRIPT.splitlines(), upgraded.splitlines()))
5
>>> report.count(": INFO: Renamed")
5

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

import difflib
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import tensorflow as tf

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

# The command that installing TensorFlow put next to this Python
TF_UPGRADE_V2 = shutil.which(
    "tf_upgrade_v2", path=os.pathsep.join([os.path.dirname(sys.executable), os.environ["PATH"]]))

with tempfile.TemporaryDirectory() as tmp:
    folder = pathlib.Path(tmp)
    (folder / "old.py").write_text(TF1_SCRIPT)
    upgrade = subprocess.run([TF_UPGRADE_V2, "--infile", "old.py", "--outfile", "new.py"],
                             cwd=folder, capture_output=True, text=True)
    print("$ tf_upgrade_v2 --infile old.py --outfile new.py")
    print(upgrade.stdout.strip())
    upgraded = (folder / "new.py").read_text()
    report = (folder / "report.txt").read_text()  # the same lines, with their positions

renames = [line for line in upgrade.stdout.splitlines() if line.startswith("INFO line")]
print()
print("".join(difflib.unified_diff(TF1_SCRIPT.splitlines(True), upgraded.splitlines(True),
                                   "old.py", "new.py", n=0)))

try:  # as upgraded, in the eager default
    exec(upgraded, {})
except RuntimeError as error:
    eager_error = f"{type(error).__name__}: {error}"
print("new.py, eager:", eager_error)

result = {}
with tf.Graph().as_default():  # a private graph: no global disable_eager_execution()
    exec(upgraded, result)
print("eager execution still on afterwards:", tf.executing_eagerly())
