"""Keras's own switch for debugging a model eagerly (section 13.2):
`compile(run_eagerly=True)` runs each training step as plain Python, so a
print or a breakpoint inside a layer works at every step.

By default the layer runs only while `fit` traces its step, never eagerly, and
the graph serves all three batches; with `run_eagerly=True` it runs once per
batch, eagerly:

>>> set(calls["default"]), len(calls["default"]) < 3
({False}, True)
>>> calls["run_eagerly=True"]
[True, True, True]
"""

import keras
import numpy as np
import tensorflow as tf


class Probe(keras.layers.Layer):
    """Passes its input through and notes whether it ran eagerly."""

    def call(self, inputs):
        seen.append(tf.executing_eagerly())  # a print() or breakpoint() would go here
        return inputs


x, y = np.zeros((6, 2), "float32"), np.zeros((6, 1), "float32")
calls, seen = {}, []
for label, eager in [("default", False), ("run_eagerly=True", True)]:
    model = keras.Sequential([keras.Input(shape=(2,)), Probe(), keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse", run_eagerly=eager)
    seen = []
    model.fit(x, y, batch_size=2, epochs=1, verbose=0)  # three batches
    calls[label] = seen
    print(f"{label}: the layer ran {len(seen)} time(s) during fit, eagerly: {seen}")
