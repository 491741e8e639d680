"""
Tests for claimtrack.extract.speakers: phrases read into mentions, mentions resolved.
"""

from __future__ import annotations

import pytest

from claimtrack.extract.speakers import (
    MentionKind,
    PlaceContext,
    SpeakerResolver,
    analyse_phrase,
    find_bodies,
    find_subjects,
    place_kind,
    same_name,
)
from claimtrack.model import Organization, OrgKind, Period

DNIPRO = PlaceContext(city="Dnipro", country="Ukraine")
LYON = PlaceContext(city="Lyon", country="France")


def _resolve(phrases: list[str], places: PlaceContext = DNIPRO, text: str = "") -> list[str | None]:
    mentions = [analyse_phrase(p, places=places) for p in phrases]
    return [
        r.speaker.name if r.speaker else None
        for r in SpeakerResolver(mentions, text=text).resolve()
    ]


class TestPlaceKind:
    def test_countries_cities_and_names(self) -> None:
        """Countries and large cities are places; a first name is not."""
        expected = ("country", "city", None)
        assert expected == (place_kind("France"), place_kind("Lyon"), place_kind("Marguerite"))

    def test_lower_case_is_never_a_place(self) -> None:
        """Lower-case words are not looked up."""
        assert place_kind("lyon") is None


class TestAnalysePhrase:
    def test_appositive_role_and_place(self) -> None:
        """ "the region’s deputy governor, Name" gives the name, role and the region in context."""
        m = analyse_phrase("the region’s deputy governor, Serhiy Lysak", places=DNIPRO)
        expected = (MentionKind.PERSON, "Serhiy Lysak", "deputy governor", "Dnipro region")
        assert expected == (m.kind, m.name, m.role, m.organization.name)

    def test_title_before_name_takes_city_in_context(self) -> None:
        """ "Mayor Name" is the mayor of the city in context."""
        m = analyse_phrase("Mayor Grégory Doucet", places=LYON)
        expected = ("Grégory Doucet", "mayor", "Lyon", OrgKind.LOCAL_GOVERNMENT)
        assert expected == (m.name, m.role, m.organization.name, m.organization.kind)

    def test_place_before_title(self) -> None:
        """ "Dnipro Mayor Name" ties the mayor to the named city."""
        m = analyse_phrase("Dnipro Mayor Borys Filatov", places=LYON)
        expected = ("Borys Filatov", "mayor", "Dnipro")
        assert expected == (m.name, m.role, m.organization.name)

    def test_possessive_place_without_name(self) -> None:
        """ "Lyon’s mayor" is an unnamed role holder of Lyon."""
        m = analyse_phrase("Lyon’s mayor", places=DNIPRO)
        expected = (MentionKind.ROLE, "mayor", "Lyon")
        assert expected == (m.kind, m.role, m.organization.name)

    def test_its_mayor_is_the_last_city(self) -> None:
        """ "its mayor" belongs to the last city mentioned."""
        m = analyse_phrase("its mayor", places=LYON)
        expected = (MentionKind.ROLE, "mayor", "Lyon")
        assert expected == (m.kind, m.role, m.organization.name)

    def test_country_minister(self) -> None:
        """ "the country’s deputy defence minister Name" belongs to the country in context."""
        m = analyse_phrase("the country’s deputy defence minister Jean Dupont", places=LYON)
        expected = ("Jean Dupont", "deputy defence minister", "France", OrgKind.COUNTRY)
        assert expected == (m.name, m.role, m.organization.name, m.organization.kind)

    def test_spokesperson_for_a_ministry(self) -> None:
        """ "a spokesperson for the Ministry of X, Name" names the ministry as the body."""
        m = analyse_phrase(
            "a spokesperson for the Ministry of Water Resources, Amina Yusuf", places=LYON
        )
        expected = (
            "Amina Yusuf",
            "spokesperson",
            "Ministry of Water Resources",
            OrgKind.GOVERNMENT,
        )
        assert expected == (m.name, m.role, m.organization.name, m.organization.kind)

    @pytest.mark.parametrize(
        "phrase",
        [
            "Dnipro Oblast Governor Serhiy Lysak",
            "Serhiy Lysak, governor of the Dnipro region",
            "Serhiy Lysak, head of the regional military administration",
            "The regional governor, Serhiy Lysak",
        ],
    )
    def test_governor_titles_are_one_role(self, phrase: str) -> None:
        """Every title of a region's governor reads as "regional governor"."""
        m = analyse_phrase(phrase, places=DNIPRO)
        expected = ("Serhiy Lysak", "regional governor")
        assert expected == (m.name, m.role)
        assert m.organization.name.startswith("Dnipro region")

    def test_named_administration_is_the_organization(self) -> None:
        """A phrase that names the administration gives it as the organization."""
        m = analyse_phrase(
            "Serhiy Lysak, head of the regional military administration", places=DNIPRO
        )
        expected = "Dnipro regional military administration"
        assert expected == m.organization.name

    @pytest.mark.parametrize(
        "phrase",
        [
            "Ukraine’s emergency service",
            "the Ukrainian state emergency service",
            "The country’s emergency service",
        ],
    )
    def test_national_body_gets_its_formal_name(self, phrase: str) -> None:
        """A country's body under a descriptive name gets "<Body> of <Country>"."""
        m = analyse_phrase(phrase, places=DNIPRO)
        expected = ("State Emergency Service of Ukraine", OrgKind.AGENCY)
        assert expected == (m.organization.name, m.organization.kind)

    def test_country_speaks(self) -> None:
        """A country's name alone is the country speaking."""
        m = analyse_phrase("France", places=DNIPRO)
        expected = (MentionKind.ORGANIZATION, "France", OrgKind.COUNTRY)
        assert expected == (m.kind, m.organization.name, m.organization.kind)

    def test_international_body_from_gazetteer(self) -> None:
        """A UN office under a short name gets its full name and keeps the short one."""
        m = analyse_phrase("the UN refugee agency")
        assert m.organization.kind is OrgKind.INTERNATIONAL
        assert "UN refugee agency" in m.organization.aliases

    @pytest.mark.parametrize(
        ("phrase", "kind"), [("police", OrgKind.POLICE), ("organisers", OrgKind.GROUP)]
    )
    def test_groups(self, phrase: str, kind: OrgKind) -> None:
        """Unnamed groups speak as groups of their kind."""
        m = analyse_phrase(phrase)
        expected = (MentionKind.GROUP, kind)
        assert expected == (m.kind, m.organization.kind)

    @pytest.mark.parametrize(
        ("phrase", "kind"),
        [
            ("he", MentionKind.PRONOUN),
            ("the service", MentionKind.REFERENCE),
            ("the official", MentionKind.REFERENCE),
        ],
    )
    def test_references(self, phrase: str, kind: MentionKind) -> None:
        """Pronouns and definite descriptions are references to resolve."""
        assert kind == analyse_phrase(phrase).kind

    def test_article_before_a_no_break_space(self) -> None:
        """An article joined to a body's name by a no-break space is still dropped."""
        m = analyse_phrase("the\xa0Evening Post")
        expected = (MentionKind.ORGANIZATION, "Evening Post")
        assert expected == (m.kind, m.organization.name)


class TestBodies:
    def test_company_named_after_its_kind(self) -> None:
        """ "freight company Nordvik Logistics" names the company, not a person."""
        m = analyse_phrase("freight company Nordvik Logistics", "Nordvik Logistics")
        expected = (MentionKind.ORGANIZATION, "Nordvik Logistics", OrgKind.COMPANY)
        assert expected == (m.kind, m.organization.name, m.organization.kind)

    def test_member_of_a_body(self) -> None:
        """ "Name of the Body" is a person speaking for that body."""
        m = analyse_phrase("Laura Brun of the Lyon Tenants Assembly")
        expected = (MentionKind.PERSON, "Laura Brun", "Lyon Tenants Assembly")
        assert expected == (m.kind, m.name, m.organization.name)

    def test_acronym_after_description(self) -> None:
        """ "the country's disaster agency AFAD" is the body AFAD of the country in context."""
        m = analyse_phrase(
            "the country’s disaster agency AFAD", places=PlaceContext(country="Turkey")
        )
        expected = ("AFAD", OrgKind.AGENCY, "Turkey")
        assert expected == (m.organization.name, m.organization.kind, m.organization.parent.name)

    def test_body_before_role(self) -> None:
        """ "a defence ministry spokesperson" speaks for the defence ministry."""
        m = analyse_phrase("a defence ministry spokesperson", places=LYON)
        expected = (MentionKind.ROLE, "spokesperson", "Ministry of Defence of France", True)
        assert expected == (m.kind, m.role, m.organization.name, m.indefinite)

    def test_minister_belongs_to_country(self) -> None:
        """A minister's title with no place belongs to the country in context."""
        m = analyse_phrase("Health Minister Claire Martin", places=LYON)
        expected = ("health minister", "France")
        assert expected == (m.role, m.organization.name)


class TestTitles:
    def test_abbreviated_title_gives_role(self) -> None:
        """ "Sen. Name" is a senator named Name."""
        m = analyse_phrase("Sen. Maria Lopez")
        expected = ("Maria Lopez", "senator")
        assert expected == (m.name, m.role)

    def test_description_given_as_name(self) -> None:
        """A description passed as the name is read as a description."""
        m = analyse_phrase(
            "A senior official, who spoke on condition of anonymity", "A senior official"
        )
        expected = (MentionKind.ROLE, None, "official", True)
        assert expected == (m.kind, m.name, m.role, m.indefinite)

    @pytest.mark.parametrize(
        ("phrase", "role", "org"),
        [
            ("U.S. Secretary of State Jane Roe", "secretary of state", "United States"),
            ("UN Secretary-General Ana Lima", "secretary general", "United Nations"),
            ("the minister of health, Paul Girard", "health minister", "France"),
            ("police spokesman Jean Dupont", "spokesperson", "Lyon police"),
        ],
    )
    def test_titles_with_of_and_services(self, phrase: str, role: str, org: str) -> None:
        """Titles written with "of" and service spokespeople read as one role and body."""
        m = analyse_phrase(phrase, places=LYON)
        assert (role, org) == (m.role, m.organization.name)

    @pytest.mark.parametrize(
        ("phrase", "name"),
        [
            ("Health Ministry spokesman Ashraf al-Qidra", "Ashraf al-Qidra"),
            ("European Commission President Ursula von der Leyen", "Ursula von der Leyen"),
        ],
    )
    def test_name_particles(self, phrase: str, name: str) -> None:
        """Lower-case name particles stay inside the name."""
        assert name == analyse_phrase(phrase).name

    def test_country_possessive_before_proper_body(self) -> None:
        """ "Pakistan's National Disaster Management Authority" is the body, of Pakistan."""
        m = analyse_phrase("Pakistan's National Disaster Management Authority")
        expected = ("National Disaster Management Authority", "Pakistan")
        assert expected == (m.organization.name, m.organization.parent.name)

    def test_body_that_is_also_a_town(self) -> None:
        """ "The White House" is a government body, not a town of that name."""
        m = analyse_phrase("The White House")
        expected = ("White House", OrgKind.GOVERNMENT)
        assert expected == (m.organization.name, m.organization.kind)


class TestFindBodies:
    def test_company_and_gazetteer_names(self) -> None:
        """Capitalised names ending in a body word, and gazetteer names, are bodies."""
        text = "Shares in Nordvik Logistics fell as UNICEF warned."
        expected = [(10, "Nordvik Logistics"), (36, "United Nations Children's Fund")]
        assert expected == [(i, o.name) for i, o in find_bodies(text)]

    def test_people_are_not_bodies(self) -> None:
        """Person names are not bodies."""
        expected: list[object] = []
        assert expected == find_bodies("Paul Girard said so.")

    def test_body_name_stops_at_a_sentence_end(self) -> None:
        """A body named after a day that ends a sentence does not take the day."""
        text = "Crowds filled Porto on Sunday. The Public Security Police gave a figure."
        expected = [(35, "Public Security Police")]
        assert expected == [(i, o.name) for i, o in find_bodies(text)]

    def test_abbreviation_does_not_end_a_body_name(self) -> None:
        """A company abbreviation with a full stop stays inside the name."""
        text = "Shares in Brandt Bros. Shipping fell."
        expected = [(10, "Brandt Bros. Shipping")]
        assert expected == [(i, o.name) for i, o in find_bodies(text)]


class TestGroupsOfBodies:
    def test_analysts_at_a_bank(self) -> None:
        """ "Analysts at X" is X speaking through unnamed analysts."""
        m = analyse_phrase("Analysts at Fjordbank")
        expected = (MentionKind.ROLE, "analyst", "Fjordbank")
        assert expected == (m.kind, m.role, m.organization.name)

    def test_acronym_before_role(self) -> None:
        """ "UNRWA chief Name" speaks for UNRWA."""
        m = analyse_phrase("UNRWA chief Philippe Lazzarini", "Philippe Lazzarini")
        assert "UNRWA" in m.organization.aliases


class TestSameName:
    def test_transliterations(self) -> None:
        """Spellings a letter or two apart are one surname; different first names are not."""
        expected = (True, True, False)
        actual = (
            same_name("Serhiy Lysak", "Lysak"),
            same_name("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
            same_name("Anna Kovalenko", "Maria Kovalenko"),
        )
        assert expected == actual


class TestSpeakerResolver:
    def test_role_holder_takes_next_named_speaker(self) -> None:
        """An unnamed mayor followed by a named quote-giver with no role is that person."""
        expected = ["Grégory Doucet", "Grégory Doucet"]
        assert expected == _resolve(["Lyon’s mayor", "Grégory Doucet"], LYON)

    def test_role_holder_matches_named_role_anywhere(self) -> None:
        """ "its mayor" is the mayor named with that role later in the document."""
        expected = ["Grégory Doucet", "Grégory Doucet"]
        assert expected == _resolve(["its mayor", "Mayor Grégory Doucet"], LYON)

    def test_surname_resolves_to_full_name(self) -> None:
        """A bare surname is the person named in full elsewhere."""
        expected = ["Serhiy Lysak", "Serhiy Lysak"]
        assert expected == _resolve(["Serhiy Lysak, head of the region", "Lysak"])

    def test_surname_alone_takes_full_name_from_text(self) -> None:
        """A surname with no full-name mention takes the first name written in the text."""
        text = "Officials in Dnipro named Serhiy Lysak as governor. Lysak said more."
        expected = ["Serhiy Lysak"]
        assert expected == _resolve(["Lysak"], text=text)

    def test_pronouns_and_references(self) -> None:
        """ "he", "the governor", "it", "the service" point back to the right speaker."""
        phrases = [
            "Dnipro Oblast Governor Serhiy Lysak",
            "Ukraine’s emergency service",
            "he",
            "it",
            "the governor",
            "the service",
        ]
        expected = [
            "Serhiy Lysak",
            "State Emergency Service of Ukraine",
            "Serhiy Lysak",
            "State Emergency Service of Ukraine",
            "Serhiy Lysak",
            "State Emergency Service of Ukraine",
        ]
        assert expected == _resolve(phrases)

    def test_short_un_name_points_back(self) -> None:
        """ "the UN office" is the UN body that spoke last."""
        phrases = ["the United Nations human rights office", "the UN office"]
        names = _resolve(phrases)
        assert names[0] == names[1]
        assert "Human Rights" in names[0]

    def test_acronym_points_back(self) -> None:
        """ "the SES" is the State Emergency Service named before."""
        expected = ["State Emergency Service of Ukraine"] * 2
        assert expected == _resolve(["the State Emergency Service", "the SES"])

    def test_its_director_belongs_to_the_last_body(self) -> None:
        """ "its director, Name" speaks for the body named before."""
        phrases = ["the Rhone Valley Civil Protection Agency", "its director, Paul Girard"]
        mentions = [analyse_phrase(p, places=LYON) for p in phrases]
        resolved = SpeakerResolver(mentions).resolve()
        expected = ("Paul Girard", "director", "Rhone Valley Civil Protection Agency")
        actual = (resolved[1].speaker.name, resolved[1].role, resolved[1].organization.name)
        assert expected == actual

    def test_described_body_is_the_named_one(self) -> None:
        """ "the regional civil protection agency" is the Civil Protection Agency named later."""
        phrases = [
            "the regional civil protection agency",
            "Paul Girard, head of the Rhone Valley Civil Protection Agency",
        ]
        expected = ["Rhone Valley Civil Protection Agency", "Paul Girard"]
        assert expected == _resolve(phrases, LYON)

    def test_indefinite_role_is_not_a_named_person(self) -> None:
        """ "a spokesperson for X" is never the spokesperson named before."""
        phrases = [
            "Laura Brun, a spokesperson for the assembly",
            "A spokesman for the government delegation",
        ]
        expected = ["Laura Brun", "government delegation"]
        assert expected == _resolve(phrases, LYON)

    def test_chief_executive_belongs_to_the_company(self) -> None:
        """A corporate role with no body belongs to the company that spoke last."""
        phrases = ["Nordvik Logistics", "Chief executive Ingrid Berg"]
        mentions = [analyse_phrase(p) for p in phrases]
        resolved = SpeakerResolver(mentions).resolve()
        expected = "Nordvik Logistics"
        assert expected == resolved[1].organization.name

    def test_it_points_to_a_body_named_in_the_text(self) -> None:
        """ "it said" with no body speaking before is the body the text named before."""
        mentions = [analyse_phrase("it")]
        bodies = [(0, Organization("Nordvik Logistics", OrgKind.COMPANY))]
        resolved = SpeakerResolver(mentions, positions=[30], bodies=bodies).resolve()
        assert resolved[0].speaker.name == "Nordvik Logistics"

    def test_they_is_the_latest_body_or_group(self) -> None:
        """ "they" is the most recent body or group that spoke."""
        expected = ["police", "CGT union", "CGT union"]
        assert expected == _resolve(["police", "The CGT union", "they"])

    def test_affiliations(self) -> None:
        """Each named person with a role becomes one affiliation over the given period."""
        mentions = [analyse_phrase("Mayor Grégory Doucet", places=LYON)]
        resolver = SpeakerResolver(mentions)
        resolver.resolve()
        period = Period("2024-05-01", "2024-05-02")
        (affiliation,) = resolver.affiliations(period)
        expected = ("Grégory Doucet", "mayor", "Lyon", period)
        actual = (
            affiliation.person.name,
            affiliation.role,
            affiliation.organization.name,
            affiliation.valid,
        )
        assert expected == actual


class TestFindSubjects:
    def test_appositive_subject(self) -> None:
        """A role, a comma and a name opening a sentence are one candidate phrase."""
        text = "Water rose overnight. The city's mayor, Karel Novak, toured the shelters."
        expected = [(22, "The city's mayor, Karel Novak")]
        assert expected == find_subjects(text)

    def test_upper_case_dateline_is_no_person(self) -> None:
        """An upper-case dateline is not a candidate."""
        text = "NORTH BAY, June 3 - Storms hit the coast."
        expected: list[tuple[int, str]] = []
        assert expected == find_subjects(text)

    def test_body_is_no_antecedent(self) -> None:
        """A sentence opened by a body gives no person for "she"."""
        text = "Jo Lee said two died. The Coastal Flood Agency gave a lower figure."
        mentions = [analyse_phrase("Jo Lee", places=DNIPRO), analyse_phrase("she", places=DNIPRO)]
        resolver = SpeakerResolver(
            mentions, text=text, positions=[0, len(text)], subjects=find_subjects(text)
        )
        expected = ["Jo Lee", "Jo Lee"]
        assert expected == [r.speaker.name if r.speaker else None for r in resolver.resolve()]


class TestRegionalMinisters:
    def test_regional_minister_is_not_the_countrys(self) -> None:
        """A regional minister speaks for the region in context, not for the country."""
        ctx = PlaceContext(city="Seville", country="Spain")
        mention = analyse_phrase("Regional transport minister Ana Ortiz", places=ctx)
        expected = ("regional transport minister", "Seville region")
        actual = (mention.role, mention.organization.name if mention.organization else None)
        assert expected == actual

    def test_regional_minister_with_no_region_has_no_body(self) -> None:
        """With only a country in context, a regional minister gets no body."""
        ctx = PlaceContext(country="Spain")
        mention = analyse_phrase("the regional transport minister, Ana Ortiz", places=ctx)
        expected = None
        assert expected == mention.organization

    def test_plain_minister_stays_national(self) -> None:
        """A minister with no regional word is still the country's."""
        ctx = PlaceContext(city="Seville", country="Spain")
        mention = analyse_phrase("Transport minister Ana Ortiz", places=ctx)
        expected = "Spain"
        assert expected == (mention.organization.name if mention.organization else None)


class TestRoleForABody:
    def test_spokesman_for_a_police_force(self) -> None:
        """ "a spokeswoman for the National Police" is a role holder of that body."""
        mention = analyse_phrase("A spokeswoman for the National Police", places=LYON)
        org = mention.organization.name if mention.organization else None
        expected = (MentionKind.ROLE, "spokesperson", "National Police of France")
        assert expected == (mention.kind, mention.role, org)


NOWHERE = PlaceContext()


def _read(phrase: str, places: PlaceContext = NOWHERE) -> tuple[object, ...]:
    m = analyse_phrase(phrase, places=places)
    return (m.kind, m.name, m.role, m.organization.name if m.organization else None)


class TestWirePhrases:
    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            (
                "Governor Ron DeSantis of Florida",
                (MentionKind.PERSON, "Ron DeSantis", "governor", "Florida"),
            ),
            (
                "Lt. Col. Mario Rossi of the Carabinieri",
                (MentionKind.PERSON, "Mario Rossi", "lieutenant colonel", "Carabinieri"),
            ),
            (
                "Ministry of Health spokesperson Siti Nadia Tarmizi",
                (MentionKind.PERSON, "Siti Nadia Tarmizi", "spokesperson", "Ministry of Health"),
            ),
            (
                "Los Angeles County Sheriff Robert Luna",
                (MentionKind.PERSON, "Robert Luna", "county sheriff", "Los Angeles"),
            ),
            (
                "Acme's chief executive, Laura Chen",
                (MentionKind.PERSON, "Laura Chen", "chief executive", "Acme"),
            ),
            ("A Boeing spokesman", (MentionKind.ROLE, None, "spokesperson", "Boeing")),
            ("a poll by Ipsos", (MentionKind.ORGANIZATION, None, None, "Ipsos")),
            ("A Gallup poll", (MentionKind.ORGANIZATION, None, None, "Gallup")),
            (
                "German carmaker Volkswagen",
                (MentionKind.ORGANIZATION, None, None, "Volkswagen"),
            ),
            (
                "The opposition Democratic Party",
                (MentionKind.ORGANIZATION, None, None, "Democratic Party"),
            ),
            (
                "Transport for London",
                (MentionKind.ORGANIZATION, None, None, "Transport for London"),
            ),
            ("Siemens AG", (MentionKind.ORGANIZATION, None, None, "Siemens AG")),
            ("Africa CDC", (MentionKind.ORGANIZATION, None, None, "Africa CDC")),
            ("The Civil Guard", (MentionKind.ORGANIZATION, None, None, "Civil Guard")),
            (
                "Analysts at Goldman Sachs",
                (MentionKind.ROLE, None, "analyst", "Goldman Sachs"),
            ),
            (
                "The company's CFO, Amy Hood",
                (MentionKind.PERSON, "Amy Hood", "chief financial officer", None),
            ),
            (
                "Health Minister Jane Smith",
                (MentionKind.PERSON, "Jane Smith", "health minister", "Ministry of Health"),
            ),
            (
                "Occurrence, an independent firm that counts protesters",
                (MentionKind.ORGANIZATION, None, None, "Occurrence"),
            ),
            (
                "Jones, a former employee of the firm",
                (MentionKind.PERSON, "Jones", None, None),
            ),
            (
                "Sources close to the Kremlin",
                (MentionKind.ROLE, None, "source", "Kremlin"),
            ),
            ("Police estimates", (MentionKind.GROUP, None, None, "Police")),
        ],
    )
    def test_phrase(self, phrase: str, expected: tuple[object, ...]) -> None:
        """Titles, possessives, suffixes and documents name the speaker and the body."""
        assert expected == _read(phrase)

    def test_health_minister_takes_the_country_in_context(self) -> None:
        """With a country in context a minister's body stays the country, as before."""
        expected = (MentionKind.PERSON, "Jane Smith", "health minister", "France")
        assert expected == _read("Health Minister Jane Smith", LYON)

    def test_bracketed_short_name_is_an_alias(self) -> None:
        """ "(TurkStat)" after a body's name is another name of the body."""
        mention = analyse_phrase("The Turkish Statistical Institute (TurkStat)")
        expected = ("Turkish Statistical Institute", ("TurkStat",))
        assert expected == (
            mention.organization.name if mention.organization else None,
            mention.organization.aliases if mention.organization else (),
        )


class TestNameForms:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("Von der Leyen", "Ursula von der Leyen"),
            ("Sisi", "Abdel Fattah el-Sisi"),
            ("Al-Qidra", "Ashraf al-Qidra"),
        ],
    )
    def test_same_person(self, a: str, b: str) -> None:
        """Particles and joined articles do not keep two forms of a name apart."""
        assert same_name(a, b)

    def test_given_name_reference(self) -> None:
        """ "Kim said" after "Kim Jong Un said" is the same person."""
        mentions = [analyse_phrase("Kim Jong Un"), analyse_phrase("Kim")]
        expected = ["Kim Jong Un", "Kim Jong Un"]
        assert expected == [
            r.speaker.name if r.speaker else None for r in SpeakerResolver(mentions).resolve()
        ]
