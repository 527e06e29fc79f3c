"""The snippet machinery on a tiny site (tests/machinery/site), without TensorFlow:
failures name the snippet in serial and parallel builds, and outputs never
outlive the environment that made them."""

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jupyter_cache import get_cache
from kernel_checks import check_environment
from snippet_cells import describe_environment

SITE = Path(__file__).parent / "site"
EXTENSIONS = Path(__file__).resolve().parents[2] / "docs" / "_ext"
JOBS = {"serial": [], "parallel": ["-j", "2"]}


@pytest.fixture
def site(tmp_path):
    shutil.copytree(SITE, tmp_path / "site")
    return tmp_path / "site"


def build(site, *options):
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-W", "--keep-going", "-c", str(site), *options,
         str(site / "docs"), str(site / "_build" / "html")],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(EXTENSIONS)},
    )


@pytest.mark.parametrize("jobs", JOBS)
def test_a_snippet_that_raises_is_named_with_its_traceback(site, jobs):
    (site / "snippets/01-first/adds.py").write_text('"""\n>>> total\n3\n"""\n\ntotal = 1 / 0\n')
    result = build(site, *JOBS[jobs])
    assert result.returncode == 1
    assert "01-first.md: WARNING: snippet raised: snippets/01-first/adds.py" in result.stderr
    assert "ZeroDivisionError" in result.stderr and "total = 1 / 0" in result.stderr


@pytest.mark.parametrize("jobs", JOBS)
def test_a_failing_doctest_is_named_with_its_diff(site, jobs):
    snippet = site / "snippets/01-first/adds.py"
    snippet.write_text(snippet.read_text().replace(">>> total\n3", ">>> total\n4"))
    result = build(site, *JOBS[jobs])
    assert result.returncode == 1
    assert "01-first.md: WARNING: doctest failed: snippets/01-first/adds.py" in result.stderr
    assert "Expected:\n    4\nGot:\n    3" in result.stderr


def test_a_new_lock_re_executes_every_page(site):
    cache = site / "_build" / ".jupyter_cache"
    assert build(site).returncode == 0
    assert build(site, "-E").returncode == 0
    assert len(get_cache(cache).list_cache_records()) == 1  # unchanged code: a cache hit
    (site / "requirements.lock").write_text("fixture==1.1\n")
    assert build(site, "-E").returncode == 0
    assert len(get_cache(cache).list_cache_records()) == 2  # executed again


def test_the_stamp_names_the_environment_the_kernel_checked(site):
    assert build(site).returncode == 0
    tf, keras = describe_environment(site / "requirements.lock")["distributions"].values()
    stamp = f"with TensorFlow {tf}, Keras {keras}, Python {platform.python_version()}."
    assert stamp in (site / "_build" / "html" / "01-first.html").read_text()


def test_a_kernel_in_another_environment_fails_the_page():
    expected = describe_environment(SITE / "requirements.lock")
    check_environment(expected)
    with pytest.raises(RuntimeError, match="the kernel runs"):
        check_environment({**expected, "python": "2.7.18"})
