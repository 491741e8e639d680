"""
The typed claim model: what a claim, a figure, a speaker and a source are.

Every class is an immutable attrs class that validates itself on construction, so an
impossible object (a span that ends before it starts, a figure whose low is above its
high, a naive datetime) never exists. Change objects with `attrs.evolve`.

This module imports nothing else from claimtrack except its errors: every other layer
builds on it.
"""

from __future__ import annotations

import datetime as _dt
import enum
import hashlib
import math
from collections.abc import Iterable
from typing import Any

import attrs
import pendulum

from claimtrack.errors import DateError, FigureError, SpanError, ValidationError

__all__ = [
    "Affiliation",
    "Assessment",
    "Attribution",
    "AttributionMode",
    "Change",
    "Claim",
    "Document",
    "DocumentWarning",
    "Figure",
    "Link",
    "OrgKind",
    "Organization",
    "Period",
    "Person",
    "Qualifier",
    "Relation",
    "Source",
    "SourceKind",
    "Span",
    "Verdict",
    "stable_id",
    "to_date",
    "to_datetime",
]


# --------------------------------------------------------------------------- enums


class Qualifier(str, enum.Enum):
    """
    How a figure's words bound its number.

    Examples:
        >>> Qualifier("more_than")
        <Qualifier.MORE_THAN: 'more_than'>
    """

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


class Change(str, enum.Enum):
    """
    Whether a figure states a change ("rose by 12%") rather than a level.
    """

    INCREASE = "increase"
    DECREASE = "decrease"


class AttributionMode(str, enum.Enum):
    """
    How a claim is attributed to its speaker.

    `direct` is quoted words, `indirect` reported speech ("X said that ..."),
    `according_to` an "according to X" phrase, `unattributed` a report with no named
    source ("is reported to have killed"), and `mixed` reported speech that carries a
    partial quote.
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    ACCORDING_TO = "according_to"
    UNATTRIBUTED = "unattributed"
    MIXED = "mixed"


class OrgKind(str, enum.Enum):
    """
    What kind of body an organization is.
    """

    GOVERNMENT = "government"
    LOCAL_GOVERNMENT = "local_government"
    MILITARY = "military"
    AGENCY = "agency"
    POLICE = "police"
    INTERNATIONAL = "international"
    NGO = "ngo"
    MEDIA = "media"
    COMPANY = "company"
    COUNTRY = "country"
    POLITICAL_PARTY = "political_party"
    GROUP = "group"
    OTHER = "other"


class SourceKind(str, enum.Enum):
    """
    What kind of document a source is.
    """

    NEWS_ARTICLE = "news_article"
    PRESS_RELEASE = "press_release"
    SOCIAL_MEDIA_POST = "social_media_post"
    OFFICIAL_REPORT = "official_report"
    VIDEO_STATEMENT = "video_statement"
    OTHER = "other"


class Verdict(str, enum.Enum):
    """
    An explicit assessment of a claim by a person, overriding its derived status.
    """

    VERIFIED = "verified"
    FALSE = "false"
    MISLEADING = "misleading"
    RETRACTED = "retracted"


class Relation(str, enum.Enum):
    """
    The kind of an edge in the claim graph.
    """

    SAID_BY = "said_by"
    ON_BEHALF_OF = "on_behalf_of"
    PUBLISHED_IN = "published_in"
    CORROBORATES = "corroborates"
    CONFLICTS = "conflicts"
    UPDATES = "updates"
    REPEATS = "repeats"
    CITES = "cites"


# --------------------------------------------------------------------------- helpers


def stable_id(prefix: str, *parts: object) -> str:
    """
    Return a short id that depends only on *parts*, so the same input gives the same id.

    Args:
        prefix: A few letters saying what the id names ("src", "clm").
        parts: Anything with a stable `str()`.

    Examples:
        >>> stable_id("clm", "src-1", 10, 20) == stable_id("clm", "src-1", 10, 20)
        True
        >>> stable_id("clm", "a")[:4]
        'clm-'
    """
    digest = hashlib.blake2b(
        "\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"), digest_size=8
    ).hexdigest()
    return f"{prefix}-{digest}"


def to_datetime(value: object) -> pendulum.DateTime:
    """
    Convert *value* to a timezone-aware pendulum DateTime.

    Accepts a pendulum DateTime, an aware `datetime`, a `date` (midnight UTC) or an ISO
    8601 string (no offset means UTC, as `pendulum.parse` reads it).

    Raises:
        DateError: For a naive datetime, an unparseable string or another type.

    Examples:
        >>> to_datetime("2022-03-02").isoformat()
        '2022-03-02T00:00:00+00:00'
    """
    if isinstance(value, pendulum.DateTime):
        if value.tzinfo is None:
            msg = f"datetime {value.isoformat()} has no timezone; give an aware one"
            raise DateError(msg)
        return value
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            msg = (
                f"datetime {value.isoformat()} has no timezone; give an aware one "
                "(for example with tzinfo=datetime.timezone.utc)"
            )
            raise DateError(msg)
        return pendulum.instance(value)
    if isinstance(value, _dt.date):
        return pendulum.datetime(value.year, value.month, value.day, tz="UTC")
    if isinstance(value, str):
        try:
            parsed = pendulum.parse(value.strip())
        except Exception as exc:  # pendulum raises several types for bad text
            msg = f"cannot read {value!r} as an ISO 8601 date or datetime: {exc}"
            raise DateError(msg) from None
        return to_datetime(parsed)
    msg = f"expected a date, datetime or ISO string, got {type(value).__name__} {value!r}"
    raise DateError(msg)


def to_date(value: object) -> pendulum.Date:
    """
    Convert *value* to a pendulum Date (a datetime keeps its own calendar day).

    Raises:
        DateError: For an unparseable string or another type.

    Examples:
        >>> to_date("2022-03-02")
        Date(2022, 3, 2)
    """
    if isinstance(value, _dt.datetime):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, _dt.date):
        return pendulum.Date(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            parsed = pendulum.parse(value.strip())
        except Exception as exc:
            msg = f"cannot read {value!r} as an ISO 8601 date: {exc}"
            raise DateError(msg) from None
        if isinstance(parsed, (_dt.date, _dt.datetime)):
            return to_date(parsed)
        msg = f"{value!r} is not a calendar date"
        raise DateError(msg)
    msg = f"expected a date or ISO string, got {type(value).__name__} {value!r}"
    raise DateError(msg)


def _opt_datetime(value: object) -> pendulum.DateTime | None:
    return None if value is None else to_datetime(value)


def _opt_date(value: object) -> pendulum.Date | None:
    return None if value is None else to_date(value)


def _strings(value: Iterable[str] | str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _number(value: object) -> float | None:
    """Keep ints as ints and floats as floats; refuse NaN, infinities and non-numbers."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {type(value).__name__} {value!r}"
        raise FigureError(msg)
    if isinstance(value, float) and not math.isfinite(value):
        msg = f"figure bounds must be finite numbers, got {value!r}"
        raise FigureError(msg)
    return value


def _nonempty(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value or not value.strip():
        msg = f"{type(instance).__name__}.{attribute.name} must not be empty"
        raise ValidationError(msg)


def _fmt_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1 else f"{value:.6g}"


# --------------------------------------------------------------------------- spans


@attrs.frozen(order=True)
class Span:
    """
    A `[start, end)` range of character offsets (Python `str` indices) into a text.

    Examples:
        >>> text = "at least 25 people were killed"
        >>> Span(0, 11).of(text)
        'at least 25'
        >>> len(Span(3, 7))
        4
    """

    start: int = attrs.field()
    end: int = attrs.field()

    @start.validator
    def _check_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            msg = f"span start must be an int, got {value!r}"
            raise SpanError(msg)
        if value < 0:
            msg = f"span start {value} is negative"
            raise SpanError(msg)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            msg = f"span end must be an int, got {value!r}"
            raise SpanError(msg)
        if value < self.start:
            msg = f"span ends at {value}, before it starts at {self.start}"
            raise SpanError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """
        Return the words of *text* this span covers.

        Raises:
            SpanError: If the span runs past the end of *text*.
        """
        if self.end > len(text):
            msg = f"span [{self.start}, {self.end}) runs past the text, which has {len(text)} characters"
            raise SpanError(msg)
        return text[self.start : self.end]

    def check(self, text: str) -> Span:
        """
        Return this span after checking that it lies inside *text*.

        Raises:
            SpanError: If the span runs past the end of *text*.
        """
        self.of(text)
        return self

    def overlaps(self, other: Span) -> bool:
        """
        Return whether the two spans share at least one character.

        Examples:
            >>> Span(0, 5).overlaps(Span(4, 9)), Span(0, 5).overlaps(Span(5, 9))
            (True, False)
        """
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """
        Return whether *other* lies wholly inside this span.
        """
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> Span:
        """
        Return the span moved by *offset* characters.
        """
        return Span(self.start + offset, self.end + offset)


# --------------------------------------------------------------------------- entities


@attrs.frozen
class Person:
    """
    A person who makes or is named in claims.

    Examples:
        >>> Person("Ihor Terekhov", aliases=["Igor Terekhov"])
        Person(name='Ihor Terekhov', aliases=('Igor Terekhov',))
    """

    name: str = attrs.field(validator=_nonempty)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def __str__(self) -> str:
        return self.name


@attrs.frozen
class Organization:
    """
    A body that speaks or on whose behalf a person speaks: a government, an agency, a
    city, a newsroom, a company.

    Examples:
        >>> ses = Organization("State Emergency Service of Ukraine", OrgKind.AGENCY,
        ...                    parent=Organization("Ukraine", OrgKind.COUNTRY))
        >>> ses.parent.name
        'Ukraine'
    """

    name: str = attrs.field(validator=_nonempty)
    kind: OrgKind = attrs.field(default=OrgKind.OTHER, converter=OrgKind)
    parent: Organization | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def __str__(self) -> str:
        return self.name


@attrs.frozen
class Period:
    """
    A stretch of time with optional open ends (`None` for unbounded).

    Used for the time a figure covers and for when a person holds a role.

    Examples:
        >>> p = Period("2022-02-24", "2022-03-02")
        >>> p.contains("2022-02-28"), p.contains("2022-03-05")
        (True, False)
        >>> Period("2022-01-01", None).contains("2030-01-01")
        True
    """

    start: pendulum.DateTime | None = attrs.field(default=None, converter=_opt_datetime)
    end: pendulum.DateTime | None = attrs.field(default=None, converter=_opt_datetime)

    @end.validator
    def _check(self, attribute: attrs.Attribute[Any], value: pendulum.DateTime | None) -> None:
        if value is not None and self.start is not None and value < self.start:
            msg = (
                f"period ends at {value.isoformat()}, before it starts at {self.start.isoformat()}"
            )
            raise DateError(msg)

    def contains(self, when: object) -> bool:
        """
        Return whether the moment or day *when* lies inside the period (ends included).
        """
        moment = to_datetime(when)
        if self.start is not None and moment < self.start:
            return False
        return self.end is None or moment <= self.end

    def overlaps(self, other: Period) -> bool:
        """
        Return whether the two periods share any moment (open ends reach forever).
        """
        if self.end is not None and other.start is not None and self.end < other.start:
            return False
        return not (other.end is not None and self.start is not None and other.end < self.start)

    def as_interval(self) -> pendulum.Interval[pendulum.DateTime]:
        """
        Return the period as a pendulum Interval.

        Raises:
            DateError: If either end is open.
        """
        if self.start is None or self.end is None:
            msg = "an open-ended period has no pendulum Interval"
            raise DateError(msg)
        return pendulum.interval(self.start, self.end)


@attrs.frozen
class Affiliation:
    """
    A person holds a role in an organization during a period.

    "Mayor of Kharkiv" names Ihor Terekhov in 2022; the same words may name someone else
    in another year, which is why affiliations carry a validity period.

    Examples:
        >>> a = Affiliation(Person("Ihor Terekhov"), "mayor",
        ...                 Organization("Kharkiv", OrgKind.LOCAL_GOVERNMENT),
        ...                 Period("2020-11-01", None))
        >>> a.holds_on("2022-03-02")
        True
    """

    person: Person
    role: str = attrs.field(validator=_nonempty)
    organization: Organization | None = None
    valid: Period = attrs.field(factory=Period)

    def holds_on(self, when: object) -> bool:
        """
        Return whether the affiliation is valid on *when*.
        """
        return self.valid.contains(when)


@attrs.frozen
class Source:
    """
    A document claims come from: an article, a press release, a post.

    Examples:
        >>> s = Source(id="src-1", title="Toll rises", publisher="Example Wire",
        ...            published="2022-03-02T10:00:00+02:00", credits=["Reuters"])
        >>> s.published.isoformat()
        '2022-03-02T10:00:00+02:00'
    """

    id: str = attrs.field(validator=_nonempty)
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: pendulum.DateTime | None = attrs.field(default=None, converter=_opt_datetime)
    kind: SourceKind = attrs.field(default=SourceKind.NEWS_ARTICLE, converter=SourceKind)
    language: str = "en"
    credits: tuple[str, ...] = attrs.field(default=(), converter=_strings)


# --------------------------------------------------------------------------- figures


_LOWER_QUALIFIERS = {Qualifier.AT_LEAST, Qualifier.MORE_THAN}
_UPPER_QUALIFIERS = {Qualifier.AT_MOST, Qualifier.LESS_THAN}


@attrs.frozen
class Figure:
    """
    A number as an interval with a qualifier, and what it counts.

    `low` and `high` bound the number (`None` is an open end); `low_inclusive` and
    `high_inclusive` say whether the bound itself is included. "more than 2,000" is
    `low=2000, low_inclusive=False, high=None`. Shares are fractions (80% is 0.8, with
    `unit="percent"`); `unit` is None for plain counts.

    Examples:
        >>> f = Figure(low=2000, high=None, low_inclusive=False,
        ...            qualifier=Qualifier.MORE_THAN, text="more than 2,000",
        ...            metric="killed", population="civilians")
        >>> str(f)
        'more than 2,000 civilians killed'
        >>> f.contains(Figure.exact(2500)), f.overlaps(Figure.exact(2000))
        (True, False)
        >>> Figure.at_least(474).is_compatible(f)
        True
    """

    low: float | None = attrs.field(default=None, converter=_number)
    high: float | None = attrs.field(default=None, converter=_number)
    low_inclusive: bool = True
    high_inclusive: bool = True
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=Qualifier)
    text: str = ""
    span: Span | None = None
    metric: str | None = None
    population: str | None = None
    unit: str | None = None
    change: Change | None = attrs.field(default=None, converter=attrs.converters.optional(Change))

    def __attrs_post_init__(self) -> None:
        low, high = self.low, self.high
        # The common case (a valid count) must stay cheap: figures are built by the
        # hundred thousand on number-dense text, so messages are only made on failure.
        if low is None and high is None:
            msg = f"a figure needs at least one bound{self._where()}"
            raise FigureError(msg)
        if low is not None and high is not None:
            if low > high:
                msg = f"figure low {_fmt_number(low)} is above high {_fmt_number(high)}{self._where()}"
                raise FigureError(msg)
            if low == high and not (self.low_inclusive and self.high_inclusive):
                msg = f"figure interval ({_fmt_number(low)}, {_fmt_number(high)}) is empty{self._where()}"
                raise FigureError(msg)
        if self.unit is None and self.change is None:
            if low is not None and low < 0:
                msg = f"a count cannot be negative, got low {_fmt_number(low)}{self._where()}"
                raise FigureError(msg)
            if low is None and high is not None and high < 0:
                msg = f"a count cannot be negative, got high {_fmt_number(high)}{self._where()}"
                raise FigureError(msg)

    def _where(self) -> str:
        return f" in {self.text!r}" if self.text else ""

    # ---- constructors

    @classmethod
    def exact(cls, value: float, **kwargs: Any) -> Figure:
        """
        Return the figure for exactly *value*.
        """
        return cls(low=value, high=value, qualifier=Qualifier.EXACT, **kwargs)

    @classmethod
    def at_least(cls, value: float, **kwargs: Any) -> Figure:
        """
        Return the figure for at least *value* (an inclusive floor).
        """
        return cls(low=value, high=None, qualifier=Qualifier.AT_LEAST, **kwargs)

    @classmethod
    def more_than(cls, value: float, **kwargs: Any) -> Figure:
        """
        Return the figure for more than *value* (an exclusive floor).
        """
        return cls(
            low=value, high=None, low_inclusive=False, qualifier=Qualifier.MORE_THAN, **kwargs
        )

    @classmethod
    def at_most(cls, value: float, **kwargs: Any) -> Figure:
        """
        Return the figure for at most / up to *value* (an inclusive ceiling).
        """
        return cls(low=None, high=value, qualifier=Qualifier.AT_MOST, **kwargs)

    @classmethod
    def less_than(cls, value: float, **kwargs: Any) -> Figure:
        """
        Return the figure for less than *value* (an exclusive ceiling).
        """
        return cls(
            low=None, high=value, high_inclusive=False, qualifier=Qualifier.LESS_THAN, **kwargs
        )

    @classmethod
    def between(cls, low: float, high: float, **kwargs: Any) -> Figure:
        """
        Return the figure for a range from *low* to *high*, both included.
        """
        return cls(low=low, high=high, qualifier=Qualifier.RANGE, **kwargs)

    # ---- interval algebra

    @property
    def is_open(self) -> bool:
        """
        Whether one end of the interval is unbounded.
        """
        return self.low is None or self.high is None

    @property
    def value(self) -> float:
        """
        One representative number: the midpoint of a closed interval, else the bound.
        """
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2 if self.low != self.high else self.low
        bound = self.low if self.low is not None else self.high
        assert bound is not None  # guaranteed by construction
        return bound

    def _widened(self, tolerance: float) -> tuple[float, bool, float, bool]:
        """Return (low, low_inclusive, high, high_inclusive), each bound moved outwards."""
        low, high = -math.inf, math.inf
        if self.low is not None:
            low = self.low - abs(self.low) * tolerance
        if self.high is not None:
            high = self.high + abs(self.high) * tolerance
        # A widened bound has moved past the stated number, so the stated number is in.
        widened = tolerance > 0
        low_inc = self.low_inclusive or (widened and low != self.low)
        high_inc = self.high_inclusive or (widened and high != self.high)
        return low, low_inc, high, high_inc

    def overlaps(self, other: Figure, tolerance: float = 0.0) -> bool:
        """
        Return whether the two intervals share at least one number.

        Args:
            other: The figure to compare with.
            tolerance: Widen both intervals by this share of their bounds first.

        Examples:
            >>> Figure.at_least(5).overlaps(Figure.exact(4))
            False
            >>> Figure.at_least(5).overlaps(Figure.exact(4), tolerance=0.25)
            True
        """
        a_low, a_low_inc, a_high, a_high_inc = self._widened(tolerance)
        b_low, b_low_inc, b_high, b_high_inc = other._widened(tolerance)
        # The larger of the two lows and the smaller of the two highs bound the overlap.
        if a_low > b_low or (a_low == b_low and not a_low_inc):
            low, low_inc = a_low, a_low_inc
        else:
            low, low_inc = b_low, b_low_inc
        if a_high < b_high or (a_high == b_high and not a_high_inc):
            high, high_inc = a_high, a_high_inc
        else:
            high, high_inc = b_high, b_high_inc
        if low < high:
            return True
        return low == high and low_inc and high_inc

    def contains(self, other: Figure | float) -> bool:
        """
        Return whether every number of *other* lies inside this figure.

        Examples:
            >>> Figure.more_than(2000).contains(2000), Figure.at_least(2000).contains(2000)
            (False, True)
        """
        if not isinstance(other, Figure):
            other = Figure.exact(other, unit="value")
        if other.low is None:
            if self.low is not None:
                return False
        elif self.low is not None and (
            other.low < self.low
            or (other.low == self.low and other.low_inclusive and not self.low_inclusive)
        ):
            return False
        if other.high is None:
            return self.high is None
        return not (
            self.high is not None
            and (
                other.high > self.high
                or (other.high == self.high and other.high_inclusive and not self.high_inclusive)
            )
        )

    def is_compatible(self, other: Figure, tolerance: float = 0.0) -> bool:
        """
        Return whether the two figures can both be true: their intervals overlap once
        widened by *tolerance* (a share, 0.1 for ten per cent).

        A floor is compatible with anything above it: "at least 474" and "more than
        2,000" do not contradict each other.
        """
        return self.overlaps(other, tolerance)

    def ratio_to(self, other: Figure) -> float:
        """
        Return how far apart two figures are: 1.0 when they overlap, else the larger of
        the two nearest bounds divided by the smaller (always at least 1; `inf` when the
        smaller is zero).

        Examples:
            >>> Figure.at_least(5).ratio_to(Figure.exact(4))
            1.25
            >>> Figure.exact(100).ratio_to(Figure.between(90, 110))
            1.0
        """
        if self.overlaps(other):
            return 1.0
        # Disjoint: one lies wholly below the other.
        if self.high is not None and other.low is not None and self.high <= other.low:
            lower, upper = self.high, other.low
        elif other.high is not None and self.low is not None:
            lower, upper = other.high, self.low
        else:  # pragma: no cover - disjoint intervals always have facing bounds
            return math.inf
        lower, upper = abs(lower), abs(upper)
        lower, upper = min(lower, upper), max(lower, upper)
        if lower == 0:
            return math.inf
        return upper / lower

    def describe_interval(self) -> str:
        """
        Return the interval in plain words, without what it counts.

        Examples:
            >>> Figure.between(200, 999).describe_interval()
            '200 to 999'
        """
        unit = self.unit

        def fmt(v: float) -> str:
            if unit == "percent":
                return f"{_fmt_number(v * 100)}%"
            return _fmt_number(v)

        if self.low is not None and self.high is not None:
            if self.low == self.high:
                prefix = "about " if self.qualifier is Qualifier.APPROXIMATELY else ""
                return prefix + fmt(self.low)
            return f"{fmt(self.low)} to {fmt(self.high)}"
        if self.low is not None:
            return ("at least " if self.low_inclusive else "more than ") + fmt(self.low)
        assert self.high is not None
        return ("at most " if self.high_inclusive else "less than ") + fmt(self.high)

    def __str__(self) -> str:
        parts = [self.describe_interval()]
        if self.unit and self.unit not in {"percent"} and not self.unit.startswith("currency:"):
            parts.append(self.unit)
        if self.unit and self.unit.startswith("currency:"):
            parts[0] = f"{self.unit.split(':', 1)[1]} {parts[0]}"
        if self.population:
            parts.append(self.population)
        if self.metric:
            parts.append(self.metric)
        if self.change is not None:
            parts.insert(0, "an increase of" if self.change is Change.INCREASE else "a decrease of")
        return " ".join(parts)


def _figures(value: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(value)


def _claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(value)


def _people(value: Iterable[Person]) -> tuple[Person, ...]:
    return tuple(value)


def _organizations(value: Iterable[Organization]) -> tuple[Organization, ...]:
    return tuple(value)


def _affiliations(value: Iterable[Affiliation]) -> tuple[Affiliation, ...]:
    return tuple(value)


def _warnings(value: Iterable[DocumentWarning]) -> tuple[DocumentWarning, ...]:
    return tuple(value)


# --------------------------------------------------------------------------- claims


@attrs.frozen
class Attribution:
    """
    Who a claim is attributed to and how.

    `speaker` is a Person or an Organization (None for an unattributed report); `role`
    is the speaker's role in these words ("deputy governor"); `organization` the body the
    speaker speaks for; `cue` the attribution words ("said", "according to");
    `speaker_mention` the words that name the speaker here (may be a pronoun).

    Examples:
        >>> Attribution(Person("Roman Semenukha"), role="deputy governor",
        ...             organization=Organization("Kharkiv region"), cue="claimed",
        ...             mode=AttributionMode.INDIRECT).speaker.name
        'Roman Semenukha'
    """

    speaker: Person | Organization | None = None
    role: str | None = None
    organization: Organization | None = None
    cue: str | None = None
    mode: AttributionMode = attrs.field(
        default=AttributionMode.UNATTRIBUTED, converter=AttributionMode
    )
    speaker_span: Span | None = None
    cue_span: Span | None = None
    speaker_mention: str | None = None

    @property
    def speaker_name(self) -> str | None:
        """
        The speaker's name, or None for an unattributed claim.
        """
        return None if self.speaker is None else self.speaker.name


@attrs.frozen
class Claim:
    """
    One attributed statement: the words claimed, the figures in them, who said them,
    where they were published and the dates involved.

    `said_on` is the day the statement was made; `period` the time its figures cover;
    `place` what the claim is about; `hedges` words that weaken it ("reportedly").
    Ids are stable: the same words in the same source always get the same id.
    """

    id: str = attrs.field(validator=_nonempty)
    content: str
    content_span: Span | None
    source: Source
    attribution: Attribution = attrs.field(factory=Attribution)
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=_figures)
    said_on: pendulum.Date | None = attrs.field(default=None, converter=_opt_date)
    period: Period | None = None
    place: str | None = None
    hedges: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    sentence_span: Span | None = None

    @staticmethod
    def make_id(source_id: str, content_span: Span | None, content: str) -> str:
        """
        Return the stable id of a claim with these words at this place in this source.
        """
        where = "" if content_span is None else f"{content_span.start}:{content_span.end}"
        return stable_id("clm", source_id, where, content)

    @property
    def speaker(self) -> Person | Organization | None:
        """
        Shortcut for `claim.attribution.speaker`.
        """
        return self.attribution.speaker


@attrs.frozen
class DocumentWarning:
    """
    Something odd found in a document's text that did not stop extraction.

    `code` is a short stable key (`unbalanced_quote`, `control_characters`, ...).
    """

    code: str
    message: str
    span: Span | None = None


@attrs.frozen
class Document:
    """
    A source with its text and everything extracted from it.

    Examples:
        >>> doc = Document(Source(id="src-1"), "Nothing to see.")
        >>> doc.claims, doc.warnings
        ((), ())
    """

    source: Source
    text: str
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_people)
    organizations: tuple[Organization, ...] = attrs.field(default=(), converter=_organizations)
    affiliations: tuple[Affiliation, ...] = attrs.field(default=(), converter=_affiliations)
    warnings: tuple[DocumentWarning, ...] = attrs.field(default=(), converter=_warnings)

    def __attrs_post_init__(self) -> None:
        for claim in self.claims:
            for name, span in (
                ("content_span", claim.content_span),
                ("sentence_span", claim.sentence_span),
                ("speaker_span", claim.attribution.speaker_span),
                ("cue_span", claim.attribution.cue_span),
            ):
                if span is not None and span.end > len(self.text):
                    msg = (
                        f"claim {claim.id} {name} [{span.start}, {span.end}) runs past the "
                        f"text of source {self.source.id}, which has {len(self.text)} characters"
                    )
                    raise SpanError(msg)

    @property
    def id(self) -> str:
        """
        The source's id.
        """
        return self.source.id


# --------------------------------------------------------------------------- assessments


_RELIABILITY = frozenset("ABCDEF")


def _check_reliability(
    instance: object, attribute: attrs.Attribute[Any], value: str | None
) -> None:
    if value is not None and value not in _RELIABILITY:
        msg = f"source reliability must be one of A to F, got {value!r}"
        raise ValidationError(msg)


def _check_credibility(
    instance: object, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 6
    ):
        msg = f"information credibility must be a whole number from 1 to 6, got {value!r}"
        raise ValidationError(msg)


@attrs.frozen
class Assessment:
    """
    A person's verdict on a claim, with when and why, optionally graded on the Admiralty
    scale (source reliability A to F, information credibility 1 to 6).

    Examples:
        >>> a = Assessment("clm-1", Verdict.VERIFIED, by="desk", on="2022-03-03T09:00:00Z",
        ...                note="matches the UN count", reliability="B", credibility=2)
        >>> a.grade
        'B2'
    """

    claim_id: str = attrs.field(validator=_nonempty)
    verdict: Verdict = attrs.field(converter=Verdict)
    by: str = attrs.field(validator=_nonempty)
    on: pendulum.DateTime = attrs.field(converter=to_datetime)
    note: str = ""
    reliability: str | None = attrs.field(default=None, validator=_check_reliability)
    credibility: int | None = attrs.field(default=None, validator=_check_credibility)

    @property
    def grade(self) -> str | None:
        """
        The Admiralty grade ("B2"), or None when not graded.
        """
        if self.reliability is None and self.credibility is None:
            return None
        return f"{self.reliability or '?'}{self.credibility or '?'}"


@attrs.frozen
class Link:
    """
    One typed relation between two graph nodes, with why it holds.

    `a` and `b` are node keys (claim ids, entity keys or source ids); for relations between
    claims `b` is the later claim or the one that depends on `a`. `ratio` says how far
    apart two conflicting figures are; `figures` the pair compared; `origin` the shared
    origin of a repeat.
    """

    a: str
    b: str
    kind: Relation = attrs.field(converter=Relation)
    why: str = ""
    ratio: float | None = None
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=_figures)
    origin: str | None = None
