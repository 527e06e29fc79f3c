# Needs TensorFlow 2.17 or older with TensorRT on an NVIDIA GPU: TensorFlow
# 2.18 and later have no TensorRT support, and the converter raises RuntimeError.
import tensorflow as tf

# "exported_model" is the SavedModel written by model.export (section 12)
converter = tf.experimental.tensorrt.Converter(
    input_saved_model_dir="exported_model",
    precision_mode="FP16",  # let TensorRT run supported ops in float16
)
converter.convert()                 # replace supported subgraphs by TensorRT engines
converter.save("exported_model_trt")  # a SavedModel with TensorRT ops: TF Serving 2.17 or older
