"""
Tests for claimtrack.extract.places: place mentions, lookup and containment.
"""

from __future__ import annotations

import collections

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


class TestDivisions:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Wildfires in British Columbia forced 12,000 people from their homes.",
                [("British Columbia", "British Columbia", "CA")],
            ),
            (
                "Floods killed 27 people in Bavaria and Saxony, police said.",
                [("Bavaria", "Bavaria", "DE"), ("Saxony", "Saxony", "DE")],
            ),
            (
                "Monsoon rains lashed Kerala and Tamil Nadu on Sunday.",
                [("Kerala", "Kerala", "IN"), ("Tamil Nadu", "Tamil Nadu", "IN")],
            ),
            (
                "Rescuers in Rio Grande do Sul searched for 19 missing people.",
                [("Rio Grande do Sul", "Rio Grande do Sul", "BR")],
            ),
            (
                "Drought hit Castilla y León and the Basque Country.",
                [
                    ("Castilla y León", "Castile and León", "ES"),
                    ("Basque Country", "Basque Country", "ES"),
                ],
            ),
            (
                "Strikes spread across Île-de-France and Hauts-de-France.",
                [
                    ("Île-de-France", "Île-de-France", "FR"),
                    ("Hauts-de-France", "Hauts-de-France", "FR"),
                ],
            ),
            (
                "Polls closed in Scotland and Wales at 10 p.m.",
                [("Scotland", "Scotland", "GB"), ("Wales", "Wales", "GB")],
            ),
            (
                "The quake shook Hatay province and East Java.",
                [("Hatay province", "Hatay", "TR"), ("East Java", "East Java", "ID")],
            ),
            (
                "Troops were sent to Nuevo Leon after 14 killings.",
                [("Nuevo Leon", "Nuevo León", "MX")],
            ),
        ],
    )
    def test_bare_division(self, text: str, expected: list[tuple[str, str, str]]) -> None:
        """A division's name, other spelling or accent-free spelling is the division."""
        found = [(text[s.start : s.end], p.name, p.country_code) for s, p in find_places(text)]
        assert expected == found

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Prices rose in São Paulo.", [("São Paulo", "São Paulo", "city")]),
            (
                "Rains flooded São Paulo state overnight.",
                [("São Paulo state", "São Paulo state", "region")],
            ),
            (
                "Heavy rain hit the state of Sao Paulo.",
                [("Sao Paulo", "São Paulo state", "region")],
            ),
            ("Turnout in Madrid was high.", [("Madrid", "Madrid", "city")]),
            (
                "Fires burned in the Madrid region.",
                [("Madrid region", "Madrid region", "region")],
            ),
            (
                "A landslide in Chiba Prefecture killed four.",
                [("Chiba Prefecture", "Chiba prefecture", "region")],
            ),
            ("Niger said 40 soldiers died.", [("Niger", "Niger", "country")]),
            (
                "Gunmen killed 40 villagers in Niger state.",
                [("Niger state", "Niger state", "region")],
            ),
            (
                "Officials in the Region of Murcia counted 9 dead.",
                [("Region of Murcia", "Murcia region", "region")],
            ),
        ],
    )
    def test_city_or_division(self, text: str, expected: list[tuple[str, str, str]]) -> None:
        """A bare name shared with a large city is the city; a division word makes it the division."""
        assert expected == named(text)

    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ("Farmers in Punjab blocked the highway.", "IN"),
            ("Smog closed schools across Punjab province.", "PK"),
            ("Floods swept Pakistan's Punjab province.", "PK"),
            ("Police in the northern Indian state of Punjab said 3 died.", "IN"),
        ],
    )
    def test_division_word_picks_the_country(self, text: str, country: str) -> None:
        """Of two divisions of one name, the division word picks; alone, the first listed."""
        assert [country] == [p.country_code for _, p in find_places(text) if p.kind == "region"]

    @pytest.mark.parametrize(
        "text",
        [
            "Victoria Beckham said the line sold out.",
            "Queen Victoria reigned for 63 years.",
            "Guerrero said the talks would resume.",
            "Meta said revenue rose 22% in the quarter.",
            "Delta said it cancelled 300 flights.",
            "Santander said profit rose to 3.1 billion euros.",
            "Rivers burst their banks upstream.",
            "Hermann Hesse wrote it in 1922.",
            "Mexico's state-owned oil company reported a loss.",
            "Brittany Spears sang.",
        ],
    )
    def test_no_false_divisions(self, text: str) -> None:
        """People, companies and words named like divisions are not divisions."""
        assert [] == [n for _, n, kind in named(text) if kind == "region"]

    def test_guarded_where_a_place_stands(self) -> None:
        """A division named like a surname is read after a locative word."""
        assert [("Guerrero", "Guerrero state", "region")] == named(
            "Soldiers patrolled in Guerrero on Friday."
        )

    def test_qualified_only(self) -> None:
        """A division named like a company is read with its division word."""
        assert [("Meta department", "Meta department", "region")] == named(
            "Floods in Meta department displaced 2,000 families."
        )

    def test_ontario_is_the_province(self) -> None:
        """A smaller foreign city gives up its name to a division ("Ontario", California)."""
        assert [("Ontario", "Ontario", "region")] == named("Ontario reported 1,200 new cases.")

    def test_possessive(self) -> None:
        """A possessive stays outside the span."""
        assert [("Bavaria", "Bavaria", "region")] == named("Bavaria's interior minister said so.")

    def test_followed_by_an_office(self) -> None:
        """A division before an office ("Ontario Premier") is still a place."""
        assert [("Ontario", "Ontario", "region")] == named(
            "Ontario Premier Doug Ford said 40 plants would close."
        )

    def test_joined_country_name(self) -> None:
        """A country named with "and" is matched whole."""
        assert [("Bosnia and Herzegovina", "Bosnia and Herzegovina", "country")] == named(
            "Floods in Bosnia and Herzegovina killed 18 people."
        )


class TestDivisionLookup:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("British Columbia", "British Columbia"),
            ("Bayern", "Bavaria"),
            ("Sao Paulo state", "São Paulo state"),
            ("the state of São Paulo", "São Paulo state"),
            ("Quebec province", "Quebec province"),
            ("Chiba Prefecture", "Chiba prefecture"),
            ("Meta department", "Meta department"),
            ("Krasnodar Krai", "Krasnodar region"),
            ("Moscow Oblast", "Moscow region"),
        ],
    )
    def test_lookup(self, name: str, expected: str) -> None:
        """Names, other spellings and qualified names find the division."""
        place = lookup_place(name)
        assert (expected, "region") == (None if place is None else (place.name, place.kind))

    @pytest.mark.parametrize("name", ["Meta", "Delta", "Guerrero", "Santander state"])
    def test_not_a_division(self, name: str) -> None:
        """Bare company and surname names are no divisions for lookups."""
        place = lookup_place(name)
        assert place is None or place.kind != "region"

    def test_canonical_round_trip(self) -> None:
        """Every division, named with its division word, is found, and by its name again."""
        from claimtrack.extract.regions import regions

        for region in regions():
            place = lookup_place(f"{region.name} {region.words[0]}")
            assert place is not None and place.country_code == region.country_code, region.name
            assert place == lookup_place(place.name)


class TestDivisionKeys:
    def test_folded_names_find_their_division(self) -> None:
        """Each division's folded name (as the graph writes it) gives back its name."""
        from claimtrack.extract.places import _folded_key
        from claimtrack.extract.regions import regions

        names = {
            p.name for p in map(lookup_place, (f"{r.name} {r.words[0]}" for r in regions())) if p
        }
        keys = collections.Counter(_folded_key(n) for n in names)
        # Folding merges doubled letters, so "Shaanxi" and "Shanxi" share one key.
        misses = {n for n in names if place_key(_folded_key(n)) != n and keys[_folded_key(n)] == 1}
        assert set() == misses


class TestDivisionContainment:
    @pytest.mark.parametrize(
        ("inner", "outer", "expected"),
        [
            ("Vancouver", "British Columbia", True),
            ("Munich", "Bavaria", True),
            ("Munich region", "Bavaria", True),
            ("Dresden", "Bavaria", False),
            ("British Columbia", "Canada", True),
            ("London", "England", True),
            ("Glasgow", "England", False),
            ("Campinas", "São Paulo state", True),
            ("Lahore", "Punjab province", True),
            ("Ludhiana", "Punjab province", False),
            ("Ludhiana", "Punjab", True),
            ("Moscow", "Moscow Oblast", False),
        ],
    )
    def test_within(self, inner: str, outer: str, expected: bool) -> None:
        """A city lies in the division sharing its country and first-level code."""
        assert expected == is_within(inner, outer)

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Vancouver", ("British Columbia", "Canada")),
            ("Munich", ("Bavaria", "Germany")),
            ("Munich region", ("Bavaria", "Germany")),
            ("Bavaria", ("Germany",)),
            ("bavaria", ("Germany",)),
            ("Campinas", ("São Paulo state", "Brazil")),
            ("São Paulo", ("Brazil",)),
            ("Madrid", ("Spain",)),
            ("Yokohama", ("Kanagawa", "Japan")),
            ("Manchester", ("England", "United Kingdom")),
            ("Simferopol", ("Crimea", "Ukraine")),
            ("Kharkiv", ("Ukraine",)),
        ],
    )
    def test_containers(self, name: str, expected: tuple[str, ...]) -> None:
        """A city lies in its named division and country; not in a division named after it."""
        assert expected == containers(name)

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("sao paulo state", "São Paulo state"),
            ("bayern", "Bavaria"),
            ("quebec city", "Québec"),
            ("Quebec province", "Quebec province"),
            ("ile-de-france", "Île-de-France"),
        ],
    )
    def test_place_key(self, name: str, expected: str) -> None:
        """Folded and qualified division names give one key."""
        assert expected == place_key(name)


class TestSharedNames:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Floods in Punjab killed 20 people, officials in Lahore said.", "PK"),
            ("Pakistani officials said floods in Punjab killed 20 people.", "PK"),
            ("Farmers from Punjab marched on New Delhi.", "IN"),
            ("Police in Ontario, California, arrested 12 people.", "US"),
            ("Ontario reported 1,200 new cases.", "CA"),
            ("A plant in Santa Catarina, near Monterrey, laid off 300 workers.", "MX"),
            ("Rains flooded Santa Catarina in southern Brazil.", "BR"),
        ],
    )
    def test_named_country_decides(self, text: str, expected: str) -> None:
        """A name shared across countries takes the reading whose country the text names."""
        assert expected == find_places(text)[0][1].country_code

    def test_division_word_is_not_swapped(self) -> None:
        """A name read with its division word keeps that reading."""
        found = find_places("Police in the Indian state of Punjab said Pakistan denied it.")
        assert ["IN", "PK"] == [p.country_code for _, p in found]


class TestDivisionsInContext:
    def test_company_named_after_a_division(self) -> None:
        """A company named after a division ("Energy Queensland") leaves the division a place."""
        assert [("Queensland", "Queensland", "region")] == named(
            "The storm cut power across Queensland, Energy Queensland said."
        )

    def test_possessive_before_a_name(self) -> None:
        """A possessive place before another name ("Kerala's Wayanad") is still a place."""
        assert [("Kerala", "Kerala", "region")] == named(
            "Landslides in Kerala's Wayanad district killed 308 people."
        )


class TestClaimPlace:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Wildfires in British Columbia have forced 14,000 residents to flee, "
                "provincial officials said on Sunday.",
                "British Columbia",
            ),
            (
                "Floods have killed 33 people in Bavaria, the state interior ministry said.",
                "Bavaria",
            ),
            (
                "Heavy rain in the southern state of Rio Grande do Sul has left 57 people dead, "
                "the civil defence agency said.",
                "Rio Grande do Sul",
            ),
            (
                "The death toll from the earthquake in Ishikawa Prefecture rose to 161, "
                "officials said.",
                "Ishikawa prefecture",
            ),
        ],
    )
    def test_claim_place(self, text: str, expected: str) -> None:
        """A claim about a division is placed in it."""
        import claimtrack

        assert [expected] == [
            c.place for c in claimtrack.extract(text, published="2026-03-02").claims
        ]
