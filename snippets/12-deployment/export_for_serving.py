"""Exporting a SavedModel for TF Serving and checking its REST payload locally (section 12.2).

`model.export` writes a SavedModel into the numbered version folder that TF
Serving looks for:

>>> version_folder
['1']
>>> "saved_model.pb" in saved_files
True

Its `serving_default` signature is a predict method that takes a batch of
64 pixels per image and returns 10 class probabilities per image:

>>> method
'tensorflow/serving/predict'
>>> inputs
{'pixels': TensorSpec(shape=(None, 64), dtype=tf.float32, name='pixels')}
>>> outputs
{'output_0': TensorSpec(shape=(None, 10), dtype=tf.float32, name='output_0')}

The rows of the REST request, after a round trip through JSON, give the
predictions `model.predict` gives:

>>> rows.shape, predictions.shape
((5, 64), (5, 10))
>>> bool(np.allclose(predictions, model.predict(x_test, verbose=0), atol=1e-6))
True
"""

import json
import pathlib
import tempfile

import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from tensorflow.python.tools import saved_model_utils  # what saved_model_cli uses

keras.utils.set_random_seed(42)
images, labels = load_digits(return_X_y=True)  # 1797 images of 8x8 pixels
x = (images / 16).astype("float32")
x_test = x[:5]
model = keras.Sequential([
    keras.Input(shape=(64,), name="pixels"),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x, labels, epochs=30, batch_size=256, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    export_dir = pathlib.Path(tmp) / "my_model"  # the folder to mount into the container
    model.export(export_dir / "1", verbose=False)  # 1 = the model version
    version_folder = [p.name for p in export_dir.iterdir()]
    saved_files = sorted(p.name for p in (export_dir / "1").iterdir())
    print("my_model/1/ holds:", saved_files)

    # The Python side of `saved_model_cli show --dir my_model/1 --all`
    meta_graph = saved_model_utils.get_meta_graph_def(str(export_dir / "1"), "serve")
    method = meta_graph.signature_def["serving_default"].method_name
    signature = tf.saved_model.load(str(export_dir / "1")).signatures["serving_default"]
    inputs = signature.structured_input_signature[1]
    outputs = signature.structured_outputs
    print("method:", method)
    print("inputs:", inputs)
    print("outputs:", outputs)

    # The body requests.post(..., json=data) sends, and the rows the server reads from it
    body = json.dumps({"instances": x_test.tolist()}, allow_nan=False)
    rows = np.array(json.loads(body)["instances"], dtype=np.float32)
    predictions = signature(pixels=tf.constant(rows))["output_0"].numpy()

print("predicted digits:", predictions.argmax(axis=1), "true digits:", labels[:5])
