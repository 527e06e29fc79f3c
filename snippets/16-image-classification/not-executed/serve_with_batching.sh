# Needs Docker (a running daemon) and the tensorflow/serving image.
# The image serves /models/$MODEL_NAME: here /path/to/export/my_model/1/...
# Dynamic batching: the server collects requests that arrive within
# batch_timeout_micros and runs them through the model as one batch.
cat > /path/to/export/batching.config <<'CONFIG'
max_batch_size { value: 32 }
batch_timeout_micros { value: 2000 }
max_enqueued_batches { value: 100 }
num_batch_threads { value: 4 }
CONFIG

docker run -p 8501:8501 \
  --mount type=bind,source=/path/to/export,target=/models \
  -e MODEL_NAME=my_model -t tensorflow/serving \
  --enable_batching=true \
  --batching_parameters_file=/models/batching.config
