"""A tf.data pipeline (shuffle, batch, prefetch) fed to model.fit (section 8.1).

1,000 samples in batches of 32 make 32 batches per epoch, the last one partial:

>>> int(dataset.cardinality()), len(batch_sizes), set(batch_sizes[:-1]), batch_sizes[-1]
(32, 32, {32}, 8)

The pipeline reshuffles every epoch, so two passes see different first batches:

>>> bool(np.array_equal(first_batches[0], first_batches[1]))
False

Ten epochs over the pipeline recover y = 3*x1 - 2*x2 + 1:

>>> bool(np.allclose(model.layers[0].kernel.numpy().ravel(), [3.0, -2.0], atol=0.01))
True
>>> abs(float(model.layers[0].bias.numpy()[0]) - 1.0) < 0.01
True
>>> history.history["loss"][-1] < history.history["loss"][0] / 100
True
"""

import keras
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.normal(size=(1000, 2)).astype("float32")
y = x @ np.array([[3.0], [-2.0]], dtype="float32") + 1

dataset = tf.data.Dataset.from_tensor_slices((x, y))
dataset = dataset.shuffle(buffer_size=100)  # a new order every epoch
dataset = dataset.batch(32)
dataset = dataset.prefetch(tf.data.AUTOTUNE)  # prepare the next batch during training

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.1), loss="mse")
# Then use it in fit. The dataset shuffles itself; shuffle=False stops Keras
# warning that its own shuffling (on by default) does not apply to a Dataset
history = model.fit(dataset, epochs=10, shuffle=False, verbose=0)
print(f"batches per epoch: {int(dataset.cardinality())}")
print(f"loss: epoch 1 {history.history['loss'][0]:.3f}, epoch 10 {history.history['loss'][-1]:.2g}")
print("learned weights:", model.layers[0].kernel.numpy().ravel().round(3),
      "bias:", model.layers[0].bias.numpy().round(3))

# Each pass over the pipeline starts with a different batch: it reshuffles
first_batches = [next(iter(dataset))[0].numpy() for _ in range(2)]
batch_sizes = [int(features.shape[0]) for features, _ in dataset]
print(f"batch sizes of one epoch: {batch_sizes[0]}, ..., {batch_sizes[-1]}")
