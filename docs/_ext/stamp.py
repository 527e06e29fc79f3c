"""A line under each executed page's title: when and with what its code ran,
and its downloads.

The date is MyST-NB's execution record (a cached page keeps the date it last
ran), not the build clock; the versions are the environment that the page's
kernel checked (`snippet_environment`, snippet_cells.py).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from docutils import nodes
from myst_nb.sphinx_ import NbMetadataCollector

from downloads import download_link, notebook_target
from labels import _
from records import SNIPPETS, page_records
from site_pages import snippet_name
from under_title import insert_under_title


def page_stamp(app, docname: str) -> nodes.paragraph | None:
    execution = NbMetadataCollector.get_exec_data(app.env, docname)
    snippets = page_records(app.env, docname, SNIPPETS)
    environment = app.config.snippet_environment
    if not execution or not snippets or not environment:
        return None
    tf, keras = environment["distributions"].values()
    ran = datetime.fromtimestamp(execution["mtime"], timezone.utc).strftime("%Y-%m-%d")
    stamp = nodes.paragraph(classes=["build-stamp"])
    text = _(
        "Code executed on {date} with TensorFlow {tf}, Keras {keras}, Python {python}. Download: ")
    stamp += nodes.Text(text.format(date=ran, tf=tf, keras=keras, python=environment["python"]))
    root = Path(app.confdir)
    links = [(f"{docname}.ipynb", notebook_target(docname))] + [
        (Path(s["path"]).name, snippet_name(Path(s["path"]), root)) for s in snippets]
    for i, (text, target) in enumerate(links):
        stamp += nodes.Text(", " if i else "")
        stamp += download_link(app, docname, target, text)
    return stamp


def add_stamp(app, doctree, docname) -> None:
    stamp = page_stamp(app, docname)
    if stamp is not None:
        insert_under_title(doctree, stamp)


def setup(app):
    app.setup_extension("records")
    app.setup_extension("downloads")
    app.connect("doctree-resolved", add_stamp)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
