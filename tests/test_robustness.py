"""Robustness: no input crashes claimtrack from extraction to reports."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.errors import ClaimtrackError, GraphError, ReportError, UnknownEntityError
from claimtrack.graph import ClaimGraph
from claimtrack.model import Affiliation, Organization, Person, Span
from claimtrack.report import report
from claimtrack.resolve import Resolver

PUBLISHED = "2024-05-02T09:00:00Z"


def _graph(*texts: str) -> ClaimGraph:
    graph = ClaimGraph()
    for n, text in enumerate(texts):
        graph.add(claimtrack.extract(text, published=PUBLISHED, url=f"https://example.org/{n}"))
    graph.link()
    return graph


def _spans(obj: object) -> list[Span]:
    """Every Span inside an attrs object (depth first)."""
    if isinstance(obj, Span):
        return [obj]
    if attrs.has(type(obj)):
        return [s for field in attrs.fields(type(obj)) for s in _spans(getattr(obj, field.name))]
    if isinstance(obj, (list, tuple, frozenset, set)):
        return [s for item in obj for s in _spans(item)]
    return []


class TestTimeline:
    @pytest.mark.parametrize("metric", [None, "", "  "])
    def test_blank_metric_is_empty(self, metric: str) -> None:
        """A timeline for no metric is empty (it raised StopIteration on a claim)."""
        graph = _graph("Losses ran to tens of billions of dollars, the ministry said.")
        assert [] == graph.timeline(metric)

    def test_unknown_metric_is_empty(self) -> None:
        """A metric nobody states gives an empty timeline."""
        graph = _graph("Police said 40 people were killed in the blast on Monday.")
        assert [] == graph.timeline("evacuated")

    def test_undated_claim_has_no_when(self) -> None:
        """A claim with no date anywhere gives a point without a time (it raised ValueError)."""
        graph = ClaimGraph()
        graph.add(claimtrack.extract("Police said 40 people were killed in the blast."))
        graph.link()
        assert [None] == [point.when for point in graph.timeline("killed")]


class TestFilters:
    @pytest.mark.parametrize("bad", [{"min_value": "a dozen"}, {"min_value": [3]}, {"metric": 5}])
    def test_bad_filter_value_is_graph_error(self, bad: dict[str, object]) -> None:
        """A filter value of the wrong kind raises GraphError (min_value raised ValueError)."""
        graph = _graph("Police said 40 people were killed in the blast on Monday.")
        with pytest.raises(GraphError):
            graph.claims(**bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("fmt", ["markdown", "html", "json", "csv"])
    def test_bad_filter_value_in_report_is_claimtrack_error(self, fmt: str) -> None:
        """A report given a non-numeric min_value raises a ClaimtrackError."""
        graph = _graph("Police said 40 people were killed in the blast on Monday.")
        with pytest.raises(ClaimtrackError):
            report(graph, fmt, min_value="forty")

    def test_numeric_string_min_value_filters(self) -> None:
        """A min_value written as a numeric string still filters."""
        graph = _graph("Police said 40 people were killed in the blast on Monday.")
        assert len(graph.claims(min_value=40)) == len(graph.claims(min_value="40"))


class TestResolverNames:
    @pytest.mark.parametrize("bad", [5, None, 2.5, object()])
    def test_non_name_is_unknown_entity(self, bad: object) -> None:
        """A name that is not a str raises UnknownEntityError (it raised TypeError)."""
        graph = _graph("Mayor Anna Kovac said 40 people were killed in the blast on Monday.")
        with pytest.raises(UnknownEntityError):
            graph.resolver.key(bad)  # type: ignore[arg-type]

    def test_non_name_speaker_filter_matches_nothing(self) -> None:
        """A speaker filter that is not a name matches no claim."""
        graph = _graph("Mayor Anna Kovac said 40 people were killed in the blast on Monday.")
        assert [] == graph.claims(speaker=5)  # type: ignore[arg-type]


class TestWrongObjects:
    @pytest.mark.parametrize("bad", [None, 5, "Police said 40 people were killed."])
    def test_add_non_document_is_graph_error(self, bad: object) -> None:
        """Adding something that is not a Document raises GraphError (it raised AttributeError)."""
        with pytest.raises(GraphError):
            ClaimGraph().add(bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("fmt", ["markdown", "html", "json", "csv"])
    @pytest.mark.parametrize("bad", [None, 5, "Police said 40 people were killed."])
    def test_report_on_non_graph_is_report_error(self, fmt: str, bad: object) -> None:
        """A report on something that is no graph or store raises ReportError."""
        with pytest.raises(ReportError):
            report(bad, fmt)


# Wire-copy words: cue verbs, names, figures, quotes and scraps of punctuation.
_pieces = st.sampled_from(
    [
        "said",
        " said ",
        "according to ",
        "told reporters",
        "estimated",
        "at least ",
        "more than ",
        "tens of billions",
        "hundreds of",
        "dozens",
        "2,000",
        "1.5 million",
        "$3bn",
        "40%",
        "zero",
        "No. 10",
        "people were killed",
        " injured ",
        "the ministry",
        "The New York delegation",
        "the mayor",
        "Mr. ",
        "Anna Kovac",
        "Kharkiv",
        "Reuters",
        "(AP)",
        " on Monday",
        "2024-05-01",
        "“",
        "”",
        '"',
        "'",
        "’s",
        ", ",
        ". ",
        ": ",
        " - ",
        "\n\n",
        "\x00",
        " ",
    ]
)
news_like = st.lists(_pieces | st.text(max_size=6), max_size=50).map("".join)


class TestPipeline:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        texts=st.lists(st.text() | news_like, min_size=1, max_size=3),
        published=st.sampled_from([None, PUBLISHED]),
    )
    def test_any_text_runs_to_a_report(self, texts: list[str], published: str | None) -> None:
        """Any texts extract with valid spans, link, answer queries and render markdown."""
        graph = ClaimGraph()
        for n, text in enumerate(texts):
            document = claimtrack.extract(text, published=published, url=f"https://e.org/{n}")
            for span in _spans(document):
                assert 0 <= span.start <= span.end <= len(document.text)
            graph.add(document)
        graph.link()
        graph.unverified()
        graph.conflicts()
        for claim in graph.claims():
            graph.status(claim)
            graph.origins(claim)
            for figure in claim.figures:
                graph.timeline(figure.metric or "")
        assert report(graph, "markdown").startswith("#")


class TestDescribedHolders:
    def test_holder_written_as_description_resolves(self) -> None:
        """A role holder named only by a description resolves (it recursed without end)."""
        resolver = Resolver()
        holder = Person("the ministry's press secretary")
        resolver.add_affiliation(Affiliation(holder, "press secretary", Organization("ministry")))
        assert "person:the ministry's press secretary" == resolver.key(holder.name)

    def test_holders_describing_each_other_resolve(self) -> None:
        """Two holders each written as the other's role resolve to themselves."""
        resolver = Resolver()
        city = Organization("Kharkiv")
        resolver.add_affiliation(Affiliation(Person("the mayor"), "governor", city))
        resolver.add_affiliation(Affiliation(Person("the governor"), "mayor", city))
        expected = ["person:the mayor", "person:the governor"]
        assert expected == [resolver.key("the mayor"), resolver.key("the governor")]

    def test_description_with_blank_body_resolves(self) -> None:
        """A description whose body is only spaces resolves (it raised ValidationError)."""
        resolver = Resolver()
        resolver.observe(Person("the  's spokesman"))
        assert "person:the  's spokesman" == resolver.key("the  's spokesman")


class TestDecisionsAndAliases:
    @pytest.mark.parametrize("bad", [None, "merge Kovac into Anna Kovac"])
    def test_apply_non_decision_is_graph_error(self, bad: object) -> None:
        """Applying something that is no Decision raises GraphError and leaves link working."""
        graph = _graph("Mayor Anna Kovac said 40 people were killed in the blast on Monday.")
        with pytest.raises(GraphError):
            graph.apply(bad)  # type: ignore[arg-type]
        graph.link()
        assert [] == graph.decisions()

    def test_merge_without_second_name_is_graph_error(self) -> None:
        """A merge with a missing name raises GraphError (link later raised AttributeError)."""
        graph = _graph("Mayor Anna Kovac said 40 people were killed in the blast on Monday.")
        with pytest.raises(GraphError):
            graph.merge("Anna Kovac", None, by="desk")  # type: ignore[arg-type]
        graph.link()
        assert [] == graph.decisions()

    @pytest.mark.parametrize("bad", [None, {"Anna Kovac": 5}, {"Anna Kovac": ["Zed Quill", 5]}])
    def test_bad_alias_table_is_graph_error(self, bad: object) -> None:
        """An alias table that is not names to names raises GraphError and adds nothing."""
        graph = _graph("Mayor Anna Kovac said 40 people were killed in the blast on Monday.")
        with pytest.raises(GraphError):
            graph.add_aliases(bad)  # type: ignore[arg-type]
        with pytest.raises(UnknownEntityError):
            graph.canonical("Zed Quill")


class TestCaseFolding:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Crews reſcued 40 people from the flats, the fire service said.",
            "The fund lost 40 bİllİon dollars last year, the ministry said.",
            "İn excess of 40 people were hurt, police said.",
            "At moſt 300 marchers turned out, organisers said.",
            "Total ſales rose by 5% to $3 million, the company said.",
        ],
    )
    def test_letters_ignorecase_folds_give_figures(self, sentence: str) -> None:
        """Letters re.IGNORECASE folds to ASCII (ſ, İ, ı, Kelvin K) raised KeyError in figures."""
        figures = claimtrack.extract_figures(sentence)
        assert [sentence[f.span.start : f.span.end] for f in figures] == [f.text for f in figures]
        assert figures

    def test_folded_letter_reads_like_ascii(self) -> None:
        """A long s reads like an s: the figure gets the same metric."""
        plain = claimtrack.extract_figures("Crews rescued 40 people, the fire service said.")
        folded = claimtrack.extract_figures("Crews reſcued 40 people, the fire service said.")
        assert [f.metric for f in plain] == [f.metric for f in folded]
