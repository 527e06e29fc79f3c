"""Reuse a pre-trained SavedModel in a Keras 3 model with TFSMLayer, offline (section 9).

The reloaded extractor computes exactly what the original one did:

>>> bool(np.allclose(reloaded_features, original_features, atol=1e-6))
True

It is frozen inside the new model: only the new head is trained, and
training leaves the extractor's output unchanged:

>>> len(model.trainable_weights), extractor_layer.trainable
(2, False)
>>> bool(np.allclose(extractor_layer(images)["output_0"], original_features, atol=1e-6))
True

The head learned the task on top of the frozen features: the loss fell to
less than a third and the training accuracy reached 0.95 or more:

>>> loss[-1] < loss[0] / 3, accuracy[-1] >= 0.95
(True, True)

The keras.applications route of the file shown above the note gives 1280
features per image (built here without weights, which the build cannot download):

>>> keras.applications.MobileNetV2(input_shape=(224, 224, 3), include_top=False,
...                                pooling="avg", weights=None).output_shape
(None, 1280)
"""

import tempfile
from pathlib import Path

import keras
import numpy as np

keras.utils.set_random_seed(9)
# A toy task: tell dark images (label 0) from bright ones (label 1)
labels = np.random.randint(0, 2, (64, 1)).astype("float32")
images = 0.5 * np.random.rand(64, 16, 16, 3) + 0.5 * labels[:, :, None, None]
images = images.astype("float32")

# Stand-in for a downloaded hub model: a small convolutional feature extractor
extractor = keras.Sequential([
    keras.Input(shape=(16, 16, 3)),
    keras.layers.Conv2D(8, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
], name="feature_extractor")
original_features = extractor.predict(images, verbose=0)

with tempfile.TemporaryDirectory() as tmp:
    saved_model_dir = str(Path(tmp) / "feature_extractor")
    extractor.export(saved_model_dir, verbose=False)  # a TF SavedModel, as hub models are

    # Load it as a Keras 3 layer, frozen (TFSMLayer is trainable by default)
    extractor_layer = keras.layers.TFSMLayer(
        saved_model_dir, call_endpoint="serving_default", trainable=False)
    inputs = keras.Input(shape=(16, 16, 3))
    features = extractor_layer(inputs)["output_0"]  # the endpoint returns a dict
    # Only this head is trained
    outputs = keras.layers.Dense(1, activation="sigmoid")(features)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(0.1), loss="binary_crossentropy",
                  metrics=["accuracy"])
    history = model.fit(images, labels, epochs=40, batch_size=64, verbose=0)
    reloaded_features = extractor_layer(images)["output_0"].numpy()

print("feature vector per image:", reloaded_features.shape[1], "values")
print("reloaded extractor matches the original:",
      bool(np.allclose(reloaded_features, original_features, atol=1e-6)))
loss, accuracy = history.history["loss"], history.history["accuracy"]
print(f"training the head: loss {loss[0]:.3f} -> {loss[-1]:.3f}, "
      f"accuracy {accuracy[0]:.2f} -> {accuracy[-1]:.2f}")
