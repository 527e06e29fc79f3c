"""Downloaded notebooks run on their own: in a virtual environment that has
nothing but Jupyter's runner, their first cell installs what they need.

Needs the built site (`nox -s docs`) and PyPI; `nox -s notebooks` runs it.
"""

import json
import os
import re
import subprocess
import sys

import nbformat
import pytest
from pages import SITE

PAGES = ["03-core-concepts", "04-linear-regression"]  # small pages: one install each
RUN = """
import sys, nbclient, nbformat
notebook = nbformat.read(sys.argv[1], as_version=4)
nbclient.NotebookClient(notebook, kernel_name="python3", timeout=900).execute()
nbformat.write(notebook, sys.argv[2])
"""


@pytest.fixture(scope="module")
def bare_python(tmp_path_factory):
    """A new venv with only the runner (nbclient and the kernel) in it."""
    folder = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "nbclient", "ipykernel"], check=True)
    return python


def pinned(notebook):
    """name: version, from the notebook's install cell."""
    return dict(re.findall(r"([a-z][a-z0-9._-]*)==([^\s;\"]+)", notebook.cells[0].source))


def installed(python, names):
    """name: version of those of `names` that pip lists in the environment."""
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=json"],
                            capture_output=True, text=True, check=True).stdout
    found = {re.sub(r"[-_.]+", "-", p["name"]).lower(): p["version"] for p in json.loads(listed)}
    return {name: version for name, version in found.items() if name in names}  # PEP 503 names


@pytest.mark.parametrize("page", PAGES)
def test_downloaded_notebook_runs_in_a_bare_environment(page, bare_python, tmp_path):
    notebook_path = SITE / "_downloads" / "notebooks" / f"{page}.ipynb"
    built = nbformat.read(notebook_path, as_version=4)
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run([str(bare_python), "-c", RUN, str(notebook_path), str(tmp_path / "ran.ipynb")],
                            cwd=work, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-4000:]
    assert list(work.iterdir()) == []  # it wrote nothing outside temporary folders
    # the install cell installed the versions the build ran
    wanted = pinned(built)
    found = installed(bare_python, wanted)
    assert {name: found[name] for name in found} == {name: wanted[name] for name in found}
    assert "keras" in found and ({"tensorflow", "tensorflow-cpu"} & set(found))
    # and the page's code printed what the site shows (plain text outputs)
    ran = nbformat.read(tmp_path / "ran.ipynb", as_version=4)
    for before, after in zip(built.cells[1:], ran.cells[1:]):
        if before.cell_type == "code":
            texts = ["".join(o.text for o in cell.outputs if o.get("name") == "stdout")
                     for cell in (before, after)]
            assert texts[0] == texts[1], before.source[:80]
