"""Checks that run inside a page's kernel, as hidden cells (see snippet_cells.py).

Each is a plain function that imports what it needs, so that its source can be
sent to the kernel as it stands and tested here like any other function.
`as_cell` turns a call into the source of such a cell.
"""

from __future__ import annotations

import inspect


def check_environment(expected: dict) -> None:
    """Fail unless the kernel runs the Python and distributions the build names.

    `expected` also holds the lock's hash, unchecked here: it is there to be part
    of the cell's code, which is what the execution cache keys on."""
    import platform
    from importlib.metadata import version

    found = {"python": platform.python_version(),
             **{name: version(name) for name in expected["distributions"]}}
    wanted = {"python": expected["python"], **expected["distributions"]}
    if found != wanted:
        raise RuntimeError(f"the kernel runs {found}, but the build describes {wanted}")


def check_doctests(source: str, name: str, lineno: int, flags: int, namespace: dict) -> None:
    """Run a snippet's docstring examples against the kernel's variables."""
    import doctest
    import io

    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=flags)
    test = doctest.DocTestParser().get_doctest(source, dict(namespace), name, name, lineno)
    runner.run(test, out=report.write)
    if runner.failures:
        raise AssertionError(f"doctest of {name} failed:\n{report.getvalue()}")


def as_cell(function, *args, namespace: bool = False) -> str:
    """The source of a cell that defines `function`, calls it with `args` (and the
    kernel's globals(), if `namespace`), and leaves no name behind."""
    call = ", ".join([*map(repr, args), *(["globals()"] if namespace else [])])
    name = function.__name__
    return f"{inspect.getsource(function)}\n{name}({call})\ndel {name}"
