"""ParameterServerStrategy on a cluster started inside this process (section 17.2).

One worker and two parameter servers (ps) listen on free ports of 127.0.0.1.
This process is the coordinator: it creates the variables, which the
partitioner splits across the two ps, and sends training steps to the worker.
In a real cluster each task is a separate process, usually on its own machine,
and finds the cluster in its TF_CONFIG environment variable
(tf.distribute.cluster_resolver.TFConfigClusterResolver).
"""

import socket

import tensorflow as tf


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


cluster = tf.train.ClusterSpec({"worker": [f"127.0.0.1:{free_port()}"],
                                "ps": [f"127.0.0.1:{free_port()}", f"127.0.0.1:{free_port()}"]})
# Start the three tasks as servers in this process (kept alive by the list)
servers = [tf.distribute.Server(cluster, job_name=job, task_index=index, protocol="grpc")
           for job, count in [("worker", 1), ("ps", 2)] for index in range(count)]
resolver = tf.distribute.cluster_resolver.SimpleClusterResolver(cluster, rpc_layer="grpc")

strategy = tf.distribute.ParameterServerStrategy(
    resolver,  # connects this process to the cluster
    variable_partitioner=tf.distribute.experimental.partitioners.MinSizePartitioner(
        min_shard_bytes=256 << 10, max_shards=2))  # variables over 256 KiB: up to 2 shards
coordinator = tf.distribute.coordinator.ClusterCoordinator(strategy)

with strategy.scope():
    weights = tf.Variable(tf.zeros([1024, 128]))  # 512 KiB of float32: two shards
print(type(weights).__name__, "with shards on:")
for shard in weights.variables:
    print(" ", shard.shape, shard.device)


def dataset_fn():  # each worker builds its own copy of the input pipeline
    x = tf.random.stateless_normal([512, 1024], seed=[1, 2])
    return tf.data.Dataset.from_tensor_slices((x, x[:, :128])).batch(64).repeat()


iterator = iter(coordinator.create_per_worker_dataset(dataset_fn))


@tf.function
def train_step(iterator):
    x, y = next(iterator)
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(tf.matmul(x, tf.concat(weights.variables, 0)) - y))
    for shard, grad in zip(weights.variables, tape.gradient(loss, weights.variables)):
        shard.assign_sub(1.0 * grad)  # each shard is updated on its own ps
    return loss


losses = [coordinator.schedule(train_step, args=(iterator,)) for _ in range(20)]
coordinator.join()  # wait until the worker has run every scheduled step
print(f"loss: {losses[0].fetch():.3f} -> {losses[-1].fetch():.3f}")
