"""What the build generates from the pages: the lists, the stamp under each
executed page's title, the downloads and the "report an error" link."""

import platform
from pathlib import Path

import nbformat
import pytest
from machinery_site import build, html, read_pages, text, warnings
from snippet_cells import describe_environment

pytestmark = pytest.mark.sphinx("html", testroot="site")  # one build, shared by these tests
CHECKED = ("Checked outside the build by nox -s tfjs: after conversion with tensorflowjs 4.22.0, "
           "this code runs in Node with @tensorflow/tfjs 4.22.0, and its predictions for a 2 × 64 "
           "input agree with Keras within 1e-05 (largest difference 1.0e-07).")


@pytest.fixture
def built(app):
    app.build()
    app.cleanup()
    assert warnings(app) == ""
    return app


def test_errata_lists_each_note_and_addition_with_a_link_back(built):
    notes, additions = html(built, "errata").select("[role=main] ul")
    assert [text(li) for li in notes.select("li")] == [
        "1. First — the original: 两数相加 Adding is now done in plain Python."]
    assert notes.a["href"] == "01-first.html#translator-note-1"
    assert [text(li) for li in additions.select("li")] == [
        "1. First A second look at the sum. It is three."]
    assert additions.a["href"] == "01-first.html#addition-1"


def test_verification_lists_snippets_additions_and_unrun_code_per_section(built):
    sections = html(built, "verification").select("[role=main] > section > ul > li")
    assert [[text(row) for row in section.select("li")] for section in sections] == [
        ["snippets/01-first/adds.py: executed, checked by 1 doctest examples",
         "Addition: A second look at the sum."],
        ["snippets/02-second/not-executed/serve.sh: not executed. needs a server " + CHECKED],
        ["snippets/03-third/squares.py: executed, checked by 1 doctest examples"],
    ]


def test_the_stamp_names_what_ran_and_links_the_downloads(built):
    stamp = html(built, "01-first").select_one("p.build-stamp")
    tf, keras = describe_environment(Path(built.srcdir, "requirements.lock"))["distributions"].values()
    assert text(stamp).endswith(f"with TensorFlow {tf}, Keras {keras}, Python "
                                f"{platform.python_version()}. Download: 01-first.ipynb, adds.py")
    assert [a["href"] for a in stamp.select("a")] == [
        "_downloads/notebooks/01-first.ipynb", "_downloads/snippets/01-first/adds.py"]
    assert html(built, "02-second").select("p.build-stamp") == []  # nothing ran there


def test_downloads_are_the_snippet_and_the_executed_notebook_without_hidden_cells(built):
    out = Path(built.outdir) / "_downloads"
    snippet = Path(built.srcdir, "snippets/01-first/adds.py")
    assert (out / "snippets/01-first/adds.py").read_text() == snippet.read_text()
    notebook = nbformat.read(out / "notebooks/01-first.ipynb", as_version=4)
    install, *code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [cell.source for cell in code] == ['total = 1 + 2\nprint("total:", total)']
    assert code[0].outputs[0]["text"] == "total: 3\n"
    # first, the pinned install of TensorFlow (with the lock's marker) and Keras
    assert install.source.splitlines()[-1] == (
        "%pip install \"tensorflow-cpu==2.21.0; sys_platform == 'linux'\" keras==3.15.1")
    assert install.outputs == []


def test_a_checked_not_executed_box_says_what_was_checked(built):
    box = html(built, "02-second").select_one("div.not-executed")
    assert text(box).endswith(CHECKED)


def test_a_page_taken_from_the_execution_cache_keeps_its_outputs_in_its_download(built, make_app):
    """MyST-NB writes a page whose code it takes from the cache without outputs."""
    page = Path(built.srcdir, "01-first.md")
    source = page.read_text()
    page.write_text(source + "\nOne more sentence.\n")  # read again, its code unchanged
    try:
        again = build(make_app, Path(built.srcdir))
    finally:
        page.write_text(source)
    assert "01-first" in read_pages(again) and "Executing" not in again.status.getvalue()
    notebook = nbformat.read(Path(again.outdir) / "_downloads/notebooks/01-first.ipynb", as_version=4)
    assert [cell.outputs for cell in notebook.cells if cell.cell_type == "code"][1][0]["text"] == "total: 3\n"


def test_an_unchanged_download_is_not_copied_again(built, make_app):
    copy = Path(built.outdir) / "_downloads/snippets/01-first/adds.py"
    before = copy.stat().st_mtime_ns
    build(make_app, Path(built.srcdir))
    assert copy.stat().st_mtime_ns == before


def test_under_the_title_the_edition_switch_comes_before_the_stamp(built):
    title = html(built, "01-first").select_one("h1")
    after = [p["class"][0] for p in title.find_next_siblings("p", limit=2)]
    assert after == ["edition-switch", "build-stamp"]


def test_each_page_links_to_a_new_issue_about_itself(built):
    link = html(built, "02-second").select_one("p.report-error a")
    assert link["href"] == "https://example.org/fixture/issues/new?title=Error%20on%2002-second%3A%202.%20Second"


def test_api_names_link_to_their_reference_and_unknown_names_do_not(built):
    page = html(built, "01-first")
    links = {text(a): a["href"] for a in page.select("a.api-link")}
    assert links == {"tf.add": "https://www.tensorflow.org/api_docs/python/tf/add"}
    assert "tf.config.OptimizerOptions" in [text(code) for code in page.select("p code")]
