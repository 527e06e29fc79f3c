"""A saliency map with tf-keras-vis, checked against a plain GradientTape (section 19.2).

tf-keras-vis computes, for each digit, the absolute gradient of its class
score (the softmax made linear by ``ReplaceToLinear``) with respect to each
pixel, scaled to [0, 1]:

>>> saliency_map.shape, float(saliency_map.min()), round(float(saliency_map.max()), 4)
((3, 16, 16), 0.0, 1.0)

The same map from a GradientTape on the class scores, scaled the same way,
agrees to float rounding:

>>> bool(np.abs(saliency_map - tape_map).max() < 1e-4)
True

Without ``ReplaceToLinear`` the gradients are those of the softmax
probabilities, and the map is a different one:

>>> bool(np.abs(softmax_map - tape_map).max() > 0.1)
True

``ReplaceToLinear`` needs a functional model, as here: a Keras 3 ``Sequential``
has no ``output_names``, which it reads:

>>> ReplaceToLinear()(keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)]))
Traceback (most recent call last):
...
AttributeError: 'Sequential' object has no attribute 'output_names'...

Saliency passes the images to the model as a one-element list, and Keras warns
before going on (the snippet silences that warning):

>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = saliency_maps(model, X, labels)
>>> any("The structure of `inputs` doesn't match" in str(w.message) for w in caught)
True
"""

import warnings

import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from tf_keras_vis.saliency import Saliency  # not `from tf_keras_vis import Saliency`
from tf_keras_vis.utils.model_modifiers import ReplaceToLinear
from tf_keras_vis.utils.scores import CategoricalScore

# Saliency calls a one-input model with a list of inputs; Keras warns and goes on
warnings.filterwarnings("ignore", "The structure of `inputs` doesn't match", UserWarning)


def saliency_maps(model, X, labels, model_modifier=ReplaceToLinear()):
    score = CategoricalScore(list(labels))  # the output to explain: each image's own class
    saliency = Saliency(model, model_modifier=model_modifier)  # explain the scores, not the softmax
    return saliency(score, X)  # (batch, height, width)


# So that this script runs on its own: the CNN of section 19.1, trained the same way,
# with the softmax as the activation of its last layer (a functional model:
# ReplaceToLinear fails on a Sequential)
tf.keras.utils.set_random_seed(0)
digits = load_digits()
images = tf.image.resize(digits.images[..., None] / 16.0, (16, 16)).numpy()
x_train, x_test, y_train, y_test = train_test_split(
    images, digits.target, test_size=0.25, random_state=0)
digit_input = keras.Input(shape=(16, 16, 1))
h = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(digit_input)
h = keras.layers.MaxPooling2D()(h)
h = keras.layers.Conv2D(16, 3, padding="same", activation="relu")(h)
h = keras.layers.Flatten()(keras.layers.MaxPooling2D()(h))
model = keras.Model(digit_input, keras.layers.Dense(10, activation="softmax")(h))
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train, epochs=6, batch_size=128, verbose=0)
examples = [int(np.argmax(y_test == d)) for d in (0, 3, 7)]  # the first test 0, 3 and 7
X, labels = x_test[examples], y_test[examples]

saliency_map = saliency_maps(model, X, labels)

# The same with a GradientTape: the class score is the last layer before its softmax
features = keras.Model(model.inputs, model.layers[-2].output)
kernel, bias = model.layers[-1].kernel, model.layers[-1].bias
X_tensor = tf.constant(X)
with tf.GradientTape() as tape:
    tape.watch(X_tensor)
    class_scores = tf.matmul(features(X_tensor), kernel) + bias
    score = tf.gather(class_scores, labels, axis=1, batch_dims=1)
gradient = tf.reduce_max(tf.abs(tape.gradient(score, X_tensor)), axis=-1).numpy()
low, high = gradient.min(axis=(1, 2), keepdims=True), gradient.max(axis=(1, 2), keepdims=True)
tape_map = (gradient - low) / (high - low + keras.config.epsilon())
softmax_map = saliency_maps(model, X, labels, model_modifier=None)
print("tf-keras-vis saliency maps:", saliency_map.shape)
print("equal to the GradientTape maps within 1e-4:",
      bool(np.abs(saliency_map - tape_map).max() < 1e-4))
