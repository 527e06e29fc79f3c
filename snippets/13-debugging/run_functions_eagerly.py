"""tf.config.run_functions_eagerly: debug a whole tf.function as plain Python (section 13.2).

Normally the body is traced once into a graph; with the switch on, it runs
eagerly at every call, so print() and breakpoint() work on real values:

>>> modes
{'traced': [False], 'eager': [True, True]}

The switch is turned off again:

>>> tf.config.functions_run_eagerly()
False
"""

import tensorflow as tf

calls = []


@tf.function
def scaled_sum(x):
    calls.append(tf.executing_eagerly())  # Python side effect: shows how the body runs
    return tf.reduce_sum(2.0 * x)


modes = {}
for mode in ["traced", "eager"]:
    calls.clear()
    tf.config.run_functions_eagerly(mode == "eager")
    try:
        scaled_sum(tf.constant([1.0, 2.0]))
        scaled_sum(tf.constant([3.0, 4.0]))
    finally:
        tf.config.run_functions_eagerly(False)  # a global switch: always reset it
    modes[mode] = list(calls)
    print(f"{mode}: the body ran {len(calls)} time(s) in Python, eagerly: {calls}")
