"""ParameterServerStrategy on a cluster of local processes (section 17.2).

One parameter server (ps) and two workers run as servers on free ports of
127.0.0.1; a coordinator process creates the variables on the ps and schedules
training steps on the workers. Each process finds the cluster, and its own
role in it, in its TF_CONFIG environment variable.

The partitioner splits the 512 KiB weight matrix into two shards, both held by
the one parameter server:

>>> report["variable"], [(shape, device.split("/device")[0]) for shape, device in report["shards"]]
('ShardedVariable', [([512, 128], '/job:ps/replica:0/task:0'), ([512, 128], '/job:ps/replica:0/task:0')])

The coordinator scheduled twenty steps on the workers, and all of them
completed, each on one of the two workers (which one takes a step is up to
the coordinator: whichever is free):

>>> report["done"], len(report["losses"]), set(report["workers"]) <= {0, 1}
(True, 20, True)

and the loss fell:

>>> report["losses"][-1] < report["losses"][0] / 2
True
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

SERVER = textwrap.dedent("""
    import tensorflow as tf

    # A worker or a parameter server: serve the cluster until stopped
    resolver = tf.distribute.cluster_resolver.TFConfigClusterResolver()
    tf.distribute.Server(resolver.cluster_spec(), job_name=resolver.task_type,
                         task_index=resolver.task_id, protocol="grpc").join()
""")
COORDINATOR = textwrap.dedent("""
    import json
    import tensorflow as tf

    strategy = tf.distribute.ParameterServerStrategy(
        tf.distribute.cluster_resolver.TFConfigClusterResolver(),
        variable_partitioner=tf.distribute.experimental.partitioners.MinSizePartitioner(
            min_shard_bytes=256 << 10, max_shards=2))  # variables over 256 KiB: 2 shards
    coordinator = tf.distribute.coordinator.ClusterCoordinator(strategy)

    with strategy.scope():
        weights = tf.Variable(tf.zeros([1024, 128]))  # 512 KiB of float32

    def dataset_fn(context):  # each worker builds its own copy of the input pipeline
        x = tf.random.stateless_normal([512, 1024], seed=[1, 2])
        worker = tf.fill([512], context.input_pipeline_id)  # which worker read the batch
        return tf.data.Dataset.from_tensor_slices((x, x[:, :128], worker)).batch(64).repeat()

    def per_worker_dataset_fn():  # the context tells each worker its index
        return strategy.distribute_datasets_from_function(dataset_fn)

    iterator = iter(coordinator.create_per_worker_dataset(per_worker_dataset_fn))

    @tf.function
    def train_step(iterator):
        x, y, worker = next(iterator)
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(tf.matmul(x, tf.concat(weights.variables, 0)) - y))
        for shard, grad in zip(weights.variables, tape.gradient(loss, weights.variables)):
            shard.assign_sub(1.0 * grad)  # each shard is updated where it lives, on the ps
        return loss, worker[0]

    results = [coordinator.schedule(train_step, args=(iterator,)) for _ in range(20)]
    coordinator.join()  # wait until the workers have run every scheduled step
    steps = [r.fetch() for r in results]
    print(json.dumps({
        "variable": type(weights).__name__,
        "shards": [[shard.shape.as_list(), shard.device] for shard in weights.variables],
        "done": coordinator.done(),  # every scheduled step has run
        "losses": [float(loss) for loss, _ in steps],
        "workers": [int(worker) for _, worker in steps],
    }))
""")
TIMEOUT = 60  # seconds for the coordinator; a cluster task that died would make it wait


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))  # port 0: the system picks a free port
        return sock.getsockname()[1]


def start(script, cluster, role, index):
    tf_config = {"cluster": cluster, "task": {"type": role, "index": index}}
    # Not TF_NUM_INTEROP_THREADS=1, if set: with a single inter-op thread the
    # cluster deadlocks (its steps never complete).
    env = {name: value for name, value in os.environ.items() if name != "TF_NUM_INTEROP_THREADS"}
    env.update(TF_CONFIG=json.dumps(tf_config), TF_CPP_MIN_LOG_LEVEL="3")
    return subprocess.Popen([sys.executable, str(script)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run_cluster(folder):
    """Start the ps and the workers, then the coordinator; return what it printed."""
    cluster = {role: [f"127.0.0.1:{free_port()}" for _ in range(count)]
               for role, count in [("chief", 1), ("worker", 2), ("ps", 1)]}
    (folder / "server.py").write_text(SERVER)
    (folder / "coordinator.py").write_text(COORDINATOR)
    servers = [start(folder / "server.py", cluster, role, index)
               for role in ["ps", "worker"] for index in range(len(cluster[role]))]
    try:
        coordinator = start(folder / "coordinator.py", cluster, "chief", 0)
        try:
            output, errors = coordinator.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            coordinator.kill()
            coordinator.communicate()
            raise RuntimeError(f"the coordinator did not finish within {TIMEOUT} s") from None
        dead = sum(server.poll() is not None for server in servers)
        if coordinator.returncode or dead:
            raise RuntimeError(f"the cluster failed (coordinator exit code "
                               f"{coordinator.returncode}, servers that died: {dead}):\n"
                               + errors[-2000:])
        return json.loads(output.splitlines()[-1])
    finally:
        for server in servers:  # servers run until stopped: stop them, whatever happened
            server.kill()
            server.communicate()  # reaps the process and closes its pipes


with tempfile.TemporaryDirectory() as tmp:
    report = run_cluster(Path(tmp))

print(report["variable"], "with shards on:")
for shape, device in report["shards"]:
    print(" ", shape, device)
print(f"steps completed: {len(report['losses'])} of 20 scheduled")
first, last = report["losses"][0], report["losses"][-1]  # the steps interleave: last varies
print(f"loss: {first:.3f} at the first step, {'below' if last < first / 2 else 'above'} "
      "half of that at the last")
