"""Watch memory use from TensorFlow and from the operating system (section 14.2).

On TensorFlow 2.21, get_memory_info also counts CPU memory (its docstring says
GPU and TPU only): the 64 MiB tensor shows up exactly in its 'current' count:

>>> round(tf_grown_mib, 1)
64.0

The process's resident memory, read from the operating system, grows by about
as much:

>>> 56 < os_grown_mib < 96
True
"""

import psutil  # pip install psutil
import tensorflow as tf


def resident_mib():
    """Memory of this process held in RAM (resident set size), in MiB."""
    return psutil.Process().memory_info().rss / 2**20


def tf_current_mib(device="CPU:0"):  # "GPU:0" on a GPU
    return tf.config.experimental.get_memory_info(device)["current"] / 2**20


tf_before, os_before = tf_current_mib(), resident_mib()
big = tf.ones([4096, 4096])  # 4096 * 4096 float32 values = 64 MiB
tf_grown_mib = tf_current_mib() - tf_before
os_grown_mib = resident_mib() - os_before
print(f"TensorFlow's count (get_memory_info): +{tf_grown_mib:.1f} MiB")
print(f"process resident memory (psutil):     +{os_grown_mib:.1f} MiB")
print(f"peak since start or last reset:       "
      f"{tf.config.experimental.get_memory_info('CPU:0')['peak'] / 2**20:.1f} MiB")
