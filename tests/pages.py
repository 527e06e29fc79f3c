"""Where the tests find the repository's pages, snippets and original sections.

What a page or a snippet is made of is site_pages.py's to say (docs/_ext, on
pytest's pythonpath): the extensions read pages with the same code.
"""

from pathlib import Path

from site_pages import is_section_page

ROOT = Path(__file__).resolve().parent.parent
DOCS, SNIPPETS, ORIGINAL = ROOT / "docs", ROOT / "snippets", ROOT / "original"
SITE = ROOT / "_build" / "html"  # what `nox -s docs` builds; the browser tests read it
CATALOGS = ROOT / "locale" / "zh_CN" / "LC_MESSAGES"  # the Chinese edition's texts

PAGES = sorted(DOCS.glob("*.md"))
SECTION_PAGES = [page for page in PAGES if is_section_page(page.stem)]
SNIPPET_FILES = sorted(p for p in SNIPPETS.rglob("*.py") if "not-executed" not in p.parts)
NOT_EXECUTED_FILES = sorted(p for p in SNIPPETS.rglob("not-executed/*") if p.is_file())


def original_of(page: Path) -> Path:
    """docs/04-linear-regression.md -> original/04.md"""
    return ORIGINAL / f"{page.name[:2]}.md"
