# Needs `pip install tf-keras-vis`, which is not installed in this site's build.
# model: a trained Keras CNN classifier; X: a batch of images; labels: their classes.
from tf_keras_vis.gradcam import Gradcam  # not `from tf_keras_vis import Gradcam`
from tf_keras_vis.utils.scores import CategoricalScore

score = CategoricalScore(list(labels))
gradcam = Gradcam(model)
# penultimate_layer=-1 searches backwards from the last layer for the last conv layer;
# the map is enlarged to the input's size and scaled to [0, 1] (expand_cam, normalize_cam)
cam = gradcam(score, X, penultimate_layer=-1)  # (batch, height, width)
