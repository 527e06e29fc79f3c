"""What goes under a page's title, in one declared order, whichever extension
adds its part first."""

from __future__ import annotations

from docutils import nodes

ORDER = ("edition-switch", "build-stamp")  # CSS classes, top to bottom


def _rank(node: nodes.Node) -> int | None:
    classes = node.get("classes", []) if isinstance(node, nodes.Element) else []
    return next((ORDER.index(c) for c in classes if c in ORDER), None)


def insert_under_title(doctree: nodes.document, node: nodes.Element) -> bool:
    """Put `node` (carrying one class of ORDER) under the page's first title;
    False if the page has no title."""
    title = next(iter(doctree.findall(nodes.title)), None)
    if title is None:
        return False
    rank, parent = _rank(node), title.parent
    index = parent.index(title) + 1
    while index < len(parent) and (other := _rank(parent[index])) is not None and other < rank:
        index += 1
    parent.insert(index, node)
    return True
