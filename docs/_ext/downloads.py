"""Downloads: each executed page's notebook and its snippets, copied into
_build/html/_downloads/ and linked from the page's stamp.

The notebook is the one the build executed (MyST-NB's output folder), without
the hidden check cells, and with a first cell that installs what the page
needs (notebook_setup.py). Files are copied only when they changed, so a build
with nothing to do copies nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
from docutils import nodes
from jupyter_cache import get_cache

from notebook_setup import with_install_cell
from records import SNIPPETS, page_records, recorded_pages
from site_pages import snippet_name

FOLDER = "_downloads"


def notebook_target(docname: str) -> str:
    return f"notebooks/{docname}.ipynb"


def download_link(app, fromdoc: str, target: str, text: str) -> nodes.reference:
    """A link from `fromdoc` to a file under _downloads/."""
    base = app.builder.get_relative_uri(fromdoc, app.config.root_doc).rpartition("/")[0]
    uri = f"{base}/{FOLDER}/{target}" if base else f"{FOLDER}/{target}"
    return nodes.reference("", "", nodes.literal(text=text), refuri=uri)


def executed_notebook(app, docname: str) -> Path:
    return Path(app.env.mystnb_config.output_folder) / f"{docname}.ipynb"


def with_outputs(app, notebook):
    """The notebook with its outputs from the execution cache: MyST-NB writes a
    page that it took from the cache without them (it merges them into a copy)."""
    try:
        return get_cache(app.env.mystnb_config.execution_cache_path).merge_match_into_notebook(
            notebook)[1]
    except KeyError:  # not in the cache: MyST-NB executed it in place, outputs included
        return notebook


def _is_current(source: Path, copy: Path) -> bool:
    return copy.is_file() and copy.stat().st_mtime_ns >= source.stat().st_mtime_ns


def copy_downloads(app, exception) -> None:
    if exception or app.builder.format != "html":
        return
    out, root = Path(app.outdir) / FOLDER, Path(app.confdir)
    for docname in recorded_pages(app.env):
        snippets = [Path(snippet["path"]) for snippet in page_records(app.env, docname, SNIPPETS)]
        for source in snippets:
            copy = out / snippet_name(source, root)
            if not _is_current(source, copy):
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, copy)
        executed, copy = executed_notebook(app, docname), out / notebook_target(docname)
        if executed.is_file() and not _is_current(executed, copy):
            notebook = with_outputs(app, nbformat.read(executed, as_version=4))
            notebook.cells = [c for c in notebook.cells
                              if "remove-cell" not in c.metadata.get("tags", [])]
            with_install_cell(notebook, snippets, Path(app.config.downloads_lock))
            copy.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(notebook, copy)


def setup(app):
    app.setup_extension("records")
    app.connect("build-finished", copy_downloads)
    # the lock whose pins the notebooks' install cells give (conf.py)
    app.add_config_value("downloads_lock", None, "env")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
