"""Debugger V2: dump every tensor's health to disk, then find the op that made an inf (section 13.2).

The dump is a set of tfdbg_events files, one per kind of record, none empty:

>>> sorted(name.rsplit(".", 1)[-1] for name in dump_files)
['execution', 'graph_execution_traces', 'graphs', 'metadata', 'source_files', 'stack_frames']
>>> all(size > 0 for size in dump_files.values())
True

One eager execution (the tf.function call) and one trace per op inside it; the
first op with an infinite output is the division, not the logarithm after it:

>>> num_executions, [(trace.op_type, counts) for trace, counts in health]
(1, [('RealDiv', (0, 1, 0)), ('Log', (1, 1, 0))])
>>> first_bad.op_type, first_bad.op_name
('RealDiv', 'truediv')

Dumping is switched off again afterwards: a second call, made after
disable_dump_debug_info(), added no execution to the dump:

>>> num_executions_after_second_call
1
"""

import os
import shutil
import tempfile

import tensorflow as tf
from tensorflow.python.debug.lib.debug_events_reader import DebugDataReader

logdir = tempfile.mkdtemp()  # the original writes to '/tmp/tfdbg_logdir'
tf.debugging.experimental.enable_dump_debug_info(
    logdir,
    tensor_debug_mode='FULL_HEALTH',
    circular_buffer_size=-1)


@tf.function
def log_ratio(a, b):
    return tf.math.log(a / b)


# Quieten TensorFlow's log while dumping: in a notebook it warns for every cell
# that has no source file to snapshot
tf_logger = tf.get_logger()
previous_level = tf_logger.level
tf_logger.setLevel("ERROR")
try:
    result = log_ratio(tf.constant([1.0, 2.0, 0.0]), tf.constant([1.0, 0.0, 2.0]))
finally:  # stop dumping, so that later code runs normally
    tf.debugging.experimental.disable_dump_debug_info()
    tf_logger.setLevel(previous_level)
log_ratio(tf.constant([1.0]), tf.constant([1.0]))  # not recorded any more
print("result:", result.numpy())
dump_files = {name: os.path.getsize(os.path.join(logdir, name)) for name in os.listdir(logdir)}
print("files written: tfdbg_events.<time>.<host>." + ", .".join(
    sorted(name.rsplit(".", 1)[-1] for name in dump_files)))

# Read the dump back with the reader TensorBoard's Debugger V2 uses (TensorFlow's own)
with DebugDataReader(logdir) as reader:
    reader.update()
    num_executions = num_executions_after_second_call = reader.num_executions()
    print("eager executions recorded:", num_executions)
    health = []
    for trace in reader.graph_execution_traces():
        # FULL_HEALTH: [tensor id, device, dtype, rank, size, -inf, +inf, NaN, ...]
        counts = tuple(int(n) for n in trace.debug_tensor_value[5:8])
        health.append((trace, counts))
        print(f"{trace.op_type:8} {trace.op_name:10} -inf: {counts[0]}  +inf: {counts[1]}"
              f"  NaN: {counts[2]}")
first_bad = next(trace for trace, counts in health if any(counts))
print("first op with a bad output:", first_bad.op_type, first_bad.op_name)
shutil.rmtree(logdir)  # remove the temporary dump
