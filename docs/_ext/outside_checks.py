"""Checks of not-executed code that run outside the build, in a session CI runs.

The TensorFlow.js check (`nox -s tfjs`, tools/tfjs/) converts the models of
sections 12 and 18 with tensorflowjs and runs the pages' JavaScript on them in
Node; it records its result in the file that `outside_checks_record` names
(conf.py). The not-executed box of a checked file, and its row on the
verification page, say what was checked.
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.util import logging

from labels import _

logger = logging.getLogger(__name__)


def outside_check(config, env, path: Path) -> str | None:
    """What the record says was checked of this not-executed file, if anything."""
    if not config.outside_checks_record:
        return None
    record_file = Path(config.outside_checks_record)
    if not record_file.is_file():
        logger.warning("outside_checks_record not found: %s", record_file, location=str(path))
        return None
    record = json.loads(record_file.read_text())
    for page in record["pages"].values():
        if path.as_posix().endswith(page["script"]):  # a path from the project's root
            env.note_dependency(str(record_file))
            return _(
                "Checked outside the build by nox -s tfjs: after conversion with tensorflowjs "
                "{converter}, this code runs in Node with @tensorflow/tfjs {tfjs}, and its "
                "predictions for a {rows} × 64 input agree with Keras within {tolerance} "
                "(largest difference {difference})."
            ).format(converter=record["tensorflowjs"], tfjs=record["tfjs"], rows=page["rows"],
                     tolerance=record["tolerance"], difference=page["max_difference"])
    return None


def setup(app):
    app.setup_extension("labels")
    app.add_config_value("outside_checks_record", None, "env")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
