"""A warning fails every build while its cause remains, not only the first
build that reads the page; an unchanged site is not read again."""

import pytest
from machinery_site import NOT_EXECUTED, build, read_pages, warnings

JOBS = {"serial": 0, "parallel": 2}


def test_a_missing_snippet_is_named_with_its_page_and_line(make_app, site):
    page = site / "01-first.md"
    page.write_text(page.read_text().replace("01-first/adds.py", "01-first/missing.py"))
    warning = "01-first.md:18: WARNING: snippet not found: snippets/01-first/missing.py"
    assert warning in warnings(build(make_app, site, confoverrides=NOT_EXECUTED))


def test_a_missing_record_of_outside_checks_is_named(make_app, site):
    (site / "outside-checks.json").unlink()
    assert "WARNING: outside_checks_record not found: " in warnings(
        build(make_app, site, confoverrides=NOT_EXECUTED))


@pytest.mark.parametrize("jobs", JOBS)
def test_a_page_that_warned_warns_on_every_build_until_fixed(make_app, site, jobs):
    page = site / "02-second.md"
    good = page.read_text()
    page.write_text(good.replace("{doc}`01-first`", "{doc}`nowhere`"))
    warning = "02-second.md:3: WARNING: unknown document: 'nowhere'"
    assert warning in warnings(build(make_app, site, parallel=JOBS[jobs], confoverrides=NOT_EXECUTED))
    again = build(make_app, site, parallel=JOBS[jobs], confoverrides=NOT_EXECUTED)  # nothing changed, and still failing
    assert warning in warnings(again) and read_pages(again) == {"02-second"}
    page.write_text(good)
    assert warnings(build(make_app, site, parallel=JOBS[jobs], confoverrides=NOT_EXECUTED)) == ""
    fixed = build(make_app, site, parallel=JOBS[jobs], confoverrides=NOT_EXECUTED)
    assert warnings(fixed) == "" and read_pages(fixed) == set()


def test_an_edit_reads_the_page_and_the_generated_lists_only(make_app, site):
    build(make_app, site, confoverrides=NOT_EXECUTED)
    assert read_pages(build(make_app, site, confoverrides=NOT_EXECUTED)) == set()
    (site / "snippets/01-first/adds.py").touch()
    assert read_pages(build(make_app, site, confoverrides=NOT_EXECUTED)) == {"01-first", "errata", "verification"}
