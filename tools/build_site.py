"""Build both editions of the site, one after the other, in one process.

    python tools/build_site.py [sphinx-build options]

`nox -s docs` runs this. Each edition is an ordinary `sphinx-build -W` of docs/
(English into _build/html, Chinese into _build/html/zh_CN, doctrees and executed
notebooks in _build/doctrees/<language>), with the options given added. One
process, because a build with nothing to do is mostly Python importing Sphinx,
MyST-NB and the theme: the second edition reuses the first one's imports.
The English edition runs first and fills the execution cache; the Chinese one
executes nothing again. The first failing edition stops the build.
"""

from __future__ import annotations

import os
import sys

import sphinx.locale
from sphinx.cmd.build import build_main

EDITIONS = {"en": "_build/html", "zh_CN": "_build/html/zh_CN"}  # language: output folder
# Two readers more than cores: a reader waits while its page's kernel starts,
# imports TensorFlow and shuts down, and another reader's kernel can use that
# core. Measured cold on 2 cores: 91 s with -j 2, 89 s with 3, 85 s with 4.
JOBS = (os.cpu_count() or 1) + 2
OPTIONS = ["-j", str(JOBS), "-c", ".", "-W", "--keep-going", "-b", "html"]


def build_editions(extra: list[str]) -> int:
    for language, outdir in EDITIONS.items():
        # Sphinx keeps loaded translations in a module-level dict; a new language
        # must not fall back on the previous edition's catalogs.
        sphinx.locale.translators.clear()
        status = build_main([*OPTIONS, "-D", f"language={language}",
                             "-d", f"_build/doctrees/{language}", *extra, "docs", outdir])
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(build_editions(sys.argv[1:]))
