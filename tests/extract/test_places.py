"""
Tests for claimtrack.extract.places: place mentions, lookup and containment.
"""

from __future__ import annotations

import pytest

from claimtrack.extract.places import (
    Place,
    containers,
    demonym,
    find_places,
    is_within,
    lookup_place,
    place_key,
)


def named(text: str) -> list[tuple[str, str, str]]:
    """Return (words, place name, kind) for every place found in *text*."""
    return [(text[s.start : s.end], p.name, p.kind) for s, p in find_places(text)]


class TestLookupPlace:
    @pytest.mark.parametrize(
        ("name", "expected", "kind"),
        [
            ("Kharkiv", "Kharkiv", "city"),
            ("Kharkov", "Kharkiv", "city"),
            ("Odessa", "Odesa", "city"),
            ("Kyiv", "Kyiv", "city"),
            ("Kiev", "Kyiv", "city"),
            ("Ukraine", "Ukraine", "country"),
            ("Ukraine's", "Ukraine", "country"),
            ("United States", "United States", "country"),
            ("U.S.", "United States", "country"),
            ("Britain", "United Kingdom", "country"),
            ("Texas", "Texas", "us_state"),
            ("Europe", "Europe", "continent"),
            ("Kharkiv region", "Kharkiv region", "region"),
            ("Kharkiv Oblast", "Kharkiv region", "region"),
        ],
    )
    def test_lookup(self, name: str, expected: str, kind: str) -> None:
        """Names, old spellings, aliases and regions find their place."""
        place = lookup_place(name)
        assert place is not None
        assert (expected, kind) == (place.name, place.kind)

    def test_country_code(self) -> None:
        """A city carries its country code and population."""
        place = lookup_place("Kharkiv")
        assert place is not None
        assert ("UA", True) == (place.country_code, place.population > 1_000_000)

    @pytest.mark.parametrize("name", ["Nowhereville", "Of", "Police", "Reading", "Most"])
    def test_unknown_or_common_word(self, name: str) -> None:
        """Unknown names and common words that are city names find nothing."""
        assert None is lookup_place(name)

    def test_larger_city_wins(self) -> None:
        """Among cities of one name the larger is chosen."""
        place = lookup_place("Moscow")
        assert place is not None
        assert "RU" == place.country_code


class TestDemonym:
    def test_demonym(self) -> None:
        """An adjective of nationality names its country."""
        place = demonym("Ukrainian")
        assert place is not None
        assert "Ukraine" == place.name

    def test_not_a_demonym(self) -> None:
        """Other words name nothing."""
        assert None is demonym("Kharkiv")


class TestFindPlaces:
    def test_city_and_country(self) -> None:
        """A city and a possessive country are found, the possessive left outside."""
        assert [("Kharkiv", "Kharkiv", "city"), ("Ukraine", "Ukraine", "country")] == named(
            "Shells hit Kharkiv, Ukraine's second city, on Tuesday."
        )

    def test_multiword_country(self) -> None:
        """The longest run of capitalised words is tried first."""
        assert [("United States", "United States", "country")] == named(
            "Aid arrived from the United States overnight."
        )

    def test_region(self) -> None:
        """A city followed by "Oblast" or "region" is the region."""
        assert [("Kharkiv Oblast", "Kharkiv region", "region")] == named(
            "The Kharkiv Oblast governor said so."
        )

    def test_demonym_is_not_a_mention(self) -> None:
        """ "Ukrainian" alone is not a place."""
        assert [] == named("Ukrainian officials said the talks had stalled.")

    @pytest.mark.parametrize(
        "text",
        [
            "Most residents stayed at home.",
            "Police said the road was closed.",
            "Reading the statement, he paused.",
            "The deputy governor, Roman Semenukha, spoke.",
            "Mobile phone networks were down.",
            "The deal was signed of necessity.",
            "Hillary Clinton spoke first. Later, Clinton said she would win.",
            "Carson said the plan would work.",
            "The White House said nothing.",
            "Marco Rubio and Ben Carson spoke.",
        ],
    )
    def test_no_false_positives(self, text: str) -> None:
        """Common words and parts of people's names are not places."""
        assert [] == named(text)

    def test_small_city_where_a_place_stands(self) -> None:
        """A small city is read after a locative word."""
        assert [("Volnovakha", "Volnovakha", "city")] == named(
            "Shelling was reported in Volnovakha."
        )

    def test_small_city_in_a_list_of_places(self) -> None:
        """A small city joined to a place by "and" is a place."""
        assert ["Mariupol", "Volnovakha"] == [
            n for _, n, _ in named("Fighting near Mariupol and Volnovakha continued.")
        ]

    def test_spans_are_absolute(self) -> None:
        """Spans index the whole text when reading a slice."""
        text = "Intro about Kyiv. Then Odesa was shelled."
        found = find_places(text, text.index("Then"))
        assert [("Odesa", "Odesa")] == [(text[s.start : s.end], p.name) for s, p in found]


class TestIsWithin:
    @pytest.mark.parametrize(
        ("inner", "outer", "expected"),
        [
            ("Kharkiv", "Ukraine", True),
            ("Kharkov", "Ukraine", True),
            ("Kharkiv", "Kharkiv", True),
            ("Kharkiv region", "Ukraine", True),
            ("Kharkiv Oblast", "Ukraine", True),
            ("Kharkiv", "Kharkiv region", True),
            ("Kyiv", "Kharkiv region", False),
            ("Kyiv", "Russia", False),
            ("Ukraine", "Kharkiv", False),
            ("Austin", "Texas", True),
            ("Ukraine", "Europe", True),
            ("Nowhereville", "Ukraine", False),
        ],
    )
    def test_within(self, inner: str, outer: str, expected: bool) -> None:
        """Containment follows country and first-level administrative codes."""
        assert expected == is_within(inner, outer)


class TestPlace:
    def test_frozen(self) -> None:
        """Places are immutable values."""
        assert Place("Kyiv", "UA", "city", 1) == Place("Kyiv", "UA", "city", 1)


class TestPlaceKey:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Kharkiv", "Kharkiv"),
            ("Kharkov", "Kharkiv"),
            ("harkiv", "Kharkiv"),
            ("Kharkiv Oblast", "Kharkiv region"),
            ("harkiv rehion", "Kharkiv region"),
            ("the U.S.", "United States"),
            ("united states", "United States"),
            ("Texas", "Texas"),
        ],
    )
    def test_key(self, name: str, expected: str) -> None:
        """Written, old, aliased and folded names give the gazetteer's name."""
        assert expected == place_key(name)

    def test_unknown(self) -> None:
        """A name the gazetteer does not hold has no key."""
        assert None is place_key("Narnia")


class TestContainers:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Kharkiv", ("Ukraine",)),
            ("Kharkov", ("Ukraine",)),
            ("harkiv", ("Ukraine",)),
            ("Kharkiv region", ("Ukraine",)),
            ("Kharkiv Oblast", ("Ukraine",)),
            ("Houston", ("Texas", "United States")),
            ("Texas", ("United States",)),
            ("Lviv", ("Ukraine",)),
        ],
    )
    def test_containers(self, name: str, expected: tuple[str, ...]) -> None:
        """A city lies in its country (and US state); a region or state in its country."""
        assert expected == containers(name)

    @pytest.mark.parametrize("name", ["Ukraine", "Europe", "Narnia", ""])
    def test_none(self, name: str) -> None:
        """Countries, continents and unknown names lie in nothing here."""
        assert () == containers(name)

    def test_no_region_named_after_a_city(self) -> None:
        """A city is not put inside the region named after it (Kyiv is not in Kyiv Oblast)."""
        assert "Kyiv region" not in containers("Kyiv")
