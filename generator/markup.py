"""The one home of Python-Markdown and nh3: a readout's Markdown becomes safe HTML.

A readout is data from outside: whatever HTML it carries is cut down by nh3 to what a
readout needs, so no script, frame, object or event handler reaches a page or a feed.
"""

from __future__ import annotations

import markdown
import nh3

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "li", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup", "table", "tbody", "td",
    "th", "thead", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start", "type"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text: str) -> str:
    """Return the sanitised HTML of one Markdown document."""
    return MarkdownRenderer()(text)


class MarkdownRenderer:
    """Renders many documents with one converter, reset before each.

    Python-Markdown keeps per-document state (footnotes, reference links) that would leak
    from one readout into the next; ``reset()`` clears it, and costs far less than building
    a converter (about a tenth of each render, measured on 10,000 readouts; same bytes).
    """

    def __init__(self) -> None:
        self._converter = markdown.Markdown(extensions=["sane_lists"], output_format="html")

    def __call__(self, text: str) -> str:
        return sanitise_html(self._converter.reset().convert(text))


def sanitise_html(html: str) -> str:
    """Keep only the tags, attributes and URL schemes a readout needs."""
    cleaned: str = nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return cleaned
