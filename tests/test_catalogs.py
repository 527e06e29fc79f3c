"""The Chinese edition's catalogs: complete, markup intact.

(That they are in step with the English pages is checked after the build, in
tests/browser/test_catalogs_in_step.py: figure captions need the execution cache.)
"""

import ast
import re

import polib
import pytest
from chinese_edition import term_variants
from labels import SITE_WORDS
from pages import CATALOGS, DOCS, ROOT

PAGE_CATALOGS = sorted(CATALOGS.glob("*.po"))
CODE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")  # a code span: n backticks to n backticks
LINK_TARGET = re.compile(r"\]\(([^)]+)\)")
CJK = "[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
# Not prose: code spans, link targets, URLs, substitutions, and notation such as sin(x)
NOT_PROSE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)|\]\([^)]*\)|https?://\S+|\{\{[^}]*\}\}"
                       r"|(?<=[A-Za-z])\([\w .+\-*/,]{0,12}\)")
PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa%]")
HALF_WIDTH = re.compile(rf"{CJK}\s*[,;:(!?]|[,;:)]\s*{CJK}|{CJK}\*\*:")  # ASCII touching Chinese


@pytest.mark.parametrize("path", PAGE_CATALOGS, ids=lambda p: p.name)
def test_catalog_is_fully_translated(path):
    catalog = polib.pofile(str(path))
    assert [e.msgid[:60] for e in catalog.untranslated_entries()] == []
    assert [e.msgid[:60] for e in catalog.fuzzy_entries()] == []


@pytest.mark.parametrize("path", PAGE_CATALOGS, ids=lambda p: p.name)
def test_translation_keeps_code_and_links(path):
    for entry in polib.pofile(str(path)).translated_entries():
        for pattern in (CODE, LINK_TARGET):
            spans = [[m[0] for m in pattern.finditer(text)] for text in (entry.msgstr, entry.msgid)]
            assert spans[0] == spans[1], entry.msgid[:60]


@pytest.mark.parametrize("path", sorted(CATALOGS.glob("*.po")), ids=lambda p: p.name)
def test_chinese_prose_has_full_width_punctuation(path):
    """，；：（）！？ next to Chinese characters; code, URLs and notation keep theirs."""
    found = [(entry.msgstr[:40], match) for entry in polib.pofile(str(path)).translated_entries()
             for match in HALF_WIDTH.findall(NOT_PROSE.sub("\x00", entry.msgstr))]
    assert found == []


@pytest.mark.parametrize("path", [p for p in PAGE_CATALOGS if p.name != "glossary.po"],
                         ids=lambda p: p.name)
def test_chinese_prose_uses_the_glossarys_terms(path):
    """One term per concept, the glossary's (its table lists the variants): section 3's
    correction, for one, holds on every page, since nothing is 编译成计算图 but traced (追踪)."""
    found = [(entry.msgstr[:30], variant) for entry in polib.pofile(str(path)).translated_entries()
             for variant in term_variants(NOT_PROSE.sub("\x00", entry.msgstr))]
    assert found == []


@pytest.mark.parametrize("path", sorted(CATALOGS.glob("*.po")), ids=lambda p: p.name)
def test_catalog_passes_msgfmt_checks(path):
    """What `msgfmt --check` verifies, and so Poedit and Weblate before they accept a
    catalog, checked without GNU gettext (which Windows and macOS lack): a UTF-8 header,
    the same printf directives in a translation as in a message flagged as a format
    string, and a message's leading and trailing newlines kept."""
    catalog = polib.pofile(str(path))
    assert "charset=utf-8" in catalog.metadata["Content-Type"].lower()
    wrong = []
    for entry in catalog.translated_entries():
        if "python-format" in entry.flags and (
                sorted(PRINTF.findall(entry.msgid)) != sorted(PRINTF.findall(entry.msgstr))):
            wrong.append(("format", entry.msgid[:40]))
        if any(edge(entry.msgid, "\n") != edge(entry.msgstr, "\n") for edge in (str.startswith, str.endswith)):
            wrong.append(("newline", entry.msgid[:40]))
    assert wrong == []


def test_each_text_has_one_translation():
    """A text that two catalogs hold (a label, a page's title) reads the same in both."""
    translations = {}
    for path in sorted(CATALOGS.glob("*.po")):
        for entry in polib.pofile(str(path)).translated_entries():
            translations.setdefault(entry.msgid, set()).add(entry.msgstr)
    assert {msgid[:60]: found for msgid, found in translations.items() if len(found) > 1} == {}


def conf_settings() -> dict[str, str]:
    """conf.py's settings that are a string, or another such setting."""
    settings = {}
    for node in ast.parse((ROOT / "conf.py").read_text()).body:
        if isinstance(node, ast.Assign) and isinstance(target := node.targets[0], ast.Name):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                settings[target.id] = node.value.value
            elif isinstance(node.value, ast.Name) and node.value.id in settings:
                settings[target.id] = settings[node.value.id]
    return settings


def test_site_catalog_has_every_label_of_the_extensions():
    """site.po holds the words docs/_ext writes itself (through `_("...")`), and
    the settings of conf.py that labels.py translates (the title, the author)."""
    labels = {call.args[0].value for ext in (DOCS / "_ext").glob("*.py")
              for call in ast.walk(ast.parse(ext.read_text())) if isinstance(call, ast.Call)
              and isinstance(call.func, ast.Name) and call.func.id == "_"
              and isinstance(call.args[0], ast.Constant)}
    labels |= {conf_settings()[name] for name in SITE_WORDS}
    assert labels == {e.msgid for e in polib.pofile(str(CATALOGS / "site.po"))}
