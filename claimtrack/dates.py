"""
Dates in news text: publication headers, the day a statement was made, and the period a
figure covers.

Everything is resolved against the publication date: "yesterday" is the day before it,
"on Wednesday" the most recent Wednesday on or before it, "since the conflict began" the
date the caller's context gives for the conflict up to it. No world knowledge is built in:
events ("the Russian invasion") are dated only by the `context` the caller passes.
The conventions are documented in docs/dates.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import attrs
import pendulum

from claimtrack.errors import DateError
from claimtrack.model import Period, Span, to_date, to_datetime

__all__ = [
    "DateMention",
    "Event",
    "find_dates",
    "parse_published",
    "read_front_matter",
    "read_header",
    "relative_day",
    "resolve_period",
    "resolve_said_on",
]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

# " date 2022-03-02 " at the very start of a text.
_DATE_HEADER = re.compile(
    r"\A\s{0,10}date:?\s{1,5}(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?"
    r"(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s{1,10}",
    re.IGNORECASE,
)
# A front-matter block: "---" on the first line, "key: value" lines, "---".
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_FRONT_MATTER_END = re.compile(r"^---[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_KEY_VALUE = re.compile(r"^\s{0,8}([A-Za-z_][\w-]{0,40})\s{0,3}:\s{0,3}(.*?)\s*$")

# Calendar dates written out: ISO, "Aug. 30", "March 2, 2022", "7 March", "24th of February".
_DATE_WORDS = re.compile(
    rf"""
    (?P<iso>(?<!\d)(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?!\d))
    | (?P<md>\b(?P<m1>{_MONTH_NAMES})\.?\s{{1,3}}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b
        (?:,?\s{{1,3}}(?P<y1>\d{{4}})\b)?)
    | (?P<dm>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?(?P<m2>{_MONTH_NAMES})\b\.?
        (?:,?\s{{1,3}}(?P<y2>\d{{4}})\b)?)
    | (?P<weekday>\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
    | (?P<relative>\b(?:the\s{{1,3}}day\s{{1,3}}before\s{{1,3}}yesterday|earlier\s{{1,3}}today
        |yesterday|today|tonight|overnight|last\s{{1,3}}night|this\s{{1,3}}(?:morning|afternoon|evening)
        |last\s{{1,3}}week|this\s{{1,3}}week|last\s{{1,3}}month|this\s{{1,3}}month)\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Words that make a date the edge of a period rather than the day something was said.
_PERIOD_WORDS = re.compile(
    r"\b(?:since|between|starting|began|begun|started|launched|invaded|invasion)\b[^;]{0,80}$"
    # These open a period only right before the day ("from early on March 1", "until
    # Friday"): "the toll from flooding rose to 62 on Thursday" is said on Thursday.
    r"|\b(?:from|until|till|through|after|before)\s+(?:(?:[\w’'-]+\s+){0,3}|"
    r"(?:(?:early|late|on|the|morning|afternoon|evening|night|of|in|at|around|about|"
    r"midday|noon|midnight|dawn|dusk)\s+){0,6})$",
    re.IGNORECASE,
)
# A speech verb right before a date mention: "said yesterday", "told reporters on Tuesday".
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|wrote|announced|reported|stated|added|claimed|posted|confirmed|"
    r"warned|tweeted)\b(?:\s{1,3}[\w’']{1,20}){0,3}?\s{1,3}(?:on\s{1,3})?$",
    re.IGNORECASE,
)
_MAX_SAID_AGE_DAYS = 31
# Every date mention has a digit, a weekday's name (capitalised) or one of these words
# (in any case); a sentence with none is skipped before the slow alternation runs.
_DIGIT = re.compile(r"\d")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATE_HINTS = ("today", "yesterday", "night", "morning", "afternoon", "evening", "week", "month")


def _may_name_a_day(text: str) -> bool:
    if _DIGIT.search(text) or any(name in text for name in _WEEKDAY_NAMES):
        return True
    return _Words(text).may_hold(*_DATE_HINTS)


# A statement placed at an unstated earlier time: "had earlier put the number at 142".
_EARLIER = re.compile(
    r"\bhad\s{1,3}(?:earlier|previously)\b|\bin\s{1,3}its\s{1,3}previous\b", re.IGNORECASE
)


@attrs.frozen
class Event:
    """
    A dated event a text may refer to by a phrase ("the Russian invasion").

    Examples:
        >>> Event("the Russian invasion", "2022-02-24").date
        Date(2022, 2, 24)
    """

    phrase: str
    date: pendulum.Date = attrs.field(converter=to_date)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=tuple)


@attrs.frozen
class DateMention:
    """
    A day named in a text: where, which day, and how it was written.

    `kind` is "date" (a calendar date), "weekday", or "relative" ("yesterday").
    """

    span: Span
    day: pendulum.Date
    kind: str
    text: str


# --------------------------------------------------------------------------- headers


def parse_published(value: object) -> pendulum.DateTime:
    """
    Return a publication date as an aware pendulum DateTime.

    Accepts a date (midnight UTC), an aware datetime, or an ISO 8601 string.

    Raises:
        DateError: For a naive datetime, unreadable text or another type.

    Examples:
        >>> parse_published("2022-08-30T10:53").isoformat()
        '2022-08-30T10:53:00+00:00'
        >>> parse_published(pendulum.date(2022, 3, 2)).isoformat()
        '2022-03-02T00:00:00+00:00'
    """
    return to_datetime(value)


def read_front_matter(text: str) -> tuple[dict[str, str], int]:
    """
    Return the keys of a leading front-matter block and where the body starts.

    A block opens with a line "---", holds "key: value" lines and closes with "---".
    Keys are lower-cased; quotes around values are removed. ({}, 0) when there is none.

    Examples:
        >>> read_front_matter("---\\ntitle: Toll rises\\ndate: 2022-03-02\\n---\\nBody")
        ({'title': 'Toll rises', 'date': '2022-03-02'}, 43)
    """
    opening = _FRONT_MATTER.match(text)
    if opening is None:
        return {}, 0
    closing = _FRONT_MATTER_END.search(text, opening.end(), opening.end() + 20_000)
    if closing is None:
        return {}, 0
    keys: dict[str, str] = {}
    for line in text[opening.end() : closing.start()].splitlines():
        m = _KEY_VALUE.match(line)
        if m is not None:
            keys[m.group(1).lower()] = m.group(2).strip().strip("\"'")
    return keys, closing.end()


def read_header(text: str) -> tuple[pendulum.DateTime | None, int]:
    """
    Return the publication date a text's header gives and where its body starts.

    Reads a leading " date YYYY-MM-DD " header or a front-matter block with a `date:` or
    `published:` key. (None, 0) when the text has neither.

    Raises:
        DateError: If the header's date cannot be read.

    Examples:
        >>> published, offset = read_header(" date 2022-03-02 Ukraine has claimed ...")
        >>> published.isoformat(), offset
        ('2022-03-02T00:00:00+00:00', 17)
        >>> read_header("No header here.")
        (None, 0)
    """
    m = _DATE_HEADER.match(text)
    if m is not None:
        return parse_published(m.group("date").replace(" ", "T")), m.end()
    keys, offset = read_front_matter(text)
    if offset:
        value = keys.get("published") or keys.get("date") or keys.get("published_at")
        if value:
            return parse_published(value), offset
        return None, offset
    return None, 0


# --------------------------------------------------------------------------- days


def _day(published: pendulum.DateTime | pendulum.Date | None) -> pendulum.Date | None:
    if published is None:
        return None
    return to_date(published)


def _calendar(
    year: int | None, month: int, day: int, today: pendulum.Date | None
) -> pendulum.Date | None:
    """A month and day, in the year given or the latest year not after the publication day."""
    if year is None:
        if today is None:
            return None
        year = today.year
        try:
            candidate = pendulum.Date(year, month, day)
        except ValueError:
            return None
        if candidate > today:
            year -= 1
    try:
        return pendulum.Date(year, month, day)
    except ValueError:
        return None


def relative_day(phrase: str, published: object) -> pendulum.Date | None:
    """
    Return the day a relative expression names, seen from the publication date.

    Args:
        phrase: "today", "yesterday", "on Wednesday", "last week", "overnight" ...
        published: The publication date or datetime.

    Returns:
        The day, or None when the phrase names none.

    Examples:
        >>> relative_day("yesterday", "2022-03-03")
        Date(2022, 3, 2)
        >>> relative_day("on Wednesday", "2022-03-03")
        Date(2022, 3, 2)
    """
    mentions = find_dates(phrase, None if published is None else parse_published(published))
    return mentions[0].day if mentions else None


def find_dates(text: str, published: pendulum.DateTime | pendulum.Date | None) -> list[DateMention]:
    """
    Return every day named in *text*, resolved against the publication date.

    Weekdays are the most recent such day on or before publication; a month and day
    without a year is in the publication year unless that falls after publication.
    Relative words need a publication date; without one they are skipped.

    Examples:
        >>> [(m.text, m.day.isoformat()) for m in find_dates(
        ...     "Shelling resumed on Aug. 30, a day after officials spoke on Monday.",
        ...     pendulum.datetime(2022, 8, 31))]
        [('Aug. 30', '2022-08-30'), ('Monday', '2022-08-29')]
    """
    if not _may_name_a_day(text):
        return []
    return list(_find_dates(text, _day(published)))


@functools.lru_cache(maxsize=64)  # the same sentence is read twice in a row; keep few
def _find_dates(text: str, today: pendulum.Date | None) -> tuple[DateMention, ...]:
    """`find_dates` against the publication day, once per sentence (the day a statement
    was made and the period a figure covers read the same sentence)."""
    found: list[DateMention] = []
    for m in _DATE_WORDS.finditer(text):
        day: pendulum.Date | None = None
        kind = "date"
        if m.group("iso"):
            try:
                day = pendulum.Date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            except ValueError:
                day = None
        elif m.group("md") or m.group("dm"):
            month_word = (m.group("m1") or m.group("m2")).lower()
            if month_word == "may" and not (m.group("m1") or m.group("m2"))[0].isupper():
                continue
            month = _MONTHS.get(month_word)
            if month is None:
                # Under re.IGNORECASE "Aprıl" (dotless ı) or "Auguſt" (long s) match the
                # month pattern but lower-case to no key: not a date we can read.
                continue
            year = m.group("y1") or m.group("y2")
            day = _calendar(
                int(year) if year else None,
                month,
                int(m.group("d1") or m.group("d2")),
                today,
            )
        elif m.group("weekday"):
            kind = "weekday"
            if today is not None:
                back = (today.weekday() - _WEEKDAYS[m.group("weekday").lower()]) % 7
                day = today.subtract(days=back)
        else:
            kind = "relative"
            if today is not None:
                word = re.sub(r"\s+", " ", m.group("relative").lower())
                if word in ("yesterday", "last night"):
                    day = today.subtract(days=1)
                elif word == "the day before yesterday":
                    day = today.subtract(days=2)
                elif word in ("last week",):
                    day = today.subtract(days=7)
                elif word in ("last month",):
                    day = today.subtract(months=1)
                else:
                    day = today
        if day is not None:
            found.append(DateMention(Span(m.start(), m.end()), day, kind, m.group()))
    return tuple(found)


def resolve_said_on(text: str, published: pendulum.DateTime | None) -> pendulum.Date | None:
    """
    Return the day a statement was made, from the words of its sentence.

    A day right after a speech verb ("said yesterday", "said on Wednesday") wins; else the
    first day named that is not the edge of a period ("since February 24", "between ...
    and midnight on March 7") nor more than 31 days before publication (the start of a
    war, not the day of the statement). The publication day when nothing is said.

    Args:
        text: The sentence (or clause) of the statement.
        published: The publication date, or None.

    Examples:
        >>> published = pendulum.datetime(2022, 3, 3)
        >>> resolve_said_on("2,000 have died since February 24, the service said yesterday.",
        ...                 published)
        Date(2022, 3, 2)
        >>> resolve_said_on("Five people were killed, the mayor said.", published)
        Date(2022, 3, 3)
    """
    today = _day(published)
    mentions = find_dates(text, published)
    chosen: pendulum.Date | None = None
    for mention in mentions:
        before = text[max(0, mention.span.start - 60) : mention.span.start]
        if _SPEECH_BEFORE.search(before):
            return mention.day
    for mention in mentions:
        before = text[max(0, mention.span.start - 100) : mention.span.start]
        if _PERIOD_WORDS.search(before):
            continue
        if mention.text.lower() in ("last week", "this week", "last month", "this month"):
            continue
        if today is not None and (today - mention.day).days > _MAX_SAID_AGE_DAYS:
            continue
        if today is not None and mention.day > today:
            continue
        chosen = mention.day
        break
    if chosen is None and _Words(text).may_hold("earlier", "previous") and _EARLIER.search(text):
        return None
    return chosen if chosen is not None else today


# --------------------------------------------------------------------------- periods

_EVENT_STEMS = frozenset(
    ["war", "conflict", "invasion", "fighting", "offensive", "attack", "hostilities"]
)
_GENERIC_SINCE = re.compile(
    r"\bsince\s{1,3}(?P<phrase>(?:the\s{1,3}(?:start|beginning|outbreak|onset)\s{1,3}of\s{1,3})?"
    r"(?:[\w’'-]{1,20}\s{1,3}){0,6}?(?:[\w’'-]{1,20}))"
    r"(?=\s{0,3}(?:[,.;:)]|$|\s(?:on|in|and|but|when|which|according|the\s(?:ministry|agency|office|service|UN)|said|says)\b))",
    re.IGNORECASE,
)
_FIRST_WEEK = re.compile(
    r"\b(?:during|in|over)\s{1,3}the\s{1,3}first\s{1,3}(?P<n>week|month|day|\d{1,3}\s{1,3}days|"
    r"two\s{1,3}weeks|three\s{1,3}weeks|few\s{1,3}days)\s{1,3}of\s{1,3}(?P<phrase>[\w’'-]{1,20}(?:\s{1,3}[\w’'-]{1,20}){0,5})",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_SINCE_DATE = re.compile(r"\bsince\s{1,3}(?:[\w’'.-]{1,20}\s{1,3}){0,6}?$", re.IGNORECASE)
_PAST_SPAN = re.compile(
    r"\b(?:in|over|during|within)\s{1,3}(?:the\s{1,3})?(?:(?:past|last|previous)\s{1,3})?"
    r"(?P<n>\d{1,3}|a|one|two|three|seven|24|48|72)?\s{0,3}(?P<unit>hours|hour|days|day|weeks|week|months|month)\b",
    re.IGNORECASE,
)
_THIS_YEAR = re.compile(
    r"\b(?:so\s{1,3}far\s{1,3}this\s{1,3}year|this\s{1,3}year|year\s{1,3}to\s{1,3}date)\b",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(r"\blast\s{1,3}year\b", re.IGNORECASE)
# A whole year: "since 2014" (to publication), "in 2021" (that calendar year).
_YEAR = re.compile(
    r"\b(?P<word>since|in|during|throughout)\s{1,3}(?P<year>(?:19|20)\d\d)\b(?![-/]\d)",
    re.IGNORECASE,
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "seven": 7}
# A month named alone, the figure's time: "in April", "during March 2021", "since
# January" (not "April 3", a day; the names capitalised: "may" is a verb).
_WHOLE_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# A month's name anywhere (case-sensitive literals: the engine skips to their first
# letters), to skip `_MONTH` in sentences that name none.
_MONTH_NAME = re.compile("|".join(_WHOLE_MONTHS))
_MONTH = re.compile(
    r"\b(?P<word>in|during|throughout|since|over)\s{1,3}(?:the\s{1,3}month\s{1,3}of\s{1,3})?"
    rf"(?-i:(?P<month>{'|'.join(_WHOLE_MONTHS)}))(?:\s{{1,3}}(?P<year>(?:19|20)\d\d))?\b"
    r"(?!\s{0,3}\d{1,2}\b)",
    re.IGNORECASE,
)


# Before a month, words that make it the time of something else: the statement ("said in
# March"), a founding or a start ("founded in May 2019", "which began in February").
_NOT_THE_FIGURES_MONTH = re.compile(
    r"\b(?:said|says|told|announced|stated|reported|founded|began|begun|started|launched|"
    r"established|opened|created|built|elected|appointed|which|who)\b"
    r"(?:\s+[\w’'-]+){0,2}\s+$",
    re.IGNORECASE,
)


def _month_period(text: str, today: pendulum.Date | None) -> Period | None:
    """ "in April": the month (the last April up to *today* when no year is given), up to
    *today* at most; "since April": from its first day to *today*."""
    found = next(
        (
            m
            for m in _MONTH.finditer(text)
            if not _NOT_THE_FIGURES_MONTH.search(text, max(0, m.start() - 40), m.start())
        ),
        None,
    )
    if found is None:
        return None
    month = _WHOLE_MONTHS.index(found.group("month")) + 1
    if found.group("year"):
        year = int(found.group("year"))
    elif today is not None:
        year = today.year if month <= today.month else today.year - 1
    else:
        return None
    start = pendulum.Date(year, month, 1)
    if today is not None and start > today:
        return None
    end = start.end_of("month")
    if today is not None and (end > today or found.group("word").lower() == "since"):
        end = today
    return _period(start, end)


def _events(context: object) -> list[Event]:
    """Read the caller's context: a mapping phrase -> date, (phrase, date) pairs or Events."""
    if context is None:
        return []
    if isinstance(context, Mapping):
        return [Event(str(k), v) for k, v in context.items()]
    if isinstance(context, Iterable) and not isinstance(context, (str, bytes)):
        events = []
        for item in context:
            if isinstance(item, Event):
                events.append(item)
            elif isinstance(item, (tuple, list)) and len(item) == 2:
                events.append(Event(str(item[0]), item[1]))
            else:
                msg = f"context items must be Event or (phrase, date) pairs, got {item!r}"
                raise DateError(msg)
        return events
    msg = f"context must be a mapping, pairs or Events, got {type(context).__name__}"
    raise DateError(msg)


def _stems(words: str) -> set[str]:
    return {
        w[:5]
        for w in re.findall(r"[a-z]{3,}", words.lower())
        if w not in ("the", "its", "began", "started", "start", "beginning")
    }


def _match_event(phrase: str, events: list[Event]) -> Event | None:
    """The context event a phrase names best, by shared word stems; generic words match any."""
    if not events:
        return None
    words = _stems(phrase)
    best: tuple[int, int] | None = None
    chosen = None
    for index, event in enumerate(events):
        names = [event.phrase, *event.aliases]
        score = max(len(words & _stems(name)) for name in names)
        if best is None or score > best[0]:
            best, chosen = (score, -index), event
    generic = bool(words & {s[:5] for s in _EVENT_STEMS}) or bool(words & {"invad"})
    if best is not None and best[0] == 0 and not generic:
        return None
    return chosen


# The only characters besides ASCII letters that a case-blind pattern reads as an ASCII
# letter ("ſince" is "since" to re.IGNORECASE); a text without them can be ruled out by
# a plain look for a pattern's words in its lower case.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


class _Words:
    """
    Cheap tests that rule out a pattern before it runs: whether a text may hold a word
    (case-blind), read from its lower case once.
    """

    def __init__(self, text: str) -> None:
        # None when the lower case cannot rule anything out (see _FOLDS_TO_ASCII).
        self._lower = None if _FOLDS_TO_ASCII.search(text) else text.lower()

    def may_hold(self, *words: str) -> bool:
        """Whether any of *words* (lower case) may occur in the text."""
        lower = self._lower
        if lower is None:
            return True
        if len(words) == 1:  # the usual case, without a generator
            return words[0] in lower
        return any(word in lower for word in words)


def _period(start: pendulum.Date | None, end: pendulum.Date | None) -> Period | None:
    if start is None and end is None:
        return None
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Period(start, end)


def resolve_period(
    text: str,
    published: pendulum.DateTime | None,
    context: Mapping[str, object] | Iterable[object] | None = None,
) -> Period | None:
    """
    Return the time a figure covers, from the words of its sentence.

    Reads, in this order: "between X and Y"; "during the first week of <event>"; "since
    <date>" and "since <event>" ("since the conflict began", "since Russia invaded", matched
    to the best context event); "in the past 24 hours", "in 24 hours"; "so far this year",
    "last year"; a month named alone ("in April", "since March 2021"); then days named ("overnight", "yesterday", "on Wednesday", "on March 2",
    "last week"), joined into one period. Ends are days (midnight UTC).

    Args:
        text: The sentence or clause.
        published: The publication date, or None (then only absolute dates resolve).
        context: Event phrases mapped to their dates, (phrase, date) pairs, or `Event`s.

    Returns:
        The period, or None when the words name none.

    Examples:
        >>> context = {"the Russian invasion": "2022-02-24"}
        >>> p = resolve_period("2,000 civilians were killed during the first week of the "
        ...                    "Russian invasion", pendulum.datetime(2022, 3, 2), context)
        >>> p.start.date().isoformat(), p.end.date().isoformat()
        ('2022-02-24', '2022-03-02')
        >>> p = resolve_period("homes destroyed since the conflict began",
        ...                    pendulum.datetime(2022, 3, 2), context)
        >>> p.start.date().isoformat(), p.end.date().isoformat()
        ('2022-02-24', '2022-03-02')
    """
    today = _day(published)
    events = _events(context)
    mentions = find_dates(text, published)
    words = _Words(text)

    # "between 4 a.m. on Feb. 24 ... and midnight on March 7"
    for between in _BETWEEN.finditer(text) if words.may_hold("between") else ():
        after = [m for m in mentions if m.span.start >= between.end() and m.kind != "relative"]
        if len(after) >= 2 and re.search(r"\band\b", text[after[0].span.end : after[1].span.start]):
            return _period(after[0].day, after[1].day)

    first = _FIRST_WEEK.search(text) if words.may_hold("first") else None
    if first is not None:
        event = _match_event(first.group("phrase"), events)
        if event is not None:
            unit = re.sub(r"\s+", " ", first.group("n").lower())
            length = {
                "week": 7,
                "month": 30,
                "day": 1,
                "two weeks": 14,
                "three weeks": 21,
                "few days": 3,
            }.get(unit)
            if length is None:
                length = int(re.sub(r"\D", "", unit) or 1)
            end = event.date.add(days=length - 1)
            if today is not None and today < end:
                end = today
            return _period(event.date, end)

    for mention in mentions:
        if mention.kind == "date" and _SINCE_DATE.search(
            text[max(0, mention.span.start - 60) : mention.span.start]
        ):
            return _period(mention.day, today)

    for since in _GENERIC_SINCE.finditer(text) if words.may_hold("since") else ():
        phrase = since.group("phrase")
        if any(
            m.span.start >= since.start() and m.span.end <= since.end() + 20 and m.kind == "date"
            for m in mentions
        ):
            continue
        event = _match_event(phrase, events)
        if event is not None:
            return _period(event.date, today)

    if today is not None:
        span = _PAST_SPAN.search(text) if words.may_hold("hour", "day", "week", "month") else None
        if span is not None and (
            span.group("n") or re.search(r"past|last|previous", span.group(), re.I)
        ):
            raw = (span.group("n") or "1").lower()
            n = _SMALL.get(raw) or int(raw)
            unit = span.group("unit").lower().rstrip("s")
            if unit == "hour":
                start = today.subtract(days=max(1, (n + 23) // 24))
            elif unit == "day":
                start = today.subtract(days=n)
            elif unit == "week":
                start = today.subtract(weeks=n)
            else:
                start = today.subtract(months=n)
            return _period(start, today)
        if words.may_hold("year") and _THIS_YEAR.search(text):
            return _period(pendulum.Date(today.year, 1, 1), today)
        if words.may_hold("year") and _LAST_YEAR.search(text):
            return _period(
                pendulum.Date(today.year - 1, 1, 1), pendulum.Date(today.year - 1, 12, 31)
            )
    month = _month_period(text, today) if _MONTH_NAME.search(text) else None
    if month is not None:
        return month
    year = _YEAR.search(text) if "19" in text or "20" in text else None
    if year is not None and not mentions:
        first_day = pendulum.Date(int(year.group("year")), 1, 1)
        if year.group("word").lower() == "since":
            return _period(first_day, today)
        last_day = pendulum.Date(first_day.year, 12, 31)
        if today is not None and today.year == first_day.year:
            last_day = today
        if today is None or first_day <= today:
            return _period(first_day, last_day)

    days: list[tuple[pendulum.Date, pendulum.Date]] = []
    for mention in mentions:
        word = mention.text.lower()
        if today is not None and word == "overnight":
            days.append((today.subtract(days=1), today))
        elif word == "last week":
            monday = mention.day.subtract(days=mention.day.weekday())
            days.append((monday, monday.add(days=6)))
        elif word == "this week" and today is not None:
            days.append((today.subtract(days=today.weekday()), today))
        elif word == "last month":
            first_day = mention.day.start_of("month")
            days.append((first_day, first_day.end_of("month")))
        elif word == "this month" and today is not None:
            days.append((today.start_of("month"), today))
        else:
            days.append((mention.day, mention.day))
    if not days:
        return None
    return _period(min(d[0] for d in days), max(d[1] for d in days))
