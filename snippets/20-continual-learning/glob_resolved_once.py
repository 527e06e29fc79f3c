"""make_csv_dataset lists the files of its pattern once, when it is built (section 20.1).

The dataset was built while only part-000.csv existed. part-001.csv was written
afterwards, and a fresh pass over the same dataset still reads only the first
file's 100 rows:

>>> rows_old_dataset
100

A dataset built again after the second file appeared reads both files:

>>> rows_rebuilt_dataset
200

While no file matches the pattern yet, building the dataset fails at once:

>>> with tempfile.TemporaryDirectory() as empty:
...     try:
...         tf.data.experimental.make_csv_dataset(str(pathlib.Path(empty) / "*.csv"), batch_size=32)
...     except ValueError as error:
...         print(str(error).startswith("No files match `file_pattern`"))
True
"""

import pathlib
import tempfile

import numpy as np
import tensorflow as tf


def write_csv(path, n_rows):
    rows = np.random.default_rng(0).normal(size=(n_rows, 2))
    np.savetxt(path, rows, delimiter=",", header="x,label", comments="", fmt="%.4f")


def count_rows(dataset):
    return sum(int(tf.shape(label)[0]) for _, label in dataset)


with tempfile.TemporaryDirectory() as tmp:
    pattern = str(pathlib.Path(tmp) / "*.csv")
    write_csv(pathlib.Path(tmp) / "part-000.csv", 100)
    dataset = tf.data.experimental.make_csv_dataset(
        pattern, batch_size=32, label_name="label", num_epochs=1, shuffle=False)

    write_csv(pathlib.Path(tmp) / "part-001.csv", 100)  # new data arrives
    rows_old_dataset = count_rows(dataset)  # iterating again does not look again
    rebuilt = tf.data.experimental.make_csv_dataset(
        pattern, batch_size=32, label_name="label", num_epochs=1, shuffle=False)
    rows_rebuilt_dataset = count_rows(rebuilt)

print("rows read by the dataset built before part-001.csv existed:", rows_old_dataset)
print("rows read by a dataset built after it appeared:", rows_rebuilt_dataset)
