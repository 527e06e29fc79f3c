"""keras.utils.FeatureSpace, the replacement for tf.feature_column (section 9).

Each row becomes 16 numbers: 4 one-hot city slots (3 cities and one for unseen
values), the normalised income, 3 plan slots and 8 slots of the hashed
city x plan cross, concatenated in that order:

>>> tuple(encoded.shape), {name: int(part.shape[1]) for name, part in parts.items()}
((200, 16), {'city': 4, 'income': 1, 'plan': 3, 'city_X_plan': 8})
>>> bool(np.allclose(encoded, tf.concat(list(parts.values()), axis=1)))
True

The income is standardised with the mean and variance that adapt() computed:

>>> income = parts["income"].numpy()
>>> abs(float(income.mean())) < 1e-3, abs(float(income.std()) - 1.0) < 1e-3
(True, True)

Every other feature holds exactly one 1 per row (one-hot):

>>> [bool(tf.reduce_all(tf.reduce_sum(parts[name], axis=1) == 1))
...  for name in ["city", "plan", "city_X_plan"]]
[True, True, True]

A city never seen during adapt() lands in the out-of-vocabulary slot:

>>> unseen["city"].numpy().tolist()
[[1.0, 0.0, 0.0, 0.0]]
"""

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(9)
rng = np.random.default_rng(9)
n = 200
table = {  # a tiny generated table: one numeric and two string columns
    "income": rng.normal(5000, 1500, n).astype("float32"),
    "city": rng.choice(["Beijing", "Shanghai", "Shenzhen"], n),
    "plan": rng.choice(["basic", "pro"], n),
}
dataset = tf.data.Dataset.from_tensor_slices(table).batch(32)

feature_space = keras.utils.FeatureSpace(
    features={
        "income": keras.utils.FeatureSpace.float_normalized(),
        "city": keras.utils.FeatureSpace.string_categorical(),
        "plan": keras.utils.FeatureSpace.string_categorical(),
    },
    crosses=[keras.utils.FeatureSpace.cross(("city", "plan"), crossing_dim=8)],
    output_mode="concat",
)
feature_space.adapt(dataset)  # learns the mean/variance and the vocabularies

encoded = feature_space(table)  # one float32 matrix, ready for a model
print("encoded shape:", tuple(encoded.shape))

# The same encoding, one tensor per feature, to see what each part holds
feature_space.output_mode = "dict"
parts = feature_space(table)
for name, part in parts.items():
    print(f"{name:>11} ({part.shape[1]} wide), first row {np.round(part[0].numpy(), 2)}")
unseen = feature_space({"income": [4000.0], "city": ["Hangzhou"], "plan": ["pro"]})
print("unknown city 'Hangzhou' ->", unseen["city"].numpy())
