"""Export the digits model as the SavedModel that tensorflowjs_converter reads (section 18.2).

`model.export` writes a SavedModel whose serving signature takes a batch of
64 float32 pixel values, under the input name `pixels`, and returns 10
probabilities: the tensor the JavaScript code builds with
`tf.tensor2d(..., [1, INPUT_SIZE])`.

>>> name, spec.shape.as_list(), spec.dtype.name
('pixels', [None, 64], 'float32')
>>> out_spec.shape.as_list(), out_spec.dtype.name
([None, 10], 'float32')

The first image of the data set is a 0, with these pixel values (the numbers in
the JavaScript file), and the exported model classifies it like Keras:

>>> int(digits.target[0]), len(first_image)
(0, 64)
>>> first_image
[0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0,
 0, 4, 12, 0, 0, 8, 8, 0, 0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0,
 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0]
>>> int(exported_pred.argmax()), bool(np.allclose(exported_pred, keras_pred, atol=1e-6))
(0, True)
"""

import contextlib
import io
import pathlib
import tempfile

import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

tf.keras.utils.set_random_seed(0)
digits = load_digits()  # 1797 images of 8x8 pixels, values 0-16
x, y = digits.data.astype("float32"), digits.target
model = keras.Sequential([
    keras.Input(shape=(64,), name="pixels"),
    keras.layers.Rescaling(1 / 16),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
model.fit(x, y, epochs=30, batch_size=128, verbose=0)

first_image = x[0].astype(int).tolist()
with tempfile.TemporaryDirectory() as tmp:
    export_dir = pathlib.Path(tmp) / "saved_model"  # the converter's input
    with contextlib.redirect_stdout(io.StringIO()):  # hide Keras' "Saved artifact" log
        model.export(str(export_dir))
    serving = tf.saved_model.load(str(export_dir)).signatures["serving_default"]
    (name, spec), = serving.structured_input_signature[1].items()
    out_name, out_spec = next(iter(serving.structured_outputs.items()))
    print(f"serving_default: input {name!r} {spec.shape} {spec.dtype.name}"
          f" -> output {out_name!r} {out_spec.shape} {out_spec.dtype.name}")
    exported_pred = serving(pixels=tf.constant([first_image], tf.float32))[out_name].numpy()
keras_pred = model.predict(np.array([first_image], "float32"), verbose=0)
print("JavaScript input: tf.tensor2d([" + str(first_image) + "], [1, 64])")
print("exported model predicts", int(exported_pred.argmax()),
      f"with probability {exported_pred.max():.3f}; Keras: {keras_pred.max():.3f}")
