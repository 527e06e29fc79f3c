"""FGSM adversarial examples on the digits, then adversarial training (section 14.1).

A small MLP classifies clean test digits well:

>>> clean_acc["standard"] > 0.9
True

FGSM with eps = 0.15 (pixels in [0, 1]) wrecks it: below 20%, a drop of more than 50 points:

>>> clean_acc["standard"] - adv_acc["standard"] > 0.5, adv_acc["standard"] < 0.2
(True, True)

Training on clean plus FGSM examples recovers a large part of it (above 50%), at little cost on
clean digits:

>>> adv_acc["adversarial"] - adv_acc["standard"] > 0.3, adv_acc["adversarial"] > 0.5
(True, True)
>>> clean_acc["adversarial"] > 0.9
True
"""

import keras
import tensorflow as tf
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

tf.keras.utils.set_random_seed(0)
digits = load_digits()
x = (digits.data / 16.0).astype("float32")  # 64 pixels scaled to [0, 1]
x_train, x_test, y_train, y_test = train_test_split(
    x, digits.target, test_size=0.25, random_state=0)
loss_fn = keras.losses.SparseCategoricalCrossentropy()
EPS = 0.15


def fgsm(model, images, labels, eps=EPS):
    """x_adv = clip(x + eps * sign(d loss / d x), 0, 1)"""
    images = tf.convert_to_tensor(images)
    with tf.GradientTape() as tape:
        tape.watch(images)
        loss = loss_fn(labels, model(images))
    return tf.clip_by_value(images + eps * tf.sign(tape.gradient(loss, images)), 0, 1)


def train(adversarial, epochs=20):
    model = keras.Sequential([keras.Input(shape=(64,)),
                              keras.layers.Dense(64, activation="relu"),
                              keras.layers.Dense(10, activation="softmax")])
    optimizer = keras.optimizers.Adam(0.01)

    @tf.function
    def step(images, labels):
        if adversarial:  # attack the current model, train on clean + adversarial
            images = tf.concat([images, fgsm(model, images, labels)], axis=0)
            labels = tf.concat([labels, labels], axis=0)
        with tf.GradientTape() as tape:
            loss = loss_fn(labels, model(images))
        optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_variables),
                                      model.trainable_variables))

    batches = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(2000).batch(128)
    for _ in range(epochs):
        for images, labels in batches:
            step(images, labels)
    return model


def accuracy(model, images):
    return float(tf.reduce_mean(tf.cast(tf.argmax(model(images), 1) == y_test, tf.float32)))


clean_acc, adv_acc = {}, {}
for name in ["standard", "adversarial"]:
    model = train(adversarial=(name == "adversarial"))
    clean_acc[name] = accuracy(model, x_test)
    # each model is attacked with its own gradients (a white-box attack)
    adv_acc[name] = accuracy(model, fgsm(model, x_test, y_test))
    print(f"{name:>11} training: clean accuracy {clean_acc[name]:.3f}, "
          f"FGSM (eps={EPS}) accuracy {adv_acc[name]:.3f}")
