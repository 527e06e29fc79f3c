"""Show snippets on pages: each `{code-cell}` with `:load:` becomes the file's code.

For every such cell, at source-read time, this extension
- inlines the snippet without its module docstring (the docstring holds the
  doctests; readers and the copy button get only the code),
- adds a hidden cell after it that runs the docstring's doctests against the
  kernel's variables, so a page never shows output its own doctest rejects,
- registers the snippet as a dependency of the page, so editing only the
  snippet re-executes that page on the next incremental build,
- turns a missing file into a warning that names the page, line and path.

The `:load:` path is relative to the page, as in plain MyST-NB.
The functions below are also used by the tests.
"""

from __future__ import annotations

import ast
import doctest
import re
import tomllib
from pathlib import Path

from sphinx.util import logging

import ledger

logger = logging.getLogger(__name__)

# A code cell whose body is empty: options only, as `:key: value` lines or as
# a `---` YAML block (needed for nested options such as a figure's alt text).
LOAD_CELL = re.compile(
    r"^(?P<fence>`{3,})\{code-cell\}(?P<lang>[^\n]*)\n"
    r"(?P<options>(?::[\w-]+:[^\n]*\n)+|---\n(?:[^\n]*\n)*?---\n)"
    r"(?P=fence)[ \t]*$",
    re.MULTILINE,
)
LOAD_OPTION = re.compile(r"^:?load:\s*(\S+)\s*$", re.MULTILINE)

CHECK_CELL = '''\
def _check_snippet(source, name, lineno, flags):
    import doctest, io
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=flags)
    test = doctest.DocTestParser().get_doctest(source, dict(globals()), name, name, lineno)
    runner.run(test, out=report.write)
    if runner.failures:
        raise AssertionError(f"doctest of {{name}} failed:\\n{{report.getvalue()}}")
_check_snippet({source!r}, {name!r}, {lineno}, {flags})
del _check_snippet'''


def split_snippet(text: str) -> tuple[str, int, str]:
    """Return (docstring, its 0-based first line, code without the docstring)."""
    module = ast.parse(text)
    docstring = ast.get_docstring(module, clean=False)
    if docstring is None:
        return "", 0, text
    node = module.body[0]
    lines = text.splitlines(keepends=True)
    code = "".join(lines[: node.lineno - 1] + lines[node.end_lineno :])
    return docstring, node.lineno - 1, code.lstrip("\n")


def doctest_flags(pyproject: Path) -> int:
    """The doctest option flags that pytest uses, read from pyproject.toml."""
    config = tomllib.loads(pyproject.read_text())["tool"]["pytest"]["ini_options"]
    flags = 0
    for name in config.get("doctest_optionflags", "").split():
        flags |= doctest.OPTIONFLAGS_BY_NAME[name]
    return flags


def loaded_cells(page_text: str):
    """Yield (match, load path) for every `:load:` code cell of a page."""
    for match in LOAD_CELL.finditer(page_text):
        load = LOAD_OPTION.search(match["options"])
        if load:
            yield match, load[1]


def _fence_for(code: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def _cell(lang: str, options: str, code: str) -> str:
    fence = _fence_for(code)
    return f"{fence}{{code-cell}}{lang}\n{options}{code.rstrip()}\n{fence}"


def inline_snippets(app, docname: str, source: list[str]) -> None:
    page = Path(app.env.doc2path(docname))
    text = source[0]
    root = Path(app.confdir)
    flags = doctest_flags(root / "pyproject.toml")
    pieces, end = [], 0
    for match, load in loaded_cells(text):
        pieces.append(text[end : match.start()])
        end = match.end()
        path = (page.parent / load).resolve()
        lineno = text.count("\n", 0, match.start()) + 1
        app.env.note_dependency(str(path))  # a missing one keeps the page outdated
        if not path.is_file():
            logger.warning("snippet not found: %s", load, location=(docname, lineno))
            continue
        docstring, doc_line, code = split_snippet(path.read_text())
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        examples = doctest.DocTestParser().get_examples(docstring)
        ledger.record(app.env, "snippets", path=name, doctests=len(examples))
        options = "".join(
            line for line in match["options"].splitlines(True) if not LOAD_OPTION.match(line)
        )
        if options == "---\n---\n":
            options = ""
        check = CHECK_CELL.format(source=docstring, name=name, lineno=doc_line, flags=flags)
        pieces.append(_cell(match["lang"], options, code))
        pieces.append("\n\n" + _cell(match["lang"], ":tags: [remove-cell]\n", check))
    source[0] = "".join(pieces) + text[end:]


def name_failing_snippet(app, exception) -> None:
    """MyST-NB names only the page of a failing cell; name the snippet too."""
    error = getattr(exception, "__cause__", None)
    page = Path(str(exception))
    if not (hasattr(error, "ename") and page.suffix == ".md" and page.is_file()):
        return
    if error.evalue.startswith("doctest of "):  # raised by the hidden check cell
        logger.error("%s: %s", page, error.evalue.splitlines()[0])
        return
    for _, load in loaded_cells(page.read_text()):
        path = (page.parent / load).resolve()
        if path.is_file() and split_snippet(path.read_text())[2].strip() in str(error):
            logger.error("snippet failed: %s (%s: %s)", path, error.ename, error.evalue)


def setup(app):
    app.connect("source-read", inline_snippets)
    app.connect("build-finished", name_failing_snippet)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
