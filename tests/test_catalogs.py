"""The Chinese edition's catalogs: complete, markup intact.

(That they are in step with the English pages is checked after the build, in
tests/browser/test_catalogs_in_step.py: figure captions need the execution cache.)
"""

import ast
import re

import polib
import pytest
from pages import CATALOGS, DOCS

PAGE_CATALOGS = sorted(CATALOGS.glob("*.po"))
CODE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")  # a code span: n backticks to n backticks
LINK_TARGET = re.compile(r"\]\(([^)]+)\)")
CJK = "[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]"
# Not prose: code spans, link targets, URLs, substitutions, and notation such as sin(x)
NOT_PROSE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)|\]\([^)]*\)|https?://\S+|\{\{[^}]*\}\}"
                       r"|(?<=[A-Za-z])\([\w .+\-*/,]{1,12}\)")
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


@pytest.mark.parametrize("path", PAGE_CATALOGS, ids=lambda p: p.name)
def test_tracing_is_never_called_compiling(path):
    """Section 3's correction holds on every Chinese page: a function is traced
    (追踪) into a graph, not compiled (编译). The glossary quotes the original's term."""
    found = [entry.msgstr[:60] for entry in polib.pofile(str(path)).translated_entries()
             if re.search(r"编译(成|为)?(计算)?图", entry.msgstr) and entry.msgstr != entry.msgid]
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


def test_site_catalog_has_every_label_of_the_extensions():
    """site.po holds the words docs/_ext writes itself (through `_("...")`)."""
    labels = {call.args[0].value for ext in (DOCS / "_ext").glob("*.py")
              for call in ast.walk(ast.parse(ext.read_text())) if isinstance(call, ast.Call)
              and isinstance(call.func, ast.Name) and call.func.id == "_"}
    assert labels == {e.msgid for e in polib.pofile(str(CATALOGS / "site.po"))}
