"""Which GPUs TensorFlow sees, and which CUDA and cuDNN it was built for (section 6.1, problem 1).

This site is built with the CPU-only wheel (tensorflow-cpu) on a machine without
a GPU, so the list is empty and the build expects no CUDA at all:

>>> gpus
[]
>>> tf.test.is_built_with_cuda(), build.get("cuda_version", "none"), build.get("cudnn_version", "none")
(False, 'none', 'none')
"""

import tensorflow as tf

gpus = tf.config.list_physical_devices("GPU")
print("GPUs TensorFlow can see:", gpus)

# The versions this TensorFlow build needs; installed CUDA/cuDNN must match them
build = tf.sysconfig.get_build_info()
print("built with CUDA:", tf.test.is_built_with_cuda())
print("CUDA / cuDNN it expects:", build.get("cuda_version", "none"), "/",
      build.get("cudnn_version", "none"))
