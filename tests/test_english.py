"""One English on every page: the glossary's spelling and one name for the title."""

import re

import pytest
from pages import DOCS, PAGES, ROOT
from site_pages import load_cells, split_page

# -ize forms, as in "optimization"; British -ise is the site's spelling (glossary.md)
IZE = re.compile(r"\b[A-Za-z]*iz(?:e|es|ed|ing|ation|ations|er|ers)\b")
NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)|https?://\S+")  # code spans, link targets, URLs
NOT_IZE_WORDS = {"size", "sizes", "sized", "resize", "resized", "resizing", "prize", "seize",
                 "optimizer", "optimizers"}  # "optimizer" is the glossary's term for 优化器


def reader_text(page):
    """What a reader reads on a page: its prose, and the alt texts and captions of its cells."""
    text = page.read_text(encoding="utf-8")
    prose, _ = split_page(text)
    return [NOT_PROSE.sub("", line) for line in prose + [cell.options for cell in load_cells(text)]]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_spelling_is_the_glossarys(page):
    words = [word for line in reader_text(page) for word in IZE.findall(line)]
    assert [word for word in words if word.lower() not in NOT_IZE_WORDS] == []


def test_the_title_is_rendered_one_way():
    """初识TensorFlow is the site's name wherever an English page renders it."""
    name = re.search(r'^project = "(.+)"$', (ROOT / "conf.py").read_text(), re.M)[1]
    assert (DOCS / "01-introduction.md").read_text().startswith(f"# 1. {name}:")
    variants = ["Meet TensorFlow", "Getting to know TensorFlow"]
    assert [(page.name, v) for page in PAGES for v in variants if v in page.read_text()] == []
