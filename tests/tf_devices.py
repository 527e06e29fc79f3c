"""pytest plugin: give TensorFlow two logical CPU devices before any snippet runs.

Section 8.2 runs MirroredStrategy on two logical CPUs. TensorFlow fixes its
devices at its first operation, and pytest runs every snippet in one process,
so the split must come first, as the page's first cell does in its kernel.
(A snippet that repeats the same split later is a no-op.)
"""


def pytest_configure(config):
    if getattr(config, "workerinput", None) is None and config.getoption("numprocesses", None):
        return  # pytest-xdist's controller runs no snippet: its workers split their own CPU
    import tensorflow as tf

    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()])
