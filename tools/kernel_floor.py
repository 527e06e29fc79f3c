"""The least time a cold build can take on this machine: kernel start-ups alone.

    .nox/docs/bin/python tools/kernel_floor.py    (Linux or macOS: it reads getrusage)

Every executed page runs in a fresh Jupyter kernel that imports TensorFlow,
Keras and Matplotlib before the page's own code starts. This starts such a
kernel the way the build does (nbclient), three times, and takes the median of
the CPU seconds it used (user + system, kernel included). Times the number of
executed pages, divided by the cores, that is a floor for a cold `nox -s docs`
even if the pages' own code took no time at all.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from site_pages import is_section_page, load_cells  # noqa: E402

IMPORTS = "import tensorflow, keras, matplotlib.pyplot"
KERNEL = f"""
import nbclient, nbformat
nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell({IMPORTS!r})])
nbclient.NotebookClient(nb, kernel_name="python3").execute()
"""


def cpu_of(code: str) -> float:
    """CPU seconds that `python -c code` used, its child processes included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                   env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def kernel_cpu() -> float:
    """CPU seconds of one kernel's start-up, imports and shutdown; the build
    imports nbclient once, so its import is not counted."""
    return cpu_of(KERNEL) - cpu_of("import nbclient, nbformat")


def main() -> None:
    pages = [page for page in sorted((ROOT / "docs").glob("*.md"))
             if is_section_page(page.stem) and load_cells(page.read_text(encoding="utf-8"))]
    cpu = statistics.median(kernel_cpu() for _ in range(3))
    cores = os.cpu_count() or 1
    print(f"one kernel with {IMPORTS!r}: {cpu:.1f} s of CPU")
    print(f"executed pages: {len(pages)}; cores: {cores}")
    print(f"floor for a cold build: {len(pages)} x {cpu:.1f} s / {cores} = "
          f"{len(pages) * cpu / cores:.0f} s, before any page's own code")


if __name__ == "__main__":
    main()
