"""Compare what TensorFlow.js predicted with Keras, and record the result (`nox -s tfjs`).

    python tools/tfjs/compare.py OUT RECORD

OUT/<page>/ holds check.json (the rows and Keras' predictions) and tfjs.json
(what the page's JavaScript and model.predict gave in Node). Fails unless every
probability is within TOLERANCE of Keras' and the page's function gives the
same answer; writes the result to RECORD, which the verification page lists.
"""

import json
import sys
from importlib import metadata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
TOLERANCE = 1e-5  # float32 kernels in C++ (TensorFlow) and in JavaScript (tfjs's CPU backend)


def main(out: Path, record: Path) -> int:
    pages, failed = {}, []
    for folder in sorted(p for p in out.iterdir() if p.is_dir()):
        check = json.loads((folder / "check.json").read_text())
        tfjs = json.loads((folder / "tfjs.json").read_text())
        keras, probabilities = np.array(check["keras"]), np.array(tfjs["probabilities"])
        difference = float(np.abs(keras - probabilities).max())
        expected = keras.argmax(axis=1).tolist() if check["function"] == "predictDigits" else keras.tolist()
        page_matches = bool(np.allclose(tfjs["page"], expected, atol=TOLERANCE, rtol=0))
        pages[folder.name] = {
            "script": Path(check["script"]).relative_to(ROOT).as_posix(), "function": check["function"],
            "rows": len(check["rows"]), "max_difference": f"{difference:.1e}",
            "page_function_matches": page_matches,
        }
        if difference > TOLERANCE or not page_matches:
            failed.append(folder.name)
    record.write_text(json.dumps({
        "tensorflowjs": metadata.version("tensorflowjs"),
        "tensorflow_of_the_converter": metadata.version("tensorflow"),
        "tfjs": json.loads((Path(__file__).parent / "package.json").read_text())["dependencies"]["@tensorflow/tfjs"],
        "tolerance": TOLERANCE, "pages": pages,
    }, indent=2) + "\n")
    print(json.dumps(pages, indent=2))
    if failed:
        print("TensorFlow.js does not match Keras on:", ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
