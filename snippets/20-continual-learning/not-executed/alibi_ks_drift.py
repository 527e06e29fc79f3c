# Needs `pip install alibi-detect` (0.13.0), which requires NumPy < 2, so it is not
# installed in this site's build. X_train is the reference data, X_new a batch of new data.
from alibi_detect.cd import KSDrift  # there is no ConceptDrift (or AdversarialDebiasing)

cd = KSDrift(X_train, p_val=0.05)  # one KS test per feature, Bonferroni-corrected
preds = cd.predict(X_new)
if preds["data"]["is_drift"]:
    print("Drift detected: retrain the model")

# A multivariate test with the TensorFlow backend (also needs tensorflow-probability):
# from alibi_detect.cd import MMDDrift
# cd = MMDDrift(X_train, backend="tensorflow", p_val=0.05)
