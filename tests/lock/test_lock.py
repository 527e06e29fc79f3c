"""requirements.lock installs wherever the site says it does (`nox -s lockcheck`).

These tests ask the package index, so they run in their own session, not in
`nox -s doctest`. That the lock is what pyproject.toml gives is checked by the
session itself, before these run.
"""

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"
SITE = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["site"]
SOURCE_ONLY = ["jieba", "fontmeta"]  # publish only an sdist (pure Python): built on install
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", re.MULTILINE)


def pins(text: str) -> set[tuple[str, str]]:
    """The (name, version) pairs of a requirements file, whatever their markers."""
    return set(PIN.findall(text))


def run(*command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_the_lock_has_a_hash_for_every_pin():
    entries = re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text())
    assert len(entries) == len(pins(LOCK.read_text())) > 100
    assert [e.split()[0] for e in entries if "--hash=sha256:" not in e] == []


@pytest.mark.parametrize("python", SITE["python-versions"])
def test_pip_installs_the_lock_as_read_the_docs_does(python, tmp_path):
    """A dry run resolves every pin, honours each Requires-Python and checks hashes."""
    interpreter = shutil.which(f"python{python}")
    assert interpreter, f"Python {python} is not on PATH (pyenv: set PYENV_VERSION)"
    run(interpreter, "-m", "venv", str(tmp_path / "venv"))
    pip = [str(tmp_path / "venv" / "bin" / "python"), "-m", "pip"]
    # Read the Docs upgrades pip first; no pip.conf of this machine applies there.
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    run(*pip, "install", "-q", "--upgrade", "pip", env=env)
    run(*pip, "install", "-q", "--dry-run", "--ignore-installed", "-r", str(LOCK), env=env)


@pytest.mark.parametrize("python", SITE["python-versions"])
@pytest.mark.parametrize("platform", SITE["platforms"])
def test_the_lock_resolves_from_wheels_on_every_platform(platform, python):
    """uv resolves the lock for another platform and adds nothing: every
    dependency there is pinned, at the lock's version, with a wheel."""
    resolved = run(
        os.environ.get("UV", "uv"), "pip", "compile", str(LOCK), "--python-platform", platform,
        "--python-version", python, "--only-binary", ":all:",
        *[f"--no-binary={name}" for name in SOURCE_ONLY], "--no-header", "--quiet",
    )
    names = {name for name, _ in pins(resolved)}
    assert {"keras", "sphinx", "ai-edge-litert"} <= names
    assert names & {"tensorflow", "tensorflow-cpu"}
    assert pins(resolved) - pins(LOCK.read_text()) == set()
