"""Label-preserving data augmentation, shown on handwritten digits (section 16).

scikit-learn's digits: 1,797 images of 8x8 pixels with values from 0 to 16:

>>> digits.images.shape, float(digits.images.min()), float(digits.images.max())
((1797, 8, 8), 0.0, 16.0)

The layers keep the batch's shape and dtype, and change the images only
during training:

>>> augmented.shape, augmented.dtype.name
(TensorShape([8, 32, 32, 1]), 'float32')
>>> changed = [float(np.abs(augmented[i] - images[i]).max()) > 0.1 for i in range(8)]
>>> sum(changed) >= 6
True

At inference (training=False) they return the input unchanged:

>>> bool(np.array_equal(data_augmentation(images, training=False), images))
True

A direct call without training=False augments, since the layers default to
training=True:

>>> bool(np.array_equal(data_augmentation(images), images))
False

Eight digits, each shown before and after augmentation:

>>> len(fig.axes), fig.axes[0].get_title(), fig.axes[8].get_title()
(16, 'original: 0', 'augmented')
"""

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits
from tensorflow.keras import layers

tf.keras.utils.set_random_seed(16)
digits = load_digits()
# eight digits, upsampled from 8x8 to 32x32, values in [0, 1]
images = tf.image.resize(digits.images[:8, :, :, None] / 16.0, (32, 32)).numpy()

# No RandomFlip: a mirrored 2, 3 or 7 is no longer that digit
data_augmentation = tf.keras.Sequential([
    layers.RandomRotation(0.1),  # up to 0.1 of a full turn (36 degrees) either way
    layers.RandomZoom(0.1),      # zoom in or out by up to 10%
])
augmented = data_augmentation(images, training=True)  # as model.fit calls it

fig, axes = plt.subplots(2, 8, figsize=(8, 2.4))
for i in range(8):
    axes[0, i].imshow(images[i, :, :, 0], cmap="gray_r")
    axes[0, i].set_title(f"original: {digits.target[i]}", fontsize=7)
    axes[1, i].imshow(augmented[i, :, :, 0], cmap="gray_r")
    axes[1, i].set_title("augmented", fontsize=7)
for ax in axes.flat:
    ax.set_axis_off()
fig.tight_layout()
plt.show()
print("batch in:", images.shape, "batch out:", tuple(augmented.shape))
print("unchanged at inference:",
      bool(np.array_equal(data_augmentation(images, training=False), images)))
