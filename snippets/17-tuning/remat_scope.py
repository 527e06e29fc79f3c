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

With the TensorFlow backend, the three other modes fail inside model.fit, on
the first step:

>>> sorted(errors)
['full', 'larger_than', 'list_of_layers']
>>> all("custom_gradient decorator currently supports keywords arguments only "
...     "when eager execution is enabled" in message for message in errors.values())
True
"""

import re

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

# The other modes, on a tiny model: model.fit fails while tracing its first step
errors = {}
for mode, options in [("full", {}), ("larger_than", {"output_size_threshold": 1}),
                      ("list_of_layers", {"layer_names": ["hidden"]})]:
    with keras.RematScope(mode=mode, **options):
        model = keras.Sequential([keras.Input(shape=(16,)), keras.layers.Dense(4, name="hidden"),
                                  keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    try:
        model.fit(x[:8], y[:8], epochs=1, verbose=0)
    except ValueError as error:
        errors[mode] = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # without the terminal colours
        print(f'mode="{mode}": ValueError:',
              next(line for line in errors[mode].splitlines() if "custom_gradient" in line))
