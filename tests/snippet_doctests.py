"""pytest plugin: each snippet in snippets/ is one test that runs the script,
then its docstring's doctests against the variables it left.

That is what a page's hidden cell does in the build (kernel_checks.check_doctests,
with the flags of pyproject.toml), so a snippet passes or fails the same way in
both. Collecting reads the docstring only; the script runs when its test does,
so tests can be spread over processes (`-n`, pytest-xdist).
"""

from __future__ import annotations

import runpy
from pathlib import Path

import matplotlib
import pytest
from kernel_checks import check_doctests
from site_pages import doctest_flags, split_snippet

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
FLAGS = doctest_flags(ROOT / "pyproject.toml")


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix == ".py" and file_path.is_relative_to(SNIPPETS) \
            and "not-executed" not in file_path.parts:
        return SnippetFile.from_parent(parent, path=file_path)


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetItem.from_parent(self, name=self.path.name)


class SnippetItem(pytest.Item):
    def runtest(self):
        docstring, lineno, _ = split_snippet(self.path.read_text())
        # Matplotlib settings a snippet makes stay its own, as in its page's kernel:
        # tests share a process, and a font set by one would reach the next
        with matplotlib.rc_context():
            namespace = runpy.run_path(str(self.path), run_name="__main__")  # as a page's kernel runs it
            check_doctests(docstring, self.path.relative_to(ROOT).as_posix(), lineno, FLAGS, namespace)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, AssertionError) and "doctest of" in str(excinfo.value):
            return str(excinfo.value)  # the Expected/Got report, nothing else
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"snippet {self.path.relative_to(ROOT).as_posix()}"
