"""Read back what the TensorBoard callback logged, as TensorBoard does (section 7.1, addition).

The callback wrote one event file for the training run and one for the
validation run:

>>> sorted(event_files)
['train', 'validation']
>>> [name.startswith("events.out.tfevents.") for run in event_files for name in event_files[run]]
[True, True]

Each run logs the loss and the metric once per epoch, and the logged training
loss is exactly the loss that `fit` returned:

>>> {"epoch_loss", "epoch_mae"} <= set(scalars["train"]) & set(scalars["validation"])
True
>>> "epoch_learning_rate" in scalars["train"]
True

They are stored as tensor summaries, so the old-style scalar lists are empty:

>>> tags["train"]["scalars"], tags["validation"]["scalars"]
([], [])
>>> [len(scalars[run]["epoch_loss"]) for run in ("train", "validation")] == [EPOCHS, EPOCHS]
True
>>> max(abs(logged - returned) for logged, returned
...     in zip(scalars["train"]["epoch_loss"], history.history["loss"])) < 1e-6
True

With histogram_freq=1 the kernel and bias histograms are logged every epoch too:

>>> sorted(tag.split("/")[-2:] for tag in histograms)
[['bias', 'histogram'], ['kernel', 'histogram']]
>>> set(histograms.values()) == {EPOCHS}
True

The model's structure is logged (tag "keras"), but no graph of operations:

>>> "keras" in tags["train"]["tensors"], tags["train"]["graph"]
(True, False)
"""

import os
import tempfile

import keras
import numpy as np
import tensorflow as tf
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

tf.keras.utils.set_random_seed(42)
x = np.random.uniform(0, 10, size=(100, 1))
y = 0.5 * x + 2 + np.random.normal(0, 0.5, size=(100, 1))
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])

EPOCHS = 10
with tempfile.TemporaryDirectory() as log_dir:
    # histogram_freq=1 also logs a histogram of every weight after each epoch
    callbacks = [keras.callbacks.TensorBoard(log_dir=log_dir, histogram_freq=1)]
    history = model.fit(x, y, epochs=EPOCHS, batch_size=10, validation_split=0.2,
                        callbacks=callbacks, verbose=0)

    # Read the event files back, one folder per run, as TensorBoard does
    event_files, tags, values = {}, {}, {}
    for run in sorted(os.listdir(log_dir)):
        event_files[run] = os.listdir(os.path.join(log_dir, run))
        events = EventAccumulator(os.path.join(log_dir, run), size_guidance={"tensors": 0})
        events.Reload()
        tags[run] = events.Tags()
        # Keras 3 writes its summaries as tensors; the step is the epoch
        values[run] = {tag: [tf.make_ndarray(e.tensor_proto) for e in events.Tensors(tag)]
                       for tag in tags[run]["tensors"]}
        print(f"{run}/ ({len(event_files[run])} event file) tags: {sorted(values[run])}")

scalars = {run: {tag: [float(v) for v in vs] for tag, vs in values[run].items()
                 if tag.startswith("epoch_")} for run in values}
histograms = {tag: len(vs) for tag, vs in values["train"].items() if tag.endswith("/histogram")}
print("train epoch_loss:", [round(v, 3) for v in scalars["train"]["epoch_loss"]])
print("history['loss']: ", [round(v, 3) for v in history.history["loss"]])
