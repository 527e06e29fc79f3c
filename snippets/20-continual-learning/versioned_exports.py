"""Versioned SavedModel exports, laid out the way TF Serving reads them (section 20.2).

Each retrained model goes into the next numbered folder, each a complete
SavedModel:

>>> sorted(versions)
['1', '2']
>>> all({"saved_model.pb", "variables"} <= set(files) for files in versions.values())
True

The latest version is the highest number, compared as integers (so 10 comes
after 9, not before 2), and folders that are not numbers are ignored:

>>> latest_version(["1", "2", "10", "9", "tmp-export"]), latest
(10, 2)

Both versions reload with `tf.saved_model.load` and predict differently; on the
new data, version 2 makes less than a tenth of the error of version 1:

>>> bool(np.allclose(predictions[1], predictions[2], atol=0.1))
False
>>> errors[2] < errors[1] / 10
True
"""

import pathlib
import tempfile

import keras
import numpy as np
import tensorflow as tf


def latest_version(names):
    """The version TF Serving serves by default: the highest integer folder name."""
    return max(int(name) for name in names if name.isdigit())


keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x_old, x_new = rng.normal(size=(500, 3)), rng.normal(size=(500, 3))
y_old = x_old @ [1.0, 2.0, -1.0] + 0.1 * rng.normal(size=500)
y_new = x_new @ [1.0, 2.0, -1.0] + 2.0 + 0.1 * rng.normal(size=500)  # the world changed

model = keras.Sequential([keras.Input(shape=(3,), name="features"), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")

with tempfile.TemporaryDirectory() as tmp:
    base = pathlib.Path(tmp) / "serving_model" / "my_model"
    level = tf.get_logger().level
    tf.get_logger().setLevel("ERROR")  # no INFO lines naming the temporary folder

    def publish(model, version):  # export beside the versions, then rename in one step
        model.export(base / "tmp-export", verbose=False)  # not a number: never served
        (base / "tmp-export").rename(base / str(version))

    model.fit(x_old, y_old, epochs=40, batch_size=100, verbose=0)
    publish(model, 1)
    model.fit(x_new, y_new, epochs=40, batch_size=100, verbose=0)  # retrain on new data
    publish(model, 2)
    tf.get_logger().setLevel(level)

    versions = {p.name: sorted(q.name for q in p.iterdir()) for p in sorted(base.iterdir())}
    latest = latest_version(p.name for p in base.iterdir())
    for name, files in versions.items():
        print(f"my_model/{name}/ holds {files}")
    print("latest version:", latest)

    x_check = tf.constant(x_new[:100], dtype=tf.float32)
    predictions, errors = {}, {}
    for version in (1, 2):
        serve = tf.saved_model.load(str(base / str(version))).signatures["serving_default"]
        predictions[version] = serve(features=x_check)["output_0"].numpy().ravel()
        errors[version] = float(np.mean((predictions[version] - y_new[:100]) ** 2))
        print(f"version {version}: MSE on new data {errors[version]:.3f}")
