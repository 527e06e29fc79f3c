# Needs `pip install tf-keras-vis`, which is not installed in this site's build.
# model: a trained Keras classifier; X: a batch of images (batch, height, width, channels);
# labels: the class to explain for each image.
from tf_keras_vis.saliency import Saliency  # not `from tf_keras_vis import Saliency`
from tf_keras_vis.utils.scores import CategoricalScore

score = CategoricalScore(list(labels))  # the output to explain: each image's own class
saliency = Saliency(model)
saliency_map = saliency(score, X)  # (batch, height, width)
