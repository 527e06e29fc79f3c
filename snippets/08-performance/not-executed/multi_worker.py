"""MultiWorkerMirroredStrategy with two worker processes on this machine (section 8.2).

Each worker is a separate Python process that learns its role from TF_CONFIG.
Keras 3's model.fit does not work with this strategy (keras-team/keras#20585),
so the workers train with a custom loop.
On a real cluster the "worker" list holds the other machines' host:port
addresses, and every machine runs the same worker script.
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

WORKER = textwrap.dedent("""
    import keras
    import numpy as np
    import tensorflow as tf

    # Reads TF_CONFIG; create it before any other TensorFlow operation
    strategy = tf.distribute.MultiWorkerMirroredStrategy()
    tf.keras.utils.set_random_seed(0)
    x = np.random.normal(size=(512, 2)).astype("float32")
    y = x @ np.array([[3.0], [-2.0]], dtype="float32") + 1
    GLOBAL_BATCH = 64  # split between the workers: 32 samples each per step
    options = tf.data.Options()  # shard by data: arrays have no files to split by
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).repeat().batch(GLOBAL_BATCH)
    batches = iter(strategy.experimental_distribute_dataset(dataset.with_options(options)))

    with strategy.scope():
        model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
        optimizer = keras.optimizers.Adam(learning_rate=0.1)

    def step(features, labels):
        with tf.GradientTape() as tape:
            # divide by the GLOBAL batch: the workers' gradients are summed
            loss = tf.reduce_sum(tf.square(model(features) - labels)) / GLOBAL_BATCH
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    @tf.function
    def train_step(iterator):
        losses = strategy.run(step, args=next(iterator))
        return strategy.reduce("SUM", losses, axis=None)

    for _ in range(100):
        loss = train_step(batches)
    task = strategy.cluster_resolver.task_id
    print(f"worker {task}: {strategy.num_replicas_in_sync} replicas, loss {float(loss):.2g}, "
          f"kernel {model.layers[0].kernel.numpy().ravel().round(3)}")
""")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))  # port 0: the system picks a free port
        return sock.getsockname()[1]


workers = [f"127.0.0.1:{free_port()}" for _ in range(2)]
with tempfile.TemporaryDirectory() as tmp:
    script = Path(tmp) / "worker.py"
    script.write_text(WORKER)
    processes = []
    for index in range(len(workers)):
        tf_config = {"cluster": {"worker": workers}, "task": {"type": "worker", "index": index}}
        env = {**os.environ, "TF_CONFIG": json.dumps(tf_config)}
        processes.append(subprocess.Popen([sys.executable, str(script)], env=env,
                                          stdout=subprocess.PIPE, text=True))
    for process in processes:
        output, _ = process.communicate(timeout=300)
        print(output.strip())
        assert process.returncode == 0
