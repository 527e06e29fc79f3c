"""The original's training step, as written (section 17.3).

`experimental_compile=True` still works: it switches on XLA compilation, since
only such a function has XLA's compiler IR. The call returns nothing:

>>> result is None, hlo.startswith("HloModule")
(True, True)

and the documentation of `tf.function` marks the argument as deprecated:

>>> "experimental_compile is deprecated, use jit_compile instead" in tf.function.__doc__
True
>>> "experimental_compile: Deprecated alias to 'jit_compile'." in tf.function.__doc__
True

TensorFlow logs a warning through its logger (not Python's warnings module),
so the snippet records what is logged: AutoGraph cannot convert a body that is
only `...`, and runs the function unconverted:

>>> [("AutoGraph could not transform" in m, "will run it as-is" in m) for m in messages]
[(True, True)]

(The cause it gives depends on the Python version: "expected an indented block"
on Python 3.11, a complaint about the syntax tree's `Constant` node on 3.13.)
"""

import logging.handlers
import re

import tensorflow as tf

# Route TensorFlow's log into a buffer for a moment, instead of stderr
tf_logger = tf.get_logger()
buffer = logging.handlers.BufferingHandler(capacity=100)
stderr_handlers, tf_logger.handlers = tf_logger.handlers, [buffer]
level = tf_logger.level
tf_logger.setLevel(logging.WARNING)  # warnings are logged, whatever the level was
try:
    @tf.function(
        experimental_autograph_options=tf.autograph.experimental.Feature.ALL,
        experimental_compile=True)  # enable XLA compilation
    def train_step(inputs):
        # Training logic
        ...

    result = train_step(tf.constant([1.0]))  # a call, which the original does not make
finally:
    tf_logger.handlers = stderr_handlers
    tf_logger.setLevel(level)

messages = [r.getMessage() for r in buffer.buffer if "AutoGraph" in r.getMessage()]
# The message without the function's address and the name of AutoGraph's generated file
lines = messages[0].splitlines()
print("WARNING:", re.sub(r" at 0x[0-9a-f]+", "", lines[0]))
print(next(line for line in lines if line.startswith("Cause:")).split(" (")[0])
print("result:", result)
hlo = train_step.experimental_get_compiler_ir(tf.constant([1.0]))(stage="hlo")  # jit_compile only
print(hlo.splitlines()[0].split(",")[0])
