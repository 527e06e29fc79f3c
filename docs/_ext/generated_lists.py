"""Pages generated from what every page recorded (records.py).

A page asks for a list with a directive and no content:

```{errata-list}
```

`{errata-list}` and `{additions-list}` list every translator's note and every
addition, with a link back to each; `{verification-list}` lists, per section,
each executed snippet with its doctest count, each addition, and each block
that did not run, with its reason. A marker kind with a `listed_on` (markers.py)
has its list; other lists are the functions in `LISTS`. The pages holding lists
are read again whenever any page changed, so they never go stale.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from downloads import download_link
from labels import _
from markers import KINDS, recorded_reason
from outside_checks import outside_check
from records import SNIPPETS, page_records, recorded_pages
from site_pages import is_section_page, snippet_name


class ListPlaceholder(nodes.General, nodes.Element):
    """Where a list goes, filled once every page has been read."""


class ListDirective(SphinxDirective):
    def run(self):
        self.env.metadata[self.env.docname]["generated_list"] = self.name
        return [ListPlaceholder(list=self.name)]


def _read_again(app, env, added, changed, removed):
    """The pages with lists, whenever any page changed (what they list may have)."""
    if not (added or changed or removed):
        return []
    return [doc for doc, meta in env.metadata.items() if "generated_list" in meta]


def _link(app, fromdoc, todoc, anchor, text):
    uri = app.builder.get_relative_uri(fromdoc, todoc) + (f"#{anchor}" if anchor else "")
    return nodes.reference("", str(text), internal=True, refuri=uri)


def _sections(app, snippet_pages: bool = False):
    """(docname, title) of the section pages that recorded anything, in order; with
    `snippet_pages`, then the site's own pages that run snippets ("How to read")."""
    pages = recorded_pages(app.env)
    others = [d for d in pages if not is_section_page(d) and page_records(app.env, d, SNIPPETS)]
    for docname in [d for d in pages if is_section_page(d)] + (others if snippet_pages else []):
        yield docname, app.env.titles[docname].astext()


def _bullets(items):
    bullets = nodes.bullet_list()
    for item in items:
        bullets += nodes.list_item("", item)
    return bullets


def _unlinked(node):
    """A copy of a marker's body whose cross-references (resolved on their own
    page, not here) become plain text."""
    node = node.deepcopy()
    for xref in list(node.findall(addnodes.pending_xref)):
        xref.replace_self(xref.children)
    return node


def marker_list(kind: str):
    def build(app, fromdoc):
        items = []
        for docname, title in _sections(app):
            for entry in page_records(app.env, docname, kind):
                para = nodes.paragraph()
                para += _link(app, fromdoc, docname, entry["id"], title)
                if entry.get("original"):
                    para += nodes.Text(_(" — the original: "))
                    para += nodes.inline(text=entry["original"], classes=["zh"])
                items.append(nodes.container("", para, *map(_unlinked, entry["body"])))
        return _bullets(items) if items else nodes.paragraph(text=_("None."))
    return build


def verification_list(app, fromdoc):
    root, sections = Path(app.confdir), []
    for docname, title in _sections(app, snippet_pages=True):
        # a site page's markers are examples (How to read), not content to verify
        markers = is_section_page(docname)
        rows = [
            nodes.paragraph("", "", download_link(app, fromdoc, name, name), nodes.Text(
                _(": executed, checked by {} doctest examples").format(s["doctests"])))
            for s in page_records(app.env, docname, SNIPPETS)
            for name in [snippet_name(Path(s["path"]), root)]
        ] + [
            nodes.paragraph("", "", _link(app, fromdoc, docname, a["id"], KINDS["addition"].title),
                            nodes.Text(f": {a['summary']}"))
            for a in page_records(app.env, docname, "addition") if markers
        ] + [
            nodes.paragraph("", "", nodes.literal(text=snippet_name(Path(u["path"]), root)),
                            nodes.Text(_(": not executed. {}").format(recorded_reason(u))),
                            *[nodes.Text(f" {checked}") for checked in
                              [outside_check(app.config, app.env, Path(u["path"]))] if checked])
            for u in page_records(app.env, docname, "not-executed") if markers
        ]
        rows = rows or [nodes.paragraph(text=_("No code in this section."))]
        heading = nodes.paragraph("", "", _link(app, fromdoc, docname, None, title))
        sections.append(nodes.container("", heading, _bullets(rows)))
    return _bullets(sections)


LISTS = {
    **{kind.listed_on: marker_list(kind.name) for kind in KINDS.values() if kind.listed_on},
    "verification-list": verification_list,
}


def fill_lists(app, doctree, docname) -> None:
    for node in list(doctree.findall(ListPlaceholder)):
        node.replace_self(LISTS[node["list"]](app, docname))


def setup(app):
    app.setup_extension("markers")
    app.setup_extension("downloads")
    app.add_node(ListPlaceholder)
    for name in LISTS:
        app.add_directive(name, ListDirective)
    app.connect("env-get-outdated", _read_again)
    app.connect("doctree-resolved", fill_lists)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
