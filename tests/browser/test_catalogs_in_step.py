"""The Chinese catalogs are in step with the English pages (run after `nox -s docs`).

It extracts the pages' messages as `nox -s catalogs` does, with the build's
execution cache, so that figure captions and alt text are among them.
"""

import subprocess
import sys

import polib
from pages import CATALOGS, PAGES, ROOT


def test_catalogs_are_in_step_with_the_pages(tmp_path):
    """Every message of every page has a catalog entry, and no entry is left over."""
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-c", ".", "-b", "gettext", "docs", str(tmp_path)],
        cwd=ROOT, check=True, capture_output=True,
    )
    templates = {pot.stem: {e.msgid for e in polib.pofile(str(pot))} for pot in tmp_path.glob("*.pot")}
    assert sorted(templates) == [p.stem for p in PAGES]
    for name, msgids in templates.items():
        catalog = {e.msgid for e in polib.pofile(str(CATALOGS / f"{name}.po")) if not e.obsolete}
        assert catalog == msgids, f"{name}.po is stale: run `nox -s catalogs`, then translate"
