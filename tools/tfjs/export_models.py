"""Export the models of sections 12 and 18 for the TensorFlow.js check (`nox -s tfjs`).

    python tools/tfjs/export_models.py OUT

Runs each page's export snippet as it stands, takes the trained `model` it
built, and saves, in OUT/<page>/: the SavedModel (`model.export`, the
snippet's own call), the input rows the page's JavaScript passes, and what
Keras predicts for them.
"""

import json
import os
import runpy
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
# page: (export snippet, name of its input rows, the page's JavaScript, its function)
PAGES = {
    "12-deployment": ("export_for_serving.py", "x_test", "load_graph_model.js", "predictDigits"),
    "18-platforms": ("export_saved_model.py", "first_image", "load_model.js", "loadModel"),
}


def main(out: Path) -> None:
    for page, (snippet, rows_name, script, function) in PAGES.items():
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)  # the snippet writes only into temporary folders, as always
            names = runpy.run_path(str(ROOT / "snippets" / page / snippet), run_name="__main__")
        rows = np.array(names[rows_name], dtype="float32").reshape(-1, 64)
        model, folder = names["model"], out / page
        folder.mkdir(parents=True, exist_ok=True)
        model.export(str(folder / "saved_model"), verbose=False)
        (folder / "check.json").write_text(json.dumps({
            "rows": rows.tolist(),
            "keras": model.predict(rows, verbose=0).tolist(),
            "script": str(ROOT / "snippets" / page / "not-executed" / script),
            "function": function,
        }))


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
