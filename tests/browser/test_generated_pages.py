"""Generated pages follow an edit after an incremental build (they never go stale)."""

import re
import shutil
import subprocess
import sys

from pages import ROOT


def build(tree):
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-c", ".", "-W", "-b", "html", "docs", "_build/html"],
        cwd=tree, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    html = (tree / "_build" / "html" / "verification.html").read_text()
    return " ".join(re.sub(r"<[^>]+>", "", html).split())  # the page's text


def test_verification_page_follows_a_snippet_edit(tmp_path):
    tree = tmp_path / "site"
    tree.mkdir()
    files = subprocess.run(["git", "ls-files", "conf.py", "pyproject.toml", "docs", "snippets"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    for name in files:  # the committed site, not work in progress
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tree / name)
    # with the cache, unchanged pages are not executed again
    shutil.copytree(ROOT / "_build" / ".jupyter_cache", tree / "_build" / ".jupyter_cache")
    snippet = tree / "snippets" / "03-core-concepts" / "eager_execution.py"

    assert "eager_execution.py: executed, checked by 3 doctest examples" in build(tree)
    text = snippet.read_text()
    snippet.write_text(text.replace('"""\n\nimport', '>>> int(a + b)\n8\n"""\n\nimport', 1))
    assert "eager_execution.py: executed, checked by 4 doctest examples" in build(tree)
