"""Show snippets on pages: each `{code-cell}` with `:load:` becomes the file's code.

For every such cell, at source-read time, this extension
- inlines the snippet without its module docstring (the docstring holds the
  doctests; readers and the copy button get only the code),
- adds a hidden cell after it that runs the docstring's doctests against the
  kernel's variables, so a page never shows output its own doctest rejects,
- registers the snippet as a dependency of the page, so editing only the
  snippet re-executes that page on the next incremental build,
- turns a missing file into a warning that names the page, line and path.

Before a page's first such cell it adds a hidden cell that checks the kernel
runs the environment the build describes (`snippet_environment` in conf.py:
versions and the lock's hash). The execution cache keys on the cells' code, so
a new lock or version is new code: every page runs again instead of keeping
outputs that an older TensorFlow made.

After a page has executed, a snippet that raised or whose doctests failed is
reported as a warning naming the snippet file, with the error. It is logged
while the page is read, so parallel builds (-j) report it too.

What a `:load:` cell is, and which snippet it loads, is site_pages.py's to say.
"""

from __future__ import annotations

import doctest
import hashlib
import platform
import re
from importlib import metadata
from pathlib import Path

from myst_nb.sphinx_ import NbMetadataCollector
from sphinx.util import logging

from kernel_checks import as_cell, check_doctests, check_environment
from records import SNIPPETS, record
from site_pages import doctest_flags, load_cells, snippet_name, split_snippet

logger = logging.getLogger(__name__)
ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


TF_DISTRIBUTIONS = ("tensorflow-cpu", "tensorflow")  # pyproject.toml installs one of them


def _installed(distribution: str) -> bool:
    try:
        return bool(metadata.version(distribution))
    except metadata.PackageNotFoundError:
        return False


def describe_environment(lock: Path) -> dict:
    """What runs the snippets: TensorFlow's and Keras' distributions (in that
    order), the Python version, and the hash of the lock that installed them."""
    tf_dist = next(name for name in TF_DISTRIBUTIONS if _installed(name))
    return {
        "distributions": {name: metadata.version(name) for name in (tf_dist, "keras")},
        "python": platform.python_version(),
        "lock": hashlib.sha256(lock.read_bytes()).hexdigest(),
    }


def _fence_for(code: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def _cell(lang: str, options: str, code: str) -> str:
    fence = _fence_for(code)
    return f"{fence}{{code-cell}}{lang}\n{options}{code.rstrip()}\n{fence}"


def _hidden_cell(lang: str, code: str) -> str:
    return _cell(lang, ":tags: [remove-cell]\n", code)


def inline_snippets(app, docname: str, source: list[str]) -> None:
    page = Path(app.env.doc2path(docname))
    text = source[0]
    root = Path(app.confdir)
    flags = doctest_flags(root / "pyproject.toml")
    environment = app.config.snippet_environment
    pieces, end = [], 0
    for cell in load_cells(text):
        pieces.append(text[end : cell.start])
        if end == 0 and environment:  # before the page's first snippet
            pieces.append(_hidden_cell(cell.lang, as_cell(check_environment, environment)) + "\n\n")
        end = cell.end
        path = cell.snippet(page)
        app.env.note_dependency(str(path))  # a missing one keeps the page outdated
        if not path.is_file():
            logger.warning("snippet not found: %s", cell.load, location=(docname, cell.line))
            continue
        docstring, doc_line, code = split_snippet(path.read_text())
        name = snippet_name(path, root)
        examples = doctest.DocTestParser().get_examples(docstring)
        record(app.env, SNIPPETS, path=str(path), doctests=len(examples))
        check = as_cell(check_doctests, docstring, name, doc_line, flags, namespace=True)
        pieces.append(_cell(cell.lang, cell.options, code))
        pieces.append("\n\n" + _hidden_cell(cell.lang, check))
    source[0] = "".join(pieces) + text[end:]


def report_failed_snippets(app, doctree) -> None:
    """Name the snippet that made the page's execution fail, with its error."""
    data = NbMetadataCollector.get_exec_data(app.env, app.env.docname)
    if not data or data["succeeded"]:
        return
    # from the failing cell on, without nbclient's own frames or terminal colours
    error = ANSI_COLOUR.sub("", (data["traceback"] or "").split("CellExecutionError: ", 1)[-1])
    page = Path(app.env.doc2path(app.env.docname))
    root = Path(app.confdir)
    for cell in load_cells(page.read_text()):
        path = cell.snippet(page)
        name = snippet_name(path, root)
        if f"doctest of {name} failed" in error:
            report = error.split(f"doctest of {name} failed:", 1)[1]
            logger.warning("doctest failed: %s%s", name, report, location=app.env.docname)
            return
        if path.is_file() and split_snippet(path.read_text())[2].strip() in error:
            logger.warning("snippet raised: %s\n%s", name, error, location=app.env.docname)
            return
    logger.warning("execution failed:\n%s", error, location=app.env.docname)


def setup(app):
    app.setup_extension("records")
    # what the hidden first cell checks (conf.py); None adds no such cell
    app.add_config_value("snippet_environment", None, "env")
    app.connect("source-read", inline_snippets)
    app.connect("doctree-read", report_failed_snippets)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
