"""Fit y = W*x + b with Variables, GradientTape and SGD (section 4.2).

Training reaches the least-squares line of this data (NumPy's exact solution):

>>> slope, intercept = map(float, np.polyfit(x_data, y_data, 1))
>>> abs(float(W) - slope) < 0.001, abs(float(b) - intercept) < 0.005
(True, True)

that is, a slope of about 0.51 and an intercept of about 1.91, within the noise
of the true relationship y = 0.5x + 2:

>>> abs(float(W) - 0.51) < 0.01, abs(float(b) - 1.91) < 0.02
(True, True)

>>> abs(float(W) - 0.5) < 0.05, abs(float(b) - 2) < 0.15
(True, True)

and the loss has come down to the squared error that no line can avoid:

>>> best_loss = float(np.mean((slope * x_data + intercept - y_data) ** 2))
>>> abs(float(loss) - best_loss) < 1e-4
True
"""

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(42)
x_data = np.linspace(0, 10, 100)
y_data = 0.5 * x_data + 2 + np.random.normal(0, 0.5, size=100)
x = tf.constant(x_data, dtype=tf.float32)
y = tf.constant(y_data, dtype=tf.float32)

# Initialise the parameters (these are what gets optimised)
W = tf.Variable(tf.random.normal([]))  # slope
b = tf.Variable(tf.zeros([]))  # intercept

# Define the optimiser
optimizer = tf.optimizers.SGD(learning_rate=0.02)

# Training loop
for epoch in range(1000):
    with tf.GradientTape() as tape:
        y_pred = W * x + b
        loss = tf.reduce_mean(tf.square(y_pred - y))
    # Compute the gradients and update the parameters
    gradients = tape.gradient(loss, [W, b])
    optimizer.apply_gradients(zip(gradients, [W, b]))
    if epoch % 100 == 0:
        print(f"Epoch {epoch}: W={W.numpy():.2f}, b={b.numpy():.2f}, loss={loss:.2f}")
print(f"Final: W={W.numpy():.3f}, b={b.numpy():.3f}, loss={loss:.3f}")
