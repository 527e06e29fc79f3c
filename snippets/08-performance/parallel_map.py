"""A slow map step, run one element at a time and in parallel with prefetch (section 8.1, addition).

Each element sleeps 20 ms, so the sequential pipeline takes at least
40 x 20 ms = 0.8 s:

>>> seconds["sequential"] >= 0.8
True

With eight calls in flight the sleeps overlap, and the pipeline is at least
three times faster (eight times at best; the rest is overhead):

>>> seconds["sequential"] / seconds["parallel"] > 3
True

Parallel mapping keeps the order of the elements by default:

>>> results["parallel"] == results["sequential"] == [i * i for i in range(40)]
True
"""

import time

import tensorflow as tf


def slow_square(x):
    time.sleep(0.02)  # stands in for slow work: reading a file, decoding an image
    return x * x


def tf_slow_square(x):
    return tf.py_function(slow_square, [x], tf.int64)


options = tf.data.Options()
options.threading.private_threadpool_size = 8  # threads for waiting, not for computing
pipelines = {
    "sequential": tf.data.Dataset.range(40).map(tf_slow_square),
    "parallel": tf.data.Dataset.range(40)
    .map(tf_slow_square, num_parallel_calls=8)
    .prefetch(tf.data.AUTOTUNE)
    .with_options(options),
}
list(tf.data.Dataset.range(1).map(tf_slow_square))  # warm up: the first call is slower
seconds, results = {}, {}
for name, dataset in pipelines.items():
    start = time.perf_counter()
    results[name] = [int(value) for value in dataset]
    seconds[name] = time.perf_counter() - start
    print(f"{name:>10}: {seconds[name]:.2f} s for 40 elements")
print(f"speed-up: {seconds['sequential'] / seconds['parallel']:.1f}x")
