"""
Tests for claimtrack.dates: headers, said-on days and periods.
"""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.dates import (
    Event,
    find_dates,
    parse_published,
    read_front_matter,
    read_header,
    relative_day,
    resolve_period,
    resolve_said_on,
)
from claimtrack.errors import DateError

# A Wednesday.
PUBLISHED = pendulum.datetime(2022, 3, 2, 10, 0)
CONTEXT = {"the Russian invasion": "2022-02-24"}


def days(period: object) -> tuple[str | None, str | None] | None:
    """Return a period's ends as ISO days."""
    if period is None:
        return None
    start = period.start  # type: ignore[attr-defined]
    end = period.end  # type: ignore[attr-defined]
    return (
        None if start is None else start.date().isoformat(),
        None if end is None else end.date().isoformat(),
    )


class TestReadHeader:
    def test_date_header(self) -> None:
        """A leading " date YYYY-MM-DD " gives the date and the body offset."""
        text = " date 2022-03-02 Officials said on Wednesday that 25 people died."
        published, offset = read_header(text)
        assert ("2022-03-02", "Officials") == (
            published.date().isoformat(),
            text[offset : offset + 9],
        )  # type: ignore[union-attr]

    def test_header_with_time(self) -> None:
        """A header may carry a time and offset."""
        published, _ = read_header("date 2022-08-30T10:53+03:00 Body")
        assert "2022-08-30T10:53:00+03:00" == published.isoformat()  # type: ignore[union-attr]

    def test_front_matter(self) -> None:
        """A front-matter block gives the published key and the body offset."""
        text = "---\ntitle: Toll rises\npublished: 2022-03-08\nurl: https://example.org/a\n---\nBody text."
        published, offset = read_header(text)
        assert ("2022-03-08", "Body text.") == (published.date().isoformat(), text[offset:])  # type: ignore[union-attr]

    def test_front_matter_keys(self) -> None:
        """The other front-matter keys are returned too."""
        keys, _ = read_front_matter(
            '---\ntitle: "Toll rises"\npublisher: Example Wire\ndate: 2022-03-08\n---\n'
        )
        assert {"title": "Toll rises", "publisher": "Example Wire", "date": "2022-03-08"} == keys

    def test_no_header(self) -> None:
        """A text without a header gives (None, 0)."""
        assert (None, 0) == read_header("Officials said 25 people died.")

    def test_bad_header_date(self) -> None:
        """An impossible header date is a DateError."""
        with pytest.raises(DateError):
            read_header(" date 2022-13-45 Body")


class TestParsePublished:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2022-03-02", "2022-03-02T00:00:00+00:00"),
            (dt.date(2022, 3, 2), "2022-03-02T00:00:00+00:00"),
            (dt.datetime(2022, 3, 2, 9, tzinfo=dt.timezone.utc), "2022-03-02T09:00:00+00:00"),
            ("2022-03-02T10:00:00+02:00", "2022-03-02T10:00:00+02:00"),
        ],
    )
    def test_accepted(self, value: object, expected: str) -> None:
        """Dates, aware datetimes and ISO strings are read."""
        assert expected == parse_published(value).isoformat()

    @pytest.mark.parametrize("value", ["yesterday-ish", 12, dt.datetime(2022, 3, 2)])
    def test_refused(self, value: object) -> None:
        """Unreadable text, other types and naive datetimes are refused."""
        with pytest.raises(DateError):
            parse_published(value)


class TestResolveSaidOn:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("The mayor said 25 people had died.", "2022-03-02"),
            ("The mayor said today that 25 people had died.", "2022-03-02"),
            ("Officials said earlier today that the bridge was hit.", "2022-03-02"),
            ("The governor said yesterday that 25 people had died.", "2022-03-01"),
            ("The governor said on Monday that 25 people had died.", "2022-02-28"),
            ("The governor said on Wednesday that 25 people had died.", "2022-03-02"),
            ("The agency said this morning that the fires were out.", "2022-03-02"),
            ("The city was shelled overnight, officials said.", "2022-03-02"),
            ("The ministry said on Feb. 28 that 300 people had died.", "2022-02-28"),
            ("The ministry said on 27 February that 300 people had died.", "2022-02-27"),
            ("The report, dated 2022-02-26, counted 300 deaths.", "2022-02-26"),
            ("2,000 civilians have died since February 24, the service said.", "2022-03-02"),
            ("The agency said last week that 300 people had died.", "2022-02-23"),
            ("The toll from the floods rose to 62 on Monday, the agency said.", "2022-02-28"),
            ("Shelling from Monday until Tuesday killed 40, the agency said.", "2022-03-02"),
            ("Crews worked from early on the morning of Feb. 28, officials said.", "2022-03-02"),
        ],
    )
    def test_said_on(self, sentence: str, expected: str) -> None:
        """The day of a statement is read from its sentence, else the publication day."""
        assert expected == resolve_said_on(sentence, PUBLISHED).isoformat()  # type: ignore[union-attr]

    def test_between_dates_are_not_said_on(self) -> None:
        """The edges of a reporting period are not the day the report was made."""
        sentence = "It recorded 1,335 casualties between 4 a.m. on Feb. 24 and midnight on March 1."
        assert "2022-03-02" == resolve_said_on(sentence, PUBLISHED).isoformat()  # type: ignore[union-attr]

    def test_old_dates_are_not_said_on(self) -> None:
        """A date months before publication is the start of something, not the statement."""
        sentence = "The city has been shelled since Russia launched its invasion on Feb. 24."
        assert "2022-08-30" == resolve_said_on(sentence, pendulum.datetime(2022, 8, 30)).isoformat()  # type: ignore[union-attr]

    def test_unstated_earlier_time(self) -> None:
        """ "had earlier put the number at" is an unstated day: None."""
        assert None is resolve_said_on("The UN had earlier put the toll at 142.", PUBLISHED)

    def test_month_day_after_publication_is_last_year(self) -> None:
        """A month and day later than publication fall in the year before."""
        assert (
            "2021-12-30"
            == resolve_said_on("He said on Dec. 30 that it was over.", PUBLISHED).isoformat()
        )  # type: ignore[union-attr]

    def test_no_publication_date(self) -> None:
        """Without a publication date only absolute dates resolve."""
        assert None is resolve_said_on("He said yesterday it was over.", None)


class TestRelativeDay:
    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("today", "2022-03-02"),
            ("yesterday", "2022-03-01"),
            ("the day before yesterday", "2022-02-28"),
            ("on Wednesday", "2022-03-02"),
            ("on Thursday", "2022-02-24"),
            ("last night", "2022-03-01"),
        ],
    )
    def test_relative(self, phrase: str, expected: str) -> None:
        """Relative days count back from publication; weekdays are on or before it."""
        assert expected == relative_day(phrase, PUBLISHED).isoformat()  # type: ignore[union-attr]

    def test_find_dates_kinds(self) -> None:
        """Each day mention says how it was written."""
        assert ["date", "weekday", "relative"] == [
            m.kind for m in find_dates("On March 1, then Tuesday, then yesterday.", PUBLISHED)
        ]

    def test_may_needs_a_capital(self) -> None:
        """ "may 5" is not the fifth of May."""
        assert [] == find_dates("Officials may 5 times refuse.", PUBLISHED)


class TestResolvePeriod:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "2,000 civilians were killed during the first week of the Russian invasion",
                ("2022-02-24", "2022-03-02"),
            ),
            (
                "Hundreds of homes have been destroyed since the conflict began",
                ("2022-02-24", "2022-03-02"),
            ),
            ("2,000 have died since the war began", ("2022-02-24", "2022-03-02")),
            ("2,000 have died since the invasion", ("2022-02-24", "2022-03-02")),
            ("2,000 have died since Russia invaded", ("2022-02-24", "2022-03-02")),
            ("2,000 have died since February 24", ("2022-02-24", "2022-03-02")),
            ("Police made 40 arrests in the past 24 hours", ("2022-03-01", "2022-03-02")),
            ("Police made 40 arrests in 24 hours", ("2022-03-01", "2022-03-02")),
            ("Sales rose 4% so far this year", ("2022-01-01", "2022-03-02")),
            (
                "1,335 casualties between Feb. 24 and midnight on March 1",
                ("2022-02-24", "2022-03-01"),
            ),
            (
                "25 people were killed overnight and on Wednesday morning",
                ("2022-03-01", "2022-03-02"),
            ),
            ("300 people were arrested last week", ("2022-02-21", "2022-02-27")),
            ("Five people were killed yesterday", ("2022-03-01", "2022-03-01")),
            ("Five people were killed on March 1", ("2022-03-01", "2022-03-01")),
            ("Prices have doubled since 2014", ("2014-01-01", "2022-03-02")),
            ("Shelling killed 400 people in February", ("2022-02-01", "2022-02-28")),
            ("In December, 30 people died", ("2021-12-01", "2021-12-31")),
            ("Exports fell 3% in March", ("2022-03-01", "2022-03-02")),
            ("Prices have risen 8% since January", ("2022-01-01", "2022-03-02")),
            ("Output fell 2% during May 2021", ("2021-05-01", "2021-05-31")),
            ("The agency recorded 40 deaths in 2021", ("2021-01-01", "2021-12-31")),
        ],
    )
    def test_period(self, sentence: str, expected: tuple[str, str]) -> None:
        """Period words resolve against publication and context."""
        assert expected == days(resolve_period(sentence, PUBLISHED, CONTEXT))

    def test_no_period(self) -> None:
        """A sentence naming no time has no period."""
        assert None is resolve_period("25 people were killed", PUBLISHED, CONTEXT)

    def test_generic_phrase_without_context(self) -> None:
        """ "since the conflict began" without a context event is None."""
        assert None is resolve_period("2,000 have died since the conflict began", PUBLISHED)

    def test_context_as_pairs_and_events(self) -> None:
        """Context may be pairs or Events; the best-matching event wins."""
        pairs = [("the 2014 annexation", "2014-03-18"), ("the Russian invasion", "2022-02-24")]
        events = [
            Event("the flood", "2022-01-10"),
            Event("the invasion", "2022-02-24", aliases=("the war",)),
        ]
        text = "2,000 have died since the invasion began"
        assert [("2022-02-24", "2022-03-02")] * 2 == [
            days(resolve_period(text, PUBLISHED, pairs)),
            days(resolve_period(text, PUBLISHED, events)),
        ]

    def test_bad_context(self) -> None:
        """A context that is neither mapping, pairs nor Events is a DateError."""
        with pytest.raises(DateError):
            resolve_period("since the war began", PUBLISHED, 42)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "sentence",
        [
            "The firm, which was founded in May 2019, employed 3,000 people",
            "The ministry said in February that 1,200 people were vaccinated",
            "The war, which began in February, has killed 10,000 civilians",
        ],
    )
    def test_month_of_something_else(self, sentence: str) -> None:
        """A month that dates the statement, a founding or a start is no period of the figure."""
        assert None is resolve_period(sentence, PUBLISHED)


class TestAnyText:
    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=200))
    def test_never_fails(self, text: str) -> None:
        """Any text reads without error; a said-on day is never after publication."""
        said = resolve_said_on(text, PUBLISHED)
        resolve_period(text, PUBLISHED, CONTEXT)
        assert said is None or said <= PUBLISHED.date()

    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "since",
                    "between",
                    "and",
                    "Feb.",
                    "30",
                    "March",
                    "2",
                    "2022-02-31",
                    "on",
                    "Wednesday",
                    "yesterday",
                    "overnight",
                    "the",
                    "war",
                    "began",
                    "first",
                    "week",
                    "of",
                    "in",
                    "past",
                    "24",
                    "hours",
                    "2014",
                    ",",
                    ".",
                ]
            ),
            max_size=20,
        )
    )
    def test_never_fails_on_date_words(self, words: list[str]) -> None:
        """Text made of date words never raises and gives ordered periods."""
        period = resolve_period(" ".join(words), PUBLISHED, CONTEXT)
        assert (
            period is None
            or period.start is None
            or period.end is None
            or period.start <= period.end
        )


class TestOddLetters:
    def test_month_with_look_alike_letters_is_skipped(self) -> None:
        """A month name that matches only through Unicode case folding is no date, not a crash."""
        from claimtrack.dates import find_dates

        assert [] == find_dates("Police said on 3 Aprıl that", pendulum.datetime(2024, 5, 1))
        assert [] == find_dates("Auguſt 3 was quiet", pendulum.datetime(2024, 9, 1))
