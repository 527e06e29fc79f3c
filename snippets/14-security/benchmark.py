"""Benchmark a model's forward pass with tf.test.Benchmark (section 14.2).

The benchmark wrote one report, with the iteration count, a wall time per
iteration and an extra value of our own (a throughput):

>>> len(entries), entry.name, entry.iters
(1, 'ForwardPassBenchmark.benchmark_forward_pass', 50)
>>> entry.wall_time > 0, entry.extras["images_per_second"].double_value > 0
(True, True)
"""

import os
import pathlib
import tempfile
import time

import keras
import tensorflow as tf
from tensorflow.core.util import test_log_pb2

tf.keras.utils.set_random_seed(0)


class ForwardPassBenchmark(tf.test.Benchmark):
    def benchmark_forward_pass(self, iters=50):
        model = keras.Sequential([keras.Input(shape=(64,)),
                                  keras.layers.Dense(64, activation="relu"),
                                  keras.layers.Dense(10)])
        predict = tf.function(model)
        images = tf.random.uniform([256, 64])
        predict(images)  # warm-up: trace the graph outside the timing
        start = time.perf_counter()
        for _ in range(iters):
            predict(images).numpy()  # .numpy() waits for the result
        wall_time = (time.perf_counter() - start) / iters
        # name defaults to "ClassName.method_name"
        self.report_benchmark(iters=iters, wall_time=wall_time,
                              extras={"images_per_second": 256 / wall_time})


# Without TEST_REPORT_FILE_PREFIX, report_benchmark only prints the entry; with it,
# each report is written to a file (this is how benchmark tooling collects them)
with tempfile.TemporaryDirectory() as tmp:
    os.environ["TEST_REPORT_FILE_PREFIX"] = os.path.join(tmp, "benchmark_")
    try:
        ForwardPassBenchmark().benchmark_forward_pass()
    finally:
        del os.environ["TEST_REPORT_FILE_PREFIX"]
    entries = [test_log_pb2.BenchmarkEntries.FromString(path.read_bytes()).entry[0]
               for path in pathlib.Path(tmp).iterdir()]

entry = entries[0]
print(f"{entry.name}: {entry.iters} iterations, "
      f"{entry.wall_time * 1e6:.0f} microseconds per batch of 256 images, "
      f"{entry.extras['images_per_second'].double_value:,.0f} images/s")
