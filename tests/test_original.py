"""The Chinese original, kept per section in original/, and how pages follow it."""

import re

import pytest
from chinese_edition import glossary_terms
from pages import ORIGINAL, SECTION_PAGES, original_of
from site_pages import split_page

HEADING = re.compile(r"^(\d+)\.\s|^(\d+\.\d+)\s")           # "4. 实战…", "4.1 问题建模"
PAGE_HEADING = re.compile(r"^#+\s+(\d+(?:\.\d+)?)\.?\s")     # "# 4. …", "## 4.1 …"
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+\S")
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
SLICES = [ORIGINAL / f"{n:02d}.md" for n in range(1, 21)]


def no_whitespace(text):
    return re.sub(r"\s+", "", text)


def test_slices_reassemble_the_source():
    source = (ORIGINAL / "guide.zh.txt").read_text(encoding="utf-8")
    slices = "".join(path.read_text(encoding="utf-8") for path in SLICES)
    assert no_whitespace(slices) == no_whitespace(source)


@pytest.mark.parametrize("path", SLICES, ids=lambda p: p.name)
def test_each_slice_is_one_section(path):
    numbers = [m[1] for m in map(HEADING.match, path.read_text().splitlines()) if m and m[1]]
    assert numbers == [str(int(path.stem))]


def original_parts(page):
    """(heading numbers, list items, code blocks) of the page's original section."""
    lines = original_of(page).read_text(encoding="utf-8").splitlines()
    numbers = [m[1] or m[2] for m in map(HEADING.match, lines) if m]
    items = sum(line.startswith("- ") for line in lines)
    blocks = sum(line.startswith("    ") and not previous.startswith("    ")
                 for previous, line in zip([""] + lines, lines))
    return numbers, items, blocks


@pytest.mark.parametrize("page", SECTION_PAGES, ids=lambda p: p.name)
def test_page_keeps_the_original_headings(page):
    prose, _ = split_page(page.read_text(encoding="utf-8"))
    numbers = [m[1] for m in map(PAGE_HEADING.match, prose) if m]
    assert numbers == original_parts(page)[0]


@pytest.mark.parametrize("page", SECTION_PAGES, ids=lambda p: p.name)
def test_page_has_every_list_item_and_code_example(page):
    prose, code = split_page(page.read_text(encoding="utf-8"))
    _, items, blocks = original_parts(page)
    assert sum(bool(LIST_ITEM.match(line)) for line in prose) >= items
    assert len(code) >= blocks


@pytest.mark.parametrize("page", SECTION_PAGES, ids=lambda p: p.name)
def test_english_page_quotes_chinese_only_in_notes(page):
    """Chinese is the original's words (`:original:`), or the title of a Chinese
    book, in 《》, which a reader needs in Chinese to find it."""
    prose, _ = split_page(page.read_text(encoding="utf-8"))
    stray = [line for line in prose if CJK.search(re.sub("《[^》]*》", "", line))
             and not line.startswith(":original:")]
    assert stray == []



def test_the_chinese_terms_said_to_be_the_originals_are():
    """A glossary term noted as "the original's word (section N)" is in section N."""
    claimed = [(term.chinese[0], match[1]) for term in glossary_terms()
               if (match := re.search(r"the original's word \(section (\d+)\)", term.note))]
    assert len(claimed) == 4
    assert [(word, section) for word, section in claimed
            if word not in (ORIGINAL / f"{int(section):02d}.md").read_text(encoding="utf-8")] == []
