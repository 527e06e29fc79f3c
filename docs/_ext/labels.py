"""The words the extensions write themselves, in the build's language.

Their translations live in one catalog, `site.po` beside the pages' catalogs
(`locale_dirs` in conf.py), so each label is translated once. A label node is
marked untranslatable: otherwise gettext would extract it again into the
catalog of every page that shows it.

Some words come from elsewhere and are translated here too: the site's title
and author from conf.py (`SITE_WORDS`), the 404 page's, and the title of a tip
box, whose Chinese in Sphinx's own catalog (小技巧) is not the original's word (提示).
The theme's own words are in `sphinx.po` beside them, which Sphinx reads itself.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.locale import admonitionlabels, get_translation
from sphinx.util.i18n import CatalogInfo

CATALOG = "site"
_ = get_translation(CATALOG)  # lazy: safe at import time, translated when used
SITE_WORDS = ("html_title", "author")  # conf.py's words that every page shows (in site.po)


def label(node_class: type[nodes.TextElement], message: str, **attributes) -> nodes.TextElement:
    """A node holding a translated label, which gettext leaves out of page catalogs."""
    node = node_class(text=str(message), **attributes)
    node["translatable"] = False
    return node


def load_site_catalog(app) -> None:
    """Register site.po (compiled here: Sphinx compiles the pages' catalogs only
    after extensions have loaded theirs)."""
    for locale_dir in app.config.locale_dirs:
        locale_dir = Path(app.srcdir, locale_dir)
        folder = locale_dir / app.config.language / "LC_MESSAGES"
        catalog = CatalogInfo(str(folder), CATALOG, "utf-8")
        if Path(catalog.po_path).is_file() and catalog.is_outdated():
            catalog.write_mo(app.config.language)
        app.add_message_catalog(CATALOG, str(locale_dir))


def translate_site_words(app) -> None:
    """The title (sidebar, `<title>`), the footer's author, the tip box's title and
    the 404 page, in the build's language.

    Only settings that Sphinx reads when writing pages change here: a changed
    setting that pages are read with (`author`) would make every page be read again."""
    config = app.config
    config.html_title = str(_(config.html_title))
    config.copyright = config.copyright.replace(config.author, str(_(config.author)))
    admonitionlabels["tip"] = _("Tip")
    # sphinx-notfound-page's own words are English only
    title = str(_("Page not found"))
    text = str(_("There is no page at this address. The sections of the guide are in the sidebar."))
    config.notfound_context = {"title": title, "body": f"<h1>{title}</h1>\n<p>{text}</p>"}


def setup(app):
    app.connect("builder-inited", load_site_catalog)
    app.connect("builder-inited", translate_site_words)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
