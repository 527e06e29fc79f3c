"""A training step compiled with XLA: jit_compile=True (section 17.3).

XLA compiled the step. The HLO that TensorFlow hands to XLA has no fusion
yet; after XLA's optimisations, the step is built from fusions, each a group
of operations merged into one kernel:

>>> hlo.startswith("HloModule"), optimized_hlo.startswith("HloModule")
(True, True)
>>> " fusion(" in hlo, len(fusions) >= 1
(False, True)

Five steps with and without XLA, from the same weights on the same data, give
the same losses and the same weights, and the loss goes down:

>>> bool(np.allclose(losses["xla"], losses["plain"], rtol=1e-4))
True
>>> bool(np.allclose(weights["xla"].numpy(), weights["plain"].numpy(), atol=1e-5))
True
>>> losses["xla"][-1] < losses["xla"][0] / 2
True
"""

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = tf.random.normal([256, 8])
y = tf.matmul(x, tf.random.normal([8, 1])) + 0.5
initial = tf.random.normal([8, 1])
weights = {"xla": tf.Variable(initial), "plain": tf.Variable(initial)}


def make_train_step(w, jit_compile):
    @tf.function(
        experimental_autograph_options=tf.autograph.experimental.Feature.ALL,
        jit_compile=jit_compile)  # enable XLA compilation (when True)
    def train_step(inputs, targets):
        # Training logic
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(tf.matmul(inputs, w) - targets))
        w.assign_sub(0.1 * tape.gradient(loss, w))  # plain gradient descent
        return loss

    return train_step


steps = {name: make_train_step(w, jit_compile=(name == "xla")) for name, w in weights.items()}
compiler_ir = steps["xla"].experimental_get_compiler_ir(x, y)  # compiles with XLA, does not run
hlo = compiler_ir(stage="hlo")  # as TensorFlow converted the step
optimized_hlo = compiler_ir(stage="optimized_hlo")  # after XLA's optimisations
entry = optimized_hlo[optimized_hlo.index("\nENTRY"):].splitlines()  # the step's own instructions
fusions = [line.split("=")[0].strip() for line in entry if " fusion(" in line]
print(f"fusions before XLA's optimisations: {hlo.count(' fusion(')}, after: {len(fusions)}")
print(" ", ", ".join(fusions))
losses = {name: [float(step(x, y)) for _ in range(5)] for name, step in steps.items()}
for name in losses:
    print(f"{name:>5}: loss", " ".join(f"{loss:.3f}" for loss in losses[name]))
