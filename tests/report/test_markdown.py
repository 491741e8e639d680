"""Tests for claimtrack.report.markdown."""

from __future__ import annotations

from claimtrack.report.build import build
from claimtrack.report.markdown import md, render_markdown
from tests.report.graphs import hostile_graph, kharkiv_stub


class TestRenderMarkdown:
    """The Markdown report: sections in order, claims highlighted, text escaped."""

    def test_sections_in_order(self) -> None:
        """Summary, unverified, conflicts, corroborated, timelines, by speaker, by organization."""
        graph, _ = kharkiv_stub()
        text = render_markdown(build(graph, title="Kharkiv, 30 August"))
        headings = [line for line in text.splitlines() if line.startswith("## ")]
        assert [
            "## Summary",
            "## Unverified claims",
            "## Conflicts",
            "## Corroborated claims",
            "## Timelines",
            "## By speaker",
            "## By organization",
        ] == headings
        assert text.startswith("# Kharkiv, 30 August\n")

    def test_claim_words_bold_with_source_link(self) -> None:
        """The claim's words are bold inside their sentence, the source is a link."""
        graph, _ = kharkiv_stub()
        text = render_markdown(build(graph))
        assert (
            "- **200 homes were damaged**, the mayor Ihor Terekhov said.\n"
            "  - Ihor Terekhov, mayor, Kharkiv (said); [City Wire](<https://news.example/2>), "
            "2022-08-30; carried by 1 outlet; figures: 200 homes damaged"
        ) in text

    def test_conflict_row(self) -> None:
        """A conflict is one table row: both figures, speakers, sources and the ratio."""
        graph, _ = kharkiv_stub()
        text = render_markdown(build(graph))
        row = next(line for line in text.splitlines() if line.startswith("| 4 people killed"))
        assert row.endswith("| ×1.25 |")
        assert "Ihor Terekhov, mayor, Kharkiv" in row

    def test_hostile_text_is_literal(self) -> None:
        """Markup, links and table pipes from articles stay literal text."""
        text = render_markdown(build(hostile_graph()))
        assert "<script>" not in text
        assert "](javascript:" not in text
        assert "\\<script\\>" in text

    def test_md_escapes_table_and_link_syntax(self) -> None:
        """Pipes, brackets and emphasis are escaped; newlines collapse."""
        assert "a \\| b \\[c\\] \\*d\\* e" == md("a | b [c]\n*d* e")
