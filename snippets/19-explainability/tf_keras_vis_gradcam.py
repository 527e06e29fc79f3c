"""Grad-CAM with tf-keras-vis, checked against a plain GradientTape (section 19.2).

tf-keras-vis finds the last convolutional layer itself (``penultimate_layer=-1``
searches back from the output), weights its 8x8 feature maps by their mean
gradient and keeps the positive part; ``expand_cam=False`` keeps the layer's
resolution, scaled to [0, 1]:

>>> cam.shape, float(np.min(cam)), round(float(np.max(cam)), 4)
((3, 8, 8), 0.0, 1.0)

The same computation with a GradientTape, on the same digits and class
scores, agrees to float rounding:

>>> bool(np.abs(cam - tape_cam).max() < 1e-4)
True

By default the map is enlarged to the input's 16x16 pixels:

>>> Gradcam(model, model_modifier=ReplaceToLinear())(CategoricalScore(list(labels)), X).shape
(3, 16, 16)
"""

import keras
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from tf_keras_vis.gradcam import Gradcam  # not `from tf_keras_vis import Gradcam`
from tf_keras_vis.utils.model_modifiers import ReplaceToLinear
from tf_keras_vis.utils.scores import CategoricalScore


def grad_cams(model, X, labels):
    score = CategoricalScore(list(labels))  # the output to explain: each image's own class
    gradcam = Gradcam(model, model_modifier=ReplaceToLinear())  # explain the scores, not the softmax
    return np.asarray(gradcam(score, X, penultimate_layer=-1, expand_cam=False))  # (batch, 8, 8)


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
last_conv = keras.layers.Conv2D(16, 3, padding="same", activation="relu")(h)
h = keras.layers.Flatten()(keras.layers.MaxPooling2D()(last_conv))
model = keras.Model(digit_input, keras.layers.Dense(10, activation="softmax")(h))
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train, epochs=6, batch_size=128, verbose=0)
examples = [int(np.argmax(y_test == d)) for d in (0, 3, 7)]  # the first test 0, 3 and 7
X, labels = x_test[examples], y_test[examples]

cam = grad_cams(model, X, labels)

# The same with a GradientTape: the feature maps and the class score before the softmax
features = keras.Model(model.inputs, [last_conv, model.layers[-2].output])
kernel, bias = model.layers[-1].kernel, model.layers[-1].bias
with tf.GradientTape() as tape:
    feature_maps, flat = features(tf.constant(X))
    score = tf.gather(tf.matmul(flat, kernel) + bias, labels, axis=1, batch_dims=1)
alpha = tf.reduce_mean(tape.gradient(score, feature_maps), axis=(1, 2), keepdims=True)
heat = tf.nn.relu(tf.reduce_sum(alpha * feature_maps, axis=-1)).numpy()
low, high = heat.min(axis=(1, 2), keepdims=True), heat.max(axis=(1, 2), keepdims=True)
tape_cam = (heat - low) / (high - low + keras.config.epsilon())
print("tf-keras-vis Grad-CAM maps:", cam.shape)
print("equal to the GradientTape maps within 1e-4:", bool(np.abs(cam - tape_cam).max() < 1e-4))
