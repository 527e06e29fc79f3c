"""Re-plot with Matplotlib the loss curves of TensorBoard's Scalars tab (section 7.1, addition).

Two curves, training and validation, one point per epoch, drawn from the
event files:

>>> [line.get_label() for line in ax.lines]
['train', 'validation']
>>> [len(line.get_xdata()) for line in ax.lines] == [EPOCHS, EPOCHS]
True

The values read from the files are the losses `fit` returned:

>>> train_y, val_y = (line.get_ydata() for line in ax.lines)
>>> bool(np.allclose(train_y, history.history["loss"], atol=1e-6))
True
>>> bool(np.allclose(val_y, history.history["val_loss"], atol=1e-6))
True

The training loss drops from about 2.6 to 1.5 after one epoch and keeps
falling; the validation loss, measured after each epoch, stays below it:

>>> abs(float(train_y[0]) - 2.6) < 0.1, abs(float(train_y[1]) - 1.5) < 0.1
(True, True)
>>> bool(np.all(np.diff(train_y) < 0)), float(train_y[-1]) < float(train_y[0]) / 2
(True, True)
>>> bool(np.all(val_y < train_y)), bool(np.all(np.diff(val_y) < 0))
(True, True)
"""

import glob
import os
import tempfile

import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf


def read_scalar(run_dir, tag):
    """(step, value) pairs of one tag: event files are TFRecord files of Event protos."""
    points = []
    for path in glob.glob(os.path.join(run_dir, "events.out.tfevents.*")):
        for record in tf.data.TFRecordDataset(path):
            event = tf.compat.v1.Event.FromString(record.numpy())
            points += [(event.step, float(tf.make_ndarray(value.tensor)))
                       for value in event.summary.value if value.tag == tag]
    return sorted(points)


tf.keras.utils.set_random_seed(42)
x = np.random.uniform(0, 10, size=(100, 1))
y = 0.5 * x + 2 + np.random.normal(0, 0.5, size=(100, 1))
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])

EPOCHS = 10
with tempfile.TemporaryDirectory() as log_dir:
    history = model.fit(x, y, epochs=EPOCHS, batch_size=10, validation_split=0.2,
                        callbacks=[keras.callbacks.TensorBoard(log_dir=log_dir)], verbose=0)
    curves = {run: read_scalar(os.path.join(log_dir, run), "epoch_loss")
              for run in ("train", "validation")}

fig, ax = plt.subplots(figsize=(6, 4))
for (run, points), colour in zip(curves.items(), ["#0072b2", "#e69f00"]):
    steps, losses = zip(*points)
    ax.plot(steps, losses, "o-", color=colour, label=run)
ax.set_xlabel("epoch")
ax.set_ylabel("epoch_loss (mean squared error)")
ax.legend()
plt.show()
