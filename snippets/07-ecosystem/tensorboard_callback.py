"""Add the TensorBoard callback to fit, as the original does (section 7.1).

One epoch of training, logged into one folder per run: train/ holds the
event file that TensorBoard reads.

>>> sorted(runs)
['train']
>>> [name.startswith("events.out.tfevents.") for name in runs["train"]]
[True]
>>> len(history.history["loss"])
1
"""

import os
import tempfile

import keras
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(42)
x = np.random.uniform(0, 10, size=(100, 1))
y = 0.5 * x + 2 + np.random.normal(0, 0.5, size=(100, 1))
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")

with tempfile.TemporaryDirectory() as log_dir:  # the original: log_dir='./logs'
    # Add TensorBoard to the callbacks
    callbacks = [
        tf.keras.callbacks.TensorBoard(log_dir=log_dir)
    ]
    history = model.fit(x, y, callbacks=callbacks, verbose=0)
    runs = {run: os.listdir(os.path.join(log_dir, run)) for run in os.listdir(log_dir)}
for run, files in sorted(runs.items()):  # the names hold a timestamp and the host name
    print(f"{run}/: {len(files)} file, {files[0].split('.')[0]}.out.tfevents.…")
