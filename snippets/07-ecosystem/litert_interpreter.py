"""Convert a Keras model with TFLiteConverter and run it with LiteRT (section 7.3).

The converter still ships with TensorFlow and produces a small flatbuffer:

>>> tflite_model[4:8], 500 < len(tflite_model) < 2000
(b'TFL3', True)

LiteRT's interpreter gives the same predictions as Keras:

>>> bool(np.allclose(litert_pred, keras_pred, atol=1e-5))
True

TensorFlow's own interpreter still exists, but warns that it is deprecated in
favour of LiteRT and was scheduled for deletion in TF 2.20:

>>> tf.__version__.split(".")[:2], [type(w.message).__name__ for w in caught]
(['2', '21'], ['UserWarning'])
>>> message = str(caught[0].message)
>>> "ai_edge_litert" in message, "deletion in TF 2.20" in " ".join(message.split())
(True, True)
"""

import contextlib
import io
import warnings

import keras
import numpy as np
import tensorflow as tf
from ai_edge_litert.interpreter import Interpreter

tf.keras.utils.set_random_seed(42)
x = np.random.uniform(0, 10, size=(100, 1)).astype("float32")
y = 0.5 * x + 2 + np.random.normal(0, 0.5, size=(100, 1))
model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(0.01), loss="mse")
model.fit(x, y, epochs=20, batch_size=10, verbose=0)

# TensorFlow Lite (now LiteRT) model: TFLiteConverter still does the conversion
with contextlib.redirect_stdout(io.StringIO()):  # hide Keras' "Saved artifact" log
    tflite_model = tf.lite.TFLiteConverter.from_keras_model(model).convert()
print(f"converted model: {len(tflite_model)} bytes")

# Run it with LiteRT's interpreter (pip install ai-edge-litert)
interpreter = Interpreter(model_content=tflite_model)
interpreter.allocate_tensors()
inp, out = interpreter.get_input_details()[0], interpreter.get_output_details()[0]
sample = x[:1]  # the converted model takes one sample at a time
interpreter.set_tensor(inp["index"], sample)
interpreter.invoke()
litert_pred = interpreter.get_tensor(out["index"])
keras_pred = model.predict(sample, verbose=0)
print(f"x = {sample[0, 0]:.3f}: LiteRT {litert_pred[0, 0]:.5f}, Keras {keras_pred[0, 0]:.5f}")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    tf.lite.Interpreter(model_content=tflite_model)  # the old way
print("tf.lite.Interpreter warns:", " ".join(str(caught[0].message).split()))
