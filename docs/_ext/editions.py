"""The English and the Chinese edition link to each other, page by page.

Locally the Chinese edition is built into _build/html/zh_CN/ (`nox -s docs-zh`);
on Read the Docs it is the project's zh-cn translation, at the same address
with /zh-cn/ instead of /en/.
"""

import os
from urllib.parse import urlsplit

from docutils import nodes

EDITIONS = {"en": ("English", "English edition"), "zh_CN": ("zh-cn", "中文版")}


def _configure(app, config):
    """Settings that depend on the language, known only after -D overrides."""
    if config.language != "en" and "READTHEDOCS_CANONICAL_URL" not in os.environ:
        config.html_baseurl += f"{config.language}/"  # local: a folder of the English site
    config.notfound_urls_prefix = urlsplit(config.html_baseurl).path
    if config.language.startswith("zh"):
        app.add_js_file("zh-stemmer.js")  # works around a Sphinx 9.0 search bug


def _other_edition_uri(app, docname):
    other = "zh_CN" if app.config.language == "en" else "en"
    canonical = os.environ.get("READTHEDOCS_CANONICAL_URL")
    if canonical:  # .../en/latest/ <-> .../zh-cn/latest/
        here = "/en/" if other == "zh_CN" else "/zh-cn/"
        there = "/zh-cn/" if other == "zh_CN" else "/en/"
        return other, canonical.replace(here, there, 1) + f"{docname}.html"
    root = app.builder.get_relative_uri(docname, "index").rpartition("/")[0]
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
    title = next(iter(doctree.findall(nodes.title)), None)
    if title is None or app.builder.format != "html":
        return
    other, uri = _other_edition_uri(app, docname)
    switch = nodes.paragraph(classes=["edition-switch"])
    switch += nodes.reference("", EDITIONS[other][1], refuri=uri, classes=["edition-link"])
    title.parent.insert(title.parent.index(title) + 1, switch)


def setup(app):
    app.connect("config-inited", _configure)
    app.connect("doctree-resolved", _add_switch)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
