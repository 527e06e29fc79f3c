"""Build the site and run the tests. `nox -s docs`, `nox -s doctest`."""

import os
import shutil
import tomllib
from pathlib import Path

import nox
from nox.virtualenv import find_uv

nox.options.default_venv_backend = "uv|virtualenv"  # uv where present, else pip
nox.options.sessions = ["doctest", "docs", "browser"]
nox.options.reuse_venv = "yes"  # the lock is re-applied on every run anyway
nox.options.error_on_missing_interpreters = True  # a skipped session must not pass

LOCK = "requirements.lock"
SITE = tomllib.loads(Path("pyproject.toml").read_text())["tool"]["site"]
PYTHONS = SITE["python-versions"]  # what page 2 tells readers to use
# One lock for every platform and Python the site supports (markers pick
# tensorflow-cpu or tensorflow), with hashes that every installer checks.
LOCK_COMPILE = ["uv", "pip", "compile", "--group", "docs", "--universal",
                "--python-version", PYTHONS[0], "--generate-hashes", "--no-header"]
# uv does not byte-compile by default; with PYTHONDONTWRITEBYTECODE=1 (set in
# many containers) every TensorFlow import then re-parses its sources: 3x slower.
INSTALL_ENV = {"UV_COMPILE_BYTECODE": "1"}
RUN_ENV = {"TF_CPP_MIN_LOG_LEVEL": "3"}
# pytest-xdist: each test (a snippet) to the next free process, one process more
# than cores (a process idles while a machinery test's kernel starts), each
# running TensorFlow's ops on one thread (more would only compete for the cores
# the other processes use). Measured on 2 cores: 64 s with 2 processes and
# TensorFlow's default threads, 54 s with 3 and work stealing, 49 s with one
# thread each.
PARALLEL = ["-n", str((os.cpu_count() or 1) + 1), "--dist", "worksteal"]
PARALLEL_ENV = {"TF_NUM_INTRAOP_THREADS": "1", "TF_NUM_INTEROP_THREADS": "1"}


def install_lock(session):
    session.install("-r", LOCK, env=INSTALL_ENV)


@nox.session
def docs(session):
    """Build the site into _build/html and its Chinese edition into _build/html/zh_CN."""
    install_lock(session)
    # tools/build_site.py: `sphinx-build -W` of each edition, in one process.
    # Incremental: only changed pages are read again (a page that warned is
    # read again until it stops: warned_pages.py), and a page executes only if
    # its code changed; pages execute in parallel.
    session.run("python", "tools/build_site.py", *session.posargs,
                env=RUN_ENV)  # never MPLBACKEND here: figures would vanish


# Tests with sessions of their own: they need the built site or the package index
OWN_SESSIONS = ["tests/browser", "tests/lock", "tests/notebooks"]


@nox.session
def doctest(session):
    """Run every snippet's doctests and the tests in tests/ (but OWN_SESSIONS')."""
    install_lock(session)
    session.run("pytest", *PARALLEL, *(f"--ignore={folder}" for folder in OWN_SESSIONS),
                *session.posargs, env={**RUN_ENV, **PARALLEL_ENV, "MPLBACKEND": "Agg"})


@nox.session(python=PYTHONS)
def pythons(session):
    """Run every snippet's doctests on each Python version the site supports."""
    install_lock(session)
    session.run("pytest", *PARALLEL, "snippets", *session.posargs,
                env={**RUN_ENV, **PARALLEL_ENV, "MPLBACKEND": "Agg"})


@nox.session
def browser(session):
    """Test the built site in headless chromium (Debian's: apt-get install chromium)."""
    install_lock(session)
    session.run("pytest", "tests/browser", *session.posargs, env=RUN_ENV)


@nox.session(venv_backend="uv")
def lock(session):
    """Re-pin requirements.lock from pyproject.toml to the newest releases."""
    session.run(*LOCK_COMPILE, "--upgrade", "-o", LOCK, external=True)


@nox.session(venv_backend="uv")
def lockcheck(session):
    """Check the lock: what pyproject.toml gives, installable, resolvable everywhere."""
    current = Path(session.create_tmp()) / LOCK
    current.write_text(Path(LOCK).read_text())
    session.run(*LOCK_COMPILE, "--quiet", "-o", str(current), external=True)
    if current.read_text() != Path(LOCK).read_text():
        session.error(f"{LOCK} is not what pyproject.toml pins: run `nox -s lock`")
    session.install("pytest")
    session.run("pytest", "-o", "addopts=-p no:cacheprovider", "tests/lock", *session.posargs,
                env={"UV": find_uv()[1]})  # the uv that nox runs, for the tests' resolutions


@nox.session
def linkcheck(session):
    """Check every external link (needs network: for maintainers, not CI)."""
    install_lock(session)
    session.run(
        "sphinx-build", "-c", ".", "-b", "linkcheck", "-D", "nb_execution_mode=off",
        *session.posargs, "docs", "_build/linkcheck",
    )


@nox.session
def notebooks(session):
    """Run two downloaded notebooks in a bare virtual environment (after `nox -s docs`; needs PyPI)."""
    session.install("pytest", "nbformat")  # the test makes the bare environment itself
    session.run("pytest", "-o", "addopts=-p no:cacheprovider", "tests/notebooks", *session.posargs)


@nox.session
def tfjs_export(session):
    """Export the models of sections 12 and 18 into _build/tfjs, for `nox -s tfjs`."""
    install_lock(session)
    session.run("python", "tools/tfjs/export_models.py", "_build/tfjs",
                env={**RUN_ENV, "MPLBACKEND": "Agg"})


# The converter's environment, as the pages' shell blocks install it (12.3, 18.2):
# tensorflowjs 4.22 brings TensorFlow 2.19, whose protobuf 5 cannot load ydf 0.16
# (protobuf 6 gencode), and tensorflow-hub imports pkg_resources, gone in setuptools 82.
TFJS_CONVERTER = ["tensorflowjs==4.22.0", "ydf==0.15.0", "setuptools<82"]


@nox.session(venv_backend="uv", requires=["tfjs_export"])
def tfjs(session):
    """Convert the exported models with tensorflowjs, run the pages' JavaScript on them in
    Node and compare with Keras; record the result (needs PyPI and the npm registry)."""
    session.install(*TFJS_CONVERTER)
    npm = Path(session.create_tmp())
    shutil.copy("tools/tfjs/package.json", npm)
    session.run("npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(npm),
                external=True)
    for page in sorted(p for p in Path("_build/tfjs").iterdir() if p.is_dir()):
        session.run("tensorflowjs_converter", "--input_format=tf_saved_model",
                    "--output_format=tfjs_graph_model", str(page / "saved_model"),
                    str(page / "web_model"), env=RUN_ENV, silent=True)
        result = session.run("node", "tools/tfjs/run_page_script.cjs", str(page / "check.json"),
                             str(page / "web_model"), external=True, silent=True,
                             env={"NODE_PATH": str(npm / "node_modules")})
        (page / "tfjs.json").write_text(result.strip().splitlines()[-1])
    session.run("python", "tools/tfjs/compare.py", "_build/tfjs", "tools/tfjs/verified.json")


@nox.session
def catalogs(session):
    """Update the Chinese edition's catalogs in locale/ after English pages changed."""
    install_lock(session)
    # With the execution cache (after `nox -s docs`), so figure captions are included.
    session.run("sphinx-build", "-q", "-E", "-j", "auto", "-c", ".", "-b", "gettext",
                "docs", "_build/gettext", env=RUN_ENV)
    session.run("sphinx-intl", "update", "-p", "_build/gettext", "-l", "zh_CN", "-d", "locale")
    session.run("python", "tools/tidy_catalogs.py", *map(str, Path("locale").rglob("*.po")))
