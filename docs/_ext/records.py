"""What each page records while it is read: its markers and its snippets.

The marker directives (markers.py) and the snippet loader (snippet_cells.py)
call `record()`; the generated lists, the stamp and the downloads read
`page_records()`. The store is an environment collector, as MyST-NB's own
metadata is: purged when a page is read again, merged back from parallel
readers.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.environment.collectors import EnvironmentCollector

SNIPPETS = "snippet"  # the record kind of an executed snippet; the others are marker names


def _store(env) -> dict[str, dict[str, list[dict]]]:
    if not hasattr(env, "site_records"):
        env.site_records = {}
    return env.site_records


def record(env, kind: str, **entry) -> str:
    """Record an entry of `kind` for the page being read; return its anchor id."""
    entries = _store(env).setdefault(env.docname, {}).setdefault(kind, [])
    entry["id"] = f"{kind}-{len(entries) + 1}"
    entries.append(entry)
    return entry["id"]


def page_records(env, docname: str, kind: str) -> list[dict]:
    """The entries of `kind` that a page recorded, in page order."""
    return _store(env).get(docname, {}).get(kind, [])


def recorded_pages(env) -> list[str]:
    """The pages that recorded anything, sorted."""
    return sorted(_store(env))


def first_sentence(text: str) -> str:
    """Up to "。" or "：", or "." or ":" before a space."""
    return re.split(r"(?<=[。：])|(?<=[.:])\s", " ".join(text.split()), maxsplit=1)[0]


def _detached(node: nodes.Element) -> nodes.Element:
    """A copy of `node` that refers to no document. A translated page's nodes
    refer to the small documents their messages were parsed into, whose settings
    hold the whole environment: kept as they are, every build would pickle the
    environment into itself (95 MB for the Chinese edition)."""
    copy = node.deepcopy()
    for descendant in copy.findall():
        descendant.document = None
    return copy


class PageRecords(EnvironmentCollector):
    def clear_doc(self, app, env, docname):
        _store(env).pop(docname, None)

    def merge_other(self, app, env, docnames, other):
        for docname in docnames & _store(other).keys():
            _store(env)[docname] = _store(other)[docname]

    def process_doc(self, app, doctree):
        """Keep each marker's body as read, after translation, for the generated lists."""
        entries = {entry["id"]: entry for kind in _store(app.env).get(app.env.docname, {}).values()
                   for entry in kind}
        for node in doctree.findall(nodes.admonition):
            entry = next((entries[i] for i in node["ids"] if i in entries), None)
            if entry is not None:
                entry["body"] = [_detached(child) for child in node.children[1:]
                                 if "original-quote" not in child.get("classes", [])]
                entry["summary"] = first_sentence(nodes.container("", *entry["body"]).astext())


def setup(app):
    app.add_env_collector(PageRecords)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
