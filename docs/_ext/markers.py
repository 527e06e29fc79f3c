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
"""

from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import ledger

logger = logging.getLogger(__name__)
LANGUAGES = {".py": "python", ".sh": "console", ".js": "javascript", ".java": "java"}


class _Marker(SphinxDirective):
    has_content = True
    title = ""
    css_class = ""

    kind = ""  # where the ledger (errata, verification) records it

    def run(self):
        node = nodes.admonition(classes=[self.css_class])
        node += nodes.title(text=self.title)
        node += self.lead()
        body = nodes.container()
        self.state.nested_parse(self.content, self.content_offset, body)
        node += body.children
        # the body is recorded after translation, at doctree-read (ledger.py)
        node["ids"].append(ledger.record(self.env, self.kind,
                                         original=self.options.get("original", "")))
        return [node]

    def lead(self):
        return []


class TranslatorNote(_Marker):
    """A correction: what the original said, why it changed, what we do now."""

    option_spec = {"original": directives.unchanged_required}
    title = "Translator's note"
    css_class = "translator-note"
    kind = "notes"

    def lead(self):
        if "original" not in self.options:
            return []
        quote = nodes.paragraph(classes=["original-quote"])
        quote += nodes.strong(text=ledger._("The original: "))
        quote += nodes.inline(text=self.options["original"], classes=["zh"])
        return [quote]


class Addition(_Marker):
    """Content that is not in the original."""

    title = "Addition"
    css_class = "addition"
    kind = "additions"


class NotExecuted(SphinxDirective):
    """Code that cannot run in the build, shown from its file with the reason.

    The file lives in snippets/<page>/not-executed/, where the tests check its
    syntax; the runnable part of what it shows is verified by an executed snippet.
    """

    required_arguments = 1
    option_spec = {"reason": directives.unchanged_required}

    def run(self):
        path = (Path(self.env.doc2path(self.env.docname)).parent / self.arguments[0]).resolve()
        self.env.note_dependency(str(path))
        if not path.is_file():
            logger.warning("not-executed file not found: %s", self.arguments[0],
                           location=self.get_location())
            return []
        node = nodes.admonition(classes=["not-executed"])
        node["ids"].append(ledger.record(
            self.env, "unrun", path=path.relative_to(Path(self.env.app.confdir)).as_posix(),
            reason=self.options.get("reason", "")))
        node += nodes.title(text=ledger._("Not executed in this build"))
        reason = nodes.paragraph()
        reason += nodes.strong(text=ledger._("Why: "))
        reason += nodes.Text(self.options.get("reason", ""))
        node += reason
        code = path.read_text()
        block = nodes.literal_block(code, code, language=LANGUAGES.get(path.suffix, "text"))
        node += block
        return [node]


def setup(app):
    app.add_directive("translator-note", TranslatorNote)
    app.add_directive("addition", Addition)
    app.add_directive("not-executed", NotExecuted)
    app.add_css_file("markers.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
