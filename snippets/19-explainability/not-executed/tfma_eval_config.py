# Needs `pip install tensorflow-model-analysis` (0.52.0), which requires absl-py < 2 and
# pulls in Apache Beam; it is not installed in this site's build.
from tensorflow_model_analysis.proto import config_pb2  # tfma.EvalConfig is not exported

eval_config = config_pb2.EvalConfig(
    model_specs=[config_pb2.ModelSpec(label_key="label")],
    # The original's [...] placeholders must become real messages, for example:
    metrics_specs=[config_pb2.MetricsSpec(metrics=[
        config_pb2.MetricConfig(class_name="ExampleCount"),
        config_pb2.MetricConfig(class_name="BinaryAccuracy"),
    ])],
    slicing_specs=[
        config_pb2.SlicingSpec(),  # the whole data set
        config_pb2.SlicingSpec(feature_keys=["country"]),  # one slice per value of a feature
    ],
)
print(eval_config)
