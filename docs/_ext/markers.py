"""The two markers a translated page uses, each one directive.

```{translator-note}
:original: 推荐使用Python 3.7-3.9
What was wrong or outdated, why, and what the page does instead.
```

```{addition}
Content the original does not have (a demonstration, a measurement).
```

`:original:` quotes the original's own words; it is the only place besides the
glossary where an English page may contain Chinese (the tests check this).
"""

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective


class _Marker(SphinxDirective):
    has_content = True
    title = ""
    css_class = ""

    def run(self):
        node = nodes.admonition(classes=[self.css_class])
        node += nodes.title(text=self.title)
        node += self.lead()
        self.state.nested_parse(self.content, self.content_offset, node)
        return [node]

    def lead(self):
        return []


class TranslatorNote(_Marker):
    """A correction: what the original said, why it changed, what we do now."""

    option_spec = {"original": directives.unchanged_required}
    title = "Translator's note"
    css_class = "translator-note"

    def lead(self):
        if "original" not in self.options:
            return []
        quote = nodes.paragraph(classes=["original-quote"])
        quote += nodes.strong(text="The original: ")
        quote += nodes.inline(text=self.options["original"], classes=["zh"])
        return [quote]


class Addition(_Marker):
    """Content that is not in the original."""

    title = "Addition"
    css_class = "addition"


def setup(app):
    app.add_directive("translator-note", TranslatorNote)
    app.add_directive("addition", Addition)
    app.add_css_file("markers.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
