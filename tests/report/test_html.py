"""Tests for claimtrack.report.html (without a browser; see test_html_browser.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from claimtrack.errors import MissingDependencyError
from claimtrack.report import html as html_module
from claimtrack.report.build import build
from claimtrack.report.html import render_html
from tests.report.graphs import events_graph, hostile_graph, kharkiv_stub


class _Tags(HTMLParser):
    """Collect the tags and attributes a browser would see."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


class TestRenderHtml:
    """One self-contained, escaped page with a strict CSP and a print stylesheet."""

    def test_self_contained(self) -> None:
        """No scripts, no external resources, a CSP meta tag, a print stylesheet."""
        graph, _ = kharkiv_stub()
        page = render_html(build(graph, title="Kharkiv"))
        assert page.startswith("<!doctype html>")
        assert CSP in page
        assert "@media print" in page
        assert "<script" not in page
        assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
        assert not re.search(r"\bsrc\s*=", page)
        assert "url(" not in page

    def test_sections_and_highlight(self) -> None:
        """Every section is there in order and claim words are marked."""
        graph, _ = kharkiv_stub()
        page = render_html(build(graph))
        order = [
            page.index(f'id="{name}"')
            for name in (
                "unverified",
                "conflicts",
                "corroborated",
                "timelines",
                "speakers",
                "organizations",
            )
        ]
        assert sorted(order) == order
        assert "<mark>200 homes were damaged</mark>, the mayor Ihor Terekhov said." in page
        assert '<a href="https://news.example/2" rel="noopener noreferrer nofollow"' in page

    def test_inline_svg_chart(self) -> None:
        """Killed in Kharkiv is drawn as an inline SVG chart."""
        graph, _ = kharkiv_stub()
        page = render_html(build(graph))
        assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart"' in page
        assert "<title>killed in Kharkiv, 2022-08-30</title>" in page

    def test_hostile_text_escaped(self) -> None:
        """Payloads in every field come out as text, and bad URLs are never links."""
        page = render_html(build(hostile_graph(), title="<script>alert(1)</script>"))
        body = page.split("</style>", 1)[1]
        parsed = _Tags(page)
        assert not {"script", "img", "iframe", "object", "embed", "a href"} & set(parsed.tags)
        assert [] == [name for name, _ in parsed.attrs if name.startswith("on")]
        hrefs = [value or "" for name, value in parsed.attrs if name == "href"]
        assert all(h.startswith(("https://", "http://", "#")) for h in hrefs)
        assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in body
        assert "(javascript:window.__pwned=1;alert(1))" in body  # shown as text

    def test_fixture_report(self) -> None:
        """The seed and events fixtures give a page with charts for several metrics."""
        page = render_html(build(events_graph()))
        assert page.count('class="chart"') >= 5

    def test_missing_jinja2(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without Jinja2 the error says which extra to install."""
        monkeypatch.setitem(sys.modules, "jinja2", None)
        monkeypatch.setitem(sys.modules, "markupsafe", None)
        html_module._environment.cache_clear()
        graph, _ = kharkiv_stub()
        try:
            with pytest.raises(MissingDependencyError, match=r"pip install 'claimtrack\[html\]'"):
                render_html(build(graph))
        finally:
            html_module._environment.cache_clear()


class TestLazyImports:
    """Importing claimtrack, its reports and exports loads no optional extra."""

    def test_no_jinja2_or_prov_on_import(self) -> None:
        """jinja2 and prov are imported only when a report or export needs them."""
        code = (
            "import sys, claimtrack, claimtrack.report, claimtrack.export;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jinja2', 'prov')))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "[]" == out.stdout.strip()


class TestHtmlTimelines:
    """The timeline charts mark superseded figures and say so in words."""

    def test_superseded_marked_and_explained(self) -> None:
        """Superseded marks, the legend entry and the tooltip naming the later figure."""
        from tests.report.graphs import make_graph, toll_scenario

        docs, _ = toll_scenario()
        page = render_html(build(make_graph(docs)))
        assert 2 == page.count('<g class="mark superseded">')
        assert "superseded by a later figure<title>" in page
        assert (
            "Oleh Syniehubov: four (4 people killed), Kharkiv Wire, 2022-08-30 09:00"
            " - superseded by 9 people killed (Oleh Syniehubov, 2022-08-31)</title>"
        ) in page
        assert "2 in conflict with another source&#x27;s figure (red ring)." in page
        assert "copies are left out" in page

    def test_copies_add_no_marks(self) -> None:
        """The wire statement and its two copies are one mark: four marks for four statements."""
        from tests.report.graphs import make_graph, toll_scenario

        docs, _ = toll_scenario()
        page = render_html(build(make_graph(docs)))
        assert 4 == len(re.findall(r'<g class="mark[ "]', page))


class TestHtmlTimelineFacts:
    """The HTML timelines list changes stated with no level and count undated figures."""

    def test_changes_and_undated(self) -> None:
        """A changes table under its heading and the undated line, inside the section."""
        from tests.report.graphs import make_graph, timeline_mix

        page = render_html(build(make_graph(timeline_mix())))
        section = page[page.index('<section id="timelines"') :]
        section = section[: section.index("</section>")]
        assert '<h3 id="changes">Changes stated</h3>' in section
        assert (
            '<tr><td class="nowrap">2026-03-03 09:00</td>'
            '<td class="text">an increase of 7% sales</td>'
            '<td class="text">Northgate Retail</td>'
        ) in section
        assert '<p class="muted undated">1 undated figure not shown.</p>' in section
