"""MultiWorkerMirroredStrategy with two worker processes on this machine (section 8.2).

Two processes, each with its own TF_CONFIG, form one cluster and train one
model together: every step, each worker computes gradients on its half of the
global batch, and the strategy sums them across the workers.

>>> [report["task"] for report in reports], [report["replicas"] for report in reports]
([0, 1], [2, 2])

Both workers end with the same weights, to the last bit, close to the true
y = 3a - 2b + 1:

>>> first, second = reports
>>> first["weights"] == second["weights"]
True
>>> np.allclose(first["weights"], [3.0, -2.0, 1.0], atol=0.05)
True

The loss falls by orders of magnitude:

>>> first["losses"][-1] < first["losses"][0] / 100
True

Each worker saw its own half of every global batch: in the first pass over the
512 samples, 256 each, none twice, none seen by both:

>>> seen = [set(report["first_pass"]) for report in reports]
>>> [len(report["first_pass"]) for report in reports], [len(s) for s in seen]
([256, 256], [256, 256])
>>> seen[0].isdisjoint(seen[1]), seen[0] | seen[1] == set(range(512))
(True, True)
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import numpy as np

WORKER = textwrap.dedent("""
    import json
    import keras
    import numpy as np
    import tensorflow as tf

    # Reads TF_CONFIG; create it before any other TensorFlow operation
    strategy = tf.distribute.MultiWorkerMirroredStrategy()
    tf.keras.utils.set_random_seed(0)  # the same data and initial weights on both workers
    x = np.random.normal(size=(512, 2)).astype("float32")
    y = x @ np.array([[3.0], [-2.0]], dtype="float32") + 1
    index = np.arange(512)  # which sample is which, to see how the data is split
    GLOBAL_BATCH = 64  # split between the workers: 32 samples each per step
    options = tf.data.Options()  # shard by data: arrays have no files to split by
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    dataset = tf.data.Dataset.from_tensor_slices((x, y, index)).repeat().batch(GLOBAL_BATCH)
    batches = iter(strategy.experimental_distribute_dataset(dataset.with_options(options)))

    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
        optimizer = keras.optimizers.Adam(learning_rate=0.1)

    def step(features, labels, index):
        with tf.GradientTape() as tape:
            # divide by the GLOBAL batch: the workers' gradients are summed
            loss = tf.reduce_sum(tf.square(model(features) - labels)) / GLOBAL_BATCH
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss, index

    @tf.function
    def train_step(iterator):
        loss, index = strategy.run(step, args=next(iterator))
        return strategy.reduce("SUM", loss, axis=None), index

    losses, first_pass = [], []
    for step_number in range(100):
        loss, index = train_step(batches)
        losses.append(float(loss))
        if step_number < 512 // GLOBAL_BATCH:  # the first pass over the data
            first_pass += index.numpy().tolist()
    kernel, bias = model.layers[0].get_weights()
    print(json.dumps({
        "task": strategy.cluster_resolver.task_id,
        "replicas": strategy.num_replicas_in_sync,
        "losses": losses,
        "first_pass": first_pass,
        "weights": [*kernel.ravel().tolist(), *bias.tolist()],
    }))
""")
TIMEOUT = 90  # seconds for the whole cluster; a worker that waits for a dead peer would hang


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))  # port 0: the system picks a free port
        return sock.getsockname()[1]


def run_cluster(script, count=2):
    """Start `count` workers on 127.0.0.1; return what each printed, in task order."""
    workers = [f"127.0.0.1:{free_port()}" for _ in range(count)]
    processes = []
    try:
        for task in range(count):
            tf_config = {"cluster": {"worker": workers}, "task": {"type": "worker", "index": task}}
            env = {**os.environ, "TF_CONFIG": json.dumps(tf_config), "TF_CPP_MIN_LOG_LEVEL": "3"}
            processes.append(subprocess.Popen([sys.executable, str(script)], env=env, text=True,
                                              stdout=subprocess.PIPE, stderr=subprocess.PIPE))
        outputs = []
        for task, process in enumerate(processes):
            try:
                output, errors = process.communicate(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                raise RuntimeError(f"worker {task} did not finish within {TIMEOUT} s") from None
            if process.returncode:
                raise RuntimeError(f"worker {task} failed (exit code {process.returncode}):\n"
                                   + errors[-2000:])
            outputs.append(json.loads(output.splitlines()[-1]))
        return outputs
    finally:
        for process in processes:  # no worker outlives this script, whatever happened
            process.kill()
            process.communicate()  # reaps the process and closes its pipes


with tempfile.TemporaryDirectory() as tmp:
    script = Path(tmp) / "worker.py"
    script.write_text(WORKER)
    reports = run_cluster(script)

for report in reports:
    print(f"worker {report['task']}: {report['replicas']} replicas in sync, "
          f"loss {report['losses'][0]:.3g} -> {report['losses'][-1]:.2g}, "
          f"weights {np.round(report['weights'], 3).tolist()}, "
          f"{len(report['first_pass'])} of the first 512 samples")
