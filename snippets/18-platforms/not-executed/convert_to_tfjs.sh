# Convert the SavedModel of section 18.2 into a TensorFlow.js graph model.
# tensorflowjs 4.22.0 depends on tensorflow-decision-forests, whose latest release (1.12.0)
# requires tensorflow==2.19.0: give the converter a virtual environment of its own.
python3 -m venv tfjs_env
. tfjs_env/bin/activate
# ydf 0.15: with ydf 0.16 the converter fails ("Detected incompatible Protobuf
# Gencode/Runtime versions": ydf 0.16 needs protobuf 6, TensorFlow 2.19 has 5);
# setuptools < 82: tensorflow-hub imports pkg_resources, which setuptools 82 removed
# (https://setuptools.pypa.io/en/stable/history.html#v82-0-0)
pip install tensorflowjs==4.22.0 ydf==0.15.0 "setuptools<82"
# saved_model/ is the folder that model.export("saved_model") wrote
tensorflowjs_converter --input_format=tf_saved_model --output_format=tfjs_graph_model \
    saved_model ./web_model
# web_model/ now holds model.json and the binary weight files it names
