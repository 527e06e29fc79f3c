"""Pages and snippets: every code cell loads a snippet, every snippet is shown and checked."""

import ast
import re
import subprocess

import pytest
from pages import NOT_EXECUTED_FILES, PAGES, ROOT, SNIPPET_FILES, SNIPPETS
from site_pages import loaded_snippets, not_executed_files, split_page, split_snippet


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_code_cell_loads_an_existing_snippet(page):
    _, code = split_page(page.read_text())
    assert code.count("{code-cell}") == len(loaded_snippets(page)), "a code cell without :load:"
    for path in loaded_snippets(page):
        assert path.is_file(), f"{page.name} loads a missing file: {path}"
        assert path.parent == SNIPPETS / page.stem, f"{path.name} belongs in snippets/{page.stem}/"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_inline_python_on_pages(page):
    _, code = split_page(page.read_text())
    assert not {"python", "py", "python3", "ipython", "ipython3", "pycon"} & set(code)


def test_every_snippet_is_shown_on_a_page():
    shown = {path for page in PAGES for path in loaded_snippets(page)}
    assert [p.relative_to(ROOT) for p in SNIPPET_FILES if p not in shown] == []


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_has_doctests_and_runs_alone(path):
    docstring, _, code = split_snippet(path.read_text())
    assert docstring.count(">>> ") >= 2, "the docstring needs doctests of what the snippet computed"
    assert "__file__" not in code and "os.chdir" not in code, "a snippet must not depend on its location"
    ast.parse(code)


def test_every_not_executed_file_is_shown_and_exists():
    shown = {path for page in PAGES for path in not_executed_files(page)}
    assert sorted(shown) == NOT_EXECUTED_FILES


SYNTAX_CHECKS = {".sh": ["bash", "-n"], ".js": ["node", "--check"]}


def test_not_executed_files_are_valid_code():
    for path in NOT_EXECUTED_FILES:
        if path.suffix == ".py":
            ast.parse(path.read_text(), filename=str(path))
        elif path.suffix in SYNTAX_CHECKS:
            subprocess.run([*SYNTAX_CHECKS[path.suffix], str(path)], check=True)
        else:  # Java and others: at least balanced brackets
            text = path.read_text()
            assert [text.count(a) - text.count(b) for a, b in ("{}", "()", "[]")] == [0, 0, 0], path


def test_pages_install_the_converter_that_nox_s_tfjs_checks():
    """The shell blocks of 12.3 and 18.2 install what `nox -s tfjs` converts with."""
    pins = re.search(r"^TFJS_CONVERTER = \[(.*)\]$", (ROOT / "noxfile.py").read_text(), re.M)[1]
    command = "pip install " + " ".join(
        f'"{pin}"' if "<" in pin else pin for pin in re.findall(r'"([^"]+)"', pins))
    for script in ["12-deployment/not-executed/tfjs_convert.sh", "18-platforms/not-executed/convert_to_tfjs.sh"]:
        assert command in (SNIPPETS / script).read_text().splitlines(), script
