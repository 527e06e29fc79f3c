"""A "report an error" link at the foot of every page with a title, to a new
issue in the repository named by `report_repository` (conf.py; none: no link)."""

from __future__ import annotations

from urllib.parse import quote

from docutils import nodes

from labels import _, label


def add_report_link(app, doctree, docname) -> None:
    title = next(iter(doctree.findall(nodes.title)), None)
    if not app.config.report_repository or title is None:
        return
    issue = f"{app.config.report_repository}/issues/new?title=" + quote(
        f"Error on {docname}: {title.astext()}")
    link = nodes.reference("", "", label(nodes.inline, _("Report it")), refuri=issue)
    doctree += nodes.paragraph("", "", label(nodes.inline, _("Found an error on this page? ")),
                               link, classes=["report-error"])


def setup(app):
    app.setup_extension("labels")
    app.add_config_value("report_repository", "", "html")  # a repository's URL
    app.connect("doctree-resolved", add_report_link)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
