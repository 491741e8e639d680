"""
Tests for the recall rules of claimtrack.extract.attribution: negated cues, coordinated
speakers and other general forms of attribution in wire copy.
"""

from __future__ import annotations

import pytest

from claimtrack.extract.attribution import RawAttribution, find_attributions
from claimtrack.model import AttributionMode

I = AttributionMode.INDIRECT  # noqa: E741 - one letter per mode reads best in tables


def words(text: str, att: RawAttribution) -> tuple[object, ...]:
    """The source, cue, content and mode of *att* as strings."""

    def of(span: object) -> str | None:
        return None if span is None else span.of(text)  # type: ignore[attr-defined]

    return (of(att.source_span), of(att.cue_span), of(att.content_span), att.mode)


def all_of(text: str) -> list[tuple[object, ...]]:
    """Every attribution in *text*, as strings."""
    return [words(text, a) for a in find_attributions(text)]


class TestNegatedCue:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The governor did not say whether the bridge would reopen.",
                ("The governor", "did not say", "whether the bridge would reopen", I),
            ),
            (
                "The utility doesn't expect power to return before Friday.",
                ("The utility", "doesn't expect", "power to return before Friday", I),
            ),
            (
                "The agency has never claimed that the dam was safe.",
                ("The agency", "has never claimed", "the dam was safe", I),
            ),
            (
                "The council did not publicly confirm that the vote was delayed.",
                ("The council", "did not publicly confirm", "the vote was delayed", I),
            ),
        ],
    )
    def test_negation_joins_cue(self, text: str, expected: tuple[object, ...]) -> None:
        """A negation and its auxiliary belong to the cue, and the speaker is still found."""
        assert [expected] == all_of(text)

    def test_plain_adverb_stays_out(self) -> None:
        """An adverb with no negation before it is not part of the cue."""
        text = "The mayor quickly said that the roads were open."
        assert [("The mayor", "said", "the roads were open", I)] == all_of(text)


class TestCoordinatedSpeakers:
    def test_second_speaker_after_and(self) -> None:
        """'X said A and Y said B' gives two claims, not one that swallows the second."""
        text = "Police said two roads were closed and the mayor said schools would open late."
        expected = [
            ("Police", "said", "two roads were closed", I),
            ("the mayor", "said", "schools would open late", I),
        ]
        assert expected == all_of(text)

    def test_same_speaker_after_but(self) -> None:
        """'X conceded A but said B': the second clause is the same speaker's claim."""
        text = "The minister conceded that prices had risen but said wages would catch up."
        expected = [
            ("The minister", "conceded", "prices had risen", I),
            ("The minister", "said", "wages would catch up", I),
        ]
        assert expected == all_of(text)


class TestInvertedAppositive:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            (
                "“We will appeal,” said Ana Ruiz, a lawyer for the tenants at a Lisbon firm.",
                "Ana Ruiz, a lawyer for the tenants at a Lisbon firm",
            ),
            (
                "“The count is not over,” said Tomas Berg, an analyst with the election "
                "commission in Oslo.",
                "Tomas Berg, an analyst with the election commission in Oslo",
            ),
            (
                "“The count is not over,” said Tomas Berg, an analyst, on Tuesday.",
                "Tomas Berg, an analyst",
            ),
            (
                "“The count is not over,” said Tomas Berg, an analyst at the commission on Tuesday.",
                "Tomas Berg, an analyst at the commission",
            ),
        ],
    )
    def test_preposition_inside_appositive(self, text: str, phrase: str) -> None:
        """A preposition inside an inverted speaker's appositive stays in the phrase."""
        att = find_attributions(text)[0]
        assert att.speaker_phrase_span is not None
        assert phrase == att.speaker_phrase_span.of(text)


class TestLexicon:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The governor wondered whether the budget would pass.",
                ("The governor", "wondered", "whether the budget would pass", I),
            ),
            (
                "The company touted its new plant as the largest in the region.",
                ("The company", "touted", "its new plant as the largest in the region", I),
            ),
            (
                "Analysts anticipate that rates will fall in June.",
                ("Analysts", "anticipate", "rates will fall in June", I),
            ),
            (
                "The ministry reaffirmed that the border would stay closed.",
                ("The ministry", "reaffirmed", "the border would stay closed", I),
            ),
        ],
    )
    def test_added_cues(self, text: str, expected: tuple[object, ...]) -> None:
        """Verbs of stance and expectation added to the lexicon attribute their clause."""
        assert [expected] == all_of(text)


class TestQuotedTitle:
    def test_title_in_adverbial(self) -> None:
        """A programme's quoted title after 'on' is part of the adverbial, not the content."""
        text = "The senator said on CBS’s “Face the Nation” that the bill would pass."
        assert [("The senator", "said", "the bill would pass", I)] == all_of(text)

    def test_title_then_adding(self) -> None:
        """'said on X's “Title,” adding, “...”' gives two quotations and no claim for the title."""
        text = (
            "“The port will reopen,” Ortega said on Radio Nacional’s “Buenos Días,” "
            "adding, “Ships are already waiting.”"
        )
        expected = [
            ("Ortega", "said", "The port will reopen,", AttributionMode.DIRECT),
            ("Ortega", "adding", "Ships are already waiting.", AttributionMode.DIRECT),
        ]
        assert expected == all_of(text)


class TestColonLabels:
    @pytest.mark.parametrize(
        "text",
        [
            "Maria Costa: 1,204.",
            "North Region: Ana Lopes, Rui Faria, Joana Reis.",
        ],
    )
    def test_list_or_tally_is_no_claim(self, text: str) -> None:
        """A name and a colon before a tally or a list of names is a label, not a speaker."""
        assert [] == all_of(text)

    def test_name_colon_statement(self) -> None:
        """A name and a colon before a statement is still a headline speaker."""
        text = "Maria Costa: the port will reopen on Monday."
        assert [("Maria Costa", ":", "the port will reopen on Monday", I)] == all_of(text)


class TestNounLikeCues:
    def test_plans_as_noun(self) -> None:
        """'plans' with no infinitive after it is a noun, not a cue."""
        text = "The new tax plans would widen the deficit, economists said."
        expected = [("economists", "said", "The new tax plans would widen the deficit", I)]
        assert expected == all_of(text)

    def test_plans_to(self) -> None:
        """'plans to' states an intention of its subject."""
        text = "The mayor plans to seek a third term."
        assert [("The mayor", "plans", "to seek a third term", I)] == all_of(text)

    def test_putting_without_at(self) -> None:
        """'putting' is only a cue when it puts a figure at something."""
        assert [] == all_of("The brothers are putting their stamp on the firm.")

    def test_putting_toll_at(self) -> None:
        """'..., putting the toll at 40' is a participial claim, its object not a speaker."""
        text = "The agency raised its estimate on Friday, putting the toll at 40."
        assert [(None, "putting", "the toll at 40", I)] == all_of(text)

    @pytest.mark.parametrize(
        "text",
        [
            "The senator said on his radio show that the bill was dead.",
            "The talk show host said that the bill was dead.",
        ],
    )
    def test_show_as_programme(self, text: str) -> None:
        """'show' after a kind of programme is a noun: only 'said' attributes."""
        assert ["said"] == [cue for _, cue, _, _ in all_of(text)]

    def test_polls_show(self) -> None:
        """'polls show' still attributes its clause to the polls."""
        text = "New polls show that the race has tightened."
        assert [("New polls", "show", "the race has tightened", I)] == all_of(text)


class TestNested:
    def test_said_inside_reported_clause(self) -> None:
        """'X found that Y said Z' gives Y's claim as well as X's."""
        text = "The survey found that most farmers said the drought had cut their harvest."
        expected = [
            ("The survey", "found", "most farmers said the drought had cut their harvest", I),
            ("most farmers", "said", "the drought had cut their harvest", I),
        ]
        assert expected == all_of(text)

    def test_nesting_is_bounded(self) -> None:
        """A run-on chain of 'said that' nests at most two claims inside the first one."""
        text = "The mayor said that " * 50 + "the bridge is shut."
        assert 3 == len(find_attributions(text))


class TestCoordinatedSource:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            (
                "Current and former officials said the talks had stalled.",
                "Current and former officials",
            ),
            ("Mr. Autor and Mr. Hanson said the effect was large.", "Mr. Autor and Mr. Hanson"),
            ("Neither Ortiz nor Lund said when the plant would reopen.", "Neither Ortiz nor Lund"),
            ("The plan failed and officials said it would be revised.", "officials"),
        ],
    )
    def test_phrase(self, text: str, phrase: str) -> None:
        """Two coordinated speakers make one phrase; a clause before 'and' does not join."""
        att = find_attributions(text)[0]
        assert att.speaker_phrase_span is not None
        assert phrase == att.speaker_phrase_span.of(text)


class TestLongAppositive:
    @pytest.mark.parametrize(
        ("text", "name", "phrase"),
        [
            (
                "Harry Lund, 30, of Tromso, said the ferry was late.",
                "Harry Lund",
                "Harry Lund, 30, of Tromso",
            ),
            (
                "Rita Moss, a teacher from Ely, Nevada, said the school was shut.",
                "Rita Moss",
                "Rita Moss, a teacher from Ely, Nevada",
            ),
            (
                "Shells hit the port of Odesa on May 3, Ivan Petrenko, head of the regional "
                "council, said.",
                "Ivan Petrenko",
                "Ivan Petrenko, head of the regional council",
            ),
            (
                "In Kyiv, the mayor, Vitali Klitschko, said the school was shut.",
                "Vitali Klitschko",
                "the mayor, Vitali Klitschko",
            ),
        ],
    )
    def test_first_segment_names_speaker(self, text: str, name: str, phrase: str) -> None:
        """An appositive with inner commas keeps the name that opens it, not a place."""
        att = find_attributions(text)[0]
        assert att.source_span is not None and att.speaker_phrase_span is not None
        assert (name, phrase) == (att.source_span.of(text), att.speaker_phrase_span.of(text))


class TestSourceEdges:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            ("LISBON - The port authority said the strike was over.", "The port authority"),
            ("Then he said the strike was over.", "he"),
            ("Even some dockers say the strike was a mistake.", "some dockers"),
            ("Union leaders, however, said the strike would go on.", "Union leaders"),
            ("The port authority, in turn, said the strike was over.", "The port authority"),
        ],
    )
    def test_phrase(self, text: str, phrase: str) -> None:
        """A dateline dash, a leading adverb or a comma aside is not part of the phrase."""
        att = find_attributions(text)[0]
        assert att.speaker_phrase_span is not None
        assert phrase == att.speaker_phrase_span.of(text)


class TestInvertedRelative:
    def test_who_with_cue_is_own_claim(self) -> None:
        """'said Ann Ross, who noted that ...' ends the phrase at the name; the aside is a claim."""
        text = "“Prices will rise,” said Ann Ross, who noted that wages had stalled."
        expected = [
            ("Ann Ross", "said", "Prices will rise,", AttributionMode.DIRECT),
            ("who", "noted", "wages had stalled", I),
        ]
        assert expected == all_of(text)

    def test_who_without_cue_stays(self) -> None:
        """A relative clause with no cue describes the speaker and stays in the phrase."""
        text = "“Prices will rise,” said Ann Ross, who runs a bakery in Leeds."
        att = find_attributions(text)[0]
        assert att.speaker_phrase_span is not None
        assert "Ann Ross, who runs a bakery in Leeds" == att.speaker_phrase_span.of(text)


class TestSplitQuotation:
    def test_cue_between_two_quotations(self) -> None:
        """'“A,” he said, “B.”': the first quotation is the speaker's, the second continues it."""
        text = "“We will rebuild,” the mayor said on Tuesday, “and sooner than you think.”"
        found = find_attributions(text)
        assert [
            ("the mayor", "said", "We will rebuild,", AttributionMode.DIRECT),
            (None, None, "and sooner than you think.", AttributionMode.DIRECT),
        ] == [words(text, a) for a in found]
        assert [False, True] == [a.continues for a in found]


class TestNotCues:
    @pytest.mark.parametrize(
        "text",
        [
            "(Reporting by Ana Lopes in Lisbon; Writing by Tom Hale)",
            "The two leaders maintained their lead in the polls.",
            "The inquiry is focused on rules regarding the storage of records.",
        ],
    )
    def test_no_attribution(self, text: str) -> None:
        """Credit lines, 'maintained' with an object and 'regarding' attribute nothing."""
        assert [] == all_of(text)

    def test_maintained_that(self) -> None:
        """'maintained that' still reports a claim."""
        text = "The company has maintained that the plant is safe."
        assert [("The company", "has maintained", "the plant is safe", I)] == all_of(text)

    def test_long_nested_clause_is_not_read(self) -> None:
        """A 'said' more than a clause's length before the end of a run-on gives no claim."""
        text = "Police said the mayor said " + "the water rose and " * 40 + "the roads shut."
        assert ["Police"] == [source for source, _, _, _ in all_of(text)]


class TestTailAfterCue:
    def test_speaker_figures_go_on_after_the_cue(self) -> None:
        """'X, the agency said, with Y': X is the content, and Y a second claim."""
        text = (
            "The toll rose to 84 on Monday, the rescue agency said, with at least 230 people hurt."
        )
        assert [
            ("the rescue agency", "said", "The toll rose to 84 on Monday", I),
            ("the rescue agency", "said", "with at least 230 people hurt", I),
        ] == all_of(text)

    def test_writer_words_after_the_cue(self) -> None:
        """'X, the ministry said, far below ...' and ', and ...': X is the content."""
        texts = [
            "Police counted 9,000 marchers, the ministry said, far below the unions' count.",
            "The toll rose to 40, the governor said, and more bodies were expected.",
            "Sales rose 12%, the company said, in line with forecasts.",
        ]
        assert [
            [("the ministry", "said", "Police counted 9,000 marchers", I)],
            [("the governor", "said", "The toll rose to 40", I)],
            [("the company", "said", "Sales rose 12%", I)],
        ] == [all_of(t) for t in texts]

    def test_participle_with_by_is_no_cue(self) -> None:
        """'the 20,000 claimed by unions' is a participle, not a report with a content."""
        text = "The crowd was far below the 20,000 claimed by unions."
        assert [] == all_of(text)


class TestPassiveWithAgent:
    def test_agent_is_the_source(self) -> None:
        """'The deaths were confirmed by the health ministry': the agent said the subject."""
        text = "The deaths were confirmed by the health ministry."
        assert [("the health ministry", "were confirmed", "The deaths", I)] == all_of(text)


class TestRivalFigures:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "At least nine people died in the flooding, the civil defence agency said, "
                "while the state governor gave 11.",
                ("the state governor", "gave", "11", I),
            ),
            (
                "Unions said 120,000 people marched, but police put the number at 18,000.",
                ("police", "put", "the number at 18,000", I),
            ),
            (
                "Organisers estimated the crowd at 50,000, and police counted about 12,000.",
                ("police", "counted", "about 12,000", I),
            ),
            (
                "Analysts had expected quarterly revenue of $2.7bn; the company reported $2.5bn.",
                ("the company", "reported", "$2.5bn", I),
            ),
        ],
    )
    def test_answer_after_its_rival(self, text: str, expected: tuple[object, ...]) -> None:
        """A bare figure answering an attributed one in a contrastive clause is a claim."""
        assert expected == all_of(text)[-1]

    def test_answer_before_its_rival(self) -> None:
        """The answering clause may come first: 'X gave 14, whereas Y said ...'."""
        text = (
            "The fire brigade gave 14, whereas hospital officials said at least 17 people "
            "were injured in the blaze."
        )
        assert [
            ("The fire brigade", "gave", "14", I),
            ("hospital officials", "said", "at least 17 people were injured in the blaze", I),
        ] == all_of(text)

    @pytest.mark.parametrize(
        "text",
        [
            "The charity gave 500 blankets to families.",
            "The minister gave four reasons for the delay, officials said.",
            "Forbes counted only individuals, the report said.",
            "Volunteers counted 300 birds on the island.",
        ],
    )
    def test_not_an_answer(self, text: str) -> None:
        """'gave' or 'counted' with any other object, or with no rival, attributes nothing."""
        assert [] == [a for a in all_of(text) if a[1] in {"gave", "counted"}]


class TestParticipleAfterFigure:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Police said 40 people were hurt, far below the 100 reported earlier.",
                ("Police", "said", "40 people were hurt", I),
            ),
            (
                "The agency said 12 homes were lost, against the 30 homes counted on Monday.",
                (
                    "The agency",
                    "said",
                    "12 homes were lost, against the 30 homes counted on Monday",
                    I,
                ),
            ),
        ],
    )
    def test_one_claim(self, text: str, expected: tuple[object, ...]) -> None:
        """'the 100 reported earlier' is a participle: the sentence holds one claim."""
        assert [expected] == all_of(text)

    def test_comparison_is_the_writers(self) -> None:
        """', far below ...' after a reported clause ends its content."""
        text = "Officials said 3,000 people attended, well short of the 10,000 expected."
        assert [("Officials", "said", "3,000 people attended", I)] == all_of(text)


class TestNestedAside:
    def test_nested_claim_ends_with_the_aside(self) -> None:
        """A claim nested in ', who X said ...,' ends at the aside's closing comma."""
        text = "Police said the suspect, who officials said was 34, fled on foot."
        assert [
            ("Police", "said", "the suspect, who officials said was 34, fled on foot", I),
            ("officials", "said", "was 34", I),
        ] == all_of(text)

    def test_nested_claim_outside_an_aside(self) -> None:
        """Outside an aside the nested claim still runs to the end of the clause."""
        text = "Police said the mayor says the roads are shut, and more rain is due."
        assert ("the mayor", "says", "the roads are shut, and more rain is due", I) == (
            all_of(text)[1]
        )


class TestQuotationThenCircumstance:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "“The bridge will hold,” the engineer said by telephone.",
                ("the engineer", "said", "The bridge will hold,", AttributionMode.DIRECT),
            ),
            (
                "“We will rebuild,” Mayor Ana Ruiz said here on Tuesday.",
                ("Ana Ruiz", "said", "We will rebuild,", AttributionMode.DIRECT),
            ),
            (
                "“Turnout was low,” she told reporters at a briefing in Lagos.",
                ("she", "told", "Turnout was low,", AttributionMode.DIRECT),
            ),
        ],
    )
    def test_quotation_is_the_content(self, text: str, expected: tuple[object, ...]) -> None:
        """After '“...,” X said', the writer's circumstances are no content: the quotation is."""
        assert [expected] == all_of(text)

    def test_a_clause_after_the_cue_is_still_read(self) -> None:
        """A clause after the cue stays a content of its own, with 'adding' after it."""
        text = "“We will rebuild,” she said at the site, adding that 40 homes were lost."
        assert [
            ("she", "said", "We will rebuild,", AttributionMode.DIRECT),
            ("she", "adding", "40 homes were lost", I),
        ] == all_of(text)


class TestPrepositionInCue:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The union agreed with the ministry's count.",
                ("The union", "agreed with", "the ministry's count", I),
            ),
            (
                "The company did not respond to a request for comment.",
                ("The company", "did not respond to", "a request for comment", I),
            ),
            (
                "Residents complained about the slow pace of repairs.",
                ("Residents", "complained about", "the slow pace of repairs", I),
            ),
        ],
    )
    def test_preposition_joins_cue(self, text: str, expected: tuple[object, ...]) -> None:
        """'agreed with', 'respond to', 'complained about': the preposition is in the cue."""
        assert [expected] == all_of(text)


class TestCircumstanceBeforeThat:
    @pytest.mark.parametrize(
        "text",
        [
            "The mayor said in a telephone interview that the dam held.",
            "The mayor said, in a court filing, that the dam held.",
            "The mayor said for the first time that the dam held.",
        ],
    )
    def test_content_starts_after_that(self, text: str) -> None:
        """A circumstance between the cue and 'that' is the writer's, not the content."""
        assert [("The mayor", "said", "the dam held", I)] == all_of(text)

    def test_topic_before_a_quotation(self) -> None:
        """'said of X, “...”': the quotation is the content, its topic the writer's."""
        text = "An aide said of the senator, “She takes the threat seriously.”"
        assert [("An aide", "said", "She takes the threat seriously.", AttributionMode.DIRECT)] == (
            all_of(text)
        )

    def test_a_clause_before_that_is_content(self) -> None:
        """Words with a verb of their own before a 'that' stay in the content."""
        text = "The mayor said the dam was so strong that no one was hurt."
        assert [("The mayor", "said", "the dam was so strong that no one was hurt", I)] == (
            all_of(text)
        )


class TestSpeakerInACircumstance:
    def test_reported_clause_runs_on_and_nests_the_second_claim(self) -> None:
        """'said A when B told reporters C': A runs on, and B's claim is read inside it."""
        text = "Police said the road was shut when the mayor told reporters it was open."
        assert [
            ("Police", "said", "the road was shut when the mayor told reporters it was open", I),
            ("the mayor", "told", "it was open", I),
        ] == all_of(text)

    def test_contrast_still_breaks(self) -> None:
        """'..., while B said C' is a second claim that ends the first."""
        text = "Police said 300 people marched, while organisers said 2,000 took part."
        assert [
            ("Police", "said", "300 people marched", I),
            ("organisers", "said", "2,000 took part", I),
        ] == all_of(text)


class TestInterruptedContent:
    def test_lead_follows_its_attribution(self) -> None:
        """'LEAD, X says, REST': REST is the content, LEAD follows it as its first part."""
        text = "As the flood peaks, Ortiz says, the number of families without power will rise."
        atts = find_attributions(text)
        expected = [
            ("Ortiz", "says", "the number of families without power will rise", False),
            (None, None, "As the flood peaks", True),
        ]
        assert expected == [(*words(text, a)[:3], a.lead) for a in atts]
        assert atts[1].continues

    def test_inverted_speaker_interrupts(self) -> None:
        """'LEAD, said X, REST': the speaker phrase ends before REST, which is the content."""
        text = "Unless the rain stops soon, said Ann Doyle, a hydrologist, the river will flood."
        expected = [
            ("Ann Doyle", "said", "the river will flood", False),
            (None, None, "Unless the rain stops soon", True),
        ]
        assert expected == [(*words(text, a)[:3], a.lead) for a in find_attributions(text)]

    def test_no_lead_without_a_comma_after_the_cue(self) -> None:
        """'X, Y said REST' (no comma after the cue) has no lead."""
        text = "In Lagos, officials said 40 homes were lost."
        assert [False] == [a.lead for a in find_attributions(text)]


class TestContentAfterTheCue:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "As for the schools, the minister said: “They will reopen on Monday.”",
                ("the minister", "said", "They will reopen on Monday.", AttributionMode.DIRECT),
            ),
            (
                "At a briefing in Accra on Friday, Mensah said, “The port is open.”",
                ("Mensah", "said", "The port is open.", AttributionMode.DIRECT),
            ),
        ],
    )
    def test_quotation_after_the_cue(self, text: str, expected: tuple[object, ...]) -> None:
        """'SCENE, X said: “...”': the quotation is the content, the scene no part of it."""
        assert [expected] == all_of(text)

    def test_participle_after_the_cue_is_the_writers(self) -> None:
        """'CONTENT, he said, wiping ...': the participle is the writer's scene."""
        text = "Sales were strong, the owner said, wiping flour off his hands."
        assert [("the owner", "said", "Sales were strong", I)] == all_of(text)

    @pytest.mark.parametrize(
        "text",
        [
            "In the end, the mayor said, the dam held.",
            "Six months ago, the mayor said, the dam held.",
        ],
    )
    def test_scene_is_no_lead(self, text: str) -> None:
        """'In the end, X said, REST': a short scene-setting phrase is not the content's lead."""
        assert [False] == [a.lead for a in find_attributions(text)]


class TestObjectsThatReportNothing:
    @pytest.mark.parametrize(
        "text",
        [
            "The campaign found itself on the defensive.",
            "Organisers said they found it hard to count.",
            "She has 410 pledged delegates.",
        ],
    )
    def test_no_report(self, text: str) -> None:
        """'found itself', 'found it' and 'pledged delegates' attribute nothing."""
        assert [] == [a for a in all_of(text) if a[1] in {"found", "pledged"}]

    def test_a_finding_is_still_a_report(self) -> None:
        """'A poll found 60% of voters ...' reports the finding."""
        text = "A poll found 60% of voters back the plan."
        assert [("A poll", "found", "60% of voters back the plan", I)] == all_of(text)


class TestNamingParticiple:
    def test_called_names_a_thing(self) -> None:
        """'a new group called X said': 'called' names the group; the group is the speaker."""
        text = "A new group called Fair Count said it would spend $2 million."
        assert [
            ("A new group called Fair Count", "said", "it would spend $2 million", I)
        ] == all_of(text)

    def test_called_with_a_speaker_reports(self) -> None:
        """'The senator called the plan a disaster' is still a report."""
        text = "The senator called the plan a disaster."
        assert [("The senator", "called", "the plan a disaster", I)] == all_of(text)


class TestRivalAcrossSentences:
    def test_answer_in_the_next_sentence(self) -> None:
        """'X said 100,000 marched. Police gave 18,000.': the second sentence answers."""
        text = "Organisers said 100,000 people marched in Lisbon. Police gave 18,000."
        assert ("Police", "gave", "18,000", I) == all_of(text)[-1]

    def test_no_answer_with_an_object_of_its_own(self) -> None:
        """'The club gave 500 tickets to fans' answers nothing, even after a figure."""
        text = "Organisers said 100,000 people marched. The club gave 500 tickets to fans."
        assert ["said"] == [cue for _, cue, _, _ in all_of(text)]

    def test_acronym_is_a_speaker(self) -> None:
        """'the WHO gave a figure of 1,500': WHO in capitals names a body, not a pronoun."""
        text = "The agency said 1,200 people were killed, and the WHO gave a figure of 1,500."
        assert ("the WHO", "gave", "a figure of 1,500", I) == all_of(text)[-1]


class TestComparisonAfterTheCue:
    def test_comparison_is_the_writers(self) -> None:
        """'X, the company said, below the $4.1bn analysts had expected': X is the content."""
        text = (
            "Revenue came in at $3.9bn, the company said, below the $4.1bn analysts had expected."
        )
        assert ("the company", "said", "Revenue came in at $3.9bn", I) == all_of(text)[0]


class TestParticipleAfterAQuotation:
    def test_quotation_comma_ends_the_clause(self) -> None:
        """'... “...,” claiming that ...': the participle opens a second claim."""
        text = "The mayor insisted the city was “ready for the storm,” adding that 12 shelters were open."
        assert [
            ("The mayor", "insisted", "the city was “ready for the storm,”", AttributionMode.MIXED),
            ("The mayor", "adding", "12 shelters were open", I),
        ] == all_of(text)


class TestMoreReportingVerbs:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The mayor reminded residents that the shelters were open.",
                ("The mayor", "reminded", "the shelters were open", I),
            ),
            (
                "The minister echoed his call for calm.",
                ("The minister", "echoed", "his call for calm", I),
            ),
            (
                "Protesters chanted that the election was stolen.",
                ("Protesters", "chanted", "the election was stolen", I),
            ),
        ],
    )
    def test_reporting_verb(self, text: str, expected: tuple[object, ...]) -> None:
        """'reminded', 'echoed' and 'chanted' attribute what follows them."""
        assert [expected] == all_of(text)


class TestScareQuotes:
    def test_short_quotation_in_a_sentence_is_no_claim(self) -> None:
        """'the “big four”' beside a quoted claim is a scare quote, not a continuation."""
        text = "“We are ready,” the mayor said of the “big four” lenders."
        assert [("the mayor", "said", "We are ready,", AttributionMode.DIRECT)] == all_of(text)


class TestLabels:
    @pytest.mark.parametrize(
        "text",
        [
            "A: Yes, absolutely, we will rebuild the bridge.",
            "Editor's note: This story was updated.",
        ],
    )
    def test_label_is_no_speaker(self, text: str) -> None:
        """An interview's 'A:' and an editor's note are labels, not speakers."""
        assert [] == all_of(text)


class TestAccordingToAfterAFrame:
    def test_main_clause_is_the_content(self) -> None:
        """'While A, according to X, B': B is the report, A its lead."""
        text = "While most roads were reopened, according to the agency, 14 bridges remain closed."
        expected = [
            (
                "the agency",
                "according to",
                "14 bridges remain closed",
                AttributionMode.ACCORDING_TO,
            ),
            (None, None, "While most roads were reopened", I),
        ]
        assert expected == all_of(text)


class TestTrailingMedium:
    @pytest.mark.parametrize(
        ("text", "content"),
        [
            ("The senator said the levee was unsafe in a tweet on Sunday.", "the levee was unsafe"),
            (
                "The senator called the levee “a disgrace” in an interview.",
                "the levee “a disgrace”",
            ),
            (
                "The senator said the river would rise on Tuesday.",
                "the river would rise on Tuesday",
            ),
        ],
    )
    def test_medium_is_the_cues(self, text: str, content: str) -> None:
        """'in a tweet on Sunday' after the content says where it was said: no content."""
        assert [content] == [c for _, _, c, _ in all_of(text)]


class TestThatOnlyCues:
    def test_charged_that_reports(self) -> None:
        """'charged that' and 'ruled that' report a claim."""
        texts = [
            "The group charged that the mayor hid the documents.",
            "The court ruled that the vote was valid.",
        ]
        assert [
            [("The group", "charged", "the mayor hid the documents", I)],
            [("The court", "ruled", "the vote was valid", I)],
        ] == [all_of(t) for t in texts]

    def test_charged_with_reports_nothing(self) -> None:
        """'charged with fraud' is no report."""
        assert [] == all_of("He was charged with fraud in March.")


class TestWritersContrast:
    @pytest.mark.parametrize(
        "text",
        [
            "Officials said 40 homes were flooded, but the main road stayed open.",
            "Officials said 40 homes were flooded, compared with 12 a year earlier.",
        ],
    )
    def test_contrast_ends_the_content(self, text: str) -> None:
        """', but ...' and ', compared with ...' after a reported clause are the writer's."""
        assert [("Officials", "said", "40 homes were flooded", I)] == all_of(text)


class TestThatOfTime:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "“The dam held,” the engineer said in a briefing that night.",
                ("the engineer", "said", "The dam held,", AttributionMode.DIRECT),
            ),
            (
                "The engineer said in a briefing that night that the dam held.",
                ("The engineer", "said", "the dam held", I),
            ),
        ],
    )
    def test_that_night_is_a_time(self, text: str, expected: tuple[object, ...]) -> None:
        """'that night' after the cue is a time, not the 'that' opening the content."""
        assert [expected] == all_of(text)
