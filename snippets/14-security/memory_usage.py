"""Watch memory use from TensorFlow and from the operating system (section 14.2).

TensorFlow counts CPU memory only while its oneDNN optimisations are on; then
the 64 MiB tensor shows up exactly in its 'current' count. Where they are off
(TF_ENABLE_ONEDNN_OPTS=0, or a CPU without the features that turn them on by
default), get_memory_info raises ValueError and the snippet reports no count:

>>> from tensorflow.python.util import _pywrap_util_port  # TensorFlow's oneDNN switch
>>> (tf_grown_mib is not None) == _pywrap_util_port.IsMklEnabled()
True
>>> tf_grown_mib in (None, 64.0)
True

The process's resident memory, read from the operating system, grows by about
as much on every machine:

>>> 56 < os_grown_mib < 96
True
"""

import psutil  # pip install psutil
import tensorflow as tf


def resident_mib():
    """Memory of this process held in RAM (resident set size), in MiB."""
    return psutil.Process().memory_info().rss / 2**20


def tf_memory_mib(device="CPU:0", key="current"):  # "GPU:0" on a GPU
    """TensorFlow's count of its memory on a device, or None where it keeps none."""
    try:
        return tf.config.experimental.get_memory_info(device)[key] / 2**20
    except ValueError:  # "Allocator stats not available": a CPU with oneDNN off
        return None


tf_before, os_before = tf_memory_mib(), resident_mib()
big = tf.ones([4096, 4096])  # 4096 * 4096 float32 values = 64 MiB
tf_grown_mib = None if tf_before is None else tf_memory_mib() - tf_before
os_grown_mib = resident_mib() - os_before
if tf_grown_mib is None:
    print("TensorFlow's count (get_memory_info): not kept for this CPU")
else:
    print(f"TensorFlow's count (get_memory_info): +{tf_grown_mib:.1f} MiB")
    print(f"TensorFlow's peak since start:        {tf_memory_mib(key='peak'):.1f} MiB")
print(f"process resident memory (psutil):     +{os_grown_mib:.1f} MiB")
