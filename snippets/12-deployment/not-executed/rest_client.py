# Needs the TF Serving container of serve.sh running on this machine,
# and `pip install requests`.
import numpy as np
import requests
from sklearn.datasets import load_digits

images, labels = load_digits(return_X_y=True)
x_test = (images[:5] / 16).astype("float32")  # rows of 64 pixels, as the model was trained

data = {"instances": x_test.tolist()}  # one list of 64 numbers per image
response = requests.post("http://localhost:8501/v1/models/model:predict", json=data)
response.raise_for_status()
predictions = response.json()["predictions"]  # one list of 10 probabilities per image
print("predicted digits:", np.argmax(predictions, axis=1))
