"""Ask the installed wheel what it was built for, and run one computation (section 2.3).

This build uses the CPU-only wheel, so it has no CUDA support compiled in:

>>> build["is_cuda_build"], "cuda_version" in build
(False, False)

The computation ran, on the CPU, and summed a million standard normal numbers
(a sum whose standard deviation is 1000):

>>> device.endswith("CPU:0"), abs(float(total)) < 5000
(True, True)
"""

import tensorflow as tf

tf.keras.utils.set_random_seed(0)

build = tf.sysconfig.get_build_info()
print("built with CUDA:", build["is_cuda_build"])
print("CUDA / cuDNN it expects:", build.get("cuda_version", "none"), "/",
      build.get("cudnn_version", "none"))

total = tf.reduce_sum(tf.random.normal([1000, 1000]))
device = total.device
print(f"sum of a 1000x1000 random matrix: {float(total):.1f}, computed on {device}")
