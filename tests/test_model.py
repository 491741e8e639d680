"""
Tests for the typed claim model: validators, interval algebra, readable strings.
"""

from __future__ import annotations

import datetime as dt
import math

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack
from claimtrack import (
    Affiliation,
    Assessment,
    Attribution,
    AttributionMode,
    Change,
    Claim,
    ClaimtrackError,
    DateError,
    Document,
    Figure,
    FigureError,
    Organization,
    OrgKind,
    Period,
    Person,
    Qualifier,
    Source,
    SourceKind,
    Span,
    SpanError,
    ValidationError,
    Verdict,
)
from claimtrack.model import stable_id, to_date, to_datetime
from tests.strategies import figures


class TestSpan:
    def test_of_gives_the_words(self) -> None:
        """A span gives back the characters it covers."""
        assert "25 people" == Span(9, 18).of("at least 25 people were killed")

    def test_end_before_start_is_refused(self) -> None:
        """A span that ends before it starts cannot be built, and the message says where."""
        with pytest.raises(SpanError, match="ends at 3, before it starts at 5"):
            Span(5, 3)

    def test_negative_start_is_refused(self) -> None:
        """A negative offset is refused."""
        with pytest.raises(SpanError, match="negative"):
            Span(-1, 3)

    def test_non_int_is_refused(self) -> None:
        """Offsets must be ints (not floats, not bools)."""
        with pytest.raises(SpanError):
            Span(1.5, 3)  # type: ignore[arg-type]
        with pytest.raises(SpanError):
            Span(True, 3)  # type: ignore[arg-type]

    def test_running_past_the_text_is_refused(self) -> None:
        """Reading a span past the end of its text raises SpanError naming the lengths."""
        with pytest.raises(SpanError, match="runs past the text, which has 4 characters"):
            Span(2, 10).of("abcd")

    def test_errors_are_claimtrack_and_value_errors(self) -> None:
        """Validation errors can be caught as ClaimtrackError or ValueError."""
        with pytest.raises(ClaimtrackError):
            Span(5, 3)
        with pytest.raises(ValueError):
            Span(5, 3)

    def test_overlaps_and_contains(self) -> None:
        """Half-open spans that only touch do not overlap."""
        assert (True, False, True, False) == (
            Span(0, 5).overlaps(Span(4, 9)),
            Span(0, 5).overlaps(Span(5, 9)),
            Span(0, 10).contains(Span(2, 10)),
            Span(0, 10).contains(Span(2, 11)),
        )

    def test_shift_and_len(self) -> None:
        """Shifting moves both ends; len is the width."""
        assert (Span(12, 15), 3) == (Span(2, 5).shift(10), len(Span(2, 5)))

    def test_spans_are_frozen(self) -> None:
        """Model objects cannot be changed in place."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Span(0, 1).start = 2  # type: ignore[misc]


class TestDates:
    def test_naive_datetime_is_refused(self) -> None:
        """A naive datetime is refused where an aware one is needed."""
        with pytest.raises(DateError, match="no timezone"):
            Source(id="s", published=dt.datetime(2022, 3, 2, 10, 0))

    def test_aware_datetime_becomes_pendulum(self) -> None:
        """An aware stdlib datetime is converted to pendulum, keeping the instant."""
        value = dt.datetime(2022, 3, 2, 10, 0, tzinfo=dt.timezone.utc)
        published = Source(id="s", published=value).published
        assert isinstance(published, pendulum.DateTime)
        assert value == published

    def test_date_means_midnight_utc(self) -> None:
        """A calendar date becomes midnight UTC (documented conversion)."""
        assert "2022-03-02T00:00:00+00:00" == to_datetime(dt.date(2022, 3, 2)).isoformat()

    def test_iso_string_with_offset(self) -> None:
        """An ISO string keeps its offset."""
        assert "2022-08-30T10:53:00+03:00" == to_datetime("2022-08-30T10:53+03:00").isoformat()

    def test_bad_string_is_refused(self) -> None:
        """An unparseable date string raises DateError quoting it."""
        with pytest.raises(DateError, match="'last Tuesday'"):
            to_datetime("last Tuesday")

    def test_wrong_type_is_refused(self) -> None:
        """A number is not a date."""
        with pytest.raises(DateError, match="got int 20220302"):
            to_date(20220302)

    def test_to_date_keeps_the_calendar_day(self) -> None:
        """A datetime's own calendar day is kept, whatever its zone."""
        assert pendulum.Date(2022, 3, 2) == to_date(
            pendulum.datetime(2022, 3, 2, 23, 30, tz="Europe/Kyiv")
        )

    def test_claim_said_on_is_a_date(self) -> None:
        """Claim.said_on accepts an ISO string and stores a pendulum Date."""
        claim = Claim("c", "x", None, Source(id="s"), said_on="2022-03-02")
        assert pendulum.Date(2022, 3, 2) == claim.said_on


class TestPeriod:
    def test_end_before_start_is_refused(self) -> None:
        """A period cannot end before it starts."""
        with pytest.raises(DateError, match="before it starts"):
            Period("2022-03-02", "2022-02-24")

    def test_open_ends_contain_everything_on_their_side(self) -> None:
        """An open start reaches back forever; an open end forward."""
        assert (True, True, False) == (
            Period(None, "2022-03-02").contains("1900-01-01"),
            Period("2022-02-24", None).contains("2100-01-01"),
            Period("2022-02-24", None).contains("2022-02-23"),
        )

    def test_overlaps(self) -> None:
        """Periods overlap when they share a moment; open ends overlap anything beyond."""
        first_week = Period("2022-02-24", "2022-03-02")
        assert (True, False, True) == (
            first_week.overlaps(Period("2022-03-02", "2022-03-09")),
            first_week.overlaps(Period("2022-03-03", "2022-03-09")),
            first_week.overlaps(Period(None, None)),
        )

    def test_as_interval(self) -> None:
        """A closed period converts to a pendulum Interval; an open one refuses."""
        assert 6 == Period("2022-02-24", "2022-03-02").as_interval().in_days()
        with pytest.raises(DateError, match="open-ended"):
            Period("2022-02-24", None).as_interval()


class TestEntities:
    def test_empty_names_are_refused(self) -> None:
        """People and organizations need a name."""
        with pytest.raises(ValidationError, match=r"Person\.name must not be empty"):
            Person("  ")
        with pytest.raises(ValidationError, match=r"Organization\.name"):
            Organization("")

    def test_kinds(self) -> None:
        """Organization kinds cover the bodies that speak in the news."""
        needed = {
            "government",
            "military",
            "agency",
            "international",
            "ngo",
            "media",
            "company",
            "country",
        }
        assert needed <= {k.value for k in OrgKind}

    def test_unknown_kind_is_refused(self) -> None:
        """An unknown organization kind is refused."""
        with pytest.raises(ValueError, match="'militia'"):
            Organization("X", "militia")  # type: ignore[arg-type]

    def test_affiliation_holds_during_its_period(self) -> None:
        """A role holds only during its validity period."""
        mayor = Affiliation(
            Person("Ihor Terekhov"),
            "mayor",
            Organization("Kharkiv", OrgKind.LOCAL_GOVERNMENT),
            Period("2020-11-11", None),
        )
        assert (True, False) == (mayor.holds_on("2022-03-02"), mayor.holds_on("2019-01-01"))

    def test_source_kinds(self) -> None:
        """Source kinds cover articles, releases, posts, reports and video statements."""
        assert {
            "news_article",
            "press_release",
            "social_media_post",
            "official_report",
            "video_statement",
            "other",
        } == {k.value for k in SourceKind}

    def test_source_id_required(self) -> None:
        """A source needs a non-empty id."""
        with pytest.raises(ValidationError):
            Source(id="")


class TestFigureValidation:
    def test_low_above_high_is_refused(self) -> None:
        """Low above high is refused with the figure's words in the message."""
        with pytest.raises(FigureError, match="low 30 is above high 20 in 'between 30 and 20'"):
            Figure(low=30, high=20, qualifier=Qualifier.RANGE, text="between 30 and 20")

    def test_negative_count_is_refused(self) -> None:
        """A count cannot be negative."""
        with pytest.raises(FigureError, match="cannot be negative"):
            Figure.exact(-3, metric="killed")

    def test_negative_change_or_unit_is_allowed(self) -> None:
        """Changes and measured quantities may be negative."""
        assert -3.0 == Figure.exact(-3, unit="percent").low
        assert -3 == Figure.exact(-3, change=Change.DECREASE).low

    def test_no_bound_is_refused(self) -> None:
        """A figure needs a bound."""
        with pytest.raises(FigureError, match="at least one bound"):
            Figure()

    def test_unknown_qualifier_is_refused(self) -> None:
        """A qualifier outside the enum is refused."""
        with pytest.raises(ValueError, match="'roughly'"):
            Figure(low=1, high=1, qualifier="roughly")  # type: ignore[arg-type]

    def test_empty_exclusive_point_is_refused(self) -> None:
        """An interval like (5, 5) holds no number and is refused."""
        with pytest.raises(FigureError, match="empty"):
            Figure(low=5, high=5, low_inclusive=False)

    def test_non_finite_is_refused(self) -> None:
        """NaN and infinity are not figures."""
        with pytest.raises(FigureError, match="finite"):
            Figure.exact(math.nan)
        with pytest.raises(FigureError, match="expected a number"):
            Figure.exact("5")  # type: ignore[arg-type]

    def test_qualifier_values(self) -> None:
        """Qualifier string values are the documented ones."""
        assert [
            "exact",
            "approximately",
            "at_least",
            "more_than",
            "at_most",
            "less_than",
            "range",
        ] == [q.value for q in Qualifier]


class TestFigureAlgebra:
    def test_more_than_is_an_open_exclusive_floor(self) -> None:
        """'more than 2,000' is low=2000 exclusive, no high."""
        f = Figure.more_than(2000)
        assert (2000, None, False, Qualifier.MORE_THAN) == (
            f.low,
            f.high,
            f.low_inclusive,
            f.qualifier,
        )

    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            (Figure.at_least(474), Figure.more_than(2000), True),
            (Figure.at_least(5), Figure.exact(4), False),
            (Figure.more_than(2000), Figure.exact(2000), False),
            (Figure.at_least(2000), Figure.exact(2000), True),
            (Figure.less_than(10), Figure.exact(10), False),
            (Figure.at_most(10), Figure.exact(10), True),
            (Figure.between(200, 999), Figure.exact(999), True),
            (Figure.between(200, 999), Figure.more_than(999), False),
            (Figure.at_most(10), Figure.at_least(11), False),
            (Figure.less_than(5), Figure.more_than(4), True),
        ],
    )
    def test_overlaps(self, a: Figure, b: Figure, expected: bool) -> None:
        """Overlap respects open and exclusive ends, in both directions."""
        assert (expected, expected) == (a.overlaps(b), b.overlaps(a))

    def test_tolerance_widens(self) -> None:
        """A tolerance widens both intervals by a share of their bounds."""
        assert (False, True, False) == (
            Figure.exact(100).is_compatible(Figure.exact(108)),
            Figure.exact(100).is_compatible(Figure.exact(108), tolerance=0.05),
            Figure.exact(100).is_compatible(Figure.exact(130), tolerance=0.1),
        )

    def test_floor_does_not_contradict_a_higher_claim(self) -> None:
        """A verified minimum is compatible with a far higher claim."""
        assert Figure.exact(474).is_compatible(Figure.more_than(2000)) is False
        assert Figure.at_least(474).is_compatible(Figure.more_than(2000)) is True

    @pytest.mark.parametrize(
        ("outer", "inner", "expected"),
        [
            (Figure.at_least(5), Figure.exact(5), True),
            (Figure.more_than(5), Figure.exact(5), False),
            (Figure.more_than(5), Figure.at_least(6), True),
            (Figure.at_least(5), Figure.more_than(5), True),
            (Figure.between(1, 10), Figure.at_least(5), False),
            (Figure.at_most(10), Figure.between(0, 10), True),
            (Figure.less_than(10), Figure.between(0, 10), False),
            (Figure.exact(3), Figure.exact(3), True),
        ],
    )
    def test_contains(self, outer: Figure, inner: Figure, expected: bool) -> None:
        """Containment of intervals with open and exclusive ends."""
        assert expected == outer.contains(inner)

    def test_contains_a_number(self) -> None:
        """A plain number can be tested for membership."""
        assert (True, False) == (Figure.between(200, 999).contains(500), Figure.at_most(3).contains(4))

    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            (Figure.at_least(5), Figure.exact(4), 1.25),
            (Figure.exact(4), Figure.at_least(5), 1.25),
            (Figure.exact(100), Figure.between(90, 110), 1.0),
            (Figure.exact(30_000), Figure.at_most(200_000), 1.0),
            (Figure.exact(30_000), Figure.exact(200_000), 200_000 / 30_000),
            (Figure.exact(0), Figure.exact(3), math.inf),
        ],
    )
    def test_ratio_to(self, a: Figure, b: Figure, expected: float) -> None:
        """The ratio says how far apart the nearest bounds of disjoint figures are."""
        assert expected == pytest.approx(a.ratio_to(b))

    @given(figures(), figures())
    def test_overlap_is_symmetric(self, a: Figure, b: Figure) -> None:
        """Overlap does not depend on the order of the figures."""
        assert a.overlaps(b) == b.overlaps(a)

    @given(figures(), figures())
    def test_ratio_is_at_least_one_and_one_iff_overlap(self, a: Figure, b: Figure) -> None:
        """The ratio is 1 exactly for overlapping figures and never below 1."""
        ratio = a.ratio_to(b)
        assert ratio >= 1.0
        if a.overlaps(b):
            assert 1.0 == ratio

    @given(figures())
    def test_a_figure_contains_and_overlaps_itself(self, f: Figure) -> None:
        """Every valid figure contains and overlaps itself."""
        assert (True, True) == (f.contains(f), f.overlaps(f))

    @given(figures(), figures())
    def test_containment_implies_overlap(self, a: Figure, b: Figure) -> None:
        """If one figure contains another, they overlap."""
        if a.contains(b):
            assert a.overlaps(b)

    @given(figures(), figures(), st.floats(0, 1))
    def test_tolerance_only_adds_overlaps(self, a: Figure, b: Figure, tol: float) -> None:
        """Widening never turns an overlap into a disjoint pair."""
        if a.overlaps(b):
            assert a.overlaps(b, tolerance=tol)


class TestFigureStr:
    @pytest.mark.parametrize(
        ("figure", "expected"),
        [
            (
                Figure.more_than(2000, metric="killed", population="civilians"),
                "more than 2,000 civilians killed",
            ),
            (Figure.at_least(25, metric="killed", population="people"), "at least 25 people killed"),
            (
                Figure.between(200, 999, metric="destroyed", population="structures"),
                "200 to 999 structures destroyed",
            ),
            (
                Figure(
                    low=500_000, high=500_000, qualifier=Qualifier.APPROXIMATELY, population="people"
                ),
                "about 500,000 people",
            ),
            (Figure.exact(0.12, unit="percent", change=Change.INCREASE), "an increase of 12%"),
            (Figure.exact(6e9, unit="currency:USD"), "USD 6,000,000,000"),
            (Figure.at_most(50, unit="km"), "at most 50 km"),
            (Figure.less_than(0.5), "less than 0.5"),
        ],
    )
    def test_readable(self, figure: Figure, expected: str) -> None:
        """str() reads like the news."""
        assert expected == str(figure)


class TestClaimAndDocument:
    def test_claim_ids_are_stable(self) -> None:
        """The same words at the same place in the same source get the same id."""
        first = Claim.make_id("src-1", Span(10, 20), "five killed")
        assert first == Claim.make_id("src-1", Span(10, 20), "five killed")
        assert first != Claim.make_id("src-2", Span(10, 20), "five killed")
        assert first.startswith("clm-")
        assert stable_id("src", "a") != stable_id("src", "b")

    def test_document_refuses_spans_past_its_text(self) -> None:
        """A claim whose span runs past the document text is refused, naming the claim."""
        source = Source(id="src-1")
        claim = Claim("clm-x", "five", Span(0, 40), source)
        with pytest.raises(SpanError, match="claim clm-x content_span"):
            Document(source, "too short", claims=[claim])

    def test_attribution_defaults_to_unattributed(self) -> None:
        """A bare attribution has no speaker and mode unattributed."""
        a = Attribution()
        assert (None, AttributionMode.UNATTRIBUTED, None) == (a.speaker, a.mode, a.speaker_name)

    def test_attribution_modes(self) -> None:
        """The documented attribution modes exist with their string values."""
        assert {"direct", "indirect", "according_to", "unattributed"} <= {
            m.value for m in AttributionMode
        }

    def test_claim_speaker_shortcut(self) -> None:
        """claim.speaker is the attribution's speaker."""
        person = Person("Vadym Boichenko")
        claim = Claim("c", "x", None, Source(id="s"), attribution=Attribution(person))
        assert person == claim.speaker

    def test_evolve_keeps_validation(self) -> None:
        """attrs.evolve re-runs validators."""
        with pytest.raises(FigureError):
            attrs.evolve(Figure.exact(5), low=10)


class TestAssessment:
    def test_grade(self) -> None:
        """An Admiralty grade combines reliability and credibility."""
        a = Assessment("c", Verdict.FALSE, by="desk", on="2022-03-03", reliability="E", credibility=5)
        assert "E5" == a.grade

    @pytest.mark.parametrize(("reliability", "credibility"), [("G", None), (None, 7), (None, 0)])
    def test_bad_grades_are_refused(self, reliability: str | None, credibility: int | None) -> None:
        """Reliability runs A to F, credibility 1 to 6."""
        with pytest.raises(ValidationError):
            Assessment(
                "c",
                Verdict.VERIFIED,
                by="desk",
                on="2022-03-03",
                reliability=reliability,
                credibility=credibility,
            )

    def test_verdicts(self) -> None:
        """The four explicit verdicts exist."""
        assert {"verified", "false", "misleading", "retracted"} == {v.value for v in Verdict}


class TestPublicApi:
    def test_everything_exported_exists(self) -> None:
        """Every name in __all__ is importable from claimtrack."""
        missing = [name for name in claimtrack.__all__ if not hasattr(claimtrack, name)]
        assert [] == missing

    def test_all_is_sorted(self) -> None:
        """__all__ is kept sorted, as the house style asks."""
        assert sorted(claimtrack.__all__) == list(claimtrack.__all__)
