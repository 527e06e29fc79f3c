"""Post-training quantization with TFLiteConverter, run with LiteRT (section 8.3).

A real classifier (85,002 parameters) for scikit-learn's 8x8 digit images:

>>> model.count_params(), keras_accuracy > 0.9
(85002, True)

With Optimize.DEFAULT the weights are stored as 8-bit integers instead of
32-bit floats, so the file shrinks to less than 40% of its size:

>>> sizes["quantized"] / sizes["float32"] < 0.4
True

and the quantized model, run by the LiteRT interpreter, predicts the same
digit as Keras for at least 95% of the held-out images:

>>> agreement >= 0.95
True

On the way, each conversion exports the Keras model as a SavedModel and prints
its signature, which the snippet keeps off the page:

>>> printed.getvalue().count("Saved artifact at")
2
"""

import contextlib
import io
import tempfile
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

tf.keras.utils.set_random_seed(0)
digits = load_digits()  # 1,797 images of 8x8 pixels, values 0-16
x = (digits.data / 16).astype("float32")
x_train, x_test, y_train, y_test = train_test_split(x, digits.target, test_size=0.25, random_state=0)
model = keras.Sequential([keras.Input(shape=(64,)), keras.layers.Dense(256, activation="relu"),
                          keras.layers.Dense(256, activation="relu"), keras.layers.Dense(10)])
model.compile(optimizer="adam", metrics=["accuracy"],
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(x_train, y_train, epochs=5, batch_size=32, verbose=0)
keras_predictions = model.predict(x_test, verbose=0).argmax(axis=1)
keras_accuracy = float(np.mean(keras_predictions == y_test))


printed = io.StringIO()  # the converter prints the signature of the SavedModel it exports


def convert(optimize):
    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    if optimize:
        converter.optimizations = [tf.lite.Optimize.DEFAULT]
    with contextlib.redirect_stdout(printed):
        return converter.convert()


sizes = {}
with tempfile.TemporaryDirectory() as tmp:
    for name, optimize in [("float32", False), ("quantized", True)]:
        path = Path(tmp) / f"digits_{name}.tflite"
        path.write_bytes(convert(optimize))
        sizes[name] = path.stat().st_size
        print(f"{name:>9} model: {sizes[name] / 1024:.0f} KiB")

    # Run the quantized model on the whole test split in one call
    interpreter = Interpreter(model_path=str(path))
    input_index = interpreter.get_input_details()[0]["index"]
    interpreter.resize_tensor_input(input_index, x_test.shape)
    interpreter.allocate_tensors()
    interpreter.set_tensor(input_index, x_test)
    interpreter.invoke()
    lite_predictions = interpreter.get_tensor(interpreter.get_output_details()[0]["index"]).argmax(axis=1)

agreement = float(np.mean(lite_predictions == keras_predictions))
print(f"size ratio: {sizes['quantized'] / sizes['float32']:.2f}")
print(f"test accuracy: Keras {keras_accuracy:.3f}, "
      f"quantized {float(np.mean(lite_predictions == y_test)):.3f}; "
      f"same prediction for {agreement:.1%} of {len(x_test)} test images")
