"""The machinery tests: the real extensions (docs/_ext) on a tiny project,
roots/test-site, built with sphinx.testing (its fixtures: `-p sphinx.testing.fixtures`
in pyproject.toml). Its snippets are three lines of
plain Python, so a build takes a second or two and runs no TensorFlow."""

import shutil

import pytest
from machinery_site import FIXTURE_SITE, ROOTS

collect_ignore = ["roots"]


@pytest.fixture(scope="session")
def rootdir():
    return ROOTS


@pytest.fixture
def site(tmp_path):
    """A fresh copy of the fixture site, for a test that edits it."""
    return shutil.copytree(FIXTURE_SITE, tmp_path / "site")
