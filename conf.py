"""Sphinx configuration. Pages live in docs/, examples in snippets/.

Build with `nox -s docs` (tools/build_site.py: `sphinx-build -c . docs _build/html`, then
the Chinese edition into _build/html/zh_CN).
"""

import os
import sys
import tomllib
from datetime import date
from pathlib import Path

from jupyter_cache import get_cache

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from snippet_cells import describe_environment  # noqa: E402

project = "Getting Started with TensorFlow"
author = "the translators"
copyright = f"{date.today().year}, {author}"
# The Chinese edition: -D language=zh_CN (nox -s docs builds it too), or Read the Docs'
# zh-cn translation project; its texts come from the gettext catalogs in locale/.
language = {"zh-cn": "zh_CN"}.get(os.environ.get("READTHEDOCS_LANGUAGE", "en"), "en")
locale_dirs = ["../locale"]  # relative to docs/
gettext_compact = False      # one catalog per page
gettext_location = False     # no line numbers: catalogs change only when texts do
root_doc = "index"
extensions = [
    "myst_nb",            # MyST Markdown pages that are executed notebooks
    "sphinx_copybutton",
    # docs/_ext, one job each (their order does not matter):
    "snippet_cells",      # `:load:` without docstrings, hidden doctest cells, failures named
    "markers",            # translator-note, addition, not-executed directives
    "outside_checks",     # what `nox -s tfjs` checked of not-executed JavaScript
    "generated_lists",    # errata, additions and verification lists
    "stamp",              # under each executed page's title: when and with what it ran
    "downloads",          # each page's notebook and snippets in _downloads/
    "report_link",        # "report an error" at each page's foot
    "apilinks",           # `tf.*` / `keras.*` literals link to the API reference
    "editions",           # each page links to the other language's edition
    "warned_pages",       # a page that warned is read again until it stops warning
    "sphinx_design",      # install tabs per platform
    "notfound.extension", # 404 page
    "sphinx_sitemap",
]
exclude_patterns = ["_ext"]

# What builds the site. The landing page and each page's stamp name it, and a
# hidden first cell of every executed page checks that its kernel runs it
# (snippet_cells.py): the lock's hash and these versions are part of each page's
# code, so a new lock or TensorFlow re-executes every page.
LOCK = ROOT / "requirements.lock"
snippet_environment = describe_environment(LOCK)
downloads_lock = str(LOCK)  # its pins go into each notebook's first cell
# What `nox -s tfjs` (run by CI) checked of the pages' JavaScript: outside_checks.py
outside_checks_record = str(ROOT / "tools" / "tfjs" / "verified.json")
_tf, _keras = snippet_environment["distributions"].values()
# The Python versions (consecutive) that `nox -s pythons` runs every snippet's doctests on.
_pythons = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["site"]["python-versions"]
myst_enable_extensions = ["substitution", "deflist", "colon_fence"]
myst_substitutions = {
    "tf_version": _tf,
    "keras_version": _keras,
    "python_version": snippet_environment["python"],
    "python_versions": f"{_pythons[0]}–{_pythons[-1]}",  # a range in any language
    "build_cores": str(os.cpu_count()),  # the timings page says what its times were measured on
}

# Execution: every page with code runs in a fresh kernel; jupyter-cache keys on
# the code, so unchanged pages are not re-run. A failing cell fails the build.
nb_execution_mode = "cache"
nb_execution_cache_path = str(ROOT / "_build" / ".jupyter_cache")  # not CWD-relative
# Create the cache's database now: parallel (-j) readers would race to create it.
get_cache(nb_execution_cache_path).list_cache_records()
# A failing cell is a warning (an error under -W) that snippet_cells.py turns
# into one naming the snippet, with the traceback: raising instead would name
# only the page, and under -j not even the error.
nb_execution_raise_on_error = False
nb_execution_show_tb = False
nb_execution_timeout = 120
nb_merge_streams = True       # one output block per cell, not one per flush
nb_output_stderr = "remove"   # TensorFlow's C++ start-up lines go to stderr
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # kernels inherit it
os.environ.pop("MPLBACKEND", None)  # an inherited Agg backend drops every figure

html_theme = "furo"
html_title = project
html_use_index = False  # no page has index entries: an empty genindex.html, written every build
# Sphinx loads jieba's own dictionary a second time as a user dictionary unless
# told otherwise: 1 s of every Chinese build, for the same segmentation.
html_search_options = {"dict": ""}
html_static_path = ["docs/_static"]
html_favicon = "docs/_static/favicon.svg"
# Read the Docs says where the site lives; locally, the README's http.server.
# The Chinese edition's address and the 404 page's link prefix follow from it (editions.py).
edition_canonical_url = os.environ.get("READTHEDOCS_CANONICAL_URL", "")
html_baseurl = edition_canonical_url or "http://127.0.0.1:8000/"
sitemap_url_scheme = "{link}"
# Set REPOSITORY_URL (e.g. https://github.com/owner/repo) for "report an error" links.
report_repository = os.environ.get("REPOSITORY_URL", "")
# Buttons on code only, none on outputs. Console prompts ("$ ", "> ") are not
# copied; Python cells have no prompts (docstrings are stripped), so they copy whole.
copybutton_selector = "div:not(.output) > div.highlight pre"
copybutton_prompt_text = r"\$ |> "
copybutton_prompt_is_regexp = True
