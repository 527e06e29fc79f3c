"""What tf_upgrade_v2 rewrites beyond renames, and what it cannot rescue on TensorFlow 2.21 (section 11).

Besides the rename to tf.compat.v1, the command renames a keyword argument
and rewrites a call; it leaves tf.layers and tf.estimator untouched, and
reports no issue about either:

>>> upgraded.splitlines()[2:4]
['total = tf.reduce_sum(x, keepdims=True)', 'x_float = tf.cast(x, dtype=tf.float32)']
>>> upgraded.splitlines()[4:]
['y = tf.layers.dense(x, 1)', 'model = tf.estimator.LinearRegressor(feature_columns=[])']
>>> "Detected 0 issues that require attention" in upgrade.stdout
True

Neither exists in TensorFlow 2.21, not even under tf.compat.v1, and the TF1
layers that compat.v1 still lists fail under Keras 3:

>>> [hasattr(tf, "layers"), hasattr(tf, "estimator"), hasattr(tf.compat.v1, "estimator")]
[False, False, False]
>>> layers_error
'AttributeError: `dense` is not available with Keras 3.'
"""

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import tensorflow as tf

TF1_SCRIPT = """\
import tensorflow as tf
x = tf.placeholder(tf.float32, shape=[None, 1])
total = tf.reduce_sum(x, keep_dims=True)
x_float = tf.to_float(x)
y = tf.layers.dense(x, 1)
model = tf.estimator.LinearRegressor(feature_columns=[])
"""

# The command that installing TensorFlow put next to this Python
TF_UPGRADE_V2 = shutil.which(
    "tf_upgrade_v2", path=os.pathsep.join([os.path.dirname(sys.executable), os.environ["PATH"]]))

with tempfile.TemporaryDirectory() as tmp:
    folder = pathlib.Path(tmp)
    (folder / "old.py").write_text(TF1_SCRIPT)
    upgrade = subprocess.run([TF_UPGRADE_V2, "--infile", "old.py", "--outfile", "new.py"],
                             cwd=folder, capture_output=True, text=True)
    upgraded = (folder / "new.py").read_text()
print("\n".join(line for line in upgrade.stdout.splitlines() if line.startswith(("INFO", "Detected"))))
print(upgraded)

with tf.Graph().as_default():  # the compat.v1 spelling fails too
    try:
        tf.compat.v1.layers.dense(tf.compat.v1.placeholder(tf.float32, [None, 1]), 1)
    except AttributeError as error:
        layers_error = f"{type(error).__name__}: {error}"
print("tf.compat.v1.layers.dense:", layers_error)
