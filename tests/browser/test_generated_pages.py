"""Generated pages follow an edit after an incremental build (they never go stale)."""

import doctest
import re
import shutil
import subprocess
import sys

from pages import ROOT
from site_pages import split_snippet


def build(tree):
    """Build incrementally; return the text of the three generated pages."""
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-c", ".", "-W", "-b", "html", "docs", "_build/html"],
        cwd=tree, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    pages = {}
    for name in ("verification", "errata", "timings"):
        html = (tree / "_build" / "html" / f"{name}.html").read_text()
        pages[name] = " ".join(re.sub(r"<[^>]+>", "", html).split())
    return pages


def examples(snippet):
    """How many doctest examples a snippet's docstring holds."""
    return len(doctest.DocTestParser().get_examples(split_snippet(snippet.read_text())[0]))


def timing_row(timings, page):
    return re.search(rf"{page} (\S+ \S+ \S+ \S+)", timings)[1]  # modified, method, run time


def test_generated_pages_follow_an_edit(tmp_path):
    tree = tmp_path / "site"
    tree.mkdir()
    tracked = ["conf.py", "pyproject.toml", "requirements.lock", "docs", "snippets", "tools"]
    files = subprocess.run(["git", "ls-files", *tracked], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    for name in files:  # the committed site, not work in progress
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tree / name)
    # with the cache, unchanged pages are not executed again
    shutil.copytree(ROOT / "_build" / ".jupyter_cache", tree / "_build" / ".jupyter_cache")
    before = build(tree)
    snippet = tree / "snippets" / "03-core-concepts" / "eager_execution.py"
    count = examples(snippet)
    assert f"eager_execution.py: executed, checked by {count} doctest examples" in before["verification"]

    snippet.write_text(snippet.read_text().replace('"""\n\nimport', '>>> int(a + b)\n8\n"""\n\nimport', 1))
    page = tree / "docs" / "03-core-concepts.md"
    page.write_text(page.read_text().replace("calls this step *tracing*", "calls this step *tracing* (edited)"))
    after = build(tree)  # incremental: only the edited page is read and executed again

    assert f"eager_execution.py: executed, checked by {count + 1} doctest examples" in after["verification"]
    assert "tracing (edited)" in after["errata"] and "(edited)" not in before["errata"]
    assert timing_row(after["timings"], "03-core-concepts") != timing_row(before["timings"], "03-core-concepts")
    assert timing_row(after["timings"], "04-linear-regression") == timing_row(before["timings"], "04-linear-regression")
