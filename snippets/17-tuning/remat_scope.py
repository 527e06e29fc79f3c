"""Gradient checkpointing for model.fit: keras.RematScope (section 17.2).

Layers built inside the scope recompute their activations in the backward pass:

>>> [layer._remat_mode.mode for layer in remat_model.layers]  # a private attribute
['activations', 'activations']
>>> [layer._remat_mode for layer in plain_model.layers]
[None, None]

Trained from the same weights on the same batches, both models end with the
same loss:

>>> abs(remat_loss - plain_loss) < 1e-5, remat_loss < first_loss / 2
(True, True)
"""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.normal(size=(256, 16)).astype("float32")
y = np.sin(x[:, :1]) + x[:, 1:2]


def build_model():
    return keras.Sequential([keras.Input(shape=(16,)),
                             keras.layers.Dense(64, activation="relu"),
                             keras.layers.Dense(1)])


# mode="activations" rematerialises the activation functions; with the
# TensorFlow backend, it is the mode that works inside model.fit
with keras.RematScope(mode="activations"):
    remat_model = build_model()
plain_model = build_model()
plain_model.set_weights(remat_model.get_weights())

losses = {}
for name, model in [("remat", remat_model), ("plain", plain_model)]:
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.05), loss="mse")
    history = model.fit(x, y, batch_size=64, epochs=5, shuffle=False, verbose=0)
    losses[name] = history.history["loss"]
    print(f"{name}: loss {losses[name][0]:.4f} -> {losses[name][-1]:.4f}")
first_loss, remat_loss, plain_loss = losses["plain"][0], losses["remat"][-1], losses["plain"][-1]
