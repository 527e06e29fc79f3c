"""What pages and snippets are made of: the one reader of their sources.

The extensions and the tests both use it, so that "a `:load:` cell", "the
snippet it loads", "a section page" and "a code block" mean one thing
everywhere.

- A section page is `docs/NN-name.md`: section NN of the original.
- A `:load:` cell is a `{code-cell}` whose body is empty and whose options
  (`:key: value` lines, or a `---` YAML block for nested options such as a
  figure's alt text) include `load:`. Its path is relative to the page, as in
  MyST-NB.
- A snippet is a Python script; its module docstring holds its doctests,
  checked with the option flags pytest is given in pyproject.toml.
"""

from __future__ import annotations

import ast
import doctest
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

SECTION_PAGE = re.compile(r"^\d\d-")
LOAD_CELL = re.compile(
    r"^(?P<fence>`{3,})\{code-cell\}(?P<lang>[^\n]*)\n"
    r"(?P<options>(?::[\w-]+:[^\n]*\n)+|---\n(?:[^\n]*\n)*?---\n)"
    r"(?P=fence)[ \t]*$",
    re.MULTILINE,
)
LOAD_OPTION = re.compile(r"^:?load:\s*(\S+)\s*$", re.MULTILINE)
NOT_EXECUTED = re.compile(r"^`{3,}\{not-executed\}\s+(\S+)", re.MULTILINE)
FENCE = re.compile(r"^(`{3,}|:{3,})\s*(\S*)")
CODE_DIRECTIVES = ("{code-cell}", "{not-executed}")  # directives whose body is code


def is_section_page(docname: str) -> bool:
    """`04-linear-regression` is section 4's page; `errata` is not a section."""
    return SECTION_PAGE.match(Path(docname).name) is not None


@dataclass(frozen=True)
class LoadCell:
    """A `:load:` cell: where it sits in the page and what it asks for."""

    start: int     # character offsets of the whole fenced cell in the page
    end: int
    line: int      # 1-based line of its opening fence
    lang: str      # the fence's text after {code-cell}, e.g. " ipython3"
    options: str   # its other options, as written (without the load line)
    load: str      # the path as written, relative to the page

    def snippet(self, page: Path) -> Path:
        return (page.parent / self.load).resolve()


def load_cells(page_text: str) -> list[LoadCell]:
    """Every `:load:` cell of a page, in order."""
    cells = []
    for match in LOAD_CELL.finditer(page_text):
        load = LOAD_OPTION.search(match["options"])
        if load is None:
            continue
        options = "".join(line for line in match["options"].splitlines(True)
                          if not LOAD_OPTION.match(line))
        cells.append(LoadCell(
            start=match.start(), end=match.end(),
            line=page_text.count("\n", 0, match.start()) + 1, lang=match["lang"],
            options="" if options == "---\n---\n" else options, load=load[1],
        ))
    return cells


def loaded_snippets(page: Path) -> list[Path]:
    """The snippet files a page loads, in order."""
    return [cell.snippet(page) for cell in load_cells(page.read_text(encoding="utf-8"))]


def not_executed_files(page: Path) -> list[Path]:
    """The files a page shows through `{not-executed}`."""
    return [(page.parent / path).resolve()
            for path in NOT_EXECUTED.findall(page.read_text(encoding="utf-8"))]


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
    """The option flags of snippets' doctests: pytest's, from pyproject.toml."""
    config = tomllib.loads(pyproject.read_text())["tool"]["pytest"]["ini_options"]
    flags = 0
    for name in config.get("doctest_optionflags", "").split():
        flags |= doctest.OPTIONFLAGS_BY_NAME[name]
    return flags


def snippet_name(path: Path, root: Path) -> str:
    """How messages and the records name a snippet: its path from the project root."""
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def split_page(text: str) -> tuple[list[str], list[str]]:
    """Split a MyST page into its prose lines and the info strings of its code blocks.

    Directive bodies (notes, tips) count as prose; code block bodies do not.
    """
    prose, code, lines, i = [], [], text.splitlines(), 0
    open_directives = []
    while i < len(lines):
        match = FENCE.match(lines[i])
        i += 1
        if not match:
            prose.append(lines[i - 1])
        elif open_directives and lines[i - 1].strip() == open_directives[-1]:
            open_directives.pop()
        elif match[2].startswith("{") and match[2] not in CODE_DIRECTIVES:
            open_directives.append(match[1])
        else:
            code.append(match[2])
            while i < len(lines) and not lines[i].startswith(match[1]):
                i += 1
            i += 1
    return prose, code
