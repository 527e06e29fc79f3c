"""What the Chinese edition's prose must not contain: a variant of a term that the
glossary fixes, or English. The catalog tests and the tests of the built Chinese
pages both ask here.

The terms are the glossary's table "The Chinese edition's terms" (docs/glossary.md):
its one definition, which the English glossary page shows and the Chinese one translates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pages import DOCS

TERMS_HEADING = "## The Chinese edition's terms"


@dataclass(frozen=True)
class Term:
    english: str
    chinese: tuple[str, ...]   # the words the Chinese edition uses
    variants: tuple[str, ...]  # the words it must not use for them
    note: str


def _words(cell: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in cell.split(",") if word.strip())


@cache
def glossary_terms() -> tuple[Term, ...]:
    text = (DOCS / "glossary.md").read_text(encoding="utf-8")
    table = text.split(TERMS_HEADING, 1)[1]
    rows = [line.strip().strip("|").split("|") for line in table.splitlines()
            if line.startswith("|")][2:]  # after the header and its rule
    return tuple(Term(english.strip(), _words(chinese), _words(variants), note.strip())
                 for english, chinese, variants, note in rows)


def _pattern(variant: str) -> str:
    if variant.isascii():  # a Latin word counts whole: "bias", not "Debiasing"
        return rf"(?<![A-Za-z]){re.escape(variant)}(?![A-Za-z])"
    return re.escape(variant).replace("N", r"\d+(?:\.\d+)*")  # 第N章: any section number


def term_variants(text: str) -> list[str]:
    """The variants in `text` (prose, code removed) that are not part of a term:
    单元 is a variant of 神经元, but not inside 代码单元格."""
    terms = [word for term in glossary_terms() for word in term.chinese]
    inside_terms = [m.span() for word in terms for m in re.finditer(re.escape(word), text)]
    found = []
    for term in glossary_terms():
        for variant in term.variants:
            for m in re.finditer(_pattern(variant), text):
                if not any(start <= m.start() and m.end() <= end for start, end in inside_terms):
                    found.append(f"{m[0]} (for {term.english}: {'/'.join(term.chinese)})")
    return found


# English prose: a run of Latin words with at least one common English word in it.
# Names ("TensorFlow Model Analysis", "Apple Silicon") have none; labels and sentences do.
COMMON_ENGLISH = frozenset("""
    about after all also an and any are as at be been before both but by can cannot could
    did do does each edition for from had has have here how if in into is it its may more
    most must no not now of off on one only or other our out over see should so some such
    than that the their them then there these this those to too under up use used uses
    using was we were what when where which while who why will with without would you your
""".split())
LATIN_RUN = re.compile(r"[A-Za-z][\w'’.-]*(?:[ \t,:;/()&+-]+[A-Za-z][\w'’.-]*)*", re.ASCII)


def english_prose(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """Runs of English in `text` that are not among `names`."""
    # words between spaces: a compound (all-reduce, What-If) or a path is a term, not prose
    return [run[0] for run in LATIN_RUN.finditer(text) if run[0] not in names
            and any(word.strip(",.:;()").lower() in COMMON_ENGLISH for word in run[0].split())]
