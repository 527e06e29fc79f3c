# Needs `pip install tfx`, which cannot be installed on Linux x86_64 with Python 3.11 today
# (ml-metadata and tensorflow-data-validation 1.21 publish no wheels for it).
# This is one component of a TFX pipeline; `trainer` is the pipeline's tfx.components.Trainer.
from tfx import v1 as tfx

pusher = tfx.components.Pusher(
    model=trainer.outputs["model"],
    push_destination=tfx.proto.PushDestination(
        filesystem=tfx.proto.PushDestination.Filesystem(
            base_directory="/serving_model")))
# Each push writes the model into a new numbered folder under /serving_model
# (the version is the Unix time of the push), where TF Serving finds it.
