"""Tests for claimtrack.resolve: who is who across documents."""

from __future__ import annotations

import pytest

from claimtrack.errors import UnknownEntityError
from claimtrack.model import Affiliation, Organization, Period, Person
from claimtrack.resolve import DecisionKind, Resolver, acronyms, fold, org_tokens, person_parts


def _resolver(*names: str, orgs: tuple[str, ...] = ()) -> Resolver:
    resolver = Resolver()
    for i, name in enumerate(names):
        resolver.observe(Person(name), source_id=f"s{i}")
    for i, name in enumerate(orgs):
        resolver.observe(Organization(name), source_id=f"o{i}")
    return resolver


class TestFold:
    def test_romanisation_variants_fold_together(self) -> None:
        """Four spellings of one Ukrainian surname share a key."""
        assert {"sinehubov"} == {
            fold(n) for n in ("Syniehubov", "Synehubov", "Synegubov", "Synyehubov")
        }

    def test_accents_and_apostrophes_vanish(self) -> None:
        """Accents and soft-sign apostrophes do not change the key."""
        assert fold("Zelens'kyi") == fold("Zelenskyi")
        assert fold("José") == fold("Jose")

    def test_different_names_stay_apart(self) -> None:
        """Folding does not make unrelated names equal."""
        assert fold("Terekhov") != fold("Tereshchenko")


class TestPersonParts:
    def test_titles_are_dropped(self) -> None:
        """'Gov. Oleg Synegubov' is first name oleg (folded), last name sinehubov."""
        assert person_parts("Gov. Oleg Synegubov") == ("oleh", "sinehubov")

    def test_particles_belong_to_the_last_name(self) -> None:
        """'Ursula von der Leyen' keeps 'von der' with the last name."""
        assert person_parts("Ursula von der Leyen") == ("ursula", "von der len")


class TestOrgTokens:
    def test_nationality_reads_as_country(self) -> None:
        """'Ukrainian' and 'of Ukraine' give the same words."""
        assert set(org_tokens("Ukrainian state emergency service")) == set(
            org_tokens("State Emergency Service of Ukraine")
        )

    def test_acronyms_with_and_without_countries(self) -> None:
        """Initials are offered with and without the country words."""
        assert {"SES", "SESU"} == set(acronyms("State Emergency Service of Ukraine"))


class TestResolverPeople:
    def test_transliterations_are_one_person(self) -> None:
        """Ihor and Igor Terekhov are one person."""
        resolver = _resolver("Ihor Terekhov", "Igor Terekhov", "Ihor Terekhov")
        assert resolver.canonical("Igor Terekhov") == "Ihor Terekhov"

    def test_bare_surname_joins_the_only_match(self) -> None:
        """'Mayor Terekhov' and 'Terekhov' resolve to the only Terekhov."""
        resolver = _resolver("Ihor Terekhov", "Mayor Terekhov")
        assert (
            resolver.key("Terekhov")
            == resolver.key("Ihor Terekhov")
            == resolver.key("Mayor Terekhov")
        )

    def test_different_initials_stay_apart(self) -> None:
        """Two people sharing a last name but not an initial are two entities."""
        resolver = _resolver("Anna Kovalenko", "Petro Kovalenko")
        assert resolver.key("Anna Kovalenko") != resolver.key("Petro Kovalenko")

    def test_ambiguous_surname_settles_by_document(self) -> None:
        """A bare surname shared by two people resolves to the one in the same document."""
        resolver = Resolver()
        resolver.observe(Person("Anna Kovalenko"), source_id="a")
        resolver.observe(Person("Petro Kovalenko"), source_id="b")
        resolver.observe(Person("Kovalenko"), source_id="b")
        assert resolver.key("Petro Kovalenko") == resolver.key("Kovalenko", source_id="b")

    def test_description_through_affiliation(self) -> None:
        """ "Kharkiv's mayor" names whoever holds the role on that day."""
        resolver = Resolver()
        resolver.add_affiliation(
            Affiliation(
                Person("Ihor Terekhov"), "mayor", Organization("Kharkiv"), Period("2021-01-01")
            )
        )
        assert resolver.key("Kharkiv's mayor", when="2022-08-30") == "person:ihor terekhov"
        with pytest.raises(UnknownEntityError):
            resolver.key("Kharkiv's mayor", when="2015-01-01")

    def test_observed_description_still_resolves(self) -> None:
        """A speaker written as "the mayor of Kharkiv" joins the mayor, not a new person."""
        resolver = Resolver()
        resolver.observe(Person("the mayor of Kharkiv"), source_id="a")
        resolver.add_affiliation(
            Affiliation(
                Person("Ihor Terekhov"), "mayor", Organization("Kharkiv"), Period("2021-01-01")
            )
        )
        assert resolver.key("the mayor of Kharkiv", when="2022-03-01") == "person:ihor terekhov"

    def test_description_needs_the_same_role_and_body(self) -> None:
        """A city attorney is no attorney general, and a mayor of no known city is not Lviv's."""
        resolver = Resolver()
        resolver.add_affiliation(Affiliation(Person("Dana Whitcombe"), "city attorney"))
        resolver.add_affiliation(Affiliation(Person("Oleh Marchuk"), "mayor"))
        assert resolver.describe("attorney general", "New York") is None
        assert resolver.describe("mayor", "Lviv") is None
        assert "person:oleh marchuk" == resolver.describe("mayor", None)

    def test_regional_governor_is_the_governor(self) -> None:
        """ "The regional governor" names the governor of the region."""
        resolver = Resolver()
        resolver.add_affiliation(
            Affiliation(Person("Maksym Kozytskyi"), "governor", Organization("Lviv"))
        )
        assert "person:maksym kozytskyi" == resolver.describe("regional governor", "Lviv")
        assert resolver.describe("deputy governor", "Lviv") is None

    def test_unknown_name_raises(self) -> None:
        """A name nobody used raises UnknownEntityError naming it."""
        with pytest.raises(UnknownEntityError, match="Nobody Known"):
            _resolver("Ihor Terekhov").key("Nobody Known")


class TestResolverOrganizations:
    def test_descriptions_and_acronyms(self) -> None:
        """The emergency service's many names are one body."""
        resolver = _resolver(orgs=("State Emergency Service of Ukraine", "the SES"))
        names = [
            "Ukraine's emergency service",
            "Ukrainian state emergency service",
            "SES",
            "State Emergency Service",
        ]
        assert {"organization:state emergency service of ukraine"} == {
            resolver.key(n) for n in names
        }

    def test_un_office_names(self) -> None:
        """OHCHR, the UN human rights office and the full name are one body."""
        full = "Office of the United Nations High Commissioner for Human Rights"
        resolver = _resolver(orgs=(full, full, "UN refugee agency"))
        names = [
            "OHCHR",
            "UN human rights office",
            "Office of the UN High Commissioner for Human Rights",
        ]
        assert {resolver.key(full)} == {resolver.key(n) for n in names}
        assert resolver.key("UN refugee agency") != resolver.key(full)

    def test_a_city_is_not_its_administration(self) -> None:
        """A single place name never joins a longer body's name."""
        resolver = _resolver(orgs=("Kharkiv", "Kharkiv regional military administration"))
        assert resolver.key("Kharkiv") != resolver.key("Kharkiv regional military administration")


class TestResolverDecisions:
    def test_aliases_table(self) -> None:
        """An alias table joins names no rule would."""
        resolver = Resolver(aliases={"Volodymyr Zelensky": ["Ze"]})
        resolver.observe(Person("Ze"))
        resolver.observe(Person("Volodymyr Zelensky"))
        assert resolver.canonical("Ze") == "Volodymyr Zelensky"

    def test_merge_then_split_replays(self) -> None:
        """Hand merges and splits apply in order and are logged."""
        resolver = _resolver("Anna Kovalenko", "Hanna Kovalenko")
        resolver.merge("Anna Kovalenko", "Hanna Kovalenko", by="desk", note="same person")
        assert resolver.key("Anna Kovalenko") == resolver.key("Hanna Kovalenko")
        resolver.split("Hanna Kovalenko", by="desk")
        assert resolver.key("Anna Kovalenko") != resolver.key("Hanna Kovalenko")
        assert [d.kind for d in resolver.decisions()] == [DecisionKind.MERGE, DecisionKind.SPLIT]


class TestDeclaredAliasesAreOrderFree:
    def test_entity_aliases_do_not_pick_the_label_by_arrival(self) -> None:
        """Two people who share a declared alias get one key, whichever arrives first."""
        keys = []
        for people in (
            [Person("Ana Ruiz", aliases=["A. Ruiz"]), Person("Ana Ruiz Diaz", aliases=["A. Ruiz"])],
            [Person("Ana Ruiz Diaz", aliases=["A. Ruiz"]), Person("Ana Ruiz", aliases=["A. Ruiz"])],
        ):
            resolver = Resolver()
            for person in people:
                resolver.observe(person)
            keys.append((resolver.key(Person("Ana Ruiz")), resolver.key(Person("A. Ruiz"))))
        assert keys[0] == keys[1]
        assert keys[0][0] == keys[0][1]


class TestLookupIsIndexed:
    def test_names_not_read_per_lookup(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Looking up many names reads each known name once, not once per lookup."""
        resolver = Resolver()
        for i in range(200):
            resolver.observe(Person(f"Officer Number{i:03d}ko"))
            resolver.observe(Organization(f"District {i:03d} Water Board"))
        assert resolver.key("District 007 Water Board")  # builds the table
        calls = 0
        real = person_parts

        def counting(name: str) -> tuple[str, str]:
            nonlocal calls
            calls += 1
            return real(name)

        monkeypatch.setattr("claimtrack.resolve.person_parts", counting)
        keys = {resolver.key(f"District {i:03d} Water Board") for i in range(200)}
        assert 200 == len(keys)
        assert calls <= 2 * 200

    def test_organization_found_by_acronym(self) -> None:
        """An acronym finds the organization it abbreviates through the index."""
        resolver = Resolver()
        resolver.observe(Organization("State Emergency Service of Ukraine"))
        resolver.observe(Organization("Kharkiv Regional Military Administration"))
        assert resolver.key("State Emergency Service of Ukraine") == resolver.key("SESU")
