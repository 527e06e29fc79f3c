"""Gradient checkpointing with tf.recompute_grad (section 17.2).

The original's option is accepted without an error, and silently dropped:

>>> "gradient_checkpointing" in tf.config.optimizer.get_experimental_options()
False

Through the checkpointed block, the gradients are those of the plain block,
both eagerly and inside a tf.function:

>>> same_eager, same_in_function
(True, True)
>>> len(plain_grads) == len(block.trainable_variables) == 4
True
"""

import keras
import numpy as np
import tensorflow as tf

# The original's switch: no such Grappler option exists, so nothing happens
tf.config.optimizer.set_experimental_options({"gradient_checkpointing": True})
print("options now:", tf.config.optimizer.get_experimental_options())

tf.keras.utils.set_random_seed(0)
block = keras.Sequential([keras.Input(shape=(64,)), keras.layers.Dense(256, activation="relu"),
                          keras.layers.Dense(64)])
block_ckpt = tf.recompute_grad(block)  # drops the block's activations, recomputes them for backprop
x = tf.random.normal([32, 64])


def gradients(forward):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(forward(x)))
    return tape.gradient(loss, block.trainable_variables)


def allclose(grads_a, grads_b):
    return all(np.allclose(a, b, rtol=1e-5, atol=1e-6) for a, b in zip(grads_a, grads_b))


plain_grads = gradients(block)
same_eager = allclose(plain_grads, gradients(block_ckpt))
same_in_function = allclose(plain_grads, tf.function(gradients)(block_ckpt))
print("same gradients, eager:", same_eager)
print("same gradients, in a tf.function:", same_in_function)
