"""Tests for ClaimGraph.timeline (claimtrack.graph.core): points per fact, levels and changes."""

from __future__ import annotations

from claimtrack.graph import ClaimGraph, TimelinePoint
from claimtrack.model import Attribution, Claim, Document, Figure, Organization, Source
from claimtrack.serialize import from_json, to_json
from tests.graph.helpers import doc, killed


def _undated(sid: str, text: str, figures: tuple[Figure, ...]) -> Document:
    """Return a one-claim document with neither a publication date nor a said-on day."""
    source = Source(id=sid, publisher="Harbour Wire")
    claim = Claim(
        id=f"{sid}-1",
        content=text,
        content_span=None,
        source=source,
        attribution=Attribution(Organization("Port Authority"), mode="indirect"),
        figures=figures,
        place="Kharkiv",
    )
    return Document(source, text, claims=[claim])


class TestTimeline:
    def test_one_point_per_population(self) -> None:
        """A claim counting soldiers and civilians gives a point for each, told apart."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "army",
                "The army said 14 soldiers and 31 civilians were killed in the shelling.",
                speaker="General Staff",
                org=True,
                figures=(
                    Figure.exact(14, metric="killed", population="soldiers"),
                    Figure.exact(31, metric="killed", population="civilians"),
                ),
            )
        )
        actual = [(p.claim_id, p.figure.value, p.population) for p in graph.timeline("killed")]
        assert [("army-1", 14, "soldiers"), ("army-1", 31, "people")] == actual

    def test_one_point_per_unit(self) -> None:
        """A count and a share of one metric in one claim are two points."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "poll",
                "Turnout reached 1.2 million voters, or 64% of the register, officials said.",
                speaker="Election Commission",
                org=True,
                figures=(
                    Figure.exact(1_200_000, metric="turnout", population="voters"),
                    Figure.exact(0.64, metric="turnout", population="voters", unit="percent"),
                ),
            )
        )
        assert [None, "percent"] == [p.figure.unit for p in graph.timeline("turnout")]

    def test_first_figure_of_a_fact(self) -> None:
        """Two figures for one fact of one claim give the first, as relation detection does."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "police",
                "Police said 9 people were killed in Kharkiv and 6 in Izium.",
                speaker="Police",
                org=True,
                figures=(killed(9), killed(6)),
            )
        )
        assert [9] == [p.figure.value for p in graph.timeline("killed")]

    def test_levels_leave_out_changes(self) -> None:
        """A claim stating a rise and the new toll gives the toll as its level."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "ministry",
                "The health ministry said the toll rose by 9 to 41.",
                speaker="Health Ministry",
                org=True,
                figures=(
                    Figure.exact(9, metric="killed", population="people", change="increase"),
                    killed(41),
                ),
            )
        )
        assert [41] == [p.figure.value for p in graph.timeline("killed")]
        changes = graph.timeline("killed", changes=True)
        assert [(9, "increase")] == [(p.figure.value, p.figure.change.value) for p in changes]

    def test_change_only_figure(self) -> None:
        """A change with no level ("sales rose 7%") is no level but is a change point."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "results",
                "The retailer said sales rose 7% in the third quarter.",
                speaker="Northgate Retail",
                org=True,
                figures=(Figure.exact(0.07, metric="sales", unit="percent", change="increase"),),
                place=None,
            )
        )
        assert [] == graph.timeline("sales")
        (point,) = graph.timeline("sales", changes=True)
        assert ("results-1", "an increase of 7% sales") == (point.claim_id, str(point.figure))

    def test_copies_give_no_change_points(self) -> None:
        """A syndicated copy of a change adds no change point."""
        graph = ClaimGraph()
        for sid, published in (("wire", "2022-08-30T08:00:00Z"), ("daily", "2022-08-30T11:00:00Z")):
            graph.add(
                doc(
                    sid,
                    "The retailer said sales fell 3% in the quarter.",
                    speaker="Northgate Retail",
                    org=True,
                    figures=(
                        Figure.exact(-0.03, metric="sales", unit="percent", change="decrease"),
                    ),
                    published=published,
                )
            )
        assert ["wire-1"] == [p.claim_id for p in graph.timeline("sales", changes=True)]

    def test_undated_claim(self) -> None:
        """An undated claim gives its points with no time."""
        graph = ClaimGraph()
        graph.add(_undated("port", "The port authority said 7 people were killed.", (killed(7),)))
        assert [(None, 7)] == [(p.when, p.figure.value) for p in graph.timeline("killed")]

    def test_blank_metric(self) -> None:
        """A blank metric gives no points, levels or changes."""
        graph = ClaimGraph()
        graph.add(doc("gov", "Four people were killed.", speaker="Governor", figures=(killed(4),)))
        assert ([], []) == (graph.timeline(""), graph.timeline(" ", changes=True))


class TestTimelinePoint:
    def test_round_trip_with_population(self) -> None:
        """A point with its population serialises with the one converter."""
        point = TimelinePoint(
            "2022-03-02T10:00:00Z",
            Figure.exact(14, metric="killed", population="soldiers"),
            "clm-1",
            "organization:general staff",
            "src-1",
            population="soldiers",
        )
        assert point == from_json(to_json(point))

    def test_population_defaults_to_none(self) -> None:
        """A point made the old way, without a population, still reads back."""
        point = TimelinePoint("2022-03-02T10:00:00Z", killed(4), "clm-1", None, "src-1")
        assert (None, point) == (point.population, from_json(to_json(point)))
