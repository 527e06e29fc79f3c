# tensorflowjs 4.22 pins TensorFlow 2.19 (through tensorflow-decision-forests),
# so it gets its own virtual environment. ydf 0.16.0, pulled in by default,
# crashed the converter with a protobuf VersionError; 0.15.0 works.
python -m venv tfjs_env
. tfjs_env/bin/activate
pip install tensorflowjs "ydf==0.15.0"

# The input is the SavedModel written by model.export (section 12.2), not a .h5 file.
# Defaults: --saved_model_tags=serve --signature_name=serving_default
tensorflowjs_converter \
  --input_format=tf_saved_model \
  --output_format=tfjs_graph_model \
  export/my_model/1 ./tfjs_model
# ./tfjs_model now holds model.json and the weight shards (group1-shard*of*.bin)
