"""Clean digits, their FGSM versions and the model's predictions (section 14.1).

Two rows of five images, clean above and adversarial below:

>>> len(axes), len(axes[0]), [len(ax.images) for ax in axes.flat] == [1] * 10
(2, 5, True)

The clean digits shown are classified correctly; the attack changes three of the
five predictions although no pixel moves by more than 0.15:

>>> bool((clean_pred == y_test[:5]).all()), int((adv_pred != clean_pred).sum())
(True, 3)
>>> [int(label) for label in y_test[:5]], [int(label) for label in adv_pred]
([2, 8, 2, 6, 6], [2, 4, 2, 4, 0])
>>> round(float(abs(x_adv - x_test[:5]).max()), 2)
0.15
"""

import keras
import matplotlib.pyplot as plt
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

# Data and a standard model, as in fgsm_attack.py
tf.keras.utils.set_random_seed(0)
digits = load_digits()
x = (digits.data / 16.0).astype("float32")
x_train, x_test, y_train, y_test = train_test_split(
    x, digits.target, test_size=0.25, random_state=0)
model = keras.Sequential([keras.Input(shape=(64,)),
                          keras.layers.Dense(64, activation="relu"),
                          keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy")
model.fit(x_train, y_train, epochs=20, batch_size=128, verbose=0)

# FGSM on the first five test digits
images = tf.convert_to_tensor(x_test[:5])
with tf.GradientTape() as tape:
    tape.watch(images)
    loss = keras.losses.sparse_categorical_crossentropy(y_test[:5], model(images))
x_adv = tf.clip_by_value(images + 0.15 * tf.sign(tape.gradient(loss, images)), 0, 1).numpy()
clean_pred = model.predict(x_test[:5], verbose=0).argmax(1)
adv_pred = model.predict(x_adv, verbose=0).argmax(1)

fig, axes = plt.subplots(2, 5, figsize=(7, 3.8))
for i in range(5):
    for row, (batch, pred) in enumerate([(x_test[:5], clean_pred), (x_adv, adv_pred)]):
        axes[row, i].imshow(batch[i].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
        axes[row, i].set_title(f"{'clean' if row == 0 else 'FGSM'}: {pred[i]}", fontsize=9)
        axes[row, i].axis("off")
fig.suptitle("Predictions of the standard model (true labels: "
             + " ".join(map(str, y_test[:5])) + ")", fontsize=10)
fig.tight_layout()
plt.show()
