"""Tidy what sphinx-intl writes into the catalogs: `nox -s catalogs` runs this.

    python tools/tidy_catalogs.py locale/zh_CN/LC_MESSAGES/*.po

- Drops the `python-format` flags: Babel, under sphinx-intl, flags every
  message whose text looks like a printf directive ("90% of" reads as `% o`),
  and then `msgfmt --check`, Poedit and Weblate reject a translation that does
  not repeat the "directive". Sphinx's messages are never format strings.
- Drops obsolete (`#~`) entries, the translations of paragraphs that no page
  has any more: kept, they are a second, stale version of a text.
"""

import sys

import polib

for path in sys.argv[1:]:
    catalog = polib.pofile(path)
    obsolete = [entry for entry in catalog if entry.obsolete]
    flagged = [entry for entry in catalog if "python-format" in entry.flags]
    for entry in obsolete:
        catalog.remove(entry)
    for entry in flagged:
        entry.flags.remove("python-format")
    if obsolete or flagged:
        catalog.save(path)
