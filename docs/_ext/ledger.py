"""What every page verified and changed, collected while pages are read.

The marker directives and the snippet loader record entries here. From them:
- `{errata-list}` lists every translator's note with a link back to it, and
  `{additions-list}` every addition;
- `{verification-list}` lists, per section, each executed snippet with its doctest
  count, each addition, and each non-executed block with its reason;
- every executed page gets a stamp under its title: when its code ran (from
  MyST-NB's execution record, not the build clock), with which versions, and
  its downloads (the executed notebook and each snippet);
- the build copies those downloads into _build/html/_downloads/.
Pages holding the lists are rebuilt on every build, so they never go stale.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

import nbformat
from docutils import nodes
from myst_nb.sphinx_ import NbMetadataCollector
from sphinx import addnodes
from sphinx.locale import get_translation
from sphinx.util.docutils import SphinxDirective
from sphinx.util.i18n import CatalogInfo

_ = get_translation("site")  # locale/<lang>/LC_MESSAGES/site.po: the extensions' own words

KINDS = ("notes", "additions", "unrun", "snippets")


def _ledger(env) -> dict:
    if not hasattr(env, "ledger"):
        env.ledger = {}
    return env.ledger


def record(env, kind: str, **entry) -> str:
    """Record an entry for the current page; return an anchor id for it."""
    entries = _ledger(env).setdefault(env.docname, {k: [] for k in KINDS})[kind]
    entry["id"] = f"{kind}-{len(entries) + 1}"
    entries.append(entry)
    return entry["id"]


def _capture_bodies(app, doctree):
    """Keep each note's body as read, after translation, for the errata page."""
    entries = _ledger(app.env).get(app.env.docname, {})
    by_id = {e["id"]: e for kind in ("notes", "additions") for e in entries.get(kind, [])}
    for node in doctree.findall(nodes.admonition):
        entry = next((by_id[i] for i in node["ids"] if i in by_id), None)
        if entry is not None:
            body = [child.deepcopy() for child in node.children[1:]
                    if "original-quote" not in child.get("classes", [])]
            entry["body"] = body
            text = " ".join(nodes.container("", *body).astext().split())
            # the first sentence: up to "。" or "：", or "." or ":" before a space
            entry["summary"] = re.split(r"(?<=[。：])|(?<=[.:])\s", text, maxsplit=1)[0]


def _load_site_catalog(app):
    """The extensions' own words in the build's language (compiled here: Sphinx
    compiles the pages' catalogs only after extensions have loaded theirs)."""
    locale_dir = Path(app.confdir) / "locale"
    catalog = CatalogInfo(str(locale_dir / app.config.language / "LC_MESSAGES"), "site", "utf-8")
    if Path(catalog.po_path).is_file() and catalog.is_outdated():
        catalog.write_mo(app.config.language)
    app.add_message_catalog("site", str(locale_dir))


def _purge(app, env, docname):
    _ledger(env).pop(docname, None)


def _merge(app, env, docnames, other):
    for docname in docnames:
        if docname in _ledger(other):
            _ledger(env)[docname] = _ledger(other)[docname]


class _List(nodes.General, nodes.Element):
    """Placeholder, filled once every page has been read."""


class ListDirective(SphinxDirective):
    def run(self):
        self.env.metadata[self.env.docname]["ledger_list"] = self.name
        return [_List(kind=self.name)]


def _always_rebuild(app, env, added, changed, removed):
    return [doc for doc, meta in env.metadata.items() if "ledger_list" in meta]


def _link(app, fromdoc, todoc, anchor, text):
    uri = app.builder.get_relative_uri(fromdoc, todoc) + (f"#{anchor}" if anchor else "")
    return nodes.reference("", text, internal=True, refuri=uri)


def _sections(app):
    """(docname, title, entries) of the numbered section pages, in order."""
    env = app.env
    for docname in sorted(_ledger(env)):
        if docname[:2].isdigit():
            yield docname, env.titles[docname].astext(), _ledger(env)[docname]


def _bullets(items):
    bullets = nodes.bullet_list()
    for item in items:
        bullets += nodes.list_item("", item)
    return bullets


def _unlinked(node):
    """A copy of a note's body whose cross-references (resolved on their own page,
    not here) become plain text."""
    node = node.deepcopy()
    for xref in list(node.findall(addnodes.pending_xref)):
        xref.replace_self(xref.children)
    return node


def _errata(app, fromdoc, kind):
    items = []
    for docname, title, entries in _sections(app):
        for entry in entries[kind]:
            para = nodes.paragraph()
            para += _link(app, fromdoc, docname, entry["id"], title)
            if entry.get("original"):
                para += nodes.Text(_(" — the original: "))
                para += nodes.inline(text=entry["original"], classes=["zh"])
            items.append(nodes.container("", para, *map(_unlinked, entry["body"])))
    return _bullets(items) if items else nodes.paragraph(text=_("None."))


def _verification(app, fromdoc):
    sections = []
    for docname, title, entries in _sections(app):
        section = nodes.paragraph()
        section += _link(app, fromdoc, docname, None, title)
        rows = [
            nodes.paragraph("", "", _download(app, fromdoc, s["path"]),
                            nodes.Text(_(": executed, checked by {} doctest examples").format(
                                s["doctests"])))
            for s in entries["snippets"]
        ] + [
            nodes.paragraph("", "", _link(app, fromdoc, docname, a["id"], _("Addition")),
                            nodes.Text(f": {a['summary']}"))
            for a in entries["additions"]
        ] + [
            nodes.paragraph("", "", nodes.literal(text=u["path"]),
                            nodes.Text(_(": not executed. {}").format(u["reason"])))
            for u in entries["unrun"]
        ]
        rows = rows or [nodes.paragraph(text=_("No code in this section."))]
        sections.append(nodes.container("", section, _bullets(rows)))
    return _bullets(sections)


def _download(app, fromdoc, path, text=None):
    """A link to a file copied into _downloads/ by _copy_downloads."""
    base = app.builder.get_relative_uri(fromdoc, "index").rpartition("/")[0]
    uri = f"{base}/_downloads/{path}" if base else f"_downloads/{path}"
    return nodes.reference("", "", nodes.literal(text=text or path), refuri=uri)


def _stamp(app, docname):
    """A line under the title: when and with what the code ran, and downloads."""
    data = NbMetadataCollector.get_exec_data(app.env, docname)
    entries = _ledger(app.env).get(docname)
    environment = app.config.snippet_environment  # checked by the page's kernel
    if not data or not entries or not environment:
        return None
    tf, keras = environment["distributions"].values()
    ran = datetime.fromtimestamp(data["mtime"], timezone.utc).strftime("%Y-%m-%d")
    stamp = nodes.paragraph(classes=["build-stamp"])
    label = _("Code executed on {date} with TensorFlow {tf}, Keras {keras}, Python {python}. Download: ")
    stamp += nodes.Text(label.format(
        date=ran, tf=tf, keras=keras, python=environment["python"]))
    links = [(f"{docname}.ipynb", f"notebooks/{docname}.ipynb")] + [
        (Path(s["path"]).name, s["path"]) for s in entries["snippets"]
    ]
    for i, (text, target) in enumerate(links):
        stamp += nodes.Text(", " if i else "")
        stamp += _download(app, docname, target, text)
    return stamp


def _resolve(app, doctree, docname):
    for node in list(doctree.findall(_List)):
        kind = node["kind"]
        if kind == "verification-list":
            node.replace_self(_verification(app, docname))
        else:
            node.replace_self(_errata(app, docname, "notes" if kind == "errata-list" else "additions"))
    stamp = _stamp(app, docname)
    title = next(iter(doctree.findall(nodes.title)), None)
    if stamp is not None and title is not None:
        title.parent.insert(title.parent.index(title) + 1, stamp)
    if app.config.ledger_repository and title is not None:
        report = f"{app.config.ledger_repository}/issues/new?title=" + quote(
            f"Error on {docname}: {title.astext()}")
        doctree += nodes.paragraph("", "", nodes.Text(_("Found an error on this page? ")),
                                   nodes.reference("", _("Report it"), refuri=report),
                                   classes=["report-error"])


def _copy_downloads(app, exception):
    if exception or app.builder.format != "html":
        return
    out = Path(app.outdir) / "_downloads"
    root = Path(app.confdir)
    for docname, entries in _ledger(app.env).items():
        for snippet in entries["snippets"]:
            (out / snippet["path"]).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / snippet["path"], out / snippet["path"])
        executed = Path(app.outdir).parent / "jupyter_execute" / f"{docname}.ipynb"
        if executed.is_file():  # without the hidden doctest cells
            notebook = nbformat.read(executed, as_version=4)
            notebook.cells = [c for c in notebook.cells
                              if "remove-cell" not in c.metadata.get("tags", [])]
            (out / "notebooks").mkdir(parents=True, exist_ok=True)
            nbformat.write(notebook, out / "notebooks" / f"{docname}.ipynb")


def setup(app):
    app.add_node(_List)
    app.add_config_value("ledger_repository", "", "html")  # URL: adds "report an error"
    for name in ("errata-list", "additions-list", "verification-list"):
        app.add_directive(name, ListDirective)
    app.connect("builder-inited", _load_site_catalog)
    app.connect("doctree-read", _capture_bodies)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _always_rebuild)
    app.connect("doctree-resolved", _resolve)
    app.connect("build-finished", _copy_downloads)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
