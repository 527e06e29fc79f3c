"""Unit tests for a model with tf.test.TestCase (section 14.2).

Both tests passed. The runner also collected `test_session`, a deprecated helper
that tf.test.TestCase defines and that skips itself:

>>> result.testsRun, result.wasSuccessful(), len(result.failures), len(result.errors)
(3, True, 0, 0)
>>> [test.id().split(".")[-1] for test, reason in result.skipped]
['test_session']

The runner's report, captured instead of printed to the terminal, says so too:

>>> report.getvalue().strip().splitlines()[-1]
'OK (skipped=1)'
"""

import io
import unittest

import keras
import tensorflow as tf


def make_model():
    return keras.Sequential([keras.Input(shape=(64,)),
                             keras.layers.Dense(32, activation="relu"),
                             keras.layers.Dense(10)])


class ModelTest(tf.test.TestCase):
    def setUp(self):
        super().setUp()
        tf.keras.utils.set_random_seed(0)
        self.model = make_model()
        self.images = tf.random.uniform([16, 64])
        self.labels = tf.random.uniform([16], maxval=10, dtype=tf.int32)

    def test_forward_pass_shape(self):
        logits = self.model(self.images)
        self.assertEqual(logits.shape, (16, 10))
        self.assertAllInRange(tf.nn.softmax(logits), 0.0, 1.0)

    def test_training_step_reduces_loss(self):
        loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
        optimizer = keras.optimizers.SGD(0.1)
        before = loss_fn(self.labels, self.model(self.images))
        with tf.GradientTape() as tape:
            loss = loss_fn(self.labels, self.model(self.images))
        grads = tape.gradient(loss, self.model.trainable_variables)
        optimizer.apply_gradients(zip(grads, self.model.trainable_variables))
        after = loss_fn(self.labels, self.model(self.images))
        self.assertLess(float(after), float(before))


# In a project: a tests/ file ending in tf.test.main(), run by pytest or python
report = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(ModelTest)
result = unittest.TextTestRunner(stream=report, verbosity=2).run(suite)
print(report.getvalue())
