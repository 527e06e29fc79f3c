# Needs a TensorFlow build with TensorRT (for example NVIDIA's TensorFlow
# container on an NVIDIA GPU); the pip wheel raises RuntimeError here.
import tensorflow as tf

# "exported_model" is the SavedModel written by model.export (section 12)
converter = tf.experimental.tensorrt.Converter(
    input_saved_model_dir="exported_model",
    precision_mode="FP16",  # let TensorRT run supported ops in float16
)
converter.convert()                 # replace supported subgraphs by TensorRT engines
converter.save("exported_model_trt")  # a SavedModel again: serve it like any other
