"""
Tests for claimtrack.extract.pipeline: `extract` assembling a Document.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import ExtractionError
from claimtrack.extract.pipeline import detect_credits, extract, find_hedges
from claimtrack.extract.speakers import analyse_phrase
from claimtrack.graph import ClaimGraph
from claimtrack.model import AttributionMode, Claim, Organization, Person, SourceKind, stable_id

FLOOD = (
    " date 2024-05-14 Floods in the east have killed at least 31 people, the country's "
    "emergency service said on Tuesday.\n\n"
    "“Rescuers are working day and night,” it said in a statement.\n\n"
    "Lyon’s mayor warned that the river could rise again. “We are ready,” Grégory "
    "Doucet told reporters.\n\n"
    "About 1,200 homes were flooded, and the damage could not be independently verified."
)


class TestInputs:
    def test_non_text_is_a_type_error(self) -> None:
        """Anything but str or bytes raises TypeError naming the type."""
        with pytest.raises(TypeError, match="int"):
            extract(42)  # type: ignore[arg-type]

    def test_empty_text_is_an_empty_document(self) -> None:
        """An empty text gives a Document with no claims."""
        doc = extract("")
        expected: tuple[Claim, ...] = ()
        assert expected == doc.claims

    def test_utf8_bytes_decode_silently(self) -> None:
        """UTF-8 bytes are decoded with no warning."""
        doc = extract(b"Police said 12 people were hurt in Lyon.")
        expected = ((), "Police said 12 people were hurt in Lyon.")
        assert expected == (doc.warnings, doc.text)

    def test_other_bytes_decode_with_a_warning(self) -> None:
        """Bytes that are not UTF-8 are decoded as cp1252 and the Document says so."""
        doc = extract("Police said 12 people were hurt in Orléans.".encode("cp1252"))
        expected = ("decoded_with_fallback", "Police said 12 people were hurt in Orléans.")
        assert expected == (doc.warnings[0].code, doc.text)

    def test_control_characters_warn(self) -> None:
        """Control characters are kept and reported."""
        doc = extract("Police said 12\x07 people were hurt.")
        codes = [w.code for w in doc.warnings]
        assert "control_characters" in codes


class TestSource:
    def test_header_gives_publication_date(self) -> None:
        """A leading date header sets the publication date and stays in the text."""
        doc = extract(FLOOD)
        expected = ("2024-05-14", FLOOD)
        assert expected == (doc.source.published.date().isoformat(), doc.text)

    def test_argument_beats_header(self) -> None:
        """A `published` argument wins over the header."""
        doc = extract(FLOOD, published="2024-05-15T08:00:00+02:00")
        expected = "2024-05-15"
        assert expected == doc.source.published.date().isoformat()

    def test_id_from_url(self) -> None:
        """The source id depends on the URL when given."""
        doc = extract(FLOOD, url="https://example.invalid/flood")
        expected = stable_id("src", "https://example.invalid/flood")
        assert expected == doc.source.id

    def test_id_stable_from_text(self) -> None:
        """The same text gives the same source and claim ids."""
        a, b = extract(FLOOD), extract(FLOOD)
        assert [c.id for c in a.claims] == [c.id for c in b.claims]
        assert a.source.id == b.source.id

    def test_same_copy_two_outlets(self) -> None:
        """Without a url, the same words from two outlets are two sources that link."""
        one = extract(FLOOD, publisher="Valley Post")
        two = extract(FLOOD, publisher="Hill Gazette")
        assert one.source.id != two.source.id
        graph = ClaimGraph()
        assert 2 == graph.add_many([one, two])
        # Published the same day with no time: which is the copy is a tie, broken by id.
        repeats = {frozenset((link.a, link.b)) for link in graph.relations("repeats")}
        pairs = {frozenset((a.id, b.id)) for a, b in zip(one.claims, two.claims, strict=True)}
        assert pairs == repeats

    def test_kind_and_metadata(self) -> None:
        """Publisher, title and kind (as a string) reach the Source."""
        doc = extract(FLOOD, publisher="Valley Post", title="Floods", kind="press_release")
        expected = ("Valley Post", "Floods", SourceKind.PRESS_RELEASE)
        assert expected == (doc.source.publisher, doc.source.title, doc.source.kind)

    def test_credits_merge(self) -> None:
        """Credits in the text are merged after those given."""
        text = "PARIS, May 14 (AFP) - Police said 12 people were hurt.\n\n(Reporting by Reuters)"
        doc = extract(text, credits=["Example Wire"])
        expected = ("Example Wire", "AFP", "Reuters")
        assert expected == doc.source.credits

    def test_credit_line_is_not_a_claim(self) -> None:
        """A "(Reporting by ...)" line gives no claim."""
        doc = extract("Police said 12 people were hurt.\n\n(Reporting by Reuters)")
        assert all("Reuters" not in c.content for c in doc.claims)


class TestClaims:
    def test_spans_index_the_text(self) -> None:
        """Every claim's content is its span of the text, header included."""
        doc = extract(FLOOD)
        assert doc.claims
        for claim in doc.claims:
            assert claim.content == claim.content_span.of(FLOOD)
            assert claim.id == Claim.make_id(doc.source.id, claim.content_span, claim.content)

    def test_organization_and_pronoun(self) -> None:
        """The emergency service speaks first, then "it" is the same body."""
        doc = extract(FLOOD)
        first, second = doc.claims[0], doc.claims[1]
        assert isinstance(first.speaker, Organization)
        assert first.speaker == second.speaker
        expected = (AttributionMode.INDIRECT, AttributionMode.DIRECT, "it")
        assert expected == (
            first.attribution.mode,
            second.attribution.mode,
            second.attribution.speaker_mention,
        )

    def test_role_holder_is_the_named_speaker(self) -> None:
        """ "Lyon’s mayor" is resolved to the mayor quoted next."""
        doc = extract(FLOOD)
        warned = next(c for c in doc.claims if c.attribution.cue == "warned")
        expected = (Person("Grégory Doucet"), "mayor", "Lyon", "Lyon’s mayor")
        actual = (
            warned.speaker,
            warned.attribution.role,
            warned.attribution.organization.name,
            warned.attribution.speaker_mention,
        )
        assert expected == actual

    def test_unattributed_figure_sentence(self) -> None:
        """A sentence with a figure and no attribution is an unattributed claim, with hedges."""
        doc = extract(FLOOD)
        last = doc.claims[-1]
        expected = (AttributionMode.UNATTRIBUTED, None, ("could not be independently verified",))
        assert expected == (last.attribution.mode, last.speaker, last.hedges)
        assert last.content.startswith("About 1,200 homes")

    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("Officials said 12 people died in Lyon, France's third city.", "Lyon"),
            ("Officials said Germany is sending 40 fire engines to France.", "France"),
            (
                "Officials said 30 people died in the Kherson and Mykolaiv regions.",
                "Kherson and Mykolaiv regions",
            ),
            ("KYIV — Officials said 12 people died in Lyon.", "Lyon"),
        ],
    )
    def test_place_is_what_the_claim_is_about(self, text: str, place: str) -> None:
        """The most specific place the claim's words are about; actors and datelines do not count."""
        assert place == extract(text).claims[0].place

    def test_said_on_defaults_to_publication_day(self) -> None:
        """A claim with no day of its own is dated on the publication day."""
        doc = extract(FLOOD)
        assert doc.claims[1].said_on.isoformat() == "2024-05-14"

    def test_affiliations_and_people(self) -> None:
        """People with roles are listed and affiliated on the publication day."""
        doc = extract(FLOOD)
        (affiliation,) = doc.affiliations
        expected = ("Grégory Doucet", "mayor", "Lyon")
        assert expected == (
            affiliation.person.name,
            affiliation.role,
            affiliation.organization.name,
        )
        assert affiliation.holds_on("2024-05-14T12:00:00Z")
        assert [p.name for p in doc.people] == ["Grégory Doucet"]

    def test_bodies_mentioned_are_listed(self) -> None:
        """Bodies the text names without their speaking are listed after the speakers."""
        doc = extract("Shares in Nordvik Logistics fell 8%, analysts said.")
        names = [o.name for o in doc.organizations]
        assert "Nordvik Logistics" in names

    def test_nlp_names_help(self) -> None:
        """PERSON entities from a given spaCy-like model count as names."""

        def nlp(text: str) -> Any:
            return SimpleNamespace(ents=[SimpleNamespace(text="Mo Ali", label_="PERSON")])

        doc = extract("Mo Ali said 40 people were rescued.", nlp=nlp)
        assert doc.claims[0].speaker == Person("Mo Ali")


# A body speaks twice, another is cited in between, then references point back.
DEPARTMENT = (
    "Floods have killed at least 14 people in the north, the country's civil protection "
    "department said on Monday.\n\n"
    "Five firefighters were among the dead, the department said in a statement.\n\n"
    "The United Nations had earlier put the toll at nine.\n\n"
    "More than 300 homes were evacuated, according to the statement, and 80 people were "
    "rescued, the agency said."
)


class TestReferences:
    def test_statement_is_the_issuers(self) -> None:
        """ "according to the statement" is the body that issued one, not the last named."""
        doc = extract(DEPARTMENT)
        claim = next(c for c in doc.claims if c.content.startswith("More than 300"))
        expected = "country's civil protection department"
        assert expected == claim.attribution.speaker.name

    def test_description_of_another_kind_skips_the_last_body(self) -> None:
        """ "the agency" is not the UN named last but the story's main speaker."""
        doc = extract(DEPARTMENT)
        claim = next(c for c in doc.claims if c.content.startswith("80 people"))
        expected = "country's civil protection department"
        assert expected == claim.attribution.speaker.name

    def test_service_is_the_body_named_a_service(self) -> None:
        """ "the service" is the last body whose name holds the word, past another body."""
        text = (
            "Ten people died in the storm, Norway's emergency service said.\n\n"
            "The Red Cross said 40 volunteers were helping.\n\n"
            "Roads stayed closed, the service said."
        )
        doc = extract(text)
        expected = [
            "State Emergency Service of Norway",
            "International Committee of the Red Cross",
            "State Emergency Service of Norway",
        ]
        assert expected == [c.attribution.speaker.name for c in doc.claims]


class TestPronouns:
    def test_she_points_to_the_subject_who_made_no_claim(self) -> None:
        """ "she said" is the person the previous sentence was about, not the last speaker."""
        text = (
            "Piet de Groot, head of the port authority, said 40 ships were waiting. "
            "He said the harbour would reopen on Friday.\n\n"
            "The port's harbour master, Ellen Vos, put the queue longer. "
            "At least 55 ships are at anchor, she said in a statement."
        )
        doc = extract(text)
        expected = ["Piet de Groot", "Piet de Groot", "Ellen Vos"]
        assert expected == [c.attribution.speaker.name for c in doc.claims]

    def test_he_skips_a_subject_known_to_be_a_woman(self) -> None:
        """ "he" passes over a subject the text calls a spokeswoman."""
        text = (
            "Tomas Berg, the fire chief, said three homes burned. "
            "The council's spokeswoman, Ana Ruiz, visited the site. "
            "Twelve families were moved to a hotel, he said."
        )
        doc = extract(text)
        expected = ["Tomas Berg", "Tomas Berg"]
        assert expected == [c.attribution.speaker.name for c in doc.claims]

    def test_last_speaker_keeps_a_pronoun_nothing_contradicts(self) -> None:
        """With no gender shown for either, "he" stays with the last speaker."""
        text = (
            "Sam Okafor, the harbour master, said 40 ships were waiting. "
            "Kim Laine toured the quay on Monday. "
            "At least 55 ships are at anchor, he said."
        )
        doc = extract(text)
        expected = ["Sam Okafor", "Sam Okafor"]
        assert expected == [c.attribution.speaker.name for c in doc.claims]

    def test_subject_named_inside_a_quotation_is_no_antecedent(self) -> None:
        """A name opening a quoted sentence is not a subject "he" can point to."""
        text = (
            "Tomas Berg, the fire chief, said three homes burned. "
            "“We were lucky. Ana Ruiz called us early,” he said."
        )
        doc = extract(text)
        expected = "Tomas Berg"
        assert expected == doc.claims[-1].attribution.speaker.name


class TestAcronyms:
    def test_who_in_capitals_is_the_health_body(self) -> None:
        """ "The WHO said" is the World Health Organization, not a relative pronoun."""
        doc = extract("The WHO said 40 children were treated for burns in Goma.")
        expected = "World Health Organization"
        assert expected == doc.claims[0].attribution.speaker.name

    def test_lower_case_who_still_points_back(self) -> None:
        """ "Aid groups, who visited the camp, said" is the aid groups."""
        doc = extract("Aid groups, who visited the camp, said 40 children were hurt.")
        expected = "Aid groups"
        assert expected == doc.claims[0].attribution.speaker.name


class TestGuards:
    def test_coast_guard_is_a_body(self) -> None:
        """ "The Coast Guard said" is a body speaking, not a person named Coast Guard."""
        doc = extract("The Coast Guard said 12 sailors were pulled from the water off Kerry.")
        speaker = doc.claims[0].attribution.speaker
        expected = (Organization, "Coast Guard")
        assert expected == (type(speaker), speaker.name)


class TestQuestions:
    def test_questions_are_not_claims(self) -> None:
        """A quoted question and an "asked whether" clause make no claims."""
        text = (
            "“Will the levee hold?” a resident asked.\n\n"
            "The mayor asked whether help would come.\n\n"
            "Officials said 40 homes were flooded."
        )
        expected = ["40 homes were flooded"]
        assert expected == [c.content for c in extract(text).claims]

    def test_question_with_figures_is_kept(self) -> None:
        """A question that carries a figure is kept: the figure is worth tracking."""
        text = "“Why were 300 families left without shelter?” the senator asked."
        expected = ["Why were 300 families left without shelter?"]
        assert expected == [c.content for c in extract(text).claims]


class TestPlaces:
    def test_places_given_as_examples_are_not_the_place(self) -> None:
        """Towns listed "such as ..." leave the claim with the story's place."""
        text = (
            "Shelling cut power across Ukraine on Sunday, officials said.\n\n"
            "Aid groups said towns such as Lviv, Dnipro and Odesa had no water."
        )
        expected = ["Ukraine", "Ukraine"]
        assert expected == [c.place for c in extract(text).claims]

    def test_a_country_after_in_is_where_not_who(self) -> None:
        """'the number of dead in Chile climbed' is about Chile; 'Chile denies' is Chile acting."""
        text = "The number of dead in Chile climbed to 131 on Tuesday, the agency said."
        assert ["Chile"] == [c.place for c in extract(text).claims]

    @pytest.mark.parametrize(
        "text",
        [
            "Landslides in northern Peru buried 22 homes overnight, the mayor said.",
            "Storms across much of southwestern Peru cut power to 9,000 homes.",
            "Floods in the south-east of Peru killed 3 people, rescuers said.",
        ],
    )
    def test_a_country_after_a_compass_word_is_where(self, text: str) -> None:
        """'Landslides in northern Peru buried ...' is about Peru, not Peru acting."""
        assert ["Peru"] == [c.place for c in extract(text).claims]

    def test_the_dateline_is_the_story_place(self) -> None:
        """Claims that name no place, nor their sentence, take the dateline's city."""
        text = (
            "QUITO (Andes Wire) - Thousands of people marched in Quito on Sunday. "
            "Police said 8,000 took part, while the organisers claimed 30,000."
        )
        doc = extract(text, published="2026-02-01T18:00:00Z")
        assert ["Quito", "Quito", "Quito"] == [c.place for c in doc.claims]
        assert ["Police", "the organisers"] == [
            c.attribution.speaker_mention for c in doc.claims if c.attribution.speaker_mention
        ]

    def test_polled_group_is_the_speaker(self) -> None:
        """'Analysts polled by Visible Alpha had expected ...': the analysts, a group, speak."""
        text = "Sales reached $2.7 billion. Analysts polled by Visible Alpha had expected $2.5 billion."
        claim = extract(text).claims[-1]
        expected = ("Analysts", "Analysts polled by Visible Alpha", "$2.5 billion")
        assert expected == (
            claim.speaker and claim.speaker.name,
            claim.attribution.speaker_mention,
            claim.content,
        )

    @pytest.mark.parametrize(
        "text",
        [
            "Backing for the levy slipped to 38%, according to a poll by Opinium released on Sunday.",
            "In an Opinium survey conducted last week, backing for the levy slipped to 38%.",
        ],
    )
    def test_the_pollster_is_the_speaker(self, text: str) -> None:
        """A poll's speaker is its pollster, whenever the poll came out."""
        claim = extract(text).claims[0]
        assert ("Opinium", "backing for the levy slipped to 38%") == (
            claim.speaker and claim.speaker.name,
            claim.content.lower(),
        )

    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("TARTU, Estonia, May 3 (Baltic Wire) - Firefighters said two barns burned.", "Tartu"),
            ("OLD HARBOUR FALLS - The council said 40 homes lost power.", "Old Harbour Falls"),
            ("BREAKING\nThe council said 40 homes lost power.", None),
        ],
    )
    def test_dateline_place_forms(self, text: str, place: str | None) -> None:
        """A known city is spelt as the gazetteer does; an unknown one only in a dash dateline."""
        assert place == extract(text).claims[0].place


class TestHelpers:
    def test_detect_credits(self) -> None:
        """Dateline and bracketed credits are found; a bare "AP" in prose is not."""
        expected = ["Reuters", "AP"]
        assert expected == detect_credits("LONDON (Reuters) - ... (AP) The AP said.")

    def test_full_agency_name(self) -> None:
        """A full agency name anywhere counts as a credit."""
        expected = ["AFP"]
        assert expected == detect_credits("Agence France-Presse reported the toll.")

    def test_find_hedges(self) -> None:
        """Hedges are whole words, lower case, in order."""
        expected = ("reportedly", "alleged")
        assert expected == find_hedges("He reportedly met the Alleged leader; impossible.")


# Fragments of wire copy, recombined with arbitrary text, so that the rules fire often.
_FRAGMENTS = st.sampled_from(
    [
        " date 2024-05-14 ",
        "KYIV — ",
        "LYON, May 2 (AFP) - ",
        "the country’s emergency service said",
        "“We are ready,” ",
        "Mayor Grégory Doucet told reporters",
        " its mayor said. ",
        "at least 12 people were killed",
        "according to the statement",
        " he added.",
        "(Reporting by Reuters)",
        "\n\n",
        ", which ",
        "Lyon’s mayor warned that ",
        "the SES said",
        "\x07",
    ]
)
_TEXTS = st.lists(_FRAGMENTS | st.text(max_size=30), max_size=12).map("".join)


class TestNoCrash:
    @settings(max_examples=150, deadline=None)
    @given(_TEXTS)
    def test_any_text_gives_a_valid_document(self, text: str) -> None:
        """Any text gives a Document whose claims are their spans of the text."""
        doc = extract(text)
        for claim in doc.claims:
            assert claim.content == claim.content_span.of(doc.text)

    @settings(max_examples=150, deadline=None)
    @given(st.text(max_size=60))
    def test_any_phrase_is_read(self, phrase: str) -> None:
        """Any phrase reads into a mention without error."""
        assert analyse_phrase(phrase).text == phrase


class TestBadOptions:
    def test_unknown_source_kind(self) -> None:
        """An unknown source kind is an ExtractionError that lists the known ones."""
        with pytest.raises(ExtractionError, match=r"unknown source kind 'blog'.*press_release"):
            extract("The mayor said five people died.", kind="blog")

    def test_credits_of_the_wrong_type(self) -> None:
        """Credits that are not strings are refused with a clear message."""
        with pytest.raises(ExtractionError, match="credits must be a string or a list"):
            extract("The mayor said five people died.", credits=5)  # type: ignore[arg-type]


def _figure_facts(claim: Claim) -> list[tuple[object, ...]]:
    """The value, metric, population and unit of each figure of *claim*."""
    return [(f.low, f.metric, f.population, f.unit) for f in claim.figures]


class TestRivalFigures:
    def test_answer_takes_the_rivals_metric_and_place(self) -> None:
        """'..., while the governor gave four': four killed, in the rival's place."""
        doc = extract(
            "At least five people were killed in Kharkiv, the mayor said, while the regional "
            "governor gave four.",
            published="2026-03-02",
        )
        answer = doc.claims[1]
        expected = ("four", "the regional governor", [(4, "killed", "people", None)], "Kharkiv")
        assert expected == (
            answer.content,
            answer.attribution.speaker_mention,
            _figure_facts(answer),
            answer.place,
        )

    def test_pronoun_object_takes_the_rivals_metric(self) -> None:
        """'police put it at 30,000' counts what the organisers' figure counts."""
        doc = extract(
            "Organisers claimed up to 200,000 marchers, police put it at 30,000.",
            published="2026-03-02",
        )
        expected = [("it at 30,000", [(30000, "participants", "people", None)])]
        assert expected == [(c.content, _figure_facts(c)) for c in doc.claims[1:]]

    def test_money_answer_keeps_its_unit(self) -> None:
        """'the company reported $2.5bn' after expected revenue is revenue in dollars."""
        doc = extract(
            "Analysts had expected quarterly revenue of $2.7bn; the company reported $2.5bn.",
            published="2026-03-02",
        )
        expected = [(2.5e9, "revenue", None, "currency:USD")]
        assert expected == _figure_facts(doc.claims[1])

    def test_answer_before_its_rival(self) -> None:
        """The answer may come first in the sentence."""
        doc = extract(
            "The fire brigade gave 14, whereas hospital officials said at least 17 people "
            "were injured in the blaze in Valencia.",
            published="2026-03-02",
        )
        expected = ([(14, "injured", "people", None)], "Valencia")
        assert expected == (_figure_facts(doc.claims[0]), doc.claims[0].place)

    def test_a_claim_of_its_own_inherits_nothing(self) -> None:
        """A figure in a clause of its own ('it would hire 200') keeps no metric."""
        doc = extract(
            "The company said revenue rose to $3bn, and the chief executive said it would "
            "hire 200.",
            published="2026-03-02",
        )
        expected = [(200, None, None, None)]
        assert expected == _figure_facts(doc.claims[1])


class TestCiting:
    def test_cited_records_are_no_claim(self) -> None:
        """'..., citing hospital records' names the basis of the claim, not a claim."""
        doc = extract(
            "The toll rose to 12, the ministry said, citing hospital records.",
            published="2026-03-02",
        )
        assert ["The toll rose to 12"] == [c.content for c in doc.claims]

    def test_cited_figures_are_a_claim(self) -> None:
        """A citation that carries a figure is still the speaker's claim of that figure."""
        doc = extract(
            "The toll rose to 12, the ministry said, citing hospital records showing 40 "
            "people were hurt.",
            published="2026-03-02",
        )
        expected = [
            ("said", "The toll rose to 12"),
            ("citing", "hospital records showing 40 people were hurt"),
        ]
        assert expected == [(c.attribution.cue, c.content) for c in doc.claims]


class TestOneClaimPerReport:
    def test_participle_after_a_figure(self) -> None:
        """'far below the 100 reported earlier' adds no claim: one claim, by Police."""
        doc = extract(
            "Police said 40 people were hurt, far below the 100 reported earlier.",
            published="2026-03-02",
        )
        expected = [("Police", "40 people were hurt")]
        assert expected == [(c.attribution.speaker_mention, c.content) for c in doc.claims]

    def test_nested_claim_in_an_aside(self) -> None:
        """The officials' claim inside ', who officials said was 34,' is 'was 34'."""
        doc = extract(
            "Police said the suspect, who officials said was 34, fled.", published="2026-03-02"
        )
        assert ["officials"] == [
            c.attribution.speaker_mention for c in doc.claims if c.content == "was 34"
        ]


class TestInterruptedContent:
    def test_lead_is_no_claim(self) -> None:
        """The first part of an interrupted content is no claim of its own."""
        doc = extract(
            "As the flood peaks, Ortiz says, 4,000 families will be without power.",
            published="2026-03-02",
        )
        assert ["4,000 families will be without power"] == [c.content for c in doc.claims]


class TestRivalAcrossSentences:
    def test_answer_takes_the_metric_of_the_sentence_before(self) -> None:
        """'Police gave 18,000.' after a crowd figure counts participants in its place."""
        doc = extract(
            "Organisers said 100,000 people marched in Lisbon. Police gave 18,000.",
            published="2026-03-02",
        )
        expected = ([(18000, "participants", "people", None)], "Lisbon")
        assert expected == (_figure_facts(doc.claims[-1]), doc.claims[-1].place)

    def test_answer_with_places(self) -> None:
        """'gave 18,000 in Lisbon and 5,000 in Porto': each figure counts participants."""
        doc = extract(
            "Organisers said 100,000 people marched, while police gave 18,000 in Lisbon and "
            "5,000 in Porto.",
            published="2026-03-02",
        )
        assert ["participants", "participants"] == [f.metric for f in doc.claims[-1].figures]

    def test_share_takes_the_population(self) -> None:
        """'management gave 35%' after '80% of staff' is a share of the same workers."""
        doc = extract(
            "The union said 80% of staff walked out; management gave 35%.",
            published="2026-03-02",
        )
        rival, answer = doc.claims[0].figures[0], doc.claims[1].figures[0]
        assert (rival.population, "percent") == (answer.population, answer.unit)
