"""The machinery tests' fixture site (tests/machinery/roots/test-site), and how
they read what it built."""

import re
from pathlib import Path

from bs4 import BeautifulSoup
from sphinx.util.console import strip_colors

ROOTS = Path(__file__).parent / "machinery" / "roots"
FIXTURE_SITE = ROOTS / "test-site"


def html(app, docname: str) -> BeautifulSoup:
    """A page of the build, parsed."""
    return BeautifulSoup((Path(app.outdir) / f"{docname}.html").read_text(), "html.parser")


def text(element) -> str:
    return " ".join(element.get_text().split())


NOT_EXECUTED = {"nb_execution_mode": "off"}  # for tests about anything but execution


def build(make_app, srcdir: Path, buildername: str = "html", **options):
    """Build the site at `srcdir` with a new application (as a new
    `sphinx-build` would), and return it, cleaned up, for its outputs."""
    app = make_app(buildername, srcdir=srcdir, **options)
    app.build()
    app.cleanup()
    return app


def warnings(app) -> str:
    return strip_colors(app.warning.getvalue())


def read_pages(app) -> set[str]:
    """The pages a build read, from its status output."""
    status = strip_colors(app.status.getvalue())
    return set(re.findall(r"reading sources\.\.\. \[\s*\d+%\] (\S+)", status))
