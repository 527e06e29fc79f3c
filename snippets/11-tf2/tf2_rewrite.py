"""Replace Session and placeholder: the TF2 rewrite of the upgraded script (section 11).

The TF2 version passes tensors to a function instead of feeding placeholders,
and calls it instead of `sess.run`. It needs no graph or Session and learns the
same line as the TF1-style code, to within float32 rounding:

>>> abs(float(W[0, 0]) - 0.5) < 0.01, abs(float(b[0]) - 2.0) < 0.01
(True, True)
>>> abs(float(W[0, 0]) - float(W_v1[0, 0])) < 1e-5, abs(float(b[0]) - float(b_v1[0])) < 1e-5
(True, True)
>>> train_step.experimental_get_tracing_count()
1
"""

import numpy as np
import tensorflow as tf

x_data = np.linspace(0, 10, 100, dtype=np.float32).reshape(-1, 1)
y_data = 0.5 * x_data + 2


def train_tf1_style(steps=1000):
    """The upgraded code, in its own graph and Session(graph=...)."""
    graph = tf.Graph()
    with graph.as_default():
        x = tf.compat.v1.placeholder(tf.float32, shape=[None, 1])
        y = tf.compat.v1.placeholder(tf.float32, shape=[None, 1])
        W = tf.Variable(tf.zeros([1, 1]))
        b = tf.Variable(tf.zeros([1]))
        loss = tf.reduce_mean(tf.square(tf.matmul(x, W) + b - y))
        train_op = tf.compat.v1.train.GradientDescentOptimizer(0.02).minimize(loss)
        init = tf.compat.v1.global_variables_initializer()
    with tf.compat.v1.Session(graph=graph) as sess:
        sess.run(init)
        for step in range(steps):
            sess.run(train_op, feed_dict={x: x_data, y: y_data})
        return sess.run([W, b])


# TF2: variables and an optimizer, a function that takes tensors
W = tf.Variable(tf.zeros([1, 1]))
b = tf.Variable(tf.zeros([1]))
optimizer = tf.keras.optimizers.SGD(learning_rate=0.02)  # plain gradient descent, as in TF1


@tf.function  # optional: traces the step into a graph once, like the TF1 graph
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(tf.matmul(x, W) + b - y))
    optimizer.apply_gradients(zip(tape.gradient(loss, [W, b]), [W, b]))
    return loss


x, y = tf.constant(x_data), tf.constant(y_data)
for step in range(1000):
    train_step(x, y)
W_v1, b_v1 = train_tf1_style()
print(f"TF2 function:        W = {W.numpy().item():.4f}, b = {b.numpy().item():.4f}")
print(f"TF1 graph + Session: W = {W_v1.item():.4f}, b = {b_v1.item():.4f}")
