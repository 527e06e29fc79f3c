# Convert the SavedModel of section 18.2 into a TensorFlow.js graph model.
# tensorflowjs 4.22.0 pins TensorFlow 2.19, so give it a virtual environment of its own.
python3 -m venv tfjs_env
. tfjs_env/bin/activate
pip install tensorflowjs "ydf==0.15.0"  # ydf 0.16.0 made the converter crash on import
# saved_model/ is the folder that model.export("saved_model") wrote
tensorflowjs_converter --input_format=tf_saved_model --output_format=tfjs_graph_model \
    saved_model ./web_model
# web_model/ now holds model.json and the binary weight files it names
