"""Tests for claimtrack.graph.relations: which claims repeat, update, conflict, agree."""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.graph import ClaimGraph
from claimtrack.graph.relations import (
    _NEWER,
    _NEWER_WORDS,
    _OLDER,
    _OLDER_WORDS,
    _Verdicts,
    anchor,
    framing_of,
    norm_metric,
    norm_place,
    norm_population,
)
from claimtrack.model import Attribution, Claim, Document, Figure, Person, Relation, Source
from tests.graph.helpers import doc, killed


def _kinds(graph: ClaimGraph) -> set[tuple[str, str, str]]:
    return {
        (link.a, link.b, link.kind.value)
        for link in graph.relations()
        if link.kind not in (Relation.SAID_BY, Relation.PUBLISHED_IN, Relation.ON_BEHALF_OF)
    }


class TestNormalisation:
    def test_metric_synonyms(self) -> None:
        """Wounded, hurt and injured are one metric."""
        assert {"injured"} == {norm_metric(m) for m in ("wounded", "hurt", "injured")}

    def test_population_synonyms(self) -> None:
        """Civilians and people are one population; children are not."""
        assert tuple(norm_population(p) for p in ("civilians", "people", "children")) == (
            "people",
            "people",
            "children",
        )

    def test_city_of_a_country_or_state_keeps_city(self) -> None:
        """'Mexico City' and 'New York City' are not the country and the state."""
        pairs = [
            ("Mexico City", "Mexico"),
            ("New York City", "New York"),
            ("Kuwait City", "Kuwait"),
        ]
        assert [False] * 3 == [norm_place(a) == norm_place(b) for a, b in pairs]

    def test_city_after_a_city_name_is_dropped(self) -> None:
        """'Kharkiv city', 'the Kharkiv City' and 'Kharkiv' are one place."""
        assert {norm_place("Kharkiv")} == {
            norm_place("Kharkiv city"),
            norm_place("the Kharkiv City"),
        }

    def test_conflict_city_and_country_are_not_one_block(self) -> None:
        """Mexico City's toll is not set against Mexico's as the same place's."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "Mexico City counted 40 dead.",
                speaker="Clara Ruiz",
                figures=(killed(40),),
                place="Mexico City",
            )
        )
        graph.add(
            doc(
                "b",
                "Mexico counted 12 dead.",
                speaker="Jorge Paz",
                figures=(killed(12),),
                place="Mexico",
            )
        )
        assert {("a-1", "b-1", "conflicts")} == _kinds(graph)
        assert ["Mexico City is inside Mexico"] == [
            link.why.split(":")[0] for link in graph.conflicts()
        ]

    def test_anchor_ignores_qualifier(self) -> None:
        """'more than 2,000' and 'no fewer than 2,000' state the same number."""
        assert anchor(Figure.more_than(2000)) == anchor(Figure.at_least(2000))


class TestConflicts:
    def test_two_officials_same_morning(self) -> None:
        """A governor's four and a mayor's five killed the same day conflict."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "Four people were killed.",
                speaker="Oleh Syniehubov",
                figures=(killed(4),),
                published="2022-08-30T10:50:00Z",
            )
        )
        graph.add(
            doc(
                "b",
                "Five people were killed.",
                speaker="Ihor Terekhov",
                figures=(killed(5),),
                published="2022-08-30T11:00:00Z",
            )
        )
        (link,) = graph.conflicts()
        assert (link.a, link.b, link.ratio) == ("a-1", "b-1", 1.25)

    def test_floor_is_compatible_with_higher(self) -> None:
        """'At least 474' and 'more than 2,000' the same day neither conflict nor agree."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "At least 474 people were killed.",
                speaker="UN",
                org=True,
                figures=(killed(474, floor=True),),
            )
        )
        graph.add(
            doc(
                "b",
                "More than 2,000 were killed.",
                speaker="Emergency service",
                org=True,
                figures=(Figure.more_than(2000, metric="killed", population="civilians"),),
            )
        )
        assert graph.conflicts() == []
        assert set() == _kinds(graph)

    def test_different_places_are_not_compared(self) -> None:
        """Tolls for two cities never conflict."""
        graph = ClaimGraph()
        graph.add(
            doc("a", "Four killed.", speaker="Anna Bondar", figures=(killed(4),), place="Kharkiv")
        )
        graph.add(
            doc("b", "Nine killed.", speaker="Petro Lysenko", figures=(killed(9),), place="Odesa")
        )
        assert set() == _kinds(graph)

    def test_different_days_are_not_a_conflict(self) -> None:
        """A lower count from another origin days later is not set against the first."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "2,000 killed.",
                speaker="Anna Bondar",
                figures=(killed(2000),),
                day="2022-03-02",
            )
        )
        graph.add(
            doc(
                "b",
                "474 killed.",
                speaker="Petro Lysenko",
                figures=(killed(474),),
                day="2022-03-08",
            )
        )
        assert set() == _kinds(graph)


class TestUpdates:
    def test_same_origin_revises(self) -> None:
        """An official raising his own toll updates it; the old claim is superseded."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "Four killed.",
                speaker="Oleh Syniehubov",
                figures=(killed(4),),
                published="2022-08-30T10:00:00Z",
            )
        )
        graph.add(
            doc(
                "b",
                "At least five killed.",
                speaker="Oleg Synegubov",
                figures=(killed(5, floor=True),),
                published="2022-08-30T11:30:00Z",
            )
        )
        assert {("a-1", "b-1", "updates")} == _kinds(graph)
        assert graph.status("a-1").value == "superseded"

    def test_a_floor_rises(self) -> None:
        """'At least 284 killed', then 912 that evening and 2,921 the next day: updates."""
        graph = ClaimGraph()
        for sid, who, figure, when in [
            ("a", "Anna Bondar", killed(284, floor=True), "2023-02-06T08:00:00Z"),
            ("b", "Petro Lysenko", killed(912), "2023-02-06T19:00:00Z"),
            ("c", "Maria Hrytsenko", killed(2921), "2023-02-07T07:00:00Z"),
        ]:
            graph.add(
                doc(
                    sid,
                    "The toll rose.",
                    speaker=who,
                    figures=(figure,),
                    published=when,
                    day=when[:10],
                )
            )
        assert {("a-1", "b-1", "updates"), ("b-1", "c-1", "updates")} == _kinds(graph)
        assert ["superseded", "superseded", "unverified"] == [
            graph.status(c).value for c in ("a-1", "b-1", "c-1")
        ]

    def test_a_floor_met_the_same_hour_agrees(self) -> None:
        """'At least 5' and 7 an hour apart agree; 'at least 5' and 5 agree at any hour."""
        graph = ClaimGraph()
        for sid, who, figure, when in [
            ("a", "Anna Bondar", killed(5, floor=True), "2022-08-30T08:00:00Z"),
            ("b", "Petro Lysenko", killed(7), "2022-08-30T09:00:00Z"),
            ("c", "Maria Hrytsenko", killed(5), "2022-08-30T18:00:00Z"),
        ]:
            graph.add(doc(sid, "Killed.", speaker=who, figures=(figure,), published=when))
        assert {
            ("a-1", "b-1", "corroborates"),
            ("a-1", "c-1", "corroborates"),
            ("b-1", "c-1", "conflicts"),
        } == _kinds(graph)

    def test_another_origin_hours_later(self) -> None:
        """A higher count from another origin hours later the same day is an update."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "280 killed.",
                speaker="Anna Bondar",
                figures=(killed(280),),
                published="2022-08-30T06:00:00Z",
            )
        )
        graph.add(
            doc(
                "b",
                "920 killed.",
                speaker="Petro Lysenko",
                figures=(killed(920),),
                published="2022-08-30T18:00:00Z",
            )
        )
        assert {("a-1", "b-1", "updates")} == _kinds(graph)

    def test_chain_links_each_step_once(self) -> None:
        """A running tally over three days links each figure to the one before."""
        graph = ClaimGraph()
        for sid, n, day in (
            ("a", 280, "2022-03-01"),
            ("b", 920, "2022-03-02"),
            ("c", 1000, "2022-03-03"),
        ):
            graph.add(
                doc(sid, f"{n} killed.", speaker="Anna Bondar", figures=(killed(n),), day=day)
            )
        assert {("a-1", "b-1", "updates"), ("b-1", "c-1", "updates")} == _kinds(graph)
        assert [p.figure.value for p in graph.timeline("killed", "Kharkiv")] == [280, 920, 1000]


class TestRepeats:
    def test_copies_link_to_the_earliest(self) -> None:
        """Two later copies of a statement both repeat the first publication."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "wire",
                "More than 2,000 civilians were killed.",
                speaker="SES",
                org=True,
                figures=(Figure.more_than(2000, metric="killed", population="civilians"),),
                published="2022-03-02T09:00:00Z",
                place="Ukraine",
            )
        )
        for sid in ("copy1", "copy2"):
            graph.add(
                doc(
                    sid,
                    "No fewer than 2,000 civilians died.",
                    speaker="SES",
                    org=True,
                    figures=(Figure.at_least(2000, metric="killed", population="civilians"),),
                    published="2022-03-02T12:00:00Z",
                    place="Ukraine",
                )
            )
        assert {("wire-1", "copy1-1", "repeats"), ("wire-1", "copy2-1", "repeats")} == _kinds(graph)
        assert graph.status("copy2-1").value == "unverified"

    def test_identical_words_without_figures(self) -> None:
        """The same quote in two outlets is a repeat even without figures."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "More shelling was possible.",
                speaker="Oleh Syniehubov",
                published="2022-08-30T09:00:00Z",
            )
        )
        graph.add(
            doc(
                "b",
                "More shelling was possible",
                speaker="Synegubov",
                published="2022-08-30T15:00:00Z",
            )
        )
        assert {("a-1", "b-1", "repeats")} == _kinds(graph)

    def test_unattributed_summary_cites_its_source(self) -> None:
        """An outlet's unattributed lead rests on the quote in the same article."""
        from claimtrack.model import Attribution, Claim, Document, Person, Source

        source = Source(id="s", published="2022-08-30")
        lead = Claim(
            id="lead",
            content="At least five killed",
            content_span=None,
            source=source,
            figures=[killed(5, floor=True)],
            said_on="2022-08-30",
            place="Kharkiv",
        )
        quote = Claim(
            id="quote",
            content="at least 5 people died",
            content_span=None,
            source=source,
            attribution=Attribution(Person("Oleh Syniehubov"), mode="direct"),
            figures=[killed(5, floor=True)],
            said_on="2022-08-30",
            place="Kharkiv",
        )
        graph = ClaimGraph()
        graph.add(Document(source, "", claims=[lead, quote]))
        assert {("quote", "lead", "cites")} == _kinds(graph)
        assert [o.speaker for o in graph.origins("lead")] == ["person:oleh syniehubov"]


class TestFraming:
    def test_earlier_figure_is_not_a_conflict(self) -> None:
        """'had earlier put the number at 142' is not set against today's count."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "More than 2,000 civilians were killed.",
                speaker="Emergency service",
                org=True,
                figures=(killed(2000),),
                place="Ukraine",
            )
        )
        graph.add(
            doc(
                "b",
                "The UN had earlier put the number of deaths at 142.",
                speaker="United Nations",
                org=True,
                figures=(killed(142),),
                place="Ukraine",
            )
        )
        assert set() == _kinds(graph)

    def test_background_facts_of_two_outlets(self) -> None:
        """Two outlets' unattributed background figures do not corroborate each other."""
        graph = ClaimGraph()
        graph.add(
            doc(
                "a",
                "The city lies 50 km from the border.",
                figures=(Figure.exact(50, metric="distance", unit="km"),),
                publisher="Daily A",
            )
        )
        graph.add(
            doc(
                "b",
                "The city, 50 km from the border, was hit.",
                figures=(Figure.exact(50, metric="distance", unit="km"),),
                publisher="Daily B",
            )
        )
        assert set() == _kinds(graph)


def _searched(context: str) -> int:
    """framing_of without its shortcut: both patterns searched."""
    return (1 if _NEWER.search(context) else 0) | (2 if _OLDER.search(context) else 0)


# Sentences made of framing phrases, look-alike words and punctuation.
_FRAMING_TEXT = st.lists(
    st.sampled_from(
        [
            *_NEWER_WORDS,
            *_OLDER_WORDS,
            *("The", "toll", "HAD", "Put", "now", "new", "rose-coloured", "updates", "later,"),
            *(" ", "\n", ", ", ". ", "(", "\u00a0", "roses", "prior", "first"),
        ]
    ),
    max_size=12,
).map(" ".join)


class TestFramingOf:
    def test_newer_and_older_words(self) -> None:
        """Framing words set their bit, in any case, and both can be set."""
        assert (1, 2, 3, 0) == (
            framing_of("The toll has RISEN to 40."),
            framing_of("Officials had   put it at 12."),
            framing_of("The later count revised the earlier one."),
            framing_of("Officials said 12 people died."),
        )

    def test_each_phrase_frames(self) -> None:
        """Every phrase of both word lists is read, alone in a sentence."""
        assert [1] * len(_NEWER_WORDS) + [2] * len(_OLDER_WORDS) == [
            framing_of(f"The figure, {phrase}, stood.") for phrase in _NEWER_WORDS + _OLDER_WORDS
        ]

    @given(_FRAMING_TEXT)
    def test_shortcut_changes_nothing(self, text: str) -> None:
        """Skipping sentences without a framing word gives what searching them gives."""
        assert _searched(text) == framing_of(text)


# Reports of one or two claims, each claim one or two figures, on two days.
_REPORTS = st.lists(
    st.tuples(
        st.sampled_from(["Anna Kovalenko", "Petro Lysenko", "the ministry", None]),
        st.lists(
            st.lists(
                st.tuples(st.sampled_from(["killed", "injured"]), st.integers(1, 9), st.booleans()),
                min_size=1,
                max_size=2,
            ),
            min_size=1,
            max_size=2,
        ),
        st.sampled_from(["2022-08-30", "2022-08-31"]),
        st.integers(6, 20),
    ),
    max_size=7,
)


class TestVerdictsOnce:
    @settings(max_examples=60, deadline=None)
    @given(_REPORTS)
    def test_single_rows_change_nothing(self, reports: list[Any]) -> None:
        """Keeping the rows of pairs that meet once outside the pair dict links the same."""
        documents = []
        for i, (speaker, claims, day, hour) in enumerate(reports):
            source = Source(
                id=f"s{i}", publisher=f"Outlet {i % 3}", published=f"{day}T{hour:02d}:00Z"
            )
            who = Attribution(Person(speaker), mode="indirect") if speaker else Attribution(None)
            documents.append(
                Document(
                    source,
                    "",
                    claims=[
                        Claim(
                            id=f"s{i}-{k}",
                            content=f"claim {k}",
                            content_span=None,
                            source=source,
                            attribution=who,
                            figures=[
                                Figure.at_least(v, metric=m) if floor else Figure.exact(v, metric=m)
                                for m, v, floor in figures
                            ],
                            said_on=day,
                            place="Kharkiv",
                        )
                        for k, figures in enumerate(claims)
                    ],
                )
            )
        original = _Verdicts.add

        def never_once(self: _Verdicts, *args: Any, once: bool = False, **kwargs: Any) -> None:
            original(self, *args, **kwargs)

        def links(graph: ClaimGraph) -> set[tuple[str, str, str, str, float | None]]:
            return {(k.a, k.b, k.kind.value, k.why, k.ratio) for k in graph.relations()}

        fast = ClaimGraph()
        fast.add_many(documents)
        with patch.object(_Verdicts, "add", never_once):
            keyed = ClaimGraph()
            keyed.add_many(documents)
            expected = links(keyed)
        assert expected == links(fast)


class TestRepeatsWithCollidingHashes:
    def test_every_hash_alike_links_the_same(self) -> None:
        """With every key hashing alike, repeats are still told apart by their keys."""
        import claimtrack.graph.relations as relations

        def reports() -> list[Document]:
            made = []
            for i, (speaker, value, words) in enumerate(
                [
                    ("Anna Kovalenko", 12, "Twelve people died in the shelling."),
                    ("Anna Kovalenko", 12, "Twelve people died in the shelling."),
                    ("Petro Lysenko", 12, "The shelling killed twelve people overnight."),
                    ("Petro Lysenko", 14, "Fourteen people were killed in all."),
                    ("Anna Kovalenko", 14, "Fourteen people were killed in all."),
                    (None, 12, "Twelve people died in the shelling."),
                ]
            ):
                made.append(
                    doc(
                        f"r{i}",
                        words,
                        speaker=speaker,
                        figures=(killed(value),),
                        published=f"2022-08-30T{8 + i:02d}:00:00Z",
                    )
                )
            return made

        def links() -> set[tuple[str, str, str, str]]:
            graph = ClaimGraph()
            graph.add_many(reports())
            return {(k.a, k.b, k.kind.value, k.why) for k in graph.relations()}

        expected = links()
        with patch.object(relations, "hash", lambda key: 7, create=True):
            colliding = links()
        assert any(kind == "repeats" for _, _, kind, _ in expected)
        assert expected == colliding
