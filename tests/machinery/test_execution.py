"""Executed snippets: a failure names the snippet, in serial and parallel
builds, and outputs never outlive the environment that made them."""

import pytest
from jupyter_cache import get_cache
from kernel_checks import check_environment
from machinery_site import FIXTURE_SITE, build, warnings
from snippet_cells import describe_environment

JOBS = {"serial": 0, "parallel": 2}


@pytest.mark.parametrize("jobs", JOBS)
def test_failures_name_the_snippet_with_its_traceback_or_diff(make_app, site, jobs):
    (site / "snippets/01-first/adds.py").write_text('"""\n>>> total\n3\n"""\n\ntotal = 1 / 0\n')
    squares = site / "snippets/03-third/squares.py"
    squares.write_text(squares.read_text().replace("[0, 1, 4]", "[0, 1, 4, 9]"))
    logged = warnings(build(make_app, site, parallel=JOBS[jobs]))
    assert "01-first.md: WARNING: snippet raised: snippets/01-first/adds.py" in logged
    assert "ZeroDivisionError" in logged and "total = 1 / 0" in logged
    assert "03-third.md: WARNING: doctest failed: snippets/03-third/squares.py" in logged
    assert "Expected:\n    [0, 1, 4, 9]\nGot:\n    [0, 1, 4]" in logged


def test_a_new_lock_re_executes_every_page(make_app, site):
    def cache_records():
        build(make_app, site)
        return len(get_cache(site / "_build/.jupyter_cache").list_cache_records())

    assert cache_records() == 2  # one per executed page
    (site / "01-first.md").touch()  # read again: unchanged code is a cache hit
    assert cache_records() == 2  # unchanged code: cache hits
    (site / "requirements.lock").write_text("fixture==1.1\n")
    assert cache_records() == 4  # a new environment: every page executed again


def test_a_kernel_in_another_environment_fails_the_page():
    expected = describe_environment(FIXTURE_SITE / "requirements.lock")
    check_environment(expected)
    with pytest.raises(RuntimeError, match="the kernel runs"):
        check_environment({**expected, "python": "2.7.18"})
