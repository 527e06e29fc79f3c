"""The words the extensions write themselves, in the build's language.

Their translations live in one catalog, `site.po` beside the pages' catalogs
(`locale_dirs` in conf.py), so each label is translated once. A label node is
marked untranslatable: otherwise gettext would extract it again into the
catalog of every page that shows it.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.locale import get_translation
from sphinx.util.i18n import CatalogInfo

CATALOG = "site"
_ = get_translation(CATALOG)  # lazy: safe at import time, translated when used


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


def setup(app):
    app.connect("builder-inited", load_site_catalog)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
