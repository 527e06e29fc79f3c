"""Switch on XLA auto-clustering and Grappler options, then restore them (section 17.1).

The original's `tf.config.OptimizerOptions` does not exist in TensorFlow 2:

>>> missing
"module 'tensorflow._api.v2.config' has no attribute 'OptimizerOptions'"

The similar TensorFlow 1 message has four JIT levels:

>>> sorted(tf.compat.v1.OptimizerOptions.GlobalJitLevel.keys())
['DEFAULT', 'OFF', 'ON_1', 'ON_2']

While they were set, TensorFlow reported the settings back, plus two switches
it always lists:

>>> jit_while_set
'autoclustering'
>>> all(options_while_set[name] is True for name in grappler_options)
True
>>> sorted(set(options_while_set) - set(grappler_options))
['disable_meta_optimizer', 'disable_model_pruning']

and afterwards the previous (default) settings were back in place:

>>> jit_after, options_after == options_before
('', True)
"""

import tensorflow as tf

try:
    tf.config.OptimizerOptions  # the original's class
except AttributeError as error:
    missing = str(error)
    print("AttributeError:", missing)

# Remember the current settings: they apply to the whole process
jit_before = tf.config.optimizer.get_jit()
options_before = tf.config.optimizer.get_experimental_options()

# Configure the graph optimisation options
tf.config.optimizer.set_jit("autoclustering")  # XLA compiles clusters of ops in every tf.function
grappler_options = {
    "layout_optimizer": True,
    "constant_folding": True,
    "shape_optimization": True,
    "remapping": True,
}
tf.config.optimizer.set_experimental_options(grappler_options)
jit_while_set = tf.config.optimizer.get_jit()
options_while_set = tf.config.optimizer.get_experimental_options()
print("JIT:", repr(jit_while_set))
print("optimizer options:", options_while_set)

# Put everything back: None means "not set", i.e. Grappler's default
tf.config.optimizer.set_jit(jit_before or False)
tf.config.optimizer.set_experimental_options(
    {name: options_before.get(name) for name in grappler_options})
jit_after = tf.config.optimizer.get_jit()
options_after = tf.config.optimizer.get_experimental_options()
print("restored:", repr(jit_after), options_after)
