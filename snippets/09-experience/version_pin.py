"""Check that the installed TensorFlow is the release the requirements pin (section 9).

The versions that built the page are exactly the pinned ones:

>>> installed == pins
True
>>> [name for name in pins if not matches(name)]
[]

Another patch release counts as a mismatch:

>>> installed["keras"] = "3.15.2"
>>> matches("keras")
False

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
    """Exactly the pinned release, as `==` in requirements.txt means."""
    return installed[name] == pins[name]


for name, pinned in pins.items():
    print(f"{name}: pinned {pinned}, installed {installed[name]}, "
          f"{'ok' if matches(name) else 'MISMATCH'}")
