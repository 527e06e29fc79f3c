"""Data-drift detection with a Kolmogorov-Smirnov test per feature (section 20.3).

A new batch from the training distribution passes: its smallest p-value is far
above the threshold, and no drift is reported:

>>> clean["p_min"] > 0.05, clean["is_drift"]
(True, False)

A batch whose first feature has moved by half a standard deviation is flagged,
with a p-value below 0.001 for that feature:

>>> drifted["p_min"] < 0.001, drifted["is_drift"], drifted["feature"]
(True, True, 0)

and only the shifted batch makes the check print "Drift detected: retrain the model":

>>> alerts
['shifted feature 0']
"""

import numpy as np
from scipy.stats import ks_2samp


def ks_drift(x_ref, x_new, p_val=0.05):
    """One two-sample KS test per feature, Bonferroni-corrected, as alibi-detect's KSDrift."""
    # method="asymp": the asymptotic p-value, which KSDrift asks for as well
    p_values = np.array([ks_2samp(x_ref[:, j], x_new[:, j], method="asymp").pvalue
                         for j in range(x_ref.shape[1])])
    threshold = p_val / x_ref.shape[1]  # Bonferroni: share p_val out among the features
    return {"is_drift": bool(p_values.min() < threshold), "p_min": float(p_values.min()),
            "feature": int(p_values.argmin())}


rng = np.random.default_rng(0)
X_train = rng.normal(size=(1000, 5))  # the reference data the model was trained on
X_same = rng.normal(size=(500, 5))  # new data, same distribution
X_shifted = rng.normal(size=(500, 5))
X_shifted[:, 0] += 0.5  # new data, one feature's mean has moved

clean = ks_drift(X_train, X_same, p_val=0.05)
drifted = ks_drift(X_train, X_shifted, p_val=0.05)
alerts = []
for name, preds in [("same distribution", clean), ("shifted feature 0", drifted)]:
    print(f"{name}: smallest p-value {preds['p_min']:.2g} (feature {preds['feature']})")
    if preds["is_drift"]:
        alerts.append(name)
        print("Drift detected: retrain the model")
