"""Tests for claimtrack.graph.nested: a place's figures against its containers' figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimtrack.extract.places import containers, place_key
from claimtrack.graph.nested import nested_conflicts, nested_rows
from claimtrack.graph.relations import Record, framing_of, iter_facts, norm_place
from claimtrack.model import Figure, Link, Relation

_DAY = 738397  # 2022-08-30
# Each record's place in the order `relations.detect` sorts by (day, rank, start, id).
_ORDER: dict[str, tuple[int, int, int, str]] = {}


def record(
    rid: str,
    text: str,
    figures: tuple[Figure, ...],
    place: str | None,
    *,
    origin: str | None = None,
    speaker: str | None = "",
    day: int = _DAY,
    known: bool = True,
    context: str = "",
    start: int = 0,
    doc: str | None = None,
) -> Record:
    """
    Return the record of one claim; the only place tests build a `Record`.

    `origin` defaults to the speaker, `speaker` to a person named after the record.
    """
    who = f"person:{rid}" if speaker == "" else speaker
    _ORDER[rid] = (day, 0, start, rid)
    return Record(
        id=rid,
        doc=doc or f"doc-{rid}",
        origin=origin or who or f"outlet:{rid}",
        speaker=who,
        facts=iter_facts(figures, place),
        day=day,
        known=known,
        ts=None,
        rank=0,
        start=start,
        framing=framing_of(context or text),
        text=text,
    )


def run(
    *records: Record,
    tolerance: float = 0.1,
    window_days: int = 0,
    lookback: int = 25,
    inside: Callable[[str], tuple[str, ...]] = containers,
) -> list[Link]:
    """Sort the records as `relations.detect` does and return the nested conflicts."""
    ordered = sorted(records, key=lambda r: _ORDER[r.id])
    for pos, rec in enumerate(ordered):
        rec.pos = pos
    return nested_conflicts(
        ordered,
        containers=inside,
        key=place_key,
        tolerance=tolerance,
        window_days=window_days,
        lookback=lookback,
    )


def killed(value: float, *, floor: bool = False, population: str = "people") -> Figure:
    """Return a count of people killed."""
    make = Figure.at_least if floor else Figure.exact
    return make(value, metric="killed", population=population)


def city(value: float, rid: str = "city", **kwargs: Any) -> Record:
    """At least *value* killed in Kharkiv, by the city's mayor."""
    return record(
        rid,
        f"At least {value:g} people were killed in Kharkiv, the mayor said.",
        (killed(value, floor=True),),
        "Kharkiv",
        **kwargs,
    )


def country(value: float, rid: str = "country", **kwargs: Any) -> Record:
    """*value* killed in Ukraine, by a ministry."""
    return record(
        rid,
        f"{value:g} people were killed across Ukraine on Tuesday, the ministry said.",
        (killed(value),),
        "Ukraine",
        **kwargs,
    )


class TestNestedConflicts:
    def test_city_above_country(self) -> None:
        """At least 30 killed in a city conflicts with 12 in its whole country."""
        (link,) = run(city(30, start=0), country(12, start=10))
        assert (link.a, link.b, link.kind, link.ratio) == (
            "city",
            "country",
            Relation.CONFLICTS,
            2.5,
        )
        assert (killed(30, floor=True), killed(12)) == link.figures

    def test_why_names_both_places(self) -> None:
        """The reason says which place lies inside which."""
        (link,) = run(city(30), country(12, start=10))
        assert (
            "Kharkiv is inside Ukraine: at least 30 killed there against 12 in all of Ukraine"
            == (link.why)
        )

    def test_whole_stated_first(self) -> None:
        """When the country's count comes first, the link still runs earlier to later."""
        (link,) = run(country(12, start=0), city(30, start=10))
        assert ("country", "city", 2.5) == (link.a, link.b, link.ratio)
        assert (killed(12), killed(30, floor=True)) == link.figures

    @pytest.mark.parametrize("value", [5, 12])
    def test_city_at_or_below_country(self, value: float) -> None:
        """A city's count at or below its country's is neither conflict nor corroboration."""
        assert [] == run(city(value), country(12, start=10))

    def test_within_tolerance(self) -> None:
        """A part only just above the whole stays within the tolerance: no link."""
        assert [] == run(city(13), country(12, start=10), tolerance=0.1)

    def test_open_whole(self) -> None:
        """A whole given as a floor ("at least 12") has no ceiling to exceed."""
        whole = record(
            "country", "At least 12 died in Ukraine.", (killed(12, floor=True),), "Ukraine"
        )
        assert [] == run(city(30), whole)

    def test_unknown_places(self) -> None:
        """Places the gazetteer does not know are inside nothing."""
        part = record("a", "30 killed in Narnia.", (killed(30),), "Narnia")
        whole = record("b", "12 killed in Ukraine.", (killed(12),), "Ukraine")
        assert [] == run(part, whole)

    def test_no_place(self) -> None:
        """A claim without a place is no part of any place."""
        part = record("a", "30 people were killed.", (killed(30),), None)
        assert [] == run(part, country(12, start=10))

    def test_same_origin(self) -> None:
        """One origin's city and country counts are not set against each other."""
        assert [] == run(city(30, origin="ministry"), country(12, start=10, origin="ministry"))

    def test_same_document(self) -> None:
        """A report's own city and country figures are two scopes, not a conflict."""
        assert [] == run(city(30, doc="report"), country(12, start=10, doc="report"))

    def test_beyond_window(self) -> None:
        """A count from the next day is not compared when the window is the same day."""
        assert [] == run(city(30), country(12, day=_DAY + 1))

    def test_within_window(self) -> None:
        """A wider window lets the next day's count be compared."""
        (link,) = run(city(30), country(12, day=_DAY + 1), window_days=1)
        assert ("city", "country") == (link.a, link.b)

    def test_region_inside_country(self) -> None:
        """A region's count above its country's conflicts."""
        region = record(
            "region",
            "Shelling killed 40 in the Kharkiv region, the governor said.",
            (killed(40),),
            "Kharkiv Oblast",
        )
        (link,) = run(region, country(12, start=10))
        assert ("region", "country", 40 / 12) == (link.a, link.b, link.ratio)
        assert link.why.startswith("Kharkiv region is inside Ukraine")

    def test_us_city_inside_state(self) -> None:
        """A US city's count above its state's conflicts."""
        part = record(
            "a", "At least 9 people died in Houston.", (killed(9, floor=True),), "Houston"
        )
        whole = record("b", "Four deaths across Texas.", (killed(4),), "Texas", start=10)
        (link,) = run(part, whole)
        assert ("a", "b", 2.25) == (link.a, link.b, link.ratio)

    def test_city_not_inside_other_country(self) -> None:
        """A city is not part of a country it does not lie in."""
        whole = record("b", "12 killed in Poland.", (killed(12),), "Poland", start=10)
        assert [] == run(city(30), whole)

    def test_same_place_left_to_relations(self) -> None:
        """Two counts for one place are not nested: the same-place sweep handles them."""
        other = record("b", "Five killed in Kharkiv.", (killed(5),), "Kharkiv", start=10)
        assert [] == run(city(30), other)

    def test_other_population(self) -> None:
        """Children killed in a city are not set against people killed in the country."""
        part = record(
            "a", "30 children died in Kharkiv.", (killed(30, population="children"),), "Kharkiv"
        )
        assert [] == run(part, country(12, start=10))

    def test_shares_do_not_add_up(self) -> None:
        """A share for a city above the country's share is no contradiction."""
        share = {"metric": "turnout", "population": "voters", "unit": "percent"}
        part = record("a", "Turnout was 80% in Kharkiv.", (Figure.exact(0.8, **share),), "Kharkiv")
        whole = record("b", "Turnout was 50% in Ukraine.", (Figure.exact(0.5, **share),), "Ukraine")
        assert [] == run(part, whole)

    def test_money_adds_up(self) -> None:
        """Damage in a city's currency above the country's damage conflicts."""
        money = {"metric": "damaged", "unit": "currency:USD"}
        part = record(
            "a", "$3 billion of damage in Kharkiv.", (Figure.exact(3e9, **money),), "Kharkiv"
        )
        whole = record(
            "b", "$1 billion of damage in Ukraine.", (Figure.exact(1e9, **money),), "Ukraine"
        )
        (link,) = run(part, whole)
        assert 3.0 == link.ratio

    def test_unknown_day(self) -> None:
        """A claim whose day is unknown is never set against another origin."""
        assert [] == run(city(30, known=False), country(12, start=10))

    def test_older_framing(self) -> None:
        """A figure framed as an earlier one ("had earlier put") is not compared."""
        part = city(30, context="The mayor had earlier put the toll in Kharkiv at 30.")
        assert [] == run(part, country(12, start=10))

    def test_derived_and_cited(self) -> None:
        """Copies and unattributed summaries take no part: their originals do."""
        copy, summary, whole = city(30, rid="copy"), city(31, rid="summary"), country(12, start=10)
        copy.roots = (whole,)
        summary.base = whole
        assert [] == run(copy, summary, whole)

    def test_two_outlets_background(self) -> None:
        """Two unattributed statements by outlets are not set against each other."""
        part = city(30, speaker=None)
        whole = country(12, start=10, speaker=None)
        assert [] == run(part, whole)

    def test_spending_is_no_tally(self) -> None:
        """Money spent in a state and in the whole country is not a part and its total."""
        spent = {"metric": "cost", "unit": "currency:USD"}
        part = record(
            "a", "The PAC spent $6 million in Ohio.", (Figure.exact(6e6, **spent),), "Ohio"
        )
        whole = record(
            "b", "A rival spent $1 million nationwide.", (Figure.exact(1e6, **spent),), "US"
        )
        assert [] == run(part, whole)

    def test_crowd_sizes(self) -> None:
        """More marchers in one city than a police count for the whole country conflicts."""
        crowd = {"metric": "participants", "population": "people"}
        part = record(
            "a", "At least 40,000 marched in Lyon.", (Figure.at_least(40000, **crowd),), "Lyon"
        )
        whole = record(
            "b",
            "Police counted 25,000 protesters across France.",
            (Figure.exact(25000, **crowd),),
            "France",
        )
        (link,) = run(part, whole)
        assert 1.6 == link.ratio

    def test_one_link_per_pair(self) -> None:
        """Two conflicting facts of one pair give one link, with the larger ratio."""
        hurt = {"metric": "injured", "population": "people"}
        part = record(
            "a",
            "30 killed and 90 injured in Kharkiv.",
            (killed(30), Figure.exact(90, **hurt)),
            "Kharkiv",
        )
        whole = record(
            "b",
            "12 killed and 20 injured in Ukraine.",
            (killed(12), Figure.exact(20, **hurt)),
            "Ukraine",
        )
        (link,) = run(part, whole)
        assert 4.5 == link.ratio

    def test_latest_statement_of_an_origin(self) -> None:
        """An origin's later, higher count for the country replaces its earlier one."""
        early = country(12, rid="early", origin="ministry", start=0)
        late = country(40, rid="late", origin="ministry", start=5)
        assert [] == run(early, late, city(30, start=10))


class TestNestedRows:
    def test_rows_are_links(self) -> None:
        """A row written out gives the link `nested_conflicts` returns."""
        recs = sorted([country(12, start=0), city(30, start=10)], key=lambda r: _ORDER[r.id])
        (row,) = nested_rows(recs, containers=containers, key=place_key)
        a, b, kind, why, metric, x, y, ratio, origin, value = row
        written = why.format(metric=metric, x=x.describe_interval(), y=y.describe_interval())
        (link,) = run(*recs)
        assert (link.a, link.b, link.kind, link.why, link.figures, link.ratio) == (
            a,
            b,
            kind,
            written,
            (x, y),
            ratio,
        )
        assert (None, None) == (origin, value)

    def test_braces_in_names(self) -> None:
        """Braces in a place's key are kept, not read as a template's fields."""
        recs = sorted([city(30), country(12, start=10)], key=lambda r: _ORDER[r.id])
        (link,) = nested_conflicts(
            recs,
            containers=lambda place: ("{ukraine}",) if place == "harkiv" else (),
            key=lambda place: "{" + place + "}",
        )
        assert link.why.startswith("{harkiv} is inside {ukraine}: at least 30 killed there")


class TestLinear:
    def test_containers_looked_up_once_per_place(self) -> None:
        """Each distinct place is looked up once, however many claims name it."""
        calls: list[str] = []

        def counting(place: str) -> tuple[str, ...]:
            calls.append(place)
            return containers(place)

        recs = [city(30 + i, rid=f"c{i}", start=i) for i in range(20)]
        recs += [country(12, rid=f"u{i}", start=100 + i) for i in range(20)]
        links = run(*recs, inside=counting)
        assert 400 == len(links)
        assert sorted(calls) == sorted({norm_place("Kharkiv"), norm_place("Ukraine")})

    def test_lookback_bounds_comparisons(self) -> None:
        """A claim looks back at the latest statements of at most `lookback` origins."""
        recs = [country(12, rid="oldest", start=0)]
        recs += [country(100, rid=f"u{i}", start=1 + i) for i in range(3)]
        recs.append(city(30, start=10))
        assert [] == run(*recs, lookback=3)
        (link,) = run(*recs, lookback=4)
        assert ("oldest", "city") == (link.a, link.b)

    def test_breakdown_does_not_fill_the_window(self) -> None:
        """One document's city-by-city breakdown is skipped, not counted against lookback."""
        recs = [record("mayor", "100 killed in Kharkiv", (killed(100),), "kharkiv", start=0)]
        recs += [
            record(
                f"b{i}",
                "one killed",
                (killed(1),),
                f"town{i}",
                origin="ministry",
                doc="breakdown",
                start=1 + i,
            )
            for i in range(30)
        ]
        recs.append(
            record(
                "total",
                "40 killed nationwide",
                (killed(40),),
                "ukraine",
                origin="ministry",
                doc="breakdown",
                start=40,
            )
        )
        ordered = sorted(recs, key=lambda r: _ORDER[r.id])
        links = nested_conflicts(
            ordered,
            containers=lambda place: () if place == "ukraine" else ("ukraine",),
            lookback=25,
        )
        assert [("mayor", "total")] == [(link.a, link.b) for link in links]


class TestFoldedNames:
    @pytest.mark.parametrize(
        "name",
        [
            "Kharkiv",
            "Kharkov",
            "Kyiv",
            "Odesa",
            "Zaporizhzhia",
            "Kharkiv region",
            "Houston",
            "U.S.",
        ],
    )
    def test_folded_names_agree(self, name: str) -> None:
        """A place normalised as facts hold it has the key and containers of its name."""
        assert (place_key(name), containers(name)) == (
            place_key(norm_place(name)),
            containers(norm_place(name)),
        )
