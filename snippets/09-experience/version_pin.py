"""Check that the installed TensorFlow is the release the requirements pin (section 9).

The pin this page recommends, and the version that built the page, agree on
major and minor version:

>>> pins["tensorflow"], installed["tensorflow"].split(".")[:2]
('2.21.0', ['2', '21'])
>>> [name for name in pins if not matches(name)]
[]

TensorFlow itself puts only a lower bound on Keras, which is why Keras needs
its own pin:

>>> from importlib.metadata import packages_distributions, requires
>>> [r for r in requires(packages_distributions()["tensorflow"][0]) if r.startswith("keras")]
['keras>=3.12.0']
"""

import keras
import tensorflow as tf

requirements = """\
tensorflow==2.21.0
keras==3.15.1
"""
pins = dict(line.split("==") for line in requirements.split())
installed = {"tensorflow": tf.__version__, "keras": keras.__version__}


def matches(name):
    """Same major.minor release: patch releases only fix bugs."""
    return installed[name].split(".")[:2] == pins[name].split(".")[:2]


for name, pinned in pins.items():
    print(f"{name}: pinned {pinned}, installed {installed[name]}, "
          f"{'ok' if matches(name) else 'MISMATCH'}")
