# Needs `pip install tfx` (1.21), which requires absl-py < 2 and protobuf < 7 and is not
# installed in this site's build.
# This is one component of a TFX pipeline; `trainer` is the pipeline's tfx.components.Trainer.
from tfx import v1 as tfx

pusher = tfx.components.Pusher(
    model=trainer.outputs["model"],
    push_destination=tfx.proto.PushDestination(
        filesystem=tfx.proto.PushDestination.Filesystem(
            base_directory="/serving_model")))
# Each push writes the model into a new numbered folder under /serving_model
# (the version is the Unix time of the push), where TF Serving finds it.
