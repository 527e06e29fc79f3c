"""The built Chinese edition reads in Chinese, on every page the build writes.

Code, outputs and plots stay the English that ran (the trust promise, explained
on the Chinese "How to read this site"); so do text the page declares English
(`lang="en"`, such as the link to the English edition), the original's quoted
words, titles of works in 《》 and quotations in “”. Everything else a reader
reads, the <title> and image descriptions included, is checked.
"""

import re

import pytest
from bs4 import BeautifulSoup
from chinese_edition import english_prose, term_variants
from pages import SITE

ZH = SITE / "zh_CN"
GLOSSARY = "glossary.html"
NOT_PROSE = ", ".join([
    "script", "style", "pre", "code", "kbd", "samp", ".highlight", ".cell_output", ".math",
    "svg",  # the theme's icons, whose hover titles it does not translate
    ".zh",  # the original's words, quoted
    '[lang]:not([lang^="zh"])',
])
TITLES_AND_QUOTES = re.compile(r"《[^》]*》|“[^”]*”")
# Names with a common English word in them: products, a licence, and the courses
# that the original names in English (section 10.3).
NAMES = frozenset({
    "TensorFlow Lite for Microcontrollers", "LiteRT for Microcontrollers", "Read the Docs",
    "MIT No Attribution", "TensorFlow in Practice", "Intro to TensorFlow for Deep Learning",
})


def prose(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.select(NOT_PROSE):
        element.decompose()
    alts = [img.get("alt", "") for img in soup.find_all("img")]
    text = " ".join([soup.get_text(" "), *alts])
    return TITLES_AND_QUOTES.sub(" ", text)


def built_pages():
    assert (ZH / "index.html").is_file(), "build the site first: nox -s docs"
    return sorted(ZH.glob("*.html"))


@pytest.fixture(scope="module")
def pages():
    return {page.name: prose(page.read_text(encoding="utf-8")) for page in built_pages()}


def test_every_page_is_checked(pages):
    assert {"index.html", "search.html", "404.html", "01-introduction.html"} <= pages.keys()


def test_no_english_prose(pages):
    found = {name: english_prose(text, NAMES) for name, text in pages.items()
             if name != GLOSSARY}  # whose subject is the English terms
    assert {name: runs for name, runs in found.items() if runs} == {}


def test_one_term_per_concept(pages):
    """The glossary's terms, on the pages as built: this covers the words that come
    from Sphinx and the theme too (a tip box's title), not only the catalogs."""
    found = {name: term_variants(text) for name, text in pages.items()
             if name != GLOSSARY}  # which lists the variants
    assert {name: variants for name, variants in found.items() if variants} == {}
