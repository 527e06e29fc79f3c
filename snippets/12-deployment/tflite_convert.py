"""Converting a Keras model to TensorFlow Lite (LiteRT) and running the file (section 12.3).

The converter writes a flat buffer of a few kilobytes:

>>> tflite_path.name, size_kb
('model.tflite', 11)

The file's input holds one image by default, but its signature allows any
batch size (-1), so the interpreter can be resized to a batch of five; it then
reproduces the Keras model's probabilities:

>>> [int(d) for d in inp["shape"]], [int(d) for d in signature_shape]
([1, 64], [-1, 64])
>>> tflite_out.shape
(5, 10)
>>> bool(np.allclose(tflite_out, keras_out, atol=1e-5))
True
"""

import pathlib
import tempfile

import keras
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter  # pip install ai-edge-litert
from sklearn.datasets import load_digits

keras.utils.set_random_seed(42)
images, labels = load_digits(return_X_y=True)
x = (images / 16).astype("float32")
x_test = x[:5]
model = keras.Sequential([
    keras.Input(shape=(64,), name="pixels"),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x, labels, epochs=30, batch_size=256, verbose=0)

converter = tf.lite.TFLiteConverter.from_keras_model(model)  # exports a SavedModel first
tflite_model = converter.convert()

with tempfile.TemporaryDirectory() as tmp:
    tflite_path = pathlib.Path(tmp) / "model.tflite"
    tflite_path.write_bytes(tflite_model)
    size_kb = round(tflite_path.stat().st_size / 1024)
    print(f"{tflite_path.name}: {size_kb} KB")

    interpreter = Interpreter(model_path=str(tflite_path))
    inp = interpreter.get_input_details()[0]
    signature_shape = inp["shape_signature"]
    interpreter.resize_tensor_input(inp["index"], x_test.shape)  # a batch of 5 instead of 1
    interpreter.allocate_tensors()
    interpreter.set_tensor(inp["index"], x_test)
    interpreter.invoke()
    tflite_out = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])

keras_out = model.predict(x_test, verbose=0)
print("input:", inp["name"], "shape", signature_shape, inp["dtype"].__name__)
print("largest difference from Keras:", float(np.abs(tflite_out - keras_out).max()))
print("digits:", tflite_out.argmax(axis=1))
