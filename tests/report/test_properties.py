"""Property tests: any article text gives well-formed, inert reports in every format."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.model import Figure
from claimtrack.report import report
from tests.report.graphs import StubGraph, article

# The tags the report template itself writes; article text must never add another.
TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3",
    "p", "div", "b", "span", "nav", "a", "section", "blockquote", "mark", "i", "time",
    "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "figure", "footer", "small",
    "svg", "text", "line", "polyline", "g", "circle", "rect", "polygon", "desc",
}  # fmt: skip

# Text with a bias towards markup, quotes, formulas and control characters.
hostile_text = st.text(
    alphabet=st.sampled_from(list("<>\"'&=+-@/\\|*_[]()#!;: \n\t\x00\x1b\u2028ab1"))
    | st.characters(),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


class _Page(HTMLParser):
    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.handlers: list[str] = []
        self.hrefs: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        self.hrefs += [value or "" for name, value in attrs if name == "href"]


def _graph(speaker: str, content: str, title: str, url: str) -> StubGraph:
    doc = article(
        1,
        title,
        "2022-08-30T09:00:00Z",
        [
            (
                speaker,
                "mayor",
                title,
                content + " 4 killed",
                [Figure.exact(4, metric="killed", text="4")],
            )
        ],
        url=url,
        title=title,
    )
    other = article(
        2,
        "Wire",
        "2022-08-30T10:00:00Z",
        [
            (
                content,
                None,
                None,
                speaker + " 9 killed",
                [Figure.exact(9, metric="killed", text="9")],
            )
        ],
    )
    return StubGraph([doc, other])


class TestAnyText:
    """Whatever the article says, reports are well formed and inert."""

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(speaker=hostile_text, content=hostile_text, title=hostile_text, url=hostile_text)
    def test_every_format(self, speaker: str, content: str, title: str, url: str) -> None:
        """HTML adds no tag or handler, links are http(s); JSON and CSV parse back."""
        graph = _graph(speaker, content, title, url)
        page = _Page(report(graph, "html", title=title))
        assert page.tags <= TEMPLATE_TAGS
        assert [] == page.handlers
        assert all(h.startswith(("http://", "https://", "#")) for h in page.hrefs)
        data = json.loads(report(graph, "json"))
        assert 2 == data["summary"]["claims"]
        rows = list(csv.DictReader(io.StringIO(report(graph, "csv"))))
        assert 2 == len(rows)
        assert report(graph, "markdown").startswith("# ")
