"""
Tests for claimtrack.extract.figures: numbers read as intervals with what they count.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.figures import extract_figures, find_figures, parse_number
from claimtrack.model import Change, Qualifier


def one(text: str) -> tuple[object, ...]:
    """Return (text, qualifier, low, high) of the only figure in *text*."""
    figures = find_figures(text)
    assert 1 == len(figures), [f.text for f in figures]
    f = figures[0]
    return (f.text, f.qualifier.value, f.low, f.high)


def counted(text: str) -> list[tuple[str, str | None, str | None]]:
    """Return (text, metric, population) of every figure in *text*."""
    return [(f.text, f.metric, f.population) for f in find_figures(text)]


class TestParseNumber:
    @pytest.mark.parametrize(
        ("words", "expected"),
        [
            ("five", 5),
            ("Ten", 10),
            ("twenty-one", 21),
            ("hundred and twelve", 112),
            ("a hundred and twelve", 112),
            ("two million", 2_000_000),
            ("half a million", 500_000),
            ("a dozen", 12),
            ("1,335", 1335),
            ("1.4 million", 1_400_000),
            ("2.5 billion", 2_500_000_000),
        ],
    )
    def test_values(self, words: str, expected: float) -> None:
        """Number words and digits with scales read as their value."""
        assert expected == parse_number(words)

    def test_not_a_number(self) -> None:
        """Ordinary words are not numbers."""
        assert None is parse_number("officials")


class TestNumbers:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Officials said 2,000 people were evacuated.", ("2,000", "exact", 2000, 2000)),
            ("The agency counted 1 335 victims.", ("1 335", "exact", 1335, 1335)),
            (
                "About 1.4 million people live there.",
                ("About 1.4 million", "approximately", 1_400_000, 1_400_000),
            ),
            ("Five people were hurt.", ("Five", "exact", 5, 5)),
            ("Twenty-one people died in the blast.", ("Twenty-one", "exact", 21, 21)),
            ("A dozen people were detained.", ("A dozen", "exact", 12, 12)),
            ("She cycled through a half-dozen slogans.", ("half-dozen", "exact", 6, 6)),
            (
                "Police arrested a hundred and twelve people.",
                ("a hundred and twelve", "exact", 112, 112),
            ),
            ("Ten firefighters were injured.", ("Ten", "exact", 10, 10)),
            (
                "It was a city of half a million people.",
                ("half a million", "approximately", 500_000, 500_000),
            ),
        ],
    )
    def test_counts(self, sentence: str, expected: tuple[object, ...]) -> None:
        """Digits, separators, decimals with scales and number words are read."""
        assert expected == one(sentence)


class TestQualifiers:
    @pytest.mark.parametrize(
        ("sentence", "qualifier", "low", "high"),
        [
            ("more than 2,000 civilians were killed", "more_than", 2000, None),
            ("over 300 homes were damaged", "more_than", 300, None),
            ("above 40 people were hurt", "more_than", 40, None),
            ("in excess of 1,000 people fled", "more_than", 1000, None),
            ("at least 25 people were killed", "at_least", 25, None),
            ("no fewer than 2,000 civilians died", "at_least", 2000, None),
            ("no less than 50 people were arrested", "at_least", 50, None),
            ("a minimum of 20 soldiers were wounded", "at_least", 20, None),
            ("up to 500 people were evacuated", "at_most", None, 500),
            ("as many as 30 people died", "at_most", None, 30),
            ("at most 5 people were hurt", "at_most", None, 5),
            ("no more than 9 people attended", "at_most", None, 9),
            ("fewer than 10 people were injured", "less_than", None, 10),
            ("less than 100 people turned out", "less_than", None, 100),
            ("under 40 people were arrested", "less_than", None, 40),
            ("below 7 people were rescued", "less_than", None, 7),
            ("nearly 300 people fled", "approximately", 300, 300),
            ("almost 300 people fled", "approximately", 300, 300),
            ("about 300 people fled", "approximately", 300, 300),
            ("around 300 people fled", "approximately", 300, 300),
            ("some 300 people fled", "approximately", 300, 300),
            ("roughly 300 people fled", "approximately", 300, 300),
            ("approximately 300 people fled", "approximately", 300, 300),
            ("an estimated 300 people fled", "approximately", 300, 300),
            ("close to 300 people fled", "approximately", 300, 300),
            ("~300 people fled", "approximately", 300, 300),
            ("between 30 and 40 people were killed", "range", 30, 40),
            ("30 to 40 people were killed", "range", 30, 40),
            ("30-40 people were killed", "range", 30, 40),
            ("30–40 people were killed", "range", 30, 40),
            ("two or three people were killed", "range", 2, 3),
            ("2,000 or more people fled", "at_least", 2000, None),
            ("Upward of 5,000 people attended", "more_than", 5000, None),
            ("The deal is worth north of $1bn", "more_than", 1_000_000_000, None),
            ("Turnout was just shy of 50%", "less_than", None, 0.5),
            ("Slightly more than 300 people were hurt", "more_than", 300, None),
            ("A little over 2,000 homes were damaged", "more_than", 2000, None),
            ("Well under 10% of voters backed the plan", "less_than", None, 0.1),
            ("In the region of 40,000 people marched", "approximately", 40000, 40000),
            ("As few as 12 people turned up", "at_least", 12, None),
            ("From 3,000 to 5,000 people are expected", "range", 3000, 5000),
        ],
    )
    def test_qualifier(self, sentence: str, qualifier: str, low: float, high: float) -> None:
        """Qualifier words bound the number and belong to the figure's text."""
        f = find_figures(sentence)[0]
        assert (qualifier, low, high) == (f.qualifier.value, f.low, f.high)
        assert f.span is not None
        assert sentence[f.span.start : f.span.end] == f.text

    def test_more_than_is_exclusive(self) -> None:
        """ "more than" excludes its bound."""
        f = find_figures("more than 2,000 civilians were killed")[0]
        assert ("more than 2,000", False) == (f.text, f.low_inclusive)

    def test_less_than_is_exclusive(self) -> None:
        """ "fewer than" excludes its bound."""
        assert False is find_figures("fewer than 10 people died")[0].high_inclusive

    def test_range_takes_the_scale_of_its_second_number(self) -> None:
        """ "between 1 and 2 million" is a million to two million."""
        assert ("range", 1_000_000, 2_000_000) == one("between 1 and 2 million people fled")[1:]

    def test_money_range(self) -> None:
        """ "$5-6bn" reads as a range of dollars."""
        f = find_figures("The deal is worth $5-6bn.")[0]
        assert ("$5-6bn", 5e9, 6e9, "currency:USD") == (f.text, f.low, f.high, f.unit)


class TestVague:
    @pytest.mark.parametrize(
        ("sentence", "low", "high"),
        [
            ("dozens of people were injured", 24, 99),
            ("hundreds of structures were destroyed", 200, 999),
            ("thousands continue to flee the city", 2000, 9999),
            ("tens of thousands marched on Sunday", 20_000, 99_999),
            ("hundreds of thousands have fled", 200_000, 999_999),
            ("millions were displaced", 2_000_000, 9_999_999),
        ],
    )
    def test_vague(self, sentence: str, low: int, high: int) -> None:
        """Vague quantities are ranges by the documented convention."""
        f = find_figures(sentence)[0]
        assert (Qualifier.RANGE, low, high) == (f.qualifier, f.low, f.high)

    def test_more_than_hundreds_keeps_the_floor(self) -> None:
        """A floor qualifier on a vague word opens the top."""
        f = find_figures("more than a dozen people were hurt")[0]
        assert (Qualifier.MORE_THAN, 12, None) == (f.qualifier, f.low, f.high)


class TestShares:
    @pytest.mark.parametrize(
        ("sentence", "text", "value"),
        [
            ("Every fourth person in the town has relatives abroad.", "Every fourth person", 0.25),
            ("One in five residents has left.", "One in five", 0.2),
            ("Half of the homes were damaged.", "Half", 0.5),
            ("A third of the buildings were destroyed.", "A third", 0.333333),
            ("Turnout was 80 percent.", "80 percent", 0.8),
            ("Unemployment was 12%.", "12%", 0.12),
            ("Unemployment was 12 per cent.", "12 per cent", 0.12),
            ("Nearly eight of 10 voters will watch.", "Nearly eight of 10", 0.8),
            ("Two in three voters agreed.", "Two in three", 0.666667),
        ],
    )
    def test_share(self, sentence: str, text: str, value: float) -> None:
        """Shares and percentages are fractions with unit percent."""
        f = find_figures(sentence)[0]
        assert (text, value, "percent") == (f.text, f.low, f.unit)


class TestUnits:
    @pytest.mark.parametrize(
        ("sentence", "text", "value", "unit"),
        [
            ("The group raised $6bn last year.", "$6bn", 6e9, "currency:USD"),
            ("The club was fined €3m.", "€3m", 3e6, "currency:EUR"),
            ("He paid £200,000 for the house.", "£200,000", 200_000, "currency:GBP"),
            ("The bridge cost 3 million euros.", "3 million euros", 3e6, "currency:EUR"),
            ("The project cost Rs 500 crore.", "Rs 500 crore", 5e9, "currency:INR"),
            ("The budget is US$2.5 billion.", "US$2.5 billion", 2.5e9, "currency:USD"),
            ("The town lies 50 kilometres from the border.", "50", 50, "km"),
            ("The town lies 30 miles from the border.", "30", 30, "mi"),
            ("The offices total 80,000 square feet.", "80,000", 80_000, "ft2"),
        ],
    )
    def test_unit(self, sentence: str, text: str, value: float, unit: str) -> None:
        """Money and measures carry their unit."""
        f = find_figures(sentence)[0]
        assert (text, value, unit) == (f.text, f.low, f.unit)

    def test_distance_metric(self) -> None:
        """A length is a distance."""
        assert "distance" == find_figures("It lies roughly 50 km from the border.")[0].metric

    def test_converted_measure_keeps_the_qualifier(self) -> None:
        """A bracketed conversion reads with the qualifier of the measure it converts."""
        figures = find_figures("The city lies roughly 50 kilometres (30 miles) from the border.")
        assert [("roughly 50", "approximately", "km"), ("30", "approximately", "mi")] == [
            (f.text, f.qualifier.value, f.unit) for f in figures
        ]


class TestChange:
    @pytest.mark.parametrize(
        ("sentence", "text", "change"),
        [
            ("Revenue rose by 12% in the quarter.", "12%", Change.INCREASE),
            ("Sales were up 3,000 on the year.", "3,000", Change.INCREASE),
            ("Arrests were down 3,000 from last year.", "3,000", Change.DECREASE),
            ("The number of cases increased by 11.", "11", Change.INCREASE),
            ("Profit fell by 5% to $2bn.", "5%", Change.DECREASE),
        ],
    )
    def test_amount_of_change(self, sentence: str, text: str, change: Change) -> None:
        """An amount after "rose by", "up", "down" is a change."""
        f = find_figures(sentence)[0]
        assert (text, change) == (f.text, f.change)

    @pytest.mark.parametrize(
        "sentence",
        ["The death toll fell to 40.", "The number of wounded had risen to 9."],
    )
    def test_level_after_a_change_is_a_level(self, sentence: str) -> None:
        """The number after "rose to" / "fell to" is the new level: change is None."""
        assert None is find_figures(sentence)[0].change

    def test_level_after_change_keeps_metric(self) -> None:
        """ "rose 12% to $6bn": the level shares the metric of the change."""
        figures = find_figures("Revenue rose 12% to $6bn.")
        assert [("12%", "revenue", Change.INCREASE), ("$6bn", "revenue", None)] == [
            (f.text, f.metric, f.change) for f in figures
        ]


class TestMetric:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("25 people were killed in the attack.", [("25", "killed", "people")]),
            (
                "The strike hit the market, killing four people and wounding four more.",
                [("four", "killed", "people"), ("four more", "injured", "people")],
            ),
            ("The death toll rose to 60.", [("60", "killed", "people")]),
            (
                "The number of civilians killed has risen to 474.",
                [("474", "killed", "civilians")],
            ),
            (
                "at least 5 people died and 7 more were injured",
                [("at least 5", "killed", "people"), ("7 more", "injured", "people")],
            ),
            (
                "Five killed and seven wounded.",
                [("Five", "killed", "people"), ("seven", "injured", "people")],
            ),
            (
                "96 people were killed and 449 injured.",
                [("96", "killed", "people"), ("449", "injured", "people")],
            ),
            (
                "Eight soldiers were killed and 13 wounded.",
                [("Eight", "killed", "soldiers"), ("13", "injured", "soldiers")],
            ),
            ("Three rescuers lost their lives.", [("Three", "killed", "emergency workers")]),
            ("The quake left 12 dead.", [("12", "killed", "people")]),
            ("Two fatalities were reported.", [("Two", "killed", "people")]),
            (
                "Officials recorded 1,200 civilian casualties.",
                [("1,200", "casualties", "civilians")],
            ),
            ("Nine climbers are missing.", [("Nine", "missing", "people")]),
            ("The floods displaced 40,000 residents.", [("40,000", "displaced", "people")]),
            ("Nearly 3,000 people have fled the region.", [("Nearly 3,000", "fled", "people")]),
            ("600 people were brought to safety.", [("600", "evacuated", "people")]),
            ("Divers rescued 14 children.", [("14", "rescued", "children")]),
            ("Police detained 31 protesters.", [("31", "arrested", "people")]),
            ("The storm wrecked 200 houses.", [("200", "destroyed", "homes")]),
            ("Some 80 buildings were damaged.", [("Some 80", "damaged", "structures")]),
            (
                "About 10,000 protesters marched through the capital.",
                [("About 10,000", "participants", "people")],
            ),
            ("Crews put out 35 fires overnight.", [("35", "extinguished", "fires")]),
            ("Sappers defused 12 explosive devices.", [("12", "defused", "explosive devices")]),
            ("The donors sent 20 ambulances.", [("20", "supplied", "vehicles")]),
            ("The town was hit six times.", [("six", "hits", "strikes")]),
            (
                "The port is home to about 400,000 people.",
                [("about 400,000", "population", "people")],
            ),
            ("A further 300 civilians were injured.", [("300", "injured", "civilians")]),
            ("The firm will cut 1,000 jobs.", [("1,000", "jobs", None)]),
            (
                "The quake hit the region, toppling 6,000 buildings.",
                [("6,000", "destroyed", "structures")],
            ),
            ("The crash killed all 298 people on board.", [("298", "killed", "people")]),
            ("Organisers put the crowd at 200,000.", [("200,000", "participants", "people")]),
            ("Another 40 were taken to hospital.", [("40", "injured", "people")]),
        ],
    )
    def test_what_is_counted(self, sentence: str, expected: list[tuple[str, str, str]]) -> None:
        """Metric and population come from the words around the number."""
        assert expected == counted(sentence)

    def test_populations_inherit_across_coordination(self) -> None:
        """The second number of "X civilians were killed and Y injured" counts civilians."""
        assert ["civilians", "civilians"] == [
            f.population for f in find_figures("12 civilians were killed and 30 injured.")
        ]

    def test_the_same_number(self) -> None:
        """ "injured the same number" repeats the interval before it with its own metric."""
        figures = find_figures("The blast killed at least four people and injured the same number.")
        assert [("at least four", "killed", 4), ("the same number", "injured", 4)] == [
            (f.text, f.metric, f.low) for f in figures
        ]

    def test_the_same_number_needs_a_figure_in_its_sentence(self) -> None:
        """ "the same number" with no figure before it in the sentence is nothing."""
        assert [("Five", "killed")] == [
            (f.text, f.metric) for f in find_figures("Five died. The same number of cars burned.")
        ]

    def test_unrelated_figures_do_not_inherit(self) -> None:
        """A count of homes does not inherit people from a death toll."""
        figures = find_figures("Five people were killed and 40 homes were destroyed.")
        assert [("killed", "people"), ("destroyed", "homes")] == [
            (f.metric, f.population) for f in figures
        ]


class TestNotFigures:
    @pytest.mark.parametrize(
        "sentence",
        [
            "The war began in 2022.",
            "The drought lasted from 2015-2016.",
            "The attack came on March 2.",
            "The attack came on Aug. 30.",
            "The attack came on 24 February.",
            "The sirens sounded at 4 a.m.",
            "The report was published at 10:53.",
            "A 45-year-old man was arrested.",
            "A girl aged 12 was arrested.",
            "He lives at 10 Downing Street.",
            "Call 555-1234 for help.",
            "It is the second-largest city.",
            "He finished the 3rd.",
            "The COVID-19 rules were lifted.",
            "An F-16 flew over.",
            "The G7 leaders met.",
            "He played for Belgrade 2 last season.",
            "It was one of the worst attacks.",
            "She is the one who called.",
            "A number of people were arrested.",
            "The ceasefire lasted 24 hours.",
            "Prices are three times higher.",
            "See page 12 of the report.",
            "The score was 3-1.",
            "The 2023 budget was approved.",
            "The 1990s were calm.",
            "A 7.8-magnitude quake struck.",
            "Families of the 9/11 victims met.",
            "Call the hotline on 800-273-8255.",
            "The deal closed on 2022-03-02.",
            "Jimmy Tompkins, 31, tossed a football.",
            "Rescuers reached Ground Zero.",
            "He spent seven and a half years in office.",
            "The tweet had id 778257943577919488.",
            "Democrats outnumber Republicans in the county 3-1.",
            "Voting ran from March 1-8.",
            "Intro line.\n2. Panel rules against the founder.",
        ],
    )
    def test_no_figure(self, sentence: str) -> None:
        """Years, dates, times, ages, addresses, phone numbers, ranks and ids are not figures."""
        assert [] == [f.text for f in find_figures(sentence)]

    def test_one_counts_when_it_counts_people(self) -> None:
        """ "one person was killed" is a figure even though "one" alone is not."""
        assert [("one", "killed", "people")] == counted("Police said one person was killed.")

    def test_phone_number_broken_over_lines(self) -> None:
        """The groups of a phone number split by a line break are not figures."""
        assert [] == [f.text for f in find_figures("Call the hotline on 800-273-\n8255 for help.")]

    def test_four_digit_count_is_not_a_year(self) -> None:
        """A four-digit number followed by people counts them."""
        assert [("2000", "fled", "people")] == counted("In the end 2000 people fled.")


class TestSpans:
    def test_spans_are_absolute(self) -> None:
        """find_figures over a slice gives spans into the whole text."""
        text = "Intro. Officials said 25 people were killed. Coda 7 cats."
        start = text.index("Officials")
        figures = find_figures(text, start, text.index("Coda"))
        assert [("25", "25")] == [
            (f.text, text[f.span.start : f.span.end]) for f in figures if f.span
        ]

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
    def test_spans_lie_in_any_text(self, text: str) -> None:
        """For any text every figure's span lies in it and covers exactly its text."""
        for f in find_figures(text):
            assert f.span is not None
            assert f.text == f.span.of(text)

    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "more than",
                    "at least",
                    "2,000",
                    "five",
                    "people",
                    "killed",
                    "and",
                    "1.4",
                    "million",
                    "$",
                    "%",
                    "-",
                    "between",
                    "to",
                    "hundreds",
                    "of",
                    "one in",
                    "Ten",
                    ".",
                    ",",
                    "(",
                    ")",
                    "injured",
                    "twenty-one",
                    "a dozen",
                    "half",
                ]
            ),
            max_size=30,
        )
    )
    def test_spans_lie_in_wordy_text(self, words: list[str]) -> None:
        """Text made of figure words still gives spans that cover exactly the figure text."""
        text = " ".join(words)
        for f in find_figures(text):
            assert f.span is not None
            assert f.text == f.span.of(text)


class TestSlices:
    @settings(max_examples=200, deadline=None)
    @given(
        st.text(alphabet="0123456789 ,.-$%abcmore thanpeoplekilled", max_size=120),
        st.integers(0, 130),
        st.integers(0, 130),
    )
    def test_spans_stay_in_the_slice(self, text: str, start: int, end: int) -> None:
        """Figures read from text[start:end] lie inside that slice."""
        for f in find_figures(text, start, end):
            assert f.span is not None
            assert start <= f.span.start <= f.span.end <= min(end, len(text))
            assert f.text == f.span.of(text)


class TestAdversarial:
    @pytest.mark.parametrize(
        "text",
        [
            "1234567890" * 10_000,
            "more than " * 10_000,
            "a" * 100_000,
            "1 2 3 4 5 " * 2_000,
            "1,000," * 16_000,
            "one two three " * 2_000,
            "$" * 100_000,
            "- " * 50_000,
        ],
    )
    def test_returns_on_large_inputs(self, text: str) -> None:
        """Large adversarial inputs are read in linear time (this returns at all)."""
        assert isinstance(find_figures(text), list)

    def test_dense_list_of_counts(self) -> None:
        """200 KB of counts in a list gives four figures a line, the last counting people."""
        line = "12, 45, 300 and 7 people; "
        lines = 200_000 // len(line)
        text = line * lines
        figures = find_figures(text)
        assert 4 * lines == len(figures)
        assert [("12", None), ("45", None), ("300", None), ("7", "people")] * lines == [
            (f.text, f.population) for f in figures
        ]
        assert [f.low for f in figures] == [f.high for f in figures]

    def test_dense_counting(self) -> None:
        """200 KB of "1 2 3 ..." gives ordered, disjoint figures whose spans hold their text."""
        text = " ".join(str(n) for n in range(1, 40_000))[:200_000]
        figures = find_figures(text)
        assert 20_000 < len(figures) <= len(text.split())
        ends = [0]
        for f in figures:
            assert f.span is not None
            assert ends[-1] <= f.span.start < f.span.end <= len(text)
            assert f.text == f.span.of(text)
            assert float(f.text.replace(" ", "")) == f.low
            ends.append(f.span.end)


class TestExtractFigures:
    def test_public_api(self) -> None:
        """extract_figures reads a sentence."""
        assert ["at least 25"] == [f.text for f in extract_figures("at least 25 people died")]

    def test_rejects_non_str(self) -> None:
        """A non-str is a TypeError naming its type."""
        with pytest.raises(TypeError, match="bytes"):
            extract_figures(b"25 people")  # type: ignore[arg-type]


class TestChangeThenLevel:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "Operating profit climbed 12% to 310 million kroner.",
                [("12%", 0.12, 0.12, "increase"), ("310 million", 310_000_000, 310_000_000, None)],
            ),
            (
                "Unemployment fell 2% to 7% in June.",
                [("2%", 0.02, 0.02, "decrease"), ("7%", 0.07, 0.07, None)],
            ),
            ("Prices rose 5 to 10 percent.", [("5 to 10 percent", 0.05, 0.1, "increase")]),
        ],
    )
    def test_change_then_level_is_no_range(
        self, sentence: str, expected: list[tuple[str, float, float, str | None]]
    ) -> None:
        """A change with its own unit followed by 'to' and a level gives two figures, not a range."""
        found = [
            (f.text, f.low, f.high, None if f.change is None else f.change.value)
            for f in extract_figures(sentence)
        ]
        assert expected == found


NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"


class TestSpacedGroups:
    @pytest.mark.parametrize(
        ("sentence", "text", "value"),
        [
            (f"Some 12{NBSP}000 residents were moved out overnight.", f"Some 12{NBSP}000", 12_000),
            (
                f"The region counts 1{THIN}250{THIN}000 inhabitants.",
                f"1{THIN}250{THIN}000",
                1_250_000,
            ),
            (f"Officials put the crowd at 85{NNBSP}000.", f"85{NNBSP}000", 85_000),
            ("The ministry said 12 000 people had left the district.", "12 000", 12_000),
            ("Rescuers said about 3 500 were evacuated by boat.", "about 3 500", 3_500),
            ("The army said 14 000 were killed in the offensive.", "14 000", 14_000),
            ("Police detained 2 300 on Saturday.", "2 300", 2_300),
            (
                "The council approved 1 250 000 hryvnias for repairs.",
                "1 250 000 hryvnias",
                1_250_000,
            ),
            ("Floodwater covered 40 000 hectares of farmland.", "40 000", 40_000),
            ("In 2022 300 000 people fled the fighting.", "300 000", 300_000),
            ("On March 3 120 000 people marched in the capital.", "120 000", 120_000),
            ("On 12 March 2 300 people voted early.", "2 300", 2_300),
            ("The death toll rose to 12 000 on Monday.", "12 000", 12_000),
            ("A 12 000-strong crowd filled the square.", "12 000", 12_000),
            ("Organisers expect 12 000 or more at the march.", "12 000 or more", 12_000),
        ],
    )
    def test_one_number(self, sentence: str, text: str, value: float) -> None:
        """Groups of three digits joined by a space are one number when space or context says so."""
        figures = find_figures(sentence)
        assert [(text, value)] == [(f.text, f.low) for f in figures]
        assert [text] == [f.span.of(sentence) for f in figures if f.span is not None]

    def test_range_of_spaced_numbers(self) -> None:
        """Both ends of a range may be written with spaced groups."""
        assert [("between 2 000 and 3 000", "range", 2_000, 3_000)] == [
            (f.text, f.qualifier.value, f.low, f.high)
            for f in find_figures("Officials said between 2 000 and 3 000 people were displaced.")
        ]

    def test_what_a_spaced_number_counts(self) -> None:
        """A spaced number counts what its words say, like any other."""
        assert [(f"about 3{NBSP}500", "evacuated", "people")] == counted(
            f"Crews said about 3{NBSP}500 people were evacuated from the valley."
        )

    def test_year_then_count(self) -> None:
        """A four-digit year never leads a group of thousands."""
        assert [("300", "killed", "people")] == counted("In 2022 300 people were killed there.")

    def test_day_then_count(self) -> None:
        """A day right after a month name is not the lead of a thousands group."""
        assert [("120", "arrested", "people")] == counted(
            "On March 3 120 people were arrested in the capital."
        )

    def test_day_then_count_with_a_no_break_space(self) -> None:
        """The day rule holds whatever space follows the day."""
        assert [("120", 120)] == [
            (f.text, f.low) for f in find_figures(f"On Oct. 3{NBSP}120 people were arrested.")
        ]

    @pytest.mark.parametrize(
        ("sentence", "values"),
        [
            ("Results by district: 12 000, 14 500, 9 000.", [12_000, 14_500, 9_000]),
            ("Some 45 000 fans and 3 200 families came.", [45_000, 3_200]),
            ("The app has 30 000 000 users.", [30_000_000]),
            ("Sales rose to 1 200 stores, up from 800 000 a week ago.", [1_200, 800_000]),
        ],
    )
    def test_plain_space_reads_one_number(self, sentence: str, values: list[int]) -> None:
        """Plain-spaced digit groups are one number without a word that says it counts."""
        assert values == [f.low for f in find_figures(sentence)]

    @pytest.mark.parametrize("joined", [" to ", "-", " - ", "–"])
    def test_plain_spaced_range(self, joined: str) -> None:
        """Two plain-spaced numbers joined by "to" or a dash are one range."""
        (figure,) = find_figures(f"Organisers expected 100 000{joined}150 000 marchers.")
        assert (100_000, 150_000) == (figure.low, figure.high)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Readings were 12 45 300 at the gauge.",
            "Call 020 7946 0018 for details.",
            "Details on 020 7946 0018.",
            "Call 0161 496 0000, then wait.",
            "Call +44 20 7946 0018 for details.",
            "Call 0800 123 456 for details.",
            f"Call 0800{NBSP}123{NBSP}456 for details.",
            f"Phone 555{THIN}123{THIN}456 for details.",
        ],
    )
    def test_phone_groups_are_no_figures(self, sentence: str) -> None:
        """Runs of digit groups that make up a phone number or a table row are not figures."""
        assert [] == [f.text for f in find_figures(sentence)]

    def test_rest_of_a_refused_run_is_not_read(self) -> None:
        """When groups are not read as one number, the last group is not read alone."""
        assert [] == [f.text for f in find_figures("Readings were 7 12 450 at the gauge.")]

    def test_decimal_comma_is_not_a_group(self) -> None:
        """A spaced number with a decimal comma is read neither whole nor in part."""
        assert [] == [f.low for f in find_figures("The index closed at 1 234,5 points.")]


class TestDigitFractions:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "About 3/4 of the buildings in the village were destroyed.",
                ("About 3/4", "approximately", 0.75, "destroyed", "structures"),
            ),
            (
                "Officials said 1/2 of the residents had fled.",
                ("1/2", "exact", 0.5, "fled", "people"),
            ),
            (
                "Nearly 1/3 voted against the plan.",
                ("Nearly 1/3", "approximately", 0.333333, None, None),
            ),
            (
                "Some 7/10 of the homes were damaged.",
                ("Some 7/10", "approximately", 0.7, "damaged", "homes"),
            ),
            ("½ of the homes were damaged.", ("½", "exact", 0.5, "damaged", "homes")),
            ("More than ¾ of the wells were dry.", ("More than ¾", "more_than", 0.75, None, None)),
        ],
    )
    def test_share(self, sentence: str, expected: tuple[object, ...]) -> None:
        """A fraction followed by 'of' or after a qualifier is a share with unit percent."""
        f = find_figures(sentence)[0]
        assert expected == (f.text, f.qualifier.value, f.low, f.metric, f.population)
        assert "percent" == f.unit

    @pytest.mark.parametrize(
        ("sentence", "text", "value", "unit"),
        [
            ("The rally drew 1½ million people.", "1½ million", 1_500_000, None),
            ("Prices rose 2¼ percent in May.", "2¼ percent", 0.0225, "percent"),
            (
                "Repairs will cost 2 1/2 million euros.",
                "2 1/2 million euros",
                2_500_000,
                "currency:EUR",
            ),
            ("The convoy covered 3¾ miles.", "3¾", 3.75, "mi"),
            ("The rally drew 1 ½ million people.", "1 ½ million", 1_500_000, None),
        ],
    )
    def test_fraction_adds_to_its_integer(
        self, sentence: str, text: str, value: float, unit: str | None
    ) -> None:
        """A fraction character or a spaced digit fraction after an integer adds to it."""
        f = find_figures(sentence)[0]
        assert (text, value, unit) == (f.text, f.low, f.unit)

    def test_range_with_a_fraction_takes_the_scale(self) -> None:
        """The scale of a range's second number applies to a first number with a fraction."""
        assert [("between 1½ and 2 million", 1_500_000, 2_000_000)] == [
            (f.text, f.low, f.high)
            for f in find_figures("Officials said between 1½ and 2 million people fled.")
        ]

    def test_year_before_a_fraction_is_no_mixed_number(self) -> None:
        """A year before a digit fraction stays a year; the fraction is read alone."""
        assert [("1/2", 0.5)] == [
            (f.text, f.low) for f in find_figures("In 2022 1/2 of the town flooded.")
        ]

    def test_word_fractions_still_read(self) -> None:
        """Fractions in words keep their reading."""
        assert [("Two-thirds", 0.666667)] == [
            (f.text, f.low) for f in find_figures("Two-thirds of the buildings were destroyed.")
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "The vote was held on 3/4/2022.",
            "The hotline is staffed 24/7.",
            "The storm hit on 3/4 and again a week later.",
            "The team won 3/4 games at home.",
            "Polls stay open from 1/2 to 3/4 in some districts.",
            "The F1/2 engine was tested.",
            "Shares traded at 5/4 of book value.",
        ],
    )
    def test_not_a_share(self, sentence: str) -> None:
        """Dates, round-the-clock, scores, ratios and codes written with a slash are not shares."""
        assert [] == [f.text for f in find_figures(sentence)]

    def test_bare_fraction_character_is_not_a_share(self) -> None:
        """A fraction character with neither 'of' nor a qualifier is not read as a share."""
        assert [] == [
            f.text for f in find_figures("The river rose ½ metre overnight.") if f.unit == "percent"
        ]


class TestSpacedAndFractionSpans:
    @settings(max_examples=300, deadline=None)
    @given(
        st.text(
            alphabet=f"0123456789 {NBSP}{THIN}{NNBSP}/½¾,.-$%of peoplekilledMarch",
            max_size=120,
        )
    )
    def test_spans_cover_their_text(self, text: str) -> None:
        """Spaced groups and fractions give ordered, disjoint spans holding exactly their text."""
        last = 0
        for f in find_figures(text):
            assert f.span is not None
            assert f.text == f.span.of(text)
            assert last <= f.span.start
            last = f.span.end


class TestShareNotAYear:
    @pytest.mark.parametrize(
        ("sentence", "value"),
        [("Police said they killed 45 in 2023.", 45), ("He scored 12 in 1998.", 12)],
    )
    def test_count_in_a_year(self, sentence: str, value: int) -> None:
        """ "45 in 2023" is a count in a year, not a share of 45 in 2,023."""
        assert [(value, None)] == [(f.low, f.unit) for f in find_figures(sentence)]

    def test_one_in_a_thousand_is_still_a_share(self) -> None:
        """A denominator that is no recent year still makes a share."""
        assert [0.001] == [f.low for f in find_figures("It hits one in every 1000 births.")]


class TestFractionRange:
    @pytest.mark.parametrize(
        "sentence", ["Between 1/4 and 1/2 of homes were hit.", "From 1/4 to 1/2 of voters left."]
    )
    def test_range_of_fractions_gives_no_exact_share(self, sentence: str) -> None:
        """A range of digit fractions does not leave its second end as an exact share."""
        assert [] == [f.low for f in find_figures(sentence)]
