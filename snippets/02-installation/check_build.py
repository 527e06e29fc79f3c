"""Ask the installed wheel what it was built for, and run one computation (section 2.3).

This build uses the CPU-only wheel, so it has no CUDA support compiled in:

>>> build["is_cuda_build"], "cuda_version" in build
(False, False)

The computation ran, on the CPU, and summed a million standard normal numbers
(a sum whose standard deviation is 1000):

>>> device.endswith("CPU:0"), abs(float(total)) < 5000
(True, True)

The versions the page lists for a GPU are what the package's `and-cuda` extra
asks for:

>>> from importlib.metadata import packages_distributions, requires
>>> [r.split(";")[0] for r in requires(packages_distributions()["tensorflow"][0])
...  if r.startswith(("nvidia-cuda-runtime-cu12", "nvidia-cudnn-cu12"))]
['nvidia-cuda-runtime-cu12<13.0,>=12.5.82', 'nvidia-cudnn-cu12<10.0,>=9.3.0.75']
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
