"""The English and the Chinese edition link to each other, page by page.

Locally (`nox -s docs`) the Chinese edition is built into _build/html/zh_CN/,
a folder of the English site. On Read the Docs it is the project's zh-cn
translation, at the address `edition_canonical_url` (conf.py) with /zh-cn/
instead of /en/.

MyST-NB writes executed notebooks beside the output folder, which for the
Chinese edition is inside the English site; here every edition writes them
beside its doctrees instead, out of any site.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from docutils import nodes

from under_title import insert_under_title

# (Read the Docs slug, the link's words in the edition's own language, their HTML lang)
EDITIONS = {"en": ("en", "English edition", "en"), "zh_CN": ("zh-cn", "中文版", "zh-CN")}


def _configure(app, config):
    """Settings that depend on the language, known only after -D overrides."""
    if config.language != "en" and not config.edition_canonical_url:
        config.html_baseurl += f"{config.language}/"  # local: a folder of the English site
    config.notfound_urls_prefix = urlsplit(config.html_baseurl).path  # 404 links at any depth
    if config.language.startswith("zh"):
        app.add_js_file("zh-stemmer.js")  # works around a Sphinx 9.0 search bug


def _keep_notebooks_out_of_the_site(app):
    folder = Path(app.doctreedir) / "jupyter_execute"
    app.env.mystnb_config = app.env.mystnb_config.copy(output_folder=str(folder))


def _other_edition_uri(app, docname):
    here = app.config.language
    other = "zh_CN" if here == "en" else "en"
    canonical = app.config.edition_canonical_url
    if canonical:  # .../en/latest/ <-> .../zh-cn/latest/
        there = canonical.replace(f"/{EDITIONS[here][0]}/", f"/{EDITIONS[other][0]}/", 1)
        return other, f"{there}{docname}.html"
    root = app.builder.get_relative_uri(docname, app.config.root_doc).rpartition("/")[0]
    root = f"{root}/" if root else ""
    folder = "zh_CN/" if other == "zh_CN" else "../"
    return other, f"{root}{folder}{docname}.html"


def _translate_alt_texts(doctree):
    """Alt text lives in cell metadata, out of gettext's reach; in a translated
    edition each figure's image takes its translated caption as alt text."""
    for figure in doctree.findall(nodes.figure):
        caption = next(iter(figure.findall(nodes.caption)), None)
        for image in figure.findall(nodes.image):
            if caption is not None:
                image["alt"] = caption.astext()


def _add_switch(app, doctree, docname):
    if app.config.language != "en":
        _translate_alt_texts(doctree)
    if app.builder.format != "html":
        return
    other, uri = _other_edition_uri(app, docname)
    switch = nodes.paragraph(classes=["edition-switch"])
    _slug, words, lang = EDITIONS[other]
    # docutils writes a class language-<tag> as the element's lang attribute
    switch += nodes.reference("", words, refuri=uri, classes=["edition-link", f"language-{lang}"])
    insert_under_title(doctree, switch)


def setup(app):
    # where the hosted edition lives, e.g. https://x.readthedocs.io/en/latest/ ("": local)
    app.add_config_value("edition_canonical_url", "", "html")
    app.connect("config-inited", _configure)
    app.connect("builder-inited", _keep_notebooks_out_of_the_site, priority=900)  # after MyST-NB's
    app.connect("doctree-resolved", _add_switch)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
