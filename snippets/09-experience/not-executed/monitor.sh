# Needs an NVIDIA GPU and its driver, which installs nvidia-smi.
# GPU load and memory, one CSV line every 5 seconds (Ctrl+C stops it);
# plain `nvidia-smi` prints one snapshot.
nvidia-smi --query-gpu=utilization.gpu,memory.used,memory.total --format=csv -l 5

# CPU and memory use per process, interactive (q quits).
htop
