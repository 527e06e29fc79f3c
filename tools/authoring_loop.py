"""Time the authoring loop of one or more commits, side by side on this machine.

    .tools/bin/python tools/authoring_loop.py [REF ...]

Each REF (default: HEAD) is cloned into a temporary folder with its environments
installed first (not timed). Then, for each clone in turn, with the clock:

- cold: `nox -s docs` with no _build/ (both editions, every page executed);
- no change: `nox -s docs` again;
- one snippet edited: a line added to a snippet of page 12, then `nox -s docs`
  (printed with page 12's own execution time, from the site's timings page);
- doctest: `nox -s doctest`.

The table gives seconds, and ratios to the first REF. Run it on an idle machine:
builds use every core. The clones' caches start empty; uv's download cache is
shared, so installs come from it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOX = [sys.executable, "-m", "nox"]  # the nox of the Python running this script
EDITED = Path("snippets/12-deployment/save_and_load.py")
STEPS = ["cold", "no change", "one snippet edited", "doctest"]


def run(clone: Path, *args: str) -> float:
    """Run a nox session in the clone; fail loudly if it fails. Return seconds."""
    start = time.perf_counter()
    result = subprocess.run([*NOX, *args], cwd=clone, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"{clone.name}: nox {' '.join(args)} failed:\n{result.stderr[-4000:]}")
    return seconds


def page_execution(clone: Path, page: str) -> float:
    """A page's execution time as the built timings page reports it."""
    text = re.sub(r"<[^>]+>", " ", (clone / "_build/html/timings.html").read_text())
    return float(re.search(rf"{page}\s.*?(\d+\.\d+)\s", " ".join(text.split()))[1])


def measure(clone: Path) -> dict[str, float]:
    shutil.rmtree(clone / "_build", ignore_errors=True)
    times = {"cold": run(clone, "-s", "docs"), "no change": run(clone, "-s", "docs")}
    snippet = clone / EDITED
    snippet.write_text(snippet.read_text() + "\n# edited: the cell's code changed\n")
    times["one snippet edited"] = run(clone, "-s", "docs")
    times["page 12 executes"] = page_execution(clone, "12-deployment")
    times["doctest"] = run(clone, "-s", "doctest")
    return times


def main(refs: list[str]) -> None:
    work = Path(tempfile.mkdtemp(prefix="authoring-loop-"))
    clones = {}
    for i, ref in enumerate(refs):
        clone = work / f"{i}-{ref.replace('/', '_')}"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        subprocess.run(["git", "checkout", "-q", ref], cwd=clone, check=True)
        run(clone, "-s", "docs", "doctest", "--install-only")
        clones[ref] = clone
    results = {ref: measure(clone) for ref, clone in clones.items()}
    first = results[refs[0]]
    print(f"| step | {' | '.join(refs)} |\n| --- |{' --- |' * len(refs)}")
    for step in [*STEPS, "page 12 executes"]:
        cells = [f"{r[step]:.1f} s ({r[step] / first[step]:.2f}×)" for r in results.values()]
        print(f"| {step} | {' | '.join(cells)} |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main(sys.argv[1:] or ["HEAD"])
