"""The original's HDF5 calls under Keras 3 (section 12.1, translator's note).

Saving to `.h5` still works, but Keras logs that the format is legacy:

>>> len(messages)
1
>>> "This file format is considered legacy" in messages[0]
True

`save_weights` refuses a name without the `.weights.h5` ending:

>>> print(weights_error)
The filename must end in `.weights.h5`. Received: filepath=my_weights

Loading the `.h5` file back fails on the string "mse" it was compiled with,

>>> print(load_error)
Could not deserialize 'keras.metrics.mse' because it is not a KerasSaveable subclass

while `compile=False` loads it, with identical predictions:

>>> same_predictions
True

Only the short name fails: compiled with the full name "mean_squared_error",
the same model loads back from `.h5`, compiled:

>>> full_name = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
>>> full_name.compile(optimizer="adam", loss="mean_squared_error")
>>> with tempfile.TemporaryDirectory() as tmp:
...     full_name.save(pathlib.Path(tmp) / "full_name.h5")
...     keras.models.load_model(pathlib.Path(tmp) / "full_name.h5").loss.__name__
'mean_squared_error'
"""

import logging.handlers
import pathlib
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(42)
x = np.random.uniform(0, 10, size=(100, 1)).astype("float32")
y = 0.5 * x + 2 + np.random.normal(0, 0.5, size=(100, 1)).astype("float32")
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse", metrics=["mae"])
model.fit(x, y, epochs=20, batch_size=100, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp) / "my_model.h5"
    # Keras logs the warning through absl's logger: record it instead of stderr
    absl_logger = logging.getLogger("absl")
    buffer = logging.handlers.BufferingHandler(capacity=100)
    absl_logger.addHandler(buffer)
    absl_logger.propagate = False
    try:
        model.save(path)  # the original's call
    finally:
        absl_logger.removeHandler(buffer)
        absl_logger.propagate = True
    messages = [r.getMessage() for r in buffer.buffer]
    print("Warning:", messages[0].strip())

    try:
        model.save_weights("my_weights")  # the original's call
    except ValueError as error:
        weights_error = str(error)
    print("save_weights:", weights_error)

    try:
        keras.models.load_model(path)
    except ValueError as error:
        load_error = str(error)
    print("load_model:", load_error)

    restored = keras.models.load_model(path, compile=False)  # weights and architecture only
    restored.compile(optimizer="adam", loss="mse", metrics=["mae"])  # compile again to keep training

same_predictions = bool(np.array_equal(restored(x).numpy(), model(x).numpy()))
print("compile=False, identical predictions:", same_predictions)
