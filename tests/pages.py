"""What the tests read from the repository: pages, snippets, original sections."""

import re
from pathlib import Path

from snippet_cells import loaded_cells, split_snippet  # docs/_ext, on pytest's pythonpath

ROOT = Path(__file__).resolve().parent.parent
DOCS, SNIPPETS, ORIGINAL = ROOT / "docs", ROOT / "snippets", ROOT / "original"
SITE = ROOT / "_build" / "html"  # what `nox -s docs` builds; the browser tests read it
CATALOGS = ROOT / "locale" / "zh_CN" / "LC_MESSAGES"  # the Chinese edition's texts

SECTION_PAGES = sorted(DOCS.glob("[0-9][0-9]-*.md"))
SNIPPET_FILES = sorted(p for p in SNIPPETS.rglob("*.py") if "not-executed" not in p.parts)
NOT_EXECUTED_FILES = sorted(p for p in SNIPPETS.rglob("not-executed/*") if p.is_file())
FENCE = re.compile(r"^(`{3,}|:{3,})\s*(\S*)")


def original_of(page: Path) -> Path:
    """docs/04-linear-regression.md -> original/04.md"""
    return ORIGINAL / f"{page.name[:2]}.md"


def is_code(info: str) -> bool:
    """A fence's info string: code (```console, {code-cell}, {not-executed}) or a directive."""
    return not info.startswith("{") or info in ("{code-cell}", "{not-executed}")


def not_executed(page: Path) -> list[Path]:
    """The files a page shows through {not-executed}."""
    paths = re.findall(r"^`{3,}\{not-executed\}\s+(\S+)", page.read_text(), re.MULTILINE)
    return [(page.parent / path).resolve() for path in paths]


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
        elif not is_code(match[2]):
            open_directives.append(match[1])
        else:
            code.append(match[2])
            while i < len(lines) and not lines[i].startswith(match[1]):
                i += 1
            i += 1
    return prose, code
