"""What tf_upgrade_v2 cannot rescue on TensorFlow 2.21: tf.layers and Estimators (section 11).

The upgrader renames the placeholder but leaves tf.layers and tf.estimator
untouched, and reports no error about either:

>>> upgraded.splitlines()[2:]
['y = tf.layers.dense(x, 1)', 'model = tf.estimator.LinearRegressor(feature_columns=[])']
>>> errors
[]

Neither exists in TensorFlow 2.21, not even under tf.compat.v1, and the TF1
layers that compat.v1 still lists fail under Keras 3:

>>> [hasattr(tf, "layers"), hasattr(tf, "estimator"), hasattr(tf.compat.v1, "estimator")]
[False, False, False]
>>> layers_error
'AttributeError: `dense` is not available with Keras 3.'
"""

import contextlib
import io

import tensorflow as tf
from tensorflow.tools.compatibility import ast_edits, tf_upgrade_v2

TF1_SCRIPT = """\
import tensorflow as tf
x = tf.placeholder(tf.float32, shape=[None, 1])
y = tf.layers.dense(x, 1)
model = tf.estimator.LinearRegressor(feature_columns=[])
"""

output = io.StringIO()
with contextlib.redirect_stdout(io.StringIO()):  # the upgrader prints each rename
    upgrader = ast_edits.ASTCodeUpgrader(tf_upgrade_v2.TFAPIChangeSpec())
    _, report, errors = upgrader.process_opened_file(
        "old.py", io.StringIO(TF1_SCRIPT), "new.py", output)
upgraded = output.getvalue()
print(upgraded)
print("errors reported:", len(errors))

with tf.Graph().as_default():  # the compat.v1 spelling fails too
    try:
        tf.compat.v1.layers.dense(tf.compat.v1.placeholder(tf.float32, [None, 1]), 1)
    except AttributeError as error:
        layers_error = f"{type(error).__name__}: {error}"
print("tf.compat.v1.layers.dense:", layers_error)
