"""Train a small digits classifier, convert it to a .tflite file and run it with LiteRT (section 18.1).

The converted model takes one image of 64 pixel values (0 to 16) as float32 and
returns 10 class probabilities: the INPUT_SIZE and OUTPUT_SIZE of the Android
example.

>>> input_shape, str(input_dtype), output_shape
([1, 64], 'float32', [1, 10])

It predicts what the Keras model predicts, on every test image:

>>> max_diff < 1e-5, bool((litert_pred.argmax(1) == keras_pred.argmax(1)).all())
(True, True)

and the model is a useful classifier in a file of a few kilobytes:

>>> accuracy > 0.93, 5_000 < size < 20_000
(True, True)
"""

import contextlib
import io
import pathlib
import tempfile

import keras
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

tf.keras.utils.set_random_seed(0)
digits = load_digits()  # 1797 images of 8x8 pixels, values 0-16
x_train, x_test, y_train, y_test = train_test_split(
    digits.data.astype("float32"), digits.target, test_size=0.2, random_state=0)
model = keras.Sequential([
    keras.Input(shape=(64,), name="pixels"),
    keras.layers.Rescaling(1 / 16),  # the app can pass raw pixel values
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train, epochs=30, batch_size=128, verbose=0)

with contextlib.redirect_stdout(io.StringIO()):  # hide Keras' "Saved artifact" log
    tflite_model = tf.lite.TFLiteConverter.from_keras_model(model).convert()

with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp) / "digits.tflite"  # the file an Android app ships in assets/
    path.write_bytes(tflite_model)
    size = path.stat().st_size
    interpreter = Interpreter(model_path=str(path))
    interpreter.allocate_tensors()
    inp, out = interpreter.get_input_details()[0], interpreter.get_output_details()[0]
    input_shape, output_shape = inp["shape"].tolist(), out["shape"].tolist()
    input_dtype = np.dtype(inp["dtype"])
    print(f"digits.tflite: {size} bytes, input {input_shape} {input_dtype}, output {output_shape}")

    litert_pred = []
    for image in x_test:  # one image per call, as in the Java example
        interpreter.set_tensor(inp["index"], image[None, :])
        interpreter.invoke()
        litert_pred.append(interpreter.get_tensor(out["index"])[0])
litert_pred = np.array(litert_pred)
keras_pred = model.predict(x_test, verbose=0)
max_diff = float(np.abs(litert_pred - keras_pred).max())
accuracy = float((litert_pred.argmax(1) == y_test).mean())
print(f"LiteRT vs Keras on {len(x_test)} test images: largest difference {max_diff:.1e}")
print(f"test accuracy of the .tflite model: {accuracy:.1%}")
