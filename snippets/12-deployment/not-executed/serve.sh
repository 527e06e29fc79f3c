# Needs Docker (a running daemon) and the tensorflow/serving image.
# source= is the folder that holds the numbered version folders written by
# model.export (here /path/to/export/my_model/1/saved_model.pb, ...).
# TF Serving serves the highest version number it finds in it.
docker run -p 8501:8501 \
  --mount type=bind,source=/path/to/export/my_model,target=/models/model \
  -e MODEL_NAME=model -t tensorflow/serving
