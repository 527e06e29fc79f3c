"""A page that logged a warning is read again by every build until it stops.

An incremental build reads only changed pages, so a warning (an error under
-W) would fail only the first build after the page changed. This extension
notes which pages warned, in the doctree folder, and hands them to the next
build as outdated: the warning is logged again, and the build fails again,
until the page is fixed. Pages without warnings stay cached, so a build with
nothing to do reads almost nothing.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sphinx.util.logging import NAMESPACE, get_node_location, is_suppressed_warning

FILE = "warned-pages.json"


class WarnedPages(logging.Handler):
    """Collects the docnames that warnings are located in, for one build."""

    def __init__(self, app):
        super().__init__(logging.WARNING)
        self.app, self.warned, self.read = app, set(), set()

    @property
    def file(self) -> Path:
        return Path(self.app.doctreedir) / FILE

    def emit(self, record):
        kind = getattr(record, "type", ""), getattr(record, "subtype", "")
        if is_suppressed_warning(*kind, self.app.config.suppress_warnings):
            return  # what suppress_warnings hides does not count
        docname = self.docname_of(getattr(record, "location", None))
        if docname:
            self.warned.add(docname)

    def docname_of(self, location) -> str | None:
        """A record's page: from a (docname, line) pair, a docname, a node, or
        "path:line" (Sphinx's own handler may have translated it already)."""
        if isinstance(location, tuple):
            return location[0]
        if location is not None and not isinstance(location, str):
            location = get_node_location(location)
        path = location or ""
        while path:
            if path in self.app.env.found_docs:
                return path
            docname = self.app.env.path2doc(path)
            if docname:
                return docname
            path, colon, _ = path.rpartition(":")  # drop ":line" or ":docstring of …"
            if not colon:
                break
        return None

    def stored(self) -> set[str]:
        """The pages that warned in earlier builds and still exist."""
        warned = json.loads(self.file.read_text()) if self.file.is_file() else []
        return set(warned) & self.app.env.found_docs

    def previously_warned(self, app, env, added, changed, removed):
        return sorted(self.stored())

    def note_read(self, app, env, docnames):
        self.read.update(docnames)

    def save(self, app, exception):
        """Keep the pages that warned now, and those that warned before and were not read."""
        logging.getLogger(NAMESPACE).removeHandler(self)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self.file.write_text(json.dumps(sorted(self.warned | (self.stored() - self.read))))


def _start(app):
    pages = WarnedPages(app)
    logging.getLogger(NAMESPACE).addHandler(pages)  # after Sphinx's own warning handler
    app.connect("env-get-outdated", pages.previously_warned)
    app.connect("env-before-read-docs", pages.note_read)
    app.connect("build-finished", pages.save)


def setup(app):
    app.connect("builder-inited", _start)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
