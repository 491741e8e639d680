"""
Tests for claimtrack.extract.figures: what wire-style figures count across domains.

Tolls of disasters, crowd sizes and company figures, each sentence written for these
tests in the style of agency copy.
"""

from __future__ import annotations

import pytest

from claimtrack.extract.figures import find_figures


def counted(text: str) -> list[tuple[str, str | None, str | None]]:
    """Return (text, metric, population) of every figure in *text*."""
    return [(f.text, f.metric, f.population) for f in find_figures(text)]


class TestTallies:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The death toll from the quake that struck the valley on Friday rose to 21"
                " people, the agency said.",
                [("21", "killed", "people")],
            ),
            (
                "The death toll from Tuesday's attack, when rockets struck a depot, rose to 19,"
                " officials said.",
                [("19", "killed", "people")],
            ),
            (
                "The toll from the blast that hit the refinery climbed to 33.",
                [("33", "killed", "people")],
            ),
            (
                "The death toll from the stand that collapsed rose to 21 people, the agency said.",
                [("21", "killed", "people")],
            ),
            (
                "The death toll from the storms that battered the coast and flattened homes"
                " rose to 31.",
                [("31", "killed", "people")],
            ),
        ],
    )
    def test_event_words_after_a_toll_count_nothing(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """Verbs of the event after a toll ("that struck", "flattened homes") are no metric."""
        assert expected == counted(sentence)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("The injury toll climbed to 230, the ministry said.", [("230", "injured", "people")]),
            ("The casualty count rose to 140.", [("140", "casualties", "people")]),
            ("The fatality figure was revised to 18.", [("18", "killed", "people")]),
            ("The arrest tally reached 75 by midnight.", [("75", "arrested", "people")]),
        ],
    )
    def test_the_noun_before_a_tally_names_its_metric(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """ "injury toll", "casualty count": the noun before the tally word is the metric."""
        assert expected == counted(sentence)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The number of people hurt in the crush that hit the stadium gates rose to 64.",
                [("64", "injured", "people")],
            ),
            (
                "The number of residents evacuated from the valley reached 3,000.",
                [("3,000", "evacuated", "people")],
            ),
            (
                "The number of soldiers who died in the ambush that destroyed the convoy"
                " rose to 14.",
                [("14", "killed", "soldiers")],
            ),
        ],
    )
    def test_a_tally_complement_names_its_metric(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """ "the number of people hurt | in the crush that hit ...": the words before the event."""
        assert expected == counted(sentence)

    def test_event_words_give_no_population(self) -> None:
        """ "the toll from the raid, when shells struck": the shells are not who died."""
        figures = find_figures("The toll from the raid, when shells struck the market, rose to 9.")
        assert [("9", "killed", "people")] == [(f.text, f.metric, f.population) for f in figures]

    def test_a_tally_counts_no_money(self) -> None:
        """ "the number of paid staff" counts staff, not a cost."""
        assert [("240", None, None)] == counted("The number of paid staff went from 240.")

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The death toll rose to 21 as fires destroyed more homes.",
                [("21", "killed", "people")],
            ),
            (
                "The number of people evacuated reached 3,000 as the river damaged roads.",
                [("3,000", "evacuated", "people")],
            ),
            (
                "The injury toll stood at 52 after the blast hit the plant.",
                [("52", "injured", "people")],
            ),
        ],
    )
    def test_a_tally_governs_the_level_it_reaches(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """ "the death toll rose to 21 as fires destroyed": the later clause is another matter."""
        assert expected == counted(sentence)

    def test_a_later_clause_without_tally_verb_keeps_its_metric(self) -> None:
        """A toll named earlier in the sentence does not count "that 40 homes were destroyed"."""
        sentence = (
            "The death toll has been rising, and officials said that 40 homes were destroyed."
        )
        assert [("40", "destroyed", "homes")] == counted(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "The death toll from the cyclone, which destroyed 300 homes, rose to 21.",
            "The death toll from the cyclone (which destroyed 300 homes) rose to 21.",
        ],
    )
    def test_a_tally_reaches_across_an_aside(self, sentence: str) -> None:
        """An aside with its own figure between a toll and its level keeps the toll's metric."""
        assert [("300", "destroyed", "homes"), ("21", "killed", "people")] == counted(sentence)

    def test_a_tally_does_not_reach_past_a_coordinated_figure(self) -> None:
        """ "put the toll at 21 and said 300 were hurt": no aside, so 300 is no toll."""
        figures = find_figures("Officials put the death toll at 21 and said 300 were hurt.")
        assert [("21", "killed"), ("300", "injured")] == [(f.text, f.metric) for f in figures]


class TestSpreads:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Crowd estimates ranged from 20,000 to 30,000, police said.",
                ("from 20,000 to 30,000", "range", 20_000, 30_000, "participants"),
            ),
            (
                "Anywhere from 200 to 300 people may have died.",
                ("from 200 to 300", "range", 200, 300, "killed"),
            ),
            (
                "Repair costs varied from $2 million to $5 million per site.",
                ("from $2 million to $5 million", "range", 2_000_000, 5_000_000, "cost"),
            ),
        ],
    )
    def test_a_spread_from_one_number_to_another_is_a_range(
        self, sentence: str, expected: tuple[object, ...]
    ) -> None:
        """ "ranged from 20,000 to 30,000" is one figure, the range between them."""
        figures = find_figures(sentence)
        assert [expected] == [(f.text, f.qualifier.value, f.low, f.high, f.metric) for f in figures]

    def test_a_change_from_one_level_to_another_is_two_figures(self) -> None:
        """ "rose from 41 to 58" stays two levels of the toll, not a range."""
        figures = find_figures("The death toll rose from 41 to 58.")
        assert [("41", 41, "killed"), ("58", 58, "killed")] == [
            (f.text, f.low, f.metric) for f in figures
        ]


class TestEarlierLevels:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The official toll stood at 58 on Thursday, up from 41 a day earlier.",
                [("58", "killed", "people"), ("41", "killed", "people")],
            ),
            (
                "Sales climbed to $9.8 billion from $8.7 billion a year earlier.",
                [("$9.8 billion", "sales", None), ("$8.7 billion", "sales", None)],
            ),
            (
                "Net profit was $312 million, compared with $280 million a year ago.",
                [("$312 million", "profit", None), ("$280 million", "profit", None)],
            ),
            (
                "Turnout was 64%, down from 71% in 2019.",
                [("64%", "participants", "people"), ("71%", "participants", "people")],
            ),
            (
                "Police arrested 40 people, against 25 last year.",
                [("40", "arrested", "people"), ("25", "arrested", "people")],
            ),
        ],
    )
    def test_an_earlier_level_counts_the_same(
        self, sentence: str, expected: list[tuple[str, str, str | None]]
    ) -> None:
        """ "58, up from 41": the earlier level counts what the figure before it counts."""
        assert expected == counted(sentence)

    def test_from_after_a_noun_is_no_earlier_level(self) -> None:
        """ "10 sailors from two boats": the second number counts something else."""
        figures = find_figures("Coast guards detained 10 sailors from two patrol boats.")
        assert [("10", "arrested"), ("two", None)] == [(f.text, f.metric) for f in figures]


class TestDamage:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "More than 600 homes were destroyed and 1,400 damaged, the agency said.",
                [("More than 600", "destroyed", "homes"), ("1,400", "damaged", "homes")],
            ),
            (
                "The tremor flattened 200 buildings and damaged 900 more.",
                [("200", "destroyed", "structures"), ("900 more", "damaged", "structures")],
            ),
        ],
    )
    def test_damage_counts_share_what_they_count(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """ "600 homes were destroyed and 1,400 damaged": the second counts homes too."""
        assert expected == counted(sentence)

    def test_people_lend_no_population_to_damage(self) -> None:
        """ "four people were killed and 30 destroyed" does not make 30 people."""
        figures = find_figures("Four people were killed and 30 were destroyed by fire.")
        assert [("Four", "people"), ("30", None)] == [(f.text, f.population) for f in figures]


class TestRivalEstimates:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Police estimated the crowd at 8,000, while organisers claimed 25,000.",
                [("8,000", "participants", "people"), ("25,000", "participants", "people")],
            ),
            (
                "Police said 30 people were arrested, while activists said 45.",
                [("30", "arrested", "people"), ("45", "arrested", "people")],
            ),
            (
                "Police put the crowd at 8,000; organisers said 25,000 people took part.",
                [("8,000", "participants", "people"), ("25,000", "participants", "people")],
            ),
        ],
    )
    def test_a_rival_estimate_counts_the_same(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """ "..., while organisers claimed 25,000": another source's figure for the same count."""
        assert expected == counted(sentence)

    def test_a_rival_estimate_keeps_its_own_metric(self) -> None:
        """A figure after "said" with its own metric keeps it."""
        sentence = "The storm killed 12 people, and officials said 40 homes were flattened."
        assert [("12", "killed", "people"), ("40", "destroyed", "homes")] == counted(sentence)

    def test_a_rival_estimate_needs_its_sentence(self) -> None:
        """After a full stop, "said 45" is no estimate of the figure before."""
        sentence = "Police said 30 people were arrested. Activists said 45 were young."
        assert [("30", "arrested"), ("45", None)] == [
            (f.text, f.metric) for f in find_figures(sentence)
        ]


class TestChangesAndLevels:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Quarterly revenue fell 3% year on year to $812 million.",
                [("3%", "revenue", "decrease"), ("$812 million", "revenue", None)],
            ),
            (
                "Operating profit rose 15 percent in the quarter to 2.3 billion euros.",
                [("15 percent", "profit", "increase"), ("2.3 billion euros", "profit", None)],
            ),
        ],
    )
    def test_a_level_after_its_change_counts_the_same(
        self, sentence: str, expected: list[tuple[str, str, str | None]]
    ) -> None:
        """ "fell 3% year on year to $812 million": a few words of when may stand before "to"."""
        figures = find_figures(sentence)
        assert expected == [(f.text, f.metric, f.change and f.change.value) for f in figures]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The firm posted revenue of $4.1 billion, up 12% from a year earlier.",
                [("$4.1 billion", "revenue", None), ("12%", "revenue", "increase")],
            ),
            (
                "Net income was $1.2 billion, a rise of 9%.",
                [("$1.2 billion", "profit", None), ("9%", "profit", "increase")],
            ),
            (
                "The toll stood at 58, up 17 from Wednesday.",
                [("58", "killed", None), ("17", "killed", "increase")],
            ),
        ],
    )
    def test_a_change_after_its_level_counts_the_same(
        self, sentence: str, expected: list[tuple[str, str, str | None]]
    ) -> None:
        """ "revenue of $4.1 billion, up 12%": the change is a change of that revenue."""
        figures = find_figures(sentence)
        assert expected == [(f.text, f.metric, f.change and f.change.value) for f in figures]

    @pytest.mark.parametrize(
        ("sentence", "change"),
        [
            ("Officials said the death toll could rise above 50.", None),
            ("Unemployment fell below 5% in March.", None),
            ("Shares rose more than 10% on Monday.", "increase"),
        ],
    )
    def test_a_level_crossed_is_no_change(self, sentence: str, change: str | None) -> None:
        """ "rise above 50" names a level crossed; "rose more than 10%" an amount of change."""
        assert [change] == [f.change and f.change.value for f in find_figures(sentence)]


class TestCrowdsAndJobs:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The march drew an estimated 40,000 people, according to organisers.",
                [("an estimated 40,000", "participants", "people")],
            ),
            (
                "The rally attracted more than 10,000 students, police said.",
                [("more than 10,000", "participants", "students")],
            ),
            ("The scandal drew 300 complaints.", [("300", None, None)]),
        ],
    )
    def test_people_drawn_are_participants(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """ "drew 40,000 people": the people drawn were there; complaints drawn are not."""
        assert expected == counted(sentence)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The bank plans to eliminate 4,000 positions over three years.",
                [("4,000", "jobs", None)],
            ),
            ("The airline axed 1,500 roles.", [("1,500", "jobs", None)]),
            (
                "The insurer will cut about 5% of its workforce, or roughly 900 jobs.",
                [("about 5%", "jobs", None), ("roughly 900", "jobs", None)],
            ),
            ("The storm cut power to 40,000 homes.", [("40,000", "without power", "homes")]),
        ],
    )
    def test_posts_cut_or_added_are_jobs(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """ "eliminate 4,000 positions", "cut 5% of its workforce" count jobs."""
        assert expected == counted(sentence)


class TestDisplaced:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The floods forced 12,000 people from their homes.",
                [("12,000", "displaced", "people")],
            ),
            (
                "About 800 families were driven out of their homes by the shelling.",
                [("About 800", "displaced", "households")],
            ),
            (
                "Some 300 people were evacuated from their homes.",
                [("Some 300", "evacuated", "people")],
            ),
        ],
    )
    def test_people_forced_from_their_homes_are_displaced(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """ "forced 12,000 people from their homes" counts the displaced (evacuated wins first)."""
        assert expected == counted(sentence)


class TestParts:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The ministry said the toll had risen to 21, including six children.",
                [("21", "killed", "people"), ("six", "killed", "children")],
            ),
            (
                "The blast killed 40 people, among them 12 children.",
                [("40", "killed", "people"), ("12", "killed", "children")],
            ),
            (
                "The quake killed 40 people, of whom 9 were children.",
                [("40", "killed", "people"), ("9", "killed", "children")],
            ),
            (
                "The storm destroyed 40 homes, including 12 schools.",
                [("40", "destroyed", "homes"), ("12", "destroyed", "schools")],
            ),
            (
                "Revenue rose to $5bn, including $1bn from services.",
                [("$5bn", "revenue", None), ("$1bn", "revenue", None)],
            ),
        ],
    )
    def test_a_part_counts_what_its_whole_counts(
        self, sentence: str, expected: list[tuple[str, str, str | None]]
    ) -> None:
        """ "killed 40 people, among them 12 children": the part has the whole's metric."""
        assert expected == counted(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "At least 21 people, including six children, were killed in the strike.",
            "At least 21 people were killed, among them six children, officials said.",
            "At least 21 people (among them six children) were killed.",
        ],
    )
    def test_a_whole_and_its_part_share_the_verb_after_them(self, sentence: str) -> None:
        """ "21 people, including six children, were killed": both figures count the killed."""
        assert [("At least 21", "killed", "people"), ("six", "killed", "children")] == counted(
            sentence
        )

    def test_a_toll_across_an_aside_keeps_its_own_population(self) -> None:
        """ "the number of dead, which included 9 children, rose to 44": 44 counts people."""
        sentence = "The number of dead, which officials said included 9 children, rose to 44."
        assert [("9", "killed", "children"), ("44", "killed", "people")] == counted(sentence)

    def test_people_expected_to_attend_are_participants(self) -> None:
        """ "expected to attend" names a crowd as "attended" does."""
        sentence = "Up to 50,000 people are expected to attend."
        assert [("Up to 50,000", "participants", "people")] == counted(sentence)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Among the dead were 6 children.", [("6", "killed", "children")]),
            ("Among the injured, 14 were in critical condition.", [("14", "injured", "people")]),
            (
                "Among those evacuated were 300 patients from the hospital.",
                [("300", "evacuated", "people")],
            ),
        ],
    )
    def test_among_the_dead_names_the_metric(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """ "Among the dead were 6 children": the words right after "among" say what is counted."""
        assert expected == counted(sentence)

    def test_a_toll_among_a_group_counts_that_group(self) -> None:
        """ "the toll among children rose to 41": the toll's metric, the group's population."""
        assert [("41", "killed", "children")] == counted("The toll among children rose to 41.")

    def test_among_reaches_no_later_clause(self) -> None:
        """ "Among voters in the towns the floods hit": words describing a group count nothing."""
        sentence = "Among older voters in the towns the floods hit, 40% backed the plan."
        assert [("40%", None)] == [(f.text, f.metric) for f in find_figures(sentence)]


class TestMoney:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("The carrier lost £1.2bn last year.", [("£1.2bn", "loss")]),
            ("The airline is losing about $40 million a month.", [("about $40 million", "loss")]),
            ("Shares lost 3% on Monday.", [("3%", "share price")]),
        ],
    )
    def test_a_sum_lost_is_a_loss(self, sentence: str, expected: list[tuple[str, str]]) -> None:
        """ "lost £1.2bn" is a loss; "lost 3%" is a fall in something else (here shares)."""
        assert expected == [(f.text, f.metric) for f in find_figures(sentence)]


class TestPassingATally:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The death toll has passed 500, officials said.",
                ("500", "more_than", 500, None, "killed"),
            ),
            (
                "Attendance topped 80,000 for the first time.",
                ("80,000", "more_than", 80_000, None, "participants"),
            ),
            (
                "The injury toll could exceed 1,000.",
                ("1,000", "more_than", 1_000, None, "injured"),
            ),
        ],
    )
    def test_a_tally_that_passed_a_number_is_above_it(
        self, sentence: str, expected: tuple[object, ...]
    ) -> None:
        """ "the death toll has passed 500": the count is above 500, not 500."""
        f = find_figures(sentence)[0]
        assert expected == (f.text, f.qualifier.value, f.low, f.high, f.metric)

    def test_passing_without_a_tally_is_exact(self) -> None:
        """ "Congress passed 12 bills": no tally, so 12 is 12."""
        f = find_figures("Congress passed 12 bills.")[0]
        assert ("exact", 12, 12) == (f.qualifier.value, f.low, f.high)

    def test_a_share_of_the_workforce_shed_is_jobs(self) -> None:
        """ "shed up to 10% of its 20,000 staff": the share counts jobs."""
        f = find_figures("The firm will shed up to 10% of its 20,000 staff.")[0]
        assert ("up to 10%", "jobs") == (f.text, f.metric)


class TestRunningTotals:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Officials confirmed 300 new cases, pushing the total to 4,100.",
                [("300", "infected", "people"), ("4,100", "infected", "people")],
            ),
            (
                "Police detained 23 more protesters overnight, bringing the total to 140.",
                [("23 more", "arrested", "people"), ("140", "arrested", "people")],
            ),
            (
                "Two more people died in hospital, raising the death toll from the bombing to 31.",
                [("Two more", "killed", "people"), ("31", "killed", "people")],
            ),
        ],
    )
    def test_a_running_total_counts_what_was_added(
        self, sentence: str, expected: list[tuple[str, str, str]]
    ) -> None:
        """ "300 new cases, pushing the total to 4,100": the total counts cases too."""
        assert expected == counted(sentence)


class TestSomeOfAUnit:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "A crowd of several thousand gathered outside the court.",
                ("several thousand", "range", 2_000, 9_999),
            ),
            (
                "A few hundred protesters marched on the ministry.",
                ("A few hundred", "range", 200, 999),
            ),
            (
                "Police said several dozen people were detained.",
                ("several dozen", "range", 24, 99),
            ),
            (
                "Several hundred thousand people lined the route.",
                ("Several hundred thousand", "range", 200_000, 999_999),
            ),
            (
                "A couple of hundred fans waited at the gates.",
                ("A couple of hundred", "range", 200, 299),
            ),
            (
                "More than several thousand residents fled.",
                ("More than several thousand", "more_than", 2_000, None),
            ),
        ],
    )
    def test_several_of_a_unit_is_vague(self, sentence: str, expected: tuple[object, ...]) -> None:
        """ "several thousand" reads as "thousands" does, not as exactly 1,000."""
        f = find_figures(sentence)[0]
        assert expected == (f.text, f.qualifier.value, f.low, f.high)

    def test_several_keeps_a_currency(self) -> None:
        """ "a few hundred dollars" keeps its unit."""
        f = find_figures("The fee was a few hundred dollars.")[0]
        assert ("a few hundred dollars", 200, 999, "currency:USD") == (
            f.text,
            f.low,
            f.high,
            f.unit,
        )


class TestCoordinatedCounts:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The army said 12 soldiers and 30 civilians were killed.",
                [("12", "killed", "soldiers"), ("30", "killed", "civilians")],
            ),
            (
                "Five police officers, 12 civilians and 30 children were wounded.",
                [
                    ("Five", "injured", "police officers"),
                    ("12", "injured", "civilians"),
                    ("30", "injured", "children"),
                ],
            ),
            (
                "Some 40 people, including 12 children and 3 teachers, were hurt.",
                [
                    ("Some 40", "injured", "people"),
                    ("12", "injured", "children"),
                    ("3", "injured", "teachers"),
                ],
            ),
            (
                "The plant employs 300 workers and 40 managers were hurt.",
                [("300", "jobs", "workers"), ("40", "injured", "people")],
            ),
        ],
    )
    def test_verb_after_a_list_counts_it(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """A verb after counts joined by 'and' counts each, unless a verb takes the first."""
        assert expected == counted(sentence)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Twelve people were killed in Paris and 30 in Lyon.",
                [("Twelve", "killed", "people"), ("30", "killed", "people")],
            ),
            (
                "The floods killed 4 people on Monday and 7 on Tuesday.",
                [("4", "killed", "people"), ("7", "killed", "people")],
            ),
            (
                "Twelve people were killed in the attack and 30 years ago a bomb hit the square.",
                [("Twelve", "killed", "people")],
            ),
        ],
    )
    def test_count_with_its_verb_left_out(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """'... and 30 in Lyon' counts what the clause before counts."""
        assert expected == counted(sentence)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Prices rose 4% in March and 5% in April.",
                [
                    ("4%", "cost", None, "percent", "increase"),
                    ("5%", "cost", None, "percent", "increase"),
                ],
            ),
            (
                "Sales fell 3% in Germany and 7% in France, the carmaker said.",
                [
                    ("3%", "sales", None, "percent", "decrease"),
                    ("7%", "sales", None, "percent", "decrease"),
                ],
            ),
            (
                "The plant employs 4,000 people in Ohio and 1,200 in Texas.",
                [("4,000", "jobs", "people", None, None), ("1,200", "jobs", "people", None, None)],
            ),
            (
                "The carrier lost £1.2bn in 2020 and £300m in 2021.",
                [
                    ("£1.2bn", "loss", None, "currency:GBP", None),
                    ("£300m", "loss", None, "currency:GBP", None),
                ],
            ),
            (
                "The wildfire burned 4,000 hectares in Oregon and 1,200 in Idaho.",
                [("4,000", "area", None, "ha", None), ("1,200", "area", None, "ha", None)],
            ),
            (
                "Prices rose 4% in March and fell 2% in April.",
                [
                    ("4%", "cost", None, "percent", "increase"),
                    ("2%", "cost", None, "percent", "decrease"),
                ],
            ),
            (
                "The carrier lost £1.2bn in 2020 and 300 staff in 2021.",
                [
                    ("£1.2bn", "loss", None, "currency:GBP", None),
                    ("300", None, "workers", None, None),
                ],
            ),
        ],
    )
    def test_gapped_count_keeps_change_unit_and_money_metric(
        self,
        sentence: str,
        expected: list[tuple[str, str | None, str | None, str | None, str | None]],
    ) -> None:
        """Review F11: the gapped count takes the change, the population and the money metric."""
        assert expected == [
            (f.text, f.metric, f.population, f.unit, f.change.value if f.change else None)
            for f in find_figures(sentence)
        ]

    def test_gapped_share_in_points_takes_the_unit(self) -> None:
        """'rose 0.3 percentage points in May and 0.2 in June': 0.2 is points too."""
        figures = find_figures("Unemployment rose 0.3 percentage points in May and 0.2 in June.")
        expected = [(0.003, "percent", "increase"), (0.002, "percent", "increase")]
        assert expected == [(f.low, f.unit, f.change.value if f.change else None) for f in figures]


class TestChangeThenLevel:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The death toll rose by 12 to 45, the ministry said.",
                [("12", "increase", 12, 12), ("45", None, 45, 45)],
            ),
            (
                "Unemployment rose by 2% to 7%.",
                [("2%", "increase", 0.02, 0.02), ("7%", None, 0.07, 0.07)],
            ),
            ("Prices rose by 10 to 20 percent.", [("10 to 20 percent", "increase", 0.1, 0.2)]),
            ("The toll is expected to rise by 10 to 20.", [("10 to 20", "increase", 10, 20)]),
            ("Temperatures rose by 2 to 3 degrees.", [("2 to 3", "increase", 2, 3)]),
        ],
    )
    def test_by_then_to(
        self, sentence: str, expected: list[tuple[str, str | None, float, float]]
    ) -> None:
        """'rose by 12 to 45' is a change and the level reached; '10 to 20 percent' a range."""
        assert expected == [
            (f.text, f.change.value if f.change else None, f.low, f.high)
            for f in find_figures(sentence)
        ]


class TestGroupNamedBeforeAt:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Officials put the death toll at 21 and the injured at 40.",
                [("21", "killed", "people"), ("40", "injured", "people")],
            ),
            ("They put the dead at about 50.", [("about 50", "killed", "people")]),
            (
                "Officials put the dead at 40 and the number of homes destroyed at 1,200.",
                [("40", "killed", "people"), ("1,200", "destroyed", "homes")],
            ),
        ],
    )
    def test_the_injured_at(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """'the injured at 40' counts the injured."""
        assert expected == counted(sentence)


class TestAsidesWithAgesAndPlaces:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Twelve people, including 3 children aged 5 and 7, were killed.",
                [("Twelve", "killed", "people"), ("3", "killed", "children")],
            ),
            (
                "Some 40 people, including 12 in the capital, were arrested.",
                [("Some 40", "arrested", "people"), ("12", "arrested", "people")],
            ),
            (
                "Turnout among voters aged 18 to 29 was 53 percent.",
                [("53 percent", "participants", "voters")],
            ),
        ],
    )
    def test_ages_are_no_counts(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """The last of a list of ages is no count, and the aside still closes on the verb."""
        assert expected == counted(sentence)


class TestCrowdNounsAndWeights:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("The concert attracted 60,000 fans.", [("60,000", "participants", "people")]),
            ("The rally drew 5,000 supporters.", [("5,000", "participants", "people")]),
            ("The team drew 2 games.", [("2", None, None)]),
        ],
    )
    def test_a_draw_of_fans(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """'attracted 60,000 fans' counts participants; 'drew 2 games' counts nothing."""
        assert expected == counted(sentence)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("He lost 40 pounds before the fight.", [("40 pounds", "weight", "lb")]),
            (
                "The carrier lost 1.2 billion pounds.",
                [("1.2 billion pounds", "loss", "currency:GBP")],
            ),
        ],
    )
    def test_pounds_lost(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """Bare pounds lost or weighed are a weight; a billion pounds lost is money."""
        assert expected == [(f.text, f.metric, f.unit) for f in find_figures(sentence)]


class TestPartOfAWhole:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "About 300 of the 1,200 workers were laid off.",
                [("About 300", "jobs", "workers"), ("1,200", None, "workers")],
            ),
            (
                "Two of the 5 suspects were arrested.",
                [("Two", "arrested", "people"), ("5", None, "people")],
            ),
            (
                "Three of the 12 people killed were children.",
                [("Three", None, None), ("12", "killed", "people")],
            ),
        ],
    )
    def test_the_verb_counts_the_part(
        self, sentence: str, expected: list[tuple[str, str | None, str | None]]
    ) -> None:
        """'300 of the 1,200 workers were laid off' counts 300; 'the 12 people killed' stays."""
        assert expected == counted(sentence)


# --------------------------------------------------------------------------- across domains
# Sentences written for these tests in the register of agency copy, one class per domain
# the library is scored on; every field of every figure is pinned.

Read = tuple[str, float | None, float | None, str, str | None, str | None, str | None, str | None]


def read(text: str) -> list[Read]:
    """Return (text, low, high, qualifier, metric, population, unit, change) of each figure."""
    return [
        (
            f.text,
            f.low,
            f.high,
            f.qualifier.value,
            f.metric,
            f.population,
            f.unit,
            f.change.value if f.change else None,
        )
        for f in find_figures(text)
    ]


class TestCrowdSizes:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Tens of thousands of people marched through central London on Saturday to protest against the war, police said.",
                [
                    (
                        "Tens of thousands",
                        20000,
                        99999,
                        "range",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Organisers said as many as 250,000 people took part, while police put the crowd at 80,000.",
                [
                    (
                        "as many as 250,000",
                        None,
                        250000,
                        "at_most",
                        "participants",
                        "people",
                        None,
                        None,
                    ),
                    ("80,000", 80000, 80000, "exact", "participants", "people", None, None),
                ],
            ),
            (
                "Hundreds of protesters gathered outside parliament in Nairobi on Tuesday.",
                [("Hundreds", 200, 999, "range", "participants", "people", None, None)],
            ),
            (
                "Dozens of demonstrators were arrested after clashes with riot police, the interior ministry said.",
                [("Dozens", 24, 99, "range", "arrested", "people", None, None)],
            ),
            (
                "More than 60,000 fans attended the concert at Wembley Stadium on Friday night.",
                [
                    (
                        "More than 60,000",
                        60000,
                        None,
                        "more_than",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Nearly 1,500 people rallied in the town square, local media reported.",
                [
                    (
                        "Nearly 1,500",
                        1500,
                        1500,
                        "approximately",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Between 3,000 and 5,000 farmers drove tractors into Brussels, according to police estimates.",
                [("Between 3,000 and 5,000", 3000, 5000, "range", None, "farmers", None, None)],
            ),
            (
                "The crowd was estimated at up to 20,000 by organisers.",
                [("up to 20,000", None, 20000, "at_most", "participants", "people", None, None)],
            ),
            (
                "The march, the largest since 2019, drew an estimated 100,000 people.",
                [
                    (
                        "an estimated 100,000",
                        100000,
                        100000,
                        "approximately",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "An estimated 2 million people took to the streets across France on Thursday, the CGT union said, while the interior ministry counted 1.28 million.",
                [
                    (
                        "An estimated 2 million",
                        2000000,
                        2000000,
                        "approximately",
                        "participants",
                        "people",
                        None,
                        None,
                    ),
                    (
                        "1.28 million",
                        1280000,
                        1280000,
                        "exact",
                        "participants",
                        "people",
                        None,
                        None,
                    ),
                ],
            ),
            (
                "Thousands of supporters packed the stadium for the final rally of the campaign.",
                [("Thousands", 2000, 9999, "range", None, "people", None, None)],
            ),
            (
                "The concert drew a crowd of more than 80,000.",
                [
                    (
                        "more than 80,000",
                        80000,
                        None,
                        "more_than",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Between 10,000 and 15,000 people attended the funeral, local officials estimated.",
                [
                    (
                        "Between 10,000 and 15,000",
                        10000,
                        15000,
                        "range",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Up to 300 riot police were deployed in the city centre.",
                [("Up to 300", None, 300, "at_most", "deployed", "police officers", None, None)],
            ),
            (
                "The Women's March drew hundreds of thousands to Washington in 2017.",
                [
                    (
                        "hundreds of thousands",
                        200000,
                        999999,
                        "range",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Some 35 people were detained for questioning, a police spokesman said.",
                [("Some 35", 35, 35, "approximately", "arrested", "people", None, None)],
            ),
            (
                "Police estimated the crowd at between 40,000 and 50,000, while organisers put it at more than 100,000.",
                [
                    (
                        "between 40,000 and 50,000",
                        40000,
                        50000,
                        "range",
                        "participants",
                        "people",
                        None,
                        None,
                    ),
                    (
                        "more than 100,000",
                        100000,
                        None,
                        "more_than",
                        "participants",
                        "people",
                        None,
                        None,
                    ),
                ],
            ),
            (
                "The number of people who turned out fell to about 8,000 on the second day of protests.",
                [
                    (
                        "about 8,000",
                        8000,
                        8000,
                        "approximately",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "A record 1.2 million runners took part in parkrun events across the country.",
                [("1.2 million", 1200000, 1200000, "exact", "participants", "people", None, None)],
            ),
            (
                "Authorities said more than 3,000 people had been arrested since the protests began, including at least 200 minors.",
                [
                    ("more than 3,000", 3000, None, "more_than", "arrested", "people", None, None),
                    ("at least 200", 200, None, "at_least", "arrested", "children", None, None),
                ],
            ),
            (
                "At least 15 protesters have been killed and hundreds wounded in clashes with security forces since Saturday.",
                [
                    ("At least 15", 15, None, "at_least", "killed", "people", None, None),
                    ("hundreds", 200, 999, "range", "injured", "people", None, None),
                ],
            ),
            (
                "Unions said 70% of teachers walked out; the ministry put the figure at 32%.",
                [
                    ("70%", 0.7, 0.7, "exact", "participants", "teachers", "percent", None),
                    ("32%", 0.32, 0.32, "exact", "participants", "teachers", "percent", None),
                ],
            ),
            (
                "A few hundred protesters remained in the square after midnight.",
                [("A few hundred", 200, 999, "range", "participants", "people", None, None)],
            ),
            (
                "Several thousand people joined a counter-demonstration.",
                [("Several thousand", 2000, 9999, "range", "participants", "people", None, None)],
            ),
            (
                "More than a dozen journalists were detained during the protests.",
                [
                    (
                        "More than a dozen",
                        12,
                        None,
                        "more_than",
                        "arrested",
                        "journalists",
                        None,
                        None,
                    )
                ],
            ),
            (
                "A crowd of about 10,000-15,000 gathered outside the embassy.",
                [
                    (
                        "about 10,000-15,000",
                        10000,
                        15000,
                        "range",
                        "participants",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "From 3,000 to 5,000 people are expected at the rally.",
                [("From 3,000 to 5,000", 3000, 5000, "range", None, "people", None, None)],
            ),
            (
                "A 5,000-strong crowd marched through the city centre.",
                [("5,000", 5000, 5000, "exact", "participants", "people", None, None)],
            ),
            (
                "At least half of the 1,000 workers at the plant are on strike.",
                [
                    (
                        "At least half",
                        0.5,
                        None,
                        "at_least",
                        "participants",
                        "workers",
                        "percent",
                        None,
                    ),
                    ("1,000", 1000, 1000, "exact", None, "workers", None, None),
                ],
            ),
        ],
    )
    def test_reading(self, sentence: str, expected: list[Read]) -> None:
        """Marches, rallies and concerts: the crowd, its bounds and who counted it."""
        assert expected == read(sentence)


class TestDisasterTolls:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "At least 2,100 people were killed and more than 5,000 injured when a 7.8-magnitude earthquake struck southern Turkey early on Monday.",
                [
                    ("At least 2,100", 2100, None, "at_least", "killed", "people", None, None),
                    ("more than 5,000", 5000, None, "more_than", "injured", "people", None, None),
                ],
            ),
            (
                "The death toll from the floods rose to 147, with 34 people still missing, officials said.",
                [
                    ("147", 147, 147, "exact", "killed", "people", None, None),
                    ("34", 34, 34, "exact", "missing", "people", None, None),
                ],
            ),
            (
                "Fewer than 10 of the 180 passengers on board the ferry survived, the coast guard said.",
                [
                    ("Fewer than 10", None, 10, "less_than", None, "people", None, None),
                    ("180", 180, 180, "exact", None, "people", None, None),
                ],
            ),
            (
                "Rescuers pulled 12 survivors from the rubble overnight, bringing the number rescued to 86.",
                [
                    ("12", 12, 12, "exact", "rescued", "people", None, None),
                    ("86", 86, 86, "exact", "rescued", "people", None, None),
                ],
            ),
            (
                "The wildfire has destroyed more than 1,200 homes and forced 30,000 residents to flee.",
                [
                    ("more than 1,200", 1200, None, "more_than", "destroyed", "homes", None, None),
                    ("30,000", 30000, 30000, "exact", "fled", "people", None, None),
                ],
            ),
            (
                "About 40 people are feared dead after a fishing boat capsized off the coast of Senegal.",
                [("About 40", 40, 40, "approximately", "killed", "people", None, None)],
            ),
            (
                "The storm left 1.2 million homes without power across three states.",
                [
                    (
                        "1.2 million",
                        1200000,
                        1200000,
                        "exact",
                        "without power",
                        "homes",
                        None,
                        None,
                    ),
                    ("three", 3, 3, "exact", None, None, None, None),
                ],
            ),
            (
                "Flooding has displaced some 250,000 people and killed at least 18, the United Nations said.",
                [
                    (
                        "some 250,000",
                        250000,
                        250000,
                        "approximately",
                        "displaced",
                        "people",
                        None,
                        None,
                    ),
                    ("at least 18", 18, None, "at_least", "killed", "people", None, None),
                ],
            ),
            (
                "Officials said 17 miners remained trapped underground.",
                [("17", 17, 17, "exact", "trapped", "workers", None, None)],
            ),
            (
                "The quake, which struck at a depth of 10 km, was felt as far away as Cairo.",
                [("10", 10, 10, "exact", "distance", None, "km", None)],
            ),
            (
                "The ship sank about 40 nautical miles off the coast, with 23 crew on board.",
                [
                    ("about 40", 40, 40, "approximately", "distance", None, "nmi", None),
                    ("23", 23, 23, "exact", None, "crew", None, None),
                ],
            ),
            (
                "Rainfall of up to 300mm was expected in some areas over 24 hours.",
                [("up to 300", None, 300, "at_most", "distance", None, "mm", None)],
            ),
            (
                "At least nine people died and dozens were injured when a bus plunged into a ravine.",
                [
                    ("At least nine", 9, None, "at_least", "killed", "people", None, None),
                    ("dozens", 24, 99, "range", "injured", "people", None, None),
                ],
            ),
            (
                "The toll has risen to more than 200, officials said, with hundreds still unaccounted for.",
                [
                    ("more than 200", 200, None, "more_than", "killed", "people", None, None),
                    ("hundreds", 200, 999, "range", "missing", "people", None, None),
                ],
            ),
            (
                "Police said two people were killed and four wounded in the shooting.",
                [
                    ("two", 2, 2, "exact", "killed", "people", None, None),
                    ("four", 4, 4, "exact", "injured", "people", None, None),
                ],
            ),
            (
                "A magnitude 6.4 earthquake killed at least 37 people and injured 300 others in the province.",
                [
                    ("at least 37", 37, None, "at_least", "killed", "people", None, None),
                    ("300 others", 300, 300, "exact", "injured", "people", None, None),
                ],
            ),
            (
                "The number of dead has climbed to 1,015, with another 2,000 people still unaccounted for.",
                [
                    ("1,015", 1015, 1015, "exact", "killed", "people", None, None),
                    ("2,000", 2000, 2000, "exact", "missing", "people", None, None),
                ],
            ),
            (
                "Nearly 700 homes were destroyed and 4,000 damaged, the disaster agency said.",
                [
                    ("Nearly 700", 700, 700, "approximately", "destroyed", "homes", None, None),
                    ("4,000", 4000, 4000, "exact", "damaged", "homes", None, None),
                ],
            ),
            (
                "More than 2,000 firefighters are battling the blaze, which has burned 45,000 acres.",
                [
                    (
                        "More than 2,000",
                        2000,
                        None,
                        "more_than",
                        None,
                        "emergency workers",
                        None,
                        None,
                    ),
                    ("45,000", 45000, 45000, "exact", "area", None, "acre", None),
                ],
            ),
            (
                "A total of 42 bodies have been recovered, the navy said on Sunday.",
                [("42", 42, 42, "exact", "killed", "people", None, None)],
            ),
            (
                "Floods have affected more than 1.5 million people in 12 provinces.",
                [
                    (
                        "more than 1.5 million",
                        1500000,
                        None,
                        "more_than",
                        "affected",
                        "people",
                        None,
                        None,
                    ),
                    ("12", 12, 12, "exact", None, None, None, None),
                ],
            ),
            (
                "Eight people, including three children, died when the building collapsed.",
                [
                    ("Eight", 8, 8, "exact", "killed", "people", None, None),
                    ("three", 3, 3, "exact", "killed", "children", None, None),
                ],
            ),
            (
                "Heavy rain has forced the evacuation of 20,000 residents.",
                [("20,000", 20000, 20000, "exact", "evacuated", "people", None, None)],
            ),
            (
                "Rescue teams have saved 412 people so far.",
                [("412", 412, 412, "exact", "rescued", "people", None, None)],
            ),
            (
                "The fire destroyed 1,200 hectares of forest and forced hundreds of families from their homes.",
                [
                    ("1,200", 1200, 1200, "exact", "area", None, "ha", None),
                    ("hundreds", 200, 999, "range", "displaced", "households", None, None),
                ],
            ),
            (
                "At least a dozen people were injured in the stampede.",
                [("At least a dozen", 12, None, "at_least", "injured", "people", None, None)],
            ),
            (
                "Hundreds were feared trapped under the rubble.",
                [("Hundreds", 200, 999, "range", "trapped", "people", None, None)],
            ),
            (
                "The storm cut power to about 250,000 customers in Florida.",
                [
                    (
                        "about 250,000",
                        250000,
                        250000,
                        "approximately",
                        "without power",
                        "customers",
                        None,
                        None,
                    )
                ],
            ),
            (
                "More than 100 flights were cancelled at Heathrow on Monday.",
                [("More than 100", 100, None, "more_than", "cancelled", "flights", None, None)],
            ),
            (
                "The tanker spilled an estimated 3,000 tonnes of crude oil.",
                [("an estimated 3,000", 3000, 3000, "approximately", "weight", None, "t", None)],
            ),
            (
                "More than 40 refugees drowned when their boat capsized.",
                [("More than 40", 40, None, "more_than", "killed", "people", None, None)],
            ),
            (
                "The typhoon killed at least 21 people, left 14 missing and forced more than 300,000 to flee their homes.",
                [
                    ("at least 21", 21, None, "at_least", "killed", "people", None, None),
                    ("14", 14, 14, "exact", "missing", "people", None, None),
                    ("more than 300,000", 300000, None, "more_than", "fled", "people", None, None),
                ],
            ),
            (
                "Around 2,500 troops and 400 vehicles have been deployed to help with the rescue effort.",
                [
                    (
                        "Around 2,500",
                        2500,
                        2500,
                        "approximately",
                        "deployed",
                        "soldiers",
                        None,
                        None,
                    ),
                    ("400", 400, 400, "exact", "deployed", "vehicles", None, None),
                ],
            ),
            (
                "Officials said 64 people had died, up from 41 on Tuesday.",
                [
                    ("64", 64, 64, "exact", "killed", "people", None, None),
                    ("41", 41, 41, "exact", "killed", "people", None, None),
                ],
            ),
            (
                "The death toll from the mine collapse in Turkey rose to 301 on Friday, making it the worst in the country's history.",
                [("301", 301, 301, "exact", "killed", "people", None, None)],
            ),
            (
                "Some 60% of the city was under water, the mayor said.",
                [("Some 60%", 0.6, 0.6, "approximately", "flooded", None, "percent", None)],
            ),
            (
                "The blaze was 45% contained by Sunday evening, fire officials said.",
                [("45%", 0.45, 0.45, "exact", "contained", None, "percent", None)],
            ),
            (
                "About 150 people remain unaccounted for.",
                [("About 150", 150, 150, "approximately", "missing", "people", None, None)],
            ),
            (
                "Some 4,000 residents were told to leave, and 2,000 more were under a warning to be ready.",
                [
                    ("Some 4,000", 4000, 4000, "approximately", "evacuated", "people", None, None),
                    ("2,000 more", 2000, 2000, "exact", "evacuated", "people", None, None),
                ],
            ),
            (
                "The government has pledged 1.5 trillion rupees ($18 billion) for flood relief.",
                [
                    (
                        "1.5 trillion rupees",
                        1500000000000,
                        1500000000000,
                        "exact",
                        "pledged",
                        None,
                        "currency:INR",
                        None,
                    ),
                    (
                        "$18 billion",
                        18000000000,
                        18000000000,
                        "exact",
                        "pledged",
                        None,
                        "currency:USD",
                        None,
                    ),
                ],
            ),
            (
                "The hurricane strengthened into a Category 5 storm with winds of up to 160 mph.",
                [("up to 160", None, 160, "at_most", "speed", None, "mph", None)],
            ),
            (
                "The 9/11 attacks killed nearly 3,000 people.",
                [("nearly 3,000", 3000, 3000, "approximately", "killed", "people", None, None)],
            ),
            (
                "Flights were suspended for 48 hours and 1,200 passengers were stranded.",
                [("1,200", 1200, 1200, "exact", "trapped", "people", None, None)],
            ),
            (
                "In 2019, 2,000 people were evacuated from the same valley.",
                [("2,000", 2000, 2000, "exact", "evacuated", "people", None, None)],
            ),
            (
                "The quake struck at a depth of 10 kilometres (6 miles) about 80 km south-west of the capital.",
                [
                    ("10", 10, 10, "exact", "distance", None, "km", None),
                    ("6", 6, 6, "exact", "distance", None, "mi", None),
                    ("about 80", 80, 80, "approximately", "distance", None, "km", None),
                ],
            ),
            (
                "The death toll stood at 12 on Monday morning but rose to 19 by the evening.",
                [
                    ("12", 12, 12, "exact", "killed", "people", None, None),
                    ("19", 19, 19, "exact", "killed", "people", None, None),
                ],
            ),
            (
                "The fire, which started on Tuesday, has so far scorched 3,200 hectares (7,900 acres).",
                [
                    ("3,200", 3200, 3200, "exact", "area", None, "ha", None),
                    ("7,900", 7900, 7900, "exact", "area", None, "acre", None),
                ],
            ),
            (
                "Around a quarter of the 400 homes in the village were destroyed.",
                [
                    (
                        "Around a quarter",
                        0.25,
                        0.25,
                        "approximately",
                        "destroyed",
                        "homes",
                        "percent",
                        None,
                    ),
                    ("400", 400, 400, "exact", None, "homes", None, None),
                ],
            ),
            (
                "The tally of confirmed deaths rose by 14 to 312, the ministry said.",
                [
                    ("14", 14, 14, "exact", "killed", "people", None, "increase"),
                    ("312", 312, 312, "exact", "killed", "people", None, None),
                ],
            ),
            (
                "Scores of people were injured when police fired tear gas.",
                [("Scores", 40, 99, "range", "injured", "people", None, None)],
            ),
            (
                "Dozens more were wounded in a second explosion.",
                [("Dozens more", 24, 99, "range", "injured", "people", None, None)],
            ),
            (
                "Tens of thousands more fled as the fighting spread.",
                [("Tens of thousands more", 20000, 99999, "range", "fled", "people", None, None)],
            ),
            (
                "Nearly half of the homes in the district were damaged.",
                [("Nearly half", 0.5, 0.5, "approximately", "damaged", "homes", "percent", None)],
            ),
            (
                "Authorities evacuated 1,500 people and opened 12 shelters.",
                [
                    ("1,500", 1500, 1500, "exact", "evacuated", "people", None, None),
                    ("12", 12, 12, "exact", None, None, None, None),
                ],
            ),
            (
                "The wildfire has burned through more than 10,000 acres and is 0% contained.",
                [
                    ("more than 10,000", 10000, None, "more_than", "area", None, "acre", None),
                    ("0%", 0, 0, "exact", "contained", None, "percent", None),
                ],
            ),
            (
                "Heavy snow stranded hundreds of drivers overnight.",
                [("hundreds", 200, 999, "range", "trapped", "people", None, None)],
            ),
            (
                "Strong winds knocked out power to some 400,000 homes and businesses.",
                [
                    (
                        "some 400,000",
                        400000,
                        400000,
                        "approximately",
                        "without power",
                        "homes",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Police arrested 14 people and seized 2 tonnes of cocaine.",
                [
                    ("14", 14, 14, "exact", "arrested", "people", None, None),
                    ("2", 2, 2, "exact", "weight", None, "t", None),
                ],
            ),
            (
                "The death toll from two powerful earthquakes that struck Turkey and Syria rose above 7,800 on Tuesday, as rescuers searched through the rubble of thousands of collapsed buildings in freezing weather.",
                [
                    ("two", 2, 2, "exact", None, None, None, None),
                    ("above 7,800", 7800, None, "more_than", "killed", "people", None, None),
                    ("thousands", 2000, 9999, "range", None, "structures", None, None),
                ],
            ),
            (
                "He said 5,894 people had been killed in Turkey and 34,810 injured.",
                [
                    ("5,894", 5894, 5894, "exact", "killed", "people", None, None),
                    ("34,810", 34810, 34810, "exact", "injured", "people", None, None),
                ],
            ),
            (
                "The World Health Organization said up to 23 million people could be affected, including 1.4 million children.",
                [
                    (
                        "up to 23 million",
                        None,
                        23000000,
                        "at_most",
                        "affected",
                        "people",
                        None,
                        None,
                    ),
                    ("1.4 million", 1400000, 1400000, "exact", "affected", "children", None, None),
                ],
            ),
            (
                "About 25,000 search and rescue personnel have been deployed, the disaster agency AFAD said, and 70 countries have offered help.",
                [
                    ("About 25,000", 25000, 25000, "approximately", "deployed", None, None, None),
                    ("70", 70, 70, "exact", None, "countries", None, None),
                ],
            ),
            (
                "The death toll in 12 provinces rose to 300.",
                [
                    ("12", 12, 12, "exact", None, None, None, None),
                    ("300", 300, 300, "exact", "killed", "people", None, None),
                ],
            ),
            (
                "Russia launched 35 drones, 60 of which were intercepted.",
                [
                    ("35", 35, 35, "exact", "launched", "drones", None, None),
                    ("60", 60, 60, "exact", "intercepted", "drones", None, None),
                ],
            ),
        ],
    )
    def test_reading(self, sentence: str, expected: list[Read]) -> None:
        """Quakes, floods, fires and wrecks: the dead, hurt, missing, trapped and what was destroyed."""
        assert expected == read(sentence)


class TestCompanyFigures:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The company reported revenue of $4.1bn for the third quarter, up 12% from a year earlier.",
                [
                    (
                        "$4.1bn",
                        4100000000,
                        4100000000,
                        "exact",
                        "revenue",
                        None,
                        "currency:USD",
                        None,
                    ),
                    ("12%", 0.12, 0.12, "exact", "revenue", None, "percent", "increase"),
                ],
            ),
            (
                "Net profit fell 23% to 1.2 billion euros, the group said on Thursday.",
                [
                    ("23%", 0.23, 0.23, "exact", "profit", None, "percent", "decrease"),
                    (
                        "1.2 billion euros",
                        1200000000,
                        1200000000,
                        "exact",
                        "profit",
                        None,
                        "currency:EUR",
                        None,
                    ),
                ],
            ),
            (
                "The bank will cut 3,500 jobs, or about 5% of its workforce, by the end of 2025.",
                [
                    ("3,500", 3500, 3500, "exact", "jobs", None, None, None),
                    ("about 5%", 0.05, 0.05, "approximately", "jobs", None, "percent", None),
                ],
            ),
            (
                "Shares in the company fell as much as 8% in early trading to $42.15.",
                [
                    (
                        "as much as 8%",
                        None,
                        0.08,
                        "at_most",
                        "share price",
                        None,
                        "percent",
                        "decrease",
                    ),
                    ("$42.15", 42.15, 42.15, "exact", "share price", None, "currency:USD", None),
                ],
            ),
            (
                "The airline posted a pre-tax loss of £310m for the six months to September.",
                [("£310m", 310000000, 310000000, "exact", "loss", None, "currency:GBP", None)],
            ),
            (
                "Reliance Industries reported a net profit of Rs 15,792 crore for the quarter.",
                [
                    (
                        "Rs 15,792 crore",
                        157920000000,
                        157920000000,
                        "exact",
                        "profit",
                        None,
                        "currency:INR",
                        None,
                    )
                ],
            ),
            (
                "The retailer raised its full-year guidance and now expects sales of between $98bn and $100bn.",
                [
                    (
                        "between $98bn and $100bn",
                        98000000000,
                        100000000000,
                        "range",
                        "sales",
                        None,
                        "currency:USD",
                        None,
                    )
                ],
            ),
            (
                "Operating income doubled to 640 million yen.",
                [
                    (
                        "640 million yen",
                        640000000,
                        640000000,
                        "exact",
                        "profit",
                        None,
                        "currency:JPY",
                        None,
                    )
                ],
            ),
            (
                "The carmaker plans to lay off about 1,000 workers at its plant in Detroit.",
                [("about 1,000", 1000, 1000, "approximately", "jobs", "workers", None, None)],
            ),
            (
                "The group's market value has fallen by nearly a third since January.",
                [
                    (
                        "nearly a third",
                        0.333333,
                        0.333333,
                        "approximately",
                        "valuation",
                        None,
                        "percent",
                        "decrease",
                    )
                ],
            ),
            (
                "Turnover rose by 7.5% to 3.4 billion Swiss francs.",
                [
                    ("7.5%", 0.075, 0.075, "exact", "revenue", None, "percent", "increase"),
                    (
                        "3.4 billion Swiss francs",
                        3400000000,
                        3400000000,
                        "exact",
                        "revenue",
                        None,
                        "currency:CHF",
                        None,
                    ),
                ],
            ),
            (
                "The government will spend $2.5 billion over five years on flood defences.",
                [
                    (
                        "$2.5 billion",
                        2500000000,
                        2500000000,
                        "exact",
                        "cost",
                        None,
                        "currency:USD",
                        None,
                    )
                ],
            ),
            (
                "Losses widened to $1.3 billion from $870 million.",
                [
                    (
                        "$1.3 billion",
                        1300000000,
                        1300000000,
                        "exact",
                        "loss",
                        None,
                        "currency:USD",
                        None,
                    ),
                    (
                        "$870 million",
                        870000000,
                        870000000,
                        "exact",
                        "loss",
                        None,
                        "currency:USD",
                        None,
                    ),
                ],
            ),
            (
                "The group will invest 500 million euros in a new plant in Poland, creating 800 jobs.",
                [
                    (
                        "500 million euros",
                        500000000,
                        500000000,
                        "exact",
                        "investment",
                        None,
                        "currency:EUR",
                        None,
                    ),
                    ("800", 800, 800, "exact", "jobs", None, None, None),
                ],
            ),
            (
                "The new plant will employ about 2,500 people.",
                [("about 2,500", 2500, 2500, "approximately", "jobs", "people", None, None)],
            ),
            (
                "The brand sold 1.8 million vehicles last year, a rise of 9%.",
                [
                    ("1.8 million", 1800000, 1800000, "exact", "sales", "vehicles", None, None),
                    ("9%", 0.09, 0.09, "exact", "sales", None, "percent", "increase"),
                ],
            ),
            (
                "The price of Brent crude rose $2.10 to $84.50 a barrel.",
                [
                    ("$2.10", 2.1, 2.1, "exact", "cost", None, "currency:USD", "increase"),
                    ("$84.50", 84.5, 84.5, "exact", "cost", None, "currency:USD", None),
                ],
            ),
            (
                "The deal values the company at about $6.5 billion including debt.",
                [
                    (
                        "about $6.5 billion",
                        6500000000,
                        6500000000,
                        "approximately",
                        "valuation",
                        None,
                        "currency:USD",
                        None,
                    )
                ],
            ),
            (
                "The firm expects full-year earnings per share of $5.10 to $5.30.",
                [("$5.10 to $5.30", 5.1, 5.3, "range", "profit", None, "currency:USD", None)],
            ),
            (
                "Operating profit jumped 40% to 8.9 billion yuan.",
                [
                    ("40%", 0.4, 0.4, "exact", "profit", None, "percent", "increase"),
                    (
                        "8.9 billion yuan",
                        8900000000,
                        8900000000,
                        "exact",
                        "profit",
                        None,
                        "currency:CNY",
                        None,
                    ),
                ],
            ),
            (
                "The chipmaker will invest $20bn in two new factories in Arizona, creating 3,000 jobs.",
                [
                    (
                        "$20bn",
                        20000000000,
                        20000000000,
                        "exact",
                        "investment",
                        None,
                        "currency:USD",
                        None,
                    ),
                    ("two", 2, 2, "exact", None, None, None, None),
                    ("3,000", 3000, 3000, "exact", "jobs", None, None, None),
                ],
            ),
            (
                "The company has spent hundreds of millions of dollars on the project.",
                [
                    (
                        "hundreds of millions of dollars",
                        200000000,
                        999999999,
                        "range",
                        "cost",
                        None,
                        "currency:USD",
                        None,
                    )
                ],
            ),
            (
                "Exports fell 4.1% from a year earlier, while imports dropped 2.7%.",
                [
                    ("4.1%", 0.041, 0.041, "exact", "exports", None, "percent", "decrease"),
                    ("2.7%", 0.027, 0.027, "exact", "imports", None, "percent", "decrease"),
                ],
            ),
            (
                "The company said it expects to cut between 8,000 and 10,000 jobs over the next two years.",
                [("between 8,000 and 10,000", 8000, 10000, "range", "jobs", None, None, None)],
            ),
            (
                "Profit before tax rose to £2.3bn from £1.9bn a year earlier.",
                [
                    (
                        "£2.3bn",
                        2300000000,
                        2300000000,
                        "exact",
                        "profit",
                        None,
                        "currency:GBP",
                        None,
                    ),
                    (
                        "£1.9bn",
                        1900000000,
                        1900000000,
                        "exact",
                        "profit",
                        None,
                        "currency:GBP",
                        None,
                    ),
                ],
            ),
            (
                "Its stock has lost more than half its value this year.",
                [
                    (
                        "more than half",
                        0.5,
                        None,
                        "more_than",
                        "share price",
                        None,
                        "percent",
                        "decrease",
                    )
                ],
            ),
            (
                "The Japanese firm reported a net loss of 52.1 billion yen ($350 million).",
                [
                    (
                        "52.1 billion yen",
                        52100000000,
                        52100000000,
                        "exact",
                        "loss",
                        None,
                        "currency:JPY",
                        None,
                    ),
                    (
                        "$350 million",
                        350000000,
                        350000000,
                        "exact",
                        "loss",
                        None,
                        "currency:USD",
                        None,
                    ),
                ],
            ),
            (
                "The company was fined 4.3 billion euros by the European Commission.",
                [
                    (
                        "4.3 billion euros",
                        4300000000,
                        4300000000,
                        "exact",
                        "fine",
                        None,
                        "currency:EUR",
                        None,
                    )
                ],
            ),
            (
                "The carmaker recalled nearly 2 million vehicles over a faulty airbag.",
                [
                    (
                        "nearly 2 million",
                        2000000,
                        2000000,
                        "approximately",
                        "recalled",
                        "vehicles",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Prices rose 4% in March and fell 2% in April.",
                [
                    ("4%", 0.04, 0.04, "exact", "cost", None, "percent", "increase"),
                    ("2%", 0.02, 0.02, "exact", "cost", None, "percent", "decrease"),
                ],
            ),
            (
                "Revenue rose 5% in 2023 but fell 2% in 2024.",
                [
                    ("5%", 0.05, 0.05, "exact", "revenue", None, "percent", "increase"),
                    ("2%", 0.02, 0.02, "exact", "revenue", None, "percent", "decrease"),
                ],
            ),
            (
                "The firm's pre-tax profit rose 12% to £1.5m in the year to March 31.",
                [
                    ("12%", 0.12, 0.12, "exact", "profit", None, "percent", "increase"),
                    ("£1.5m", 1500000, 1500000, "exact", "profit", None, "currency:GBP", None),
                ],
            ),
            (
                "Sales of the iPhone 15 fell 10% in China.",
                [("10%", 0.1, 0.1, "exact", "sales", None, "percent", "decrease")],
            ),
            (
                "Shares fell 6% after the company cut its revenue forecast for the year to between $10.2bn and $10.5bn.",
                [
                    ("6%", 0.06, 0.06, "exact", "share price", None, "percent", "decrease"),
                    (
                        "between $10.2bn and $10.5bn",
                        10200000000,
                        10500000000,
                        "range",
                        "revenue",
                        None,
                        "currency:USD",
                        None,
                    ),
                ],
            ),
            (
                "The group's net debt rose to 4.1 billion euros at the end of June from 3.8 billion euros in December.",
                [
                    (
                        "4.1 billion euros",
                        4100000000,
                        4100000000,
                        "exact",
                        "debt",
                        None,
                        "currency:EUR",
                        None,
                    ),
                    (
                        "3.8 billion euros",
                        3800000000,
                        3800000000,
                        "exact",
                        "debt",
                        None,
                        "currency:EUR",
                        None,
                    ),
                ],
            ),
            (
                "Analysts polled by Reuters had expected a profit of 1.1 billion euros.",
                [
                    (
                        "1.1 billion euros",
                        1100000000,
                        1100000000,
                        "exact",
                        "profit",
                        None,
                        "currency:EUR",
                        None,
                    )
                ],
            ),
            (
                "The company, which has 12,000 employees, reported a loss of $45m.",
                [
                    ("12,000", 12000, 12000, "exact", None, "workers", None, None),
                    ("$45m", 45000000, 45000000, "exact", "loss", None, "currency:USD", None),
                ],
            ),
            (
                "Sales jumped by more than 20% to a record 3.1 million units.",
                [
                    ("more than 20%", 0.2, None, "more_than", "sales", None, "percent", "increase"),
                    ("3.1 million", 3100000, 3100000, "exact", "sales", None, None, None),
                ],
            ),
            (
                "The bank said it would shed 7,000 jobs, about 4% of its staff.",
                [
                    ("7,000", 7000, 7000, "exact", "jobs", None, None, None),
                    ("about 4%", 0.04, 0.04, "approximately", "jobs", "workers", "percent", None),
                ],
            ),
        ],
    )
    def test_reading(self, sentence: str, expected: list[Read]) -> None:
        """Revenue, profit, losses, jobs, share prices and guidance, with their currencies."""
        assert expected == read(sentence)


class TestEconomicFigures:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Annual inflation slowed to 3.2% in October from 3.7% in September, the statistics office said.",
                [
                    ("3.2%", 0.032, 0.032, "exact", "inflation", None, "percent", None),
                    ("3.7%", 0.037, 0.037, "exact", "inflation", None, "percent", None),
                ],
            ),
            (
                "Unemployment rose to 4.3% in July, its highest level since 2021.",
                [("4.3%", 0.043, 0.043, "exact", "unemployment", None, "percent", None)],
            ),
            (
                "The economy grew 0.6% in the second quarter compared with the previous three months.",
                [("0.6%", 0.006, 0.006, "exact", "gdp", None, "percent", "increase")],
            ),
            (
                "GDP contracted by 1.1% last year.",
                [("1.1%", 0.011, 0.011, "exact", "gdp", None, "percent", "decrease")],
            ),
            (
                "Consumer prices rose 2.4% year-on-year in March.",
                [("2.4%", 0.024, 0.024, "exact", "inflation", None, "percent", "increase")],
            ),
            (
                "The central bank raised its key rate by 50 basis points to 5.25%.",
                [
                    (
                        "50 basis points",
                        0.005,
                        0.005,
                        "exact",
                        "interest rate",
                        None,
                        "percent",
                        "increase",
                    ),
                    ("5.25%", 0.0525, 0.0525, "exact", "interest rate", None, "percent", None),
                ],
            ),
            (
                "Wages rose 5.6% in the three months to June, outpacing inflation of 4.2%.",
                [
                    ("5.6%", 0.056, 0.056, "exact", "wages", None, "percent", "increase"),
                    ("4.2%", 0.042, 0.042, "exact", "inflation", None, "percent", None),
                ],
            ),
            (
                "The consumer price index rose 0.4% in May from April and 3.3% from a year earlier.",
                [
                    ("0.4%", 0.004, 0.004, "exact", "inflation", None, "percent", "increase"),
                    ("3.3%", 0.033, 0.033, "exact", "inflation", None, "percent", "increase"),
                ],
            ),
            (
                "The jobless rate fell to 3.9% from 4.1%.",
                [
                    ("3.9%", 0.039, 0.039, "exact", "unemployment", None, "percent", None),
                    ("4.1%", 0.041, 0.041, "exact", "unemployment", None, "percent", None),
                ],
            ),
            (
                "Britain's economy shrank by 0.3% in the final three months of the year.",
                [("0.3%", 0.003, 0.003, "exact", "gdp", None, "percent", "decrease")],
            ),
            (
                "The bank left its benchmark rate unchanged at 4.5%.",
                [("4.5%", 0.045, 0.045, "exact", "interest rate", None, "percent", None)],
            ),
            (
                "Wage growth slowed to 5.7% in the three months to October.",
                [("5.7%", 0.057, 0.057, "exact", "wages", None, "percent", None)],
            ),
            (
                "The trade deficit widened to $68.9 billion in March.",
                [
                    (
                        "$68.9 billion",
                        68900000000,
                        68900000000,
                        "exact",
                        "deficit",
                        None,
                        "currency:USD",
                        None,
                    )
                ],
            ),
            (
                "Unemployment rose 0.3 percentage points in May and 0.2 in June.",
                [
                    (
                        "0.3 percentage points",
                        0.003,
                        0.003,
                        "exact",
                        "unemployment",
                        None,
                        "percent",
                        "increase",
                    ),
                    ("0.2", 0.002, 0.002, "exact", "unemployment", None, "percent", "increase"),
                ],
            ),
            (
                "The economy added 303,000 jobs in March, and the unemployment rate edged down to 3.8%.",
                [
                    ("303,000", 303000, 303000, "exact", "jobs", None, None, None),
                    ("3.8%", 0.038, 0.038, "exact", "unemployment", None, "percent", None),
                ],
            ),
            (
                "India's economy expanded 8.2% in the fiscal year that ended in March.",
                [("8.2%", 0.082, 0.082, "exact", "gdp", None, "percent", "increase")],
            ),
            (
                "The central bank cut its policy rate by a quarter of a percentage point to 3.75%.",
                [
                    (
                        "a quarter of a percentage point",
                        0.0025,
                        0.0025,
                        "exact",
                        "interest rate",
                        None,
                        "percent",
                        "decrease",
                    ),
                    ("3.75%", 0.0375, 0.0375, "exact", "interest rate", None, "percent", None),
                ],
            ),
            (
                "Food prices jumped 12% over the past year.",
                [("12%", 0.12, 0.12, "exact", "cost", None, "percent", "increase")],
            ),
            (
                "The new law raises the minimum wage to $15 an hour from $7.25.",
                [
                    ("$15", 15, 15, "exact", "wages", None, "currency:USD", None),
                    ("$7.25", 7.25, 7.25, "exact", None, None, "currency:USD", None),
                ],
            ),
            (
                "Unemployment among 16- to 24-year-olds rose to 14.5%.",
                [("14.5%", 0.145, 0.145, "exact", "unemployment", None, "percent", None)],
            ),
            (
                "Japan's exports rose 9.1% in June to ¥8.7tn.",
                [
                    ("9.1%", 0.091, 0.091, "exact", "exports", None, "percent", "increase"),
                    (
                        "¥8.7tn",
                        8700000000000,
                        8700000000000,
                        "exact",
                        "exports",
                        None,
                        "currency:JPY",
                        None,
                    ),
                ],
            ),
            (
                "Consumer prices in Argentina rose 211% in 2023.",
                [("211%", 2.11, 2.11, "exact", "inflation", None, "percent", "increase")],
            ),
            (
                "The minimum wage will rise by 9.8% to £11.44 an hour in April.",
                [
                    ("9.8%", 0.098, 0.098, "exact", "wages", None, "percent", "increase"),
                    ("£11.44", 11.44, 11.44, "exact", "wages", None, "currency:GBP", None),
                ],
            ),
            (
                "Weekly jobless claims fell by 9,000 to 210,000.",
                [
                    ("9,000", 9000, 9000, "exact", "unemployment", None, None, "decrease"),
                    ("210,000", 210000, 210000, "exact", "unemployment", None, None, None),
                ],
            ),
            (
                "The tax would rise by between 5 and 10 per cent.",
                [
                    (
                        "between 5 and 10 per cent",
                        0.05,
                        0.1,
                        "range",
                        None,
                        None,
                        "percent",
                        "increase",
                    )
                ],
            ),
            (
                "Unemployment fell to under 5% for the first time since 2008.",
                [("under 5%", None, 0.05, "less_than", "unemployment", None, "percent", None)],
            ),
            (
                "Inflation hit a 40-year high of 9.1% in June.",
                [("9.1%", 0.091, 0.091, "exact", "inflation", None, "percent", None)],
            ),
            (
                "Retail sales fell 0.3% month-on-month in December.",
                [("0.3%", 0.003, 0.003, "exact", "sales", None, "percent", "decrease")],
            ),
            (
                "The population of the city has grown to 1.2 million from 900,000 a decade ago.",
                [
                    ("1.2 million", 1200000, 1200000, "exact", "population", "people", None, None),
                    ("900,000", 900000, 900000, "exact", "population", "people", None, None),
                ],
            ),
        ],
    )
    def test_reading(self, sentence: str, expected: list[Read]) -> None:
        """Inflation, unemployment, growth and rates: shares, their changes and levels."""
        assert expected == read(sentence)


class TestElectionsAndPolls:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "The candidate won 52.3% of the vote, against 46.1% for her rival.",
                [
                    ("52.3%", 0.523, 0.523, "exact", None, "votes", "percent", None),
                    ("46.1%", 0.461, 0.461, "exact", None, "votes", "percent", None),
                ],
            ),
            (
                "Turnout was about 67%, the electoral commission said.",
                [
                    (
                        "about 67%",
                        0.67,
                        0.67,
                        "approximately",
                        "participants",
                        "people",
                        "percent",
                        None,
                    )
                ],
            ),
            (
                "The ruling party won 303 of the 543 seats in the lower house.",
                [
                    ("303", 303, 303, "exact", None, "seats", None, None),
                    ("543", 543, 543, "exact", None, "seats", None, None),
                ],
            ),
            (
                "A poll published on Sunday put support for the party at 28%, down three points from last month.",
                [
                    ("28%", 0.28, 0.28, "exact", "support", None, "percent", None),
                    ("three points", 0.03, 0.03, "exact", "support", None, "percent", "decrease"),
                ],
            ),
            (
                "Nearly a third of voters said they were still undecided.",
                [
                    (
                        "Nearly a third",
                        0.333333,
                        0.333333,
                        "approximately",
                        None,
                        "voters",
                        "percent",
                        None,
                    )
                ],
            ),
            (
                "Some 4.5 million ballots had been counted by midnight.",
                [
                    (
                        "Some 4.5 million",
                        4500000,
                        4500000,
                        "approximately",
                        None,
                        "votes",
                        None,
                        None,
                    )
                ],
            ),
            (
                "The incumbent won 54 seats in the 120-member parliament.",
                [("54", 54, 54, "exact", None, "seats", None, None)],
            ),
            (
                "Turnout was 61.2%, down from 66.1% at the last election.",
                [
                    ("61.2%", 0.612, 0.612, "exact", "participants", "people", "percent", None),
                    ("66.1%", 0.661, 0.661, "exact", "participants", "people", "percent", None),
                ],
            ),
            (
                "Her approval rating dropped to 38%, the lowest of her presidency.",
                [("38%", 0.38, 0.38, "exact", "support", None, "percent", None)],
            ),
            (
                "Two-thirds of respondents said prices had risen.",
                [("Two-thirds", 0.666667, 0.666667, "exact", None, "people", "percent", None)],
            ),
            (
                "She won 52% of the vote, 10 points ahead of her rival.",
                [
                    ("52%", 0.52, 0.52, "exact", None, "votes", "percent", None),
                    ("10 points", 0.1, 0.1, "exact", None, None, "percent", None),
                ],
            ),
            (
                "The opposition won 43.5% of the vote and 218 of the 450 seats.",
                [
                    ("43.5%", 0.435, 0.435, "exact", None, "votes", "percent", None),
                    ("218", 218, 218, "exact", None, "seats", None, None),
                    ("450", 450, 450, "exact", None, "seats", None, None),
                ],
            ),
            (
                "Voter turnout reached 72 percent, the highest since 1992.",
                [("72 percent", 0.72, 0.72, "exact", "participants", "people", "percent", None)],
            ),
            (
                "The president's approval rating stood at 41% in a Gallup poll published on Monday, down from 45% a month earlier.",
                [
                    ("41%", 0.41, 0.41, "exact", "support", None, "percent", None),
                    ("45%", 0.45, 0.45, "exact", "support", None, "percent", None),
                ],
            ),
            (
                "The party is on course to win more than 400 seats in the 650-seat House of Commons.",
                [("more than 400", 400, None, "more_than", None, "seats", None, None)],
            ),
            (
                "Nearly 1 in 3 respondents said they had cut back on food.",
                [
                    (
                        "Nearly 1 in 3",
                        0.333333,
                        0.333333,
                        "approximately",
                        None,
                        "people",
                        "percent",
                        None,
                    )
                ],
            ),
            (
                "The party's vote share fell 8 points to 23.7%.",
                [
                    ("8 points", 0.08, 0.08, "exact", None, None, "percent", "decrease"),
                    ("23.7%", 0.237, 0.237, "exact", None, None, "percent", None),
                ],
            ),
            (
                "The governor won re-election by more than 200,000 votes.",
                [("more than 200,000", 200000, None, "more_than", None, "votes", None, None)],
            ),
        ],
    )
    def test_reading(self, sentence: str, expected: list[Read]) -> None:
        """Vote shares, seats, turnout and poll support."""
        assert expected == read(sentence)


class TestHealthFigures:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Health officials reported 1,254 new cases on Wednesday, bringing the total to 48,910.",
                [
                    ("1,254", 1254, 1254, "exact", "infected", "people", None, None),
                    ("48,910", 48910, 48910, "exact", "infected", "people", None, None),
                ],
            ),
            (
                "The number of patients in hospital with the virus rose by 15% in a week to 2,300.",
                [
                    ("15%", 0.15, 0.15, "exact", "hospitalised", "people", "percent", "increase"),
                    ("2,300", 2300, 2300, "exact", "hospitalised", "people", None, None),
                ],
            ),
            (
                "More than 300 people have been hospitalised with suspected cholera, the health ministry said.",
                [("More than 300", 300, None, "more_than", "hospitalised", "people", None, None)],
            ),
            (
                "Up to 40% of children in the region are malnourished, UNICEF said.",
                [("Up to 40%", None, 0.4, "at_most", None, "children", "percent", None)],
            ),
            (
                "The outbreak has infected at least 1,100 people and killed 26 since August.",
                [
                    ("at least 1,100", 1100, None, "at_least", "infected", "people", None, None),
                    ("26", 26, 26, "exact", "killed", "people", None, None),
                ],
            ),
            (
                "The virus has infected more than 12,000 people and killed 259 in China.",
                [
                    (
                        "more than 12,000",
                        12000,
                        None,
                        "more_than",
                        "infected",
                        "people",
                        None,
                        None,
                    ),
                    ("259", 259, 259, "exact", "killed", "people", None, None),
                ],
            ),
            (
                "Health authorities confirmed 27 new cases, bringing the total to 803.",
                [
                    ("27", 27, 27, "exact", "infected", "people", None, None),
                    ("803", 803, 803, "exact", "infected", "people", None, None),
                ],
            ),
            (
                "Measles cases rose by a third in 2023.",
                [
                    (
                        "a third",
                        0.333333,
                        0.333333,
                        "exact",
                        "infected",
                        "people",
                        "percent",
                        "increase",
                    )
                ],
            ),
            (
                "Only one in five households had access to electricity, the report said.",
                [("one in five", 0.2, 0.2, "exact", None, "households", "percent", None)],
            ),
            (
                "The ministry reported 4,578 new infections and 37 deaths in the past 24 hours.",
                [
                    ("4,578", 4578, 4578, "exact", "infected", "people", None, None),
                    ("37", 37, 37, "exact", "killed", "people", None, None),
                ],
            ),
            (
                "The outbreak has sickened at least 260 people in 14 states, and 58 have been hospitalised.",
                [
                    ("at least 260", 260, None, "at_least", "infected", "people", None, None),
                    ("14", 14, 14, "exact", None, None, None, None),
                    ("58", 58, 58, "exact", "hospitalised", "people", None, None),
                ],
            ),
            (
                "The number of confirmed cases has doubled to more than 2,000 in a week.",
                [("more than 2,000", 2000, None, "more_than", "infected", "people", None, None)],
            ),
            (
                "Cholera has killed more than 1,000 people in Yemen since April.",
                [("more than 1,000", 1000, None, "more_than", "killed", "people", None, None)],
            ),
            (
                "The COVID-19 pandemic killed nearly 7 million people worldwide, according to WHO data.",
                [
                    (
                        "nearly 7 million",
                        7000000,
                        7000000,
                        "approximately",
                        "killed",
                        "people",
                        None,
                        None,
                    )
                ],
            ),
            (
                "As many as one in five children in the region are malnourished.",
                [
                    (
                        "As many as one in five",
                        None,
                        0.2,
                        "at_most",
                        None,
                        "children",
                        "percent",
                        None,
                    )
                ],
            ),
            (
                "About 1.3 million doses have been administered so far.",
                [
                    (
                        "About 1.3 million",
                        1300000,
                        1300000,
                        "approximately",
                        "vaccinated",
                        "doses",
                        None,
                        None,
                    )
                ],
            ),
            (
                "Hospitalisations rose 18% week-on-week to 6,400.",
                [
                    ("18%", 0.18, 0.18, "exact", "hospitalised", "people", "percent", "increase"),
                    ("6,400", 6400, 6400, "exact", "hospitalised", "people", None, None),
                ],
            ),
            (
                "The death rate was 2.3 per 100,000 people.",
                [("2.3", 2.3, 2.3, "exact", None, None, None, None)],
            ),
        ],
    )
    def test_reading(self, sentence: str, expected: list[Read]) -> None:
        """Cases, hospitalisations and deaths in outbreaks."""
        assert expected == read(sentence)


class TestNotCountsAcrossDomains:
    @pytest.mark.parametrize(
        "sentence",
        [
            "The victim, a 34-year-old man, was taken to hospital with stab wounds.",
            "The suspect, 22, was arrested at his home on Tuesday.",
            "The fire broke out at about 3:45 a.m. at a building on 125 Main Street.",
            "The match ended 2-1 after extra time.",
            "The law was passed in 1998 and amended on March 12, 2004.",
            "The 18th-century church was one of the first buildings to collapse.",
            "A 15-year-old boy was among those killed.",
            "The 7.0-magnitude quake struck at 4:17 p.m. local time (0917 GMT).",
            "The 2022 World Cup final ended 3-3 before Argentina won on penalties.",
            "The company's 50th anniversary falls on June 1.",
            "The bomb exploded outside 42 Rue de Rivoli shortly after midnight.",
            "She came second in the 2019 election and fourth in 2023.",
            "The new listing for the 9mm handgun was posted on Tuesday.",
            "The firm hired a third party to run the audit.",
            "The 34-year-old striker scored twice in the 3-1 win.",
            "The firm's third-quarter results were published on 24 October.",
            "A Boeing 737 MAX operated by the airline was grounded after the incident on Flight 1282.",
            "The company filed for Chapter 11 bankruptcy protection in Delaware on Monday.",
            "Britain triggered Article 50 in March 2017.",
            "Police said the 29-year-old driver was arrested on suspicion of causing death by dangerous driving.",
            "A 3-2 vote by the court upheld the law.",
            "The 1,000-page report was published on Thursday.",
        ],
    )
    def test_no_figure(self, sentence: str) -> None:
        """Ages, times, addresses, scores, years, dates, ordinals and calibres count nothing."""
        assert [] == read(sentence)

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Five of the victims were children under the age of 10.",
                [("Five", 5, 5, "exact", None, "people", None, None)],
            ),
            (
                "The poll surveyed 2,000 people between the ages of 18 and 29, the firm said.",
                [("2,000", 2000, 2000, "exact", None, "people", None, None)],
            ),
            (
                "The S&P 500 fell 0.1 percent, and the FTSE 100 rose 54 points.",
                [
                    ("0.1 percent", 0.001, 0.001, "exact", None, None, "percent", "decrease"),
                    ("54", 54, 54, "exact", None, None, None, "increase"),
                ],
            ),
            (
                "The quake was followed by more than 100 aftershocks, the strongest of magnitude 5.9.",
                [("more than 100", 100, None, "more_than", None, None, None, None)],
            ),
            (
                "The G20 summit opened in New Delhi on Saturday with leaders of 19 countries and the EU.",
                [("19", 19, 19, "exact", None, "countries", None, None)],
            ),
        ],
    )
    def test_only_the_counts(self, sentence: str, expected: list[Read]) -> None:
        """Beside an age, a magnitude, an age range or an index name, only the real counts are read."""
        assert expected == read(sentence)
