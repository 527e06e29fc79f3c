"""The same preprocessing with Keras layers used directly, inside a model (section 9).

Normalization learned the income's mean and standard deviation from the data
(drawn with mean 5000 and standard deviation 1500):

>>> abs(mean - 5000) < 250, abs(std - 1500) < 200
(True, True)

StringLookup learned the three cities, plus index 0 for unknown values:

>>> sorted(vocabulary)
['Beijing', 'Shanghai', 'Shenzhen', '[UNK]']

The preprocessing runs inside the model, which takes raw values. An income at
the mean becomes 0, one a standard deviation above becomes 1, and an unknown
city is one-hot at position 0:

>>> abs(round(float(features[0, 0]), 3)), round(float(features[1, 0]), 3)
(0.0, 1.0)
>>> features[1, 1:].numpy().tolist()
[1.0, 0.0, 0.0, 0.0]
>>> float(features[0, 1 + vocabulary.index("Shanghai")]), float(features.numpy()[0, 1:].sum())
(1.0, 1.0)
>>> tuple(prediction.shape)
(4, 1)
"""

import keras
import numpy as np

keras.utils.set_random_seed(9)
rng = np.random.default_rng(9)
income = rng.normal(5000, 1500, (200, 1)).astype("float32")
city = rng.choice(["Beijing", "Shanghai", "Shenzhen"], (200, 1))

normalize = keras.layers.Normalization()  # replaces numeric_column(normalizer_fn=...)
normalize.adapt(income)
lookup = keras.layers.StringLookup(output_mode="one_hot")  # replaces categorical_column_*
lookup.adapt(city)
mean, std = float(normalize.mean[0, 0]), float(normalize.variance[0, 0]) ** 0.5
vocabulary = [str(word) for word in lookup.get_vocabulary()]
print(f"income: mean {mean:.0f}, standard deviation {std:.0f}; cities: {vocabulary}")

# Preprocessing as the first layers of the model: it takes raw columns
income_in = keras.Input(shape=(1,), name="income")
city_in = keras.Input(shape=(1,), dtype="string", name="city")
x = keras.layers.Concatenate()([normalize(income_in), lookup(city_in)])
preprocess = keras.Model([income_in, city_in], x)
output = keras.layers.Dense(1)(keras.layers.Dense(8, activation="relu")(x))
model = keras.Model([income_in, city_in], output)

raw_income = np.array([[mean], [mean + std]])
raw_city = np.array([["Shanghai"], ["Hangzhou"]])  # Hangzhou is not in the vocabulary
features = preprocess([raw_income, raw_city])
print("income at the mean from Shanghai, one std above from Hangzhou (unknown) ->")
print(features.numpy().round(2))
prediction = model([income[:4], city[:4]])
print("model output for 4 raw rows:", tuple(prediction.shape))
