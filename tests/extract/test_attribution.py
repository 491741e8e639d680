"""
Tests for claimtrack.extract.attribution: source, cue and content spans in wire copy.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from claimtrack.extract.attribution import RawAttribution, find_attributions
from claimtrack.model import AttributionMode
from tests.strategies import news_texts

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

D = AttributionMode.DIRECT
I = AttributionMode.INDIRECT  # noqa: E741 - one letter per mode reads best in tables
A = AttributionMode.ACCORDING_TO
U = AttributionMode.UNATTRIBUTED
M = AttributionMode.MIXED


def words(text: str, att: RawAttribution) -> tuple[object, ...]:
    """The source, cue, content, mode and continuation flag of *att* as strings."""

    def of(span: object) -> str | None:
        return None if span is None else span.of(text)  # type: ignore[attr-defined]

    return (of(att.source_span), of(att.cue_span), of(att.content_span), att.mode, att.continues)


def one(text: str) -> tuple[object, ...]:
    """The only attribution in *text*, as strings."""
    found = find_attributions(text)
    assert 1 == len(found), found
    return words(text, found[0])


class TestReportedSpeech:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Police said that three people were arrested overnight.",
                ("Police", "said", "three people were arrested overnight", I, False),
            ),
            (
                "Ukraine has claimed that more than 2,000 civilians have been killed.",
                ("Ukraine", "has claimed", "more than 2,000 civilians have been killed", I, False),
            ),
            (
                "The ministry said in a statement that 12 soldiers were wounded.",
                ("The ministry", "said", "12 soldiers were wounded", I, False),
            ),
            (
                "The mayor said on Telegram that power had been restored.",
                ("The mayor", "said", "power had been restored", I, False),
            ),
            (
                "The governor told broadcasters the city had been hit eight times.",
                ("The governor", "told", "the city had been hit eight times", I, False),
            ),
            (
                "The mayor told reporters on Tuesday that 12 people died.",
                ("The mayor", "told", "12 people died", I, False),
            ),
            (
                "The minister stressed the figures were preliminary.",
                ("The minister", "stressed", "the figures were preliminary", I, False),
            ),
            (
                "The company estimated the damage at $2 million.",
                ("The company", "estimated", "the damage at $2 million", I, False),
            ),
            (
                "Kyiv’s mayor earlier confirmed the evacuation.",
                ("Kyiv’s mayor", "confirmed", "the evacuation", I, False),
            ),
        ],
    )
    def test_speaker_before_cue(self, text: str, expected: tuple[object, ...]) -> None:
        """The speaker comes first, the reported clause follows without "that"."""
        assert expected == one(text)

    def test_content_before_speaker(self) -> None:
        """ "..., police said." puts the content first."""
        text = "Three people were arrested overnight, police said on Sunday."
        assert ("police", "said", "Three people were arrested overnight", I, False) == one(text)

    def test_opening_adverbial_is_the_writers(self) -> None:
        """A short scene-setting phrase before the content is left out of it."""
        text = "However, the toll is likely to rise, officials said."
        assert ("officials", "said", "the toll is likely to rise", I, False) == one(text)

    def test_because_after_trailing_cue(self) -> None:
        """ "..., the office stressed, because ..." gives the speaker both clauses."""
        text = "The figures are higher, the office stressed, because reports are delayed."
        found = [words(text, a) for a in find_attributions(text)]
        assert [
            ("the office", "stressed", "The figures are higher", I, False),
            ("the office", "stressed", "reports are delayed", I, False),
        ] == found

    def test_auxiliary_and_adverb_before_cue(self) -> None:
        """ "had earlier put" still finds the speaker."""
        text = "The United Nations had earlier put the number of deaths at 142."
        assert ("The United Nations", "put", "the number of deaths at 142", I, False) == one(text)

    def test_inverted(self) -> None:
        """ "..., said a spokeswoman." inverts cue and speaker."""
        text = "Three people were arrested overnight, said a police spokeswoman."
        expected = (
            "a police spokeswoman",
            "said",
            "Three people were arrested overnight",
            I,
            False,
        )
        assert expected == one(text)

    def test_adding_that(self) -> None:
        """ "adding that" is a second claim by the same speaker."""
        text = "The agency said 500 people were evacuated, adding that shelling continued."
        found = [words(text, a) for a in find_attributions(text)]
        assert [
            ("The agency", "said", "500 people were evacuated", I, False),
            ("The agency", "adding", "shelling continued", I, False),
        ] == found

    def test_and_said(self) -> None:
        """A second cue joined by "and" keeps the speaker of the first."""
        text = "The governor put the toll at four and said nine people were hurt."
        found = [words(text, a) for a in find_attributions(text)]
        assert [
            ("The governor", "put", "the toll at four", I, False),
            ("The governor", "said", "nine people were hurt", I, False),
        ] == found

    def test_unnamed_officials(self) -> None:
        """ "Officials say" has officials as its source."""
        text = "Officials say the death toll is likely to rise."
        assert ("Officials", "say", "the death toll is likely to rise", I, False) == one(text)

    def test_mixed(self) -> None:
        """Reported speech carrying a partial quotation is mixed."""
        text = "The mayor said the plan was “a disaster for the city.”"
        att = find_attributions(text)[0]
        assert (M, "the plan was “a disaster for the city.”") == (
            att.mode,
            att.content_span.of(text),
        )
        assert 1 == len(att.quote_spans)

    def test_no_cue_no_claim(self) -> None:
        """A plain sentence with no cue is not an attribution."""
        assert [] == find_attributions("Rescuers searched the rubble until dawn.")

    def test_helped_found_is_no_cue(self) -> None:
        """ "helped found the league": to establish, not to discover."""
        assert [] == find_attributions("Ms. Ndlovu helped found the tenants' league in 1998.")


class TestAsides:
    def test_verb_in_a_relative_aside_is_no_cue(self) -> None:
        """ "X, which called the protest, said ..." is X saying, not X calling."""
        text = "The Lisbon Renters Union, which called the protest, said 30,000 people took part."
        expected = ("The Lisbon Renters Union", "said", "30,000 people took part", I, False)
        assert expected == one(text)

    def test_content_of_an_aside_ends_with_it(self) -> None:
        """ "Police, who had put the turnout at 9,000, stood by ..." ends at the aside."""
        text = "Police, who had put the turnout at 9,000, stood by their count."
        expected = ("who", "had put", "the turnout at 9,000", I, False)
        assert expected == one(text)

    def test_aside_that_reports_is_kept(self) -> None:
        """A plain "said" inside the aside still makes a claim."""
        text = "The union, which said 30,000 took part, called for a strike."
        expected = "30,000 took part"
        assert expected == find_attributions(text)[0].content_span.of(text)[: len(expected)]


class TestAccordingTo:
    def test_after_content(self) -> None:
        """ "..., according to X." takes the clause before."""
        text = "Rescuers have saved 150 people, according to the emergency service."
        expected = (
            "the emergency service",
            "according to",
            "Rescuers have saved 150 people",
            A,
            False,
        )
        assert expected == one(text)

    def test_before_content(self) -> None:
        """ "According to X, ..." takes the clause after."""
        text = "According to the emergency service, rescuers have saved 150 people."
        expected = (
            "the emergency service",
            "According to",
            "rescuers have saved 150 people",
            A,
            False,
        )
        assert expected == one(text)


class TestRelativeClauseSpeakers:
    def test_a_relative_clause_report_ends_before_the_main_cue(self) -> None:
        """ "Lee, who said X, said Y": X is the relative clause's, Y the speaker's."""
        text = "Tom Ruiz, who said he had fished the bay for 30 years, said the catch had halved."
        expected = [
            ("who", "said", "he had fished the bay for 30 years", I, False),
            ("Tom Ruiz", "said", "the catch had halved", I, False),
        ]
        assert expected == [words(text, att) for att in find_attributions(text)]


class TestPolls:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "In a Kantar poll released on Friday, 47% of voters backed the new tax.",
                ("a Kantar poll released on Friday", "In", "47% of voters backed the new tax", A),
            ),
            (
                "In the latest poll, conducted last week, the ruling party slipped to 28%.",
                ("the latest poll", "In", "the ruling party slipped to 28%", A),
            ),
            (
                "Last spring, the mayor trailed by 12 points in a Sentinel survey.",
                ("a Sentinel survey", "in", "the mayor trailed by 12 points", A),
            ),
        ],
    )
    def test_the_poll_is_the_source(self, text: str, expected: tuple[object, ...]) -> None:
        """ "In a poll, X" and "X in a poll": the poll reports what it found."""
        assert expected == one(text)[:4]

    @pytest.mark.parametrize(
        "text",
        [
            "The senator slipped in the polls after the debate.",
            "Her standing in the polls has rarely been lower.",
        ],
    )
    def test_standing_in_the_polls_is_no_report(self, text: str) -> None:
        """ "slipped in the polls", with no figure and no pollster, is the writer's."""
        assert [] == find_attributions(text)

    def test_respondents_who_speak_keep_their_cue(self) -> None:
        """ "In the poll, 60 percent said ...": the respondents speak, not the poll."""
        text = "In the poll, 60 percent said prices were too high."
        assert ("60 percent", "said", "prices were too high", I, False) == one(text)


class TestUnattributed:
    def test_is_reported(self) -> None:
        """A passive report has no source; its content is the whole clause."""
        text = "It comes as the bridge is reported to have collapsed after the blast."
        expected = (None, "is reported", "the bridge is reported to have collapsed", U, False)
        assert expected == one(text)

    def test_reportedly(self) -> None:
        """ "reportedly" marks an unattributed report."""
        text = "Troops reportedly crossed the river overnight."
        att = find_attributions(text)[0]
        assert (U, "reportedly") == (att.mode, att.cue_span and att.cue_span.of(text))


class TestQuotations:
    def test_split_around_cue(self) -> None:
        """The second half of a split quotation continues the first speaker."""
        text = "“We are preparing,” he wrote. “Kyiv stands.”"
        found = [words(text, a) for a in find_attributions(text)]
        assert [
            ("he", "wrote", "We are preparing,", D, False),
            (None, None, "Kyiv stands.", D, True),
        ] == found

    def test_told_a_briefing_is_no_content(self) -> None:
        """ "told a briefing in the town hall" is the audience and venue, not content."""
        text = "“Nine people died. One is missing,” the chief, Jo Lee, told a briefing in the town hall."
        expected = ("Jo Lee", "told", "Nine people died. One is missing,", D, False)
        assert expected == one(text)

    def test_told_a_news_conference(self) -> None:
        """ "told a news conference that" skips the gathering spoken to."""
        text = "Jo Lee told a news conference that nine people had died."
        expected = ("Jo Lee", "told", "nine people had died", I, False)
        assert expected == one(text)

    def test_told_analysts_then_adding(self) -> None:
        """A quotation "told analysts on a call, adding that ..." gives two claims."""
        text = "“Orders will pick up,” she told analysts on a call, adding that 50 jobs would go."
        expected = [
            ("she", "told", "Orders will pick up,", D, False),
            ("she", "adding", "50 jobs would go", I, False),
        ]
        assert expected == [words(text, a) for a in find_attributions(text)]

    def test_said_in_its_quarterly_report(self) -> None:
        """ "the company said in its quarterly report" closes the content before it."""
        text = "Net profit fell 4% to 80 million euros, the bank said in its quarterly report."
        expected = ("the bank", "said", "Net profit fell 4% to 80 million euros", I, False)
        assert expected == one(text)

    def test_colon(self) -> None:
        """A colon after the cue introduces the quotation."""
        text = "The service said: “We have evacuated 500 people.”"
        assert ("The service", "said", "We have evacuated 500 people.", D, False) == one(text)

    def test_participle_then_colon(self) -> None:
        """ "Warning that ..., the agency said: “...”" gives two claims of one speaker."""
        text = "Warning that the river was still rising, the agency said: “Stay off the bridges.”"
        found = [words(text, a) for a in find_attributions(text)]
        assert [
            ("the agency", "Warning", "the river was still rising", I, False),
            ("the agency", "said", "Stay off the bridges.", D, False),
        ] == found

    def test_floating_paragraph(self) -> None:
        """A paragraph that is only a quotation continues the last speaker."""
        text = "“The city is quiet now,” the mayor said.\n\n“But nobody is sleeping.”"
        found = find_attributions(text)
        assert [(False, 0), (True, 1)] == [(a.continues, a.paragraph) for a in found]
        assert "But nobody is sleeping." == found[1].content_span.of(text)

    def test_quote_over_paragraphs(self) -> None:
        """A quotation reopened in the next paragraph continues the speaker."""
        text = (
            "The governor said: “We will hold the city. We have enough men.\n\n"
            "“We will not leave. Nobody will leave.”"
        )
        found = [words(text, a) for a in find_attributions(text)]
        assert [
            ("The governor", "said", "We will hold the city. We have enough men.", D, False),
            (None, None, "We will not leave. Nobody will leave.", D, True),
        ] == found

    def test_it_is_reported_that(self) -> None:
        """ "It is reported that ..." is unattributed; the content follows "that"."""
        text = "It is reported that 40 people were killed."
        assert (None, "is reported", "40 people were killed", U, False) == one(text)

    def test_single_marks(self) -> None:
        """British single quotation marks work like double ones."""
        text = "‘We will not give up,’ the president said in a video address."
        assert ("the president", "said", "We will not give up,", D, False) == one(text)

    def test_straight_marks_inverted(self) -> None:
        """Straight marks, inverted cue, appositive speaker."""
        text = '"The water is rising," said John Smith, a local farmer.'
        att = find_attributions(text)[0]
        assert ("John Smith", "John Smith, a local farmer", "The water is rising,") == (
            att.source_span and att.source_span.of(text),
            att.speaker_phrase_span and att.speaker_phrase_span.of(text),
            att.content_span.of(text),
        )

    def test_cue_in_next_sentence(self) -> None:
        """ "“... fun!” Trump tweeted." joins the cue to its quotation."""
        text = "“It was a great night. We won!” Smith tweeted."
        assert ("Smith", "tweeted", "It was a great night. We won!", D, False) == one(text)

    def test_quoted_cue_words_ignored(self) -> None:
        """Cue words inside a quotation do not make claims of their own."""
        text = "“He said nothing and told us nothing,” the witness said."
        assert ("the witness", "said", "He said nothing and told us nothing,", D, False) == one(
            text
        )


class TestSpeakerPhrase:
    @pytest.mark.parametrize(
        ("text", "name", "phrase"),
        [
            (
                "The region’s deputy governor, Roman Semenukha, warned that strikes were likely.",
                "Roman Semenukha",
                "The region’s deputy governor, Roman Semenukha",
            ),
            (
                "Its mayor, Ihor Sapozhko, denied the reports.",
                "Ihor Sapozhko",
                "Its mayor, Ihor Sapozhko",
            ),
            (
                "Mayor Vadym Boichenko told Ukrainian broadcasters: “The city is blockaded.”",
                "Vadym Boichenko",
                "Mayor Vadym Boichenko",
            ),
            (
                "The country’s deputy defence minister Hanna Malyar said troops held the line.",
                "Hanna Malyar",
                "The country’s deputy defence minister Hanna Malyar",
            ),
            ("Its mayor said the water was off.", "Its mayor", "Its mayor"),
            (
                "The mayor, speaking on local radio, said the bridge would reopen.",
                "The mayor",
                "The mayor",
            ),
            (
                "Ms. Okafor, in a statement on Monday, said the fund was solvent.",
                "Okafor",
                "Ms. Okafor",
            ),
            (
                "Ann Lee, who chairs the board, said the fund was solvent.",
                "Ann Lee",
                "Ann Lee, who chairs the board",
            ),
            (
                "Economists surveyed by Bloomberg had forecast growth of 1.2%.",
                "Economists surveyed by Bloomberg",
                "Economists surveyed by Bloomberg",
            ),
        ],
    )
    def test_name_and_phrase(self, text: str, name: str, phrase: str) -> None:
        """The source is the name when the phrase gives one; the phrase is kept whole."""
        att = find_attributions(text)[0]
        assert (name, phrase) == (
            att.source_span and att.source_span.of(text),
            att.speaker_phrase_span and att.speaker_phrase_span.of(text),
        )


class TestHeadlines:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Death toll rises to 60: official",
                ("official", ":", "Death toll rises to 60", I, False),
            ),
            (
                "Russian shelling kills five - mayor",
                ("mayor", "-", "Russian shelling kills five", I, False),
            ),
            ("Governor: attack kills 4", ("Governor", ":", "attack kills 4", I, False)),
        ],
    )
    def test_forms(self, text: str, expected: tuple[object, ...]) -> None:
        """Headline attributions with a colon or a dash."""
        assert expected == one(text)


class TestOffsets:
    def test_start_skips_header(self) -> None:
        """Reading from *start* skips a header and keeps offsets into the whole text."""
        text = " date 2022-03-02 Police said two people died."
        att = find_attributions(text, start=17)[0]
        assert ("Police", "two people died") == (
            att.source_span and att.source_span.of(text),
            att.content_span.of(text),
        )

    def test_empty(self) -> None:
        """Empty text has no attributions."""
        assert [] == find_attributions("")

    @pytest.mark.parametrize(
        "text", ["according to said , that ", "According to officials, that.", "Police said, that"]
    )
    def test_content_of_nothing(self, text: str) -> None:
        """A cue whose content is only punctuation and "that" gives no attribution."""
        assert [] == [a for a in find_attributions(text) if not a.content_span.of(text).strip()]
        assert all(a.content_span.end > a.content_span.start for a in find_attributions(text))

    def test_content_after_that_kept(self) -> None:
        """A real content before the cue is kept when a bare "that" follows it."""
        text = "The toll rose, according to police, that"
        assert ["The toll rose"] == [a.content_span.of(text) for a in find_attributions(text)]

    @settings(max_examples=300, deadline=None)
    @given(news_texts)
    def test_spans_inside_text(self, text: str) -> None:
        """Every span of every attribution lies inside the text."""
        for att in find_attributions(text):
            spans = [att.content_span, att.sentence_span, att.cue_span, att.source_span]
            spans += [att.speaker_phrase_span, *att.quote_spans]
            assert all(s is None or 0 <= s.start <= s.end <= len(text) for s in spans)


class TestFixtures:
    def test_seed_article(self) -> None:
        """Most seed claims are found with their content, cue and speaker spans."""
        folder = SHARED / "fixtures" / "seed"
        text = (folder / "article.txt").read_text(encoding="utf-8")
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["claims"]
        header = text.index("Ukraine")
        found = find_attributions(text, start=header)

        def overlaps(a: list[int], b: object) -> bool:
            return b is not None and a[0] < b.end and b.start < a[1]  # type: ignore[attr-defined]

        hits = 0
        for claim in expected:
            for att in found:
                if overlaps(claim["content_span"], att.content_span) and (
                    claim["speaker_span"] is None
                    or overlaps(claim["speaker_span"], att.source_span)
                ):
                    hits += 1
                    break
        assert hits >= 11, f"{hits} of {len(expected)} seed claims found"

    def test_event_articles(self) -> None:
        """At least 95% of the event fixture's attributed claims are found."""
        folder = SHARED / "fixtures" / "events"
        claims = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["claims"]
        cache: dict[str, tuple[str, list[RawAttribution]]] = {}
        wanted = hits = 0
        for claim in claims:
            if claim["speaker_span"] is None:
                continue
            wanted += 1
            if claim["article"] not in cache:
                text = (folder / "articles" / claim["article"]).read_text(encoding="utf-8")
                cache[claim["article"]] = (text, find_attributions(text))
            text, found = cache[claim["article"]]
            for att in found:
                if (
                    att.content_span.of(text) == claim["content"].rstrip(",")
                    or att.content_span.of(text) == claim["content"]
                ) and att.cue_span is not None:
                    hits += 1
                    break
        assert hits >= 0.95 * wanted, f"{hits} of {wanted} event claims found exactly"
