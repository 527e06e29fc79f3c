"""What tensorflowjs_converter reads from an exported SavedModel (section 12.3).

The converter's defaults are the tag set `serve` and the signature
`serving_default`; `model.export` writes both:

>>> tag_sets
[['serve']]
>>> signature_names
['serve', 'serving_default']

The signature's input and output are what the TF.js graph model will expect
and return: one float32 input named "pixels", any number of rows of 64 values,
and 10 values per row out:

>>> spec["inputs"]
{'pixels': ('DT_FLOAT', [-1, 64])}
>>> spec["outputs"]
{'output_0': ('DT_FLOAT', [-1, 10])}
"""

import pathlib
import tempfile

import keras
from sklearn.datasets import load_digits
from tensorflow.core.framework import types_pb2
from tensorflow.python.tools import saved_model_utils  # what saved_model_cli uses

keras.utils.set_random_seed(42)
images, labels = load_digits(return_X_y=True)
x = (images / 16).astype("float32")
model = keras.Sequential([
    keras.Input(shape=(64,), name="pixels"),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x, labels, epochs=5, batch_size=256, verbose=0)  # the signature does not depend on training


def describe(tensors):
    """name -> (dtype, shape) of a SignatureDef's inputs or outputs; -1 = any size."""
    return {name: (types_pb2.DataType.Name(t.dtype), [d.size for d in t.tensor_shape.dim])
            for name, t in tensors.items()}


with tempfile.TemporaryDirectory() as tmp:
    saved_model_dir = str(pathlib.Path(tmp) / "my_model" / "1")
    model.export(saved_model_dir, verbose=False)  # the converter's input
    tag_sets = [sorted(tags) for tags in saved_model_utils.get_saved_model_tag_sets(saved_model_dir)]
    meta_graph = saved_model_utils.get_meta_graph_def(saved_model_dir, "serve")

signature_names = sorted(n for n in meta_graph.signature_def if not n.startswith("__"))  # skip the init op
serving = meta_graph.signature_def["serving_default"]
spec = {"inputs": describe(serving.inputs), "outputs": describe(serving.outputs)}
print("tag sets:", tag_sets)
print("signatures:", signature_names)
print("serving_default:", spec)
