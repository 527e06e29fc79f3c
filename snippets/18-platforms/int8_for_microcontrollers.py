"""Quantize the digits model to int8 for a microcontroller and turn it into a C array (section 18.3).

The converted model takes and returns int8 tensors, as TensorFlow Lite for
Microcontrollers expects, with the scale and zero point to convert pixels:

>>> str(np.dtype(inp["dtype"])), str(np.dtype(out["dtype"])), inp["shape"].tolist()
('int8', 'int8', [1, 64])

Its weights take one byte instead of four, so the file is much smaller, and it
classifies almost as well as the float model:

>>> int8_size < 0.5 * float_size
True
>>> abs(int8_accuracy - float_accuracy) < 0.03, int8_accuracy > 0.93
(True, True)

The converter warns that statistics for the quantised input were not given:

>>> any("Statistics for quantized inputs were expected, but not specified"
...     in str(w.message) for w in converter_warnings)
True

yet the input scale and zero point come from the representative data set:
pixel values 0 to 16 are spread over the int8 range -128 to 127, so the
warning can be ignored.

>>> round(float(scale) * 255, 2), int(zero_point)
(16.0, -128)

The C source declares the model's bytes and their number, as `xxd -i` does but
`const` (so that the array stays in flash) and aligned to 16 bytes, and the
array holds exactly the bytes of the .tflite file:

>>> c_lines[0], c_lines[-1] == f"const unsigned int model_tflite_len = {file_size};"
('alignas(16) const unsigned char model_tflite[] = {', True)
>>> len(parsed) == file_size == int8_size, parsed == int8_model
(True, True)
"""

import contextlib
import io
import pathlib
import re
import tempfile
import warnings

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
    keras.layers.Rescaling(1 / 16),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train, epochs=30, batch_size=128, verbose=0)
float_accuracy = float((model.predict(x_test, verbose=0).argmax(1) == y_test).mean())


def representative_dataset():  # a few hundred real inputs fix the int8 ranges
    for image in x_train[:200]:
        yield [image[None, :]]


converter = tf.lite.TFLiteConverter.from_keras_model(model)
with contextlib.redirect_stdout(io.StringIO()):  # hide Keras' "Saved artifact" log
    float_size = len(converter.convert())
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = representative_dataset
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    converter.inference_input_type = tf.int8  # the device passes int8, not float
    converter.inference_output_type = tf.int8
    with warnings.catch_warnings(record=True) as converter_warnings:
        warnings.simplefilter("always")
        int8_model = converter.convert()
int8_size = len(int8_model)

interpreter = Interpreter(model_content=int8_model)
interpreter.allocate_tensors()
inp, out = interpreter.get_input_details()[0], interpreter.get_output_details()[0]
scale, zero_point = inp["quantization"]
print(f"float model {float_size} bytes, int8 model {int8_size} bytes")
print(f"input int8 {inp['shape'].tolist()}: pixel = {scale:.4f} * (q - ({zero_point}))")

predictions = []
for image in x_test:  # quantize each image as the microcontroller code would
    q = np.clip(np.round(image / scale + zero_point), -128, 127).astype(np.int8)
    interpreter.set_tensor(inp["index"], q[None, :])
    interpreter.invoke()
    predictions.append(interpreter.get_tensor(out["index"])[0].argmax())
int8_accuracy = float((np.array(predictions) == y_test).mean())
print(f"test accuracy: float {float_accuracy:.1%}, int8 {int8_accuracy:.1%}")

# The model as a C array, like `xxd -i model.tflite > model_data.cc`, but const and aligned
rows = [", ".join(f"0x{b:02x}" for b in int8_model[i:i + 12])
        for i in range(0, len(int8_model), 12)]
c_source = ("alignas(16) const unsigned char model_tflite[] = {\n  " + ",\n  ".join(rows) + "\n};\n"
            f"const unsigned int model_tflite_len = {len(int8_model)};\n")
with tempfile.TemporaryDirectory() as tmp:
    model_file, c_file = pathlib.Path(tmp) / "model.tflite", pathlib.Path(tmp) / "model_data.cc"
    model_file.write_bytes(int8_model)
    c_file.write_text(c_source)
    file_size, c_text = model_file.stat().st_size, c_file.read_text()
    print(f"model_data.cc: {c_file.stat().st_size} bytes of C for a {file_size}-byte model")
c_lines = c_text.splitlines()
print("\n".join(c_lines[:3] + ["  ..."] + c_lines[-3:]))
array_body = c_text[c_text.index("{") + 1:c_text.index("}")]  # parse it back
parsed = bytes(int(byte, 16) for byte in re.findall(r"0x([0-9a-f]{2})", array_body))
