"""The markers a translated page uses, each one directive.

```{translator-note}
:original: 推荐使用Python 3.7-3.9
What was wrong or outdated, why, and what the page does instead.
```

```{addition}
Content the original does not have (a demonstration, a measurement).
```

```{not-executed} ../snippets/12-deployment/not-executed/serve.sh
:reason: needs a Docker daemon, and the build has none
```

`:original:` quotes the original's own words; it is the only place besides the
glossary where an English page may contain Chinese (the tests check this).

Each kind is declared once, in `KINDS`: its name is the directive, the record
kind and the CSS class (docs/_static/markers.css); its title is translated in
site.po; a kind with a `listed_on` has a generated list (generated_lists.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from labels import _, label
from outside_checks import outside_check
from records import record

logger = logging.getLogger(__name__)
LANGUAGES = {".py": "python", ".sh": "bash", ".js": "javascript", ".java": "java"}


def marker_box(kind: Kind, entry_id: str) -> nodes.admonition:
    node = nodes.admonition(classes=[kind.name], ids=[entry_id])
    node += label(nodes.title, kind.title)
    return node


class TranslatorNote(SphinxDirective):
    """A correction: what the original said, why it changed, what we do now."""

    has_content = True
    option_spec = {"original": directives.unchanged_required}

    def run(self):
        kind = KINDS[self.name]
        original = self.options.get("original", "")
        # the body is recorded after translation, when the page has been read (records.py)
        node = marker_box(kind, record(self.env, kind.name, original=original))
        if original:
            quote = nodes.paragraph(classes=["original-quote"])
            quote += label(nodes.strong, _("The original: "))
            quote += nodes.inline(text=original, classes=["zh"])
            node += quote
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]


class Addition(TranslatorNote):
    """Content that is not in the original."""

    option_spec = {}


class NotExecuted(SphinxDirective):
    """Code that cannot run in the build, shown from its file with the reason.

    The file lives in snippets/<page>/not-executed/, where the tests check its
    syntax; the runnable part of what it shows is verified by an executed snippet.
    """

    required_arguments = 1
    option_spec = {"reason": directives.unchanged_required}

    def run(self):
        kind = KINDS[self.name]
        path = (Path(self.env.doc2path(self.env.docname)).parent / self.arguments[0]).resolve()
        self.env.note_dependency(str(path))
        if not path.is_file():
            logger.warning("not-executed file not found: %s", self.arguments[0],
                           location=self.get_location())
            return []
        node = marker_box(kind, record(self.env, kind.name, path=str(path)))
        # The reason is a message of the page's catalog, so only it is an inline that
        # gettext extracts and translates; its paragraph also holds the label.
        reason_text = self.options.get("reason", "")
        reason = nodes.inline(reason_text, reason_text, classes=[REASON], translatable=True)
        self.set_source_info(reason)
        reason = nodes.paragraph("", "", label(nodes.strong, _("Why: ")), reason, translatable=False)
        code = path.read_text()
        node += [reason, nodes.literal_block(code, code, language=LANGUAGES.get(path.suffix, "text"))]
        checked = outside_check(self.config, self.env, path)
        if checked:
            node += nodes.paragraph(text=checked)
        return [node]


REASON = "not-executed-reason"  # the class of a not-executed box's reason


def recorded_reason(entry: dict) -> str:
    """The reason of a recorded not-executed box, as the page shows it (translated)."""
    return next(node.astext() for body in entry["body"]
                for node in body.findall(nodes.inline) if REASON in node["classes"])


@dataclass(frozen=True)
class Kind:
    name: str                     # directive, record kind and CSS class
    title: str                    # the box's title, translated in site.po
    directive: type[SphinxDirective]
    listed_on: str | None = None  # the directive of its generated list


KINDS = {kind.name: kind for kind in (
    Kind("translator-note", _("Translator's note"), TranslatorNote, listed_on="errata-list"),
    Kind("addition", _("Addition"), Addition, listed_on="additions-list"),
    Kind("not-executed", _("Not executed in this build"), NotExecuted),
)}


def setup(app):
    app.setup_extension("records")
    app.setup_extension("labels")
    app.setup_extension("outside_checks")
    for kind in KINDS.values():
        app.add_directive(kind.name, kind.directive)
    app.add_css_file("markers.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
