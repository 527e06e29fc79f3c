"""One English on every page: the glossary's spelling and one name for the title."""

import re

import pytest
from pages import DOCS, PAGES, ROOT
from site_pages import load_cells, split_page

# -ize forms, as in "optimization"; British -ise is the site's spelling (glossary.md)
IZE = re.compile(r"\b[A-Za-z]*iz(?:e|es|ed|ing|ation|ations|er|ers)\b")
# Not the site's own words: code spans, links (their text is often a page's title),
# URLs, quotations, and proper names, which keep their own spelling.
NOT_PROSE = re.compile(r'`[^`]*`|\[[^\]]*\]\([^)]*\)|https?://\S+|"[^"]*"'
                       r"|(?:Model )?Optimization Toolkit")
NOT_IZE_WORDS = {"size", "sizes", "sized", "resize", "resized", "resizing", "prize", "seize",
                 "optimizer", "optimizers"}  # "optimizer" is the glossary's term for 优化器


def reader_text(page):
    """The site's own words on a page: its prose, and the alt texts and captions of
    its cells, as one text (a quotation can run over lines)."""
    text = page.read_text(encoding="utf-8")
    prose, _ = split_page(text)
    return NOT_PROSE.sub("", " ".join(prose + [cell.options for cell in load_cells(text)]))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_spelling_is_the_glossarys(page):
    words = IZE.findall(reader_text(page))
    assert [word for word in words if word.lower() not in NOT_IZE_WORDS] == []


def test_the_title_is_rendered_one_way():
    """初识TensorFlow is the site's name wherever an English page renders it."""
    name = re.search(r'^project = "(.+)"$', (ROOT / "conf.py").read_text(), re.M)[1]
    assert (DOCS / "01-introduction.md").read_text().startswith(f"# 1. {name}:")
    variants = ["Meet TensorFlow", "Getting to know TensorFlow"]
    assert [(page.name, v) for page in PAGES for v in variants if v in page.read_text()] == []
