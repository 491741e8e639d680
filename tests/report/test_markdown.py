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


class TestMarkdownTimelines:
    """The timelines section: a table per timeline, notes for conflicts and supersession."""

    def test_toll_table(self) -> None:
        """One row per first statement, oldest first, with what superseded it."""
        from tests.report.graphs import make_graph, toll_scenario

        docs, _ = toll_scenario()
        text = render_markdown(build(make_graph(docs)))
        section = text[text.index("## Timelines") : text.index("## By speaker")]
        rows = [line for line in section.splitlines() if line.startswith("| 2022-")]
        assert [
            "| 2022-08-30 09:00 | 4 people killed | Oleh Syniehubov "
            "| [Kharkiv Wire](<https://news.example/11>), 2022-08-30 "
            "| superseded by 9 people killed (Oleh Syniehubov, 2022-08-31) |",
            "| 2022-08-31 09:00 | 9 people killed | Oleh Syniehubov "
            "| [Kharkiv Wire](<https://news.example/14>), 2022-08-31 "
            "| superseded by at least 15 people killed (Oleh Syniehubov, 2022-09-01) |",
            "| 2022-09-01 09:00 | at least 15 people killed | Oleh Syniehubov "
            "| [Kharkiv Wire](<https://news.example/15>), 2022-09-01 | in conflict |",
            "| 2022-09-01 13:00 | 11 people killed | Ihor Terekhov "
            "| [City Wire](<https://news.example/16>), 2022-09-01 | in conflict |",
        ] == rows
        assert "### killed in Kharkiv, 2022-08-30 to 2022-09-01" in section

    def test_single_figures_table(self) -> None:
        """Metrics with one figure are rows of one table."""
        graph, _ = kharkiv_stub()
        text = render_markdown(build(graph))
        section = text[text.index("## Timelines") : text.index("## By speaker")]
        assert "### Single figures" in section
        assert "| rescued in Kharkiv, 2022-08-30 |" not in section  # two claims: a table
        assert "| extinguished in Kharkiv (fires), 2022-08-30 | 9 fires extinguished |" in section

    def test_no_section_without_figures(self) -> None:
        """A report without metric figures has no timelines section."""
        from claimtrack.report.build import ReportModel, Summary

        empty = ReportModel(
            "claimtrack.report/1",
            "Empty",
            {},
            Summary(0, 0, 0, 0, 0, 0.0, 0, 0, None, None),
            (),
            (),
            (),
            (),
            (),
            (),
            {},
        )
        assert "## Timelines" not in render_markdown(empty)


class TestMarkdownTimelineFacts:
    """Changes stated with no level get a table; undated figures a line."""

    @staticmethod
    def _section(documents: list[object] | None = None) -> str:
        from tests.report.graphs import make_graph, timeline_mix

        text = render_markdown(build(make_graph(documents or timeline_mix())))
        return text[text.index("## Timelines") : text.index("## By speaker")]

    def test_changes_table(self) -> None:
        """A company's rise with no level is a row of the changes table, under its heading."""
        section = self._section()
        tail = section[section.index("### Changes stated") :].splitlines()
        rows = [line for line in tail if line.startswith("| 2026-")]
        assert [
            "| 2026-03-03 09:00 | an increase of 7% sales | Northgate Retail "
            "| [Harbour Wire](<https://news.example/t/3>), 2026-03-03 |"
        ] == rows

    def test_undated_line(self) -> None:
        """The undated toll left off the timelines is counted in a line."""
        assert "\n1 undated figure not shown.\n" in self._section()

    def test_only_undated_figures(self) -> None:
        """A report whose figures are all undated says so instead of leaving out the section."""
        from tests.report.graphs import timeline_mix

        section = self._section([timeline_mix()[3]])
        assert "### " not in section
        assert "1 undated figure not shown." in section
