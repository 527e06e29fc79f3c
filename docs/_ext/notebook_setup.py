"""The first cell of a downloadable notebook: it installs what the page needs.

A page's notebook runs in any Jupyter: its first cell `%pip install`s the
distributions that the page's snippets import, and TensorFlow and Keras, which
every page runs on, each pinned to the version the build ran, from
requirements.lock. TensorFlow keeps the lock's platform markers: the build
installs `tensorflow-cpu` where that wheel exists and `tensorflow` elsewhere.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

import nbformat

from site_pages import split_snippet

LOCK_LINE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)(?: ; (.*?))? \\$", re.MULTILINE)
ALWAYS = ["tensorflow", "keras"]  # what every page's kernel checks (snippet_cells.py)
# Modules that another distribution provides on other platforms (pyproject.toml)
PROVIDERS = {"tensorflow": ["tensorflow-cpu", "tensorflow"]}


def imported_modules(snippet: Path) -> set[str]:
    """The top-level modules a snippet imports, standard library aside."""
    tree = ast.parse(split_snippet(snippet.read_text(encoding="utf-8"))[2])
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for alias in node.names}
    names |= {node.module for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and node.module and not node.level}
    return {name.partition(".")[0] for name in names} - set(sys.stdlib_module_names)


def pinned_requirements(modules: set[str], lock_text: str) -> list[str]:
    """Requirement strings for the modules, in the lock's versions."""
    lock = {name.lower(): (version, marker) for name, version, marker in LOCK_LINE.findall(lock_text)}
    installed = metadata.packages_distributions()
    wanted = []
    for module in ALWAYS + sorted(set(modules) - set(ALWAYS)):
        for name in PROVIDERS.get(module, installed.get(module, [])):
            if name.lower() in lock and name.lower() not in wanted:
                wanted.append(name.lower())
    requirements = []
    for name in wanted:
        version, marker = lock[name]
        keep_marker = any(name in providers for providers in PROVIDERS.values())
        requirements.append(f'"{name}=={version}; {marker}"' if keep_marker and marker
                            else f"{name}=={version}")
    return requirements


def install_cell(requirements: list[str]) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(
        "# What this page's code needs, in the versions it ran with on this site\n"
        f"%pip install {' '.join(requirements)}")


def with_install_cell(notebook, snippets: list[Path], lock: Path):
    """The notebook, with the install cell first."""
    modules = set().union(*(imported_modules(snippet) for snippet in snippets))
    requirements = pinned_requirements(modules, lock.read_text())
    if requirements:
        notebook.cells.insert(0, install_cell(requirements))
    return notebook
