"""Exporting a SavedModel for TF Serving and checking its REST payload locally (section 12.2).

`model.export` writes a SavedModel into the numbered version folder that TF
Serving looks for:

>>> version_folder
['1']
>>> "saved_model.pb" in saved_files
True

`saved_model_cli` finds the tag set `serve` and the signature
`serving_default`: a predict method that takes a batch of 64 pixels per image
and returns 10 class probabilities per image:

>>> show.returncode
0
>>> print(show.stdout)
The given SavedModel SignatureDef contains the following input(s):
  inputs['pixels'] tensor_info:
      dtype: DT_FLOAT
      shape: (-1, 64)
      name: serving_default_pixels:0
The given SavedModel SignatureDef contains the following output(s):
  outputs['output_0'] tensor_info:
      dtype: DT_FLOAT
      shape: (-1, 10)
      name: ...
Method name is: tensorflow/serving/predict
<BLANKLINE>

Loaded in Python, the signature has the same input and output:

>>> signature.structured_input_signature[1]
{'pixels': TensorSpec(shape=(None, 64), dtype=tf.float32, name='pixels')}
>>> signature.structured_outputs
{'output_0': TensorSpec(shape=(None, 10), dtype=tf.float32, name='output_0')}

The rows of the REST request, after a round trip through JSON, give the
predictions `model.predict` gives:

>>> rows.shape, predictions.shape
((5, 64), (5, 10))
>>> bool(np.allclose(predictions, model.predict(x_test, verbose=0), atol=1e-6))
True
"""

import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

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

    # The serving signature, as TensorFlow's saved_model_cli command shows it
    saved_model_cli = shutil.which(  # installed with TensorFlow, next to this Python
        "saved_model_cli", path=os.pathsep.join([os.path.dirname(sys.executable), os.environ["PATH"]]))
    show = subprocess.run([saved_model_cli, "show", "--dir", "my_model/1",
                           "--tag_set", "serve", "--signature_def", "serving_default"],
                          cwd=tmp, capture_output=True, text=True)
    print("$ saved_model_cli show --dir my_model/1 --tag_set serve --signature_def serving_default")
    print(show.stdout)
    signature = tf.saved_model.load(str(export_dir / "1")).signatures["serving_default"]

    # The body requests.post(..., json=data) sends, and the rows the server reads from it
    body = json.dumps({"instances": x_test.tolist()}, allow_nan=False)
    rows = np.array(json.loads(body)["instances"], dtype=np.float32)
    predictions = signature(pixels=tf.constant(rows))["output_0"].numpy()

print("predicted digits:", predictions.argmax(axis=1), "true digits:", labels[:5])
