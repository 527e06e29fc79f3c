# Needs network access and `pip install tensorflow_hub` (which also installs tf_keras).
import keras
import tensorflow_hub as hub

url = "https://tfhub.dev/google/imagenet/mobilenet_v2_100_224/feature_vector/4"

# The original's line: hub.KerasLayer is a Keras 2 (tf_keras) layer.
# It runs on its own, but keras.Sequential([hub.KerasLayer(url), ...]) fails in
# Keras 3: "Only instances of keras.Layer can be added to a Sequential model".
# To keep it, build the whole model with tf_keras instead of keras:
import tf_keras

legacy_model = tf_keras.Sequential([
    hub.KerasLayer(url, input_shape=(224, 224, 3), trainable=False),
    tf_keras.layers.Dense(5),
])

# Keras 3, first route: the same architecture from keras.applications, with the
# ImageNet weights Keras downloads; pooling="avg" gives one feature vector per image.
# It expects pixels scaled by keras.applications.mobilenet_v2.preprocess_input.
backbone = keras.applications.MobileNetV2(
    input_shape=(224, 224, 3), include_top=False, pooling="avg", weights="imagenet")
backbone.trainable = False
inputs = keras.Input(shape=(224, 224, 3))
outputs = keras.layers.Dense(5, activation="softmax")(backbone(inputs))
applications_model = keras.Model(inputs, outputs)

# Keras 3, second route: download the SavedModel (tfhub.dev handles redirect to Kaggle Models;
# kagglehub.model_download(...) with a Kaggle handle works as well), then wrap it.
saved_model_dir = hub.resolve(url)  # a local directory, cached for later runs
# If the endpoint name differs, list them: saved_model_cli show --dir <dir> --all
feature_extractor = keras.layers.TFSMLayer(
    saved_model_dir, call_endpoint="serving_default", trainable=False)

inputs = keras.Input(shape=(224, 224, 3))  # images scaled to [0, 1]
results = feature_extractor(inputs)  # a signature returns a dict {output name: tensor}
features = next(iter(results.values()))  # this model has one output, the feature vector
outputs = keras.layers.Dense(5, activation="softmax")(features)
model = keras.Model(inputs, outputs)
