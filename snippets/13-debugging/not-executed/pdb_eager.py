"""Stepping through eager TensorFlow code with the Python debugger (section 13.2)."""

import tensorflow as tf
import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
x = tf.random.normal((4, 3))

with tf.GradientTape() as tape:
    y = model(x)
    # Execution stops here and pdb waits for commands. In eager mode y holds real values:
    #   p y.numpy()     print them        p y.shape   its shape
    #   n               run the next line c           continue
    breakpoint()
    loss = tf.reduce_mean(tf.square(y))
gradients = tape.gradient(loss, model.trainable_variables)


def inspect(values):
    breakpoint()  # stops at every call, with values as a concrete eager tensor
    return values


@tf.function
def step(x):
    # In graph mode a breakpoint() here would stop only while tracing, with
    # symbolic tensors. Wrap the code to inspect in tf.py_function instead:
    return tf.py_function(inspect, [model(x)], Tout=tf.float32)


step(x)
