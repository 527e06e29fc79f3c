"""Link `tf.*` and `keras.*` names in prose to their API reference pages.

An inline literal such as `tf.config.list_physical_devices` or `keras.Input`
becomes a link to tensorflow.org's reference page (Keras 3 objects have their
pages there under tf.keras). A name is linked only if the installed packages
export it, found by reading their API `__init__.py` files (importing TensorFlow
would add seconds to every build); names that do not exist, such as the
original's `tf.config.OptimizerOptions`, stay plain text.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

from docutils import nodes
from sphinx.transforms import SphinxTransform

NAME = re.compile(r"^@?(tf|keras)((?:\.\w+)+)(\(.*\))?$")  # `@tf.function`, `tf.constant(5)`
URL = "https://www.tensorflow.org/api_docs/python/"


@cache
def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    return Path(spec.origin).parent if spec and spec.origin else None


def api_dir(top: str, parts: list[str]) -> tuple[Path | None, list[str]]:
    """Where the API of `tf.a.b` or `keras.a.b` is declared, and the parts below it."""
    if top == "tf" and parts[:1] == ["keras"]:
        top, parts = "keras", parts[1:]
    if top == "keras":
        return _package_dir("keras"), parts
    tf = _package_dir("tensorflow")
    return (tf / "_api" / "v2" if tf else None), parts


@cache
def exported(name: str) -> bool:
    """True if `name` (e.g. "tf.config.list_physical_devices") is public API."""
    top, *parts = name.split(".")
    base, parts = api_dir(top, parts)
    if base is None or not parts:
        return False
    *modules, attr = parts
    folder = base.joinpath(*modules)
    if (folder / attr / "__init__.py").is_file():
        return True
    init = folder / "__init__.py" if modules or top == "keras" else base.parent.parent / "__init__.py"
    if not init.is_file():
        return False
    # `from m import attr`, `import x as attr`, or a continuation line `    x as attr,`
    pattern = rf"(?:\bimport\s+|^\s+)(?:\w+ as )?{attr}\b"
    return re.search(pattern, init.read_text(), re.M) is not None


class LinkApiNames(SphinxTransform):
    default_priority = 500

    def apply(self):
        for literal in list(self.document.findall(nodes.literal)):
            match = NAME.match(literal.astext())
            if not match or isinstance(literal.parent, nodes.reference):
                continue
            name = match[1] + match[2]
            if not exported(name):
                continue
            path = name.replace(".", "/")
            path = path if path.startswith("tf/") else "tf/" + path
            literal.replace_self(nodes.reference("", "", literal.deepcopy(), refuri=URL + path,
                                                 classes=["api-link"]))


def setup(app):
    app.add_transform(LinkApiNames)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
