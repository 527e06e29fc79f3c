"""TensorFlow 2 cleaned up its API; the TF1 names live on in tf.compat.v1 (section 11).

The TF1 graph-building names are gone from the top-level `tf` namespace but
still exist under `tf.compat.v1`; `tf.contrib` was removed altogether:

>>> [name for name in TF1_NAMES if hasattr(tf, name)]
[]
>>> [name for name in TF1_NAMES if hasattr(tf.compat.v1, name)] == TF1_NAMES[:-1]
True

The TF1 namespace has more than twice as many public names as TF2's:

>>> len(v2_names), len(v1_names)
(308, 650)
>>> len(v1_names) / len(v2_names) > 2
True
"""

import tensorflow as tf


def public_names(module):
    return {name for name in dir(module) if not name.startswith("_")}


TF1_NAMES = ["Session", "placeholder", "global_variables_initializer",
             "get_variable", "variable_scope", "arg_max", "contrib"]
for name in TF1_NAMES:
    print(f"tf.{name:<28} in TF2: {hasattr(tf, name)!s:<5}  "
          f"in tf.compat.v1: {hasattr(tf.compat.v1, name)}")

v2_names, v1_names = public_names(tf), public_names(tf.compat.v1)
print(f"public names: tf {len(v2_names)}, tf.compat.v1 {len(v1_names)}")
print("a few that only TF1 has:", sorted(v1_names - v2_names)[::60])
