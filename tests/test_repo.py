"""The repository's own promises: Read the Docs config, README commands, CI."""

import re
import subprocess
import sys

from pages import ROOT


def test_readthedocs_config_matches_rtd_schema():
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.readthedocs",
         str(ROOT / ".readthedocs.yaml")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def readme_commands():
    """The shell commands of the README's "Build and test" section."""
    section = (ROOT / "README.md").read_text().split("## Build and test")[1].split("\n## ")[0]
    return re.findall(r"^\$ (.+)$", section, flags=re.MULTILINE)


def test_ci_runs_exactly_the_readme_commands():
    commands = readme_commands()
    assert len(commands) == 2 and "nox -s docs" in commands[0] and "nox -s doctest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert all(command in ci for command in commands)

