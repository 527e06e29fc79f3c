# tensorflowjs 4.22 brings TensorFlow 2.19 (through tensorflow-decision-forests),
# so it gets its own virtual environment.
python -m venv tfjs_env
. tfjs_env/bin/activate
# ydf 0.15: with ydf 0.16 the converter fails ("Detected incompatible Protobuf
# Gencode/Runtime versions": ydf 0.16 needs protobuf 6, TensorFlow 2.19 has 5);
# setuptools < 82: tensorflow-hub imports pkg_resources, which setuptools 82 removed
# (https://setuptools.pypa.io/en/stable/history.html#v82-0-0)
pip install tensorflowjs==4.22.0 ydf==0.15.0 "setuptools<82"

# The original's command. TensorFlow.js 4.22 cannot load the layers model
# it makes from a Keras 3 .h5 file (see the note below).
tensorflowjs_converter --input_format=keras my_model.h5 ./tfjs_model_layers

# What works: the SavedModel written by model.export (section 12.2), as a graph model.
# Defaults: --saved_model_tags=serve --signature_name=serving_default
tensorflowjs_converter \
  --input_format=tf_saved_model \
  --output_format=tfjs_graph_model \
  export/my_model/1 ./tfjs_model
# ./tfjs_model now holds model.json and the weight shards (group1-shard*of*.bin)
