"""TensorRT is not part of this build's TensorFlow 2.21 (section 16, deployment).

The wheel this site was built with has no TensorRT support compiled in:

>>> build["is_tensorrt_build"]
False

so TF-TRT refuses to create a converter:

>>> error_type, "not been built with TensorRT" in error_message
('RuntimeError', True)
"""

import tempfile

import tensorflow as tf

build = tf.sysconfig.get_build_info()
print("built with TensorRT:", build["is_tensorrt_build"])

with tempfile.TemporaryDirectory() as saved_model_dir:
    try:
        tf.experimental.tensorrt.Converter(input_saved_model_dir=saved_model_dir)
    except RuntimeError as error:
        error_type, error_message = type(error).__name__, str(error)
        print(f"TF-TRT converter: {error_type}: {error_message}")
