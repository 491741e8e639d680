"""Tests for claimtrack.report.build: the report model every format renders."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.errors import ReportError
from claimtrack.report.build import SCHEMA, UNATTRIBUTED, build
from tests.report.graphs import events_graph, kharkiv_stub


class FakeStore:
    """Anything with a graph() method is read as a store."""

    def __init__(self, graph: object) -> None:
        self._graph = graph

    def graph(self) -> object:
        return self._graph


class TestBuildSummary:
    """The summary counts what the sections list."""

    def test_counts(self) -> None:
        """Documents, claims, speakers, unverified share, conflicts, corroborated."""
        graph, _ = kharkiv_stub()
        model = build(graph)
        s = model.summary
        assert SCHEMA == model.schema
        assert (4, 9, 3, 3) == (s.documents, s.claims, s.speakers, s.organizations)
        assert (4, 0.4444, 1, 2) == (s.unverified, s.share_unverified, s.conflicts, s.corroborated)
        assert "2022-08-30T09:00:00+03:00" == s.first_published

    def test_store_is_read_through_its_graph(self) -> None:
        """A store (anything with graph()) gives the same model as its graph."""
        graph, _ = kharkiv_stub()
        assert build(graph) == build(FakeStore(graph))


class TestBuildUnverified:
    """Unverified claims: one per group of repeats, widest reach first, then magnitude."""

    def test_ranked_by_reach_then_magnitude(self) -> None:
        """Nine fires in two outlets outrank 200 homes in one, which outrank 30 buildings."""
        graph, c = kharkiv_stub()
        model = build(graph)
        assert [c["fires"].id, c["homes"].id, c["buildings"].id] == list(model.unverified)

    def test_reach_counts_outlets_of_repeats(self) -> None:
        """A syndicated claim is carried by both outlets."""
        graph, c = kharkiv_stub()
        view = build(graph).claims[c["fires"].id]
        assert (2, ("City Wire", "Syndicated Post")) == (view.reach, view.outlets)


class TestBuildConflicts:
    """Conflicts come with both claims, their figures and how far apart they are."""

    def test_side_by_side(self) -> None:
        """The governor's four against the mayor's at least five, 1.25 times apart."""
        graph, c = kharkiv_stub()
        model = build(graph)
        (conflict,) = model.conflicts
        assert (c["governor"].id, c["mayor"].id) == (conflict.a, conflict.b)
        assert ("4 people killed", "at least 5 people killed") == (
            conflict.figure_a,
            conflict.figure_b,
        )
        assert 1.25 == conflict.ratio
        a = model.claims[conflict.a]
        assert ("Oleh Syniehubov", "governor", "Kharkiv regional administration") == (
            a.speaker,
            a.role,
            a.organization,
        )
        assert ("Kharkiv Daily", "2022-08-30T09:00:00+03:00") == (
            a.source.publisher,
            a.source.published,
        )


class TestBuildCorroborated:
    """Corroborated claims list their independent origins."""

    def test_origins(self) -> None:
        """The governor's rescue count has two origins: governor and police."""
        graph, c = kharkiv_stub()
        item = next(i for i in build(graph).corroborated if i.claim == c["rescued"].id)
        assert (c["police"].id,) == item.corroborating
        assert {"Oleh Syniehubov", "Serhiy Bolvinov"} == {o.speaker for o in item.origins}


class TestBuildGroups:
    """Per speaker and per organization, every claim, unattributed last."""

    def test_speakers(self) -> None:
        """The governor's four claims first, the unattributed ones last."""
        graph, _c = kharkiv_stub()
        model = build(graph)
        names = [g.name for g in model.speakers]
        assert "Oleh Syniehubov" == names[0]
        assert UNATTRIBUTED == names[-1]
        assert 4 == len(model.speakers[0].claims)

    def test_organizations(self) -> None:
        """Every organization a speaker spoke for has its claims."""
        graph, _ = kharkiv_stub()
        names = {g.name for g in build(graph).organizations}
        assert {"Kharkiv regional administration", "Kharkiv", "Kharkiv police"} == names


class TestBuildSentence:
    """Each claim shows its sentence with its own words singled out."""

    def test_sentence_split_around_words(self) -> None:
        """Before, words and after rebuild the sentence; words are the claim's content."""
        graph, c = kharkiv_stub()
        view = build(graph).claims[c["mayor"].id]
        assert "at least five people were killed" == view.words
        assert ("", ", the mayor Ihor Terekhov said.") == (view.before, view.after)

    def test_source_link_only_for_web_urls(self) -> None:
        """The source URL is kept; only an http(s) URL becomes a link."""
        graph, c = kharkiv_stub()
        view = build(graph).claims[c["mayor"].id]
        assert ("https://news.example/2", "https://news.example/2") == (
            view.source.url,
            view.source.link,
        )


class TestBuildFilters:
    """Filters narrow every section, and unknown filters are refused."""

    def test_speaker_filter(self) -> None:
        """Only the mayor's claims remain, with the conflict they are part of."""
        graph, c = kharkiv_stub()
        model = build(graph, speaker="Ihor Terekhov")
        assert {"speaker": "Ihor Terekhov"} == model.filters
        assert 2 == model.summary.claims
        assert ["Ihor Terekhov"] == [g.name for g in model.speakers]
        assert [c["homes"].id] == list(model.unverified)
        assert 1 == len(model.conflicts)

    def test_unknown_filter(self) -> None:
        """A misspelt filter is an error naming the allowed ones."""
        graph, _ = kharkiv_stub()
        with pytest.raises(ReportError, match="unknown report filter speeker; use speaker"):
            build(graph, speeker="x")


class TestBuildTimelines:
    """One timeline per metric and place, split where figures are weeks apart."""

    def test_kharkiv_timelines(self) -> None:
        """Killed in Kharkiv has both figures, the governor's marked as in conflict."""
        graph, c = kharkiv_stub()
        killed = next(t for t in build(graph).timelines if t.metric == "killed")
        assert "killed in Kharkiv, 2022-08-30" == killed.title
        conflict = {p.claim_id: p.conflict for p in killed.points}
        assert conflict[c["governor"].id] and conflict[c["mayor"].id]

    def test_episodes_split(self) -> None:
        """The fixtures' March and August tolls for Kharkiv are separate timelines."""
        titles = [t.title for t in build(events_graph()).timelines if t.metric == "killed"]
        assert any(t.startswith("killed in Kharkiv, 2022-03-02") for t in titles)
        assert any(t.startswith("killed in Kharkiv, 2022-08-30") for t in titles)


class TestBuildTimelineUnits:
    """Levels, changes and units get timelines of their own."""

    def test_percent_and_count_apart(self) -> None:
        """A level in euros is a timeline; a rise in per cent with no level is a change."""
        from claimtrack.model import Change, Figure
        from tests.report.graphs import StubGraph, article

        doc = article(
            7,
            "Freight Wire",
            "2025-03-01T09:00:00Z",
            [
                (
                    "Ana Ruiz",
                    "chief executive",
                    "Norte Freight",
                    "revenue reached 1.2 billion euros",
                    [
                        Figure.exact(
                            1.2e9, metric="revenue", unit="currency:EUR", text="1.2 billion euros"
                        )
                    ],
                ),
                (
                    "Ana Ruiz",
                    "chief executive",
                    "Norte Freight",
                    "revenue rose 12%",
                    [
                        Figure.exact(
                            0.12,
                            metric="revenue",
                            unit="percent",
                            change=Change.INCREASE,
                            text="12%",
                        )
                    ],
                ),
            ],
        )
        model = build(StubGraph([doc]))
        titles = sorted(t.title for t in model.timelines)
        assert ["revenue in Kharkiv (EUR), 2025-03-01"] == titles
        assert ["an increase of 12% revenue"] == [p.figure.describe for p in model.changes]


def _toll_model() -> tuple[Any, dict[str, Any]]:
    from tests.report.graphs import make_graph, toll_scenario

    docs, c = toll_scenario()
    return build(make_graph(docs)), c


class TestBuildTimelineFromGraph:
    """Timelines are the graph's: one point per first statement, superseded figures marked."""

    def test_copies_are_no_points(self) -> None:
        """The wire's statement and its two syndicated copies give one point."""
        model, c = _toll_model()
        (killed,) = model.timelines
        ids = [p.claim_id for p in killed.points]
        assert 1 == ids.count(c["four"].id)
        assert not {c["copy_one"].id, c["copy_two"].id} & set(ids)
        assert 3 == model.claims[c["four"].id].reach

    def test_rising_toll_supersedes_earlier_points(self) -> None:
        """Four is superseded by nine, nine by at least 15; the newest figures stand."""
        model, c = _toll_model()
        (killed,) = model.timelines
        superseded = {p.claim_id: p.superseded_by for p in killed.points}
        assert {
            c["four"].id: (c["nine"].id,),
            c["nine"].id: (c["fifteen"].id,),
            c["fifteen"].id: (),
            c["mayor"].id: (),
        } == superseded

    def test_points_oldest_first_with_speaker_keys(self) -> None:
        """Points run oldest first, each with the graph's entity key for its speaker."""
        model, c = _toll_model()
        (killed,) = model.timelines
        assert [c[k].id for k in ("four", "nine", "fifteen", "mayor")] == [
            p.claim_id for p in killed.points
        ]
        assert "killed in Kharkiv, 2022-08-30 to 2022-09-01" == killed.title
        assert ("person:oleh syniehubov", "Oleh Syniehubov") == (
            killed.points[0].speaker_key,
            killed.points[0].speaker,
        )

    def test_conflict_still_ringed(self) -> None:
        """The governor's at least 15 and the mayor's 11 the same day are in conflict."""
        model, c = _toll_model()
        (killed,) = model.timelines
        conflict = {p.claim_id: p.conflict for p in killed.points}
        assert {
            c["four"].id: False,
            c["nine"].id: False,
            c["fifteen"].id: True,
            c["mayor"].id: True,
        } == conflict

    def test_superseded_note(self) -> None:
        """The note names the later figure, its speaker and its day."""
        from claimtrack.report.build import point_note

        model, c = _toll_model()
        points = {p.claim_id: p for p in model.timelines[0].points}
        assert "superseded by 9 people killed (Oleh Syniehubov, 2022-08-31)" == point_note(
            model, points[c["four"].id]
        )
        assert "in conflict" == point_note(model, points[c["mayor"].id])

    def test_speaker_filter_keeps_the_speakers_points(self) -> None:
        """Filtered to the governor, the timeline has his three statements only."""
        from tests.report.graphs import make_graph, toll_scenario

        docs, c = toll_scenario()
        model = build(make_graph(docs), speaker="Oleh Syniehubov")
        (killed,) = model.timelines
        assert [c[k].id for k in ("four", "nine", "fifteen")] == [p.claim_id for p in killed.points]

    def test_place_inside_another_is_its_own_timeline(self) -> None:
        """A toll for Ukraine does not take in the toll for Kharkiv, a city inside it."""
        from claimtrack.model import Figure
        from tests.report.graphs import GOVERNOR, article, make_graph

        city = article(
            21,
            "Kharkiv Wire",
            "2022-08-30T09:00:00Z",
            [
                (
                    *GOVERNOR,
                    "four people were killed",
                    [Figure.exact(4, metric="killed", population="people", text="four")],
                )
            ],
        )
        country = article(
            22,
            "Capital Wire",
            "2022-08-30T10:00:00Z",
            [
                (
                    "Denys Monastyrsky",
                    "interior minister",
                    "Ukraine's interior ministry",
                    "32 people were killed across the country",
                    [Figure.exact(32, metric="killed", population="people", text="32")],
                )
            ],
            place="Ukraine",
        )
        model = build(make_graph([city, country]))
        by_place = {t.place: [p.figure.low for p in t.points] for t in model.timelines}
        assert {"Kharkiv": [4], "Ukraine": [32]} == by_place

    def test_graph_without_timeline_is_refused(self) -> None:
        """A graph-like object without timeline() is a ReportError naming what is missing."""

        class NoTimeline:
            def __init__(self, graph: Any) -> None:
                self._graph = graph

            def __getattr__(self, name: str) -> Any:
                if name == "timeline":
                    raise AttributeError(name)
                return getattr(self._graph, name)

        graph, _ = kharkiv_stub()
        with pytest.raises(ReportError, match="NoTimeline: it has no timeline"):
            build(NoTimeline(graph))


class TestBuildTimelineFacts:
    """Timelines read every fact of a claim, keep levels apart from changes, count undated."""

    @staticmethod
    def _model() -> Any:
        from tests.report.graphs import make_graph, timeline_mix

        return build(make_graph(timeline_mix()))

    def test_one_timeline_per_population(self) -> None:
        """Soldiers and civilians of one claim are two series; civilians and people are one."""
        model = self._model()
        actual = [(t.title, [p.figure.describe for p in t.points]) for t in model.timelines]
        assert [
            (
                "killed in Kharkiv, 2026-03-01 to 2026-03-02",
                ["31 civilians killed", "41 people killed"],
            ),
            ("killed in Kharkiv (soldiers), 2026-03-01", ["14 soldiers killed"]),
        ] == actual

    def test_supersession_keeps_to_its_population(self) -> None:
        """A later count of people supersedes the civilians, not the soldiers."""
        model = self._model()
        people, soldiers = model.timelines
        assert (("clm-2",), ()) == (
            people.points[0].superseded_by,
            soldiers.points[0].superseded_by,
        )

    def test_change_only_figures_are_listed(self) -> None:
        """A rise with no level is a change; a rise beside its new level is not listed."""
        model = self._model()
        actual = [(p.claim_id, p.figure.describe) for p in model.changes]
        assert [("clm-3", "an increase of 7% sales")] == actual
        assert "sales" not in {t.metric for t in model.timelines}

    def test_undated_figures_are_counted(self) -> None:
        """An undated toll is no point but is counted."""
        model = self._model()
        assert 1 == model.undated
        assert "clm-4" not in {p.claim_id for t in model.timelines for p in t.points}

    def test_filters_apply_to_changes(self) -> None:
        """A speaker filter leaves out other speakers' changes and undated figures."""
        from tests.report.graphs import make_graph, timeline_mix

        model = build(make_graph(timeline_mix()), speaker="Health Ministry")
        assert ((), 0) == (model.changes, model.undated)
        assert [["41 people killed"]] == [
            [p.figure.describe for p in t.points] for t in model.timelines
        ]

    def test_superseded_note_names_the_same_population(self) -> None:
        """The note on a civilians point names the later civilians figure, not the soldiers."""
        from claimtrack.model import Figure
        from claimtrack.report.build import superseded_note
        from tests.report.graphs import make_graph, statement

        def killed(n: int, population: str) -> Figure:
            return Figure.exact(n, metric="killed", population=population, text=f"{n} {population}")

        docs = [
            statement(
                1,
                "The army said 8 soldiers were killed.",
                [killed(8, "soldiers")],
                speaker="General Staff",
                published="2026-03-01T08:00:00Z",
            ),
            statement(
                2,
                "Rescuers said 20 civilians were killed.",
                [killed(20, "civilians")],
                speaker="Civil Defence",
                published="2026-03-01T10:00:00Z",
            ),
            statement(
                3,
                "The army said 12 soldiers and 30 civilians had been killed.",
                [killed(12, "soldiers"), killed(30, "civilians")],
                speaker="General Staff",
                published="2026-03-02T09:00:00Z",
            ),
        ]
        model = build(make_graph(docs))
        assert ["soldiers", "people"] == [t.population for t in model.timelines]
        civilians = model.timelines[1].points[0]
        assert (
            "clm-2",
            "superseded by another source's later count, 30 civilians killed (General Staff, 2026-03-02)",
        ) == (
            civilians.claim_id,
            superseded_note(model, civilians),
        )


class TestUnnamedOfficeSpeaker:
    def test_role_without_name(self) -> None:
        """A claim by an office nobody named shows the office, not "unattributed"."""
        from claimtrack.graph import ClaimGraph
        from claimtrack.model import Attribution, Claim, Document, Figure, Source
        from claimtrack.report.build import _speaker_name

        source = Source(id="s1", publisher="North", published="2024-05-14")
        claim = Claim(
            id="c1",
            content="Nine people died",
            content_span=None,
            source=source,
            attribution=Attribution(role="mayor", mode="indirect", speaker_mention="the mayor"),
            figures=(Figure.exact(9, metric="killed"),),
        )
        graph = ClaimGraph()
        graph.add(Document(source, "Nine people died, the mayor said.", claims=[claim]))
        assert "the mayor" == _speaker_name(graph, claim)
