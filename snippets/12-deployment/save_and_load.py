"""Saving and loading a whole model, and its weights alone, in Keras 3 (section 12.1).

Both files are written, and both routes give back the same model:

>>> sorted(p.name for p in files)
['my_model.keras', 'my_model.weights.h5']

The reloaded model and a fresh model with the reloaded weights predict exactly
what the trained model predicts, bit for bit:

>>> same_model, same_weights
(True, True)

and the reloaded model comes back compiled, ready to keep training:

>>> new_model.loss, type(new_model.optimizer).__name__
('mse', 'Adam')
>>> round(float(new_model.optimizer.learning_rate), 3)
0.1

`model.save` writes only these two formats; a path without `.keras` or `.h5`,
such as a SavedModel folder, is refused and `model.export` is named instead:

>>> print(folder_error)
Invalid filepath extension for saving. ... Use `model.export(filepath)` if you want to export a SavedModel for use with TFLite/TFServing/etc. ...
"""

import pathlib
import tempfile

import keras
import numpy as np

keras.utils.set_random_seed(42)
x = np.random.uniform(0, 10, size=(100, 1)).astype("float32")
y = 0.5 * x + 2 + np.random.normal(0, 0.5, size=(100, 1)).astype("float32")


def build_model():
    return keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])


model = build_model()
model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse", metrics=["mae"])
model.fit(x, y, epochs=20, batch_size=100, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    folder = pathlib.Path(tmp)
    model.save(folder / "my_model.keras")  # the whole model: architecture, weights, compile state
    model.save_weights(folder / "my_model.weights.h5")  # weights only; the name must end in .weights.h5
    files = sorted(folder.iterdir())
    for path in files:
        print(f"{path.name}: {path.stat().st_size} bytes")

    new_model = keras.models.load_model(folder / "my_model.keras")
    same_arch = build_model()  # load_weights needs the same architecture (here uncompiled, for inference)
    same_arch.load_weights(folder / "my_model.weights.h5")
    try:
        model.save(folder / "my_model")  # no extension: not a SavedModel in Keras 3
    except ValueError as error:
        folder_error = str(error)

expected = model(x).numpy()
same_model = bool(np.array_equal(new_model(x).numpy(), expected))
same_weights = bool(np.array_equal(same_arch(x).numpy(), expected))
print("load_model gives identical predictions:", same_model)
print("load_weights gives identical predictions:", same_weights)
print("the loaded model is compiled:", new_model.loss, type(new_model.optimizer).__name__)
