"""Drop the `python-format` flags that sphinx-intl puts on the catalogs.

    python tools/drop_format_flags.py locale/zh_CN/LC_MESSAGES/*.po

Babel, under sphinx-intl, flags every message whose text looks like a printf
directive ("90% of" reads as `% o`), and then `msgfmt -c`, Poedit and Weblate
reject a translation that does not repeat the "directive". Sphinx's messages
are never format strings. `nox -s catalogs` runs this after `sphinx-intl update`.
"""

import sys

import polib

for path in sys.argv[1:]:
    catalog = polib.pofile(path)
    flagged = [entry for entry in catalog if "python-format" in entry.flags]
    for entry in flagged:
        entry.flags.remove("python-format")
    if flagged:
        catalog.save(path)
