# Needs Docker (a running daemon) and access to Docker Hub.
docker pull tensorflow/serving
