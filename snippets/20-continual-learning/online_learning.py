"""An online-learning loop that picks up new CSV files and saves the model (section 20.1).

A new file arrives before each round, and each round trains on the files that
appeared since the previous one, each file exactly once:

>>> rounds_seen
[['part-000.csv'], ['part-001.csv'], ['part-002.csv']]

The error on held-out data falls after every round, to less than a third of
what it was after the first:

>>> all(later < earlier for earlier, later in zip(holdout_mse, holdout_mse[1:]))
True
>>> holdout_mse[-1] < holdout_mse[0] / 3
True

The saved model reloads and predicts exactly what the trained model predicts:

>>> saved_file_existed, bool(np.array_equal(reloaded_predictions, final_predictions))
(True, True)
"""

import pathlib
import tempfile
import time

import keras
import numpy as np
import tensorflow as tf

COLUMNS = ["x0", "x1", "x2", "x3"]


def online_learning(model, data_dir, save_path, rounds=None, save_interval=3600,
                    wait=lambda: time.sleep(60), on_round=lambda files: None):
    """Train on every CSV file that appears in data_dir; save every save_interval seconds."""
    seen = set()
    last_save = time.monotonic()  # a clock that never jumps back, unlike time.time()
    round_number = 0
    # Continuous training loop
    while rounds is None or round_number < rounds:
        round_number += 1
        new_files = sorted(set(map(str, pathlib.Path(data_dir).glob("*.csv"))) - seen)
        if new_files:  # with no file at all, make_csv_dataset would raise ValueError
            # Create the dataset of the new files, again each round: it lists its files
            # only when it is built
            dataset = tf.data.experimental.make_csv_dataset(
                new_files, batch_size=32, label_name="label", num_epochs=1,
                shuffle=True, shuffle_seed=round_number)
            for features, label in dataset:
                x = tf.stack([features[name] for name in COLUMNS], axis=1)
                model.train_on_batch(x, label)
            seen.update(new_files)
        on_round([pathlib.Path(f).name for f in new_files])
        # Save the model periodically
        if time.monotonic() - last_save >= save_interval:
            model.save(save_path)
            last_save = time.monotonic()
        if rounds is None or round_number < rounds:
            wait()  # new files arrive meanwhile


# A demonstration: simulated files arrive in a temporary folder, three rounds
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
true_w = np.array([1.5, -2.0, 0.5, 1.0])
x_holdout = rng.normal(size=(200, 4)).astype("float32")
y_holdout = x_holdout @ true_w + 0.1 * rng.normal(size=200)
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")

with tempfile.TemporaryDirectory() as tmp:
    data_dir = pathlib.Path(tmp) / "new_data"
    data_dir.mkdir()
    save_path = pathlib.Path(tmp) / "current_model.keras"

    def deliver_next_file():  # stands in for the 60 s wait, during which data arrives
        x = rng.normal(size=(256, 4))
        y = x @ true_w + 0.1 * rng.normal(size=256)
        name = data_dir / f"part-{len(list(data_dir.iterdir())):03d}.csv"
        np.savetxt(name, np.column_stack([x, y]), delimiter=",", fmt="%.5f",
                   header=",".join(COLUMNS + ["label"]), comments="")

    rounds_seen, holdout_mse = [], []

    def report(files):
        holdout_mse.append(float(model.evaluate(x_holdout, y_holdout, verbose=0)))
        rounds_seen.append(files)
        print(f"round {len(rounds_seen)}: trained on {files}, held-out MSE {holdout_mse[-1]:.3f}")

    deliver_next_file()  # part-000.csv is there before the first round
    # The demo: 3 rounds, and a save after every round (save_interval=0)
    online_learning(model, data_dir, save_path, rounds=3, save_interval=0,
                    wait=deliver_next_file, on_round=report)
    saved_file_existed = save_path.exists()
    final_predictions = model.predict(x_holdout, verbose=0)
    reloaded_predictions = keras.models.load_model(save_path).predict(x_holdout, verbose=0)
    print("saved:", save_path.name, "| reloaded predictions identical:",
          bool(np.array_equal(reloaded_predictions, final_predictions)))

# In production the same function runs forever, polls every minute, saves hourly:
# online_learning(model, "new_data", "current_model.keras")
