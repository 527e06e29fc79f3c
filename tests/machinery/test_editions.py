"""The editions: each page links to its counterpart, a translated edition
takes the extensions' labels from site.po and writes nothing beside its own
output, and gettext leaves those labels out of the pages' catalogs."""

import shutil
from pathlib import Path

import polib
from machinery_site import NOT_EXECUTED, build, html, text, warnings
from pages import CATALOGS

SITE_CATALOG = CATALOGS / "site.po"


def test_the_english_page_links_to_the_chinese_one(make_app, site):
    app = build(make_app, site, confoverrides=NOT_EXECUTED)
    link = html(app, "01-first").select_one("a.edition-link")
    assert (text(link), link["href"]) == ("中文版", "zh_CN/01-first.html")


def test_the_chinese_edition_translates_the_labels_and_links_back(make_app, site):
    shutil.copy(SITE_CATALOG, site / "locale/zh_CN/LC_MESSAGES/site.po")
    builddir = site / "_build/zh_CN"
    app = build(make_app, site, builddir=builddir, confoverrides={"language": "zh_CN"})
    assert warnings(app) == ""
    page = html(app, "01-first")
    link = page.select_one("a.edition-link")
    assert (text(link), link["href"]) == ("English edition", "../01-first.html")
    translated = {e.msgid: e.msgstr for e in polib.pofile(str(SITE_CATALOG))}
    assert text(page.select_one(".translator-note .admonition-title")) == translated["Translator's note"]
    assert text(html(app, "02-second").select_one(".not-executed .admonition-title")) == \
        translated["Not executed in this build"]
    # MyST-NB would put executed notebooks beside the output folder, i.e. in the
    # English site when the Chinese one is a folder of it
    assert sorted(p.name for p in builddir.iterdir()) == ["doctrees", "html"]
    # The notes' translated bodies are kept without the documents their messages
    # were parsed into: those hold the environment, which would then pickle itself
    bodies = [body for page in app.env.site_records.values() for entries in page.values()
              for entry in entries for body in entry.get("body", [])]
    assert bodies and [n for body in bodies for n in body.findall() if n.document] == []
    assert (builddir / "doctrees/environment.pickle").stat().st_size < 100_000


def test_gettext_leaves_the_labels_to_the_site_catalog(make_app, site):
    app = build(make_app, site, "gettext", confoverrides=NOT_EXECUTED)
    messages = {name: {e.msgid for e in polib.pofile(str(Path(app.outdir) / f"{name}.pot"))}
                for name in ("01-first", "02-second")}
    assert "Adding is now done in plain Python." in messages["01-first"]
    labels = {e.msgid for e in polib.pofile(str(SITE_CATALOG))}
    assert labels & (messages["01-first"] | messages["02-second"]) == set()
